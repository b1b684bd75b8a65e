"""Disaster and accident passages carry no conflict event; attacks beside a disaster word do.

``data/hazard_passages.tsv`` holds short wire-style passages written for this test: harm from
floods, quakes, storms, fires, crashes, collapses, stampedes and epidemics (``none``: no
ASSAULT, PROTEST or THREATEN, as CASE 2021 scores disaster snippets), and controls where
someone attacks, protests or threatens next to a disaster word (the type that must appear).
Each passage is coded whole through the public API, as the CASE 2021 evaluation codes a
snippet.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

PASSAGES = Path(__file__).parent / "data" / "hazard_passages.tsv"
ALARMS = frozenset({"ASSAULT", "PROTEST", "THREATEN"})

pytestmark = pytest.mark.slow


def passages() -> list:
    """(text, expected) per row; a row noted "miss: why" is a known miss (strict xfail)."""
    lines = [ln for ln in PASSAGES.read_text("utf-8").splitlines() if ln and not ln.startswith("#")]
    rows = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [pytest.param(row["text"], row["expected"], marks=pytest.mark.xfail(
                reason=row["note"], strict=True) if row["note"].startswith("miss:") else ())
            for row in rows]


def types_of(text: str) -> set[str]:
    from eventwire.api import code_text

    return {event.type for event in code_text(text, clean=False).events}


@pytest.mark.parametrize(("text", "expected"), passages())
def test_passage(text, expected):
    types = types_of(text)
    if expected == "none":
        assert not types & ALARMS, types
    else:
        assert expected in types, types
