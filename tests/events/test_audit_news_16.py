"""Senses and modes that a third judged sample of unseen news showed wrong (issue #19): "charge"
as a price ("charging 25% more", "charged a fee") is no accusation; "recognize" a person or a
body by sight is no diplomatic recognition; "spoke by phone Sunday with", where a day after
the phone heads the phrase, is still a phone call; a meeting of three states or of an
intergovernmental body is multilateral; "refused to comment" rejects nothing; "protest
leaders" are no protest; an effort aimed at drugs is no attack; agreeing with someone's view
endorses it (SUPPORT), no agreement between parties. The legal, diplomatic and bilateral
senses stay."""

from __future__ import annotations

import pytest


def types(article) -> list[str]:
    return [e.type for e in article.events]


@pytest.mark.parametrize(("text", "parties"), [
    ("Shoe retailers in Ohio are charging 25% more for imported boots.", {"Shoe retailers": "USA"}),
    ("The ferry company charged the pilgrims a fee for every bag.", {"The ferry company": "GRC"}),
    ("Landlords in the capital charge higher rents than last year.", {"Landlords": "KEN"}),
    ("The bank charges 12 percent interest on small loans.", {"The bank": "GHA"}),
    ("Clinics charged patients more for the vaccine.", {"Clinics": "IND", "patients": "IND"}),
])
def test_charge_as_a_price_is_no_accusation(coded, text, parties):
    assert "ACCUSE" not in types(coded(text, parties))


@pytest.mark.parametrize(("text", "parties"), [
    ("Prosecutors charged the former governor with fraud on Monday.",
     {"Prosecutors": "NGA", "the former governor": "NGA"}),
    ("Police charged two activists with sedition after the rally.",
     {"Police": "UGA", "two activists": "UGA"}),
])
def test_charge_with_a_crime_stays_an_accusation(coded, text, parties):
    assert "ACCUSE" in types(coded(text, parties))


@pytest.mark.parametrize(("text", "parties"), [
    ("Neighbors recognized the gunman from the security video.", {"Neighbors": "USA", "the gunman": "USA"}),
    ("Relatives recognized the bodies of the fishermen at the hospital.",
     {"Relatives": "SEN", "the fishermen": "SEN"}),
    ("A shopkeeper recognized the suspect from a photograph the police showed her.",
     {"A shopkeeper": "GBR", "the suspect": "GBR"}),
    ("The soldiers' families recognized their voices in the recording.",
     {"The soldiers' families": "ISR"}),
])
def test_recognizing_a_person_by_sight_is_no_support(coded, text, parties):
    assert "SUPPORT" not in types(coded(text, parties))


@pytest.mark.parametrize(("text", "parties"), [
    ("Chile recognized the new government in Caracas.", {"Chile": "CHL", "Caracas": "VEN"}),
    ("Brazil recognized the State of Palestine in 2010.", {"Brazil": "BRA", "Palestine": "PSE"}),
])
def test_recognizing_a_state_or_government_stays_support(coded, text, parties):
    assert "SUPPORT" in types(coded(text, parties))


@pytest.mark.parametrize(("text", "parties"), [
    ("Lula spoke by phone Sunday with Macron about the summit.", {"Lula": "BRA", "Macron": "FRA"}),
    ("The king talked by telephone Tuesday with the Saudi crown prince.",
     {"The king": "JOR", "the Saudi crown prince": "SAU"}),
    ("Scholz spoke by phone with Zelenskyy on Friday.", {"Scholz": "DEU", "Zelenskyy": "UKR"}),
])
def test_a_call_by_phone_keeps_its_mode_when_a_day_heads_the_phrase(coded, text, parties):
    events = [e for e in coded(text, parties).events if e.type == "CONSULT"]
    assert [e.mode for e in events] == ["phone"]


def test_speaking_with_someone_in_person_has_no_phone_mode(coded):
    text = "Lula spoke Sunday with Macron about the summit."
    events = [e for e in coded(text, {"Lula": "BRA", "Macron": "FRA"}).events if e.type == "CONSULT"]
    assert [e.mode for e in events] != ["phone"]


def consult_modes(article) -> list[str | None]:
    from eventwire.events import refine_modes

    refine_modes(article)
    return [e.mode for e in article.events if e.type == "CONSULT"]


