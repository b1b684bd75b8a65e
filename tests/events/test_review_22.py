"""Probes of the round-22 event changes (a review's, in our own words): each narrowed rule
keeps what it was written for and lets go of what only looked like it (issue #19)."""

from __future__ import annotations

import pytest

from eventwire.api import code_text

pytestmark = pytest.mark.slow   # the whole pipeline with the spaCy model


def _types(text: str) -> set[tuple[str, str]]:
    return {(e.type, e.cameo) for e in code_text(text, "2024-03-04").events}


@pytest.mark.parametrize(("text", "wanted"), [
    # a request to a court is procedure only when what it asks is a step of the trial
    ("The opposition party's lawyers asked the court to annul the election results.", ("REQUEST", "020")),
    ("Prosecutors asked the judge to ban the main opposition party.", ("REQUEST", "020")),
    # a release of a person whose word is also a sport's ("defender", "athlete") is a release
    ("Authorities released the human rights defender after two years in detention.",
     ("RETREAT", "0841")),
    # pledged material support is intent to aid; pledged support alone is backing
    ("Japan pledged military support to the Philippines.", ("AGREE", "0332")),
    ("Japan pledged support for the Philippine bid.", ("SUPPORT", "051")),
    # a government's request of a parliament or of donors is no trial step (second review)
    ("The government asked parliament to delay the vote.", ("REQUEST", "020")),
    # an air strike by pilots stays an air strike; a strike by dock workers is theirs
    ("The strike by army pilots destroyed a bridge.", ("ASSAULT", "190")),
    ("The strike by dock workers closed the port.", ("PROTEST", "143")),
])
def test_coded(text, wanted):
    assert wanted in _types(text)


@pytest.mark.parametrize("text", [
    "The defence lawyer asked the judge for a short recess.",
    "The club released its striker at the end of the season.",
    "Forecasters called for heavy rain across the north on Sunday.",
    "The farmer's dogs attacked a hiker near the village.",
    "Three people died of heatstroke as the heat wave hit the region.",
])
def test_no_event(text):
    assert _types(text) == set()
