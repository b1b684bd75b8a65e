"""Named streets, buildings and venues as places in the town that holds them
(where/facilities.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.records import Event, Place, SentenceRef, Span
from eventwire.where import locate_events
from eventwire.where.facilities import Noun, facility_nouns, home_town, landmarks, place_unknowns
from tests.conftest import make_article
from tests.where.conftest import place_of, places_of


def _town(name, lat, lon, country="GBR"):
    return Place(text=name, start=0, end=len(name), name=name, country=country, lat=lat,
                 lon=lon, resolution="city")


def test_the_data_files_load():
    nouns = facility_nouns()
    assert nouns["street|"] == Noun(opens=False, named_only=False, far=True)
    assert nouns["hospital|"] == Noun(opens=False, named_only=False, far=False)
    assert nouns["university|"] == Noun(opens=True, named_only=True)
    assert nouns["club|golf"] == Noun(opens=False, named_only=False)
    assert "club|" not in nouns
    assert landmarks()["wall street"] == ("New York City", "USA")


def test_home_town_is_the_town_the_article_keeps_to():
    leeds, bradford = _town("Leeds", 53.80, -1.55), _town("Bradford", 53.79, -1.75)
    assert home_town([leeds, bradford, leeds]).name == "Leeds"
    # two far-apart towns, each named as often: no town of the article
    perth = _town("Perth", -31.95, 115.86, "AUS")
    assert home_town([leeds, perth, perth, leeds, _town("Sydney", -33.87, 151.2, "AUS")]) is None
    assert home_town([]) is None


def test_a_town_named_again_and_again_is_home_whatever_else_is_named():
    leeds = _town("Leeds", 53.80, -1.55)
    far = [_town("Truro", 50.26, -5.05), _town("Dover", 51.13, 1.31), _town("Plymouth", 50.37, -4.14)]
    assert home_town([leeds, *far[:2], leeds, far[2], leeds]).name == "Leeds"
    # named three times but abroad, in an article whose other towns lie in one country
    perth = _town("Perth", -31.95, 115.86, "AUS")
    assert home_town([perth, *far, perth, perth, _town("Derby", 52.92, -1.48),
                      _town("Hull", 53.74, -0.33)]) is None


def test_a_street_takes_the_town_named_with_it(nlp, gazetteer):
    text = "Firefighters were called to a blaze on Marlowe Street in Leeds early on Sunday."
    street = place_of(places_of(nlp, gazetteer, text), "Marlowe Street")
    assert street is not None
    assert (street.name, street.country, street.resolution) == ("Leeds", "GBR", "city")
    assert street.geonameid is None


def test_a_venue_takes_the_article_town(nlp, gazetteer):
    text = ("Manchester councillors met on Monday. The Manchester council said the plan "
            "was ready. Fans queued outside the Brightwater Arena before the concert.")
    venue = place_of(places_of(nlp, gazetteer, text), "Brightwater Arena")
    assert venue is not None and venue.name == "Manchester"


def test_a_possessive_town_holds_its_street(nlp, gazetteer):
    text = "Police closed Leeds's Harlow Road after the crash, officials in Leeds said."
    road = place_of(places_of(nlp, gazetteer, text), "Harlow Road")
    assert road is not None and road.name == "Leeds"


def test_a_famous_street_stays_in_its_own_town(nlp, gazetteer):
    text = ("Shares fell in Tokyo on Monday. Traders in Tokyo said Wall Street had a bad "
            "week, and Tokyo brokers sold.")
    street = place_of(places_of(nlp, gazetteer, text), "Wall Street")
    assert street is not None and street.name == "New York City"


@pytest.mark.parametrize("text", [
    "The Supreme Court ruled on Tuesday. Lawyers in Leeds welcomed it.",
    "THE OLD COLLEGE REOPENS. Students in Leeds cheered.",
])
def test_institutions_and_shouted_headlines_are_no_facilities(nlp, gazetteer, text):
    places = places_of(nlp, gazetteer, text)
    assert not [p for p in places if p.geonameid is None and p.lat is not None]


def test_a_facility_in_another_country_than_the_article_town_is_left_out(nlp, gazetteer):
    text = ("Leeds councillors met on Monday, and Leeds officials agreed. The two men were "
            "held at the Brightwater Detention Center in the United States.")
    assert place_of(places_of(nlp, gazetteer, text), "Brightwater Detention Center") is None


def test_a_university_takes_only_a_town_named_with_it(nlp, gazetteer):
    text = ("Leeds councillors met on Monday, and Leeds officials agreed. \"It will pass,\" "
            "said a professor at Harwood University.")
    assert place_of(places_of(nlp, gazetteer, text), "Harwood University") is None
    text = "She teaches at the University of Brightwater in Leeds, her colleagues said."
    university = place_of(places_of(nlp, gazetteer, text), "University of Brightwater")
    assert university is not None and university.name == "Leeds"


def test_a_facility_without_a_town_is_left_out(nlp, gazetteer):
    text = "The Brightwater Arena will host the final, the organisers said."
    assert place_of(places_of(nlp, gazetteer, text), "Brightwater Arena") is None


@pytest.mark.parametrize("text", [
    "Leeds councillors met on Monday. Experts at the Harwood Center for Policy Studies agreed.",
    "Leeds councillors met on Monday. The Leeds report came from the Real Estate Economic "
    "Institute.",
])
def test_an_organisations_name_is_no_facility(nlp, gazetteer, text):
    places = places_of(nlp, gazetteer, text)
    assert not [p for p in places if p.geonameid is None and p.lat is not None]


def test_a_street_with_a_compass_word_is_still_a_street(nlp, gazetteer):
    text = "Leeds police said the crash happened on Marlowe Avenue West on Sunday."
    assert place_of(places_of(nlp, gazetteer, text), "Marlowe Avenue") is not None


def _located(nlp, gazetteer, text, trigger):
    article = make_article(nlp, text)
    token = next(t for t in article.doc if t.text == trigger)
    sent = token.sent
    event = Event(id="e1", type="COERCE", mode=None, contexts=[], actor=[], recipient=[],
                  date=None, location=None, cameo=None, quad=None, intensity=None,
                  trigger=Span(token.text, token.idx, token.idx + len(token)),
                  sentence=SentenceRef(index=0, start=sent.start_char, end=sent.end_char))
    event.trigger_token = token.i
    article.events = [event]
    locate_events(article, gazetteer)
    return event.location


LEEDS = "Leeds councillors met on Monday, and Leeds officials agreed. "


@pytest.mark.parametrize(("sentence", "place"), [
    # the guessed town lies in another country: the country the text names wins
    ("Police arrested two men on Marlowe Street after a chase that began in France.", "France"),
    # the text's own state holds the guessed town: the street, more precise, stands
    ("Police arrested two men on Marlowe Street after a chase that began in England.",
     "Marlowe Street"),
])
def test_a_facility_in_the_article_town_yields_to_a_place_it_disagrees_with(
        nlp, gazetteer, sentence, place):
    location = _located(nlp, gazetteer, LEEDS + sentence, "arrested")
    assert location is not None and location.text == place


def test_a_facility_in_the_article_town_locates_when_nothing_else_does(nlp, gazetteer):
    text = LEEDS + "Police arrested two men at the Brightwater Arena on Friday."
    location = _located(nlp, gazetteer, text, "arrested")
    assert location is not None and (location.text, location.name) == ("Brightwater Arena", "Leeds")


def test_a_facility_in_a_named_town_locates_in_that_town(nlp, gazetteer):
    text = LEEDS + "Police arrested two men at the Brightwater Arena in Bradford on Friday."
    location = _located(nlp, gazetteer, text, "arrested")
    assert location is not None and location.name == "Bradford"


def test_a_word_opening_the_sentence_is_not_part_of_the_name(nlp, gazetteer):
    text = "At Harwood University in Leeds, students protested on Monday."
    places = places_of(nlp, gazetteer, text)
    assert place_of(places, "Harwood University") is not None
    assert place_of(places, "At Harwood University") is None


def test_a_saints_church_is_no_town_of_that_saints_name(nlp, gazetteer):
    text = "Thousands of pilgrims gathered in St. Peter's Basilica in Rome for the Easter mass."
    places = places_of(nlp, gazetteer, text)
    basilica = place_of(places, "St. Peter's Basilica")
    assert basilica is not None and (basilica.name, basilica.country) == ("Rome", "ITA")
    assert place_of(places, "St. Peter") is None


def test_a_demonym_opening_a_facility_name_is_not_its_country(nlp, gazetteer):
    text = ("Tourists crowded the French Quarter of New Orleans on Saturday. Hotels in "
            "New Orleans were full.")
    places = places_of(nlp, gazetteer, text)
    quarter = place_of(places, "French Quarter")
    assert quarter is not None and (quarter.name, quarter.country) == ("New Orleans", "USA")
    assert place_of(places, "French") is None


def test_a_demonym_before_a_museum_names_the_museum_in_its_town(nlp, gazetteer):
    text = "Crowds gathered in Cairo on Friday and later walked to the Egyptian Museum."
    museum = place_of(places_of(nlp, gazetteer, text), "Egyptian Museum")
    assert museum is not None and (museum.name, museum.country) == ("Cairo", "EGY")


def test_a_town_with_its_own_street_keeps_the_town(nlp, gazetteer):
    # a place followed by a possessive and a name of its own is the town holding it
    text = "Police closed Leeds's Harlow Road after the crash, officials in Leeds said."
    assert place_of(places_of(nlp, gazetteer, text), "Leeds") is not None


def test_an_unknown_place_takes_the_town_named_with_it(nlp, gazetteer):
    # no country has most of the article's places: only the town named with it places it
    text = ("The pianist grew up at Knockderrig, near Tuam, and later moved to Paris. "
            "He played in Berlin and Vienna.")
    found = place_of(places_of(nlp, gazetteer, text), "Knockderrig")
    assert found is not None
    assert (found.name, found.country, found.resolution) == ("Tuam", "IRL", "city")
    assert found.lat is not None and found.geonameid is None


def test_an_unknown_place_in_a_named_country_takes_only_its_country(nlp, gazetteer):
    text = ("Farmers fled Kwaramba, Zimbabwe after the floods, officials in London, Paris "
            "and Berlin said.")
    found = place_of(places_of(nlp, gazetteer, text), "Kwaramba")
    assert found is not None
    assert (found.country, found.resolution, found.lat) == ("ZWE", "unknown", None)


@pytest.mark.parametrize(("joiner", "country"), [("in", "CMR"), ("near", None)])
def test_an_unknown_place_is_not_in_a_country_it_is_only_near(nlp, joiner, country):
    text = f"Shelling hit Mbarawa, {joiner} the Cameroon border, on Monday."
    doc = nlp(text)
    start, at = text.index("Mbarawa"), text.index("Cameroon")
    places = [Place(text="Mbarawa", start=start, end=start + 7, name="Mbarawa"),
              Place(text="Cameroon", start=at, end=at + 8, name="Cameroon", country="CMR",
                    lat=6.0, lon=12.5, resolution="country")]
    place_unknowns(doc, places)
    assert (places[0].country, places[0].resolution, places[0].lat) == (country, "unknown", None)
