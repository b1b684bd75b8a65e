"""Roles that follow the act whatever the construction (issue 19): datelines, light-verb
objects, acts of others as objects, joint subjects, "between", coordinated passives, means
with a destination and objects of controlled verbs."""

from __future__ import annotations

import pytest

from tests.events.conftest import countries, typed

pytestmark = pytest.mark.slow


def test_a_dateline_parsed_as_subject_is_not_the_actor(coded):
    text = "LUSAKA, Zambia -- A Malawian army patrol has killed a smuggler near the border."
    article = coded(text, {"LUSAKA": "ZMB", "Zambia": "ZMB", "Malawian army patrol": "MWI"})
    assert countries(typed(article, "ASSAULT").actor) == {"MWI"}


def test_the_person_inside_a_light_verb_trigger_is_the_recipient(coded):
    text = "Norway summoned the Chilean ambassador over the remarks."
    article = coded(text, {"Norway": "NOR", "the Chilean ambassador": "CHL"})
    event = typed(article, "ACCUSE")
    assert countries(event.actor) == {"NOR"}
    assert countries(event.recipient) == {"CHL"}


def test_the_maker_of_a_rejected_proposal_is_the_recipient(coded):
    text = "Peru's congress rejected the Bolivian president's proposal on the river."
    article = coded(text, {"Peru": "PER", "the Bolivian president": "BOL"})
    assert countries(typed(article, "REJECT").recipient) == {"BOL"}


def test_the_agent_of_a_condemned_act_is_the_recipient(coded):
    text = "The ministers condemned the threats made by the Ecuadorian navy."
    article = coded(text, {"The ministers": "URY", "the Ecuadorian navy": "ECU"})
    assert countries(typed(article, "ACCUSE").recipient) == {"ECU"}


def test_a_joint_subject_makes_an_agreement_reciprocal(coded):
    text = "Ghana and Togo agreed to share data on Benin."
    article = coded(text, {"Ghana": "GHA", "Togo": "TGO", "Benin": "BEN"})
    event = typed(article, "AGREE")
    assert countries(event.actor) == {"GHA", "TGO"}
    assert event.recipient == []


def test_a_joint_subject_of_a_rejection_keeps_its_recipient(coded):
    text = "Ghana and Togo rejected a proposal by Benin."
    article = coded(text, {"Ghana": "GHA", "Togo": "TGO", "Benin": "BEN"})
    assert countries(typed(article, "REJECT").recipient) == {"BEN"}


def test_cooperation_between_two_parties_is_reciprocal(coded):
    text = "Cooperation between Kenya and Uganda on border security grew last year."
    article = coded(text, {"Kenya": "KEN", "Uganda": "UGA"})
    event = typed(article, "COOPERATE")
    assert countries(event.actor) == {"KEN", "UGA"}
    assert event.recipient == []


def test_a_passive_coordinated_with_a_passive_shares_its_patient(nlp):
    from eventwire.events.roles_syntax import coordinated_patient

    doc = nlp("The reporter was beaten and killed by soldiers.")
    killed = next(t for t in doc if t.lower_ == "killed")
    patient = coordinated_patient(killed)
    assert patient is not None and patient.lower_ == "reporter"


def test_troops_sent_to_a_country_are_means_and_the_country_is_the_recipient(coded):
    text = "Chile is deploying troops to Haiti."
    article = coded(text, {"Chile": "CHL", "troops": "CHL", "Haiti": "HTI"})
    assert countries(typed(article, "MOBILIZE").recipient) == {"HTI"}


def test_the_object_of_a_controlled_verb_is_the_recipient(coded):
    text = "Serbia refused to extradite the Croatian general."
    article = coded(text, {"Serbia": "SRB", "the Croatian general": "HRV"})
    assert countries(typed(article, "REJECT").recipient) == {"HRV"}


def test_a_capitalised_name_with_a_hyphen_is_no_dateline(nlp):
    from eventwire.events.roles_syntax import dateline_end

    doc = nlp("Prime Minister Lee Nak - yon held talks with the Vietnamese minister.")
    assert dateline_end(doc[0]) == -1


def test_a_hyphenated_capital_prefix_is_no_dateline(nlp):
    from eventwire.events.roles_syntax import dateline_end

    doc = nlp("UN - backed forces retook the port on Monday.")
    assert dateline_end(doc[0]) == -1
