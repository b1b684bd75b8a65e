"""Issue #21, review of rounds 17 and 18: where the text puts a place in another, and where it
takes the reader abroad, in passages written for this test.

- "X, a <demonym> village near the <other> border": the demonym before the settlement noun
  holds X; "near the … border" or "near the border with Y" holds X in neither country
  (where/toponyms.py ``_holder``, ``_names_a_border``).
- "Refugees from X in Y": people from X who are now in Y; X does not lie in Y
  (``_from_of_people``). "X in Y" otherwise reads as before.
- "fled across the border to X", "crossed into X": a small town abroad is meant, not the
  article's unknown village (``_across_a_border``; where/rank.py ``lone_abroad``). Motion
  alone ("fled to Parklands") is no such cue.
"""

from __future__ import annotations

import pytest

from tests.where.conftest import places_of
from tests.where.test_country_context import found_as

_KENYA = ("Al-Shabaab gunmen attacked a police post in Mandera on Monday. Officials in Nairobi "
          "and Garissa said the attackers ")

# (text, toponym, country): the toponym must be found, in this country
PLACED: list[tuple[str, str, str]] = [
    # the demonym before the noun holds the settlement, not the border after it
    ("A missile killed two men in Przewodow, a Polish village near the Ukrainian border.",
     "Przewodow", "POL"),
    ("A missile killed two men in Zalesnowo, a Polish village near the Belarusian border.",
     "Zalesnowo", "POL"),
    ("A shell killed a farmer in Dorohusk, a Polish village near the Ukrainian border.",
     "Dorohusk", "POL"),
    ("A rocket hit a house in Metula, an Israeli town near the Lebanese border.", "Metula", "ISR"),
    ("A rocket hit a house in Shlomi, an Israeli village near the Lebanese border.", "Shlomi", "ISR"),
    ("Mortar rounds fell in Reyhanli, a Turkish town near the Syrian border.", "Reyhanli", "TUR"),
    ("Mortars landed in Ceylanpinar, a Turkish town near the Syrian border, Turkish officials "
     "said.", "Ceylanpinar", "TUR"),
    # people from X now in Y
    ("Refugees from Kobani in Suruc, Turkey, said Islamic State fighters shelled the town.",
     "Kobani", "SYR"),
    ("Syrians from Afrin in Kilis said they had lost everything.", "Afrin", "SYR"),
    # across a border from the article's country
    (_KENYA + "fled across the border to Dhobley after the raid in Mandera.", "Dhobley", "SOM"),
    (_KENYA + "crossed into Dhobley.", "Dhobley", "SOM"),
    (_KENYA + "escaped over the border to Dhobley.", "Dhobley", "SOM"),
    ("Boko Haram fighters attacked Damasak in Borno State. Officials in Maiduguri and Abuja said "
     "the fighters fled across the border to Bosso.", "Bosso", "NER"),
]

# (text, toponym, country): readings that must stay as they were
KEPT: list[tuple[str, str, str]] = [
    ("A shell killed a farmer in Hrebenne, a Polish village near the border with Ukraine.",
     "Hrebenne", "POL"),
    ("Troops entered Nowa Rzeka, a Polish village near Lublin, on Friday.", "Lublin", "POL"),
    ("A shell hit Zalesnowo, a village near Lviv, on Monday.", "Zalesnowo", "UKR"),
    ("Protests erupted in Hong Kong in China last year.", "China", "CHN"),
    ("He fled from Aleppo in Syria in 2015.", "Aleppo", "SYR"),
    ("Migrants from Agadez in Tripoli, Libya, said they had been held for months.", "Agadez", "NER"),
    ("Students from Kaduna in Kano said the schools were closed.", "Kaduna", "NGA"),
    ("Displaced families from Mosul in Erbil said they feared returning.", "Mosul", "IRQ"),
    # motion alone takes no one abroad: a suburb the gazetteer does not know stays at home
    ("Gunmen attacked a bar in Parklands, Nairobi. Officials in Nairobi and Mombasa said the "
     "gunmen fled to Parklands.", "Parklands", "KEN"),
    # the crossing is into the place named first, not the one after it
    ("Gunmen crossed into Kenya and attacked a bar in Parklands. Officials in Nairobi and "
     "Mombasa said two people died.", "Parklands", "KEN"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "country"), PLACED + KEPT)
def test_a_place_is_found_in_its_country(nlp, gazetteer, text, name, country):
    places = places_of(nlp, gazetteer, text)
    place = found_as(places, text, name)
    assert place is not None, [(p.text, p.name, p.country) for p in places]
    assert place.country == country, (place.name, place.country, place.resolution)


@pytest.mark.slow
def test_a_village_near_a_border_is_held_by_neither_side(nlp, gazetteer):
    text = "A shell hit Zalesnowo, a village near the Ukrainian border, Polish police said."
    place = found_as(places_of(nlp, gazetteer, text), text, "Zalesnowo")
    assert place is None or place.country != "UKR", (place.name, place.country)
