"""code_actors on small hand-written texts: spans, titles, coreference, parties, dates."""

from __future__ import annotations

import pytest
from tests.conftest import make_article

from eventwire.actors import code_actors, load_actor_knowledge


@pytest.fixture(scope="module")
def knowledge():
    return load_actor_knowledge()


def _coded(nlp, knowledge, text, published="2025-01-09"):
    article = make_article(nlp, text, published=published)
    code_actors(article, knowledge)
    return article


def _by_text(article, text):
    return [e for e in article.actors if e.text == text]


def test_offsets_are_exact(nlp, knowledge):
    article = _coded(nlp, knowledge, "Afghan Taliban’s acting foreign minister, Amir Khan Muttaqi, "
                                      "met India’s Foreign Secretary Vikram Misri in Dubai.")
    assert article.actors
    assert all(article.text[e.start:e.end] == e.text for e in article.actors)


def test_possessive_title_makes_one_mention(nlp, knowledge):
    article = _coded(nlp, knowledge, "Officials said India’s Foreign Secretary Vikram Misri "
                                      "arrived on Monday.")
    [misri] = _by_text(article, "India’s Foreign Secretary Vikram Misri")
    assert (misri.name, misri.country, misri.sector, misri.office) == (
        "Vikram Misri", "IND", "GOV", "Foreign Secretary")


def test_apposition_codes_the_person(nlp, knowledge):
    article = _coded(nlp, knowledge, "Afghan Taliban’s acting foreign minister, Amir Khan Muttaqi, "
                                      "met officials.")
    [muttaqi] = _by_text(article, "Afghan Taliban’s acting foreign minister, Amir Khan Muttaqi")
    assert (muttaqi.country, muttaqi.sector, muttaqi.office) == ("AFG", "GOV", "acting foreign minister")


def test_unknown_person_takes_country_from_possessive(nlp, knowledge):
    article = _coded(nlp, knowledge, "India’s ambassador to Qatar, Deepak Mittal, held talks.")
    [mittal] = [e for e in article.actors if e.name == "Deepak Mittal"]
    assert (mittal.country, mittal.sector) == ("IND", "GOV")


def test_later_surname_gets_the_same_coding(nlp, knowledge):
    article = _coded(nlp, knowledge, "India’s ambassador to Qatar, Deepak Mittal, held talks on "
                                      "Tuesday. Mittal also conveyed India’s fears.")
    [later] = [e for e in article.actors if e.text == "Mittal"]
    assert (later.name, later.country, later.sector) == ("Deepak Mittal", "IND", "GOV")


def test_afghan_side_is_afghanistan(nlp, knowledge):
    article = _coded(nlp, knowledge, "During the talks, the Afghan side acknowledged the concerns.")
    [side] = _by_text(article, "the Afghan side")
    assert side.country == "AFG"


def test_both_sides_gives_one_entity_per_party(nlp, knowledge):
    article = _coded(nlp, knowledge, "Muttaqi met Misri in Dubai on Wednesday. "
                                      "Both sides discussed trade.")
    parties = _by_text(article, "Both sides")
    assert sorted(e.country for e in parties) == ["AFG", "IND"]
    assert len({(e.start, e.end) for e in parties}) == 1


def test_compound_actor_splits_with_own_spans(nlp, knowledge):
    text = "Japan, the US, Australia and India agreed to cooperate."
    article = _coded(nlp, knowledge, text)
    assert [(e.text, e.country) for e in article.actors] == [
        ("Japan", "JPN"), ("the US", "USA"), ("Australia", "AUS"), ("India", "IND")]


def test_two_country_subject_splits(nlp, knowledge):
    article = _coded(nlp, knowledge, "India and Pakistan traded accusations.")
    assert [e.country for e in article.actors] == ["IND", "PAK"]


@pytest.mark.parametrize(("published", "sector"), [("2020-06-01", "REB"), ("2022-06-01", "GOV")])
def test_taliban_status_follows_the_date(nlp, knowledge, published, sector):
    article = _coded(nlp, knowledge, "The Taliban said they would attend.", published=published)
    [taliban] = [e for e in article.actors if e.known_as == "org:taliban"]
    assert (taliban.country, taliban.sector) == ("AFG", sector)


def test_city_after_in_is_not_an_actor(nlp, knowledge):
    article = _coded(nlp, knowledge, "The two ministers met in Dubai on Wednesday.")
    assert not [e for e in article.actors if e.text == "Dubai"]


def test_sponsor_prefix_does_not_give_country(nlp, knowledge):
    article = _coded(nlp, knowledge, "The US-backed Kabul government fell.", published="2021-01-01")
    [government] = [e for e in article.actors if "government" in e.text]
    assert government.country == "AFG"


def test_former_makes_eli(nlp, knowledge):
    article = _coded(nlp, knowledge, "Former president Ashraf Ghani left.")
    [ghani] = [e for e in article.actors if e.name == "Ashraf Ghani"]
    assert ghani.sector == "ELI"


def test_writes_empty_list_for_text_without_actors(nlp, knowledge):
    article = _coded(nlp, knowledge, "It rained all day.")
    assert article.actors == []
