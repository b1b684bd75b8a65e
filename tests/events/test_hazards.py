"""Harm nobody did is no ASSAULT: disasters, accidents and illness (events/hazards.py)."""

from __future__ import annotations

import pytest


def assaults(article):
    return [e for e in article.events if e.type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "Floods killed at least 30 villagers in the river valley on Sunday.",
    "Twelve hikers were killed by an avalanche near the pass.",
    "Nine people were killed and dozens injured after a powerful earthquake struck the coast.",
    "Three workers were injured in a gas explosion at the depot.",
    "Two drivers were killed in a collision on the highway.",
    "Dozens of guests suffered food poisoning at the wedding.",
])
def test_harm_from_a_hazard_is_not_an_attack(coded, text):
    assert assaults(coded(text)) == []


@pytest.mark.parametrize(("text", "parties"), [
    ("A bomb blast killed 12 people at the market in Kandahar.", {}),
    ("Rebels killed 14 soldiers in an ambush after a storm passed.", {}),
    ("Government forces shelled the town, killing five civilians.", {}),
])
def test_attacks_stay_attacks(coded, text, parties):
    assert assaults(coded(text, parties))
