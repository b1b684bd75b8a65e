"""Islands and peninsulas (where/data/islands.tsv), airports by their common names
(where/data/airports.tsv), streets named together ("State and Hubbard streets") and names
NER splits in two ("Boa" + "Vista"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.where.build import read_islands
from eventwire.where.facilities import coordinated_spans, landmarks, read_airports
from tests.where.conftest import place_of, places_of


def test_the_tables_load_with_sane_rows():
    islands = read_islands()
    assert len(islands) > 200
    for row in islands:
        assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180
        assert row["country"] == "" or len(row["country"]) == 3
    airports = read_airports()
    assert any(row["name"] == "Heathrow" for row in airports)
    # full forms are landmarks of the town each airport serves
    assert landmarks()["heathrow airport"] == ("London", "GBR")
    assert landmarks()["dulles international airport"] == ("Washington", "USA")
    assert landmarks()["jfk airport"] == ("New York City", "USA")


@pytest.mark.parametrize("name, country, admin1", [
    ("Oahu", "USA", "Hawaii"), ("Long Island", "USA", "New York"), ("Lesbos", "GRC", None),
    ("Mallorca", "ESP", "Balearic Islands"), ("Cape Cod", "USA", "Massachusetts"),
])
def test_an_island_is_a_region_of_its_country(gazetteer, name, country, admin1):
    found = [c for c in gazetteer.lookup(name) if c.kind == "region" and c.country == country]
    assert found, name
    assert found[0].lat is not None and found[0].admin1 == admin1


def test_an_island_the_gazetteer_has_keeps_its_record(gazetteer):
    # Sicily is an Italian admin1 already: no second record, only the one
    assert [c.kind for c in gazetteer.lookup("Sicily") if c.country == "ITA"] == ["admin1"]


def test_a_bare_airport_name_is_the_town_it_serves(gazetteer):
    heathrow = [c for c in gazetteer.lookup("Heathrow") if c.country == "GBR"]
    assert [c.name for c in heathrow] == ["London"]
    # a town of the airport's country bearing the name is the right place already
    assert all(c.name != "Tokyo" for c in gazetteer.lookup("Narita"))


def test_places_on_an_island_and_at_an_airport(nlp, gazetteer):
    text = ("Flights from Heathrow to Honolulu were cancelled on Monday. Hotels on Oahu "
            "said they were full, and ferries to Maui were delayed.")
    places = places_of(nlp, gazetteer, text)
    heathrow, oahu = place_of(places, "Heathrow"), place_of(places, "Oahu")
    assert heathrow is not None and (heathrow.name, heathrow.country) == ("London", "GBR")
    assert oahu is not None and (oahu.country, oahu.resolution) == ("USA", "region")


def test_an_airport_named_in_full_is_a_landmark(nlp, gazetteer):
    text = ("The plane landed at Dulles International Airport after a long delay. "
            "Police in Richmond, Virginia, said a man was arrested.")
    airport = place_of(places_of(nlp, gazetteer, text), "Dulles International Airport")
    assert airport is not None and (airport.name, airport.country) == ("Washington", "USA")


def test_streets_named_together_are_each_a_street(nlp):
    cases = {
        "He collapsed at the corner of State and Hubbard streets, police said.":
            ["State", "Hubbard"],
        "The parade went down Bourbon, Royal and Dauphine streets in the afternoon.":
            ["Bourbon", "Royal", "Dauphine"],
        "Crowds gathered at the intersection of Grand and Lake on Friday.": ["Grand", "Lake"],
        # a body's name in capitals is no list of streets
        "The money goes to the Family Resource and Youth Services Centers.": [],
        "Apples and pears were sold in the streets.": [],
    }
    for text, names in cases.items():
        doc = nlp(text)
        assert [doc[start:end].text for start, end, _ in coordinated_spans(doc, set())] == names


def test_streets_named_together_take_the_article_town(nlp, gazetteer):
    text = ("Chicago police said a man was stabbed in Chicago on Sunday. He collapsed at the "
            "corner of State and Hubbard streets, Chicago police said.")
    places = places_of(nlp, gazetteer, text)
    for name in ("State", "Hubbard"):
        street = place_of(places, name)
        assert street is not None and street.name == "Chicago", name


def test_a_place_name_split_by_ner_is_joined(nlp, gazetteer):
    text = ("Thousands of migrants have crossed into the northern state of Roraima and are "
            "living in Boa Vista, the state capital.")
    places = places_of(nlp, gazetteer, text)
    boa_vista = place_of(places, "Boa Vista")
    assert boa_vista is not None and boa_vista.country == "BRA"
    assert place_of(places, "Boa") is None


def test_a_small_far_town_named_like_a_square_yields_to_the_square(nlp, gazetteer):
    # Washington Square is also a town of Pennsylvania, far from this article's town
    text = ("New Orleans police said a man was shot in New Orleans on Friday. New Orleans "
            "officers closed Washington Square after the shooting, and a New Orleans "
            "councillor visited.")
    square = place_of(places_of(nlp, gazetteer, text), "Washington Square")
    assert square is not None and square.name == "New Orleans"


def test_a_street_named_after_an_ocean_is_a_street(nlp, gazetteer):
    text = "Police in Leeds said a car hit a wall on Atlantic Avenue in Leeds. Leeds council will meet."
    places = places_of(nlp, gazetteer, text)
    street = place_of(places, "Atlantic Avenue")
    assert street is not None and street.name == "Leeds"
    assert place_of(places, "Atlantic") is None
