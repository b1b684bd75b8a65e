"""Actors coded from how the text describes them (issue #20, mechanisms that hold for names
nobody listed): organisation names the recogniser took for a person, occupations in
apposition, a lone name that opens an earlier full name, a place written as an
organisation's possessor, "who helmed", and the article's country from small towns.

The sentences are our own; the names are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.actors.conftest import coded_entities, one_entity

from eventwire.actors.knowledge import ActorKnowledge
from eventwire.records import Entity


def _coded(nlp, knowledge: ActorKnowledge, text: str, date: dt.date = dt.date(2016, 9, 20)
           ) -> list[Entity]:
    return coded_entities(nlp, knowledge, text, date)




@pytest.mark.parametrize(("text", "name", "sector"), [
    ("Harmon Advisors issued a statement Tuesday.", "Harmon Advisors", "BUS"),
    ("Lakeview Recovery said the patient was doing well.", "Lakeview Recovery", "MED"),
])
def test_a_name_tagged_as_a_person_is_an_organisation_by_its_head_word(nlp, knowledge, text,
                                                                        name, sector) -> None:
    found = one_entity(_coded(nlp, knowledge, text), name)
    assert (found.kind, found.sector) == ("organisation", sector)


@pytest.mark.parametrize(("text", "sector"), [
    ("The plan comes from Dana Pruett, a financial adviser in the town.", "BUS"),
    ("The Angels made an offer to free agent Dana Pruett.", "CVL"),
    ("Dana Pruett, a surgeon, said the patients were stable.", "MED"),
    ("Dana Pruett, a banker, said the vote was close.", "BUS"),
    ("Dana Pruett, a pastor, said the vote was close.", "REL"),
])
def test_an_occupation_in_apposition_gives_the_sector(nlp, knowledge, text, sector) -> None:
    assert one_entity(_coded(nlp, knowledge, text), "Dana Pruett").sector == sector


def test_a_lone_name_opening_an_earlier_full_name_is_that_person(nlp, knowledge) -> None:
    entities = _coded(nlp, knowledge, "Retired basketball star Qiao Zhenfeng called for limits "
                                      "on internet use. Qiao said children need sleep.")
    assert one_entity(entities, "Qiao Zhenfeng").sector == "CVL"
    assert [e.sector for e in entities if e.text == "Qiao"] == ["CVL"]


def test_a_lone_name_two_full_names_open_stays_open(nlp, knowledge) -> None:
    entities = _coded(nlp, knowledge, "Qiao Zhenfeng, a columnist, and Qiao Lin, a pastor, "
                                      "spoke on Monday. Qiao said more.")
    assert [e.sector for e in entities if e.text == "Qiao"] != ["JRN"]
    assert [e.sector for e in entities if e.text == "Qiao"] != ["REL"]


def test_who_helmed_an_organisation_gives_its_sector(nlp, knowledge) -> None:
    entities = _coded(nlp, knowledge, '"Now is the time," said Olek Varga, who helmed the '
                                      "Democratic National Committee from 1995 to 1997.")
    assert (one_entity(entities, "Olek Varga").country, one_entity(entities, "Olek Varga").sector) == \
        ("USA", "PTY")


def test_small_towns_give_the_article_its_country(nlp, knowledge) -> None:
    entities = _coded(nlp, knowledge, "A blaze broke out at a supermarket in Reigate, Surrey, "
                                      "last night. Police said the fire was suspicious. "
                                      "Firefighters from Redhill fought it.")
    assert (one_entity(entities, "Police").country, one_entity(entities, "Police").sector) == ("GBR", "COP")


def test_a_broadcast_station_is_a_news_outlet(nlp, knowledge) -> None:
    entities = _coded(nlp, knowledge, "Witnesses told Harlow broadcast stations that the "
                                      "shooter had fled.")
    assert one_entity(entities, "broadcast stations").sector == "JRN"


def test_an_abbreviation_is_the_organisation_spelled_out_earlier(nlp, knowledge) -> None:
    entities = _coded(nlp, knowledge, "The Harlow Workers Alliance said on Monday it would "
                                      "strike. The HWA said talks had failed.")
    assert one_entity(entities, "HWA").sector == "LAB"


def test_an_abbreviation_no_earlier_name_spells_stays_open(nlp, knowledge) -> None:
    entities = _coded(nlp, knowledge, "The Harlow Workers Alliance said on Monday it would "
                                      "strike. The QRT said talks had failed.")
    assert one_entity(entities, "QRT").sector is None


@pytest.mark.parametrize(("text", "sector"), [
    ('"The bill is dangerous," White House Press Secretary Dana Pruett said.', "GOV"),
    ("Campaign press secretary Olek Varga said the rally would go on.", "PTY"),
])
def test_a_press_secretary_is_no_journalist(nlp, knowledge, text, sector) -> None:
    assert next(e for e in _coded(nlp, knowledge, text) if e.kind == "person").sector == sector
