"""Mends after a review of this morning's event rounds (issue 19): misfires a reader would
notice on ordinary news, on sentences of our own."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from eventwire.events.code import locative
from eventwire.events.match import past_stems

pytestmark = pytest.mark.slow

DESTRUCTION = "1712"


def _destructions(article):
    return [e for e in article.events if e.cameo == DESTRUCTION]


def test_a_hazard_in_a_clause_on_the_doers_is_not_the_cause(coded):
    article = coded("Rebels fleeing the floods burned down homes in the village.", {"Rebels": "SDNREB"})
    assert _destructions(article), [(e.type, e.cameo) for e in article.events]


def test_a_bombs_destruction_is_its_attack(coded):
    article = coded("A car bomb destroyed the church in Baghdad on Sunday.", {"Baghdad": "IRQ"})
    assert not _destructions(article)
    assert any(e.type == "ASSAULT" for e in article.events)


def test_destroyed_property_makes_no_target_of_its_place():
    """The locative fallback ("troops attacked the town") is for acts on a place and its people;
    burned cars harm their owners, not the town they stood in."""
    def match(type_: str, cameo: str) -> SimpleNamespace:
        return SimpleNamespace(trigger=SimpleNamespace(type=type_, cameo=cameo))

    assert locative(match("ASSAULT", "190"))
    assert locative(match("COERCE", "173"))
    assert not locative(match("COERCE", DESTRUCTION))
    assert locative(match("RETREAT", "0842"), ("RETREAT",))


def test_markets_and_businesses_are_not_property_burned(coded):
    article = coded("Analysts warned the merger would destroy competition and harm businesses.",
                    {"Analysts": "USA"})
    assert not _destructions(article)


@pytest.mark.parametrize("text, reporter", [
    ("The UN said sexual violence was being used as a weapon of war in Sudan.", "The UN"),
    ("India condemned the attacks on hospitals in the city.", "India"),
])
def test_who_reports_or_judges_an_act_named_by_a_noun_is_not_its_doer(coded, text, reporter):
    article = coded(text, {reporter: "IND"})
    for event in article.events:
        if event.type == "ASSAULT":
            assert reporter not in [e.text for e in event.actor]


def test_a_possessor_or_a_subject_of_its_own_keeps_the_doer(coded):
    article = coded("The army said it launched attacks on rebel positions.", {"The army": "NGA"})
    assault = next(e for e in article.events if e.type == "ASSAULT")
    assert assault.actor


def test_past_stems_undo_doubled_consonants_and_ied():
    assert "kidnap" in past_stems("kidnapped")
    assert "occupy" in past_stems("occupied")
    assert {"torch", "race"} <= past_stems("torched") | past_stems("raced")


def test_a_sexual_violence_noun_modifying_another_noun_names_no_act(coded):
    article = coded("Farmers said oilseed rape prices rose sharply.", {"Farmers": "GBR"})
    assert not [e for e in article.events if e.mode == "sexual"]
