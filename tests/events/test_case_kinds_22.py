"""Kinds of conflict act the lexicon missed (issue #19, round 22, CASE 2021 sub-event kinds),
on hand-written sentences.

`data/case_kinds_22.jsonl` was written for this round before any rule was changed. ``gold``
lists the PLOVER types a correct coder may emit (any one of them is enough; an empty list
asks for nothing), or is null when the sentence reports no event at all (sport, business,
disasters, everyday senses of the words); ``absent`` lists types that must not be emitted.
Covered: the military "charge" on a place or a crowd (the legal charge stays ACCUSE), sexual
violence named by a noun, property burned, fighting an ill (no party, no assault), weapons
seized or found in passive wording, smuggling thwarted, bases set up, clashes named by a noun,
and a protest noun as the subject of a copula. Every event of the whole pipeline counts, as
in the CASE 2021 scorer.

Rows listed in XFAIL were still wrong when the round ended; they are strict, so a fix shows.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.events.conftest import row_params

ROWS = [json.loads(line) for line in
        (Path(__file__).parent / "data" / "case_kinds_22.jsonl").read_text(encoding="utf-8").splitlines()]
RETRAIN = "the candidate is found now, with no party the rules code; the current confidence model " \
    "puts it under the partyless floor until it is retrained on the new entries"
XFAIL: dict[str, str] = {
    "Soldiers stood beside a pile of mortar shells recovered from an abandoned farm.": RETRAIN,
    "A cache of explosives was found buried near the railway line.":
        "found by the rules; coder.16's retrained confidence puts the partyless candidate under its floor",
    "The rally was over the arrest of a popular singer.":
        "a rally noun as the subject of 'was over' gives no PROTEST; coder.16's retrained "
        "confidence keeps only the arrest",
    "Fierce fighting went on in the suburbs of the city overnight.":
        "after coder.19's refit the partyless ASSAULT on 'fighting' scores 0.49, under the partyless floor",
    "Bomb experts defused an explosive device left outside the market.":
        "after coder.24's refit the partyless COERCE seize on 'defused an explosive device' scores 0.418 "
        "(0.516 before), under the partyless floor 0.5",
}


@pytest.mark.parametrize(("text", "gold", "absent"), list(row_params(ROWS, XFAIL, "text", "gold", absent=[])))
def test_case_kind(nlp: Any, text: str, gold: list[str] | None, absent: list[str]) -> None:
    from eventwire.api import code_text

    events = code_text(text, clean=False, id="case-kinds-22").events
    described = [(e.type, e.mode, e.trigger.text if e.trigger else None) for e in events]
    types = {e.type for e in events}
    if gold is None:
        assert not described, described
    else:
        assert not gold or types & set(gold), described
        assert not types & set(absent), described
