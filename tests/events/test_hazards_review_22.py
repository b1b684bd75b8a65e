"""Hazards after review 22: an animal, a vehicle or a war's remnant is no hazard when the text
makes it a means of attack, and stays one when nothing does.

- An animal that a party owns ("the settlers' dogs", "dogs of the militia") is set on people by
  that party: the act is an attack. A wild or stray animal is harm nobody did.
- A vehicle driven into a group of people or a crowd, or in a sentence that calls the act an
  attack ("terrorist", "deliberately", "rammed"), is no road accident.
- A weapon left from an old war is a remnant whether the word is on it or in a clause on it
  ("landmines left over from the civil war").

Rows of kind ``disaster`` may not be coded as any of ALARMS; rows of kind ``conflict`` must be
coded with their type. Each row is coded by the whole pipeline.
"""

from __future__ import annotations

from typing import Any

import pytest

ALARMS = frozenset({"ASSAULT", "COERCE", "PROTEST", "THREATEN"})
ROWS = [
    # 1. animals a party owns are a means of attack
    ("conflict", "ASSAULT", "The colonists' dogs attacked shepherds grazing their flocks near the hills."),
    ("conflict", "ASSAULT", "Dogs of the militia attacked three villagers during the raid on Orvana."),
    ("conflict", "ASSAULT", "The gang's dogs attacked two tenants who refused to leave the building."),
    ("conflict", "ASSAULT", "Dogs of the Red Dawn Brigade attacked farmers in their fields."),
    pytest.param("conflict", "ASSAULT", "Police set their dogs on the protesters outside the ministry.",
                 marks=pytest.mark.xfail(strict=True, reason="no trigger reads 'set dogs on'")),
    ("conflict", "ASSAULT", "Police dogs attacked protesters outside the ministry."),
    ("disaster", None, "A crocodile attacked a fisherman wading in the river on Sunday."),
    ("disaster", None, "A pack of stray dogs mauled a boy on his way to school."),
    ("disaster", None, "A herd of wild elephants attacked farmers guarding their crops at night."),
    # 2. a vehicle driven into people is no accident
    ("conflict", "ASSAULT", "A van hit a crowd of shoppers at the market, killing four; officials called it "
                            "a terrorist attack."),
    ("conflict", "ASSAULT", "A car deliberately hit pedestrians on the bridge, killing two."),
    ("conflict", "ASSAULT", "A truck struck a group of marchers at the rally, killing three people."),
    ("conflict", "ASSAULT", "A truck rammed into a crowd celebrating the holiday, killing eight."),
    ("conflict", "ASSAULT", "A car bomb killed eleven people near the police station."),
    ("disaster", None, "A bus crashed into a ravine in the mountains, killing 12 passengers."),
    ("disaster", None, "A speeding truck hit a minibus on the highway, killing five."),
    # 3. remnants of a war, said in a clause on the weapon
    ("disaster", None, "Landmines left from the civil war killed three herders in the valley."),
    ("disaster", None, "A mortar round left over from the 1990s killed a boy playing in a field."),
    ("disaster", None, "Leftover munitions that were buried decades ago killed a farmer ploughing "
                       "his land."),
    ("disaster", None, "An unexploded shell killed two children who found it near their home."),
    ("disaster", None, "An old landmine exploded, killing two goatherds."),
    ("conflict", "ASSAULT", "Rebels planted landmines that killed three soldiers on the road."),
    ("conflict", "ASSAULT", "A bomb left in a parked car killed five people at the market."),
    ("disaster", None, "An explosion at an ammunition depot killed 12 workers."),
    ("disaster", None, "Kenya's elephants killed 30 villagers last year."),
    ("conflict", "ASSAULT", "Shells that the army fired at an old school killed four pupils."),
]


def _types(text: str) -> list[tuple[str, str | None]]:
    from eventwire.api import code_text

    return [(e.type, e.trigger.text if e.trigger else None)
            for e in code_text(text, clean=False, id="hazards-review-22").events]


def _id(row: Any) -> str:
    return str((row.values if hasattr(row, "values") else row)[2][:48])


@pytest.mark.parametrize(("kind", "expected", "text"), ROWS, ids=[_id(r) for r in ROWS])
def test_hazard_or_attack(nlp: Any, kind: str, expected: str | None, text: str) -> None:
    described = _types(text)
    if kind == "disaster":
        assert not [d for d in described if d[0] in ALARMS], described
    else:
        assert expected in {d[0] for d in described}, described
