"""Holidays, centuries, vague spans, "later that year", and the TempEval value spellings."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.nlp.model import load_model
from eventwire.records import TimeExpression
from eventwire.when import find_times
from eventwire.when.calendar import holiday_day
from eventwire.when.tempeval import same_value, timeml_value

PUBLISHED = dt.date(2025, 1, 9)  # a Thursday


def only(text: str, published: dt.date | None = PUBLISHED, doc=None) -> TimeExpression:
    times = find_times(text, published, doc)
    assert len(times) == 1, times
    return times[0]


@pytest.mark.parametrize(("spec", "year", "day"), [
    ([11, "thursday", 4], 2024, dt.date(2024, 11, 28)),    # Thanksgiving
    ([5, "monday", -1], 2025, dt.date(2025, 5, 26)),       # Memorial Day: the last Monday
    ([11, "election", 0], 2024, dt.date(2024, 11, 5)),     # Election Day
    ([11, "election", 0], 2022, dt.date(2022, 11, 8)),     # Nov 1 was a Tuesday: the 8th
    ([12, 25], 2019, dt.date(2019, 12, 25)),
])
def test_holiday_days(spec, year, day) -> None:
    assert holiday_day(spec, year) == day


@pytest.mark.parametrize(("text", "value"), [
    ("Families gathered on Christmas Day.", "2024-12-25"),         # the nearest: the last one
    ("Shoppers crowded stores after Thanksgiving.", "2024-11-28"),
    ("The vote on Election Day 2020 was close.", "2020-11-03"),
    ("He will speak next Christmas.", "2025-12-25"),
])
def test_holidays_are_dated(text: str, value: str) -> None:
    assert only(text).value == value


def test_later_that_year_counts_from_the_year_named_before() -> None:
    times = find_times("The plant opened in 1998. Later that year it closed.", PUBLISHED)
    assert [(t.text, t.value) for t in times] == [("in 1998", "1998"), ("Later that year", "1998")]


def test_that_same_day_is_the_day_named_before() -> None:
    times = find_times("Talks began on Jan. 3. Fighting resumed that same day.", PUBLISHED)
    assert times[-1].value == "2025-01-03"


@pytest.mark.parametrize(("text", "first", "last"), [
    ("It was the bloodiest war of the 20th century.", "1900-01-01", "1999-12-31"),
    ("It is the worst flood this century.", "2000-01-01", "2099-12-31"),
])
def test_centuries(text: str, first: str, last: str) -> None:
    found = only(text)
    assert (found.value, found.value_end) == (first, last)
    assert timeml_value(found) == first[:2]


@pytest.mark.parametrize(("text", "reference"), [
    ("Clashes have intensified in recent days.", "PAST_REF"),
    ("More troops will arrive in the coming months.", "FUTURE_REF"),
    ("The town was shelled several years ago.", "PAST_REF"),
    ("Talks may resume in the near future.", "FUTURE_REF"),
])
def test_vague_spans_are_kept_without_a_value(text: str, reference: str) -> None:
    found = only(text)
    assert found.value is None
    assert timeml_value(found) == reference


@pytest.mark.slow
def test_a_weekday_in_a_clause_of_no_tense_is_the_nearest() -> None:
    nlp = load_model()
    text = "The board meets Saturday to pick a chairman."   # published on a Thursday
    assert only(text, doc=nlp(text)).value == "2025-01-11"
    text = "The board met Saturday to pick a chairman."
    assert only(text, doc=nlp(text)).value == "2025-01-04"


@pytest.mark.parametrize(("ours", "gold", "same"), [
    ("2000-W07", "2000-W7", True),
    ("2000-01-05", "2000-01-05TEV", True),
    ("2000-01-05", "2000-01-06TEV", False),
    ("199", "199", True),
    ("1998-W33", "P1W", False),
    (None, "PAST_REF", False),
])
def test_value_spellings(ours, gold, same) -> None:
    assert same_value(ours, gold) is same


def test_part_of_a_decade_is_the_decade() -> None:
    assert timeml_value(only("Prices fell in the early 1990s.")) == "199"
