"""Every endpoint answers bad input with the one error shape."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.rest.conftest import assert_error


@pytest.mark.parametrize("path", ["/events/h-unknown", "/events/a:ev-9", "/articles/nope",
                                  "/articles/..%2F..%2Fetc%2Fpasswd", "/no/such/path"])
def test_unknown_ids_and_paths_are_404(client, path):
    assert assert_error(client.get(path), 404)["code"] == "not_found"


@pytest.mark.parametrize("path, params", [
    ("/events", {"limit": 0}),
    ("/events", {"limit": 501}),
    ("/events", {"limit": "many"}),
    ("/events", {"cursor": "not-a-cursor"}),
    ("/events", {"cursor": "WyJhIl0"}),           # valid base64 JSON, but not a key
    ("/events", {"type": "PARTY"}),
    ("/events", {"actor_country": "INDIA"}),
    ("/events", {"recipient_country": "1N"}),
    ("/events", {"dyad": "IND"}),
    ("/events", {"quad": 5}),
    ("/events", {"quad": "verbal"}),
    ("/events", {"actor_sector": "GOVERNMENT"}),
    ("/events", {"recipient_sector": "G1"}),
    ("/events", {"dyad": "IND,AFG,PAK"}),
    ("/events", {"since": "2025-13-01"}),
    ("/events", {"until": "yesterday"}),
    ("/events", {"q": ""}),
    ("/articles", {"limit": -1}),
    ("/articles", {"cursor": "%%%"}),
    ("/stories", {"limit": 1000}),
    ("/stories", {"cursor": "e30"}),
    ("/claims", {"cursor": "WyIyMDI1IiwgIngiXQ"}),   # ["2025", "x"]: not a claim number
    ("/claims", {"limit": 0}),
    ("/timeline", {"a": "IND"}),
    ("/timeline", {"a": "IND", "b": "AFG", "freq": "day"}),
    ("/timeline", {"a": "IND", "b": "Afghanistan"}),
    ("/timeline", {"a": "", "b": "AFG"}),         # issue #23: these three were a 500
    ("/timeline", {"a": "IND", "b": " "}),
    ("/timeline", {"a": ",", "b": "AFG"}),
    ("/timeline", {"a": "IND,PAK", "b": "AFG"}),
    ("/actors", {}),
    ("/actors", {"name": "Misri", "date": "soon"}),
])
def test_bad_parameters_are_422(client, path, params):
    error = assert_error(client.get(path, params=params), 422)
    assert error["code"] == "invalid_request"


@pytest.mark.parametrize("path, params, name", [
    ("/events", {"q": "a\x00b"}, "query parameter 'q'"),
    ("/events", {"source": "\x00"}, "query parameter 'source'"),
    ("/articles", {"cursor": "\x00"}, "query parameter 'cursor'"),
    ("/timeline", {"a": "IND", "b": "AFG", "freq": "month\x00"}, "query parameter 'freq'"),
    ("/articles/m1%00", {}, "path"),
    ("/ui/events", {"q": "\x00"}, "query parameter 'q'"),
])
def test_nul_in_a_parameter_is_a_422_naming_it(client, path, params, name):
    """Issue #23: no store holds NUL, and PostgreSQL failed the query (500) on one."""
    error = assert_error(client.get(path, params=params), 422)
    assert error["message"].startswith(f"{name}: ") and "NUL" in error["message"]


@pytest.mark.parametrize("body", ['{"text": 5}', "[1, 2]", "not json", '{"text": "x", "published": []}'])
def test_a_malformed_document_body_is_422(client, token, body):
    response = client.post("/documents", content=body, headers={
        "Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    assert_error(response, 422)


def test_a_wrong_method_is_405(client):
    assert assert_error(client.delete("/events"), 405)["code"] == "method_not_allowed"


def test_an_unexpected_failure_is_a_500_without_details(app):
    @app.get("/boom")
    def boom() -> None:
        raise RuntimeError("secret internals")

    with TestClient(app, raise_server_exceptions=False) as client:
        error = assert_error(client.get("/boom"), 500)
    assert "secret" not in error["message"]


def test_a_broken_store_is_a_503(app, client, monkeypatch):
    from eventwire.errors import StoreError
    def fail(*_args, **_kwargs):
        raise StoreError("cannot read the store")

    monkeypatch.setattr(app.state.store, "article", fail)
    assert assert_error(client.get("/articles/m1"), 503)["code"] == "store_unavailable"
