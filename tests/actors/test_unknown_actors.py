"""Actors the knowledge base does not know (issue #20): police ranks, titled names the model
leaves untagged, plural titles shared by conjoined names, people accused elsewhere in the
text, "former" without a post, the article's country from the actors it knows, civic groups
named by their head word; and the curated classes behind them (UN representatives, sports
clubs and leagues, US party committees).

The sentences are our own; the names in the coding tests are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.actors.conftest import coded_entities, one_entity

from eventwire.actors.knowledge import ActorKnowledge
from eventwire.records import Entity


def _coded(nlp, knowledge: ActorKnowledge, text: str, date: dt.date = dt.date(2012, 5, 1)
           ) -> list[Entity]:
    return coded_entities(nlp, knowledge, text, date)




# ---- titles ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The shots came from the car , said Harlow police Lt . Dana Pruett . Pruett said more.",
    "Harlow police Sgt. Dana Pruett said the shots came from the car. Pruett said more.",
])
def test_a_police_rank_cut_off_by_its_period_still_makes_the_officer(nlp, knowledge, text) -> None:
    entities = _coded(nlp, knowledge, text)
    assert one_entity(entities, "Dana Pruett").sector == "COP"
    assert [e.sector for e in entities if e.text == "Pruett"] == ["COP"]


def test_a_military_rank_beside_a_police_noun_is_the_police(nlp, knowledge) -> None:
    entities = _coded(nlp, knowledge, "Harlow police Lieutenant Dana Pruett said the car fled.")
    assert one_entity(entities, "Dana Pruett").sector == "COP"
    entities = _coded(nlp, knowledge, "Army Lieutenant Dana Pruett was wounded on patrol.")
    assert one_entity(entities, "Dana Pruett").sector == "MIL"


def test_a_sentence_ending_in_a_title_lends_it_to_no_one(nlp, knowledge) -> None:
    entities = _coded(nlp, knowledge, "He met the Army Sgt. Dana Pruett told reporters.")
    assert one_entity(entities, "Dana Pruett").sector != "MIL"


def test_both_titled_names_are_actors(nlp, knowledge) -> None:
    entities = _coded(nlp, knowledge, "Representative Dana Pruett and Representative Olek "
                                      "Varga criticised the deal.")
    assert one_entity(entities, "Dana Pruett").sector == "LEG"
    assert one_entity(entities, "Olek Varga").sector == "LEG"


def test_a_plural_title_is_every_conjoined_names(nlp, knowledge) -> None:
    entities = _coded(nlp, knowledge, "Senators Dana Pruett and Olek Varga criticised the deal.")
    assert one_entity(entities, "Dana Pruett").sector == "LEG"
    assert one_entity(entities, "Olek Varga").sector == "LEG"
    entities = _coded(nlp, knowledge, "Senator Dana Pruett and Olek Varga, a farmer, spoke.")
    assert one_entity(entities, "Olek Varga").sector != "LEG"


def test_a_campaign_spokesman_speaks_for_a_party(nlp, knowledge) -> None:
    entities = _coded(nlp, knowledge, "Pruett campaign spokesman Olek Varga said she was well.")
    assert one_entity(entities, "Olek Varga").sector == "PTY"


# ---- private people ----------------------------------------------------------------------

def test_a_person_accused_later_is_accused_from_the_first_mention(nlp, knowledge) -> None:
    text = ("The gunman was Tomas Orlik, a 41-year-old resident. A neighbour, Dana Pruett, "
            "heard the shots. Orlik was charged with murder on Monday.")
    entities = _coded(nlp, knowledge, text)
    assert one_entity(entities, "Tomas Orlik").sector == "CRM"
    assert one_entity(entities, "Dana Pruett").sector == "CVL"


def test_an_accused_surname_leaves_a_namesake_relative_alone(nlp, knowledge) -> None:
    text = ("The gunman was John Lopez Jr., 41. Records list Maria Lopez as his wife. "
            "Lopez was charged with murder on Monday.")
    entities = _coded(nlp, knowledge, text)
    assert one_entity(entities, "Maria Lopez").sector == "CVL"
    assert [e.sector for e in entities if e.text == "Lopez"] == ["CRM"]


def test_former_needs_a_post(nlp, knowledge) -> None:
    entities = _coded(nlp, knowledge, "Former college football player Tomas Orlik was "
                                      "sentenced on Saturday.")
    assert one_entity(entities, "Tomas Orlik").sector == "CRM"
    entities = _coded(nlp, knowledge, "Former Ohio Gov. Tomas Orlik said so on Sunday.")
    assert one_entity(entities, "Tomas Orlik").sector == "ELI"


# ---- the article's country and unknown organisations ---------------------------------------

def test_the_known_actors_give_the_article_its_country(nlp, knowledge) -> None:
    text = ("Tomas Orlik signed with the Red Sox after the Yankees made an offer. Dana "
            "Pruett, a reporter who covers the club, says the offer is large.")
    entities = _coded(nlp, knowledge, text)
    assert (one_entity(entities, "Tomas Orlik").country, one_entity(entities, "Tomas Orlik").sector) \
        == ("USA", "CVL")
    assert one_entity(entities, "Dana Pruett").country == "USA"


@pytest.mark.parametrize("name", ["the Harlow Valley Society", "Citizens for Fair Rents",
                                  "the Mwangi Foundation"])
def test_a_civic_group_named_by_its_words_is_of_the_articles_country(nlp, knowledge,
                                                                    name: str) -> None:
    text = (f"In Kenya, {name} criticised the new tax. Kenya's parliament passed it anyway. "
            "Kenyan farmers say it will hurt them.")
    entity = one_entity(_coded(nlp, knowledge, text), name.replace("the ", ""))
    assert (entity.country, entity.sector) == ("KEN", "SOC")


# ---- curated classes -----------------------------------------------------------------------

@pytest.mark.parametrize(("name", "person_id", "date", "country"), [
    ("Kim Song", "person:kim-song", "2024-06-01", "PRK"),
    ("Song Kim", "person:kim-song", "2024-06-01", "PRK"),
    ("Vitaly Churkin", "person:vitaliy-churkin", "2016-06-01", "RUS"),
    ("Samantha Power", "person:samantha-power", "2015-06-01", "USA"),
    ("Geng Shuang", "person:geng-shuang", "2023-06-01", "CHN"),
    ("Nikki Haley", "person:nikki-haley", "2018-06-01", "USA"),
])
def test_representatives_to_the_un(in_office, name: str, person_id: str, date: str,
                                   country: str) -> None:
    row = in_office(name, person_id, date)
    assert (row.country, row.sector) == (country, "GOV")


def test_a_representative_who_left_is_a_former_official(knowledge: ActorKnowledge) -> None:
    row, former = knowledge.person_at("person:vitaliy-churkin", dt.date(2018, 1, 1))
    assert former and row is not None and row.end == dt.date(2017, 2, 20)


@pytest.mark.parametrize(("name", "org_id", "country", "sector"), [
    ("76ers", "org:philadelphia-76ers", "USA", "BUS"),
    ("Sixers", "org:philadelphia-76ers", "USA", "BUS"),
    ("Toronto Raptors", "org:toronto-raptors", "CAN", "BUS"),
    ("NCAA", "org:ncaa", "USA", "EDU"),
    ("DNC", "org:democratic-national-committee", "USA", "PTY"),
])
def test_clubs_leagues_and_party_committees(org_on, name: str, org_id: str, country: str,
                                            sector: str) -> None:
    row = org_on(name, org_id, "2016-01-01")
    assert (row.country, row.sector) == (country, sector)


def test_a_common_word_nickname_is_no_club(ids_of) -> None:
    assert not ids_of("Giants", "org:") & {"org:new-york-giants", "org:san-francisco-giants"}
