"""Tokens: writes need one, revoked ones are refused, reads can be closed; body size limit."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from eventwire.rest import create_app
from tests.rest.conftest import assert_error

EMPTY = {"id": "empty", "text": ""}   # fails before coding: no model needed


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_a_post_without_a_token_is_401(client):
    response = client.post("/documents", json=EMPTY)
    assert assert_error(response, 401)["code"] == "unauthorized"
    assert response.headers["WWW-Authenticate"] == "Bearer"


@pytest.mark.parametrize("header", ["Bearer ew_0000000000000000_guess", "Bearer nonsense",
                                    "Basic dXNlcjpwYXNz", "Bearer"])
def test_a_post_with_a_wrong_token_is_401(client, header):
    assert_error(client.post("/documents", json=EMPTY, headers={"Authorization": header}), 401)


def test_a_post_with_a_revoked_token_is_403(client, revoked):
    assert assert_error(client.post("/documents", json=EMPTY, headers=_bearer(revoked)),
                        403)["code"] == "forbidden"


def test_a_tampered_token_is_401(client, token):
    assert_error(client.post("/documents", json=EMPTY, headers=_bearer(token[:-2] + "xx")), 401)


def test_a_post_with_a_token_reports_each_document(client, token):
    response = client.post("/documents", json=[EMPTY, {"text": None, "html": None}],
                           headers=_bearer(token))
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["failed"] == 2 and body["stored"] == 0
    assert [d["index"] for d in body["documents"]] == [0, 1]
    assert all(d["status"] == "failed" and d["errors"] for d in body["documents"])


def test_reads_are_open_by_default(client):
    assert client.get("/events").status_code == 200


def test_closed_reads_need_a_valid_token(store_url):
    app = create_app(store_url, open_reads=False)
    with TestClient(app) as client:
        from eventwire.store.tokens import create_token

        token, _ = create_token(app.state.store, "reader")
        assert_error(client.get("/events"), 401)
        assert_error(client.get("/articles/m1", headers=_bearer("ew_x_y")), 401)
        assert client.get("/events", headers=_bearer(token)).status_code == 200
        assert client.get("/health").status_code == 200
        assert "articles:" not in client.get("/api").text


def test_the_setting_closes_reads(store_url, monkeypatch):
    monkeypatch.setenv("EVENTWIRE_READ_TOKEN_REQUIRED", "true")
    with TestClient(create_app(store_url)) as client:
        assert_error(client.get("/stories"), 401)


def test_a_body_over_the_limit_is_413(client, token):
    big = {"text": "x" * 20_000}
    response = client.post("/documents", json=big, headers=_bearer(token))
    assert assert_error(response, 413)["code"] == "body_too_large"


def test_a_streamed_body_over_the_limit_is_413(client, token):
    def chunks():
        for _ in range(30):
            yield b"x" * 1000

    response = client.post("/documents", content=chunks(),
                           headers=_bearer(token) | {"Content-Type": "application/json"})
    assert_error(response, 413)


def test_the_body_limit_holds_before_authentication(client):
    assert_error(client.post("/documents", content=b"x" * 20_000), 413)


def test_no_cors_headers_unless_origins_are_set(client):
    response = client.get("/events", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in response.headers


def test_listed_origins_get_cors_headers(store_url, monkeypatch):
    monkeypatch.setenv("EVENTWIRE_CORS_ORIGINS", "https://news.example.org")
    with TestClient(create_app(store_url)) as client:
        ok = client.get("/events", headers={"Origin": "https://news.example.org"})
        other = client.get("/events", headers={"Origin": "https://evil.example"})
    assert ok.headers["access-control-allow-origin"] == "https://news.example.org"
    assert "access-control-allow-origin" not in other.headers


def test_tokens_are_stored_hashed(app, token):
    from sqlalchemy import select

    from eventwire.store import schema as S

    with app.state.store.transaction() as session:
        [row] = session.scalars(select(S.ApiTokenRow).where(S.ApiTokenRow.name == "tests")).all()
        assert token.split("_", 2)[2] not in (row.token_hash, row.salt)
