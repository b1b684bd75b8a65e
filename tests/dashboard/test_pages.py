"""The dashboard's pages over a small hand-built store, without a browser: what they show,
their headers, closed reads, and the static files (the real-browser tests are tests/browser)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from eventwire.rest import create_app
from tests.rest.conftest import assert_error

PAGES = ["/ui/", "/ui/dyad?a=IND&b=AFG", "/ui/events", "/ui/events/m2:ev-1", "/ui/articles/m1",
         "/ui/claims", "/ui/map"]


@pytest.mark.parametrize("path", PAGES)
def test_every_page_is_html_with_a_policy_that_allows_only_this_server(client, path):
    page = client.get(path)
    assert page.status_code == 200, page.text
    assert page.headers["content-type"].startswith("text/html")
    policy = page.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "style-src 'self'" in policy
    assert "unsafe-inline" not in policy and "http" not in policy and "*" not in policy
    assert page.headers["x-content-type-options"] == "nosniff"


@pytest.fixture(scope="module")
def closed(store_url):
    """A client of the app with closed reads, and a valid token."""
    from eventwire.store.tokens import create_token

    app = create_app(store_url, open_reads=False)
    with TestClient(app) as client:
        yield client, create_token(app.state.store, "reader")[0]


@pytest.mark.parametrize("path", PAGES)
def test_closed_reads_close_the_dashboard_too(closed, path):
    client, token = closed
    assert_error(client.get(path), 401)
    assert_error(client.get(path, headers={"Authorization": "Bearer ew_x_y"}), 401)
    assert client.get(path, headers={"Authorization": f"Bearer {token}"}).status_code == 200


def test_the_hostile_article_is_escaped_in_the_page_source(client):
    html = client.get("/ui/articles/m1").text
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html


def test_the_event_page_marks_trigger_actor_and_recipient(client):
    html = client.get("/ui/events/m2:ev-1").text
    for role, text in (("trigger", "met"), ("actor", "India"), ("recipient", "Taliban")):
        assert f'class="mark m-{role}" title="{role}: {text}">{text}</span>' in html


def test_the_article_page_highlights_the_sentence_of_the_event_asked_for(client):
    html = client.get("/ui/articles/m2", params={"event": "m2:ev-1"}).text
    start = html.index('<mark id="hl" class="sentence-hl">')
    assert "India met the Taliban in Dubai on day 2." in _text(html[start:html.index("</mark>", start)])


def test_the_dyad_page_lists_the_events_of_a_chosen_period(client):
    everything = client.get("/ui/dyad", params={"a": "PAK", "b": "AFG"}).text
    assert 'data-period="2024-12"' in everything and "Pakistan shelled" in everything
    none = client.get("/ui/dyad", params={"a": "PAK", "b": "AFG", "period": "2025-01"}).text
    assert "Pakistan shelled" not in none and "No events." in none


@pytest.mark.parametrize("params, problem", [
    ({"actor_country": "India"},
     "actor_country: India is not an ISO alpha-3 country code; did you mean IND?"),
    ({"since": "yesterday"}, "since: yesterday is not a date; write YYYY-MM-DD"),
    ({"type": "PARTY"}, "type: PARTY is not a PLOVER event type"),
    ({"recipient": "AFG"}, "recipient: unknown parameter; did you mean recipient_country"),
])
def test_a_bad_filter_is_named_on_the_page_with_a_hint_and_no_list(client, params, problem):
    """Issue #22: a list with the filter left out would read as an answer."""
    page = client.get("/ui/events", params=params)
    assert page.status_code == 422
    assert problem in page.text
    assert "<tr data-event-id=" not in page.text and "No list: fix the filter" in page.text


def test_a_cursor_the_page_did_not_make_is_named_and_the_first_page_shown(client):
    page = client.get("/ui/events", params={"cursor": "not-ours"})
    assert page.status_code == 200 and "cursor: not a cursor this page made" in page.text
    assert page.text.count("<tr data-event-id=") == 7


def test_the_type_filter_narrows_the_table(client):
    page = client.get("/ui/events", params={"type": "ASSAULT"}).text
    assert page.count("<tr data-event-id=") == 1 and "Pakistan shelled" in page


def test_an_unknown_event_is_a_404_page(client):
    page = client.get("/ui/events/nothing-here")
    assert page.status_code == 404
    assert "There is no event with id <code>nothing-here</code>" in page.text


@pytest.mark.parametrize("name", ["../routes.py", "..%2Froutes.py", "dashboard.py", "templates"])
def test_only_the_listed_static_files_are_served(client, name):
    assert client.get(f"/ui/static/{name}").status_code == 404


@pytest.mark.parametrize("name, kind", [("dashboard.js", "text/javascript"), ("dashboard.css", "text/css"),
                                        ("favicon.svg", "image/svg+xml")])
def test_the_static_files_are_served_with_their_type(client, name, kind):
    response = client.get(f"/ui/static/{name}")
    assert response.status_code == 200 and response.headers["content-type"].startswith(kind)


def test_the_api_index_links_to_the_dashboard(client):
    assert '<a href="/">/</a>' in client.get("/api").text


def test_the_root_is_the_dashboard_overview(client):
    page = client.get("/")
    assert page.status_code == 200 and '<a href="/ui/dyad">Dyads</a>' in page.text
    assert page.text == client.get("/ui/").text


def test_the_json_api_gets_a_policy_that_allows_nothing(client):
    assert client.get("/events").headers["content-security-policy"].startswith("default-src 'none'")


def _text(html: str) -> str:
    import re
    from html import unescape

    return unescape(re.sub(r"<[^>]+>", "", html))


def test_swagger_ui_at_docs_is_served_from_installed_files_without_inline_script(client):
    page = client.get("/docs")
    assert page.status_code == 200 and "script-src 'self';" in page.headers["content-security-policy"]
    scripts = [line for line in page.text.splitlines() if "<script" in line]
    assert scripts == ['<script src="/docs/static/swagger-ui-bundle.js" defer></script>',
                       '<script src="/ui/static/apidocs.js" defer></script>']
    bundle = client.get("/docs/static/swagger-ui-bundle.js")
    assert bundle.status_code == 200 and b"SwaggerUIBundle" in bundle.content
    assert client.get("/docs/static/redoc.standalone.js").status_code == 404
