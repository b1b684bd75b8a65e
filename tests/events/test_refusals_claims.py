"""Refusals and claims of responsibility (issue #19), on hand-written sentences.

An agreement not reached ("failed to reach a deal", "could not agree") is REJECT (CAMEO 12x),
not a negated AGREE; a refusal to sign or a rejected proposal is REJECT too. "Y claimed
responsibility for the bombing" makes Y the source of the attack, and makes no AGREE or
ACCUSE of the claim; "no group has claimed responsibility", or a claim that is negated, gives
the act no source. Each case names the event type expected among the sentence's events, and
the countries of its source and target (None: no party on that side is expected).
"""

from __future__ import annotations

import pytest

from tests.events.conftest import countries, typed

# (sentence, {mention: country}, type, source countries, target countries or None)
REFUSALS = [
    ("Negotiators from Serbia failed to reach an agreement with Kosovo on Tuesday.",
     {"Serbia": "SRB", "Kosovo": "XKX"}, "REJECT", {"SRB", "XKX"}, None),
    ("Armenia has not agreed to the proposal from Azerbaijan.",
     {"Armenia": "ARM", "Azerbaijan": "AZE"}, "REJECT", {"ARM"}, None),
    ("Russia and Ukraine did not reach a deal on grain exports.",
     {"Russia": "RUS", "Ukraine": "UKR"}, "REJECT", {"RUS", "UKR"}, None),
    ("The Chilean unions failed to agree with the employers on wages.",
     {"The Chilean unions": "CHL"}, "REJECT", {"CHL"}, None),
    ("Peru and Ecuador never reached an agreement on the border.",
     {"Peru": "PER", "Ecuador": "ECU"}, "REJECT", {"PER", "ECU"}, None),
    ("Sudan and South Sudan could not agree on a ceasefire after three days of talks.",
     {"Sudan": "SDN", "South Sudan": "SSD"}, "REJECT", {"SDN", "SSD"}, None),
    ("Hamas refused to sign the accord proposed by Egypt.",
     {"Hamas": "PSE", "Egypt": "EGY"}, "REJECT", {"PSE"}, None),
    ("Israel rejected the ceasefire proposal put forward by Qatar.",
     {"Israel": "ISR", "Qatar": "QAT"}, "REJECT", {"ISR"}, {"QAT"}),
    ("Venezuela refused to negotiate with the United States.",
     {"Venezuela": "VEN", "the United States": "USA"}, "REJECT", {"VEN"}, {"USA"}),
    ("The rebels in Mali declined to join the peace talks with the government.",
     {"The rebels": "MLI", "the government": "MLI"}, "REJECT", {"MLI"}, None),
    ("Pakistan rejected an offer of talks from India.",
     {"Pakistan": "PAK", "India": "IND"}, "REJECT", {"PAK"}, None),
]

CLAIMS = [
    ("The Taliban claimed responsibility for the bombing in Kabul.",
     {"The Taliban": "AFG", "Kabul": "AFG"}, "ASSAULT", {"AFG"}, None),
    ("Al-Shabaab claimed responsibility for the attack on a hotel in Mogadishu.",
     {"Al-Shabaab": "SOM"}, "ASSAULT", {"SOM"}, None),
    ("Boko Haram claimed responsibility for the kidnapping of 30 students in Nigeria.",
     {"Boko Haram": "NGA", "30 students": "NGA"}, "ASSAULT", {"NGA"}, {"NGA"}),
    ("The PKK claimed responsibility for the ambush that killed three Turkish soldiers.",
     {"The PKK": "TUR", "three Turkish soldiers": "TUR"}, "ASSAULT", {"TUR"}, {"TUR"}),
    ("The Pakistani Taliban claimed responsibility for Monday's bombing of a police station.",
     {"The Pakistani Taliban": "PAK"}, "ASSAULT", {"PAK"}, None),
]

# a claim that names no one: the act keeps no source
UNCLAIMED = [
    ("No group has claimed responsibility for the blast in Peshawar.",
     {"No group": "PAK", "Peshawar": "PAK"}, "ASSAULT"),
    ("The Syrian militants did not claim responsibility for the attack on the army base.",
     {"The Syrian militants": "SYR", "the army base": "SYR"}, "ASSAULT"),
    ("The Kurdish rebels have not claimed the bombing of the bus.",
     {"The Kurdish rebels": "TUR"}, "ASSAULT"),
    ("No country has recognized the new government of Niger.",
     {"No country": "USA", "the new government of Niger": "NER"}, "SUPPORT"),
]


