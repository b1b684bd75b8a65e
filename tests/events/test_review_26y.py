"""Review 26y mends (the "come under fire" rows, the armed test of figurative "under fire", the
restrained count in rules.py, the act test on an owner's noun): a reviewer's probes, variants in
other words, and cases that must stay as they were. Sentences are invented for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.events.conftest import check_source_and_target, covers, event_of, sides


def _types(code: Callable[[str], Any], text: str) -> set[str]:
    return {("-" if e.negated else "") + e.type for e in code(text).events}


# (sentence, trigger word, type, source head, target heads)
ROLE_CASES = [
    # 1: the subject of "come under fire" is what is attacked, the "from" phrase the attacker
    ("The convoy came under fire from insurgents near the border.", "fire", "ASSAULT", "insurgents",
     ["convoy"]),
    ("The patrol came under shelling from the army.", "shelling", "ASSAULT", "army", ["patrol"]),
    ("A relief column came under heavy gunfire from bandits outside Tarvo.", "gunfire", "ASSAULT",
     "bandits", ["column"]),
    # 2: armed people firing on peacekeepers is an attack, not blame
    ("UN peacekeepers came under fire from militiamen in the east.", "fire", "ASSAULT", "militiamen",
     ["peacekeepers"]),
    ("The aid workers came under fire from gunmen at a checkpoint.", "fire", "ASSAULT", "gunmen",
     ["workers"]),
    # stay: critics firing words is blame, the critics the source
    ("The minister came under fire from critics over the budget.", "fire", "ACCUSE", "critics",
     ["minister"]),
    # stay: a plain attack
    ("Insurgents attacked the convoy near the border.", "attacked", "ASSAULT", "Insurgents", ["convoy"]),
]


@pytest.mark.parametrize("sentence,trigger,event_type,source,targets", ROLE_CASES)
def test_come_under_fire_roles(code: Callable[[str], Any], sentence: str, trigger: str, event_type: str,
                               source: str, targets: list[str]) -> None:
    article = code(sentence)
    assert event_of(article, trigger).type == event_type, sides(article)
    check_source_and_target(code, sentence, trigger, source, targets)


# (sentence, type that must be there, type that must not be there); "" for none
TYPE_CASES = [
    # 5: a vow not to stop force is a threat (two negations cancel)
    ("The rebels vowed not to stop attacking the capital.", "THREATEN", "AGREE"),
    ("The militia vowed never to cease shelling the port.", "THREATEN", ""),
    # stay: a vow to stop force, or never to use it, is restraint
    ("The commander promised to stop bombing the villages.", "", "THREATEN"),
    ("The army vowed not to shell the refugee camps.", "", "THREATEN"),
    # stay: a plain vow of force is a threat
    ("The warlord vowed to attack the northern garrison.", "THREATEN", ""),
]


@pytest.mark.parametrize("sentence,present,absent", TYPE_CASES)
def test_restrained_count(code: Callable[[str], Any], sentence: str, present: str, absent: str) -> None:
    types = _types(code, sentence)
    assert not present or present in types, types
    assert not absent or absent not in types, types


# 8: a thing someone owns is no act of theirs; an act they do makes them a party
# (sentence, trigger word, owner who must not be the recipient)
OWNER_CASES = [
    ("Russia agreed to use Iran's equipment.", "agreed", "Iran"),
    ("Japan agreed to share India's equipment at the base.", "agreed", "India"),
]


@pytest.mark.parametrize("sentence,trigger,owner", OWNER_CASES)
def test_owned_thing_is_no_act(code: Callable[[str], Any], sentence: str, trigger: str, owner: str) -> None:
    article = code(sentence)
    event = event_of(article, trigger)
    assert not covers(event.recipient, sentence, owner), sides(article)


def test_owned_act_keeps_owner(code: Callable[[str], Any]) -> None:
    """Stay: the owner of an act ("X's settlement") is still a party."""
    sentence = "The government rejected the rebels' settlement offer."
    article = code(sentence)
    assert covers(event_of(article, "rejected").recipient, sentence, "rebels"), sides(article)


# an act named as a party's habit or practice is no particular act; the same act done is one
@pytest.mark.parametrize(("text", "kept"), [
    ("The envoy said it was an old habit of the junta to blame its neighbours for its failures.", False),
    ("It is the practice of the border police to detain travellers without charge.", False),
    ("The border police detained two travellers without charge on Monday.", True),
    ("It was the first time the border police had detained a journalist.", True),
])
def test_an_act_named_as_a_habit_is_no_event(code, text, kept):
    assert bool(_types(code, text)) == kept, _types(code, text)
