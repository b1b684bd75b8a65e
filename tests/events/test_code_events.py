"""code_events: one behaviour per test, on hand-written sentences with hand-made actors."""

from __future__ import annotations

import pytest

from tests.events.conftest import countries


def only(article, event_type):
    found = [e for e in article.events if e.type == event_type]
    assert found, [(e.type, e.trigger.text) for e in article.events]
    return found[0]


@pytest.mark.parametrize("text, parties, event_type", [
    ("Jordan and Britain have agreed to undertake joint military exercises.",
     {"Jordan": "JOR", "Britain": "GBR"}, "AGREE"),
    ("India held talks with Afghanistan on Tuesday.", {"India": "IND", "Afghanistan": "AFG"}, "CONSULT"),
    ("Germany praised France for its efforts.", {"Germany": "DEU", "France": "FRA"}, "SUPPORT"),
    ("Serbia lifted a night curfew in Montenegro.", {"Serbia": "SRB"}, "CONCEDE"),
    ("Zambia extradited a suspect to Britain on Sunday.", {"Zambia": "ZMB", "Britain": "GBR"}, "COOPERATE"),
    ("Japan donated medicine to Nepal.", {"Japan": "JPN", "Nepal": "NPL"}, "AID"),
    ("Russia withdrew its troops from Georgia.", {"Russia": "RUS", "Georgia": "GEO"}, "RETREAT"),
    ("Egypt urged Israel to halt the offensive.", {"Egypt": "EGY", "Israel": "ISR"}, "REQUEST"),
    ("Albania denounced Serbia on Friday.", {"Albania": "ALB", "Serbia": "SRB"}, "ACCUSE"),
    ("Yemen rejected a request from Washington.", {"Yemen": "YEM", "Washington": "USA"}, "REJECT"),
    ("Iran threatened to shell Iraqi towns.", {"Iran": "IRN", "Iraqi": "IRQ"}, "THREATEN"),
    ("Thousands of Kenyans staged a protest against the government.", {"Kenyans": "KEN"}, "PROTEST"),
    # sanctions imposed are COERCE restrict (CAMEO 163, as CAMEO2PLOVER maps them); SANCTION
    # is cutting ties, aid or talks, and expelling
    ("Canada cut off aid to Russia.", {"Canada": "CAN", "Russia": "RUS"}, "SANCTION"),
    ("Canada imposed sanctions on Russia.", {"Canada": "CAN", "Russia": "RUS"}, "COERCE"),
    ("Israel deployed troops along the border with Lebanon.", {"Israel": "ISR"}, "MOBILIZE"),
    ("Egyptian police arrested 12 protesters.", {"Egyptian police": "EGY"}, "COERCE"),
    ("Sudanese rebels shelled the town of Juba.", {"Sudanese rebels": "SDN"}, "ASSAULT"),
])
def test_each_plover_type_is_coded(coded, text, parties, event_type):
    assert event_type in {e.type for e in coded(text, parties).events}


def test_subject_is_actor_and_object_is_recipient(coded):
    article = coded("Albania denounced Serbia on Friday.", {"Albania": "ALB", "Serbia": "SRB"})
    event = only(article, "ACCUSE")
    assert (countries(event.actor), countries(event.recipient)) == ({"ALB"}, {"SRB"})


def test_passive_agent_is_actor_and_subject_is_recipient(coded):
    article = coded("Three Iraqi soldiers were killed by Syrian rebels.",
                    {"Iraqi soldiers": "IRQ", "Syrian rebels": "SYR"})
    event = only(article, "ASSAULT")
    assert (countries(event.actor), countries(event.recipient)) == ({"SYR"}, {"IRQ"})


def test_coordinated_subjects_are_all_actors(coded):
    event = only(coded("France and Germany condemned Russia.",
                       {"France": "FRA", "Germany": "DEU", "Russia": "RUS"}), "ACCUSE")
    assert countries(event.actor) == {"FRA", "DEU"}


