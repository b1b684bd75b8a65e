"""Attacks in words and contests are no violence (events/figurative.py)."""

from __future__ import annotations

import pytest


def types(article):
    return [(e.type, e.mode) for e in article.events]


@pytest.mark.parametrize("text", [
    "The mayor attacked the council's housing plan at a press conference.",
    "Union leaders launched a blistering attack on the minister's pension reform proposal.",
])
def test_attacking_something_said_or_decided_is_criticism(coded, text):
    assert types(coded(text)) == [("ACCUSE", "disapprove")]


@pytest.mark.parametrize("text", [
    "The incumbent beat her challenger in the primary by nine points.",
    "The senator attacked his rival during the televised debate.",
    "Lawmakers killed the spending bill in committee.",
])
def test_contests_and_killed_bills_are_no_attack(coded, text):
    assert not [t for t in types(coded(text)) if t[0] == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "Gunmen attacked a checkpoint near the border on Friday.",
    "Militants launched an attack on the army's forward positions overnight.",
    "A car bomb exploded outside the stadium before the cup final, killing four.",
])
def test_attacks_on_people_and_places_stay_attacks(coded, text):
    assert "ASSAULT" in [t[0] for t in types(coded(text))]
