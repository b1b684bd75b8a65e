"""Type contests and constructions (round 32), on hand-written sentences.

`data/types_32.jsonl` was written for this round before any rule was changed, from classes of
misses read on the tune parts of the PLOVER GSR, CASE 2021 and ZSP PLV sets, widened to the
whole family of each class (no sentence of theirs is used). Round 31 added words; this round
looks first at acts given the wrong type by their complement or their parties: a briefing of a
party on strikes (CONSULT, and the strikes a state's attacks, not walkouts); a rally or march
stopped, banned, broken up or dispersed (COERCE, not only PROTEST); crowds pouring into,
flooding or filling the streets, chanting and marching (PROTEST); clashes of crowds with police
(PROTEST); planned meetings (CONSULT future) against meetings agreed to (AGREE); convictions
(SANCTION), cyber attacks (COERCE), fighting as a noun, claims of responsibility, sanctions,
riots, aid and troop moves. Look-alikes: briefings of reporters and investors, deals struck,
lightning strikes, fans in the streets, sport, parades called off for rain, clashes of views.

A row's ``gold`` is the type the sentence's act has, or a list of types any of which is right;
it is looked for among all the events coded, whatever their confidence. ``never`` names types
no event may have. Rows listed in XFAIL were still wrong when the round ended; they are strict,
so a fix shows.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.events.conftest import row_params

ROWS = [json.loads(line) for line in
        (Path(__file__).parent / "data" / "types_32.jsonl").read_text(encoding="utf-8").splitlines()]
XFAIL: dict[str, str] = {
    "Nurses in Nairobi remained on strike for a third week.":
        "after coder.24's refit the PROTEST strike on 'strike' (its party 'Nurses' found by the role model, "
        "not the rules) scores 0.493 (0.558 before), under the partyless floor 0.5",
    "Clashes broke out between riot police and protesters outside the parliament in Yerevan.":
        "this case expects PROTEST, but docs/annotation.md makes a clash PROTEST riot only when told as "
        "the protesters' doing, and here riot police are named first, so 'Clashes' stays ASSAULT (0.74); "
        "it passed before only through a PROTEST riot read of 'riot' in 'riot police', which after "
        "coder.24's refit scores 0.423 (0.578 before), under the partyless floor 0.5",
    "Several people were hurt in clashes between demonstrators and police in Nairobi.":
        "match.clash_with_crowd now retypes 'clashes' PROTEST riot (the ASSAULT it was scored 0.513), but "
        "after coder.24's refit the partyless PROTEST scores 0.475, under the partyless floor 0.5",
    "Crowds of demonstrators filled the main square of Bratislava on Friday night.":
        "the PROTEST noun 'demonstrators' is matched but dropped downstream: a crowd named only "
        "through 'crowds of' finds no party, and no verb of filling a square is a trigger",
    "Opposition supporters converged on the electoral commission in Kinshasa.":
        "no protest word at all: 'converge on' is no trigger (too broad a verb for crowds of fans "
        "or shoppers without a class of protesting doers)",
    "Students fought running battles with police in the streets of Santiago.":
        "the clash-with-a-crowd retype asks for a protest word ({demonstrator}); students who fight "
        "police stay an ASSAULT 'battle'",
    "A cyberattack blamed on North Korea crippled the computer networks of South Korean banks.":
        "the COERCE cyber noun is matched but, as the content of an accusation ('blamed on') with no "
        "party of its own, it is dropped; only the ACCUSE is kept",
    "Fierce fighting raged in the north of the country on Sunday.":
        "the ASSAULT noun 'fighting' is matched but has no party and is dropped under the partyless floor",
    "The band marched through the town centre during the carnival parade.":
        "'march' of a band in a parade is read as a protest: the festive scene is figurative.py's "
        "(outside this round's files)",
    "The two chess players clashed in the final round of the tournament.":
        "a contest between players is figurative.py's (outside this round's files); 'clash' stays ASSAULT",
    "Doctors said the strike of lightning had injured two hikers.":
        "'strike of lightning' is read as an attack: hazards.py (outside this round's files) knows "
        "'lightning strike', not the 'of' form",
}


def _types(text: str) -> set[str]:
    from eventwire.api import code_text

    return {e.type for e in code_text(text, clean=False, id="types-32").events}


def _golds(row: dict[str, Any]) -> set[str]:
    return set(row["gold"]) if isinstance(row["gold"], list) else {row["gold"]}


@pytest.mark.parametrize("row", list(row_params([r for r in ROWS if "gold" in r], XFAIL)))
def test_type_of_the_act(nlp: Any, row: dict[str, Any]) -> None:
    found = _types(row["text"])
    assert _golds(row) & found, found


@pytest.mark.parametrize("row", list(row_params([r for r in ROWS if r.get("never")], XFAIL)))
def test_wrong_reading_is_not_made(nlp: Any, row: dict[str, Any]) -> None:
    found = _types(row["text"])
    assert not found & set(row["never"]), found
