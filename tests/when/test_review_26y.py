"""Probes of a round-26 review of when/ (in our own words): "due to" gives a cause, not a deadline,
so a month word after it ("due to May refusing") stays a name; "due for" / "due in" and the verbs of
scheduling keep their month. And the stative verbs of the present tense are a data table now, with
the same behaviour."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from eventwire.when import tense
from eventwire.when.find import find_times
from eventwire.when.tempeval import timeml_value

PUBLISHED = dt.date(2026, 3, 4)   # a Wednesday


def _times(nlp: Any, text: str) -> dict[str | None, str | None]:
    return {t.text: timeml_value(t) for t in find_times(text, PUBLISHED, nlp(text))}


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    # 6: "due to" is causal: the capitalised word after it is a name, not the month
    ("The long delay was due to May refusing to sign the contract.", {}),
    ("The collapse of the league was largely due to March walking away from the board.", {}),
    # stays: a deadline or a timetable before the month
    ("The vote on the new charter was scheduled for May.", {"May": "2026-05"}),
    ("The ferry launch was postponed to May.", {"May": "2026-05"}),
    ("The final inspection report is due in May.", {"in May": "2026-05"}),
    ("The next payment is due for May.", {"May": "2026-05"}),
])
def test_month_after_due(nlp: Any, text: str, expected: dict[str, str | None]) -> None:
    assert {k: v for k, v in _times(nlp, text).items() if k and ("May" in k or "March" in k)} == expected


# 9: the stative verbs are read from when/data/lexicon.json, unchanged
def test_stative_verbs_are_the_same_set() -> None:
    before_the_move = {"be", "have", "say", "tell", "remain", "know", "believe", "think", "seem",
                       "include", "contain", "own", "want", "need", "show", "report", "mark"}
    assert before_the_move == tense._STATIVE


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    ("The orchestra plays again on Saturday.", {"on Saturday": "2026-03-07"}),   # a timetable: ahead
    ("The mayor says on Monday the bridge is safe.", {"on Monday": "2026-03-02"}),   # a saying: not ahead
])
def test_present_tense_stays(nlp: Any, text: str, expected: dict[str, str | None]) -> None:
    assert _times(nlp, text) == expected
