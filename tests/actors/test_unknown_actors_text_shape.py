"""Actors the knowledge base does not know, round 2 (issue #20): what the shape of the text
says about them. A quote and its attribution are two mentions; a generational suffix is no
surname; a "Town, State" placement gives the article its country; a bare police title in a
crime story, a "where" clause on a hospital, a place inside a school's name, people placed
"in" a country; "former"/"retired" make a former official only of a public post; a one-word
organisation between a title and a surname is a given name.

The sentences are our own; the names are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.actors.conftest import coded_entities, one_entity

from eventwire.actors.knowledge import ActorKnowledge
from eventwire.actors.places import town_state_countries
from eventwire.records import Entity


def _coded(nlp, knowledge: ActorKnowledge, text: str, date: dt.date = dt.date(2013, 5, 1)
           ) -> list[Entity]:
    return coded_entities(nlp, knowledge, text, date)




def test_a_quote_and_its_speaker_are_two_mentions(nlp, knowledge) -> None:
    text = ("\u201cThere is a gap between the council and our military,\u201d Dana Pruett, a "
            "retired colonel, said on Friday.")
    entities = _coded(nlp, knowledge, text)
    assert not any("military" in e.text and "Pruett" in e.text for e in entities)
    assert one_entity(entities, "military").sector == "MIL"


def test_a_generational_suffix_is_no_surname(nlp, knowledge) -> None:
    text = ("Tobias Wrenfield Jr. was charged with murder on Monday. Prosecutors said "
            "Wrenfield had planned the attack.")
    entities = _coded(nlp, knowledge, text)
    assert one_entity(entities, "Tobias Wrenfield").sector == "CRM"
    assert [e.sector for e in entities if e.text == "Wrenfield"] == ["CRM"]


def test_a_town_state_placement_gives_the_article_its_country(nlp, knowledge) -> None:
    text = ("Marla Quenby checked into a clinic in Harbor Dunes , Calif . , on Thursday . "
            "Quenby left after an hour .")
    assert town_state_countries(nlp(text))["USA"] >= 2
    assert one_entity(_coded(nlp, knowledge, text), "Marla Quenby").country == "USA"


def test_a_division_that_is_also_a_country_places_nothing(nlp) -> None:
    assert not town_state_countries(nlp("She moved from Marneville, Georgia, last year."))


def test_a_deputy_in_a_crime_story_is_police(nlp, knowledge) -> None:
    text = ("The gunman shot Deputy Lorne Pascoe , 35 , outside an apartment . "
            "The shooting started a manhunt .")
    assert one_entity(_coded(nlp, knowledge, text), "Lorne Pascoe").sector == "COP"


def test_a_spokeswoman_in_a_where_clause_works_there(nlp, knowledge) -> None:
    text = ("The two men were taken to Ashgrove Hospital, where spokeswoman Nell Varga said "
            "they were in stable condition.")
    assert one_entity(_coded(nlp, knowledge, text), "Nell Varga").sector == "MED"


def test_a_place_inside_a_school_name_places_it_and_its_staff(nlp, knowledge) -> None:
    text = ("Dr. Ivo Rantala, a co-author from the University of Kettlemoor in South Africa, "
            "said the risk was growing.")
    entities = _coded(nlp, knowledge, text)
    assert (one_entity(entities, "Kettlemoor").country, one_entity(entities, "Ivo Rantala").country) \
        == ("ZAF", "ZAF")


def test_people_placed_in_a_country_are_its_people(nlp, knowledge) -> None:
    entities = _coded(nlp, knowledge, "Villagers in Fiji have been forced from their homes.")
    assert (one_entity(entities, "Villagers").country, one_entity(entities, "Villagers").sector) \
        == ("FJI", "CVL")


def test_former_and_retired_make_former_officials_only_of_public_posts(nlp, knowledge) -> None:
    officer = _coded(nlp, knowledge, "Retired Lt. Gen. Corin Dalby said the plan was sound.")
    assert one_entity(officer, "Corin Dalby").sector == "ELI"
    lecturer = _coded(nlp, knowledge, "Former university lecturer Corin Dalby said it was sound.")
    assert one_entity(lecturer, "Corin Dalby").sector != "ELI"


@pytest.mark.parametrize("surname", ["Meyerhoff", "Kowalczyk"])
def test_a_one_word_organisation_between_a_title_and_a_surname_is_a_given_name(
        nlp, knowledge, surname) -> None:
    text = (f"Relatives waited outside . Detective Dawn {surname} , one of the lead "
            "investigators , said the case was closed .")
    person = one_entity(_coded(nlp, knowledge, text), surname)
    assert (person.kind, person.sector) == ("person", "COP")


def test_a_capitalised_title_before_the_name_outranks_the_school_after_it(nlp, knowledge) -> None:
    text = ("\"We need talks,\" said Turkish Presidential Advisor Oren Talvik of Istanbul's "
            "Marmora University.")
    assert one_entity(_coded(nlp, knowledge, text), "Oren Talvik").sector == "GOV"


def test_militants_in_a_country_are_not_made_its_own(nlp, knowledge) -> None:
    text = "Officials accused Ruritania of backing militants in Afghanistan on Monday."
    assert one_entity(_coded(nlp, knowledge, text), "militants").country is None
