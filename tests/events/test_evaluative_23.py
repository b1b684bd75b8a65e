"""Condemnation without a trigger verb (round 23), on hand-written sentences.

A speaker who says that an act or a party "is disgraceful", "was an outrage", "is barbaric"
publicly disapproves of it: PLOVER ACCUSE, CAMEO 111, from the speaker. `data/evaluative_23.jsonl`
was written for this round before any rule was changed. A row with gold ACCUSE is such a
statement (the condemnatory word is the predicate of a said or quoted clause, or the object
complement of "called"); a row with a null gold is none: praise, a negated or questioned
judgment, bad weather, a film, a sports result, an adjective that only describes a noun.
A row with ``actor`` (and ``recipient``) also names the countries the ACCUSE must carry.
Each row is coded by the whole pipeline and only events at or above ``min_confidence`` count.
The last two rows (a pronoun for the act of the sentence before, a quote going on after its
cue) were added after the first run. Rows listed in XFAIL were still wrong when the round
ended; they are strict, so a fix shows.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.events.conftest import row_params

ROWS = [json.loads(line) for line in
        (Path(__file__).parent / "data" / "evaluative_23.jsonl").read_text(encoding="utf-8").splitlines()]
XFAIL: dict[str, str] = {}


def _events(text: str) -> list[Any]:
    from eventwire.api import code_text

    return code_text(text, clean=False, id="evaluative-23").events


def _kept(text: str) -> list[Any]:
    from eventwire.link.events import min_confidence

    threshold = min_confidence()
    return [e for e in _events(text) if e.confidence >= threshold]


@pytest.mark.parametrize(("text", "gold"), list(row_params(ROWS, XFAIL, "text", "gold")))
def test_condemnation_is_coded(nlp: Any, text: str, gold: str | None) -> None:
    described = [(e.type, e.trigger.text if e.trigger else None, round(e.confidence, 2))
                 for e in _kept(text)]
    if gold is None:
        assert not [d for d in described if d[0] == "ACCUSE"], described
    else:
        assert gold in {d[0] for d in described}, described


@pytest.mark.parametrize(("text", "never"),
                         list(row_params([r for r in ROWS if r.get("never")], XFAIL, "text", "never")))
def test_no_condemnation_is_read(nlp: Any, text: str, never: list[str]) -> None:
    found = {e.type for e in _events(text)}
    assert not found & set(never), found


@pytest.mark.parametrize(("text", "actor", "recipient"),
                         list(row_params([r for r in ROWS if r.get("actor")], XFAIL,
                                         "text", "actor", "recipient")))
def test_speaker_accuses_the_doer(nlp: Any, text: str, actor: str, recipient: str) -> None:
    accusations = [e for e in _kept(text) if e.type == "ACCUSE"]
    assert accusations, [(e.type, e.trigger.text if e.trigger else None) for e in _events(text)]
    event = accusations[0]
    assert actor in {a.country for a in event.actor}, (event.actor, event.recipient)
    assert recipient in {r.country for r in event.recipient}, (event.actor, event.recipient)
