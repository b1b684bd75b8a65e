"""Clock times and the day they fall on, parts of days in TimeML values, and the tense of a
day named between a verb of saying and what was said (issue #21, round 3; sentences written
for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.when import find_times
from eventwire.when.tempeval import same_value, timeml_value

WEDNESDAY = dt.date(2025, 3, 5)


def times(text: str, published: dt.date | None = WEDNESDAY, doc: object = None) -> dict[str, str | None]:
    return {expr.text or "": timeml_value(expr) for expr in find_times(text, published, doc)}


@pytest.mark.parametrize(("text", "span", "value"), [
    ("The court will sit at 3 p.m. local time on Thursday.", "3 p.m. local time", "2025-03-06T15:00"),
    ("Polls open on Sunday at 7 a.m. and close at 8 p.m.", "8 p.m.", "2025-03-02T20:00"),
    ("The ceasefire began at noon Monday.", "noon", "2025-03-03T12:00"),
    ("Talks resumed at 9:30 a.m. EST today.", "9:30 a.m. EST", "2025-03-05T09:30"),
    ("The market closes at 4 pm.", "4 pm", "2025-03-05T16:00"),
])
def test_a_clock_time_is_the_hour_of_the_day_named_with_it(text, span, value):
    assert times(text)[span] == value


def test_a_clock_time_without_a_date_to_count_from_has_no_value():
    assert times("The bridge reopens at 6 a.m.", None)["6 a.m."] is None


def test_numbers_that_are_no_clock_time():
    assert times("The team scored 3 points in 10 minutes, 2 more than Sam.").keys() <= \
        {"in 10 minutes"}


def test_a_part_of_the_day_is_written_with_the_day():
    assert times("Police arrested him on Tuesday morning.")["on Tuesday morning"] == "2025-03-04TMO"
    assert times("More snow is expected tonight.")["tonight"] == "2025-03-05TNI"


def test_a_part_of_the_day_is_the_day_in_scoring():
    assert same_value("2025-03-04TMO", "2025-03-04")
    assert same_value("2025-03-04", "2025-03-04TEV")
    assert same_value("2025-03-04T17:00", "2025-03-04T17")
    assert not same_value("2025-03-04T17:00", "2025-03-04T18:00")


def test_a_day_said_before_what_was_said_is_the_saying(nlp):
    text = "The airline said on Tuesday it would add flights to Lisbon."
    assert times(text, dt.date(2026, 1, 14), nlp(text))["on Tuesday"] == "2026-01-13"


def test_until_a_day_takes_the_tense_of_its_clause(nlp):
    text = "The strike will last until Friday evening, union leaders say."
    assert times(text, dt.date(2022, 9, 12), nlp(text))["Friday evening"] == "2022-09-16TEV"
