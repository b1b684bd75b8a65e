"""Trigger follow-ups (issue #19, round 22c), on hand-written sentences.

`data/triggers_22.jsonl` was written for this round before any rule was changed. ``gold``
lists the PLOVER types a correct coder may emit at or above the ``min_confidence`` setting
(any one is enough; an empty list asks for nothing); ``absent`` lists types no event of the
whole pipeline may have. Covered: a labour strike named by its agent, owner or modifier
(PROTEST) against an air, drone or missile strike (ASSAULT); the nominal handover, transfer
or surrender of ground to a party (RETREAT); allegations described as baseless (REJECT);
reaching out to a party (CONSULT); suspended flights (COERCE restrict, CAMEO 163); purchases
of aircraft or stakes by firms (no event) against arms bought by a state (COOPERATE);
investigations into a death or into claims (ACCUSE); property returned (RETREAT) and goods
given (AID); and some rows that must keep working. The last three rows (a strike for pay, on
strike, a strike by drones) were added after the first run, when the tune errors showed them.

Rows listed in XFAIL were still wrong when the round ended; they are strict, so a fix shows.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.events.conftest import row_params

ROWS = [json.loads(line) for line in
        (Path(__file__).parent / "data" / "triggers_22.jsonl").read_text(encoding="utf-8").splitlines()]
DROPPED = "the trigger is matched (match.find_matches) but the event is dropped after matching, " \
    "in the party and keep rules of code.py (not this round's files)"
XFAIL: dict[str, str] = {
    "The museum repatriated stolen sculptures to the country they came from.":
        "after coder.24's refit the partyless RETREAT release on 'repatriated' scores 0.478 (0.537 before), "
        "under the partyless floor 0.5",
    "Norland donated ventilators to hospitals in Valdoria.":
        "after coder.24's refit the AID on 'donated ventilators' scores 0.46 (0.601 before), under the "
        "floor 0.5",
    "The charity sent blankets and tents to survivors of the earthquake.":
        "after coder.24's refit the AID on 'sent blankets' scores 0.48 (0.654 before), under the floor 0.5",
    "Valdoria shipped tonnes of grain to the famine-hit region.":
        "after coder.24's refit the partyless AID on 'shipped' scores 0.425 (0.542 before), under the "
        "partyless floor 0.5",
    "The ombudsman began an inquiry into allegations that guards beat prisoners.":
        "the inquiry gives no ACCUSE; the alleged beating is coded ASSAULT at 0.30 (under the threshold)",
    "The militia agreed to the handover of the air base to government troops.":
        "the AGREE frame absorbs the handover (AGREE 035, intent to yield), as frames do",
    "A ceremony marked the transfer of the disputed territory to Norland.":
        "'mark' is a predicate verb: rules.not_an_occurrence takes its nominal object for a description",
    "Valdoria announced the suspension of all flights to Norland over the dispute.": DROPPED,
    "Norland imposed a ban on imports of grain from Valdoria.":
        "what the ban is on hangs from the noun, out of the light verb's reach; 'impose ban' (172) "
        "stays under min_confidence",
    "The defence ministry agreed to buy 24 fighter jets from Norland.":
        "the purchase is COOPERATE 062 now, but the AGREE frame absorbs it (AGREE 031)",
    "The jailed activist is now in the twelfth day of a hunger strike.":
        "after coder.23's refit the partyless PROTEST on 'hunger strike' scores 0.491 (0.511 before), under "
        "the partyless floor 0.5",
    "Prison guards on strike refused to return to their posts on Sunday.":
        "after coder.23's refit the partyless PROTEST on 'strike' scores 0.498 (0.54 before), under the "
        "partyless floor 0.5",
}


@pytest.mark.parametrize(("text", "gold", "absent"), list(row_params(ROWS, XFAIL, "text", "gold", absent=[])))
def test_trigger(nlp: Any, text: str, gold: list[str], absent: list[str]) -> None:
    from eventwire.api import code_text
    from eventwire.link.events import min_confidence

    events = code_text(text, clean=False, id="triggers-22").events
    described = [(e.type, e.mode, e.trigger.text if e.trigger else None, round(e.confidence, 2))
                 for e in events]
    kept = {e.type for e in events if e.confidence >= min_confidence()}
    assert not gold or kept & set(gold), described
    assert not {e.type for e in events} & set(absent), described
