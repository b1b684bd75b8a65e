"""API limits and security (issue #10, part 5): a per-request time limit; hostile query and
path parameters on every route never cause a 500 nor change the store; writes without a
valid token are refused and store nothing."""

from __future__ import annotations

import re
import threading
from urllib.parse import quote

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from eventwire.rest import create_app
from eventwire.store import Store
from eventwire.store.tokens import create_token, revoke_token
from tests.reliability import helpers
from tests.rest.conftest import assert_error, fill

HOSTILE = [
    "'", '"', "%", "%%", "_", "--", "1;DROP TABLE articles", "' OR '1'='1", "1) OR (1=1",
    "\x00", "a\x00b", "a" * 5000, "../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "/etc/passwd",
    "..\\..\\windows\\win.ini", "<script>alert(1)</script>", "\u202e", "{}", "[]", "*", "-1",
    "99999999999999999999999", "NaN", "2024-13-45", "%00", "\ud7ff\ue000",
]
DOCUMENT = {"id": "sneaky", "text": "Kenyan police arrested protesters in Nairobi on Tuesday.",
            "published": "2024-05-07"}
SECRET_FILE = re.compile(r"root:.*:0:0:")


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """The app over a filled store, a client, a valid and a revoked token."""
    url = f"sqlite:///{tmp_path_factory.mktemp('api') / 'rest.db'}"
    with Store(url) as store:
        fill(store)
    app = create_app(url, open_reads=True)
    valid, _ = create_token(app.state.store, "valid")
    revoked, _ = create_token(app.state.store, "gone")
    revoke_token(app.state.store, "gone")
    with TestClient(app, raise_server_exceptions=False) as client:
        yield url, app, client, valid, revoked


def _get_routes(app) -> list[APIRoute]:
    """Every GET route of the app, the dashboard's included (as (prefix-free) APIRoutes)."""
    return sorted((r for r in _api_routes(app.routes) if "GET" in r.methods), key=lambda r: r.path)


def _api_routes(routes) -> list[APIRoute]:
    found = []
    for route in routes:
        if isinstance(route, APIRoute):
            found.append(route)
        elif hasattr(route, "original_router"):   # FastAPI >= 0.16x keeps included routers whole
            assert not route.include_context.prefix, "routers are included without a prefix"
            found += _api_routes(route.original_router.routes)
    return found


def _requests(route: APIRoute) -> list[tuple[str, dict[str, str]]]:
    """(path, query) pairs: every path parameter and every query parameter set to each hostile
    value in turn (required ones too, so validation cannot stop the request early)."""
    names = [p.alias for p in route.dependant.query_params]
    found = []
    for value in HOSTILE:
        found.append((_fill(route.path, quote(value, safe="")), {}))
        found += [(_fill(route.path, "x"), {name: value}) for name in names]
        if "{" in route.path and value.startswith(".."):
            found.append((_fill(route.path, value), {}))   # unencoded traversal
    return found


def _fill(path: str, value: str) -> str:
    """`path` with every path parameter set to `value`."""
    return re.sub(r"\{[^}]+\}", lambda _: value, path)


def _check(response, where: str) -> str | None:
    """Why the response is wrong, or None."""
    if response.status_code >= 500:
        return f"{where}: {response.status_code} {response.text[:200]}"
    if SECRET_FILE.search(response.text):
        return f"{where}: a file's content came back"
    is_json = response.headers.get("content-type", "").startswith("application/json")
    if response.status_code >= 400 and is_json:
        body = response.json()
        if set(body) != {"error"} or body["error"].get("status") != response.status_code:
            return f"{where}: not the error shape: {response.text[:200]}"
    return None


def test_the_store_serves_get_routes(served):
    _, app, *_ = served
    paths = {route.path for route in _get_routes(app)}
    assert {"/events", "/events/{event_id:path}", "/articles", "/articles/{article_id:path}",
            "/timeline", "/stories", "/claims", "/actors", "/ui/static/{name}"} <= paths


@pytest.mark.slow
def test_hostile_parameters_never_fail_the_server_nor_change_the_store(served):
    url, app, client, _, _ = served
    before = helpers.digest(url), helpers.count(url, "ingest_log"), helpers.count(url, "api_tokens")
    problems, sent = [], 0
    for route in _get_routes(app):
        for path, query in _requests(route):
            response = client.get(path, params=query)
            sent += 1
            problem = _check(response, f"GET {path} {query!r}"[:300])
            if problem:
                problems.append(problem)
    assert problems == []
    assert sent > 500
    assert (helpers.digest(url), helpers.count(url, "ingest_log"), helpers.count(url, "api_tokens")) == before


