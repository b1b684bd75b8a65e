"""Issue #21, round 9: local news. Counties as context for the towns of their state, a town's
namesake in the article's state before a world capital of the name, AP-style state
abbreviations after a town ("Macon, Ga."), and UK, Canadian and Australian local paragraphs.

The paragraphs are made up for this test; each maps a toponym as written to the country
(ISO alpha-3) a reader would give it, and the admin1 name where the paragraph says it.
"""

from __future__ import annotations

import pytest

from eventwire.where.toponyms import find_places
from tests.conftest import make_article
from tests.where.test_country_context import found_as

# (text, {toponym: (country, admin1 or None)})
PARAGRAPHS: list[tuple[str, dict[str, tuple[str, str | None]]]] = [
    # a county of the state pulls a town named like a capital abroad home
    ("Deputies from Lamar County arrested a man in Paris on Tuesday after a chase that began "
     "near the courthouse.",
     {"Lamar County": ("USA", None), "Paris": ("USA", "Texas")}),
    ("The Fulton County school board met in Roswell on Monday to discuss the new budget.",
     {"Fulton County": ("USA", None), "Roswell": ("USA", "Georgia")}),
    # all the other places in one state: the namesake there beats the capital abroad
    ("A fire destroyed a barn outside Athens on Sunday. Firefighters from Tyler and "
     "Longview helped put it out, and the road to Dallas was closed for hours.",
     {"Athens": ("USA", "Texas"), "Tyler": ("USA", "Texas"), "Longview": ("USA", "Texas"),
      "Dallas": ("USA", "Texas")}),
    ("Students from Moscow drove to Pocatello for the state tournament, and "
     "the final will be played in Boise.",
     {"Moscow": ("USA", "Idaho"), "Pocatello": ("USA", "Idaho"), "Boise": ("USA", "Idaho")}),
    # AP-style abbreviations of the state after a town
    ("The company will open a plant in Macon, Ga., and move its offices to Albany, N.Y., "
     "next year.",
     {"Macon": ("USA", "Georgia"), "Albany": ("USA", "New York")}),
    ("The senator spoke in Springfield, Ill., before flying to Portland, Ore., for a rally.",
     {"Springfield": ("USA", "Illinois"), "Portland": ("USA", "Oregon")}),
    ("A tornado touched down near Jackson, Miss., and another near Columbia, Mo., late on "
     "Friday.",
     {"Jackson": ("USA", "Mississippi"), "Columbia": ("USA", "Missouri")}),
    ("The suspect was arrested in Manchester, N.H., and later charged in Lancaster, Pa.",
     {"Manchester": ("USA", "New Hampshire"), "Lancaster": ("USA", "Pennsylvania")}),
    # a state after the town holds it to that state's towns, even one known only by an
    # alternate name; a list of places is no such qualifier
    ("The governor toured a factory in Springfield, Wis., on Monday.",
     {"Springfield": ("USA", "Wisconsin")}),
    ("The delegation will visit Washington, New York and Chicago before flying home.",
     {"Washington": ("USA", "District of Columbia"), "New York": ("USA", "New York")}),
    # a facility named like a small town abroad is no town, nor context for the rest
    ("The Metro will add trains to the Silver Line next year, officials in Virginia said.",
     {"Virginia": ("USA", None)}),
    # a world capital stays abroad when the text says so
    ("The mayor flew from Dallas to Paris, France, to meet investors on Monday.",
     {"Dallas": ("USA", "Texas"), "Paris": ("FRA", None)}),
    # UK, Canadian and Australian local news
    ("Police in Leeds said a man from Bradford had been arrested after the crash on the M62 "
     "near Huddersfield.",
     {"Leeds": ("GBR", None), "Bradford": ("GBR", None), "Huddersfield": ("GBR", None)}),
    ("Residents of London, Ontario, and Kitchener were told to boil their water after the "
     "flood.",
     {"London": ("CAN", None), "Kitchener": ("CAN", None)}),
    ("Crews from Ballarat and Bendigo joined the search near Geelong on Thursday.",
     {"Ballarat": ("AUS", None), "Bendigo": ("AUS", None), "Geelong": ("AUS", None)}),
]


# open: a US state alone in a sentence against a town of its name abroad ("Virginia", a town
# of South Africa) is a near tie of the ranker's kind and population terms; round 14's refit
# tipped it to the state, coder.14's final refit (after the seats and county changes) back,
# coder.17's refit (natural features) to the state again
OPEN: set[tuple[str, str]] = set()


def _cases() -> list[tuple[str, str, str, str | None]]:
    return [(text, name, country, admin1) for text, expected in PARAGRAPHS
            for name, (country, admin1) in expected.items()]


def _param(case: tuple[str, str, str, str | None]) -> object:
    marks = [pytest.mark.xfail(reason="open: a lone state against a namesake town abroad",
                               strict=True)] if case[1:3] in OPEN else []
    return pytest.param(*case, id=f"{case[1]}-{case[2]}", marks=marks)


def test_the_set_has_at_least_20_toponyms():
    assert len(_cases()) >= 20


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "country", "admin1"),
                         [_param(case) for case in _cases()])
def test_a_local_toponym_gets_the_readers_place(nlp, gazetteer, text, name, country, admin1):
    article = make_article(nlp, text)
    find_places(article, gazetteer)
    place = found_as(article.places, text, name)
    assert place is not None and place.country == country, place
    assert admin1 is None or place.admin1 == admin1, place


# names NER tags GPE that are written like codes, acronyms or abbreviations: no place
CODED: list[tuple[str, str]] = [
    ("Her son raced in GT3 and DTM last season.", "GT3"),
    ("Lawmakers passed HB 415 on Tuesday after a long debate.", "HB 415"),
    ("Visitors to IoTX can see the latest sensors for smart homes.", "IoTX"),
    ("The new rules on AI and robotics were debated in ICON on Friday.", "AI"),
    ("The new rules on AI and robotics were debated in ICON on Friday.", "ICON"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name"), CODED)
def test_a_name_written_like_a_code_is_no_unknown_place(nlp, gazetteer, text, name):
    article = make_article(nlp, text)
    find_places(article, gazetteer)
    place = found_as(article.places, text, name)
    assert place is None or place.resolution != "unknown", place


def test_coded_names():
    from eventwire.where.toponyms import _acronym

    assert _acronym("MoD") and _acronym("UK") and not _acronym("Leeds") and not _acronym("New York")


@pytest.mark.slow
def test_a_facility_named_like_a_town_abroad_is_no_town(nlp, gazetteer):
    text = "Commuters in Arlington waited for the Metro after the storm, and buses ran late in Fairfax."
    article = make_article(nlp, text)
    find_places(article, gazetteer)
    place = found_as(article.places, text, "Metro")
    assert place is None or place.country == "USA", place
