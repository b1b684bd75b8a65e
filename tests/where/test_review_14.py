"""Issue #21, review of round 14's seat and town rules, on passages written for this test.

- A seat name that is also a real town ("Whitehall", "Westminster", "Miraflores") is the seat
  only in its own form ("the White House", with the article) or beside words of its country;
  qualified by a place ("Whitehall, Ohio", "the Capitol Hill neighborhood of Seattle") it is
  left to the ordinary resolution (where/seats.py).
- A seat name with a number ("No 10") needs another seat of its country beside it
  ("Downing Street"): "No 10 in the world rankings" is no place.
- "from" after a message ("the announcement came from the White House") names a source.
- A town of a state the article names is not taken on a word that names a body ("returned to
  Congress") (where/patterns.py towns_after_prepositions).
"""

from __future__ import annotations

import pytest

from eventwire.where.gazetteer import distance_km
from eventwire.where.toponyms import find_places
from tests.conftest import make_article
from tests.where.test_country_context import found_as

# (text, toponym, a country it must not be given): a seat name that is a town elsewhere
NAMESAKES: list[tuple[str, str, str]] = [
    ("A man was shot in Whitehall, Ohio, on Tuesday, Columbus police said.", "Whitehall", "GBR"),
    ("Police in Westminster, Colorado, arrested two men near Denver on Friday.", "Westminster", "GBR"),
    ("Tourists lined up in Miraflores, the seaside district of Lima, Peru.", "Miraflores", "VEN"),
    ("Flood water rose in Westminster, Maryland, overnight.", "Westminster", "GBR"),
    ("The bakery in Miraflores, Lima, reopened on Monday.", "Miraflores", "VEN"),
]

# (text, seat): no place at all
NO_PLACE: list[tuple[str, str]] = [
    ("Nadal climbed to No 10 in the world rankings after his win in Madrid.", "No 10"),
    ("The song debuted at No 10 on the chart in Nashville.", "No 10"),
    ("She rose to No. 10 in the rankings after the final.", "No. 10"),
    ("The announcement came from the White House late on Friday.", "White House"),
    ("Word came from the Kremlin that the talks were off.", "Kremlin"),
    ("A statement was issued from the Pentagon on Monday.", "Pentagon"),
]

# (text, toponym, country, town): the seat reading stays where the text gives it
SEATS: list[tuple[str, str, str, str]] = [
    ("The British prime minister spoke to reporters in Whitehall on Monday.",
     "Whitehall", "GBR", "London"),
    ("Reporters gathered outside No 10 Downing Street before the budget.",
     "No 10", "GBR", "London"),
    ("The envoy flew from the White House to Camp David.", "White House", "USA", "Washington"),
]

# sentences where a word naming a body is no town of the state the article names
BODIES: list[tuple[str, str]] = [
    ("Arizona senators returned to Congress on Tuesday.", "Congress"),
    ("Arizona's governor wrote to Congress on Friday after officials from Phoenix spoke.",
     "Congress"),
    ("Ohio lawmakers sent the bill to Senate leaders in the spring.", "Senate"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "country"), NAMESAKES)
def test_a_qualified_namesake_of_a_seat_is_not_the_seat(nlp, gazetteer, text, name, country):
    article = make_article(nlp, text)
    find_places(article, gazetteer)
    place = found_as(article.places, text, name)
    assert place is None or place.country != country, article.places


@pytest.mark.slow
def test_a_namesake_town_keeps_its_ordinary_reading(nlp, gazetteer):
    """As before the seat rules: Whitehall, Ohio is a town of the United States."""
    text = "A man was shot in Whitehall, Ohio, on Tuesday, Columbus police said."
    article = make_article(nlp, text)
    find_places(article, gazetteer)
    place = found_as(article.places, text, "Whitehall")
    assert place is not None and place.country == "USA", article.places


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name"), NO_PLACE)
def test_a_number_or_a_source_is_no_place(nlp, gazetteer, text, name):
    article = make_article(nlp, text)
    find_places(article, gazetteer)
    assert found_as(article.places, text, name) is None, article.places


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "country", "town"), SEATS)
def test_a_seat_in_its_own_context_lies_in_its_capital(nlp, gazetteer, text, name, country,
                                                       town):
    article = make_article(nlp, text)
    find_places(article, gazetteer)
    place = found_as(article.places, text, name)
    assert place is not None and (place.country, place.name) == (country, town), article.places


@pytest.mark.slow
def test_a_seat_area_of_another_town_is_not_the_seat(nlp, gazetteer):
    """"the Capitol Hill neighborhood of Seattle" is no part of Washington, DC."""
    text = "Protesters marched through the Capitol Hill neighborhood of Seattle on Sunday."
    article = make_article(nlp, text)
    find_places(article, gazetteer)
    place = found_as(article.places, text, "Capitol Hill")
    washington = gazetteer.town("Washington", "USA")
    assert place is None or place.lat is None or distance_km(
        place.lat, place.lon, washington.lat, washington.lon) > 100, article.places


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name"), BODIES)
def test_a_body_is_no_town_of_the_state(nlp, gazetteer, text, name):
    article = make_article(nlp, text)
    find_places(article, gazetteer)
    assert found_as(article.places, text, name) is None, article.places
