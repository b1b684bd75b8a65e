"""Senses and frames that a judged sample of unseen news showed coded as events (issue #19):
a measure that "targets" a country, a storm that "slams" a coast, a subject that says no one
did it, a document "released by" someone, a lead "pulled out" in a race, the one "in charge of" something,
an activity someone "quit"."""

from __future__ import annotations

import pytest


def types(article):
    return [e.type for e in article.events]


@pytest.mark.parametrize(("text", "parties"), [
    ("The Senate passed legislation on Wednesday targeting Turkey and its officials.",
     {"The Senate": "USA", "Turkey": "TUR"}),
    ("The new tariffs target Canada and Mexico.", {"Canada": "CAN", "Mexico": "MEX"}),
    ("Washington announced sanctions targeting Russian banks.",
     {"Washington": "USA", "Russian banks": "RUS"}),
    ("The law targets journalists who work for foreign outlets.", {"journalists": "HKG"}),
])
def test_a_measure_that_targets_a_party_is_no_attack(coded, text, parties):
    assert "ASSAULT" not in types(coded(text, parties))


@pytest.mark.parametrize(("text", "parties"), [
    ("Gunmen targeting a police convoy killed three officers on Sunday.",
     {"Gunmen": "NGA", "a police convoy": "NGA"}),
    ("The militants targeted an army checkpoint near the border.",
     {"The militants": "SOM", "an army checkpoint": "SOM"}),
    ("Airstrikes targeting rebel positions hit the town overnight.", {"rebel positions": "YEM"}),
])
def test_armed_men_and_strikes_that_target_stay_attacks(coded, text, parties):
    assert "ASSAULT" in types(coded(text, parties))


@pytest.mark.parametrize(("text", "parties"), [
    ("Tropical Cyclone Ana slammed into the coast of Mozambique this week.", {"Mozambique": "MOZ"}),
    ("A powerful typhoon battered the Philippines on Saturday.", {"the Philippines": "PHL"}),
    ("Hurricane Otis hammered Acapulco and the coast of Mexico.", {"Mexico": "MEX"}),
])
def test_a_hazard_that_hits_is_no_political_act(coded, text, parties):
    assert types(coded(text, parties)) == []


def test_a_leader_who_slams_a_rival_is_still_criticism(coded):
    article = coded("The prime minister slammed the opposition leader on Monday.",
                    {"The prime minister": "IND", "the opposition leader": "IND"})
    assert "ACCUSE" in types(article)


@pytest.mark.parametrize(("text", "parties"), [
    ("No country has officially recognized the new government.", {"the new government": "AFG"}),
    ("No one has arrested the suspects so far.", {"the suspects": "KEN"}),
    ("Neither side attacked the other during the truce.", {"the other": "SDN"}),
])
def test_a_subject_that_says_no_one_negates_the_act(coded, text, parties):
    events = coded(text, parties).events
    assert events and all(e.negated for e in events)


@pytest.mark.parametrize(("text", "parties"), [
    ("Kenya has officially recognized the new government.", {"Kenya": "KEN", "the new government": "SSD"}),
    ("Police arrested the suspects with no warning.", {"Police": "KEN", "the suspects": "KEN"}),
])
def test_a_named_subject_asserts_the_act(coded, text, parties):
    events = coded(text, parties).events
    assert events and not any(e.negated for e in events)


@pytest.mark.parametrize(("text", "parties"), [
    ("The annual report released by the ministry on Tuesday showed that exports fell.",
     {"the ministry": "IND"}),
    ("Figures released by the statistics office showed inflation rising.", {"the statistics office": "NGA"}),
    ("A video released by the rebels showed the burning vehicles.", {"the rebels": "COD"}),
])
def test_a_document_released_by_someone_is_no_retreat(coded, text, parties):
    assert "RETREAT" not in types(coded(text, parties))


def test_prisoners_released_by_someone_are_a_release(coded):
    article = coded("Twelve prisoners released by the rebels on Monday reached the capital.",
                    {"Twelve prisoners": "COL", "the rebels": "COL"})
    assert "RETREAT" in types(article)


@pytest.mark.parametrize(("text", "parties"), [
    ("China and the United States have pulled far out front in the race for artificial intelligence.",
     {"China": "CHN", "the United States": "USA"}),
    ("The governor pulled out ahead in the race after the debate.", {"The governor": "USA"}),
])
def test_pulling_ahead_in_a_race_is_no_withdrawal(coded, text, parties):
    assert "RETREAT" not in types(coded(text, parties))


def test_troops_pulled_out_stay_a_withdrawal(coded):
    article = coded("Russia pulled out its troops from the border region on Friday.", {"Russia": "RUS"})
    assert "RETREAT" in types(article)


@pytest.mark.parametrize(("text", "parties"), [
    ("Strikes by the army killed 20 militants, including a senior leader in charge of the coordination "
     "of the group's vehicles.", {"the army": "SOM", "a senior leader": "SOM", "the group": "SOM"}),
    ("The general in charge of the offensive met the Kenyan president on Monday.",
     {"The general": "SOM", "the Kenyan president": "KEN"}),
])
def test_in_charge_of_is_no_accusation(coded, text, parties):
    assert "ACCUSE" not in types(coded(text, parties))


def test_charges_filed_stay_an_accusation(coded):
    article = coded("Prosecutors filed charges against the opposition leader on Monday.",
                    {"Prosecutors": "PAK", "the opposition leader": "PAK"})
    assert "ACCUSE" in types(article)


@pytest.mark.parametrize(("text", "parties"), [
    ("China must quit intimidating Taiwan, the president said.",
     {"China": "CHN", "Taiwan": "TWN", "the president": "TWN"}),
    ("The rebels quit attacking convoys after the talks.", {"The rebels": "COL"}),
])
def test_quitting_an_activity_is_no_resignation(coded, text, parties):
    assert "RETREAT" not in types(coded(text, parties))


def test_a_minister_who_quits_resigns(coded):
    article = coded("The Italian defense minister quit on Monday after the scandal.",
                    {"The Italian defense minister": "ITA"})
    assert "RETREAT" in types(article)


@pytest.mark.parametrize(("text", "parties"), [
    ("North Korea may respond by firing missiles at the South.", {"North Korea": "PRK", "the South": "KOR"}),
    ("Iran could retaliate by attacking American bases in Iraq.", {"Iran": "IRN", "American bases": "USA"}),
    ("Analysts think the North could raise tensions by testing its missiles again.", {"the North": "PRK"}),
])
def test_the_means_of_an_act_only_possible_is_not_asserted(coded, text, parties):
    events = coded(text, parties).events
    assert events and all(e.modality != "asserted" for e in events)


def test_the_means_of_an_act_done_is_asserted(coded):
    article = coded("The police responded by firing tear gas at the protesters.",
                    {"The police": "KEN", "the protesters": "KEN"})
    assert [e.modality for e in article.events if e.type == "ASSAULT"] == ["asserted"]
