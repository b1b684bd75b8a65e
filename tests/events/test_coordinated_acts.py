"""Coordinated verbs (issue 19, roles round 3): verbs of one type under one subject tell
one happening with the targets and counts of both; another type, another subject or another
polarity stays a separate act."""

from __future__ import annotations

import pytest

from tests.events.conftest import countries, typed

pytestmark = pytest.mark.slow


def assaults(article):
    return [e for e in article.events if e.type == "ASSAULT"]


def test_two_attacks_by_one_subject_are_one_event_with_both_targets(coded):
    text = "Bandits stormed a border outpost and killed six guards on Sunday."
    article = coded(text, {"Bandits": "NGA", "six guards": "NER"})
    [event] = assaults(article)
    assert countries(event.actor) == {"NGA"}
    assert "NER" in countries(event.recipient)                     # the coded party first
    assert event.recipient[0].country == "NER"
    assert any(e.text == "a border outpost" for e in event.recipient)
    assert event.size.dead == 6


def test_the_tolls_of_both_verbs_stay_on_the_one_event(coded):
    text = "Bandits stormed a border outpost, killed six guards and wounded three others."
    article = coded(text, {"Bandits": "NGA"})
    [event] = assaults(article)
    assert (event.size.dead, event.size.injured) == (6, 3)


def test_a_second_subject_keeps_its_own_act(coded):
    text = "Bandits stormed a border outpost on Sunday, and soldiers later killed six of them."
    article = coded(text, {"Bandits": "NGA", "soldiers": "NER"})
    assert len(assaults(article)) == 2


def test_coordinated_acts_of_two_types_stay_apart(coded):
    text = "The police arrested four journalists and freed two lawyers."
    article = coded(text, {"The police": "TUR", "four journalists": "TUR", "two lawyers": "TUR"})
    types = [e.type for e in article.events]
    assert "COERCE" in types and "RETREAT" in types


def test_an_uncoded_conjunct_of_a_target_is_a_target_too(coded):
    text = "The minister urged Scandinavia and Canada to press the junta."
    article = coded(text, {"The minister": "IRL", "Canada": "CAN", "the junta": "MMR"})
    event = typed(article, "REQUEST")
    assert countries(event.actor) == {"IRL"}
    assert {e.text for e in event.recipient} >= {"Scandinavia", "Canada"}


def test_a_thing_coordinated_with_a_target_does_not_join_it(coded):
    text = "Turkey welcomed the Syrian envoy and his new proposals on Monday."
    article = coded(text, {"Turkey": "TUR", "the Syrian envoy": "SYR"})
    event = typed(article, "SUPPORT")
    assert [e.text for e in event.recipient] == ["the Syrian envoy"]


def test_the_means_donated_are_no_target_but_those_they_go_to_are(coded):
    text = "Japan is donating medical supplies to several Pacific island nations."
    event = typed(coded(text, {"Japan": "JPN"}), "AID")
    assert [e.text for e in event.recipient] == ["several Pacific island nations"]


def test_the_other_party_of_talks_is_beside_the_first(coded):
    # the role model would make the premier the target of the talks: a joint act has none
    text = "The Chilean president will meet the Peruvian premier in Lima on Friday for talks."
    article = coded(text, {"The Chilean president": "CHL", "the Peruvian premier": "PER", "Lima": "PER"})
    assert article.events
    for event in article.events:
        assert not event.recipient, (event.type, event.trigger.text)
        assert countries(event.actor) == {"CHL", "PER"}
