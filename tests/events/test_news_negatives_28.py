"""No asserted event where nothing political happened (round 28, news precision, issue #19): a
held-out set of news-style sentences written for this round before any rule was changed.

The rows of ``data/news_negatives_28.jsonl`` cover statistics and survey findings, historical
background ("since the coup in ..."), conditionals and counterfactuals, questions and headlines,
obituaries and profiles, market and business news (a takeover bid is COOPERATE hypothetical), sport,
weather and disease, deaths in accidents, opinion pieces' "should", and "must stay" rows that report
a real event of the given type in similar wording. Each row is coded by the whole pipeline and only
the events at or above the ``min_confidence`` setting count, as in the news evaluation.

A row's ``gold`` type must be coded; a row without ``gold`` and without ``forbid`` must give no event
at all; the types in ``forbid`` must not be coded as asserted. A row with ``background`` may code
events only as recalled history. Rows listed in XFAIL were still wrong when the round ended; they
are strict, so a fix shows.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROWS = [json.loads(line) for line in
        (Path(__file__).parent / "data" / "news_negatives_28.jsonl").read_text(encoding="utf-8").splitlines()]
PUBLISHED = "2026-03-02"    # news is dated: a year long past is then recalled, not new
XFAIL: dict[str, str] = {
    "The mining group launched a hostile takeover bid for its smaller rival on Monday.":
        "the 'takeover bid' noun is now coded COOPERATE hypothetical (review rf28a), but a hypothetical "
        "event with no party's country stays below the kept confidence until the event model is refitted",
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
    events = code_text(text, PUBLISHED, clean=False, id="news-negatives-28").events
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
