"""Round 27: names NER splits, calendar words tagged places, and local councils.

Towns whose name opens with a demonym ("Spanish Town", "American Fork") that NER cuts after
the demonym; feasts, months, quarters and company names tagged places after "in"; a town before
its own local body ("the X City Council") in an article about a US state; territories whose
name opens with a demonym ("American Samoa", "French Guiana"); a name followed by its division
word ("X parish", "Y District"); and a lone county whose name many states share, which must
not make an article local. Every passage was written for this test (imagined events); each
maps a toponym as written to (country, lat, lon): the place found must be in that country
and, when lat/lon are given, within 161 km of that point (approximate, from general knowledge).
"""

from __future__ import annotations

import pytest

from tests.where.conftest import assert_placed, overlapping, placed_cases, places_of

# (kind, passage, {toponym as written: (country, lat, lon)})
PASSAGES: list[tuple[str, str, dict[str, tuple[str, float | None, float | None]]]] = [
    ("demonym-town", "A bus driver was robbed at gunpoint in Spanish Town late on Friday, Jamaican "
     "police said.",
     {"Spanish Town": ("JAM", 17.99, -76.96)}),
    ("demonym-town", "Traffic backed up for miles near American Fork after a truck overturned on the "
     "interstate, Utah troopers said.",
     {"American Fork": ("USA", 40.38, -111.8)}),
    ("demonym-town", "Floodwater entered dozens of homes in English Bazar, and officials in West Bengal "
     "opened relief camps.",
     {"English Bazar": ("IND", 25.0, 88.14)}),
    ("council", "The Paris City Council approved a new water tower on Monday, and the mayor said "
     "the town would ask Texas for a grant to pay for it.",
     {"Paris": ("USA", 33.66, -95.55), "Texas": ("USA", None, None)}),
    ("council", "Members of the Rome City Council argued over a parking plan on Tuesday, days after "
     "Georgia lawmakers cut road money for Floyd County.",
     {"Rome": ("USA", 34.26, -85.16)}),
    ("council", "The Athens City Council in Ohio voted to rename a street near the university, "
     "a move students had urged for a year.",
     {"Athens": ("USA", 39.33, -82.1)}),
    ("territory", "A cargo ship docked in Pago Pago as American Samoa braced for a tropical storm, "
     "officials said.",
     {"American Samoa": ("ASM", -14.3, -170.7)}),
    ("territory", "A rocket lifted off from Kourou in French Guiana on Thursday carrying two "
     "weather satellites.",
     {"French Guiana": ("GUF", 4.0, -53.0)}),
    ("territory", "Tourism in French Polynesia rebounded last year, with more visitors to Tahiti "
     "than ever before.",
     {"French Polynesia": ("PYF", None, None)}),
    ("division", "Heavy rain caused landslides in Portland parish, and several roads in the east "
     "of Jamaica were blocked.",
     {"Portland": ("JAM", 18.1, -76.5)}),
    ("division", "Tea pickers in Kandy District went on strike over pay, a Sri Lankan union leader "
     "said.",
     {"Kandy": ("LKA", 7.29, 80.63)}),
    ("division", "Aid reached villages in Gorkha District a week after the quake, Nepali officials "
     "said.",
     {"Gorkha": ("NPL", 28.0, 84.63)}),
    ("shared-county", "A Washington County man was charged with burglary in Dublin after a chase "
     "on Sunday.",
     {"Dublin": ("IRL", 53.35, -6.26)}),
    ("shared-county", "A Franklin County teacher was fined for speeding in Athens on Friday.",
     {"Athens": ("GRC", 37.98, 23.73)}),
    ("must-stay", "A Lamar County deputy found the stolen truck in Paris, and Dallas police "
     "thanked him.",
     {"Paris": ("USA", 33.66, -95.55)}),
    ("must-stay", "A Marion County nurse was stopped for speeding in Berlin, Ohio troopers said.",
     {"Berlin": ("USA", None, None)}),
    ("must-stay", "Chancellor talks in Berlin ended late on Wednesday, German officials said.",
     {"Berlin": ("DEU", 52.52, 13.4)}),
    ("must-stay", "Fashion week opened in Paris on Tuesday with shows across the French capital.",
     {"Paris": ("FRA", 48.86, 2.35)}),
    ("code", "Rents in LA rose again last month, a California housing group said.",
     {"LA": ("USA", 34.05, -118.24)}),
    ("must-stay", "Lawmakers in DC returned from recess on Monday to a crowded agenda.",
     {"DC": ("USA", 38.9, -77.0)}),
    ("must-stay", "Storm damage closed the port in Cape Town, South African officials said.",
     {"Cape Town": ("ZAF", -33.92, 18.42)}),
    ("must-stay", "Fishing boats returned to Apia after the cyclone passed Samoa on Saturday.",
     {"Samoa": ("WSM", None, None)}),
]

# (toponym, first three words of the passage) -> why it is not fixed in round 27
NOT_YET: dict[tuple[str, str], str] = {
    ("English Bazar", "Floodwater entered dozens"):
        "NER tags 'English' a place (England) and the gazetteer knows the town only by an "
        "alternate name of Malda, which a demonym-opened name may not take",
    ("Rome", "Members of the"):
        "'Georgia' beside it is read as the country, so the article's places lie in two "
        "countries and the local namesake is not sought",
    ("Portland", "Heavy rain caused"):
        "the gazetteer holds no parishes of Jamaica; 'Portland parish' cannot be looked up as a "
        "division and the biggest Portland wins",
    ("Gorkha", "Aid reached villages"):
        "the gazetteer lacks Gorkha (town and district): found in Nepal but without a point",
    ("LA", "Rents in LA"):
        "'LA' is left out of the state codes on purpose (admin1.tsv header) and no alias of "
        "Los Angeles: NER's GPE is dropped",
}




@pytest.mark.parametrize(("text", "name", "country", "lat", "lon"), placed_cases(PASSAGES, NOT_YET))
def test_toponym_found_and_placed(nlp, gazetteer, text, name, country, lat, lon):
    assert_placed(places_of(nlp, gazetteer, text), text, name, country, lat, lon)


NO_PLACE_NOT_YET: dict[str, str] = {}


@pytest.mark.parametrize(("text", "name"), [
    pytest.param("Sweet shops were packed in Diwali week, and traders expect more sales next year.",
                 "Diwali", id="feast-after-in"),
    pytest.param("Pilgrims gathered in Muharram as they do every year, the organisers said.",
                 "Muharram", id="islamic-month-after-in"),
    pytest.param("Flower markets were crowded before Tet, and prices doubled in the last week.",
                 "Tet", id="lunar-new-year"),
    pytest.param("Sales fell in Q3 after a strong spring, the retailer said on Thursday.",
                 "Q3", id="quarter-after-in"),
    pytest.param("Investors showed little interest in Pemex bonds after the downgrade.",
                 "Pemex", id="company-after-in"),
    pytest.param("Shops stayed shut in Ramadan afternoons, and traffic eased across the city.",
                 "Ramadan", id="fasting-month-after-in"),
])
def test_calendar_and_company_words_are_no_places(nlp, gazetteer, text, name):
    found = overlapping(places_of(nlp, gazetteer, text), text, name)
    assert not found, [(p.text, p.name, p.country) for p in found]