@pytest.mark.parametrize("value", ["../../etc/passwd", "..%2f..%2fetc%2fpasswd", "%2e%2e/%2e%2e/etc/passwd"])
@pytest.mark.parametrize("prefix", ["/events/", "/articles/", "/ui/static/", "/docs/static/",
                                    "/ui/articles/", "/"])
def test_no_path_reaches_the_filesystem(served, prefix, value):
    *_, client, _, _ = served
    response = client.get(prefix + value)
    assert response.status_code in (400, 404, 422), response.text[:200]
    assert not SECRET_FILE.search(response.text)


@pytest.mark.parametrize("headers", [
    {}, {"Authorization": "Bearer"}, {"Authorization": "Bearer wrong"},
    {"Authorization": "Bearer ew_0000_0000"}, {"Authorization": "Basic dXNlcjpwYXNz"},
    {"Authorization": "Bearer ' OR '1'='1"}, {"Authorization": "bearer " + "x" * 5000},
], ids=["none", "empty", "wrong", "unknown-id", "basic", "injection", "huge"])
def test_writes_without_a_valid_token_are_refused_and_store_nothing(served, headers):
    url, _, client, _, _ = served
    before = helpers.count(url, "articles"), helpers.count(url, "ingest_log")
    response = client.post("/documents", json=DOCUMENT, headers=headers)
    assert response.status_code in (401, 403)
    assert_error(response, response.status_code)
    assert (helpers.count(url, "articles"), helpers.count(url, "ingest_log")) == before


def test_a_revoked_or_altered_token_is_refused_and_stores_nothing(served):
    url, _, client, valid, revoked = served
    altered = valid[:-1] + ("a" if valid[-1] != "a" else "b")
    before = helpers.count(url, "articles"), helpers.count(url, "ingest_log")
    for token in (revoked, altered, valid + "x", valid.upper()):
        response = client.post("/documents", json=DOCUMENT, headers={"Authorization": f"Bearer {token}"})
        assert response.status_code in (401, 403), token
    assert (helpers.count(url, "articles"), helpers.count(url, "ingest_log")) == before


def test_a_valid_token_writes(served):
    """The control: the same request with a valid token is stored."""
    url, _, client, valid, _ = served
    response = client.post("/documents", json=DOCUMENT, headers={"Authorization": f"Bearer {valid}"})
    assert response.status_code == 200, response.text
    assert "sneaky" in helpers.column(url, "SELECT id FROM articles")


def test_closed_reads_refuse_requests_without_a_token(tmp_path):
    url = f"sqlite:///{tmp_path / 'closed.db'}"
    with TestClient(create_app(url, open_reads=False)) as client:
        assert_error(client.get("/events"), 401)


def test_a_request_over_the_time_limit_answers_503_timeout(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTWIRE_REQUEST_TIMEOUT_S", "0.5")
    app = create_app(f"sqlite:///{tmp_path / 'slow.db'}")
    release = threading.Event()

    def slow_article(article_id):
        release.wait(60)   # far past the limit: without it the request would take a minute
        return None

    monkeypatch.setattr(app.state.store, "article", slow_article)
    try:
        with TestClient(app) as client:
            error = assert_error(client.get("/articles/anything"), 503)
            assert error["code"] == "timeout"
            assert client.get("/health").status_code == 200   # the server still answers
    finally:
        release.set()


def test_a_request_within_the_time_limit_is_answered(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTWIRE_REQUEST_TIMEOUT_S", "30")
    with TestClient(create_app(f"sqlite:///{tmp_path / 'fast.db'}")) as client:
        assert_error(client.get("/articles/missing"), 404)


def test_the_time_limit_must_be_a_number(tmp_path, monkeypatch):
    from eventwire.errors import ConfigError

    monkeypatch.setenv("EVENTWIRE_REQUEST_TIMEOUT_S", "soon")
    with pytest.raises(ConfigError, match="EVENTWIRE_REQUEST_TIMEOUT_S"):
        create_app(f"sqlite:///{tmp_path / 'bad.db'}")
