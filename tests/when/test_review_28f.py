"""Probes of the round-28 diff review (in our own words).

1. A day after "ending" in a past clause is the latest such day, whatever the gap: a period told
   in the past tense is over ("Rainfall dropped in the six months ending March 31", read in
   October, is this March's). Only a present or future clause ("For the season ending April 30,
   the club expects ...") looks ahead to the next such day.
2. A past perfect in a condition contrary to fact ("Had the pilots not ignored the warning",
   "If the dam had burst") is no earlier time, so the event is not background; a plain past
   perfect ("The rebels had seized the depot before the ceasefire") still is.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from eventwire.when import tense
from tests.when.written import value_of

PUBLISHED = dt.date(2025, 11, 12)   # a Wednesday; last March 31 is 226 days back



@pytest.mark.slow
@pytest.mark.parametrize(("text", "words", "expected"), [
    # past clause: the period is over, so its last day is the latest one
    ("Rainfall dropped by a third in the six months ending March 31.", "March 31", "2025-03-31"),
    ("The strike, ending March 31 after eight weeks, cost the port dearly.", "March 31", "2025-03-31"),
    ("Orders at the shipyard fell 4 percent in the year ending March 31.", "March 31", "2025-03-31"),
    ("The miners' union lost members in the fiscal year ending March 31.", "fiscal year", "2025"),
    ("Ticket sales had slumped in the season ending April 30.", "April 30", "2025-04-30"),
    # "ended" is always the latest such day (must stay)
    ("Orders at the shipyard fell in the year ended March 31.", "March 31", "2025-03-31"),
    ("The ferry operator lost money in the fiscal year ended March 31.", "fiscal year", "2025"),
    ("For the fiscal year ended March 31, the charity reported higher donations.", "fiscal year",
     "2025"),
    # present or future clause: the next such day (must stay)
    ("For the fiscal year ending March 31, the airline expects a small profit.", "fiscal year", "2026"),
    ("For the fiscal year ending March 31, the airline expects a small profit.", "March 31",
     "2026-03-31"),
    ("The club will raise prices for the season ending April 30.", "April 30", "2026-04-30"),
    ("The ministry forecasts growth of 2 percent in the year ending March 31.", "March 31",
     "2026-03-31"),
    # a period just over, in any tense, is the latest (must stay)
    ("Profit in the quarter ending Sept. 30 rose sharply.", "Sept. 30", "2025-09-30"),
    ("The bank expects results for the quarter ending Sept. 30 next week.", "Sept. 30", "2025-09-30"),
])
def test_period_end_follows_the_tense(nlp: Any, text: str, words: str, expected: str) -> None:
    assert value_of(nlp, text, words, PUBLISHED) == expected


def _past_perfect(nlp: Any, text: str, verb: str) -> bool:
    doc = nlp(text)
    token = next(t for t in doc if t.text == verb)
    return tense.is_past_perfect(text, token.idx, token.idx + len(token), doc, token.i)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "verb", "expected"), [
    # a condition contrary to fact is no earlier time
    ("Had the pilots not ignored the warning, the plane would have landed safely.", "ignored", False),
    ("Had the guards opened the gate, the prisoners would have escaped.", "opened", False),
    ("If the dam had burst, the whole valley would have flooded.", "burst", False),
    ("If the police had not arrested the organisers, the march would have gone ahead.", "arrested",
     False),
    ("The town would have starved if the army had blocked the road.", "blocked", False),
    # a plain past perfect is background (must stay)
    ("The rebels had seized the depot before the ceasefire.", "seized", True),
    ("Troops had fired on the marchers before the talks began.", "fired", True),
    ("Officials said the militia had attacked the convoy two weeks earlier.", "attacked", True),
    ("The envoy had not visited the capital since the coup.", "visited", True),
])
def test_counterfactual_is_no_earlier_time(nlp: Any, text: str, verb: str, expected: bool) -> None:
    assert _past_perfect(nlp, text, verb) is expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "background"), [
    ("Had soldiers not shot at the protesters, nobody would have been hurt.", False),
    ("Soldiers had shot at the protesters before the curfew.", True),
])
def test_counterfactual_event_is_not_background(text: str, background: bool) -> None:
    from eventwire.pipeline import code_articles
    from eventwire.records import Article

    article = Article(id="r28f", text=text, published=PUBLISHED.isoformat())
    code_articles([article])
    shot = [e for e in article.events if text[e.trigger.start:e.trigger.end] == "shot"]
    assert shot, [(text[e.trigger.start:e.trigger.end], e.background) for e in article.events]
    assert shot[0].background is background
