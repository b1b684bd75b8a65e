"""The content of an accusation is no event of its own (round 28, docs/annotation.md "Accusations,
allegations, denials and admissions"): "X accused/charged/blamed Y of/with/for doing Z" codes only
the ACCUSE, whatever the wording of Z: a gerund act ("of attacking the convoy") and also an event noun
the gerund governs ("for inciting *the riots*", "of planning to stage *the attacks*", "of inciting a
wave of *riots*"). Z is coded separately only when the sentence also reports it as fact in a clause of
its own ("Protesters marched ..., and the government accused ...", "the riots *that swept the
capital*"); a denial that names the act keeps it, reported_denied; a reason given for an arrest is no
accusation. Sentences are invented for these tests; each is coded by the whole pipeline and only
events at or above the ``min_confidence`` setting count.

Each case: (sentence, types that must be coded, types that must not be coded as asserted,
modality required of the first expected type or None)."""

from __future__ import annotations

from typing import Any

import pytest

PUBLISHED = "2026-03-02"
XFAIL = {
    "The government denied staging the attack on the convoy.":
    "after coder.24's refit the ASSAULT (reported_denied) on 'attack' scores 0.483 (0.713 before), under "
    "the floor 0.5",
    "The cabinet accused the rebels of planning to stage the attacks.":
    "parse: 'to stage' hangs as an advcl of 'accused', not an xcomp of 'planning', so "
    "rules.charged_content never reaches the gerund",
    "Officials accused the union of organising the strike and inciting the riots.":
    "a second gerund joined to the first ('and inciting') is not climbed: test_roles_28 codes such a "
    "gerund ('condemned the militia for burning ... and then attacking the traders') as an event of its own",
}

CASES = [
    # an event noun governed by the gerund of the accusation: content, not a fact reported
    ("The ruling coalition blamed the student union for inciting the riots in the capital.",
     ["ACCUSE"], ["PROTEST"], None),
    ("The interior ministry accused the opposition of staging the demonstrations.", ["ACCUSE"], ["PROTEST"],
     None),
    ("Officials blamed the preacher for provoking the clashes.", ["ACCUSE"], ["ASSAULT"], None),
    ("The mayor accused the gang of orchestrating the bombing of the market.", ["ACCUSE"], ["ASSAULT"],
     None),
    ("Prosecutors charged the activist with leading the demonstrations.", ["ACCUSE"], ["PROTEST"], None),
    ("The junta accused exiled dissidents of fomenting the unrest.", ["ACCUSE"], ["PROTEST"], None),
    ("The governor blamed the militia for sparking the fighting in the north.", ["ACCUSE"], ["ASSAULT"],
     None),
    ("The cabinet accused the rebels of planning to stage the attacks.", ["ACCUSE"], ["ASSAULT"], None),
    ("The minister accused the rebels of carrying out the bombing.", ["ACCUSE"], ["ASSAULT"], None),
    ("The party accused the opposition of inciting a wave of riots.", ["ACCUSE"], ["PROTEST"], None),
    ("Officials accused the union of organising the strike and inciting the riots.", ["ACCUSE"],
     ["PROTEST"], None),
    ("The minister accused the rebels of being behind the bombing.", ["ACCUSE"], ["ASSAULT"], None),
    # must stay: the gerund act itself, "for" + event noun
    ("The army accused the militia of attacking the convoy.", ["ACCUSE"], ["ASSAULT"], None),
    ("The police accused the gang of killing two officers.", ["ACCUSE"], ["ASSAULT"], None),
    ("The president blamed the rebels for the attack on the convoy.", ["ACCUSE"], ["ASSAULT"], None),
    # must stay: the act also reported as fact in a clause of its own
    ("Protesters marched through the city on Sunday, and the government accused the opposition of "
     "organising the march.", ["PROTEST", "ACCUSE"], [], "asserted"),
    ("The party blamed the opposition for inciting the riots that swept the capital on Friday.",
     ["PROTEST", "ACCUSE"], [], "asserted"),
    # must stay: a denial naming the act keeps it, denied; a reason for an arrest is no accusation
    ("The rebels denied carrying out the bombing.", ["ASSAULT"], ["ASSAULT"], "reported_denied"),
    ("The government denied staging the attack on the convoy.", ["ASSAULT"], ["ASSAULT"], "reported_denied"),
    ("Police arrested the activist for organising the protest.", ["COERCE"], [], None),
]


def _kept(text: str) -> list[Any]:
    from eventwire.api import code_text
    from eventwire.link.events import min_confidence

    threshold = min_confidence()
    events = code_text(text, PUBLISHED, clean=False, id="accusation-content-28").events
    return [e for e in events if e.confidence >= threshold]


@pytest.mark.parametrize(("text", "expected", "forbidden", "modality"), [
    pytest.param(*case, id=case[0][:50], marks=[pytest.mark.xfail(strict=True, reason=XFAIL[case[0]])]
                 if case[0] in XFAIL else []) for case in CASES])
def test_accusation_content_is_no_event_of_its_own(nlp: Any, text: str, expected: list[str],
                                                    forbidden: list[str], modality: str | None) -> None:
    described = [(e.type, e.trigger.text if e.trigger else None, e.modality) for e in _kept(text)]
    assert set(expected) <= {d[0] for d in described}, described
    if modality is not None:
        assert all(d[2] == modality for d in described if d[0] == expected[0]), described
    assert not [d for d in described if d[0] in forbidden and d[2] == "asserted"], described
