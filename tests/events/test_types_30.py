"""Trigger families and constructions the lexicon lacked (round 30), on hand-written sentences.

`data/types_30.jsonl` was written for this round before any rule was changed, from classes of
misses read on the tune parts of the PLOVER GSR, ConfliBERT and ZSP PLV sets (no sentence of
theirs is used). A row's ``gold`` is the type the sentence's act has, or a list of types any of
which is right; ``cameo`` is a prefix its CAMEO code must have when given. The classes: aid cut
off told by a noun or a gerund ("a suspension of aid", "stopped financing": SANCTION); a verb's
object behind a number noun ("took in *thousands of* asylum seekers"); forces that arrive
somewhere (no visit: MOBILIZE, or AID for peacekeepers); funds, resources and relief teams
mobilised or deployed (AID, no MOBILIZE); joint drills and exercises (COOPERATE, where one army's
own drills are MOBILIZE); a pledge never to yield or cooperate (REJECT, no AGREE); "let free",
"set free" (RETREAT); outlets suspended, blocked or taken off the air and servers hacked
(COERCE); vessels intercepted (COERCE); permission given for another party's act (RETREAT
access); a call for a punitive measure against a party (REQUEST with a demand's code, 10x, where
a call for help or talks keeps an appeal's, 02x). Look-alikes: an act noun a restriction is "on"
("restrictions on contacts": no meeting), medical and rescue operations (no attack), a firm's own
pledge or pause. The last four rows were added in the round, once the first fixes showed two
more classes (a part "of" a place taken, aid given "with" a grant) and look-alikes of the new
"swear" pledge (an oath of office) and of access allowed (a person not allowed to leave). ``never``
names types no event may have. A null ``gold`` reports no kept event.

One row first said 10x for a body urged to impose sanctions; it says 02x, since the ConfliBERT tune
gold codes a request addressed to a body to take a measure as an appeal, and only a measure called
for by name ("called for sanctions against") as a demand. Rows marked ``must_stay`` passed before
the change. Rows listed in XFAIL were still wrong when the round ended; they are strict, so a fix
shows.

A ``gold`` type is looked for among all the events coded, whatever their confidence (the event
model is refitted at the end of the round).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.events.conftest import check_kept_type, row_params

ROWS = [json.loads(line) for line in
        (Path(__file__).parent / "data" / "types_30.jsonl").read_text(encoding="utf-8").splitlines()]
XFAIL: dict[str, str] = {
    "The junta granted approval for Red Cross teams to visit detainees in the northern prisons.":
        "'grant approval' is as often approval of a budget or a plan (no access): an approval that "
        "governs another party's act ('for X to visit') is not told apart from one of a thing",
}


def _events(text: str) -> list[tuple[str, str, str]]:
    from eventwire.api import code_text

    return [(e.type, e.modality, e.cameo) for e in code_text(text, clean=False, id="types-30").events]


def _golds(row: dict[str, Any]) -> set[str]:
    return set(row["gold"]) if isinstance(row["gold"], list) else {row["gold"]}


@pytest.mark.parametrize("row", list(row_params(ROWS, XFAIL)))
def test_type_of_the_act(nlp: Any, row: dict[str, Any]) -> None:
    if row["gold"] is None:
        check_kept_type(row["text"], None, "types-30")
        return
    found = _events(row["text"])
    assert _golds(row) & {t for t, _, _ in found}, found
    if row.get("cameo"):
        assert any(t in _golds(row) and c.startswith(row["cameo"]) for t, _, c in found), found


@pytest.mark.parametrize("row", list(row_params([r for r in ROWS if r.get("never")], {})))
def test_wrong_reading_is_not_made(nlp: Any, row: dict[str, Any]) -> None:
    found = _events(row["text"])
    assert not {t for t, _, _ in found} & set(row["never"]), found
