"""The one filter model (issue #22, item 2): names shared by every surface, values checked
with a hint at the nearest valid one, EventFilter refusing at construction."""

from __future__ import annotations

import pytest

from eventwire import EventFilter, FilterError, filters


@pytest.mark.parametrize("fields, message", [
    ({"types": ["ATTACK"]}, "type: ATTACK is not a PLOVER event type; did you mean ASSAULT?"),
    ({"types": ["MEET"]}, "type: MEET is not a PLOVER event type; did you mean CONSULT?"),
    ({"types": ["protests"]}, "did you mean PROTEST?"),
    ({"types": ["XX"]}, "write one of ACCUSE, AGREE"),
    ({"actor_country": ["Russia"]},
     "actor_country: Russia is not an ISO alpha-3 country code; did you mean RUS?"),
    ({"recipient_country": ["Pakistani"]}, "did you mean PAK?"),
    ({"location_country": ["Afghanistann"]}, "did you mean AFG?"),
    ({"dyad": ("IND", "Afghanistan")},
     "dyad: Afghanistan is not an ISO alpha-3 country code; did you mean AFG?"),
    ({"dyad": ("IND",)}, "dyad: IND is not a dyad; give two country codes"),
    ({"actor_sector": ["GOVT"]}, "actor_sector: GOVT is not a PLOVER sector code; did you mean GOV?"),
    ({"since": "03/01/2025"}, "since: 03/01/2025 is not a date; write YYYY-MM-DD (or YYYY-MM, YYYY)"),
    ({"until": "2025-02-30"}, "until: 2025-02-30 is not a date"),
    ({"since": "2025-03-01", "until": "2025-02-01"}, "until: 2025-02-01 is before since 2025-03-01"),
    ({"quad": [5]}, "quad: 5 is not a quad class; write 1 (verbal cooperation)"),
    ({"sort": "newest"}, "sort: newest is not a sort; write one of date, -date, type"),
    ({"sort": "-report"}, "sort: -report is not a sort; did you mean -reports?"),
    ({"actor": "x" * 201}, "actor: longer than 200 characters"),
])
def test_a_value_no_event_can_have_is_refused_at_construction_with_a_hint(fields, message):
    with pytest.raises(FilterError) as raised:
        EventFilter(**fields)
    assert message in str(raised.value)
    assert isinstance(raised.value, ValueError)


def test_the_error_names_its_parameter_for_each_surface_to_phrase():
    with pytest.raises(FilterError) as raised:
        EventFilter(location_country=["Russia"])
    assert raised.value.param == "location_country" and raised.value.problem.startswith("Russia is not")


@pytest.mark.parametrize("fields, field, value", [
    ({"types": ["assault", "Consult"]}, "types", ["ASSAULT", "CONSULT"]),
    ({"actor_country": ["rus"]}, "actor_country", ["RUS"]),
    ({"recipient_country": ["EUR"]}, "recipient_country", ["EUR"]),   # PLOVER non-state code
    ({"dyad": ["ind", "pak"]}, "dyad", ("IND", "PAK")),
    ({"since": "2025-03"}, "since", "2025-03-01"),
    ({"until": "2024-02"}, "until", "2024-02-29"),
    ({"since": "2025"}, "since", "2025-01-01"),
    ({"until": "2025"}, "until", "2025-12-31"),
    ({"quad": ["4", 1]}, "quad", [4, 1]),
    ({"actor": "  Taliban "}, "actor", "Taliban"),
    ({"q": ""}, "q", None),
    ({}, "sort", "date"),
    ({"sort": "-reports"}, "sort", "-reports"),
])
def test_good_values_are_put_in_their_canonical_form(fields, field, value):
    assert getattr(EventFilter(**fields), field) == value


def test_query_parameters_make_a_filter_with_the_list_default_sort():
    where = filters.from_query({"type": ["assault,consult"], "actor_country": ["IND", "pak"],
                                "until": ["2025-01"], "quad": ["3,4"]}, also=("limit",))
    assert where.types == ["ASSAULT", "CONSULT"] and where.actor_country == ["IND", "PAK"]
    assert where.until == "2025-01-31" and where.quad == [3, 4] and where.sort == "-date"


@pytest.mark.parametrize("name, hint", [
    ("country", "did you mean actor_country, recipient_country or location_country?"),
    ("acter", "did you mean actor?"),
    ("types", "did you mean type?"),
    ("zzz", "unknown parameter (known: type,"),
])
def test_an_unknown_query_parameter_is_refused_naming_the_nearest(name, hint):
    with pytest.raises(FilterError) as raised:
        filters.from_query({name: ["x"]})
    assert raised.value.param == name and hint in raised.value.problem


def test_every_parameter_has_a_cli_option_a_meaning_and_its_values():
    assert len(set(filters.NAMES)) == len(filters.PARAMS)
    assert all(p.option.startswith("--") and p.meaning and p.values for p in filters.PARAMS)


def test_the_filter_error_is_public():
    import eventwire

    assert eventwire.FilterError is FilterError and issubclass(FilterError, eventwire.EventwireError)


def test_docs_filters_lists_every_parameter_with_its_cli_option():
    from pathlib import Path

    text = (Path(__file__).parents[1] / "docs" / "filters.md").read_text()
    assert all(f"| `{p.name}` | `{p.option}` |" in text for p in filters.PARAMS)


def test_datetimes_and_timestamps_filter_by_their_day():
    import datetime as dt

    import pandas as pd

    where = EventFilter(since=dt.datetime(2021, 8, 15, 10, 30), until=pd.Timestamp("2021-09-01 23:00"))
    assert (where.since, where.until) == ("2021-08-15", "2021-09-01")
