"""The dashboard's Reports page and the counts of reports not in any event (issue 22, items 1 and 8)."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from eventwire.rest import create_app
from eventwire.store import Store
from tests.factories import article, event


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('reports') / 'reports.db'}"
    partyless = event("p", 1)
    partyless.actor = []
    with Store(url) as store:
        store.add_article(article("m", [event("m", 1)]))
        store.add_article(article("u", [event("u", 1, date=None)]))
        store.add_article(article("p", [partyless]))
    with TestClient(create_app(url, open_reads=True)) as client:
        yield client


def test_the_reports_page_lists_each_report_with_its_status(client):
    page = client.get("/ui/reports").text
    for report, status in (("m:ev-1", "linked"), ("u:ev-1", "no_date"), ("p:ev-1", "no_party_country")):
        assert f'data-report-id="{report}"' in page
        assert f">{status}<" in page


def test_the_reports_page_filters_by_status(client):
    page = client.get("/ui/reports", params={"status": "no_date"}).text
    assert 'data-report-id="u:ev-1"' in page and 'data-report-id="m:ev-1"' not in page


def test_the_reports_page_counts_each_status(client):
    page = client.get("/ui/reports").text
    assert "<strong>1</strong> no_party_country" in page and "<strong>0</strong> low_confidence" in page


def test_a_bad_status_is_a_422_page_with_the_hint_and_no_list(client):
    response = client.get("/ui/reports", params={"status": "nodate"})
    assert response.status_code == 422   # as /ui/events?type=ATTACK
    assert "did you mean no_date?" in response.text
    assert 'data-report-id="m:ev-1"' not in response.text and "No list: fix the filter" in response.text


@pytest.mark.parametrize("params, problem", [({"type": "ATTACK"}, "did you mean ASSAULT?"),
                                             ({"actor_country": "Russia"}, "did you mean RUS?"),
                                             ({"sort": "date"}, "listed by report id"),
                                             ({"statuss": "no_date"}, "did you mean status?")])
def test_a_bad_filter_is_a_422_page_with_the_hint(client, params, problem):
    response = client.get("/ui/reports", params=params)
    assert response.status_code == 422 and problem in response.text
    assert "data-report-id" not in response.text


def test_the_reports_page_takes_the_event_filters(client):
    page = client.get("/ui/reports", params={"actor_country": "IND", "status": "unlinked"}).text
    assert 'data-report-id="u:ev-1"' in page and 'data-report-id="m:ev-1"' not in page
    assert 'data-report-id="p:ev-1"' not in page   # its actor was removed: no IND party


def test_the_reports_page_counts_only_the_matching_reports(client):
    page = client.get("/ui/reports", params={"actor_country": "IND"}).text
    assert "<strong>0</strong> no_party_country" in page and "<strong>1</strong> no_date" in page


def test_the_downloads_carry_the_filters_and_hold_every_matching_report(client):
    page = client.get("/ui/reports", params={"actor_country": "IND", "status": "unlinked", "cursor": ""}).text
    csv_link = 'href="/reports.csv?actor_country=IND&amp;status=unlinked"'
    assert csv_link in page and 'href="/reports.jsonl?actor_country=IND&amp;status=unlinked"' in page
    lines = client.get("/reports.jsonl?actor_country=IND&status=unlinked").text.splitlines()
    assert [json.loads(line)["event_id"] for line in lines] == ["u:ev-1"]


def test_the_status_links_keep_the_other_filters(client):
    page = client.get("/ui/reports", params={"actor_country": "IND"}).text
    assert 'href="?actor_country=IND&amp;status=no_date"' in page


def test_the_nav_links_the_reports_page(client):
    assert 'href="/ui/reports"' in client.get("/ui/events").text


def test_the_home_page_says_events_from_reports_and_how_many_are_in_no_event(client):
    page = client.get("/").text
    assert "events</abbr></li>\n  <li>from <strong>3</strong> <abbr" in page
    assert "happenings</" not in page
    assert "2 reports not in any event</a>: 1 no party country, 1 no date" in page


def test_the_events_page_says_how_many_reports_are_in_no_event(client):
    page = client.get("/ui/events").text
    assert "2 reports in the store are not part of any event" in page


def test_the_reports_column_is_explained(client):
    page = client.get("/ui/events").text
    assert 'title="articles reporting this event / distinct sources"' in page
