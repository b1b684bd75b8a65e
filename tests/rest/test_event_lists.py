"""The event list an analyst works with (issue #22, items 2 and 7), over REST: one filter model
(unknown parameters and values refused with a hint), sorts with keyset pages, the total, and
CSV/JSONL downloads of every filtered list."""

from __future__ import annotations

import io
import json

import pandas as pd
import pytest
from fastapi.testclient import TestClient

from eventwire.rest import create_app
from eventwire.store import Store
from tests.factories import article, event
from tests.rest.conftest import assert_error


def fill_analyst(store: Store) -> None:
    """Four events: a meeting reported twice (in Dubai), a shelling, a deal, a protest."""
    for doc in ("m1", "m2"):
        meeting = event(doc, 1, actor=("IND",), recipient=("AFG",), date="2025-01-08", place="Dubai")
        store.add_article(article(doc, [meeting], text="India met the Taliban in Dubai."))
    shelling = event("s1", 1, type_="ASSAULT", actor=("PAK",), recipient=("AFG",), date="2024-12-24")
    shelling.quad, shelling.intensity = 4, -9.0
    store.add_article(article("s1", [shelling], text="Pakistan shelled Afghan posts."))
    deal = event("d1", 1, type_="AGREE", actor=("BRA",), recipient=("EGY",), date="2025-02-01")
    deal.intensity = 4.0
    deal.actor[0].name = "Brazilian trade ministry"
    store.add_article(article("d1", [deal], text="Brazil signed a deal with Egypt."))
    protest = event("p1", 1, type_="PROTEST", actor=("FRA",), date="2025-01-20")
    protest.quad, protest.intensity = 4, -5.0
    store.add_article(article("p1", [protest], text="French farmers protested."))


@pytest.fixture
def client(db_url):
    """The app over the analyst's store, on SQLite and PostgreSQL."""
    with Store(db_url) as store:
        fill_analyst(store)
    with TestClient(create_app(db_url, open_reads=True)) as client:
        yield client


def _types(response) -> list[str]:
    assert response.status_code == 200, response.text
    return [item["type"] for item in response.json()["items"]]


def _walk(client, params: dict) -> list[str]:
    """The ids of every page of the list, one item a page."""
    ids, cursor = [], None
    while True:
        paging = {"limit": 1} | ({"cursor": cursor} if cursor else {})
        body = client.get("/events", params={**params, **paging}).json()
        ids += [item["id"] for item in body["items"]]
        if not (cursor := body["next_cursor"]):
            return ids


@pytest.mark.parametrize("params, name, hint", [
    ({"country": "RUS"}, "country", "did you mean actor_country, recipient_country or location_country?"),
    ({"actor_contry": "RUS"}, "actor_contry", "did you mean actor_country"),
    ({"type": "ATTACK"}, "type", "ATTACK is not a PLOVER event type; did you mean ASSAULT?"),
    ({"actor_country": "Russia"}, "actor_country",
     "Russia is not an ISO alpha-3 country code; did you mean RUS?"),
    ({"location_country": "india"}, "location_country", "did you mean IND?"),
    ({"since": "03/01/2025"}, "since", "03/01/2025 is not a date; write YYYY-MM-DD"),
    ({"sort": "newest"}, "sort", "newest is not a sort; write one of date, -date"),
    ({"quad": "5"}, "quad", "5 is not a quad class"),
])
def test_a_bad_parameter_is_a_422_naming_it_with_a_hint(client, params, name, hint):
    error = assert_error(client.get("/events", params=params), 422)
    assert error["message"].startswith(f"query parameter {name!r}: ") and hint in error["message"]


@pytest.mark.parametrize("path, params, name", [
    ("/articles", {"sorce": "Wire"}, "sorce"), ("/stories", {"page": "2"}, "page"),
    ("/timeline", {"a": "IND", "b": "AFG", "frequency": "year"}, "frequency"),
    ("/events.csv", {"country": "IND"}, "country"), ("/claims", {"type": "ASSAULT"}, "type"),
])
def test_every_read_route_refuses_a_parameter_it_does_not_read(client, path, params, name):
    error = assert_error(client.get(path, params=params), 422)
    assert error["message"].startswith(f"query parameter {name!r}: unknown parameter")


