"""Disasters are not conflict (round 25): disaster and conflict sentences written for this round
(``data/hazards_25.jsonl``), with imagined places and storms on every continent: the first 81
rows before any rule was changed, the rest (more injuries, and guards) while the rules were
made general.

Rows of kind ``disaster`` tell harm done by a natural hazard (flood, landslide, earthquake, storm,
wildfire, drought, heatwave, lightning, avalanche, eruption), a man-made disaster (a factory, mine,
gas or fuel-tanker explosion, a building or bridge collapse, a fire in a market or hospital, a
train, bus, boat or plane crash, a stampede, a poisoning, a chemical leak, a dam failure) or an
outbreak of disease, most in conflict's words ("blast", "ravaged", "wiped out", "claimed lives",
"victims"): none may be coded ASSAULT, COERCE, PROTEST or THREATEN. Rows of kind ``conflict``
tell what a human party did around a disaster (an arson, a bomb blast, a rocket strike that
caused a fire, police firing on flood victims, a government accused over a collapse, a minister
sacked): they keep their type (``A|B``: any one of them). Each row is coded by the whole
pipeline, every event counted, as in the CASE 2021 evaluation.

Rows listed in XFAIL would be still wrong when the round ends; they are strict, so a fix shows.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.events.conftest import row_params

ROWS = [json.loads(line) for line in
        (Path(__file__).parent / "data" / "hazards_25.jsonl").read_text(encoding="utf-8").splitlines()]
ALARMS = frozenset({"ASSAULT", "COERCE", "PROTEST", "THREATEN"})
XFAIL: dict[str, str] = {
    "Flying glass injured 30 people when the blast at the paint factory shattered windows nearby.":
        "a thing that is no hazard word ('glass') as the doer blocks the hazard 'when' clause",
    "A lorry carrying ammonia crashed in Zarqa, and the toxic cloud injured 250 people.":
        "a chemical cloud is no hazard word: 'toxic' or 'ammonia' as one would hide chemical attacks",
    "Rising waters swept a school bus off a bridge in Guatemala, killing six children.":
        "'water' is no hazard word: as one, 'poisoned the water' would read as fighting a hazard",
}


def _types(text: str) -> list[tuple[str, str | None]]:
    from eventwire.api import code_text

    return [(e.type, e.trigger.text if e.trigger else None)
            for e in code_text(text, clean=False, id="hazards-25").events]


@pytest.mark.parametrize("row", list(row_params(ROWS, XFAIL)))
def test_disasters_are_not_conflict(nlp: Any, row: dict[str, Any]) -> None:
    described = _types(row["text"])
    if row["kind"] == "disaster":
        assert not [d for d in described if d[0] in ALARMS], described
    else:
        assert set(row["type"].split("|")) & {d[0] for d in described}, described
