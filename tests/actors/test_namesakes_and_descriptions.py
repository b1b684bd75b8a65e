"""Round 4 of the rules for names nobody listed (issue #20): a weak source's namesake needs
the article's support, an organisation's own name keeps it an actor after "into"/"at", a later
description ("the Australian actor") places the person it stands for, and a person owning a
role noun ("Ana Ruiz's attorney") is a mention of their own.

The sentences are our own; the names are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.actors.conftest import core_data

from eventwire.actors.document import code_doc
from eventwire.actors.knowledge import ActorKnowledge, load_actor_knowledge
from eventwire.records import Entity

HEADER = "id\tname\taliases\tcountry\tsector\toffice\tstart\tend\tsource\n"
DATE = dt.date(2013, 5, 3)


@pytest.fixture(scope="module")
def phoenix_knowledge(tmp_path_factory: pytest.TempPathFactory) -> ActorKnowledge:
    """The core files and one person known only from Phoenix, whose rows cover DATE."""
    return load_actor_knowledge(core_data(tmp_path_factory.mktemp("data"), {
        "phoenix-people.tsv": HEADER + "person:dorin-vascu\tDorin Vascu\t\tMDA\tGOV\t\t2011-01-01"
                              "\t2014-12-31\tphoenix:test\n"}))


def _coded(nlp, knowledge: ActorKnowledge, text: str) -> list[Entity]:
    return code_doc(nlp(text), text, knowledge, DATE)


def _one(entities: list[Entity], words: str) -> Entity:
    return next(e for e in entities if e.text.endswith(words) or e.text == words)


def test_a_weak_sources_namesake_without_support_is_an_unknown_person(nlp, phoenix_knowledge
                                                                      ) -> None:
    text = ("A gunman shot two people in Dayton, Ohio, on Monday. Police Sgt. Dorin Vascu said "
            "the suspect fled. Vascu said officers found the car.")
    found = _coded(nlp, phoenix_knowledge, text)
    assert all(e.known_as is None for e in found if "Vascu" in e.text)
    assert _one(found, "Vascu").country == "USA"


@pytest.mark.parametrize("text", [
    "Moldova's parliament met on Monday. Dorin Vascu said the vote would be held soon.",
    "Minister Dorin Vascu said the vote would be held soon.",
])
def test_the_article_or_a_title_supports_a_weak_sources_person(nlp, phoenix_knowledge,
                                                                text) -> None:
    found = _one(_coded(nlp, phoenix_knowledge, text), "Dorin Vascu")
    assert (found.known_as, found.country) == ("person:dorin-vascu", "MDA")


@pytest.mark.parametrize(("text", "name"), [
    ("Tara Pruett has checked herself into Lakeshore Treatment Center, her agent said.",
     "Lakeshore Treatment Center"),
    ("Dana Pruett was settling in at Morningside Recovery, her lawyer told a judge.",
     "Morningside Recovery"),
])
def test_an_organisation_named_as_such_stays_an_actor_after_into_or_at(nlp, knowledge, text,
                                                                        name) -> None:
    found = _one(_coded(nlp, knowledge, text), name)
    assert (found.kind, found.sector) == ("organisation", "MED")


def test_a_later_description_gives_the_person_its_country(nlp, knowledge) -> None:
    text = ("Dana Pruett will host the awards ceremony in Los Angeles this year. The Australian "
            "actor has been selected because he is fun, the producers said. Pruett sings at home.")
    found = _coded(nlp, knowledge, text)
    assert [e.country for e in found if "Pruett" in e.text] == ["AUS", "AUS"]


def test_a_description_of_a_state_body_places_no_one(nlp, knowledge) -> None:
    text = ("Dana Pruett spoke in Chicago on Monday. The Chinese government said it would "
            "respond.")
    assert _one(_coded(nlp, knowledge, text), "Dana Pruett").country != "CHN"


def test_a_person_owning_a_role_noun_is_a_mention_of_their_own(nlp, knowledge) -> None:
    text = "Dana Pruett's attorney said Thursday the singer had checked into a clinic in Ohio."
    found = _coded(nlp, knowledge, text)
    person = _one(found, "Dana Pruett")
    assert (person.text, person.sector) == ("Dana Pruett", "CVL")
    assert _one(found, "attorney").sector == "JUD"


def test_an_owned_role_takes_its_owners_country(nlp, knowledge) -> None:
    text = "Ukrainian President Ivan Sirko's press secretary, Olena Tkach, spoke in Berlin."
    found = _coded(nlp, knowledge, text)
    secretary = _one(found, "Olena Tkach")
    assert (secretary.name, secretary.country) == ("Olena Tkach", "UKR")


def test_a_leaders_government_stays_one_mention(nlp, knowledge) -> None:
    text = "Lawmakers criticised President Ivan Sirko's government on Monday."
    assert any(e.text.endswith("Sirko's government") for e in _coded(nlp, knowledge, text))