def test_possessive_nominal_event_has_actor_and_recipient(coded):
    text = "India's condemnation of Pakistan's airstrikes in Afghanistan was swift."
    article = coded(text, {"India": "IND", "Pakistan": "PAK", "Afghanistan": "AFG"})
    accuse, assault = only(article, "ACCUSE"), only(article, "ASSAULT")
    assert (countries(accuse.actor), countries(accuse.recipient)) == ({"IND"}, {"PAK"})
    assert (countries(assault.actor), countries(assault.recipient)) == ({"PAK"}, {"AFG"})


def test_reciprocal_meeting_puts_all_parties_in_actor(coded):
    event = only(coded("India met Afghanistan in Dubai.", {"India": "IND", "Afghanistan": "AFG"}), "CONSULT")
    assert countries(event.actor) == {"IND", "AFG"} and event.recipient == []


def test_control_verb_makes_one_agree_event(coded):
    article = coded("India agreed to offer material support to Afghanistan.",
                    {"India": "IND", "Afghanistan": "AFG"})
    assert [e.type for e in article.events] == ["AGREE"]
    assert countries(article.events[0].recipient) == {"AFG"}


def test_negation_is_marked(coded):
    article = coded("Israel did not attack Lebanon.", {"Israel": "ISR", "Lebanon": "LBN"})
    assert only(article, "ASSAULT").negated


@pytest.mark.parametrize("text, modality", [
    ("India will send aid to Nepal.", "future"),
    ("India is considering aid to Nepal.", "hypothetical"),
    ("India could attack Nepal.", "hypothetical"),
    ("India sent aid to Nepal.", "asserted"),
])
def test_modality_is_coded(coded, text, modality):
    article = coded(text, {"India": "IND", "Nepal": "NPL"})
    assert article.events and article.events[0].modality == modality


def test_considered_involvement_is_not_an_asserted_cooperation(coded):
    article = coded("India is considering further involvement in projects with Afghanistan.",
                    {"India": "IND", "Afghanistan": "AFG"})
    assert not [e for e in article.events if e.type in ("COOPERATE", "AID") and e.modality == "asserted"]


def test_future_cooperation_is_agree(coded):
    event = coded("Portugal will support Turkey's bid.", {"Portugal": "PRT", "Turkey": "TUR"}).events[0]
    assert (event.type, event.modality) == ("AGREE", "future")


def test_denied_report_is_reported_denied(coded):
    article = coded("Russia denied that its troops attacked Ukraine.", {"Russia": "RUS", "Ukraine": "UKR"})
    assert only(article, "ASSAULT").modality == "reported_denied"


@pytest.mark.parametrize("text, source", [
    ("Syria attacked Turkey, the Turkish foreign ministry said.", "the Turkish foreign ministry"),
    ("According to Reuters, Syria attacked Turkey.", "Reuters"),
])
def test_attribution_is_the_reporting_source(coded, text, source):
    event = only(coded(text, {"Syria": "SYR", "Turkey": "TUR"}), "ASSAULT")
    assert event.attribution is not None and event.attribution.text == source


def test_past_perfect_is_background(coded):
    article = coded("India had previously withdrawn its diplomats from Kabul.", {"India": "IND"})
    assert article.events and article.events[0].background


def test_dead_count_comes_from_the_clause(coded):
    article = coded("Pakistan's airstrikes in Afghanistan killed at least 46 civilians.",
                    {"Pakistan": "PAK", "Afghanistan": "AFG"})
    assert only(article, "ASSAULT").size.dead == 46


def test_arrest_count_is_recorded(coded):
    assert only(coded("Egyptian police arrested 30 protesters.", {"Egyptian police": "EGY"}),
                "COERCE").size.arrested == 30


def test_quantities_attach_to_the_aid_event(coded):
    text = ("India sent shipments of 50,000 tonnes of wheat and 100 million doses of the polio "
            "vaccine to Nepal.")
    quantities = only(coded(text, {"India": "IND", "Nepal": "NPL"}), "AID").size.quantities
    assert [(q.value, q.unit, q.item) for q in quantities] == [
        (50000, "tonne", "wheat"), (100000000, "dose", "polio vaccine")]


