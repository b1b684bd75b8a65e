"""The PLOVER type of an event, by word class and syntax (round 24), on hand-written sentences.

`data/types_24.jsonl` was written for this round before any rule was changed. A row with a
``gold`` type reports an act of that type, often through a noun alone ("the rally ... was against",
"fierce fighting raged", "a stash of shells"), a light verb ("undertook a mediation mission",
"called off its strike") or a polysemous verb in one sense ("protested that ...": a complaint, no
demonstration); its ``never`` types must not be read. A row with a null ``gold`` reports natural or
accidental harm (a flood, a fire, a crash, an outbreak, a collapse): no event at all, and never an
ASSAULT, PROTEST or THREATEN. Each row is coded by the whole pipeline and only events at or above
``min_confidence`` count. The last 14 rows were added in the same round from probes of our own
run before the change (complaints lodged or filed, "hit out at", "battled to contain", pickets,
called-off boycotts). Two rows first said ASSAULT for rioters' looting and AGREE for a ceasefire; they
say PROTEST (riot, CAMEO 145) and RETREAT (CAMEO 0871), as the lexicon codes them. Rows listed in
XFAIL were still wrong when the round ended; they are strict, so a fix shows.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.events.conftest import check_kept_type, row_params

ROWS = [json.loads(line) for line in
        (Path(__file__).parent / "data" / "types_24.jsonl").read_text(encoding="utf-8").splitlines()]
_NO_PARTY = "the trigger is found with the right type, but no coded party is found for it (actors, roles)"
XFAIL: dict[str, str] = {
    "Fierce fighting raged near Bakhmut on Tuesday.":
        "the fighting names no party (the place is no party), so the partyless ASSAULT is dropped",
    "Protesters turned violent in Paris as the summit opened.":
        "PROTEST with the crowd as source is found, at 0.50, a hair under the threshold after "
        "coder.18's refit",
    "Thousands of protesters poured into the streets of Nairobi on Sunday.":
        "PROTEST has its crowd noun for source now (roles 24b), but the confidence stays under the threshold",
    "The marches in Caracas were over the arrest of an opposition leader.": _NO_PARTY,
    "The ceasefire agreement between Armenia and Azerbaijan took effect at midnight.":
        "both parties are found now (roles 24b), but the compound noun's confidence stays under threshold",
    "The burning of churches in Nigeria's Plateau state drew condemnation from Pope Francis.":
        "no noun entry \"burning of {property}\": wildfires burn homes too (a disaster would be ASSAULT)",
    "Peru's prime minister was charged with corruption and will resign.":
        "the passive subject now does the active conjunct (roles 24b), and 'will resign' is RETREAT future "
        "now (types 25b), but its confidence stays under the threshold until the event model's refit",
}
NEVER_XFAIL: dict[str, str] = {}


def _all_types(text: str) -> set[str]:
    from eventwire.api import code_text

    return {e.type for e in code_text(text, clean=False, id="types-24").events}


@pytest.mark.parametrize(("text", "gold"), list(row_params(ROWS, XFAIL, "text", "gold")))
def test_type_of_the_act(nlp: Any, text: str, gold: str | None) -> None:
    check_kept_type(text, gold, "types-24")


@pytest.mark.parametrize(("text", "never"),
                         list(row_params([r for r in ROWS if r.get("never")], NEVER_XFAIL, "text", "never")))
def test_wrong_reading_is_not_made(nlp: Any, text: str, never: list[str]) -> None:
    found = _all_types(text)
    assert not found & set(never), found
