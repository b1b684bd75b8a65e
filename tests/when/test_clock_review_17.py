"""Clock times after the review of round 17 (issue #21): a clock time with no day of its own
yields to the other dates of its sentence, is no date in a habitual phrase, and "noon" or
"midnight" before a noun is no time; a day after "said that" is the said clause's; a comma or
a possessive parts a clock time from the next day, and a range of hours takes the day of its
end (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.when import find_times
from eventwire.when.tempeval import timeml_value
from tests.when.test_date_events import dated

THURSDAY = dt.date(2025, 3, 6)


def times(text: str, published: dt.date | None = THURSDAY, doc: object = None) -> dict[str, str | None]:
    return {expr.text or "": timeml_value(expr) for expr in find_times(text, published, doc)}


@pytest.mark.parametrize(("text", "trigger", "value"), [
    ("Rockets hit Kyiv at about 4 a.m. in January.", "hit", "2025-01"),
    ("Troops opened fire at noon in 2019.", "opened", "2019"),
    ("Israeli forces carried out a midnight raid in Jenin last month.", "raid", "2025-02"),
    ("The rebels attacked the town at midnight in late February.", "attacked", "2025-02-21"),
    ("Police patrolled the streets at 9 p.m. every night last week.", "patrolled", "2025-02-24"),
    # our own variants
    ("Drones struck the port at 2:30 a.m. in March 2023.", "struck", "2023-03"),
    ("Shelling began shortly after midnight last week.", "began", "2025-02-24"),
    ("Gunmen stormed the hotel at 11 p.m. in the city of Goma on Monday.", "stormed", "2025-03-03"),
])
def test_a_clock_time_yields_to_the_date_of_its_sentence(nlp, text, trigger, value):
    article = dated(nlp, text, trigger, published="2025-03-06")
    assert article.events[0].date.value == value


@pytest.mark.parametrize(("text", "span"), [
    ("Police patrolled the streets at 9 p.m. every night last week.", "9 p.m."),
    ("The curfew runs from 9 p.m. every night.", "9 p.m."),
    ("Every day at noon the bells ring.", "noon"),
    ("The shop opens at 8 a.m. daily.", "8 a.m."),
])
def test_a_clock_time_in_a_habitual_phrase_is_no_date(text, span):
    assert times(text)[span] is None


@pytest.mark.parametrize("text", [
    "Thousands attended noon prayers in the capital.",
    "The parties missed the midnight deadline for a deal.",
    "Israeli forces carried out a midnight raid in Jenin last month.",
    "A noon rally drew crowds.",
])
def test_noon_or_midnight_before_a_noun_is_no_time(text):
    assert not {"noon", "midnight"} & {span.lower() for span in times(text)}


@pytest.mark.parametrize(("text", "span", "value"), [
    ("The strike hit at midnight Tuesday.", "midnight", "2025-03-04T24:00"),
    ("The deadline passed at midnight, officials said.", "midnight", "2025-03-06T24:00"),
    ("Shelling went on until noon on Sunday.", "noon", "2025-03-02T12:00"),
])
def test_noon_and_midnight_as_times_stay(text, span, value):
    assert times(text)[span] == value


def test_a_day_after_said_that_is_the_said_clause(nlp):
    text = "The minister said that on Monday the army would withdraw."
    assert times(text, THURSDAY, nlp(text))["on Monday"] == "2025-03-10"
    text = "The mayor told reporters that on Friday the bridge will reopen."
    assert times(text, THURSDAY, nlp(text))["on Friday"] == "2025-03-07"


def test_a_day_said_before_the_said_clause_is_still_the_saying(nlp):
    text = "The airline said on Tuesday it would add flights to Lisbon."
    assert times(text, THURSDAY, nlp(text))["on Tuesday"] == "2025-03-04"


@pytest.mark.parametrize(("text", "span", "value"), [
    ("The explosion at 3 p.m., Monday's vote was delayed.", "3 p.m.", "2025-03-06T15:00"),
    ("Officials met at 10 a.m. to prepare Monday's vote.", "10 a.m.", "2025-03-06T10:00"),
    ("Protesters rallied from 10 a.m.-2 p.m. on Saturday.", "10 a.m.", "2025-03-01T10:00"),
    ("Gunmen attacked the village between 1 am and 3 am Saturday.", "1 am", "2025-03-01T01:00"),
    ("Voting runs from 7 a.m. to 8 p.m. on Sunday.", "7 a.m.", "2025-03-02T07:00"),
    ("The ceasefire began at 9 a.m. Saturday, March 1.", "9 a.m.", "2025-03-01T09:00"),
    ("The offer stands until 5 p.m. EST, March 14.", "5 p.m. EST", "2025-03-14T17:00"),
])
def test_a_clock_time_takes_the_day_right_after_it_only(text, span, value):
    assert times(text)[span] == value


def test_a_coarser_date_of_another_clause_leaves_the_clock_its_day(nlp):
    text = "The shelling stopped at midnight, but it resumed in 2024."
    assert times(text, THURSDAY, nlp(text))["midnight"] == "2025-03-06T24:00"
    text = "The shelling stopped at midnight in 2024."
    assert times(text, THURSDAY, nlp(text))["midnight"] is None
