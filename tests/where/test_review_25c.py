"""Review of round 25b places (commit a2a3f18): a capitalised word before a local body noun is a
town only when it is no common word, party or school read another way ("Liberal councillors",
"a Harvard man", "Best Man") unless the dateline or the local cluster backs it; a county moved to
the state its towns share counts only towns that could move, most those in its own sentence; and
"Venue, County" after a facility-labelled venue. The passages are our own; the last are shapes
whose reading must stay.
"""

from __future__ import annotations

import pytest

from eventwire.where.gazetteer import distance_km
from tests.where.conftest import overlapping, places_of

WITHIN_KM = 161.0

# (passage, word that must yield no place)
NO_PLACE = [
    ("Liberal councillors voted against the new parking levy on Tuesday.", "Liberal"),
    ("Green councillors walked out of the budget meeting in protest.", "Green"),
    ("Rain Man won the Oscar for best picture that year.", "Rain"),
    ("The Best Man opened at the top of the box office this weekend.", "Best"),
    ("The Marlboro Man became one of the best known advertising figures.", "Marlboro"),
    ("The senator, a Harvard man, said he would vote against the bill.", "Harvard"),
    ("Hope residents are urged to stay calm, the charity's leaflet said.", "Hope"),
    ("Justice residents of the care home were moved after the flood.", "Justice"),
]

# (passage, {toponym: (country, lat, lon)})
PLACED = [
    ("Jefferson County deputies arrested a man in Louisville on Monday. Separately, police in "
     "Birmingham and Bessemer detained two women after a robbery.",
     {"Jefferson County": ("USA", 38.19, -85.66)}),
    ("The flower show was held at Tatton Park, Cheshire, on Sunday.",
     {"Cheshire": ("GBR", 53.2, -2.6)}),
    # must stay
    ("Greene County deputies arrested a Springfield man after a chase that ended near "
     "Branson late Saturday.", {"Springfield": ("USA", 37.21, -93.29)}),
    ("Monroe County officials said snow closed schools in Rochester and Greece on Friday.",
     {"Rochester": ("USA", 43.15, -77.61)}),
    ("Bendigo council approved a new library on Wednesday.", {"Bendigo": ("AUS", -36.76, 144.28)}),
    ("A Wagga Wagga man was charged after a crash on the Sturt Highway.",
     {"Wagga Wagga": ("AUS", -35.12, 147.37)}),
    ("Hyderabad police said the city's metro would run late during the festival.",
     {"Hyderabad": ("IND", 17.39, 78.49)}),
    ("The county show returns this summer to Tatton Park, Cheshire, with sheepdog trials.",
     {"Cheshire": ("GBR", 53.2, -2.6)}),
    # every movable pick already in the winning state, an anchor town in another: nothing moves
    # (namesakes.shared_state once raised on an empty max() here, and the places were lost)
    ("Walton County deputies arrested a man in Monroe, Ga., on Monday. Separately, police in "
     "Birmingham said two officers were hurt.",
     {"Monroe": ("USA", 33.79, -83.71), "Birmingham": ("USA", 33.52, -86.80)}),
]


@pytest.mark.parametrize(("text", "word"), NO_PLACE, ids=[w for _, w in NO_PLACE])
def test_no_town_before_body(nlp, gazetteer, text, word):
    found = overlapping(places_of(nlp, gazetteer, text), text, word)
    assert not found, [(p.text, p.name, p.country, p.admin1) for p in found]


def placed_cases() -> list:
    return [pytest.param(text, name, *where, id=f"{name}-{' '.join(text.split()[:2])}")
            for text, places in PLACED for name, where in places.items()]


@pytest.mark.parametrize(("text", "name", "country", "lat", "lon"), placed_cases())
def test_placed(nlp, gazetteer, text, name, country, lat, lon):
    found = overlapping(places_of(nlp, gazetteer, text), text, name)
    assert found, f"{name} not found"
    shown = [(p.text, p.name, p.country, p.admin1, p.lat, p.lon) for p in found]
    assert all(p.country == country and p.lat is not None and p.lon is not None
               and distance_km(p.lat, p.lon, lat, lon) <= WITHIN_KM for p in found), shown
