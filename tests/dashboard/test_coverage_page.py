"""The dashboard's coverage page: one event's reports side by side (issue 24, item 3)."""

from __future__ import annotations

import re

import pytest

from eventwire.store import Store
from tests.coverage_fixtures import ATTACK, SINGLE, happening_of


@pytest.fixture(scope="module")
def ids(coverage_store_url) -> tuple[str, str]:
    with Store(coverage_store_url) as store:
        return happening_of(store, ATTACK[0]), happening_of(store, SINGLE)


def test_the_page_puts_outlets_in_columns_and_flags_the_toll(coverage_client, ids):
    page = coverage_client.get(f"/ui/events/{ids[0]}/coverage")
    assert page.status_code == 200
    assert "default-src 'none'" in page.headers["content-security-policy"]
    headers = re.findall(r'<span class="outlet">([^<]+)</span>', page.text)
    assert headers[:2] == ["Wire", "Daily"]
    dead = page.text.split('<tr class="fact-dead">', 1)[1].split("</tr>", 1)[0]
    assert dead.count('class="flagged"') == 2 and ">12<" in dead and ">9<" in dead
    assert 'class="discrepancy kind-toll"' in page.text


def test_agreeing_facts_are_not_flagged(coverage_client, ids):
    page = coverage_client.get(f"/ui/events/{ids[0]}/coverage").text
    place = page.split('<tr class="fact-place">', 1)[1].split("</tr>", 1)[0]
    assert "flagged" not in place


def test_an_unknown_event_is_a_404_page(coverage_client):
    page = coverage_client.get("/ui/events/h-nowhere/coverage")
    assert page.status_code == 404 and "h-nowhere" in page.text


def test_the_event_page_links_to_its_coverage_when_it_has_several_reports(coverage_client, ids):
    attack, single = ids
    assert f'href="/ui/events/{attack}/coverage"' in coverage_client.get(f"/ui/events/{attack}").text
    assert "/coverage" not in coverage_client.get(f"/ui/events/{single}").text


def test_the_dyad_page_links_to_the_coverage_of_its_events(coverage_client, ids):
    page = coverage_client.get("/ui/dyad", params={"a": "PAK", "b": "AFG"}).text
    assert f'href="/ui/events/{ids[0]}/coverage"' in page
