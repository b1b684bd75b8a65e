"""Issue #21, round 15: toponym precision on news we never tuned on, in passages written for
this test.

- A seat of government (the ``metonyms`` of actors/data/countries.tsv: the White House, the
  Kremlin, the Pentagon, the Élysée) is a place only where the text names the building: after
  a preposition of place, or before a noun of its grounds. It lies in its country's capital,
  never in a namesake town abroad ("White House" is also Casa Blanca, Morocco). As a doer, an
  owner or a modifier it is the government, and no toponym (where/seats.py). A seat named
  like a neighbourhood of the capital ("Capitol Hill") is that neighbourhood.
- A small town NER tags a person or an organisation is taken back on a strong cue: "nearby"
  and a town near the article's towns, or a preposition and a town of a state the article
  names (where/patterns.py towns_after_prepositions).
"""

from __future__ import annotations

import pytest

from eventwire.where.toponyms import find_places
from tests.conftest import make_article
from tests.where.test_country_context import found_as

# (text, toponym, country, town): a seat named as a building lies in its capital
LITERAL: list[tuple[str, str, str, str]] = [
    ("President Trump hosted the Turkish president in the White House on Wednesday.",
     "White House", "USA", "Washington"),
    ("The two leaders met at the White House to discuss trade.",
     "White House", "USA", "Washington"),
    ("Hundreds of protesters marched to the White House after the verdict.",
     "White House", "USA", "Washington"),
    ("Reporters waited on the White House lawn for the helicopter to land.",
     "White House", "USA", "Washington"),
    ("The former adviser was barred from the White House for a month.",
     "White House", "USA", "Washington"),
    ("A small crowd gathered outside the Kremlin despite the cold.",
     "Kremlin", "RUS", "Moscow"),
    ("Flags flew at half mast over the Kremlin's walls on Sunday.",
     "Kremlin", "RUS", "Moscow"),
    ("The visiting general was received at the Pentagon on Tuesday.",
     "Pentagon", "USA", "Washington"),
    ("Macron welcomed the chancellor at the Élysée on Monday evening.",
     "Élysée", "FRA", "Paris"),
    ("Lawmakers returned to Capitol Hill after the recess.",
     "Capitol Hill", "USA", "Capitol Hill"),
]

# (text, seat): a seat standing for its government is no place
GOVERNMENT: list[tuple[str, str]] = [
    ("The White House said on Friday that the talks would go on.", "White House"),
    ("White House aides said the president was tired after the trip.", "White House"),
    ("A White House spokeswoman declined to comment on the report.", "White House"),
    ("The Kremlin denied any part in the attack.", "Kremlin"),
    ("A Kremlin spokesman said Moscow would answer in kind.", "Kremlin"),
    ("The Pentagon announced new rules for transgender troops.", "Pentagon"),
    ("The Élysée Palace said Macron would fly to Berlin.", "Élysée Palace"),
    ("Negotiators kept talking with the Kremlin through the night.", "Kremlin"),
    # "to" and "from" also name a source or an addressee
    ("The envoy met his counterpart on Monday, according to the White House.", "White House"),
    ("A statement from the White House said the talks went well.", "White House"),
]

# (text, town, country): a small town NER tags a person or an organisation, on a strong cue
SMALL_TOWNS: list[tuple[str, str, str]] = [
    ("Residents of Perth, Ontario, and nearby Smiths Falls were told to stay indoors.",
     "Smiths Falls", "CAN"),
    ("The Lagos State government said commuters from Ikorodu should use the ferry.",
     "Ikorodu", "NGA"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "country", "town"), LITERAL)
def test_a_seat_named_as_a_building_lies_in_its_capital(nlp, gazetteer, text, name, country,
                                                        town):
    article = make_article(nlp, text)
    find_places(article, gazetteer)
    place = found_as(article.places, text, name)
    assert place is not None and (place.country, place.name) == (country, town), article.places


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name"), GOVERNMENT)
def test_a_seat_standing_for_its_government_is_no_place(nlp, gazetteer, text, name):
    article = make_article(nlp, text)
    find_places(article, gazetteer)
    assert found_as(article.places, text, name) is None, article.places


@pytest.mark.slow
def test_other_places_of_the_sentence_stay(nlp, gazetteer):
    """Only the seat goes: Moscow, named beside "the Kremlin said", stays a place."""
    text = "The Kremlin said Moscow would answer in kind."
    article = make_article(nlp, text)
    find_places(article, gazetteer)
    place = found_as(article.places, text, "Moscow")
    assert place is not None and place.country == "RUS", article.places


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "country"), SMALL_TOWNS)
def test_a_small_town_tagged_otherwise_is_taken_on_a_strong_cue(nlp, gazetteer, text, name,
                                                                 country):
    article = make_article(nlp, text)
    find_places(article, gazetteer)
    place = found_as(article.places, text, name)
    assert place is not None and place.country == country, article.places


@pytest.mark.slow
def test_a_person_after_a_preposition_is_no_town_of_the_state(nlp, gazetteer):
    """A town of the article's state is taken after a preposition only when NER does not tag
    it a person: "a statement from Jones" is Mr Jones, not Jones, Oklahoma."""
    text = ("Oklahoma officials said the storm hit hard overnight. A statement from Mike Jones, "
            "the county judge, said the roads were closed, and Jones said more rain was coming.")
    article = make_article(nlp, text)
    find_places(article, gazetteer)
    assert not [p for p in article.places if p.text == "Jones"], article.places