@pytest.mark.parametrize(("text", "parties", "kind", "source", "target"), REFUSALS + CLAIMS)
def test_type_and_sides(coded, text, parties, kind, source, target):
    article = coded(text, parties)
    event = typed(article, kind)
    assert not event.negated
    if source is not None:
        assert countries(event.actor) == source
    if target is not None:
        assert countries(event.recipient) == target


@pytest.mark.parametrize(("text", "parties", "kind", "source", "target"), REFUSALS)
def test_agreement_not_reached_is_no_agreement(coded, text, parties, kind, source, target):
    article = coded(text, parties)
    assert not [e for e in article.events if e.type == "AGREE"]
    assert typed(article, "REJECT").cameo.startswith("12")


@pytest.mark.parametrize(("text", "parties", "kind", "source", "target"), CLAIMS)
def test_claim_is_no_statement_event(coded, text, parties, kind, source, target):
    article = coded(text, parties)
    assert not [e for e in article.events if e.type in ("AGREE", "ACCUSE", "CONCEDE")]


@pytest.mark.parametrize(("text", "parties", "kind"), UNCLAIMED)
def test_no_claimant_is_no_source(coded, text, parties, kind):
    event = typed(coded(text, parties), kind)
    assert event.actor == []


@pytest.mark.parametrize("text", [
    "Armenia violated the ceasefire with Azerbaijan.",
    "The truce between Armenia and Azerbaijan broke down on Monday.",
    "Armenia breached the accord with Azerbaijan.",
])
def test_broken_agreement_is_no_refusal(coded, text):
    """A truce reached and then broken is no refusal (a guard: the lexicon codes breaches
    their own way, and build_draft's breach test keeps a negated AGREE should one appear)."""
    article = coded(text, {"Armenia": "ARM", "Azerbaijan": "AZE"})
    assert not [e for e in article.events if e.type == "REJECT"]


@pytest.mark.parametrize("text", [
    "Serbia has not yet reached an agreement with Kosovo on the border.",
    "Serbia has not yet agreed to talks with Kosovo.",
])
def test_agreement_not_yet_reached_is_no_refusal(coded, text):
    """"Not yet": an agreement still awaited stays a negated AGREE."""
    article = coded(text, {"Serbia": "SRB", "Kosovo": "XKX"})
    assert [e for e in article.events if e.type == "AGREE" and e.negated]
    assert not [e for e in article.events if e.type == "REJECT"]


def test_a_negated_taking_of_an_offensive_keeps_its_doer(coded):
    """Only "claim" disowns an act as its object; "take" does so only through "responsibility"."""
    event = typed(coded("The Malian army has not taken the offensive against the rebels.",
                        {"The Malian army": "MLI", "the rebels": "MLI"}), "ASSAULT")
    assert countries(event.actor) == {"MLI"}


def test_agreement_reached_stays_an_agreement(coded):
    event = typed(coded("Serbia and Kosovo reached an agreement on Tuesday.",
                        {"Serbia": "SRB", "Kosovo": "XKX"}), "AGREE")
    assert not event.negated


@pytest.mark.parametrize(("text", "parties"), [
    ("The Peruvian firm said it can provide no assurance to investors from Japan.", {"Japan": "JPN"}),
    ("Canada did not offer enough aid to Haiti after the storm.", {"Canada": "CAN", "Haiti": "HTI"}),
])
def test_promise_not_made_is_no_refusal(coded, text, parties):
    """Only agreeing itself, negated, is a refusal: an assurance or offer not made is not."""
    assert not [e for e in coded(text, parties).events if e.type == "REJECT"]


def test_neither_side_is_no_source(coded):
    article = coded("Neither side claimed the bombing of the bridge in Mosul.", {"Neither side": "IRQ"})
    assaults = [e for e in article.events if e.type == "ASSAULT"]
    assert assaults and all(e.actor == [] for e in assaults)


def test_neither_nor_keeps_its_parties(coded):
    """"Neither X nor Y has ...": both are named; the negation is the clause's."""
    event = typed(coded("Neither Ghana nor Togo has accused Burkina Faso of the attack.",
                        {"Ghana": "GHA", "Togo": "TGO", "Burkina Faso": "BFA"}), "ACCUSE")
    assert countries(event.actor) == {"GHA", "TGO"}


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The militants did not claim responsibility for the attack.",
    "No group has claimed responsibility for the blast in Peshawar.",
])
def test_negated_claim_through_the_whole_coder(text):
    """The whole coder (its own actors, the role model): the subject of a claim not made, or
    a "no" party, is not the attack's source."""
    from eventwire.api import code_text

    assert all(e.actor == [] for e in code_text(text).events if e.type == "ASSAULT")
