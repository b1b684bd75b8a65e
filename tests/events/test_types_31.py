"""Trigger families and type contests (round 31), on hand-written sentences.

`data/types_31.jsonl` was written for this round before any rule was changed, from classes of
misses read on the tune parts of the PLOVER GSR, CASE 2021 and ZSP PLV sets, then widened to the
whole family of each class (no sentence of theirs is used). A row's ``gold`` is the type the
sentence's act has, or a list of types any of which is right. The families: riots, rampages,
sit-ins, walk-outs and barricades (PROTEST, not ASSAULT); arrests told by phrasal verbs and
custody phrases, raids, curfews, bans of parties and outlets (COERCE, not ASSAULT); sanctions,
asset freezes, blacklists, embargoes, recalled envoys, severed ties and suspended memberships
(SANCTION); talks, calls and hosted visits (CONSULT) against deals reached or signed (AGREE);
goods, money and care handed over (AID) against words of backing (SUPPORT); troops massed,
deployed, put on alert or called up (MOBILIZE, not ASSAULT); and a few of the other types.
Look-alikes: the same verbs said of markets, sport, firms, hospitals and rescue work. ``never``
names types no event may have; a null ``gold`` asks for no kept event; a row with no ``gold`` is
a look-alike checked only for its ``never`` types.

The rows after the first 124 were added in the round, once the first fixes were in: more members
of the same families (custody phrases, relief flown in, deals inked, strikes, expulsions) and
look-alikes of the new rows (a contribution to a debate, passengers picked up, a case remanded,
data shared by an app, the pace picked up, a crowd's killing that stays an attack). One row first
asked PROTEST alone for rioters hurling petrol bombs at police; it takes ASSAULT too, since the
codebook's ASSAULT is violence against people and the news tune gold codes a petrol bomb thrown
by a protester ASSAULT: only damage and looting by a crowd are retyped to a riot.

Rows listed in XFAIL were still wrong when the round ended; they are strict, so a fix shows. A
``gold`` type is looked for among all the events coded, whatever their confidence.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.events.conftest import check_kept_type, row_params

ROWS = [json.loads(line) for line in
        (Path(__file__).parent / "data" / "types_31.jsonl").read_text(encoding="utf-8").splitlines()]
XFAIL: dict[str, str] = {
    "The World Food Programme delivered food rations to 20,000 displaced families in Cabo Delgado.":
        "the AID match is dropped as a hazard's doing: 'displaced' on the recipients is read as a "
        "hazard word (hazards.py, outside this round's files)",
    "French troops began leaving Niger on Tuesday under the withdrawal timetable.":
        "'leave' is no trigger (too broad a verb without a force-subject check), and the noun "
        "'withdrawal' finds no party, so its RETREAT is dropped",
    "The main opposition parties said they would boycott the parliamentary elections.":
        "the future boycott is coded THREATEN but finds no party ('opposition parties' is no coded "
        "actor), so it is dropped",
    "Prosecutors searched the former minister's villa for evidence on Tuesday.":
        "the parse hangs 'for evidence' on the villa, not on 'searched': no light match",
    "The striker scored twice as Arsenal beat Chelsea at the weekend.":
        "sport read by figurative.py (outside this round's files) misses a score line with club names",
    "Police held three opposition organisers for questioning in Lusaka on Friday.":
        "the parse makes 'questioning' a verb under 'for': the 'hold for questioning' row finds no noun",
    "The regime threw dozens of student activists in jail after the march in Khartoum.":
        "the parse hangs 'in jail' on the activists, not on 'threw': the 'throw in jail' row finds no noun",
    "Qatar flew in tonnes of relief supplies to the quake zone in Turkey.":
        "the parse makes 'in' a preposition of 'flew' with 'tonnes' its object: 'fly in' relief is "
        "not reached",
}
# rows whose kept events are right but which still carry a wrong reading among all events
XFAIL_NEVER: dict[str, str] = {
    "The startup raised $40 million in funding from venture investors.":
        "'in funding' hangs on the amount, out of reach of the NONE 'raise funding' row; the AID noun stays",
    "Shoppers stormed the stores as the holiday sales opened.":
        "'storm' of a shop by shoppers is read as an assault: no class of shoppers or sales tells it apart",
}


def _events(text: str) -> list[tuple[str, str, str]]:
    from eventwire.api import code_text

    return [(e.type, e.modality, e.cameo) for e in code_text(text, clean=False, id="types-31").events]


def _golds(row: dict[str, Any]) -> set[str]:
    return set(row["gold"]) if isinstance(row["gold"], list) else {row["gold"]}


@pytest.mark.parametrize("row", list(row_params([r for r in ROWS if "gold" in r], XFAIL)))
def test_type_of_the_act(nlp: Any, row: dict[str, Any]) -> None:
    if row["gold"] is None:
        check_kept_type(row["text"], None, "types-31")
        return
    found = _events(row["text"])
    assert _golds(row) & {t for t, _, _ in found}, found


@pytest.mark.parametrize("row", list(row_params([r for r in ROWS if r.get("never")],
                                                {**XFAIL, **XFAIL_NEVER})))
def test_wrong_reading_is_not_made(nlp: Any, row: dict[str, Any]) -> None:
    found = _events(row["text"])
    assert not {t for t, _, _ in found} & set(row["never"]), found
