"""Regressions of round 31 in trigger rows and crowd retyping, found by its read-only review
(items 12-15 and the rioting-crowd note), each with variants written for this file.

A rampage or a barricade is a riot or a blockade only when a crowd does it: a gunman's shooting
rampage, a militia's rampage, a gunman or residents barricading themselves in are no protest.
"Treats refugees with contempt" is a manner of dealing, no care given. Missile and air-defence
platforms deployed are forces readied (MOBILIZE), not a firm's tool. Armed youths storming a
village are no rioting crowd. The round's gains stay: crowds on the rampage, farmers
barricading a crossing, the wounded treated, a bank's new tools deployed.
"""

from __future__ import annotations

from typing import Any

import pytest


def _types(text: str) -> set[str]:
    from eventwire.api import code_text

    return {e.type for e in code_text(text, clean=False, id="types-review-31").events}


# (sentence, type that no event may have)
NEVER = [
    # item 12: rampages by gunmen and armed groups
    ("A gunman went on a shooting rampage at a school in Texas, killing 19 children.", "PROTEST"),
    ("Rebel fighters went on a rampage in Beni, killing dozens of villagers with machetes.", "PROTEST"),
    ("The militia's rampage through the villages left 40 people dead.", "PROTEST"),
    ("Jihadist gunmen went on a killing rampage in northern Burkina Faso on Sunday.", "PROTEST"),
    ("Soldiers went on a rampage in the town of Kasai after one of their officers was killed.", "PROTEST"),
    # item 13: barricading oneself in
    ("A gunman barricaded himself inside a house after shooting his neighbour.", "PROTEST"),
    ("Residents barricaded themselves inside their homes as the militia advanced.", "PROTEST"),
    ("The suspect barricaded himself in a flat in Lyon for six hours before surrendering.", "PROTEST"),
    # item 14: treating people in a manner
    ("Hungary treats refugees with contempt, the report said.", "AID"),
    ("The authorities treated the asylum seekers as criminals, activists in Athens said.", "AID"),
    ("Human rights groups said Libya treats migrants harshly in detention centres.", "AID"),
    # suspected: armed youths are no rioting crowd
    ("Armed youths stormed the village of Pibor, killing eleven people.", "PROTEST"),
    # gains of the round that must stay
    ("The central bank deployed new tools to fight inflation.", "MOBILIZE"),
]

# (sentence, a type some event must have)
FOUND = [
    # item 15: military platforms deployed
    ("China deployed missile platforms on the disputed reefs.", "MOBILIZE"),
    ("Russia deployed new air defence platforms near the border.", "MOBILIZE"),
    ("Iran deployed drone launch platforms along the coast of the Gulf.", "MOBILIZE"),
    # gains of the round that must stay
    ("Football hooligans went on the rampage in Marseille after the match.", "PROTEST"),
    ("Angry youths went on a rampage in the township of Alexandra, torching a clinic.", "PROTEST"),
    ("Truck drivers barricaded the motorway near Lille to protest fuel taxes.", "PROTEST"),
    ("Medical teams treated the wounded at a field hospital near Kharkiv.", "AID"),
    ("An angry mob ransacked the offices of the electoral commission in Kinshasa.", "PROTEST"),
]


@pytest.mark.parametrize(("text", "never"), NEVER, ids=[t[:48] for t, _ in NEVER])
def test_no_wrong_type(nlp: Any, text: str, never: str) -> None:
    assert never not in _types(text)


@pytest.mark.parametrize(("text", "gold"), FOUND, ids=[t[:48] for t, _ in FOUND])
def test_type_found(nlp: Any, text: str, gold: str) -> None:
    assert gold in _types(text)


def test_agreement_of_two_is_reciprocal() -> None:
    """Item 16: "Greece and Turkey agreed to share ..." is a reciprocal agreement, as every other
    "X and Y agreed" example of the positives."""
    import json
    from pathlib import Path

    import eventwire.events

    path = Path(eventwire.events.__file__).parent / "data" / "examples" / "positives-31.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    row = next(r for r in rows if r["id"] == "w31p-041")
    assert all(e["reciprocal"] for e in row["events"] if e["type"] == "AGREE")
