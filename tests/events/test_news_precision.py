"""Ordinary news words that report no political event (issue 19): calling someone names,
releasing documents, sending letters, asking for anonymity; and an infinitive with its own
subject under "expect" is not yet done."""

from __future__ import annotations

import pytest

PARTIES = {"The French president": "FRA", "the German chancellor": "DEU", "The rebels": "COL",
           "Japan": "JPN", "Japanese": "JPN", "Kenya": "KEN"}


def types(article):
    return [e.type for e in article.events]


def code(coded, text):
    """The text coded with those of PARTIES it names as its actors."""
    return coded(text, {m: c for m, c in PARTIES.items() if m in text})


@pytest.mark.parametrize("text", [
    "The French president called the German chancellor a coward on Tuesday.",
    "The French president called the German chancellor's plan reckless.",
    "The French president praised a new coalition called the German chancellor's front.",
])
def test_calling_someone_something_is_no_contact(coded, text):
    assert "CONSULT" not in types(code(coded, text))


def test_calling_someone_is_still_a_contact(coded):
    text = "The French president called the German chancellor on Tuesday."
    assert "CONSULT" in types(code(coded, text))


@pytest.mark.parametrize("text", [
    "The rebels released a report on the floods on Monday.",
    "The rebels released a new video showing the hostages.",
    "The rebels released the names of the hostages.",
])
def test_releasing_a_document_is_no_retreat(coded, text):
    assert "RETREAT" not in types(code(coded, text))


def test_releasing_captives_is_still_a_retreat(coded):
    assert "RETREAT" in types(code(coded, "The rebels released three hostages on Monday."))


@pytest.mark.parametrize(("text", "kind"), [
    ("Japan sent a letter to Kenya about the contract.", "AID"),
    ("A Japanese official, who requested anonymity, described the mood in Kenya.", "REQUEST"),
])
def test_letters_and_anonymity_are_no_events(coded, text, kind):
    assert kind not in types(code(coded, text))


def test_sending_supplies_is_still_aid(coded):
    assert "AID" in types(code(coded, "Japan sent medicine and blankets to Kenya."))


def test_expecting_someone_to_act_is_not_done(coded):
    article = coded("Officials are expecting the rebels to attack the capital next week.",
                    {"the rebels": "COL", "the capital": "COL"})
    assert [e.modality for e in article.events if e.type == "ASSAULT"] == ["hypothetical"]


def test_reported_attack_stays_asserted(coded):
    article = coded("Officials said the rebels attacked the capital last week.",
                    {"the rebels": "COL", "the capital": "COL"})
    assert [e.modality for e in article.events if e.type == "ASSAULT"] == ["asserted"]
