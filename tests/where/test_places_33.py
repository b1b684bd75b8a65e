"""Round 33: the right country and the right point for found toponyms.

A found toponym placed more than 161 km from where the article means it: a namesake chosen
over the article's own geography ("Charleston" in a story about West Virginia, "Springfield"
beside Chicago), a part of a longer name taken for the whole ("Old Town" of a town's old
quarter), an area put outside itself, or a name spelled another way than the gazetteer has
it. Every passage was written for this test (imagined events); each maps a toponym as written
to (country, lat, lon): the place found must be in that country and, when lat/lon are given,
within 161 km of that point (approximate, from general knowledge).
"""

from __future__ import annotations

import pytest

from tests.where.conftest import assert_placed, placed_cases, places_of

# (kind, passage, {toponym as written: (country, lat, lon)})
PASSAGES: list[tuple[str, str, dict[str, tuple[str, float | None, float | None]]]] = [
    # namesakes resolved by the article's other places
    ("namesake", "Flooding closed roads in Huntington and Parkersburg, and the governor sent "
     "crews to Charleston to plan the cleanup.",
     {"Charleston": ("USA", 38.35, -81.63)}),
    ("namesake", "Tourists packed the beaches of Myrtle Beach and Hilton Head, and hotels in "
     "Charleston were full for the holiday weekend.",
     {"Charleston": ("USA", 32.78, -79.93)}),
    ("namesake", "Illinois lawmakers met in Springfield on Tuesday while protesters marched in "
     "Chicago and Peoria.",
     {"Springfield": ("USA", 39.8, -89.64)}),
    ("namesake", "A tornado touched down near Joplin, and emergency crews from Springfield and "
     "Branson helped with the search.",
     {"Springfield": ("USA", 37.21, -93.29)}),
    ("namesake", "Commuters from Arlington and Alexandria crowded the Metro after a crash "
     "closed a bridge into Washington.",
     {"Arlington": ("USA", 38.88, -77.1), "Alexandria": ("USA", 38.8, -77.05)}),
    ("namesake", "Police in Arlington said a man was shot outside a stadium between Dallas and "
     "Fort Worth.",
     {"Arlington": ("USA", 32.74, -97.11)}),
    ("namesake", "Egyptian police in Alexandria arrested two men after a protest, and more "
     "arrests followed in Cairo and Port Said.",
     {"Alexandria": ("EGY", 31.2, 29.92)}),
    ("namesake", "Voters in Portland and Bangor lined up early, and Augusta officials expect a "
     "record turnout across the state of Maine.",
     {"Portland": ("USA", 43.66, -70.26), "Augusta": ("USA", 44.31, -69.78)}),
    ("namesake", "Wildfire smoke drifted over Portland and Salem, and Oregon health officials "
     "told people to stay inside.",
     {"Portland": ("USA", 45.52, -122.68), "Salem": ("USA", 44.94, -123.04)}),
    ("namesake", "Heavy snow fell on Kingston and Belleville as Ontario crews salted the "
     "highway toward Ottawa.",
     {"Kingston": ("CAN", 44.23, -76.49)}),
    ("namesake", "Gunmen attacked a bus near Kingston, and Jamaican police set up roadblocks "
     "toward Spanish Town.",
     {"Kingston": ("JAM", 18.0, -76.79)}),
    ("namesake", "Striking dockers in Newcastle were joined by workers from Sunderland and "
     "Durham on Friday.",
     {"Newcastle": ("GBR", 54.97, -1.61)}),
    ("namesake", "Bushfires near Newcastle and Maitland forced New South Wales officials to "
     "close schools.",
     {"Newcastle": ("AUS", -32.93, 151.78)}),
    ("namesake", "Tennessee troopers closed the interstate between Nashville and Jackson after a "
     "chemical spill near Memphis.",
     {"Jackson": ("USA", 35.61, -88.81)}),
    ("namesake", "Mississippi lawmakers in Jackson passed the budget, and mayors in Biloxi and "
     "Hattiesburg welcomed it.",
     {"Jackson": ("USA", 32.3, -90.18)}),
    ("namesake", "Cardiff and Swansea councils agreed a bus deal, and Newport will join it next "
     "year, Welsh ministers said.",
     {"Newport": ("GBR", 51.58, -3.0)}),
    ("namesake", "Two sailors were rescued off Newport after their boat capsized, Rhode Island "
     "officials said, and they were taken to Providence.",
     {"Newport": ("USA", 41.49, -71.31)}),
    ("namesake", "Forest fires burned near Valencia and Castellon, and Spanish soldiers helped "
     "firefighters near Alicante.",
     {"Valencia": ("ESP", 39.47, -0.38)}),
    ("namesake", "Protesters blocked roads in Cordoba and Rosario, and Argentine police cleared "
     "them by the evening.",
     {"Cordoba": ("ARG", -31.42, -64.18)}),
    ("namesake", "The council in Perth said the River Tay burst its banks, and homes in Dundee "
     "were flooded too.",
     {"Perth": ("GBR", 56.4, -3.43)}),
    # the old quarter, the centre or the outskirts of a town: the town itself
    ("part", "Shops in Old Town Alexandria stayed shut after the storm, and Arlington lost "
     "power too.",
     {"Old Town Alexandria": ("USA", 38.8, -77.05)}),
    ("part", "A water main broke in Old Town Scottsdale, and Phoenix crews closed two streets.",
     {"Old Town Scottsdale": ("USA", 33.49, -111.93)}),
    ("part", "Restaurants in Old Town Pasadena reopened on Friday, Los Angeles County officials "
     "said.",
     {"Old Town Pasadena": ("USA", 34.15, -118.14)}),
    # areas: the point inside the area
    ("area", "Ranchers across Alberta lost cattle in the blizzard, and Calgary shelters took in "
     "stranded drivers.",
     {"Alberta": ("CAN", 53.9, -116.5)}),
    ("area", "Drought has hit farms across Queensland, Australian officials said.",
     {"Queensland": ("AUS", -22.5, 144.5)}),
    ("area", "Rebels attacked a convoy in North Kivu, and Congolese troops moved in from Goma.",
     {"North Kivu": ("COD", -0.8, 29.0)}),
    ("area", "Police in Rio Grande do Sul said floods cut off dozens of towns south of Porto "
     "Alegre.",
     {"Rio Grande do Sul": ("BRA", -30.0, -53.5)}),
    ("area", "Militants raided a police post in Khyber Pakhtunkhwa, Pakistani officials said.",
     {"Khyber Pakhtunkhwa": ("PAK", 34.5, 72.0)}),
    ("area", "Heavy rain flooded villages across Assam, and Indian soldiers rescued families "
     "near Guwahati.",
     {"Assam": ("IND", 26.2, 92.9)}),
    ("area", "Wildfires spread across Andalusia as Spanish firefighters battled the flames near "
     "Seville.",
     {"Andalusia": ("ESP", 37.4, -4.8)}),
    ("area", "Ranchers in Montana said the early frost ruined the wheat crop.",
     {"Montana": ("USA", 47.0, -109.6)}),
    # spelling variants
    ("spelling", "Syrian rebels retook A'zaz after heavy fighting north of Aleppo.",
     {"A'zaz": ("SYR", 36.59, 37.04)}),
    ("spelling", "Russian shells hit Avdeevka and Donetsk overnight, Ukrainian officials said.",
     {"Avdeevka": ("UKR", 48.14, 37.74)}),
    ("spelling", "Chilean police said storms battered Vina del Mar and Valparaiso overnight.",
     {"Vina del Mar": ("CHL", -33.02, -71.55)}),
    ("spelling", "Dozens of homes collapsed in Sao Paulo after days of rain, Brazilian officials "
     "said.",
     {"Sao Paulo": ("BRA", -23.55, -46.63)}),
    ("spelling", "Police in Zurich arrested a man after a fire at a bank in Geneve.",
     {"Geneve": ("CHE", 46.2, 6.15)}),
    ("spelling", "Ukrainian drones struck a depot near Kharkov, and Russian officials in "
     "Belgorod reported damage.",
     {"Kharkov": ("UKR", 49.99, 36.23)}),
    # US local news
    ("local", "The Dothan city commission approved a new fire station, and Enterprise will "
     "share its trucks, Alabama officials said.",
     {"Enterprise": ("USA", 31.32, -85.86)}),
    ("local", "A Lexington man was charged with burglary in Frankfort, and Kentucky State "
     "Police said more arrests may follow.",
     {"Lexington": ("USA", 38.04, -84.5), "Frankfort": ("USA", 38.2, -84.87)}),
    ("local", "Deputies in Bakersfield seized fentanyl on the highway to Fresno, Kern County "
     "officials said.",
     {"Bakersfield": ("USA", 35.37, -119.02)}),
    ("local", "The Roanoke school board met with parents from Salem and Blacksburg on "
     "Thursday, Virginia officials said.",
     {"Salem": ("USA", 37.29, -80.05)}),
    ("local", "A Greenville man won the lottery at a gas station in Spartanburg, South "
     "Carolina officials said.",
     {"Greenville": ("USA", 34.85, -82.4)}),
    ("local", "Firefighters from Youngstown and Boardman put out a blaze at a warehouse in "
     "Canfield on Sunday.",
     {"Canfield": ("USA", 41.02, -80.76)}),
    ("local", "Paris police in Texas said a truck hit a school bus near Sulphur Springs.",
     {"Sulphur Springs": ("USA", 33.14, -95.6)}),
]

