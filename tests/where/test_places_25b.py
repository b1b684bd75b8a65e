"""Round 25b: local news. A local paper's own geography chooses among same-named towns.

A dateline ("ATHENS, Ga. —"), a state abbreviation ("a Rome, Ga., man"), the county and the
neighbouring towns an article names must pick the small town the gazetteer knows over a big
namesake abroad or in another state; international stories keep their Paris in France. Also
venues and streets opened by a facility noun ("Hotel X", "14th Street") whose town the text
names, and "Venue, County" in a British local paper. The passages were written for this test
(imagined local and international news); each maps a toponym as written to (country, lat,
lon): the place found must be in that country and within 161 km of that point (approximate,
from general knowledge).
"""

from __future__ import annotations

import pytest

from eventwire.where.gazetteer import distance_km
from tests.where.conftest import overlapping, places_of

WITHIN_KM = 161.0

# (kind, passage, {toponym: (country, lat, lon)})
PASSAGES: list[tuple[str, str, dict[str, tuple[str, float, float]]]] = [
    ("dateline", "ATHENS, Ga. — The Clarke County school board voted Monday night to delay the start "
     "of classes by a week after a water main broke near the high school.",
     {"ATHENS": ("USA", 33.96, -83.38)}),
    ("county", "The Athens city council approved a new budget for the fire department on Tuesday, "
     "and Athens County commissioners said Nelsonville and Albany would share the cost.",
     {"Athens": ("USA", 39.33, -82.10), "Nelsonville": ("USA", 39.46, -82.23)}),
    ("dateline", "PARIS, Texas — Lamar County commissioners agreed on Thursday to repave the farm "
     "roads north of town before the spring planting.",
     {"PARIS": ("USA", 33.66, -95.56)}),
    ("must-stay", "Striking rail workers marched through Paris on Thursday as French unions "
     "demanded the government withdraw its pension plan.",
     {"Paris": ("FRA", 48.86, 2.35)}),
    ("county", "Greene County deputies arrested a Springfield man after a chase that ended near "
     "Branson late Saturday.",
     {"Springfield": ("USA", 37.21, -93.29), "Branson": ("USA", 36.64, -93.22)}),
    ("county", "Boone County health officials said two restaurants in Columbia failed inspections, "
     "and a third in Jefferson City was closed for a week.",
     {"Columbia": ("USA", 38.95, -92.33), "Jefferson City": ("USA", 38.58, -92.17)}),
    ("county", "Richland County deputies said the crash closed Interstate 26 between Columbia and "
     "Irmo for three hours on Friday.",
     {"Columbia": ("USA", 34.00, -81.03), "Irmo": ("USA", 34.09, -81.18)}),
    ("abbreviation", "A Lexington, Va., man was charged with arson after a barn fire in Rockbridge "
     "County, the sheriff's office said.",
     {"Lexington": ("USA", 37.78, -79.44)}),
    ("street", "Two people were hurt in a crash at 14th Street and Eighth Avenue in Greeley, Colo., "
     "on Sunday morning, police said.",
     {"Greeley": ("USA", 40.42, -104.71)}),
    ("facility", "Firefighters evacuated the Hotel Lafayette in Marietta, Ohio, after smoke was "
     "seen in the kitchen on Friday.",
     {"Marietta": ("USA", 39.42, -81.45)}),
    ("must-stay", "Fort Wayne police said the man was arrested without incident at a motel on the "
     "city's south side.",
     {"Fort Wayne": ("USA", 41.08, -85.14)}),
    ("venue-county", "The county show returns this summer to Tatton Park, Cheshire, with sheepdog "
     "trials and a food hall, the organisers said.",
     {"Cheshire": ("GBR", 53.20, -2.50)}),
    ("australia", "Wagga Wagga police are searching for a man who robbed a service station on the "
     "Sturt Highway, and officers in Albury have been told to watch for his car.",
     {"Wagga Wagga": ("AUS", -35.12, 147.37), "Albury": ("AUS", -36.08, 146.92)}),
    ("australia", "Bendigo council will spend two million dollars on new footpaths, and nearby "
     "Castlemaine will share a new bus route, the Victorian government said.",
     {"Bendigo": ("AUS", -36.76, 144.28), "Castlemaine": ("AUS", -37.06, 144.22)}),
    ("india", "Police in Nashik arrested three men for selling spurious fertiliser to farmers in "
     "Niphad taluka, Maharashtra officials said.",
     {"Nashik": ("IND", 20.00, 73.79)}),
    ("abroad-namesake", "Dublin, Ohio, police said a teenager was struck by a car on Sawmill Road, "
     "and the driver stayed at the scene until officers from Columbus arrived.",
     {"Dublin": ("USA", 40.10, -83.11), "Columbus": ("USA", 39.96, -83.00)}),
    ("abbreviation", "A Manchester, N.H., woman won the state lottery on Tuesday, officials in "
     "Concord said.",
     {"Manchester": ("USA", 42.99, -71.46), "Concord": ("USA", 43.21, -71.54)}),
    ("must-stay", "Greater Manchester Police said the stabbing in Manchester city centre was not "
     "terror-related, and a man from Salford was arrested.",
     {"Salford": ("GBR", 53.49, -2.29)}),
    ("abbreviation", "Coos County deputies said a Berlin, N.H., man was rescued after his "
     "snowmobile broke through the ice on Saturday.",
     {"Berlin": ("USA", 44.47, -71.19)}),
    ("county", "A fire destroyed a dairy barn outside Lebanon, Pa., and firefighters from "
     "Myerstown and Annville spent six hours at the scene.",
     {"Lebanon": ("USA", 40.34, -76.41), "Annville": ("USA", 40.33, -76.52)}),
    ("county", "Latah County commissioners met in Moscow on Tuesday to discuss a new bridge over "
     "the creek, and Pullman officials joined them.",
     {"Moscow": ("USA", 46.73, -117.00), "Pullman": ("USA", 46.73, -117.18)}),
    ("abbreviation", "A Rome, Ga., teacher was named the state's teacher of the year, the Floyd "
     "County school system said.",
     {"Rome": ("USA", 34.26, -85.16)}),
    ("must-stay", "Thousands of pilgrims gathered in Rome for the Pope's Easter blessing, Italian "
     "police said.",
     {"Rome": ("ITA", 41.89, 12.49)}),
    ("county", "Florence police and Lauderdale County deputies searched homes in Muscle Shoals "
     "and Sheffield, Ala., on Wednesday.",
     {"Florence": ("USA", 34.80, -87.68), "Muscle Shoals": ("USA", 34.74, -87.67)}),
    ("uk-local", "Cambridgeshire police said a cyclist was hurt on a road between Cambridge and "
     "Ely on Saturday evening.",
     {"Cambridge": ("GBR", 52.20, 0.12), "Ely": ("GBR", 52.40, 0.26)}),
    ("abbreviation", "The Cambridge, Mass., city council voted to add bike lanes, and nearby "
     "Somerville is expected to follow.",
     {"Cambridge": ("USA", 42.37, -71.11), "Somerville": ("USA", 42.39, -71.10)}),
    ("county", "Dougherty County schools in Albany will close on Friday because of flooding, "
     "and schools in Leesburg will open two hours late.",
     {"Albany": ("USA", 31.58, -84.16)}),
    ("county", "Cumberland County deputies responded to a crash in South Portland, and Portland "
     "police closed a road near Biddeford.",
     {"Portland": ("USA", 43.66, -70.26), "Biddeford": ("USA", 43.49, -70.45)}),
    ("uk-local", "Police Scotland said a lorry overturned on the A9 near Perth, and drivers "
     "heading to Dundee were told to expect delays.",
     {"Perth": ("GBR", 56.40, -3.43), "Dundee": ("GBR", 56.46, -2.97)}),
    ("county", "Sullivan County deputies said a Bristol man was arrested after a chase that "
     "ended in Kingsport; Johnson City police assisted.",
     {"Bristol": ("USA", 36.60, -82.19), "Kingsport": ("USA", 36.55, -82.56)}),
    ("county", "Marion County commissioners in Salem approved a new jail wing, and the city of "
     "Keizer agreed to share the cost.",
     {"Salem": ("USA", 44.94, -123.03), "Keizer": ("USA", 44.99, -123.03)}),
    ("must-stay", "The Greek government in Athens said it would raise pensions next year, and "
     "protests were held in Thessaloniki.",
     {"Athens": ("GRC", 37.98, 23.73), "Thessaloniki": ("GRC", 40.64, 22.94)}),
    ("uk-local", "West Midlands Police said two men were arrested in Birmingham and a third in "
     "Solihull after a string of burglaries.",
     {"Birmingham": ("GBR", 52.48, -1.90), "Solihull": ("GBR", 52.41, -1.78)}),
    ("county", "Madison County deputies said a Jackson man died in a crash on Highway 45 south "
     "of Humboldt, Tenn., on Sunday.",
     {"Jackson": ("USA", 35.61, -88.81)}),
    ("must-stay", "Hyderabad police said the city's metro would run late during the festival, and "
     "Telangana officials added buses to Warangal.",
     {"Hyderabad": ("IND", 17.39, 78.49), "Warangal": ("IND", 17.97, 79.59)}),
    # added after the first run (failing before the round's changes): a county and a town of
    # shared names read in one state that holds both
    ("county", "Walton County deputies arrested two men on a side street in Monroe on Thursday "
     "after a string of car break-ins.",
     {"Walton County": ("USA", 33.78, -83.73), "Monroe": ("USA", 33.79, -83.71)}),
    ("county", "The Floyd County sheriff said a man from Rome was arrested after deputies found "
     "stolen tools in his truck.",
     {"Rome": ("USA", 34.26, -85.16)}),
    ("street", "A water main break closed 14th St. near the courthouse in Columbus, Ga., on "
     "Monday morning, city workers said.",
     {"14th St.": ("USA", 32.46, -84.99), "Columbus": ("USA", 32.46, -84.99)}),
    ("county", "The Clark County fair opened in Vancouver on Friday, and visitors from Camas and "
     "Battle Ground filled the grandstand.",
     {"Vancouver": ("USA", 45.64, -122.66)}),
]

