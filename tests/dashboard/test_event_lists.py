"""The dashboard's event list (issue #22, items 2 and 7): the REST API's parameter names and
messages, the total, the sort, and download links carrying the filters."""

from __future__ import annotations

import re
from html import unescape

import pytest

from tests.rest.conftest import assert_error


def _downloads(html: str) -> list[str]:
    return [unescape(href) for href in re.findall(r'class="download" href="([^"]+)"', html)]


def test_the_list_shows_the_total_and_newest_first(client):
    html = client.get("/ui/events", params={"quad": "1"}).text
    assert '<strong id="total">6 events</strong>' in html
    dates = re.findall(r'<td class="date"><a [^>]*>([0-9-]+)</a>', html)
    assert dates == sorted(dates, reverse=True) and len(dates) == 6


def test_the_download_links_carry_the_filters_but_not_the_cursor(client):
    html = client.get("/ui/events", params={"type": "CONSULT", "sort": "date", "actor": "india",
                                            "cursor": "bm90LW91cnM"}).text
    assert _downloads(html) == ["/events.csv?type=CONSULT&sort=date&actor=india",
                                "/events.jsonl?type=CONSULT&sort=date&actor=india"]


@pytest.mark.parametrize("path, lines", [("/events.csv?type=CONSULT&sort=date", 1 + 6),
                                         ("/events.jsonl?actor=pakistan", 1)])
def test_a_download_link_answers_with_the_listed_events(client, path, lines):
    response = client.get(path)
    assert response.status_code == 200 and len(response.text.strip().splitlines()) == lines


def test_the_sort_choice_orders_the_list(client):
    html = client.get("/ui/events", params={"sort": "intensity"}).text
    types = re.findall(r'<span class="type q\d"[^>]*>([A-Z]+)</span>', html)
    assert types[0] == "ASSAULT" and '<option value="intensity" selected>' in html


def test_the_map_refuses_a_bad_filter_with_the_hint_and_draws_nothing(client):
    page = client.get("/ui/map", params={"type": "ATTACK"})
    assert page.status_code == 422 and "did you mean ASSAULT?" in page.text
    assert "<circle" not in page.text and "No map: fix the filter" in page.text


def test_the_map_offers_the_downloads_of_its_filter(client):
    assert _downloads(client.get("/ui/map", params={"type": "ASSAULT"}).text)[0] == "/events.csv?type=ASSAULT"


def test_dashboard_and_rest_give_the_same_message(client):
    rest = assert_error(client.get("/events", params={"actor_country": "Russia"}), 422)["message"]
    page = client.get("/ui/events", params={"actor_country": "Russia"}).text
    assert rest.split(": ", 1)[1] in unescape(page)
