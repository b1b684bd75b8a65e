"""Fuzzing every route of the app (issue #23): crafted cursors and crafted values of every
declared parameter, on SQLite and PostgreSQL, never fail the server; every refusal is in the
one error shape and no answer can be framed.

The routes come from ``app.routes``, so a new route is fuzzed without changing this file.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from starlette.responses import HTMLResponse
from starlette.routing import BaseRoute, Route

from eventwire import filters
from eventwire.rest import create_app
from eventwire.store import Store
from tests import pg
from tests.rest.conftest import b64, fill, key_cursor

pytestmark = pytest.mark.slow

DEEP = 49_000   # brackets: as deep as fits in a URL that httpx sends (65,536 characters)

CURSORS = {
    "deep arrays": b64("[" * DEEP),
    "deep arrays, closed": b64("[" * 2000 + "]" * 2000),
    "deep objects": b64('{"a":' * 9000),
    "brackets in a string": key_cursor("[" * 2000, "x"),
    "huge": "A" * 60_000,
    "huge key": key_cursor("2025-01-01", "x" * 40_000),
    "not base64": "%%%not a cursor!",
    "padding only": "====",
    "one character": "a",
    "unicode": "é\u202e\U0001f600",
    "NUL": "\x00",
    "base64 of text": b64("hello, world"),
    "base64 of bytes": b64(b"\xff\xfe\x00\x80"),
    "base64 of half a key": b64('["2025-01-01", "x'),
    "object": b64("{}"),
    "empty list": key_cursor(),
    "one part": key_cursor("2025-01-01"),
    "three parts": key_cursor("2025-01-01", "x", "y"),
    "numbers": key_cursor(2025, 1),
    "nulls": key_cursor(None, None),
    "nested": key_cursor(["2025-01-01"], "x"),
    "negative": key_cursor("2025-01-01", "-1"),
    "negative numbers": key_cursor(-1, -(10**30)),
    "huge number": b64("9" * 6000),
    "huge claim number": key_cursor("2025-01-01", "9" * 25),
    "infinite": b64("[1e400, NaN]"),
    "unicode key": key_cursor("\u202e", "\U0001f600"),
    "lone surrogate": b64('["\\ud800", "x"]'),
    "NUL in key": key_cursor("2025-01-01\x00", "x"),
    "valid shape": key_cursor("2025-01-03", "m3"),
}
VALUES = ["", " ", "0", "-1", "1", "4", "501", "99999999999999999999999", "-99999999999999999999",
          "1e400", "NaN", "a" * 5000, "[" * 5000, "\x00", "a\x00b", "é", "\u202e", "\U0001f600",
          "%", "_", "'", '"', "' OR '1'='1", "../../etc/passwd", "<script>alert(1)</script>",
          "2024-13-45", "0000-01-01", "9999-12-31", ",", "IND,AFG,PAK", "ind", "CONSULT"]
# the routes that read the event filters from the query string themselves (not declared to
# FastAPI), each sent every filter name with these values too
FILTERED = {"/events", "/events.csv", "/events.jsonl", "/summary", "/reports", "/reports.csv",
            "/reports.jsonl", "/reports/counts", "/ui/events", "/ui/map", "/ui/dyad", "/ui/reports", "/"}
FILTER_VALUES = ["", "0", "99999999999999999999999", "a" * 5000, "[" * 5000, "\x00", "\u202e", "%",
                 "' OR '1'='1", "2024-13-45", "0000-01-01", "IND,AFG,PAK", "-reports", "<b>"]
# valid values of required parameters, so that a crafted value of another one is read
REQUIRED = {"a": "IND", "b": "AFG", "name": "Taliban"}


@dataclass
class Sent:
    """One crafted request and its answer."""

    route: BaseRoute
    where: str        # "GET /path"
    parameter: str    # the crafted parameter
    value: str        # the crafted value, or the name of the crafted cursor
    response: Any

    def __str__(self) -> str:
        return f"{self.where} {self.parameter}={self.value[:40]!r}: {self.response.status_code}"


@pytest.fixture(scope="module", params=pg.BACKENDS)
def sent(request, tmp_path_factory) -> Iterator[list[Sent]]:
    """Every crafted request to every route of an app over a filled store, on each backend."""
    with pg.database_url(request, request.param, tmp_path_factory.mktemp("fuzz")) as url:
        with Store(url) as store:
            fill(store)
        app = create_app(url, open_reads=True)
        with TestClient(app, raise_server_exceptions=False) as client:
            yield [answer for route in _routes(app.routes) for answer in _fuzz(client, route)]


def _routes(routes: list[BaseRoute]) -> Iterator[Route]:
    """Every route with a path, those of included routers too."""
    for route in routes:
        if hasattr(route, "original_router"):   # FastAPI >= 0.16x keeps included routers whole
            yield from _routes(route.original_router.routes)
        elif isinstance(route, Route):
            yield route


def _fuzz(client: TestClient, route: Route) -> Iterator[Sent]:
    """`route` sent each crafted cursor, then each crafted value in each declared parameter."""
    method = "GET" if "GET" in (route.methods or ()) else sorted(route.methods or ["GET"])[0]
    path, query = _fill(route.path, "x"), _required(route)
    for name, cursor in CURSORS.items():
        yield _send(client, route, method, path, query | {"cursor": cursor}, "cursor", name)
    for parameter in _declared(route):
        for value in VALUES:
            yield _send(client, route, method, path, query | {parameter: value}, parameter, value)
    for parameter in filters.NAMES if route.path in FILTERED else ():
        for value in FILTER_VALUES:
            yield _send(client, route, method, path, query | {parameter: value}, parameter, value)
    for value in VALUES if "{" in route.path else []:
        yield _send(client, route, method, _fill(route.path, quote(value, safe="")), query, "path", value)


def _send(client: TestClient, route: Route, method: str, path: str, query: dict[str, str],
          parameter: str, value: str) -> Sent:
    response = client.request(method, path, params=query)
    return Sent(route, f"{method} {route.path}", parameter, value, response)


def _declared(route: Route) -> list[str]:
    """The query parameters `route` declares, its dependencies' included."""
    if not isinstance(route, APIRoute):
        return []
    pending, names = [route.dependant], []
    while pending:
        dependant = pending.pop()
        names += [field.alias for field in dependant.query_params]
        pending += dependant.dependencies
    return names


