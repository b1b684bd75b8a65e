"""Probes of review 30c (in our own words): an ordinal after a month that ranks a noun ("in March
the first round of talks"), a year before a place named "... Square" ("the 1989 Tiananmen Square
crackdown"), a year right after a verb ("won 2019 elections") and a scheduled day under a
reporting verb ("is set for Sept. 8, officials said")."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from eventwire.when.find import find_times
from eventwire.when.tempeval import timeml_value

pytestmark = pytest.mark.slow   # parses every sentence with the spaCy model

PUBLISHED = dt.date(2025, 3, 12)


def _values(nlp: Any, text: str) -> dict[str, str | None]:
    return {t.text: timeml_value(t) for t in find_times(text, PUBLISHED, nlp(text))}


def _value(nlp: Any, text: str, words: str) -> str | None:
    values = _values(nlp, text)
    found = [value for key, value in values.items() if key and words in key]
    assert found, values
    return found[0]


@pytest.mark.parametrize(("text", "words", "expected"), [
    # an ordinal that ranks the noun after it (or "time") is no day of the month
    ("In March the first round of talks ended without agreement.", "March", "2025-03"),
    ("Talks resumed in May the second time this year.", "May", "2024-05"),
    # a day it is (must stay)
    ("The Chilean senate approved the pension bill on March the third, officials said.", "March",
     "2025-03-03"),
    ("Clashes erupted in the border town on February the twenty-second.", "February", "2025-02-22"),
    # a year before a place's name ending in "Square" after a determiner is a year
    ("Students gathered to mark the anniversary of the 1989 Tiananmen Square crackdown.", "1989", "1989"),
    ("Veterans of the 2011 Tahrir Square protests met in Cairo.", "2011", "2011"),
    # a year right after a verb, before a plural noun
    ("The party won 2019 elections by a landslide.", "2019", "2019"),
    ("The opposition boycotted 2021 polls in protest.", "2021", "2021"),
    # a day scheduled, under a reporting verb: ahead of publication
    ("The vote is set for Sept. 8, officials said.", "Sept. 8", "2025-09-08"),
    ("The vote is set for Sept. 8.", "Sept. 8", "2025-09-08"),
    ("The summit is scheduled for Oct. 14, diplomats said.", "Oct. 14", "2025-10-14"),
    ("Officials said the runoff is set for Nov. 2.", "Nov. 2", "2025-11-02"),
    # a schedule told as broken keeps the past (must stay)
    ("Elections set for Feb. 2 were delayed, officials said.", "Feb. 2", "2025-02-02"),
])
def test_review_30c_values(nlp: Any, text: str, words: str, expected: str) -> None:
    assert _value(nlp, text, words) == expected


@pytest.mark.parametrize(("text", "words"), [
    ("In June the third attempt at a ceasefire collapsed within hours.", "June"),
    ("By April the second phase of the withdrawal had begun.", "April"),
    ("In March the first formal round of talks ended.", "March"),
])
def test_review_30c_month_alone(nlp: Any, text: str, words: str) -> None:
    """The ordinal ranks the noun: the month is read alone (its year as the month alone's)."""
    value = _value(nlp, text, words)
    assert value is not None and len(value) == 7


@pytest.mark.parametrize(("text", "wrong"), [
    ("In March the first round of talks ended without agreement.", "2025-03-01"),
    ("Talks resumed in May the second time this year.", "2024-05-02"),
    # a house number before a street's name stays no year (must stay)
    ("The embassy at 1600 Pennsylvania Avenue was closed.", "1600"),
    ("The office at 1200 Liberty Square was searched.", "1200"),
    # a count after a verb stays no year (must stay)
    ("The ministry ordered 1800 tents for the camps.", "1800"),
    ("Rebels seized 2000 rifles from the depot.", "2000"),
])
def test_review_30c_not_read(nlp: Any, text: str, wrong: str) -> None:
    assert wrong not in _values(nlp, text).values()
