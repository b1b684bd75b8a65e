"""No event where nothing political happened (round 23, news precision): a held-out set of
news-style sentences written for this round before any rule was changed, never used for
training (the training sentences of ``events/data/examples/*-23.jsonl`` are other sentences).

Most rows of ``data/news_negatives_23.jsonl`` report nothing a political coder would code though
a keyword coder sees an event word in them: sport, business and markets, entertainment, weather
and accidents, court procedure, opinion and analysis, history, generic statements, figurative
verbs ("hit the right notes", "punished at the ballot box") and questions. The rest ("must
stay") report a real event of the type given, which the rules must keep. Each row is coded by
the whole pipeline and only the events at or above the ``min_confidence`` setting count, as in
the news evaluation. Rows with a ``modality`` are plans and purposes: the planned act must
be coded, and carry that modality, not be coded as done.

Rows listed in XFAIL were still wrong when the round ended; they are strict, so a fix shows.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROWS = [json.loads(line) for line in
        (Path(__file__).parent / "data" / "news_negatives_23.jsonl").read_text(encoding="utf-8").splitlines()]
XFAIL: dict[str, str] = {
    "Governments often threaten sanctions when a neighbour tests a missile, but rarely follow through.":
        "the weapons-test rows (MOBILIZE 'tests a missile', coder.18) are not held back by the "
        "generic-habit rule, which governs the threat's clause only",
    "The Boston club signed the Japanese pitcher to a four-year contract worth $80 million.":
        "after coder.19's refit SUPPORT on 'signed the Japanese pitcher to a four-year contract' scores "
        "0.504, just above the threshold",
    "The veteran goalkeeper blocked three penalties as Croatia knocked out the hosts in the shootout.":
        "after coder.20's refit the sport 'shootout' is coded ASSAULT (firearms) at 0.555 (0.456 before), "
        "above the threshold 0.5; no type rule reads the sporting sense of 'shootout'",
    "The aim of the operation was never to occupy the valley, the general told reporters.":
    "the act is not coded at all: 'never' on the purpose is read as negating the act (is_negated), so "
    "no hypothetical occupation is kept",
}


def _params() -> Iterator[Any]:
    for row in ROWS:
        reason = XFAIL.get(row["text"])
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        yield pytest.param(row["text"], row["gold"], row.get("modality"), marks=marks,
                           id=f"{row['kind']}: {row['text'][:40]}")


def _kept(text: str) -> list[Any]:
    from eventwire.api import code_text
    from eventwire.link.events import min_confidence

    threshold = min_confidence()
    events = code_text(text, clean=False, id="news-negatives-23").events
    return [e for e in events if e.confidence >= threshold]


@pytest.mark.parametrize(("text", "gold", "modality"), list(_params()))
def test_event_only_where_one_happened(nlp: Any, text: str, gold: str | None, modality: str | None) -> None:
    described = [(e.type, e.trigger.text if e.trigger else None, e.modality, round(e.confidence, 2))
                 for e in _kept(text)]
    if gold is None:
        assert not described, described
    elif modality is None:
        assert gold in {d[0] for d in described}, described
    else:     # a plan or a purpose: the act is coded, and not as done
        assert gold in {d[0] for d in described}, described
        assert all(d[2] == modality for d in described if d[0] == gold), described
