"""``GET /reports`` (issue 22, item 1): every report is reachable through the API, with its status."""

from __future__ import annotations

import pytest

from eventwire.store import Store
from tests.factories import article, event
from tests.rest.conftest import assert_error


@pytest.fixture
def store_url(tmp_path):
    url = f"sqlite:///{tmp_path / 'reports.db'}"
    with Store(url) as store:
        for day in range(1, 4):
            store.add_article(article(f"m{day}", [event(f"m{day}", 1, date=f"2025-01-0{day}")]))
        store.add_article(article("u", [event("u", 1, date=None)]))
        store.add_article(article("f", [event("f", 1, modality="future")]))
    return url


def test_reports_lists_every_report_with_its_status(client):
    items = client.get("/reports").json()["items"]
    assert {i["event_id"]: i["status"] for i in items} == {
        "f:ev-1": "not_asserted", "m1:ev-1": "linked", "m2:ev-1": "linked", "m3:ev-1": "linked",
        "u:ev-1": "no_date"}
    linked = next(i for i in items if i["status"] == "linked")
    assert linked["event"] and linked["doc_id"] == "m1" and linked["sentence_text"]


def test_reports_pages_by_report_id(client):
    first = client.get("/reports", params={"limit": 2}).json()
    second = client.get("/reports", params={"limit": 2, "cursor": first["next_cursor"]}).json()
    third = client.get("/reports", params={"limit": 2, "cursor": second["next_cursor"]}).json()
    ids = [i["event_id"] for page in (first, second, third) for i in page["items"]]
    assert ids == sorted(ids) and len(ids) == 5
    assert third["next_cursor"] is None


@pytest.mark.parametrize("status, expected", [("no_date", ["u:ev-1"]),
                                              ("unlinked", ["f:ev-1", "u:ev-1"]),
                                              ("no_date,not_asserted", ["f:ev-1", "u:ev-1"])])
def test_reports_filter_by_status(client, status, expected):
    items = client.get("/reports", params={"status": status}).json()["items"]
    assert [i["event_id"] for i in items] == expected


def test_an_unknown_status_is_refused_with_a_hint(client):
    error = assert_error(client.get("/reports", params={"status": "linkd"}), 422)
    assert "did you mean linked?" in error["message"]


def test_a_foreign_cursor_is_refused(client):
    assert_error(client.get("/reports", params={"cursor": "bm90IGEgY3Vyc29y"}), 422)


def test_report_counts_name_every_status(client):
    assert client.get("/reports/counts").json() == {"linked": 3, "queued": 0, "not_asserted": 1,
                                                    "low_confidence": 0, "no_party_country": 0,
                                                    "no_date": 1}


def test_events_items_are_unchanged(client):
    items = client.get("/events").json()["items"]
    assert len(items) == 3 and all("status" not in i for i in items)


def test_the_api_page_counts_events_from_reports(client):
    """Issue 22, item 8: "events" are real-world happenings, "reports" what sentences say."""
    text = client.get("/api").text
    assert "events: 3" in text and "reports: 5" in text and "happenings" not in text
