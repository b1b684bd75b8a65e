"""Review of round 33: namesakes moved on weak local evidence, and town names cut short.

Round 33 moved the towns of two names beside a third town to its namesakes there
(namesakes.neighbour_trios) and read "Old Town X" as X (patterns._longest_known). The review
found big foreign cities moved beside a pair of small American towns, a qualified mention moved
with its bare namesake, and "<Town> City Police" read as another place. Every passage was
written for this test (imagined events); each maps a toponym as written to (country, lat, lon):
every place found over it must be in that country and, when lat/lon are given, within 161 km
of that point (approximate, from general knowledge).
"""

from __future__ import annotations

import pytest

from tests.where.conftest import assert_placed, placed_cases, places_of

# (kind, passage, {toponym as written: (country, lat, lon)})
PASSAGES: list[tuple[str, str, dict[str, tuple[str, float | None, float | None]]]] = [
    # a big foreign city stays home beside two small towns of an American suburb
    ("stays", "Egypt's health ministry said a blast at a market in Alexandria wounded 35 people; "
     "Coptic congregations in Fairfax and Arlington prayed for them on Sunday.",
     {"Alexandria": ("EGY", 31.2, 29.92)}),
    ("stays", "A fire at a textile plant in Alexandria killed nine workers, officials in Cairo "
     "said, and Egyptian families in Fairfax and Arlington raised money for the victims.",
     {"Alexandria": ("EGY", 31.2, 29.92)}),
    ("stays", "Steelworkers in Birmingham and Leeds walked out on Monday, and British union "
     "leaders thanked members in Detroit and Southfield for their messages of support.",
     {"Birmingham": ("GBR", 52.48, -1.9)}),
    ("stays", "Port workers in Hamburg and Bremen struck for a day over pay, and dockers in "
     "Buffalo and Lackawanna voted to back the German strikers.",
     {"Hamburg": ("DEU", 53.55, 10.0)}),
    # a town name closing "City" before an organisation word is the city, not a part of it
    ("city", "Quezon City Police said two suspects were arrested in a raid on a warehouse "
     "on Tuesday.",
     {"Quezon City": ("PHL", 14.65, 121.05)}),
    # must keep working
    ("keep", "Fairfax and Arlington police said a march in Alexandria ended without arrests "
     "late on Saturday.",
     {"Alexandria": ("USA", 38.8, -77.05), "Arlington": ("USA", 38.88, -77.1)}),
    ("keep", "Militia fighters burned three villages in North Kivu, and aid groups in Goma "
     "asked for food.",
     {"North Kivu": ("COD", -0.8, 29.0)}),
    ("keep", "Drought ruined harvests across Rio Grande do Norte, and officials in Natal asked "
     "the federal government for water trucks.",
     {"Rio Grande do Norte": ("BRA", -5.8, -36.5)}),
    ("keep", "Police closed streets in Old Town Edinburgh after the festival parade on "
     "Saturday.",
     {"Old Town Edinburgh": ("GBR", 55.95, -3.19)}),
]

NOT_YET: dict[tuple[str, str], str] = {}


@pytest.mark.parametrize(("text", "name", "country", "lat", "lon"), placed_cases(PASSAGES, NOT_YET))
def test_toponym_found_and_placed(nlp, gazetteer, text, name, country, lat, lon):
    assert_placed(places_of(nlp, gazetteer, text), text, name, country, lat, lon)


def test_qualified_mention_keeps_its_country_and_so_do_its_repeats(nlp, gazetteer):
    text = ("Attackers bombed a church in Alexandria, Egypt, on Sunday, and mourners in Arlington "
            "and Fairfax lit candles; Alexandria police made no arrests.")
    found = [p for p in places_of(nlp, gazetteer, text) if p.text.startswith("Alexandria")]
    assert found, "Alexandria not found"
    assert all(p.country == "EGY" for p in found), [(p.text, p.country, p.lat, p.lon) for p in found]


def test_city_police_is_a_city_not_a_country(nlp, gazetteer):
    text = "Panama City Police closed the beach after a shark was seen near the pier on Sunday."
    found = [p for p in places_of(nlp, gazetteer, text) if "Panama" in p.text]
    assert found, "Panama City not found"
    shown = [(p.text, p.name, p.country, p.resolution) for p in found]
    assert all(p.text.startswith("Panama City") and (p.name or "").startswith("Panama City")
               for p in found), shown
