"""Issue #21, round 14: wrong countries found on international news we never tuned on (the
causes, in sentences written for this test): a country in a list of countries read as a town
the next country holds ("Iraq, Iran": Arak of Iran is also called Iraq), "Korea" read as a
village of Ivory Coast, and a word in lower case taken for a town inside a person entity.
"""

from __future__ import annotations

import pytest

from eventwire.where.toponyms import find_places
from tests.conftest import make_article
from tests.where.test_country_context import found_as

# (text, toponym, country)
COUNTRIES: list[tuple[str, str, str]] = [
    # a list is no "Paris, Texas" qualifier: Iran does not put "Iraq" in Iran
    ("Russia sells missiles to many buyers, and so do Iraq, Iran, Syria and Egypt.",
     "Iraq", "IRQ"),
    ("Trade with Chile, Peru, Brazil and Mexico grew last year.", "Chile", "CHL"),
    # "Korea" alone is South Korea, as GeoWebNews reads it, not Koréa of Ivory Coast
    ("She spent ten years at the State Department as director for Korea policy.",
     "Korea", "KOR"),
    ("Exports from Korea fell by four per cent in March.", "Korea", "KOR"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "country"), COUNTRIES)
def test_a_country_named_in_news_gets_its_country(nlp, gazetteer, text, name, country):
    article = make_article(nlp, text)
    find_places(article, gazetteer)
    place = found_as(article.places, text, name)
    assert place is not None and place.country == country, place


@pytest.mark.slow
def test_a_word_in_lower_case_is_no_town(nlp, gazetteer):
    text = "Thousands of families are hiding in the bush without food or water, aid workers said."
    article = make_article(nlp, text)
    find_places(article, gazetteer)
    assert found_as(article.places, text, "bush") is None, article.places


@pytest.mark.slow
def test_a_qualifier_ending_the_name_still_holds(nlp, gazetteer):
    """"Paris, Texas" stands alone: the list rule leaves it be."""
    text = "The band played in Paris, Texas, before heading home."
    article = make_article(nlp, text)
    find_places(article, gazetteer)
    place = found_as(article.places, text, "Paris")
    assert place is not None and (place.country, place.admin1) == ("USA", "Texas"), place
