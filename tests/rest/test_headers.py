"""Security headers (issue #23): on every response, errors, 404s and pages included, once each;
no response may be framed."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from eventwire.rest.limits import secured

PATHS = ["/api", "/docs", "/", "/ui/", "/ui/events", "/ui/events/h-unknown", "/events",
         "/events?limit=0", "/events?cursor=W1tbW1tb", "/articles/m1", "/openapi.json",
         "/health", "/no/such/path", "/docs/static/swagger-ui.css", "/ui/static/dashboard.css",
         "/ui/static/nothing", "/articles/a%00b"]
HEADERS = {"x-frame-options": "DENY", "x-content-type-options": "nosniff",
           "referrer-policy": "no-referrer"}


def _assert_secured(response) -> None:
    for name, value in HEADERS.items():
        assert response.headers.get_list(name) == [value], (name, response.request.url)
    [policy] = response.headers.get_list("content-security-policy")
    assert "frame-ancestors 'none'" in policy and "default-src 'none'" in policy


@pytest.mark.parametrize("path", PATHS)
def test_every_answer_has_the_security_headers_once(client, path):
    _assert_secured(client.get(path))


def test_the_api_page_cannot_be_framed_and_keeps_its_own_policy(client):
    policy = client.get("/api").headers["content-security-policy"]
    assert "frame-ancestors 'none'" in policy and "style-src 'unsafe-inline'" in policy


def test_dashboard_pages_keep_their_own_policy(client):
    assert "script-src 'self'" in client.get("/ui/events").headers["content-security-policy"]


def test_refusals_by_the_middleware_have_the_security_headers(client, token):
    _assert_secured(client.post("/documents", content=b"x" * 20_000,
                                headers={"Authorization": f"Bearer {token}"}))
    _assert_secured(client.post("/documents", json={"text": "x"}))   # 401


def test_an_unexpected_failure_has_the_security_headers(app):
    @app.get("/boom")
    def boom() -> None:
        raise RuntimeError("secret internals")

    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.get("/boom")
    assert response.status_code == 500
    _assert_secured(response)


@pytest.mark.parametrize("policy, expected", [
    (b"default-src 'none'", b"default-src 'none'; frame-ancestors 'none'"),
    (b"default-src 'self';", b"default-src 'self'; frame-ancestors 'none'"),
    (b"default-src 'none'; frame-ancestors 'self'", b"default-src 'none'; frame-ancestors 'self'"),
])
def test_a_policy_without_frame_ancestors_gains_them(policy, expected):
    headers = dict(secured([(b"content-security-policy", policy)]))
    assert headers[b"content-security-policy"] == expected
    assert headers[b"x-frame-options"] == b"DENY"


def test_headers_a_response_sets_are_kept():
    headers = secured([(b"x-frame-options", b"SAMEORIGIN"), (b"content-type", b"text/plain")])
    assert headers.count((b"x-frame-options", b"SAMEORIGIN")) == 1
    assert [name for name, _ in headers].count(b"x-frame-options") == 1
