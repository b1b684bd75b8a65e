"""Holidays counted from Easter or Thanksgiving, a day of the month named alone, "the day
before", "that August", "this morning", "the new year", and the future of reported speech
and of what one expects (issue #21; sentences of our own)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.when import find_times
from eventwire.when.calendar import easter, holiday_day
from eventwire.when.tempeval import timeml_value

PUBLISHED = dt.date(2026, 12, 4)   # a Friday


def values(text: str, published: dt.date = PUBLISHED, doc=None) -> list[tuple[str, str | None]]:
    return [(t.text, timeml_value(t)) for t in find_times(text, published, doc)]


@pytest.mark.parametrize(("year", "day"), [
    (2024, dt.date(2024, 3, 31)), (2025, dt.date(2025, 4, 20)), (2026, dt.date(2026, 4, 5)),
    (2000, dt.date(2000, 4, 23)), (2038, dt.date(2038, 4, 25)),
])
def test_easter_sunday(year: int, day: dt.date) -> None:
    assert easter(year) == day


@pytest.mark.parametrize(("spec", "year", "day"), [
    ([11, "thursday", 4, 1], 2025, dt.date(2025, 11, 28)),   # Black Friday
    ([11, "thursday", 4, 1], 2024, dt.date(2024, 11, 29)),   # the fifth Friday that year
    ([3, "easter", -2], 2025, dt.date(2025, 4, 18)),         # Good Friday
])
def test_holidays_counted_from_another_day(spec, year: int, day: dt.date) -> None:
    assert holiday_day(spec, year) == day


def test_holidays_named_after_a_weekday() -> None:
    assert values("Malls will open at dawn on Black Friday and close on Easter Monday.",
                  dt.date(2025, 11, 20)) == [("on Black Friday", "2025-11-28"),
                                             ("on Easter Monday", "2026-04-06")]
    # in lower case the weekday is an ordinary one
    assert values("It was a good Friday for the shares.")[0][0] == "Friday"


def test_a_day_of_the_month_named_alone_takes_the_month_of_the_day_before_it() -> None:
    assert values("Shells fell on Oct. 3 and again on the 9th, when a school was hit.") == [
        ("on Oct. 3", "2026-10-03"), ("on the 9th", "2026-10-09")]
    assert values("Nominations close on the 18th.") == [("on the 18th", "2026-12-18")]
    assert values("The orchestra's 40th season opens in March.")[0][0] == "in March"


def test_the_day_before_counts_from_the_day_named() -> None:
    assert values("The truce began on Nov. 10. The day before, both sides shelled the towns.") \
        == [("on Nov. 10", "2026-11-10"), ("The day before", "2026-11-09")]
    # before a noun it counts from that noun's day, which we do not know
    assert values("The day before the vote, he resigned.") == []


def test_that_month_is_in_the_year_named_before() -> None:
    assert values("The dam failed in the spring of 2021. It failed again that August.")[-1] \
        == ("that August", "2021-08")


def test_this_morning_and_the_new_year() -> None:
    assert values("Workers heard the news this morning.") == [("this morning", "2026-12-04TMO")]
    assert values("The port should reopen in the new year.") == [("in the new year", "2027")]
    assert values("Traffic is up in the new year.", dt.date(2027, 1, 20)) == [
        ("in the new year", "2027")]


@pytest.mark.parametrize(("text", "value"), [
    ("Organisers said they would march again on Saturday.", "2026-12-05"),
    ("The firm expects sales to recover in the fourth quarter.", "2026-Q4"),
    ("A vote on the budget is due in the spring.", "2027-SP"),
    ("The firm expects to report a second-quarter loss.", "2026-Q2"),   # a report of a quarter over
])
def test_the_future_of_reported_speech_and_of_expectations(nlp, text: str, value: str) -> None:
    assert values(text, doc=nlp(text))[0][1] == value
