"""The read endpoints on SQLite and PostgreSQL: happy paths, filters and cursor pagination."""

from __future__ import annotations

import pytest

from eventwire.store import Store
from tests.rest.conftest import HOSTILE, fill


@pytest.fixture
def store_url(db_url):
    """The read endpoints run on each backend: SQLite and PostgreSQL."""
    with Store(db_url) as store:
        fill(store)
    return db_url


def _ids(response) -> list[str]:
    assert response.status_code == 200, response.text
    return [item["id"] for item in response.json()["items"]]


def _walk(client, path: str, limit: int) -> list[dict]:
    """Every item of a listing, page by page."""
    items, cursor = [], None
    while True:
        params = {"limit": limit} | ({"cursor": cursor} if cursor else {})
        body = client.get(path, params=params).json()
        assert len(body["items"]) <= limit
        items += body["items"]
        cursor = body["next_cursor"]
        if cursor is None:
            return items


def test_health_says_ok(client):
    assert client.get("/health").json()["status"] == "ok"


def test_events_lists_deduplicated_events_with_their_sentence(client):
    items = client.get("/events").json()["items"]
    assert len(items) == 7
    oldest = items[-1]   # newest first
    assert oldest["type"] == "ASSAULT" and oldest["num_articles"] == 1
    assert oldest["sentence_text"] == "Pakistan shelled Afghan posts."
    assert oldest["url"] == "https://news.example.com/f1"


@pytest.mark.parametrize("params, count", [
    ({"type": "ASSAULT"}, 1),
    ({"type": "assault,consult"}, 7),
    ({"actor_country": "PAK"}, 1),
    ({"actor_country": ["ind", "PAK"]}, 7),
    ({"recipient_country": "AFG"}, 7),
    ({"dyad": "IND,AFG"}, 6),
    ({"dyad": "PAK,IND"}, 0),
    ({"since": "2025-01-03"}, 4),
    ({"until": "2025-01-02"}, 3),
    ({"since": "2025-01-02", "until": "2025-01-03"}, 2),
    ({"q": "DAY 4"}, 1),
    ({"q": "shelled afghan"}, 1),
    ({"q": "100%"}, 0),
    ({"source": "Daily"}, 4),
    ({"quad": 4}, 1),
    ({"quad": [1, 2]}, 6),
    ({"actor_sector": "gov"}, 7),
    ({"recipient_sector": "MIL"}, 0),
    ({"quad": 1, "source": "Wire", "q": "day"}, 2),
])
def test_event_filters_select_matching_events(client, params, count):
    assert len(_ids(client.get("/events", params=params))) == count


@pytest.mark.parametrize("limit", [1, 2, 3, 7])
def test_event_pages_cover_every_event_once_in_order(client, limit):
    everything = _ids(client.get("/events", params={"limit": 500}))
    walked = [item["id"] for item in _walk(client, "/events", limit)]
    assert walked == everything


def test_a_text_search_pages_through_matches_only(client):
    first = client.get("/events", params={"q": "india met", "limit": 2}).json()
    second = client.get("/events", params={"q": "india met", "limit": 5,
                                           "cursor": first["next_cursor"]}).json()
    assert len(first["items"]) == 2 and len(second["items"]) == 4
    assert second["next_cursor"] is None


def test_one_event_has_its_reports_with_marked_sentences(client):
    [listed] = client.get("/events", params={"type": "ASSAULT"}).json()["items"]
    event = client.get(f"/events/{listed['id']}").json()
    [report] = event["reports"]
    assert report["doc_id"] == "f1" and report["event_id"] == "f1:ev-1"
    sentence = report["sentence"]["text"]
    marked = {(m["role"], sentence[m["start"]:m["end"]]) for m in report["marks"]}
    assert marked == {("trigger", "shelled"), ("actor", "Pakistan"), ("recipient", "Afghan")}


def test_an_event_is_found_by_the_id_of_a_report(client):
    event = client.get("/events/f1:ev-1").json()
    assert event["id"].startswith("h-") and event["type"] == "ASSAULT"


def test_articles_list_counts_events(client):
    items = _walk(client, "/articles", 3)
    assert [a["id"] for a in items] == ["f1", "m1", "m2", "m3", "m4", "m5", "m6"]
    assert items[0] == {"id": "f1", "title": "Title f1", "published": "2024-12-25",
                        "source": "Daily", "url": "https://news.example.com/f1", "num_events": 1}


def test_articles_filter_by_source(client):
    assert _ids(client.get("/articles", params={"source": "Wire"})) == ["m1", "m3", "m5"]


def test_one_article_is_its_stored_contract_line(client):
    body = client.get("/articles/m1").json()
    assert body["text"] == HOSTILE
    assert {"removed", "events", "actors", "places", "times", "quotes"} <= set(body)


@pytest.mark.parametrize("freq, periods", [
    ("month", ["2025-01"]), ("year", ["2025"]), ("week", ["2025-W01", "2025-W02"])])
def test_timeline_counts_per_period(client, freq, periods):
    body = client.get("/timeline", params={"a": "ind", "b": "AFG", "freq": freq}).json()
    assert [p["period"] for p in body["periods"]] == periods
    assert sum(p["events"] for p in body["periods"]) == 6
    assert body["periods"][0]["quad"]["1"] == body["periods"][0]["events"]


def test_timeline_gives_quad_classes_and_mean_intensity(client):
    [period] = client.get("/timeline", params={"a": "PAK", "b": "AFG"}).json()["periods"]
    assert period == {"period": "2024-12", "events": 1, "quad": {"1": 0, "2": 0, "3": 0, "4": 1},
                      "mean_intensity": -8.0}


def test_stories_page_through_every_article(client):
    stories = _walk(client, "/stories", 1)
    assert sorted(d for s in stories for d in s["doc_ids"]) == ["f1", "m1", "m2", "m3", "m4", "m5", "m6"]
    assert {"story_id", "title", "first_published", "last_published"} <= set(stories[0])


def test_claims_come_with_their_assessment(client):
    [claim] = _walk(client, "/claims", 1)
    assert claim["claim"]["text"] == "first shelling"
    assert claim["assessment"].startswith("supported")


@pytest.mark.slow
def test_actors_reports_what_is_known_about_a_name(client):
    body = client.get("/actors", params={"name": "Taliban", "date": "2022-01-01"}).json()
    assert body["name"] == "Taliban" and body["date"] == "2022-01-01"
    assert body["coded"]["country"] == "AFG"
    assert body["facts"]
