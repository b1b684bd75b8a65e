"""Types and modalities that a second judged sample of unseen news showed wrong (issue #19):
ambassadors withdrawn (a diplomatic break, no troop withdrawal), acts that someone "must"
do or stop doing, an act someone is "looking to" another to do, an act that a law
"authorizes", an act someone is "hired" to do, and an act someone is afraid of suffering: none
of these is asserted. Two verbs of one type with different modes stay two acts."""

from __future__ import annotations

import pytest


def asserted(article, event_type):
    return [e for e in article.events if e.type == event_type and e.modality == "asserted" and not e.negated]


@pytest.mark.parametrize(("text", "parties"), [
    ("The two countries withdrew their ambassadors over the dispute in 2019.",
     {"The two countries": "TUR"}),
    ("Ghana withdrew its ambassador from Abuja after the row.", {"Ghana": "GHA"}),
    ("Peru withdrew its envoy to Caracas on Tuesday.", {"Peru": "PER", "Caracas": "VEN"}),
])
def test_withdrawn_ambassadors_break_relations(coded, text, parties):
    events = coded(text, parties).events
    assert [(e.type, e.mode) for e in events] == [("SANCTION", "withdraw")]


@pytest.mark.parametrize(("text", "parties"), [
    ("Russia withdrew its troops from the border town.", {"Russia": "RUS"}),
    ("The army withdrew its forces from the northern province.", {"The army": "ETH"}),
])
def test_withdrawn_troops_stay_a_retreat(coded, text, parties):
    assert "RETREAT" in [e.type for e in coded(text, parties).events]


@pytest.mark.parametrize(("text", "parties", "event_type"), [
    ("\"The government must stop these cruel transfers and stop detaining migrants.\"",
     {"The government": "USA", "migrants": "HND"}, "COERCE"),
    ("\"The junta must release the jailed reporters now.\"",
     {"The junta": "MLI", "the jailed reporters": "MLI"}, "RETREAT"),
    ("\"The police must stop beating protesters,\" the opposition leader wrote.",
     {"The police": "KEN", "protesters": "KEN", "the opposition leader": "KEN"}, "ASSAULT"),
])
def test_an_act_that_must_be_done_or_stopped_is_not_asserted(coded, text, parties, event_type):
    assert asserted(coded(text, parties), event_type) == []


@pytest.mark.parametrize(("text", "parties", "event_type"), [
    ("Kenya is looking to Washington to veto the resolution.", {"Kenya": "KEN", "Washington": "USA"},
     "REJECT"),
    ("Hungary is looking to Brussels to lift the sanctions on its banks.",
     {"Hungary": "HUN", "Brussels": "EUR"}, "SANCTION"),
])
def test_an_act_someone_looks_to_another_for_is_not_asserted(coded, text, parties, event_type):
    assert asserted(coded(text, parties), event_type) == []


@pytest.mark.parametrize(("text", "parties", "event_type"), [
    ("The new law authorizes the coast guard to fire on foreign vessels.",
     {"the coast guard": "CHN", "foreign vessels": "PHL"}, "ASSAULT"),
    ("Parliament authorized the army to detain suspects without charge.",
     {"Parliament": "LKA", "the army": "LKA", "suspects": "LKA"}, "COERCE"),
])
def test_an_act_a_law_authorizes_is_not_asserted(coded, text, parties, event_type):
    assert asserted(coded(text, parties), event_type) == []


@pytest.mark.parametrize(("text", "parties", "event_type"), [
    ("Prosecutors say the two men hired a gunman to kill the journalist.",
     {"the two men": "IRN", "the journalist": "USA"}, "ASSAULT"),
    ("The cartel hired hitmen to attack the police station.", {"The cartel": "MEX"}, "ASSAULT"),
])
def test_an_act_someone_is_hired_for_is_not_asserted(coded, text, parties, event_type):
    assert asserted(coded(text, parties), event_type) == []


def test_an_ouster_and_a_diplomatic_break_stay_two_acts(coded):
    article = coded("Relations froze after the president was ousted in 2013, when both countries "
                    "withdrew their ambassadors.", {"the president": "EGY", "both countries": "TUR"})
    assert sorted(e.mode for e in article.events if e.type == "SANCTION") == ["expel", "withdraw"]


@pytest.mark.parametrize(("text", "parties", "event_type"), [
    ("The refugees said they were terrified of being deported to Myanmar.",
     {"The refugees": "MMR", "Myanmar": "MMR"}, "COERCE"),
    ("The activists are afraid of being arrested by the police.",
     {"The activists": "BLR", "the police": "BLR"}, "COERCE"),
    ("Many reporters live in fear of being detained by the security services.",
     {"Many reporters": "IRN", "the security services": "IRN"}, "COERCE"),
    ("Villagers are scared of being attacked by the militia again.",
     {"Villagers": "COD", "the militia": "COD"}, "ASSAULT"),
])
def test_an_act_someone_fears_is_not_asserted(coded, text, parties, event_type):
    assert asserted(coded(text, parties), event_type) == []


@pytest.mark.parametrize(("text", "parties", "event_type"), [
    ("Police detained the migrants at the border on Monday.",
     {"Police": "USA", "the migrants": "HND"}, "COERCE"),
    ("The coast guard fired on a foreign vessel near the reef.",
     {"The coast guard": "CHN", "a foreign vessel": "PHL"}, "ASSAULT"),
    ("The refugees said they were deported to Myanmar last week.",
     {"The refugees": "MMR", "Myanmar": "MMR"}, "COERCE"),
    ("Kenya vetoed the resolution on Friday.", {"Kenya": "KEN"}, "REJECT"),
    ("The activists were arrested by the police after the rally.",
     {"The activists": "BLR", "the police": "BLR"}, "COERCE"),
])
def test_acts_told_as_done_stay_asserted(coded, text, parties, event_type):
    assert asserted(coded(text, parties), event_type) != []


@pytest.mark.parametrize(("text", "parties", "event_type"), [
    ("Investigators looked at the attack on the embassy in Nairobi last week.",
     {"the embassy": "USA"}, "ASSAULT"),
    ("Inspectors looked into the shelling of the depot by the rebels.",
     {"the rebels": "SDN"}, "ASSAULT"),
])
def test_looking_at_an_act_leaves_it_asserted(coded, text, parties, event_type):
    """"Look" makes its act hypothetical only over an infinitive ("looking to Washington to
    veto"); what someone looks at or into is a real act (a review finding)."""
    assert asserted(coded(text, parties), event_type)


@pytest.mark.parametrize(("text", "parties"), [
    ("The council lifted sanctions imposed on Eritrea nine years ago.",
     {"The council": "UNO", "Eritrea": "ERI"}),
    ("Washington eased the tariffs imposed on Canadian steel last year.", {"Washington": "USA"}),
])
def test_a_participle_tells_of_no_new_act(coded, text, parties):
    """The noun a participle describes serves no-event rows ("the report released by"); it makes
    no new event of the participle ("sanctions imposed on X" are background to their lifting)."""
    assert "SANCTION" not in [e.type for e in coded(text, parties).events]
