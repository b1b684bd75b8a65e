"""``GET /events/{id}/coverage`` (issue 24, item 3)."""

from __future__ import annotations

import pytest

from eventwire.store import Store
from tests.coverage_fixtures import ATTACK, happening_of
from tests.rest.conftest import assert_error


@pytest.fixture(scope="module")
def attack(coverage_store_url) -> str:
    with Store(coverage_store_url) as store:
        return happening_of(store, ATTACK[0])


def test_coverage_lists_the_reports_and_their_discrepancies(coverage_client, attack):
    response = coverage_client.get(f"/events/{attack}/coverage")
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["happening_id"] == attack and body["type"] == "ASSAULT"
    assert {r["event_id"]: r["dead"] for r in body["reports"]} == {"a:ev-1": 12, "b:ev-1": 9}
    [toll] = [d for d in body["discrepancies"] if d["kind"] == "toll"]
    assert sorted(toll["sides"].values()) == [["a:ev-1"], ["b:ev-1"]]


def test_a_report_id_gives_its_events_coverage(coverage_client, attack):
    assert coverage_client.get(f"/events/{ATTACK[1]}/coverage").json()["happening_id"] == attack


def test_the_event_itself_is_still_served_beside_its_coverage(coverage_client, attack):
    assert coverage_client.get(f"/events/{attack}").json()["id"] == attack


def test_an_unknown_event_is_a_404_in_the_error_shape(coverage_client):
    error = assert_error(coverage_client.get("/events/h-nowhere/coverage"), 404)
    assert error["code"] == "not_found" and "h-nowhere" in error["message"]


def test_the_route_is_described_with_its_errors(coverage_client):
    operation = coverage_client.get("/openapi.json").json()["paths"]["/events/{event_id}/coverage"]["get"]
    assert operation["summary"] and {"404", "401"} <= set(operation["responses"])
