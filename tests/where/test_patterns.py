"""Toponyms found through the shape of the text (where/patterns.py).

The unit tests build docs with spaCy's blank English tokenizer and set entities by hand, and
look names up in a small made-up gazetteer, so that they say exactly which pattern is meant.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from eventwire.where import patterns
from eventwire.where.gazetteer import Candidate
from tests.where.conftest import places_of


def _place(name, kind="city", country="USA", admin1="US.KY", lat=37.0, lon=-86.0,
           population=50_000, alternate=False, record=0):
    return Candidate(record, record or None, name, country, None, admin1, lat, lon,
                     population, kind, alternate)


GAZETTEER = {
    "bowling green": [_place("Bowling Green", record=1),
                      _place("Bowling Green", admin1="US.OH", lat=41.4, lon=-83.6, record=2)],
    "kentucky": [_place("Kentucky", kind="admin1", population=0, record=3)],
    "almelo": [_place("Almelo", country="NLD", admin1="NL.15", lat=52.36, lon=6.66, record=4)],
    "hilversum": [_place("Hilversum", country="NLD", admin1="NL.07", lat=52.22, lon=5.18,
                         record=5)],
    "smith": [_place("Smith", admin1="US.OR", lat=44.0, lon=-120.0, record=6)],
    "germany": [_place("Germany", kind="country", country="DEU", admin1=None, record=7)],
    "hayes": [_place("Hayes", country="GBR", admin1="GB.ENG", lat=51.51, lon=-0.42, record=8)],
    "west": [_place("West", country="GBR", admin1="GB.ENG", lat=51.5, lon=-0.3, record=9)],
}


def lookup(text):
    return GAZETTEER.get(text.lower(), [])


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


def doc_with(blank, text, ents=()):
    """A doc of `text` whose entities are `ents`: (first word, word count, label)."""
    doc = blank(text)
    words = [t.text for t in doc]
    doc.ents = [Span(doc, words.index(first), words.index(first) + size, label=label)
                for first, size, label in ents]
    return doc


def texts(doc, found):
    return [doc[start:end].text for start, end, _ in found]


def test_an_unknown_place_entity_is_split_at_its_comma(blank):
    doc = doc_with(blank, "They raced at Bowling Green , Kentucky last year",
                   [("Bowling", 4, "GPE")])
    assert texts(doc, patterns.split_unknown(doc.ents[0], lookup)) == ["Bowling Green",
                                                                       "Kentucky"]


def test_an_unknown_place_entity_takes_the_well_known_place_inside_it(blank):
    doc = doc_with(blank, "Comparisons with Nazi Germany were made", [("Nazi", 2, "GPE")])
    found = patterns.split_unknown(doc.ents[0], lookup)
    assert texts(doc, found) == ["Nazi Germany"]
    assert [c.name for c in found[0][2]] == ["Germany"]


def test_a_town_before_its_state_is_found_and_keeps_only_that_states_namesake(blank):
    doc = doc_with(blank, "The plant at Bowling Green , Kentucky will open")
    mention = (6, 7, GAZETTEER["kentucky"])
    found = patterns.town_and_region(doc, [mention], lookup, {6})
    assert texts(doc, found) == ["Bowling Green"]
    assert [c.admin1_code for c in found[0][2]] == ["US.KY"]


def test_a_town_before_another_state_is_not_taken(blank):
    doc = doc_with(blank, "The plant at Smith , Kentucky will open")
    assert patterns.town_and_region(doc, [(5, 6, GAZETTEER["kentucky"])], lookup, {5}) == []


def test_a_town_coordinated_with_a_nearby_town_is_found(blank):
    doc = doc_with(blank, "The train stops in Hilversum and Almelo daily", [("Almelo", 1, "PERSON")])
    found = patterns.coordinated_towns(doc, [(4, 5, GAZETTEER["hilversum"])], lookup, {4})
    assert texts(doc, found) == ["Almelo"]


def test_a_far_namesake_coordinated_with_a_town_is_not_taken(blank):
    doc = doc_with(blank, "The train stops in Hilversum and Smith daily")
    assert patterns.coordinated_towns(doc, [(4, 5, GAZETTEER["hilversum"])], lookup, {4}) == []


def test_a_piece_of_a_persons_full_name_is_not_a_coordinated_town(blank):
    doc = doc_with(blank, "He met in Hilversum and Almelo Jansen later",
                   [("Almelo", 2, "PERSON")])
    assert patterns.coordinated_towns(doc, [(3, 4, GAZETTEER["hilversum"])], lookup, {3}) == []


LONDON = [(51.5, -0.12)]


PREPOSITIONS = frozenset({"in", "of", "to"})


def after_prepositions(doc, points, person_words=frozenset()):
    return patterns.towns_after_prepositions(doc, points, lookup, set(), PREPOSITIONS,
                                             set(person_words))


def test_a_town_after_a_preposition_near_the_article_is_found(blank):
    doc = doc_with(blank, "Miss Abdhou , of Hayes , was not a target", [("Hayes", 1, "PERSON")])
    assert texts(doc, after_prepositions(doc, LONDON)) == ["Hayes"]


def test_a_town_after_a_preposition_far_from_the_article_is_not_taken(blank):
    doc = doc_with(blank, "Miss Abdhou , of Hayes , was not a target")
    assert after_prepositions(doc, [(40.0, -75.0)]) == []


@pytest.mark.parametrize("text", ["Tom Hayes spoke and Hayes left",      # no preposition
                                  "They spoke to Hayes later",           # a surname
                                  "They looked to West for help",        # a generic word
                                  "Officials in Hayes Wood said so"])    # a longer name
def test_names_that_are_not_towns_after_a_preposition(blank, text):
    doc = doc_with(blank, text)
    assert after_prepositions(doc, LONDON, {"tom", "hayes"} if "to Hayes" in text else ()) == []


def test_a_town_opening_an_organisation_near_the_article_is_found(blank):
    doc = doc_with(blank, "The Hayes Fire Service said", [("Hayes", 3, "ORG")])
    found = patterns.towns_opening_organisations(doc, LONDON, lookup, set(), set())
    assert texts(doc, found) == ["Hayes"]


def test_a_founders_name_opening_an_organisation_is_not_a_town(blank):
    doc = doc_with(blank, "The Hayes Fire Service said", [("Hayes", 3, "ORG")])
    assert patterns.towns_opening_organisations(doc, LONDON, lookup, set(), {"hayes"}) == []


def test_a_town_before_its_state_resolves_in_that_state(nlp, gazetteer):
    text = "The company will build the car at its plant in Bowling Green, Kentucky, next year."
    place = next(p for p in places_of(nlp, gazetteer, text) if "Bowling" in p.text)
    assert (place.country, place.admin1) == ("USA", "Kentucky")
