"""Probes of review 28h (in our own words): a past verb about a forecast does not make the
period it forecasts over.

"Cut its outlook for the fiscal year ending June 30", read in October, is about the June still
ahead: the period hangs on a noun of intent or expectation (forecast, outlook, guidance,
target, budget, plan ...), not on the past verb, so the tense of the verb does not tell whether
the period is over and the 92-day rule decides. A period that hangs on the past verb itself
("sales rose in the year ending June 30") is over.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.when.written import value_of

PUBLISHED = dt.date(2024, 10, 15)   # last June 30 is 107 days back, last Dec. 31 is 289



@pytest.mark.slow
@pytest.mark.parametrize(("text", "words", "expected"), [
    # a past verb about a forecast: the forecast period lies ahead
    ("The company cut its forecast for the fiscal year ending June 30.", "June 30", "2025-06-30"),
    ("The company cut its forecast for the fiscal year ending June 30.", "fiscal year", "2025"),
    ("The company issued guidance for the quarter ending Dec. 31.", "Dec. 31", "2024-12-31"),
    ("The brewer raised its outlook for the year ending June 30.", "June 30", "2025-06-30"),
    ("The council approved a budget for the fiscal year ending June 30.", "fiscal year", "2025"),
    ("The miner lowered its production target for the six months ending Dec. 31.", "Dec. 31",
     "2024-12-31"),
    ("The board unveiled a spending plan for the year ending June 30.", "June 30", "2025-06-30"),
    ("Analysts trimmed their estimates of earnings for the quarter ending Dec. 31.", "Dec. 31",
     "2024-12-31"),
    ("The company slashed its sales forecast for the fiscal year ending June 30.", "fiscal year", "2025"),
    ("The utility withdrew its outlook for the fiscal year ending June 30, citing the storms.",
     "June 30", "2025-06-30"),
    # results measured against a forecast: the period is over
    ("The company missed its profit target for the year ending June 30.", "June 30", "2024-06-30"),
    ("The chain beat its own forecast for the fiscal year ending June 30.", "fiscal year", "2024"),
    # the period hangs on the past verb itself: it is over (must stay)
    ("Sales rose in the 12 months ending June 30.", "June 30", "2024-06-30"),
    ("Profit fell in the fiscal year ending June 30.", "fiscal year", "2024"),
    ("The talks, ending June 30, produced no deal.", "June 30", "2024-06-30"),
    ("Exports of grain slumped in the season ending June 30.", "June 30", "2024-06-30"),
    # a past verb about results, not a forecast: the period is over (must stay)
    ("The retailer reported a loss for the fiscal year ending June 30.", "fiscal year", "2024"),
    ("The charity published its accounts for the year ending June 30.", "June 30", "2024-06-30"),
    ("Revenue for the year ending June 30 rose 5 percent.", "June 30", "2024-06-30"),
    # present or future: the next such day; a period just over: the latest (must stay)
    ("For the fiscal year ending June 30, the firm expects a small profit.", "fiscal year", "2025"),
    ("The firm will publish results for the quarter ending Sept. 30 next week.", "Sept. 30",
     "2024-09-30"),
])
def test_forecast_period_lies_ahead(nlp: Any, text: str, words: str, expected: str) -> None:
    assert value_of(nlp, text, words, PUBLISHED) == expected
