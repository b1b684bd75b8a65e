"""Acts only considered, hoped for or doubted are statements about them (events/modality.py,
events/rules.py), and fighting an illness or a scourge is no violence (events/figurative.py).

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from eventwire import ontology


def only(article, event_type):
    found = [e for e in article.events if e.type == event_type]
    assert len(found) == 1, [(e.type, e.trigger.text) for e in article.events]
    return found[0]


def test_an_act_under_consideration_is_cameo_014(coded):
    event = only(coded("Japan is considering sending aid to Nepal after the floods.",
                       {"Japan": "JPN", "Nepal": "NPL"}), "AID")
    assert (event.modality, event.cameo) == ("hypothetical", "014")
    assert ontology.penta_class(event.cameo) == 0


def test_the_act_itself_keeps_its_code(coded):
    event = only(coded("Japan sent aid to Nepal after the floods.",
                       {"Japan": "JPN", "Nepal": "NPL"}), "AID")
    assert (event.modality, event.cameo) == ("asserted", "070")


@pytest.mark.parametrize("text", [
    "Ghana said it hoped Togo would release the detained fishermen.",
    "Ghana voiced hope that Togo will release the detained fishermen.",
])
def test_a_hoped_for_act_is_hypothetical_and_an_optimistic_comment(coded, text):
    event = only(coded(text, {"Ghana": "GHA", "Togo": "TGO"}), "RETREAT")
    assert (event.modality, event.cameo) == ("hypothetical", "013")


def test_a_reported_will_without_a_hope_stays_an_intent(coded):
    event = only(coded("Ghana said Togo would release the detained fishermen.",
                       {"Ghana": "GHA", "Togo": "TGO"}), "AGREE")
    assert event.cameo.startswith("035")


def test_pessimism_over_talks_is_a_pessimistic_comment(coded):
    event = only(coded("Kenya expressed pessimism over holding peace talks with Somalia.",
                       {"Kenya": "KEN", "Somalia": "SOM"}), "CONSULT")
    assert (event.modality, event.cameo) == ("hypothetical", "012")


@pytest.mark.parametrize("text", [
    "Canada sent doctors to Uganda to fight the cholera epidemic.",
    "The Indian army is fighting the coronavirus pandemic alongside Nepal.",
    "Kenya launched a war on poverty with help from Uganda.",
])
def test_fighting_an_illness_or_a_scourge_is_no_attack(coded, text):
    parties = {name: code for name, code in
               {"Canada": "CAN", "Uganda": "UGA", "Nepal": "NPL", "Kenya": "KEN",
                "The Indian army": "IND"}.items() if name in text}
    assert "ASSAULT" not in [e.type for e in coded(text, parties).events]


def test_fighting_rebels_stays_an_attack(coded):
    article = coded("Ugandan troops fought against the rebels near the Congolese border.",
                    {"Ugandan troops": "UGA", "the rebels": "COD"})
    assert "ASSAULT" in [e.type for e in article.events]


def test_statement_codes_are_cameo_statements():
    from eventwire.events import rules

    assert {"consider", "hope", "pessimism"} <= set(rules.STATEMENT_CODES)
    for code in rules.STATEMENT_CODES.values():
        assert code in ontology.cameo() and ontology.penta_class(code) == 0
