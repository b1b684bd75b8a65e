"""``create_app``: the FastAPI application over one store."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import APIRouter, FastAPI
from fastapi.middleware.cors import CORSMiddleware

from eventwire import settings
from eventwire.errors import ConfigError
from eventwire.rest import coverage, documents, downloads, home, reports, routes, summary
from eventwire.rest.errors import install_handlers
from eventwire.rest.limits import BodyLimit, NulCheck, RequestTimeout, SafeJSONResponse, SecurityHeaders
from eventwire.store import Store
from eventwire.version import __version__

DESCRIPTION = """Political events coded from news articles, deduplicated across reports, with
the source sentence behind each one. Lists are paged: pass a page's `next_cursor` as `cursor`.
Every error is `{"error": {"status", "code", "message"}}`. Writes need a bearer token
(`eventwire token create`); reads too when `EVENTWIRE_READ_TOKEN_REQUIRED` is true."""


def create_app(store_url: str | None = None, *, open_reads: bool | None = None,
               max_body_bytes: int = 5_000_000) -> FastAPI:
    """The REST API over the store at `store_url` (default: the `db` setting).

    `open_reads` False makes read routes need a token too; None takes it from the
    `read_token_required` setting. Request bodies over `max_body_bytes` are refused (413).
    """
    store = Store(store_url)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    # not FastAPI's /docs or /redoc: they load their scripts from a CDN, and eventwire loads
    # nothing from the internet; the dashboard package serves /docs from installed files
    app = FastAPI(title="eventwire", version=__version__, description=DESCRIPTION,
                  default_response_class=SafeJSONResponse, lifespan=lifespan,
                  docs_url=None, redoc_url=None)
    app.state.store = store
    app.state.open_reads = not settings.flag("read_token_required") if open_reads is None else open_reads
    # coverage before routes: GET /events/{id} would take ".../coverage" as an id
    for router in (home.router, routes.health_router, coverage.router, routes.router, downloads.router,
                   reports.router, summary.router, documents.router, *_dashboard_routers()):
        app.include_router(router)
    install_handlers(app)
    _add_middleware(app, max_body_bytes)
    return app


def _dashboard_routers() -> tuple[APIRouter, ...]:
    """The dashboard's pages, its overview at /, and /docs (imported here: they need Jinja2,
    from the server extra)."""
    try:
        from eventwire.dashboard import docs_router, home_router, router
    except ImportError as exc:
        raise ConfigError(f"the dashboard needs {exc.name}: pip install 'eventwire[server]'") from exc
    return home_router, router, docs_router


def _add_middleware(app: FastAPI, max_body_bytes: int) -> None:
    """Body limit, NUL check and security headers always; CORS only for the origins a setting
    lists. The last added runs first: every answer, refusals included, gets the headers."""
    app.add_middleware(NulCheck)
    origins = [o.strip() for o in settings.get("cors_origins").split(",") if o.strip()]
    if origins:
        app.add_middleware(CORSMiddleware, allow_origins=origins, allow_methods=["GET"],
                           allow_headers=["Authorization"])
    app.add_middleware(BodyLimit, max_bytes=max_body_bytes)
    app.add_middleware(RequestTimeout, seconds=_seconds(settings.get("request_timeout_s")))
    app.add_middleware(SecurityHeaders)


def _seconds(value: str) -> float:
    try:
        return float(value)
    except ValueError:
        raise ConfigError(f"EVENTWIRE_REQUEST_TIMEOUT_S must be a number of seconds, not {value!r}") from None