def test_the_list_is_newest_first_with_the_total_of_matching_events(client):
    body = client.get("/events", params={"limit": 2}).json()
    assert [item["type"] for item in body["items"]] == ["AGREE", "PROTEST"]
    assert body["total"] == 4
    assert client.get("/events", params={"quad": 4}).json()["total"] == 2


@pytest.mark.parametrize("sort, types", [
    ("date", ["ASSAULT", "CONSULT", "PROTEST", "AGREE"]),
    ("-date", ["AGREE", "PROTEST", "CONSULT", "ASSAULT"]),
    ("type", ["AGREE", "ASSAULT", "CONSULT", "PROTEST"]),
    ("-type", ["PROTEST", "CONSULT", "ASSAULT", "AGREE"]),
    ("intensity", ["ASSAULT", "PROTEST", "CONSULT", "AGREE"]),
    ("-intensity", ["AGREE", "CONSULT", "PROTEST", "ASSAULT"]),
    ("-reports", ["CONSULT", "AGREE", "PROTEST", "ASSAULT"]),   # ties: newest first
])
def test_each_sort_orders_the_list_and_its_pages(client, sort, types):
    assert _types(client.get("/events", params={"sort": sort})) == types
    walked = _walk(client, {"sort": sort})
    assert walked == [item["id"] for item in client.get("/events", params={"sort": sort}).json()["items"]]


def test_a_merged_event_counts_its_reports(client):
    [meeting] = client.get("/events", params={"type": "CONSULT"}).json()["items"]
    assert meeting["num_articles"] == 2


def test_a_cursor_of_another_sort_is_a_422(client):
    cursor = client.get("/events", params={"sort": "type", "limit": 1}).json()["next_cursor"]
    error = assert_error(client.get("/events", params={"sort": "-date", "cursor": cursor}), 422)
    assert "sort=type, not sort=-date" in error["message"]


@pytest.mark.parametrize("params, types", [
    ({"location_country": "are"}, ["CONSULT"]),
    ({"actor": "brazilian TRADE"}, ["AGREE"]),
    ({"actor": "afg"}, ["CONSULT", "ASSAULT"]),   # a recipient's name, any case
    ({"actor": "50%_"}, []),                       # LIKE wildcards are literal
    ({"since": "2025-01", "until": "2025-01"}, ["PROTEST", "CONSULT"]),
    ({"until": "2024"}, ["ASSAULT"]),
])
def test_location_country_actor_name_and_month_filters(client, params, types):
    assert _types(client.get("/events", params=params)) == types


def test_the_csv_download_holds_every_matching_event_and_opens_in_pandas(client):
    response = client.get("/events.csv", params={"quad": "4", "sort": "date"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    frame = pd.read_csv(io.StringIO(response.text))
    assert list(frame["type"]) == ["ASSAULT", "PROTEST"]
    assert {"url", "source", "sentence_text"} <= set(frame.columns)


def test_the_csv_download_streams_past_one_piece_with_one_header(client, monkeypatch):
    from eventwire.rest import downloads

    monkeypatch.setattr(downloads, "CHUNK", 1)
    frame = pd.read_csv(io.StringIO(client.get("/events.csv").text))
    assert len(frame) == 4 and list(frame["type"]) == ["AGREE", "PROTEST", "CONSULT", "ASSAULT"]


def test_the_jsonl_download_has_one_event_per_line(client):
    response = client.get("/events.jsonl", params={"type": "CONSULT"})
    [line] = response.text.splitlines()
    assert json.loads(line)["type"] == "CONSULT" and json.loads(line)["url"]


def test_an_empty_download_is_a_csv_header(client):
    frame = pd.read_csv(io.StringIO(client.get("/events.csv", params={"type": "AID"}).text))
    assert frame.empty and "type" in frame.columns


def test_the_downloads_are_in_the_openapi_description(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert "/events.csv" in paths and "/events.jsonl" in paths
    assert {p["name"] for p in paths["/events"]["get"]["parameters"]} >= {"location_country", "actor", "sort"}
