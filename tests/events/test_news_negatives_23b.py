"""No event where nothing political happened (round 23, second pass of news precision): a
held-out set of news-style sentences written for this pass before any rule was changed.

Most rows of ``data/news_negatives_23b.jsonl`` report nothing a political coder would code though
a keyword coder sees an event word in them: boxing told without a sport-only word, leaders who
clash or trade barbs only in words, an alert over a disease, acts inside the "if" clause of a
law or of a speaker's hypothetical, police investigating deaths with no suspect named, and a
plan whose doer is a partnership or an agreement. The rest ("must stay") report a real event of
the type given (real clashes between forces, troops put on alert), which the rules must keep.
Each row is coded by the whole pipeline and only the events at or above the ``min_confidence``
setting count, as in the news evaluation. Rows with a ``modality`` are plans: the planned act
must be coded, and carry that modality, not be coded as done.

Rows with ``allow`` may hold events of those types though their ``gold`` is none: a clash in
words may be coded as criticism (ACCUSE), never as an assault.

Rows listed in XFAIL were still wrong when the pass ended; they are strict, so a fix shows.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

DATA = Path(__file__).parent / "data" / "news_negatives_23b.jsonl"
ROWS = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]
XFAIL: dict[str, str] = {
    "The champion was pounded against the ropes in the ninth round before the referee stopped the fight.":
    "no sport-only word in or before the sentence: 'referee' cannot be one ('a mob beat the referee')",
    "The bill would let victims sue a foreign state only if it was found to have backed a bombing on "
    "American soil.": "the suit the bill would allow is coded ACCUSE (asserted): the modality of an act a "
    "bill would let someone do is not yet read",
    "The two countries will sign a trade agreement next week.":
    "the signing is coded AGREE (future) but at 0.41 confidence, under the 0.5 cut: the event model "
    "scores a planned act low",
    "\"If a militia went around burning villages, we would all condemn it,\" the bishop said.":
    "the bishop's would-be condemnation is coded ACCUSE (hypothetical) at 0.6 by coder.17's retrained "
    "confidence: an act imagined in the main clause of an if-sentence is not dropped, only marked",
    "Under the new law, the minister may expel a diplomat if the envoy is found to have spied.":
    "after coder.22's refit the THREATEN (hypothetical) on 'expel a diplomat' scores 0.503 (0.467 before), "
    "over the floor 0.5",
}


def _params() -> Iterator[Any]:
    for row in ROWS:
        reason = XFAIL.get(row["text"])
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        yield pytest.param(row["text"], row["gold"], row.get("modality"), tuple(row.get("allow", ())),
                           marks=marks, id=f"{row['kind']}: {row['text'][:40]}")


def _kept(text: str) -> list[Any]:
    from eventwire.api import code_text
    from eventwire.link.events import min_confidence

    threshold = min_confidence()
    events = code_text(text, clean=False, id="news-negatives-23b").events
    return [e for e in events if e.confidence >= threshold]


@pytest.mark.parametrize(("text", "gold", "modality", "allow"), list(_params()))
def test_event_only_where_one_happened(nlp: Any, text: str, gold: str | None, modality: str | None,
                                       allow: tuple[str, ...]) -> None:
    described = [(e.type, e.trigger.text if e.trigger else None, e.modality, round(e.confidence, 2))
                 for e in _kept(text)]
    if gold is None:
        assert not [d for d in described if d[0] not in allow], described
    elif modality is None:
        assert gold in {d[0] for d in described}, described
    else:     # a plan or a purpose: the act is coded, and not as done
        assert gold in {d[0] for d in described}, described
        assert all(d[2] == modality for d in described if d[0] == gold), described
