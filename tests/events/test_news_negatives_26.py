"""No asserted event where nothing political happened (round 26, news precision, issue #19): a
held-out set of news-style sentences written for this round before any rule was changed.

The rows of ``data/news_negatives_26.jsonl`` cover sport and celebrity news (injuries, castings,
appointments), courtroom and interview procedure (pleas, questions put to someone), lobbying (not
COOPERATE), verbal "attacks" (an office holder attacking someone *for* a deed is ACCUSE), a
campaign's appeal to voters or for their vote, purposes, plots and readiness, commands inside
quotation marks (a banner or chant), violated ceasefires, and "must stay" rows that report a real
event of the given type. The last nine rows were added once the tune errors had been read: a
supposition ("Imagine ...", "Say ..."), a goal reached ("achieved its aim of ..."), and more rows on
the rules changed. Each row is coded by the whole pipeline and only the events at or above the
``min_confidence`` setting count, as in the news evaluation.

A row's ``gold`` type must be coded; a row without ``gold`` and without ``forbid`` must give no event
at all; the types in ``forbid`` must not be coded as asserted. Rows listed in XFAIL were still wrong
when the round ended; they are strict, so a fix shows.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROWS = [json.loads(line) for line in
        (Path(__file__).parent / "data" / "news_negatives_26.jsonl").read_text(encoding="utf-8").splitlines()]
PUBLISHED = "2026-03-02"    # news is dated: a year long past is then recalled, not new
XFAIL: dict[str, str] = {
    "The truce collapsed within hours as both sides traded artillery fire across the river.":
        "the exchange of artillery fire is coded ASSAULT below min_confidence (0.35)",
    "The army will withdraw its troops from the buffer zone next month.":
        "an announced future withdrawal is coded AGREE below min_confidence, not CONCEDE",
    "The pop star thanked her fans for their support after the concert was cancelled.":
        "no rule tells a performer's thanks to fans from political SUPPORT (both are phrase parties); only "
        "the confidence kept it out, and after coder.21's refit it scores 0.66 (0.467 before), over 0.5",
}


def _params() -> Iterator[Any]:
    for row in ROWS:
        reason = XFAIL.get(row["text"])
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        yield pytest.param(row, marks=marks, id=f"{row['kind']}: {row['text'][:40]}")


def _kept(text: str) -> list[Any]:
    from eventwire.api import code_text
    from eventwire.link.events import min_confidence

    threshold = min_confidence()
    events = code_text(text, PUBLISHED, clean=False, id="news-negatives-26").events
    return [e for e in events if e.confidence >= threshold]


@pytest.mark.parametrize("row", list(_params()))
def test_no_asserted_event_that_did_not_happen(nlp: Any, row: dict[str, Any]) -> None:
    described = [(e.type, e.trigger.text if e.trigger else None, e.modality, round(e.confidence, 2),
                  e.background) for e in _kept(row["text"])]
    gold, modality, forbid = row["gold"], row.get("modality"), row.get("forbid", [])
    if row.get("background"):     # history: whatever is coded is flagged as recalled, not new
        described = [d for d in described if not d[4]]
    if gold is None and not forbid:
        assert not described, described
    if gold is not None:
        assert gold in {d[0] for d in described}, described
    if modality is not None:
        assert all(d[2] == modality for d in described if d[0] == gold), described
    assert not [d for d in described if d[0] in forbid and d[2] == "asserted"], described