def test_forces_counted_attach_to_the_mobilize_event(coded):
    text = "Ruritania moved 12,000 troops and 30 tanks toward the border with Freedonia on Friday."
    event = only(coded(text, {"Ruritania": "RUR", "Freedonia": "FRE"}), "MOBILIZE")
    assert [(q.value, q.unit) for q in event.size.quantities] == [(12000, "troop"), (30, "tank")]


def test_a_quantity_needs_no_punctuation_after_it_when_it_has_no_item():
    from eventwire.events.size import quantities_in

    found = quantities_in("The navy sent 40 warships around the island", 0)
    assert [(start, q.value, q.unit, q.item) for start, q in found] == [(14, 40, "warship", None)]


def test_first_claim_attaches_to_the_event_in_the_sentence(coded):
    text = "India held its first-ever meeting with Afghanistan at this level."
    event = only(coded(text, {"India": "IND", "Afghanistan": "AFG"}), "CONSULT")
    assert event.claims and event.claims[0].text.startswith("first-ever meeting")


def test_anaphoric_first_claim_attaches_to_the_earlier_meeting(coded):
    text = "India met Afghanistan in Dubai. This marked the first official encounter between the two sides."
    article = coded(text, {"India": "IND", "Afghanistan": "AFG"})
    assert len(article.events) == 1 and article.events[0].claims


def test_event_ids_offsets_and_codes(coded):
    text = "Canada imposed sanctions on Russia."
    event = coded(text, {"Canada": "CAN", "Russia": "RUS"}).events[0]
    assert event.id == "t:ev-1" and text[event.trigger.start:event.trigger.end] == event.trigger.text
    assert (event.quad, event.cameo, event.sentence.index) == (4, "163", 0)
    assert 0 <= event.confidence <= 1 and event.trigger_token is not None


def test_questions_yield_no_events(coded):
    assert coded("Will Canada impose sanctions on Russia?", {"Canada": "CAN", "Russia": "RUS"}).events == []


def test_events_without_coded_parties_are_dropped(coded):
    assert coded("The meeting was long.", {}).events == []


def test_context_cues_are_added(coded):
    text = "Japan sent humanitarian aid for refugees to Nepal."
    event = coded(text, {"Japan": "JPN", "Nepal": "NPL"}).events[0]
    assert {"humanitarian", "migration"} <= set(event.contexts)


def test_a_casualty_participle_is_the_attacks_outcome_not_a_second_attack(coded):
    text = "Ruritanian troops shelled Freedonia on Sunday, killing seven Freedonian farmers."
    parties = {"Ruritanian troops": "RUR", "Freedonia": "FRE", "Freedonian farmers": "FRE"}
    [attack] = [e for e in coded(text, parties).events if e.type == "ASSAULT"]
    assert attack.size.dead == 7
    # the farmers are the toll; the shelling's own object is its target (events.roles.drop_following)
    assert [e.text for e in attack.recipient] == ["Freedonia"]


def test_a_nominal_attack_that_kills_is_one_event_with_its_toll(coded):
    text = "A Ruritanian drone strike on Freedonia killed eleven Freedonian guards on Monday."
    parties = {"Ruritanian": "RUR", "Freedonia": "FRE", "Freedonian guards": "FRE"}
    [attack] = [e for e in coded(text, parties).events if e.type == "ASSAULT"]
    assert attack.size.dead == 11


@pytest.mark.parametrize("text", [
    "Maria Lopez contributed to this report from Lagos.",
    "Staff writer Ken Obi contributed reporting from Abuja.",
])
def test_a_credit_line_is_no_aid(coded, text):
    assert coded(text).events == []


def test_a_contribution_of_money_is_still_aid(coded):
    text = "Japan contributed $5 million to the relief fund for Turkey."
    assert [e.type for e in coded(text, {"Japan": "JPN", "Turkey": "TUR"}).events] == ["AID"]