# (toponym, first three words of the passage) -> why it is not fixed in round 33
NOT_YET: dict[tuple[str, str], str] = {
    ("Old Town Alexandria", "Shops in Old"): "the quarter is read as Alexandria, but beside a "
    "lone Arlington nothing else puts the pair in Virginia: Egypt's Alexandria is above "
    "namesakes.BIG_TOWN and Texas's Arlington above PAIR_TOWN, and neighbour_trios needs a "
    "third place of the area",
    ("A'zaz", "Syrian rebels retook"): "NER tags the town PERSON and 'Aleppo' NORP; a town "
    "after a verb of war is believed only in a country the article names by an entity, and "
    "the demonym 'Syrian' does not count",
    ("Enterprise", "The Dothan city"): "NER does not tag the town, and 'Enterprise' is a common "
    "noun: no pattern takes a bare capitalised subject as a place",
}


@pytest.mark.parametrize(("text", "name", "country", "lat", "lon"), placed_cases(PASSAGES, NOT_YET))
def test_toponym_found_and_placed(nlp, gazetteer, text, name, country, lat, lon):
    assert_placed(places_of(nlp, gazetteer, text), text, name, country, lat, lon)


# Added after the first build (not part of the before figure): an area's point is computed
# from its towns, and must lie inside the area: a town miscoded to another division, or an
# area across the 180th meridian, once put the point hundreds or thousands of km away.
# (name in the gazetteer, kind, country, lat, lon, km): the area's record lies within km of it
AREA_POINTS: list[tuple[str, str, str, float, float, float]] = [
    ("Fiji", "country", "FJI", -17.8, 178.0, 300.0),
    ("Chukotskiy Avtonomnyy Okrug", "admin1", "RUS", 66.0, 172.0, 700.0),
    ("Gao", "admin1", "MLI", 16.3, 0.0, 250.0),
    ("Dasoguz", "admin1", "TKM", 41.8, 59.9, 150.0),
    ("French Polynesia", "country", "PYF", -17.6, -149.5, 300.0),
]


