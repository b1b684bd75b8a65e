"""Toponyms found inside names, repeats, datelines and abbreviations (issue 21, round 3).

They are found (GeoWebNews scores them) but those that only name something ("Slidell PD",
"the U.S.-led coalition", "Germany's embassy") are flagged in ``article.meta`` so that
where/locate.py never takes them as where an event happened.
"""

from __future__ import annotations

import pytest
import spacy

from eventwire.where import find_places, patterns
from eventwire.where.toponyms import NAMED_PLACES
from tests.conftest import make_article
from tests.where.test_locate_events import locate
from tests.where.test_patterns import doc_with, lookup, texts


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


def found(nlp, gazetteer, text):
    """(text, country, flagged as naming only) of each place found in `text`."""
    article = make_article(nlp, text)
    find_places(article, gazetteer)
    named = article.meta[NAMED_PLACES]
    return [(p.text, p.country, (p.start, p.end) in named) for p in article.places]


def test_a_place_name_repeated_in_an_organisation_is_the_same_place(nlp, gazetteer):
    text = ("A boy drowned in a pool in Slidell, Louisiana, on Sunday. Photos were released "
            "by Slidell PD on Monday.")
    assert found(nlp, gazetteer, text)[-1] == ("Slidell", "USA", True)


def test_a_town_repeated_as_a_person_opening_a_sentence_is_the_town(nlp, gazetteer):
    text = "Rebels held the town of Douma in Syria for years.\n\nDouma's fall would end the siege."
    assert found(nlp, gazetteer, text)[-1] == ("Douma", "SYR", True)


def test_a_small_namesake_is_not_repeated_through_a_common_word(nlp, gazetteer):
    # "Centre" is a village somewhere; "the Centre" of an Indian article is the government
    text = "The Centre said the scheme would be framed soon, and the Centre asked for time."
    assert all(not named for _, _, named in found(nlp, gazetteer, text))


def test_a_dateline_in_capitals_after_a_byline_is_found(nlp, gazetteer):
    text = "By Jane Doe. BOSTON (Reuters) - The mayor spoke on Monday."
    assert ("BOSTON", "USA", False) in found(nlp, gazetteer, text)


def test_a_country_closing_an_organisation_after_of_is_found(nlp, gazetteer):
    assert ("America", "USA", False) in found(nlp, gazetteer,
                                               "He worked for Bank of America for ten years.")


def test_a_dotted_abbreviation_before_a_hyphen_is_found_with_its_own_offsets(nlp, gazetteer):
    text = "Israel and other nations in the U.S.-led coalition fought the group."
    article = make_article(nlp, text)
    find_places(article, gazetteer)
    place = next(p for p in article.places if p.country == "USA")
    assert text[place.start:place.end] == "U.S."
    assert (place.start, place.end) in article.meta[NAMED_PLACES]


def test_the_country_sending_an_embassy_is_found_but_flagged(nlp, gazetteer):
    places = found(nlp, gazetteer, "Officials gathered at Germany's embassy in Kabul on Friday.")
    assert ("Germany", "DEU", True) in places and ("Kabul", "AFG", False) in places


def test_a_repeated_name_does_not_locate_an_event(nlp, gazetteer):
    text = ("A man was arrested on Sunday in Slidell, Louisiana. Officers of Slidell PD "
            "said he fled.")
    event = locate(nlp, gazetteer, text, "fled").events[0]
    assert event.location is None


@pytest.mark.parametrize("text", ["Superintendents for Bowling Green Public Schools met",
                                  "Parents said Bowling Green Public Schools would open"])
def test_a_nearby_town_opening_an_untagged_name_is_found(blank, text):
    doc = doc_with(blank, text)
    hits = patterns.towns_opening_organisations(doc, [(37.0, -86.0)], lookup, set(), set())
    assert texts(doc, hits) == ["Bowling Green"]


def test_a_repeat_is_not_taken_after_an_honorific(blank):
    doc = doc_with(blank, "Chen spoke and Mr. Chen left")
    assert patterns.echoes(doc, {"chen"}, set()) == [(0, 1)]


@pytest.mark.parametrize(("name", "country"), [("Korea", "KOR"),
                                               ("Democratic People's Republic of Korea", "PRK")])
def test_korea_names_resolve(gazetteer, name, country):
    assert any(c.country == country and c.kind == "country" for c in gazetteer.lookup(name))


def test_a_long_country_name_tagged_as_an_organisation_is_found_whole(nlp, gazetteer):
    text = "Officials said the Democratic People's Republic of Korea fired a missile."
    places = found(nlp, gazetteer, text)
    assert [(t, c) for t, c, _ in places] == [("Democratic People's Republic of Korea", "PRK")]


@pytest.mark.parametrize("text", ["Croix voted and St. Croix stayed home",
                                  "Croix voted and Croix des Bouquets stayed home"])
def test_a_repeat_is_not_taken_inside_a_longer_name(blank, text):
    doc = doc_with(blank, text)
    assert patterns.echoes(doc, {"croix"}, set()) == [(0, 1)]
