"""GET /summary (issue 22, item 6): counts per grouping, the date range, filters as for
/events, and a 422 naming the valid groupings for a bad `by`."""

from __future__ import annotations

import pytest

from eventwire.store.summary import DEFAULT_BY, GROUPINGS
from tests.rest.conftest import assert_error


def test_the_default_summary_has_totals_dates_and_every_default_grouping(client):
    body = client.get("/summary").json()
    assert (body["events"], body["reports"]) == (7, 7)
    assert list(body["groupings"]) == list(DEFAULT_BY)
    assert body["dates"] == {"first": "2024-12-24", "last": "2025-01-06", "outside": 0,
                             "earliest": "2024-12-24", "latest": "2025-01-06", "dated": 7}


def test_by_and_top_choose_the_groupings_and_their_rows(client):
    body = client.get("/summary", params={"by": "dyad,month", "top": 1}).json()
    assert body["groupings"]["dyad"] == [{"a": "AFG", "b": "IND", "events": 6, "reports": 6}]
    assert [row["month"] for row in body["groupings"]["month"]] == ["2024-12", "2025-01"]
    assert body["groupings"]["month"][0]["quad_4"] == 1


@pytest.mark.parametrize("params, events", [({"type": "ASSAULT"}, 1), ({"actor_country": "IND"}, 6),
                                            ({"dyad": "AFG,PAK"}, 1), ({"since": "2025-01-05"}, 2),
                                            ({"source": "Wire"}, 3), ({"quad": 4}, 1)])
def test_the_filters_of_events_apply(client, params, events):
    assert client.get("/summary", params={**params, "by": "type"}).json()["events"] == events


def test_an_unknown_grouping_is_a_422_naming_the_nearest_and_the_valid_ones(client):
    error = assert_error(client.get("/summary", params={"by": "type,dyads"}), 422)
    assert "'dyads' is not a summary grouping; did you mean dyad?" in error["message"]
    assert ", ".join(GROUPINGS) in error["message"]


@pytest.mark.parametrize("params", [{"top": -1}, {"type": "ATTACK"}, {"since": "03/01/2025"}])
def test_bad_parameters_are_422(client, params):
    assert_error(client.get("/summary", params=params), 422)


def test_openapi_documents_the_summary_and_its_shape(client):
    spec = client.get("/openapi.json").json()
    operation = spec["paths"]["/summary"]["get"]
    assert {p["name"] for p in operation["parameters"]} >= {"by", "top", "type", "since", "until"}
    assert set(spec["components"]["schemas"]["Summary"]["properties"]) == {"events", "reports", "dates",
                                                                          "groupings"}
