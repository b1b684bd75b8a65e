"""Probes of the round-25 date changes (a review's, in our own words, issue #21): a month in a
relational phrase does not move the story, "is to" looks ahead only for its own infinitive, "the
final quarter" only of a year, halves of units with no half form, ages in months, and the cases the
review found fine, which must stay."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from eventwire.when import date_events
from eventwire.when.find import find_times
from eventwire.when.tempeval import timeml_value
from tests.conftest import make_article
from tests.when.test_date_events import event_at

pytestmark = pytest.mark.slow   # parses with the spaCy model

PUBLISHED = dt.date(2024, 3, 6)   # a Wednesday


def _times(nlp: Any, text: str) -> dict[str, str | None]:
    return {t.text: timeml_value(t) for t in find_times(text, PUBLISHED, nlp(text))}


@pytest.mark.parametrize(("text", "expected"), [
    # 2: "is to" looks ahead only for an infinitive of its own, not "is to blame" or "is to whom"
    ("The driver is to blame for the crash on Monday, police said.", {"on Monday": "2024-03-04"}),
    ("The question is to whom the letter was sent on Monday.", {"on Monday": "2024-03-04"}),
    ("The landlord is to blame for the fire on Sunday, the inspector found.", {"on Sunday": "2024-03-03"}),
    ("The minister is to visit the flooded valley on Monday.", {"on Monday": "2024-03-11"}),   # stays
    ("The two leaders are to meet in Geneva on Friday.", {"on Friday": "2024-03-08"}),   # stays
    ("The summit is to be held in Geneva on Monday.", {"on Monday": "2024-03-11"}),   # stays
    ("The plan is to hold the vote on Monday.", {"on Monday": "2024-03-11"}),   # stays: intent lies ahead
    # 3: "the final quarter" is a quarter of a year only when a year's quarter is near
    ("The visitors trailed by ten points in the final quarter.", {"in the final quarter": None}),
    ("She lost the final quarter-final on Monday.", {"on Monday": "2024-03-04"}),
    ("He was injured in the third quarter-final.", {}),
    ("The final quarter of the match was tense.", {}),   # stays
    ("Profits fell in the final quarter of 2023.", {"in the final quarter of 2023": "2023-Q4"}),   # stays
    ("Sales rose in the third quarter of last year and fell in the final quarter.",
     {"in the third quarter of last year": "2023-Q3", "in the final quarter": "2023-Q4"}),   # stays
    # 6: a half of a unit with no half form in the next smaller unit
    ("The drought lasted two and a half decades.", {"two and a half decades": "P25Y"}),
    ("The strike lasted 2 1/2 weeks.", {"2 1/2 weeks": "P17DT12H"}),
    ("The war lasted one and a half years.", {"one and a half years": "P1Y6M"}),
    ("The talks lasted a year and a half.", {"a year and a half": "P1Y6M"}),   # stays
    ("The flight took two and a half hours.", {"two and a half hours": "PT2H30M"}),   # stays
    # 9: an age before a person or animal noun, whatever the unit
    ("A six-month-old baby was hurt in the crash.", {}),
    ("Rescuers freed a two-week-old calf from the mud.", {}),
    ("A 30-year-old man was hurt in the crash.", {}),   # stays
    ("A four-month-old strike ended on Tuesday.", {"four-month-old": "P4M", "on Tuesday": "2024-03-05"}),
    # the review's "fine" cases
    ("The team won for the 14th in a row.", {}),
])
def test_reading(nlp: Any, text: str, expected: dict[str, str | None]) -> None:
    got = _times(nlp, text)
    if None in expected.values():   # a NONE row: the words are no time at all
        assert not any(key in got for key in expected), got
    else:
        assert got == expected


# 1: a month named in a relational phrase ("since January") does not move the story
EVENTS = [
    ("On Tuesday the bank cut rates for the first time since January. Later that day, shares rose.",
     {"cut": "2024-03-05", "rose": "2024-03-05"}),
    ("On Tuesday the bank cut rates for the first time since last month. That evening, shares rose.",
     {"cut": "2024-03-05", "rose": "2024-03-05"}),
    ("On Monday the council passed its biggest budget since October. Later that day, the mayor quit.",
     {"passed": "2024-03-04", "quit": "2024-03-04"}),
    ("On Tuesday exports grew faster than in January. That evening, the minister spoke.",
     {"grew": "2024-03-05", "spoke": "2024-03-05"}),
    # stays: that evening's speech keeps the named day; a month told with no day moves the story
    ("The president arrived on Monday. That evening's speech drew a large crowd.",
     {"arrived": "2024-03-04", "drew": "2024-03-04"}),
    ("The jury ruled on Monday. The first guard was shot last October. His name was struck from the "
     "list that same day.", {"ruled": "2024-03-04", "shot": "2023-10", "struck": "2023-10"}),
]


@pytest.mark.parametrize(("text", "dates"), EVENTS)
def test_event_dates(nlp: Any, text: str, dates: dict[str, str]) -> None:
    article = make_article(nlp, text, "2024-03-06")
    article.events = [event_at(article, word) for word in dates]
    date_events(article)
    assert {event.id: event.date.value for event in article.events} == dates
