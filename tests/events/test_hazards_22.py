"""Disasters are not conflict (round 22): disaster and conflict sentences written for this round
(``data/hazards_22.jsonl``; the first 63 rows before any rule was changed, the rest as guards
while the rules were made general).

Rows of kind ``disaster`` tell harm done by a hazard, an accident, an illness or an animal,
in many wordings ("floods swept away", "lightning struck", "a crocodile attacked", "the storm
hit", "a shell left over from the war went off"): none may be coded ASSAULT, COERCE, PROTEST or
THREATEN. Rows of kind ``conflict`` tell real violence or protest, some with a disaster's word
("a bomb blast", "the mob burnt", "shelling destroyed"): they keep their type (``A|B``: either
one, as arson is read as ASSAULT or COERCE). Each row is coded by the whole pipeline, every
event counted, as in the CASE 2021 evaluation.

Rows listed in XFAIL would be still wrong when a round ends; they are strict, so a fix shows.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.events.conftest import row_params

ROWS = [json.loads(line) for line in
        (Path(__file__).parent / "data" / "hazards_22.jsonl").read_text(encoding="utf-8").splitlines()]
ALARMS = frozenset({"ASSAULT", "COERCE", "PROTEST", "THREATEN"})
XFAIL: dict[str, str] = {
    "Police dogs attacked the marchers as officers cleared the square.":
        "after coder.19's refit the ASSAULT on 'attacked' (no coded party) scores 0.43, under the "
        "partyless floor",
}


def _types(text: str) -> list[tuple[str, str | None]]:
    from eventwire.api import code_text

    return [(e.type, e.trigger.text if e.trigger else None)
            for e in code_text(text, clean=False, id="hazards-22").events]


@pytest.mark.parametrize("row", list(row_params(ROWS, XFAIL)))
def test_disasters_are_not_conflict(nlp: Any, row: dict[str, Any]) -> None:
    described = _types(row["text"])
    if row["kind"] == "disaster":
        assert not [d for d in described if d[0] in ALARMS], described
    else:
        assert set(row["type"].split("|")) & {d[0] for d in described}, described