def test_a_meeting_of_an_intergovernmental_body_is_multilateral(coded):
    text = "The U.N. Security Council met on Monday to discuss the famine."
    assert consult_modes(coded(text, {"The U.N. Security Council": "UNO"})) == ["multilateral"]


def test_a_meeting_of_three_states_is_multilateral(coded):
    text = "Ministers from Egypt, Jordan and Qatar met in Cairo on Monday."
    parties = {"Egypt": "EGY", "Jordan": "JOR", "Qatar": "QAT"}
    assert consult_modes(coded(text, parties)) == ["multilateral"]


def test_a_body_meeting_one_state_stays_bilateral(coded):
    text = "The U.N. envoy met with Sudan's army chief on Monday."
    parties = {"The U.N. envoy": "UNO", "Sudan's army chief": "SDN"}
    assert consult_modes(coded(text, parties)) == [None]


@pytest.mark.parametrize(("text", "parties"), [
    ("The regional water board refused to comment.", {"The regional water board": "IND"}),
    ("Police refused to comment on the arrests.", {"Police": "PER"}),
    ("The ministry refused to say how many soldiers died.", {"The ministry": "UKR"}),
    ("A spokesman declined to elaborate on the plan.", {"A spokesman": "JPN"}),
])
def test_refusing_to_comment_is_no_rejection(coded, text, parties):
    assert "REJECT" not in types(coded(text, parties))


def test_refusing_a_demand_stays_a_rejection(coded):
    text = "Tehran refused to hand over the suspects to Baghdad."
    assert "REJECT" in types(coded(text, {"Tehran": "IRN", "Baghdad": "IRQ"}))


@pytest.mark.parametrize("text", [
    "Police detained two protest organizers in the capital.",
    "The army chief met protest leaders in Khartoum on Friday.",
])
def test_leaders_of_a_protest_are_no_protest(nlp, text):
    from eventwire.api import code_text

    assert "PROTEST" not in [e.type for e in code_text(text, "2025-01-09").events]


@pytest.mark.parametrize(("text", "parties"), [
    ("Even with the Treasury effort targeting opioids, the governor said the crisis is growing.",
     {"the Treasury": "USA", "the governor": "USA"}),
    ("The Mexican navy's initiative targets fentanyl smuggled across the border.",
     {"The Mexican navy": "MEX"}),
])
def test_an_effort_aimed_at_drugs_is_no_attack(coded, text, parties):
    assert "ASSAULT" not in types(coded(text, parties))


@pytest.mark.parametrize(("text", "parties"), [
    ("Macron agreed with German officials' concerns about the budget.",
     {"Macron": "FRA", "German officials": "DEU"}),
    ("Seoul agreed with Tokyo's assessment of the missile launch.", {"Seoul": "KOR", "Tokyo": "JPN"}),
])
def test_agreeing_with_a_view_endorses_it(coded, text, parties):
    events = coded(text, parties).events
    assert [e.type for e in events] == ["SUPPORT"]
    # the view's holder is the one endorsed, not the one who agrees
    assert [e.text for e in events[0].recipient] == [list(parties)[1]]


def test_agreeing_with_another_party_to_act_stays_an_agreement(coded):
    text = "Kenya agreed with Somalia to reopen the border."
    assert types(coded(text, {"Kenya": "KEN", "Somalia": "SOM"})) == ["AGREE"]


def test_a_body_meeting_a_party_of_no_known_country_stays_bilateral(coded):
    text = "The U.N. envoy met with rebel leaders on Monday."
    assert consult_modes(coded(text, {"The U.N. envoy": "UNO", "rebel leaders": ""})) == [None]


def test_talks_with_a_body_are_bilateral(coded):
    text = "Discussions with the International Monetary Fund are progressing well, Islamabad said."
    parties = {"the International Monetary Fund": "IGO"}
    assert consult_modes(coded(text, parties)) == [None]


def test_meetings_with_the_ministers_of_a_group_of_states_are_multilateral(coded):
    text = "The envoy held meetings with G7 foreign ministers in Italy."
    assert consult_modes(coded(text, {"G7 foreign ministers": "IGO"})) == ["multilateral"]
