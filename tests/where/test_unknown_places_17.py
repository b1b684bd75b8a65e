"""Issue #21, round 17: places the gazetteer does not know, or knows only as a small namesake
abroad, in local news written for this test (villages, neighbourhoods, streets, landmarks,
rivers, mountains in Kenya, Nigeria, Pakistan, South Africa, India, Ghana, the Philippines,
the US, the UK …).

- The text puts the place in another ("X, a town in Y", "the X area of Y", "X, a district of
  Y", "X, Y", "X in Y"): a namesake abroad is not meant; the place is its namesake in Y's
  country, else unknown there, with Y's point only where Y is a town
  (where/toponyms.py ``_held_in``).
- A small namesake abroad, in a country none of the article's other places lies in, in an
  article whose places agree on one country, is the honest unknown of that country, without
  coordinates (where/rank.py ``at_home``), unless the text names the namesake's country.
- Some toponyms have no country: a strait or a gulf between countries.

The passages map a toponym as written to the country (ISO alpha-3) a reader would give it,
or None for none.
"""

from __future__ import annotations

import pytest

from tests.where.conftest import places_of
from tests.where.test_country_context import found_as

# (text, toponym, country): the text puts the place in another; it must be found there
HELD: list[tuple[str, str, str]] = [
    ("Shops in the Clifton area of Karachi stayed shut during the strike.", "Clifton", "PAK"),
    ("The fire started in a market in Victoria, a town in Ghana's Volta Region, Ghanaian "
     "officials in Accra said.", "Victoria", "GHA"),
    ("In Santa Cruz, a district of Mumbai, the municipal corporation demolished 40 shops.",
     "Santa Cruz", "IND"),
    ("Soldiers were deployed in Kensington, a township east of Johannesburg, after riots in "
     "Soweto and Pretoria.", "Kensington", "ZAF"),
    # a village the gazetteer does not know, in an article about a neighbouring country
    ("Refugees from Kwarakwasa, a village in Nigeria, crossed into Maradi, Zinder and Niamey, "
     "officials in Niger said.", "Kwarakwasa", "NGA"),
    ("Officials in Niamey, Maradi and Zinder said refugees had fled Kwarakwasa, a village in "
     "Zamfara State.", "Kwarakwasa", "NGA"),
]

# (text, toponym, country): a small namesake abroad is the article's unknown place
NAMESAKES: list[tuple[str, str, str]] = [
    ("Police in Nairobi said thieves broke into three homes in Lavington overnight, and Kenyan "
     "officials in Mombasa said more patrols would follow.", "Lavington", "KEN"),
    ("Police in Nairobi said a fire destroyed a market in Parklands, while traders in Mombasa "
     "and Kisumu were spared.", "Parklands", "KEN"),
]

# (text, toponym, country): a namesake abroad stays where the text names its country, and a
# place the text puts where it lies stays
ABROAD: list[tuple[str, str, str]] = [
    ("Police in Nairobi said the suspect had flown in from Lavington, Australia, a week "
     "before.", "Lavington", "AUS"),
    ("Floods cut the road from Albury to Lavington, and officials in Sydney and Canberra sent "
     "help.", "Lavington", "AUS"),
    ("A gas explosion tore through a building in the Kensington neighborhood of Philadelphia.",
     "Kensington", "USA"),
    ("Residents of Richmond, a suburb of Melbourne, complained about the noise from Sydney "
     "Road.", "Richmond", "AUS"),
    # "the <state> city of X" names the town after the noun: the state stays itself
    ("Tourists flocked to the Texas city of Paris for the festival, officials in Austin said.",
     "Texas", "USA"),
    ("Police said the attack happened in Heiden, Germany, and officials in Washington and New "
     "York were told.", "Heiden", "DEU"),
    ("The drone hit Vienna in Virginia, officials in Richmond said.", "Vienna", "USA"),
    ("The suspect was arrested in Springfield, a city in Illinois, after fleeing from Chicago.",
     "Springfield", "USA"),
    ("A ferry sank near Victoria, British Columbia, Canadian officials in Ottawa said.",
     "Victoria", "CAN"),
]