def _required(route: Route) -> dict[str, str]:
    """A valid value for each required parameter of `route` (a KeyError names one that
    REQUIRED lacks)."""
    if not isinstance(route, APIRoute):
        return {}
    return {field.alias: REQUIRED[field.alias] for field in route.dependant.query_params
            if field.field_info.is_required()}


def _fill(path: str, value: str) -> str:
    """`path` with every path parameter set to `value`."""
    return re.sub(r"\{[^}]+\}", lambda _: value, path)


def _error_shaped(response: Any) -> bool:
    if not response.headers.get("content-type", "").startswith("application/json"):
        return False
    body = response.json()
    return (isinstance(body, dict) and set(body) == {"error"}
            and set(body["error"]) == {"status", "code", "message"}
            and body["error"]["status"] == response.status_code)


def _html_page(answer: Sent) -> bool:
    """Whether `answer` is a page of a route that serves pages (the dashboard's "not found")."""
    return (isinstance(answer.route, APIRoute) and answer.route.response_class is HTMLResponse
            and answer.response.headers.get("content-type", "").startswith("text/html"))


def test_every_route_is_fuzzed_and_some_requests_get_through(sent):
    fuzzed = {answer.where for answer in sent}
    assert {"GET /events", "GET /articles", "GET /stories", "GET /claims", "GET /ui/claims",
            "GET /api", "GET /openapi.json", "POST /documents", "GET /events.csv", "GET /summary",
            "GET /reports", "GET /ui/reports"} <= fuzzed
    filtered = {a.where for a in sent if a.parameter in filters.NAMES and a.route.path in FILTERED}
    assert {"GET /events", "GET /summary", "GET /ui/events", "GET /ui/map"} <= filtered
    assert len(sent) > 1000
    assert any(a.parameter == "cursor" and a.response.status_code == 200 for a in sent)
    assert any(a.parameter == "cursor" and a.response.status_code == 422 for a in sent)


def test_no_crafted_request_fails_the_server(sent):
    assert [str(a) for a in sent if a.response.status_code >= 500] == []


def test_every_refusal_is_in_the_one_error_shape(sent):
    refused = [a for a in sent if 400 <= a.response.status_code < 500]
    assert refused
    assert [str(a) for a in refused if not _error_shaped(a.response) and not _html_page(a)] == []


def test_every_answer_forbids_framing(sent):
    unframed = [str(a) for a in sent if a.response.headers.get("x-frame-options") != "DENY"
                or "frame-ancestors 'none'" not in a.response.headers.get("content-security-policy", "")]
    assert unframed == []
