"""Attacks in the wordings news uses, and conflict words that are no conflict (round 27), on
hand-written sentences.

`data/types_27.jsonl` was written for this round before any rule was changed. A row with a
``gold`` type reports an act of that type: a party or place that "came under fire", shells or
rockets that "landed" or "fell" somewhere, a mine or bomb blast that killed people, a person
"seized" by armed men (an abduction), fire bombs hurled at a building and people "hacked to death"
are ASSAULT; a starting gun, sales that "exploded", a golfer who "shot a 67", a rider's "attack" on
a climb, an appeal to register to vote or to wash hands, a firm dismissing staff, an "assault on
potholes" and a currency that "hit" a low are no event. ``never`` names types no event may have. A
null ``gold`` reports no kept event. Rows marked ``must_stay`` passed before the change; the
last six rows were added in the round, once the first fixes showed what they might break ("came
under fire over the budget" is criticism, a plane that landed no attack). Rows
listed in XFAIL were still wrong when the round ended; they are strict, so a fix shows.

The acts' confidence comes from the event model, refitted at the end of the round, so a ``gold``
type is looked for among all the events coded, whatever their confidence.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.events.conftest import check_kept_type, row_params

ROWS = [json.loads(line) for line in
        (Path(__file__).parent / "data" / "types_27.jsonl").read_text(encoding="utf-8").splitlines()]
XFAIL: dict[str, str] = {
    "The young striker shot wide from close range in the second half.":
        "no word only sport uses: 'striker' also names a worker on strike, so it is no sport word",
    "Her late attack on the final ascent left the race favourite behind.":
        "a sentence of sport is read only for attack verbs, not for the noun 'attack'; 'ascent' and "
        "'climb' are no sport words by themselves",
}


def _types(text: str) -> set[str]:
    from eventwire.api import code_text

    return {e.type for e in code_text(text, clean=False, id="types-27").events}


@pytest.mark.parametrize("row", list(row_params(ROWS, XFAIL)))
def test_type_of_the_act(nlp: Any, row: dict[str, Any]) -> None:
    if row["gold"] is None:
        check_kept_type(row["text"], None, "types-27")
        return
    found = _types(row["text"])
    assert row["gold"] in found, found


@pytest.mark.parametrize("row", list(row_params([r for r in ROWS if r.get("never")], XFAIL)))
def test_wrong_reading_is_not_made(nlp: Any, row: dict[str, Any]) -> None:
    found = _types(row["text"])
    assert not found & set(row["never"]), found