# (toponym, first three words of the passage) -> why it is not fixed in round 25b
NOT_YET: dict[tuple[str, str], str] = {
    ("Pullman", "Latah County commissioners"):
        "a town tagged an organisation before \"officials\" is left out: companies and governments "
        "have officials too (\"Clinton officials\"), so only police, council and people nouns "
        "vouch for a town (data/local_body_nouns.tsv)",
}


def cases() -> list:
    params = []
    for kind, text, places in PASSAGES:
        for name, (country, lat, lon) in places.items():
            key = (name, " ".join(text.split()[:3]))
            marks = [pytest.mark.xfail(strict=True, reason=NOT_YET[key])] if key in NOT_YET else []
            params.append(pytest.param(text, name, country, lat, lon, marks=marks,
                                       id=f"{kind}-{name}-{key[1]}"))
    return params


@pytest.mark.parametrize(("text", "name", "country", "lat", "lon"), cases())
def test_local_toponym_placed(nlp, gazetteer, text, name, country, lat, lon):
    found = overlapping(places_of(nlp, gazetteer, text), text, name)
    assert found, f"{name} not found"
    shown = [(p.text, p.name, p.country, p.admin1, p.lat, p.lon, p.resolution) for p in found]
    assert all(p.country == country for p in found), shown
    assert all(p.lat is not None and p.lon is not None
               and distance_km(p.lat, p.lon, lat, lon) <= WITHIN_KM for p in found), shown
