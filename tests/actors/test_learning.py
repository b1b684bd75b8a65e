"""What appositions and possessive titles teach: article.meta["learned"] (issue 4)."""

from __future__ import annotations

import pytest
from tests.conftest import make_article

from eventwire.actors import code_actors, load_actor_knowledge


@pytest.fixture(scope="module")
def knowledge():
    return load_actor_knowledge()


def _learned(nlp, knowledge, text, published="2025-02-01"):
    article = make_article(nlp, text, published=published)
    code_actors(article, knowledge)
    return article.meta["learned"]


def test_possessive_title_teaches_a_dated_fact_with_its_sentence(nlp, knowledge):
    text = "Talks began. Nepal's Foreign Secretary Amrit Rai met officials on Monday."
    [fact] = _learned(nlp, knowledge, text)
    assert (fact["name"], fact["country"], fact["sector"], fact["office"], fact["date"]) == (
        "Amrit Rai", "NPL", "GOV", "Foreign Secretary", "2025-02-01")
    assert fact["aliases"] == ["Rai"]
    assert text[fact["sentence_start"]:fact["sentence_end"]].startswith("Nepal's Foreign Secretary")
    assert text[fact["start"]:fact["end"]] == "Nepal's Foreign Secretary Amrit Rai"


def test_apposition_teaches_the_person_and_office(nlp, knowledge):
    [fact] = _learned(nlp, knowledge, "Ravi Kumaran, Sri Lanka's deputy defence minister, "
                                      "arrived later.")
    assert (fact["name"], fact["country"], fact["office"]) == (
        "Ravi Kumaran", "LKA", "deputy defence minister")


def test_the_learned_country_is_the_one_the_text_states(nlp, knowledge):
    [fact] = _learned(nlp, knowledge, "Kenya's Interior Minister Vikram Misri visited Nairobi.")
    assert (fact["name"], fact["country"]) == ("Vikram Misri", "KEN")


@pytest.mark.parametrize("text", [
    "Amrit Rai met officials on Monday.",                        # no title
    "Former foreign minister Amrit Rai met officials.",          # a former office is no office
    "The foreign secretary met officials on Monday.",            # no name
])
def test_nothing_is_learned_without_name_title_and_country(nlp, knowledge, text):
    assert _learned(nlp, knowledge, text) == []


def test_who_heads_clause_codes_and_teaches_the_person(nlp, knowledge):
    text = ("Mohammad Naeem, who heads the Taliban's political office in Doha, said the "
            "meeting went well.")
    article = make_article(nlp, text, published="2021-09-01")
    code_actors(article, knowledge)
    [naeem] = [e for e in article.actors if e.name == "Mohammad Naeem"]
    assert (naeem.country, naeem.sector) == ("AFG", "GOV")
    [fact] = article.meta["learned"]
    assert (fact["name"], fact["country"], fact["office"]) == (
        "Mohammad Naeem", "AFG", "Head of Taliban political office")
