"""Review 26z mends (rules.py in_scope and pledged_force, the office-holder dismissal rows, the
appeal-to-an-audience filter): a reviewer's probes, variants in other words, and cases that must
stay as they were.
"""

from __future__ import annotations

from typing import Any

import pytest


def _events(text: str) -> list[Any]:
    from eventwire.pipeline import code_article
    from eventwire.records import Article

    return list(code_article(Article(id="review-26z", text=text, published="2024-03-04")).events)


def _codes(text: str) -> set[tuple[str, str]]:
    return {(("-" if e.negated else "") + e.type, e.modality) for e in _events(text)}


def _types(text: str) -> set[str]:
    return {("-" if e.negated else "") + e.type for e in _events(text)}


# (sentence, type that must be there, type that must not be there); "" for none
CASES = [
    # 2: a vow to end or never do force is a pledge of restraint, no threat
    ("The general pledged to end the shelling of the city.", "", "THREATEN"),
    ("The commander promised to stop bombing the villages.", "", "THREATEN"),
    ("The rebels vowed never to attack civilians again.", "", "THREATEN"),
    ("The militia promised to halt its raids on the border towns.", "", "THREATEN"),
    ("The army vowed not to shell the refugee camps.", "", "THREATEN"),
    # stay: a plain vow of force is a threat
    ("The warlord vowed to attack the northern garrison.", "THREATEN", ""),
    ("The junta pledged to arrest the protest leaders.", "THREATEN", ""),
    # 3: firing on an official is an attack, not a dismissal
    ("Gunmen fired on the governor in Kelo on Sunday.", "ASSAULT", "RETREAT"),
    ("Snipers fired at the deputy mayor's convoy near the bridge.", "", "RETREAT"),
    # stay: firing a minister is a dismissal
    ("The prime minister fired the finance minister on Tuesday.", "RETREAT", ""),
    # 11: a company firing staff is no event
    ("The bank fired two senior officials over the fraud.", "", "RETREAT"),
    ("The airline dismissed three officials after the audit.", "", "RETREAT"),
    # 5: an appeal asking for an act stays a request, whatever the verb
    ("The president appealed to voters to be patient with the reforms.", "REQUEST", ""),
    ("The mayor appealed to residents to be calm during the curfew.", "REQUEST", ""),
    # stay: an appeal for votes is a pitch
    ("The candidate appealed to pensioners to vote for her party.", "", "REQUEST"),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_types(text: str, present: str, absent: str) -> None:
    types = _types(text)
    if present:
        assert present in types, types
    if absent:
        assert absent not in types, types


def test_denied_report_not_asserted() -> None:
    # 1: an arrest only told in a story that is dismissed is not coded as done
    codes = _codes("The minister dismissed the story that police had arrested the envoy.")
    assert ("COERCE", "asserted") not in codes, codes


def test_denied_report_variant() -> None:
    codes = _codes("The ministry dismissed rumours that soldiers had detained the mayor.")
    assert ("COERCE", "asserted") not in codes, codes


def test_rejected_suggestion_keeps_reject() -> None:
    # 1: a rejected proposal of a meeting stays a rejection
    assert "REJECT" in _types("The rebels rejected the suggestion that they meet the envoy.")


def test_rejected_proposal_variant() -> None:
    assert "REJECT" in _types("The union rejected the idea that it negotiate with the owners.")


def test_denied_report_stays() -> None:
    # stay: a denied report of a shooting is coded denied, not asserted
    codes = _codes("The army rejected claims that its troops shot protesters.")
    assert ("ASSAULT", "asserted") not in codes, codes
