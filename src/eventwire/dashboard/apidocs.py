"""``GET /docs``: Swagger UI over ``/openapi.json``, from the Swagger UI files that the PyPI
package ``fastapi-offline`` installs (a dependency of the server extra), never from a CDN."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from fastapi import APIRouter, HTTPException
from fastapi.responses import HTMLResponse, Response

from eventwire.dashboard import render

# Swagger UI sets style attributes and draws its icons as data: images; scripts stay 'self'
POLICY = ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
          "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; "
          "frame-ancestors 'none'")
_FILES = {"swagger-ui.css": "text/css; charset=utf-8",
          "swagger-ui-bundle.js": "text/javascript; charset=utf-8"}

router = APIRouter(include_in_schema=False)


@router.get("/docs", response_class=HTMLResponse)
def docs() -> HTMLResponse:
    """The Swagger UI page; its start-up script is our file, not an inline one."""
    return HTMLResponse(render.render("apidocs.html"), headers={"Content-Security-Policy": POLICY})


@router.get("/docs/static/{name}")
def asset(name: str) -> Response:
    """One of Swagger UI's files, by name from a fixed list."""
    if name not in _FILES:
        raise HTTPException(404, f"no Swagger UI file {name!r}")
    body = (_swagger_folder() / name).read_bytes()
    return Response(body, media_type=_FILES[name], headers={"Cache-Control": "max-age=86400"})


def _swagger_folder() -> Path:
    spec = importlib.util.find_spec("fastapi_offline")   # its folder, without importing it
    if spec is None or not spec.submodule_search_locations:
        raise HTTPException(404, "Swagger UI is not installed: pip install 'eventwire[server]'")
    return Path(next(iter(spec.submodule_search_locations))) / "static"
