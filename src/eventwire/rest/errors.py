"""One JSON error shape for every error: ``{"error": {"status", "code", "message"}}``."""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException
from starlette.responses import Response

from eventwire.errors import EventwireError, InputError, StoreError
from eventwire.rest.limits import SECURITY_HEADERS, SafeJSONResponse

log = logging.getLogger(__name__)

CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
         405: "method_not_allowed", 413: "body_too_large", 422: "invalid_request",
         500: "internal_error", 503: "store_unavailable"}


class ErrorDetail(BaseModel):
    """What went wrong."""

    status: int = Field(description="The HTTP status code.", examples=[404])
    code: str = Field(description="A stable machine-readable code.", examples=["not_found"])
    message: str = Field(description="One line for people.", examples=["no event with id 'h-1'"])


class Error(BaseModel):
    """The body of every error response."""

    error: ErrorDetail


def _described(status: int) -> dict[str, Any]:
    return {"model": Error, "description": HTTPStatus(status).phrase}


READ_ERRORS: dict[int | str, dict[str, Any]] = {s: _described(s) for s in (401, 403, 422, 500)}
WRITE_ERRORS: dict[int | str, dict[str, Any]] = {s: _described(s) for s in (401, 403, 413, 422, 500)}
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: _described(404)}


def error_response(status: int, message: str, headers: dict[str, str] | None = None,
                   code: str | None = None) -> Response:
    """The error shape as a response; `code` overrides the status's usual code."""
    code = code or CODES.get(status) or HTTPStatus(status).phrase.lower().replace(" ", "_").replace("-", "_")
    return SafeJSONResponse({"error": {"status": status, "code": code, "message": message}},
                            status_code=status, headers=headers)


async def _http_error(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    message = exc.detail if isinstance(exc.detail, str) else HTTPStatus(exc.status_code).phrase
    return error_response(exc.status_code, message, getattr(exc, "headers", None))


async def _validation_error(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    return error_response(422, "; ".join(_problem(e) for e in exc.errors()[:5]))


def _problem(error: Any) -> str:
    where = [str(part) for part in error.get("loc", ())]
    place = f"{where[0]} parameter {'.'.join(where[1:])!r}" if len(where) > 1 else "request"
    return f"{place}: {error.get('msg', 'invalid')}"


async def _eventwire_error(_request: Request, exc: Exception) -> Response:
    status = 422 if isinstance(exc, InputError) else 503 if isinstance(exc, StoreError) else 400
    return error_response(status, str(exc))


async def _internal_error(_request: Request, exc: Exception) -> Response:
    log.error("internal error", exc_info=exc)
    # answered outside every middleware (Starlette's ServerErrorMiddleware), so the security
    # headers are not added on the way out
    return error_response(500, "internal error; the server log has the details", SECURITY_HEADERS)


def install_handlers(app: FastAPI) -> None:
    """Make every error, including unexpected ones, answer in the error shape."""
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(EventwireError, _eventwire_error)
    app.add_exception_handler(Exception, _internal_error)