@pytest.mark.parametrize(("name", "kind", "country", "lat", "lon", "km"), AREA_POINTS,
                         ids=[case[0] for case in AREA_POINTS])
def test_area_point_lies_in_the_area(gazetteer, name, kind, country, lat, lon, km):
    from eventwire.where.gazetteer import distance_km

    found = [c for c in gazetteer.lookup(name) if c.kind == kind and c.country == country]
    assert found, f"no {kind} {name} in {country}"
    assert all(c.lat is not None and c.lon is not None and distance_km(c.lat, c.lon, lat, lon) <= km
               for c in found), [(c.name, c.lat, c.lon) for c in found]


def test_centre_leaves_out_a_stray_and_crosses_the_meridian():
    from eventwire.where.build import _centre

    towns = [(16.3, 0.0), (16.9, -0.3), (15.7, 0.5), (15.5, -0.5), (15.2, -0.3), (10.4, -7.2)]
    lat, lon = _centre(towns) or (0.0, 0.0)
    assert 15.0 < lat < 17.0 and -1.0 < lon < 1.0
    lat, lon = _centre([(64.7, 177.5), (69.7, 170.3), (64.4, -173.2), (65.5, -171.7)]) or (0.0, 0.0)
    assert lon > 170.0 or lon < -170.0
