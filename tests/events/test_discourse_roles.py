"""Roles from discourse and syntax repairs (issue 5): office nouns, meeting counterparts,
possessors, responses, outcomes, reported obligations and third-party meetings."""

from __future__ import annotations

from eventwire.events import code_events, load_triggers, refine_modes
from eventwire.events.coref import resolve_nominals
from eventwire.records import Entity, Place
from tests.conftest import make_article
from tests.events.conftest import countries, entity, typed


def test_an_office_noun_takes_the_country_of_the_last_holder_of_that_office():
    earlier = Entity("Chile's ambassador, Ana Soto", 0, 28, name="Ana Soto", country="CHL",
                     office="ambassador", kind="person")
    later = Entity("the ambassador", 60, 74, office="ambassador", kind="nominal")
    assert resolve_nominals([earlier, later])[1].country == "CHL"


def test_a_possessor_misparsed_as_object_is_not_the_recipient(coded):
    text = "Soto also conveyed Chile's fears that rebels could use Peru's soil to mount attacks."
    article = coded(text, {"Soto": "CHL", "Chile": "CHL", "Peru": "PER"})
    assert "CHL" not in countries(typed(article, "ACCUSE").recipient)


def test_an_exchange_after_a_meeting_is_addressed_to_the_other_side(nlp):
    text = "Chile held talks with Peru on Monday. Officials say that Peru requested the meeting."
    article = make_article(nlp, text)
    article.actors = [entity(text, "Chile", "CHL"), entity(text, "Peru", "PER"),
                      entity(text, "Peru", "PER", 1)]
    code_events(article, load_triggers())
    assert countries(typed(article, "REQUEST").recipient) == {"CHL"}


def test_in_response_to_a_request_names_the_recipient(coded):
    text = "In response to Peru's request, Chile agreed to offer material support."
    article = coded(text, {"Peru": "PER", "Chile": "CHL"})
    assert countries(typed(article, "AGREE").recipient) == {"PER"}


def test_a_relative_clause_with_casualties_is_the_attack_s_clause(coded):
    text = "Chile condemned Peru's airstrikes in Bolivia, which killed 12 civilians in late May."
    article = coded(text, {"Chile": "CHL", "Peru": "PER", "Bolivia": "BOL"})
    assault = [e for e in article.events if e.type == "ASSAULT"]
    assert len(assault) == 1 and assault[0].size.dead == 12
    assert article.doc[assault[0].trigger_token].lower_ == "killed"


def test_a_reported_must_is_a_demand_on_the_clause_subject(coded):
    text = "The minister of Chile said that Peru must drop its barriers to exports."
    article = coded(text, {"The minister of Chile": "CHL", "Peru": "PER"})
    event = typed(article, "REQUEST")
    assert (countries(event.actor), countries(event.recipient)) == ({"CHL"}, {"PER"})


def test_announced_future_concessions_are_agreements(coded):
    article = coded("Chile will lift the curfew in Arica next week.", {"Chile": "CHL"})
    assert [e.type for e in article.events] == ["AGREE"]


def test_a_patient_without_a_country_is_kept_as_an_uncoded_recipient(coded):
    article = coded("Chile lifted a travel ban on foreign journalists.", {"Chile": "CHL"})
    event = typed(article, "CONCEDE")
    assert [e.text for e in event.recipient] == ["foreign journalists"]
    assert event.recipient[0].country is None


def test_a_meeting_in_a_third_country_is_third_party(coded):
    article = coded("Chile met Peru in Dubai on Monday.", {"Chile": "CHL", "Peru": "PER"})
    event = typed(article, "CONSULT")
    event.location = Place("Dubai", 15, 20, name="Dubai", country="ARE", resolution="city")
    refine_modes(article)
    assert event.mode == "third-party"


def test_a_meeting_at_home_keeps_its_mode(coded):
    article = coded("Chile met Peru in Lima on Monday.", {"Chile": "CHL", "Peru": "PER"})
    event = typed(article, "CONSULT")
    event.location = Place("Lima", 15, 19, name="Lima", country="PER", resolution="city")
    refine_modes(article)
    assert event.mode is None


def test_a_participle_standing_for_people_is_no_event(coded):
    article = coded("Chilean helicopters evacuated the wounded from Arica.",
                    {"Chilean helicopters": "CHL"})
    assert "ASSAULT" not in {e.type for e in article.events}


def test_a_must_clause_explaining_a_rally_is_no_demand(coded):
    article = coded("Chilean activists staged rallies against the president, saying he must resign.",
                    {"Chilean activists": "CHL"})
    assert "REQUEST" not in {e.type for e in article.events}
