"""Reports of one happening dated a day apart (issue 24): one happening when the reports
agree on the type, the parties and the town, and come from two articles; two otherwise."""

from __future__ import annotations

import pytest

from eventwire import link
from eventwire.store import Store
from tests.factories import article, event


@pytest.mark.parametrize("known, date, near", [
    ("2024-03-22", {"value": "2024-03-23", "granularity": "day"}, True),
    ("2024-03-23", {"value": "2024-03-22", "granularity": "day"}, True),
    ("2024-03-22", {"value": "2024-03-22", "granularity": "day"}, False),   # the same day agrees anyway
    ("2024-03-22", {"value": "2024-03-24", "granularity": "day"}, False),
    ("2024-03-22", {"value": "2024-03-23", "granularity": "unknown"}, False),
])
def test_only_day_precise_dates_a_day_apart_are_near(known, date, near):
    assert link.events.near_day("day", known, date) is near
    assert not link.events.near_day("month", known[:7], date)


def _place(name: str, resolution: str = "city", geonameid: int | None = None, country: str = "RUS"):
    return {"name": name, "country": country, "resolution": resolution, "geonameid": geonameid}


@pytest.mark.parametrize("a, b, same", [
    (_place("Krasnogorsk", geonameid=1), _place("Krasnogorsk", geonameid=1), True),
    (_place("Krasnogorsk"), _place("Krasnogorsk"), True),
    (_place("Krasnogorsk", geonameid=1), _place("Krasnogorsk", geonameid=2), False),
    (_place("Krasnogorsk"), _place("Moscow"), False),
    (_place("Krasnogorsk"), _place("Krasnogorsk", country="UKR"), False),
    (_place("Russia", resolution="country"), _place("Russia", resolution="country"), False),
    (_place("Krasnogorsk"), None, False),
])
def test_a_place_is_the_same_only_when_both_name_one_town(a, b, same):
    assert link.events.same_place(a, b) is same


def _happenings(db_url, reports) -> list[set[str]]:
    """The happenings the reports (doc, n, date, place, actors) make, one article per doc,
    as the sets of their reports' articles."""
    docs: dict[str, list] = {}
    for doc, n, date, place, actors in reports:
        docs.setdefault(doc, []).append(event(doc, n, type_="ASSAULT", actor=actors, date=date, place=place))
    with Store(db_url) as store:
        for doc, events in docs.items():
            store.add_article(article(doc, events))
        return sorted(({r["doc_id"] for r in h["reports"]} for h in store.events()), key=sorted)


def test_two_outlets_a_day_apart_in_one_town_report_one_happening(db_url):
    assert _happenings(db_url, [("a", 1, "2024-03-22", "Dubai", ("RUS",)),
                                ("b", 1, "2024-03-23", "Dubai", ("RUS",))]) == [{"a", "b"}]


@pytest.mark.parametrize("second", [
    ("b", 1, "2024-03-23", "Sharjah", ("RUS",)),        # another town
    ("b", 1, "2024-03-23", None, ("RUS",)),             # no town
    ("b", 1, "2024-03-24", "Dubai", ("RUS",)),          # two days off
    ("b", 1, "2024-03-23", "Dubai", ("RUS", "UKR")),    # other parties
    ("a", 2, "2024-03-23", "Dubai", ("RUS",)),          # one article, two days of events
])
def test_reports_a_day_apart_that_differ_otherwise_are_two_happenings(db_url, second):
    assert len(_happenings(db_url, [("a", 1, "2024-03-22", "Dubai", ("RUS",)), second])) == 2


def test_a_report_joins_the_happening_of_its_own_day_before_one_a_day_off(db_url):
    # the day-off happening in the same town is better attested; the same-day one still wins
    assert _happenings(db_url, [("a", 1, "2024-03-22", "Dubai", ("RUS",)),
                                ("b", 1, "2024-03-22", "Dubai", ("RUS",)),
                                ("c", 1, "2024-03-23", None, ("RUS",)),
                                ("d", 1, "2024-03-23", "Dubai", ("RUS",))]) == [{"a", "b"}, {"c", "d"}]


def test_an_activity_over_months_and_a_day_are_not_one_happening():
    from eventwire.link.events import dates_agree

    since = {"value": "2021-08-15", "value_end": "2025-01-09", "granularity": "range"}
    week = {"value": "2022-02-14", "value_end": "2022-02-20", "granularity": "range"}
    day = {"value": "2022-02-22", "granularity": "day"}
    assert not dates_agree("day", "2022-02-22", since)
    assert not dates_agree("range", "2021-08-15", day, "2025-01-09")
    assert dates_agree("day", "2022-02-18", week)
    assert dates_agree("range", "2022-02-14", day, "2022-02-28")
    assert dates_agree("month", "2022-02", day)