# (text, toponym, country or None): a found toponym gets this country (one not found is a
# recall question)
FOUND: list[tuple[str, str, str | None]] = [
    ("Police in Kenya said two people drowned when floods swept through Kipkaren, a village in "
     "Nandi County, on Sunday.", "Kipkaren", "KEN"),
    ("Gunmen attacked the village of Dogon Dawa in Kaduna State, killing 12 people, Nigerian "
     "police said.", "Dogon Dawa", "NGA"),
    ("Residents of the Mirpur neighbourhood of Dhaka said the water was knee deep after the "
     "monsoon rains.", "Mirpur", "BGD"),
    ("Protesters gathered on Rustaveli Avenue in Tbilisi on Saturday night.",
     "Rustaveli Avenue", "GEO"),
    ("Thousands of people live in Kibera, the sprawling slum in Nairobi, without running "
     "water.", "Kibera", "KEN"),
    ("A fire destroyed dozens of shacks in Khayelitsha outside Cape Town on Monday.",
     "Khayelitsha", "ZAF"),
    ("Floodwater rose in Garki and Wuse, two districts of Abuja, after a night of rain.",
     "Garki", "NGA"),
    ("Fishermen found the body in the Shire River near Liwonde in southern Malawi.",
     "Shire River", "MWI"),
    ("Rescuers evacuated hikers from Mount Rinjani on the Indonesian island of Lombok.",
     "Mount Rinjani", "IDN"),
    ("Villagers in Kuchlak, near Quetta, said the drones flew over their homes every night.",
     "Kuchlak", "PAK"),
    ("The blaze started in a restaurant on Khao San Road in Bangkok late on Friday.",
     "Khao San Road", "THA"),
    ("Farmers in Kasese district in western Uganda lost their crops when the Nyamwamba River "
     "burst its banks.", "Nyamwamba River", "UGA"),
    ("Tourists were rescued after their boat capsized on Lake Bunyonyi in southwestern "
     "Uganda.", "Lake Bunyonyi", "UGA"),
    ("The cyclone flattened houses in Chakaria, a subdistrict of Cox's Bazar in Bangladesh.",
     "Chakaria", "BGD"),
    ("Heavy snow closed the Salang Pass north of Kabul, Afghan officials said.",
     "Salang Pass", "AFG"),
    ("Two teenagers were stabbed in Peckham, south London, on Friday night.", "Peckham", "GBR"),
    ("Police in India said the leopard strayed into Aarey Colony in Mumbai.",
     "Aarey Colony", "IND"),
    ("Hundreds gathered in Tahrir Square in Cairo on Friday.", "Tahrir Square", "EGY"),
    ("In the village of Olenivka in the Donetsk region, shelling killed two civilians, "
     "Ukrainian officials said.", "Olenivka", "UKR"),
    ("The Lancaster County sheriff said a Quarryville man was hurt when his buggy overturned "
     "on Route 372.", "Quarryville", "USA"),
    ("Police in Lahore said the suspect was arrested in Defence, an upscale neighbourhood of "
     "the city, on Monday. Officials in Islamabad declined to comment.", "Defence", "PAK"),
    ("Police in Belfast said a man was shot in Ardoyne on Saturday night; another man was hurt "
     "in Derry.", "Ardoyne", "GBR"),
    ("Police in Manila said gunmen shot a village chief in Tondo, and officials in Quezon City "
     "opened an inquiry.", "Tondo", "PHL"),
    ("Police in Kingston said gunmen killed two men in Tivoli Gardens, and officials in "
     "Montego Bay and Spanish Town imposed a curfew.", "Tivoli Gardens", "JAM"),
    ("In Harare, police arrested 20 vendors in Mbare, and in Bulawayo and Gweru traders went "
     "on strike.", "Mbare", "ZWE"),
    ("Gunmen killed four people in Kagoro, a town in Kaduna State, and fled towards "
     "Kafanchan.", "Kagoro", "NGA"),
    ("Ships waited off the coast as the Strait of Hormuz stayed closed to tankers.",
     "Strait of Hormuz", None),
]


def _found(nlp, gazetteer, text, name):
    return found_as(places_of(nlp, gazetteer, text), text, name)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "country"), HELD)
def test_a_place_the_text_puts_in_another_lies_there(nlp, gazetteer, text, name, country):
    place = _found(nlp, gazetteer, text, name)
    assert place is not None and place.country == country, place


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "country"), NAMESAKES)
def test_a_small_namesake_abroad_is_the_articles_unknown_place(nlp, gazetteer, text, name,
                                                               country):
    place = _found(nlp, gazetteer, text, name)
    assert place is not None and place.country == country, place
    # no centroid posing as a town: unknown, without coordinates
    assert place.resolution == "unknown" and place.lat is None, place


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "country"), ABROAD)
def test_a_namesake_the_text_puts_abroad_stays(nlp, gazetteer, text, name, country):
    place = _found(nlp, gazetteer, text, name)
    assert place is not None and place.country == country, place


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "country"), FOUND)
def test_a_found_local_place_gets_its_country(nlp, gazetteer, text, name, country):
    place = _found(nlp, gazetteer, text, name)
    assert place is None or place.country == country, place
