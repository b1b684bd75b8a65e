"""Round 29: datelines, in-state namesakes, places inside institution names, modifier countries,
and British or Irish "Town, County" qualifiers.

A wire dateline ("CITY (AP) —", "CITY —", "CITY, Month D (Reuters) -") names the city it is
filed from, never the state or a far namesake; in a story about a US state, a name that is also a
country or a famous foreign city is the in-state namesake when the text ties it to the state; a
place inside an institution's name ("University of X", "Embassy of X", "Bank of X") is still a
toponym for that place, as GeoWebNews gold marks it; a country named only as a modifier
("U.S.-based", "Chinese-owned") does not pull the next town into that country; and a town
qualified by a British or Irish county is that county's town. Every passage was written for this
test (imagined events); each maps a toponym as written to (country, lat, lon): the place found must
be in that country and, when lat/lon are given, within 161 km of that point (approximate, from
general knowledge).
"""

from __future__ import annotations

import pytest

from tests.where.conftest import assert_placed, placed_cases, places_of

# (kind, passage, {toponym as written: (country, lat, lon)})
PASSAGES: list[tuple[str, str, dict[str, tuple[str, float | None, float | None]]]] = [
    ("dateline", "NEW YORK (AP) — A fire in a Bronx warehouse sent smoke over the river, and the "
     "New York governor said state inspectors would look into it.",
     {"NEW YORK": ("USA", 40.71, -74.0)}),
    ("dateline", "NEW YORK (AP) — A man was stabbed on a New York City subway platform early on "
     "Friday, and New York Governor Jane Roe called for more police in the stations.",
     {"NEW YORK": ("USA", 40.71, -74.0)}),
    ("dateline", "WASHINGTON — The Senate passed a stopgap spending bill late on Thursday, sending "
     "it to the president.",
     {"WASHINGTON": ("USA", 38.9, -77.04)}),
    ("dateline", "LONDON, March 3 (Reuters) - Britain's biggest bus maker said on Monday it would "
     "cut 400 jobs.",
     {"LONDON": ("GBR", 51.51, -0.13)}),
    ("dateline", "PARIS (AFP) - Farmers drove tractors into the city centre on Tuesday to protest "
     "over fuel taxes.",
     {"PARIS": ("FRA", 48.86, 2.35)}),
    ("dateline", "KANSAS CITY, Mo. (AP) — A bridge over the river was closed on Friday after "
     "engineers found a crack.",
     {"KANSAS CITY": ("USA", 39.1, -94.58)}),
    ("dateline", "CAIRO, June 9 (Reuters) - The central bank kept interest rates on hold on "
     "Thursday.",
     {"CAIRO": ("EGY", 30.04, 31.24)}),
    ("namesake", "Ohio state police said a tractor-trailer overturned on Route 224 near Canfield, "
     "and a second crash closed a road in Poland, Ohio, for three hours.",
     {"Poland": ("USA", 41.02, -80.61)}),
    ("namesake", "A storm knocked out power to 4,000 homes in Lebanon, Pa., on Sunday night.",
     {"Lebanon": ("USA", 40.34, -76.41)}),
    ("namesake", "The paper mill in Berlin, N.H., will reopen in the spring under a new owner.",
     {"Berlin": ("USA", 44.47, -71.18)}),
    ("namesake", "Voters in Mexico, Missouri, approved a new sales tax for the fire department.",
     {"Mexico": ("USA", 39.17, -91.88)}),
    ("namesake", "Small businesses are the backbone of the economy in Ohio, and a bakery owner in "
     "Dublin said sales had doubled since the new bypass opened.",
     {"Dublin": ("USA", 40.1, -83.11)}),
    ("namesake", "Most farms in Ohio are run by families. A dairy farmer in Poland said milk prices "
     "had fallen for a year.",
     {"Poland": ("USA", 41.02, -80.61)}),
    ("namesake", "Pennsylvania has lost 40 factories since 2010. A welder in Lebanon said the repair "
     "shop he works at cut a shift last month.",
     {"Lebanon": ("USA", 40.34, -76.41)}),
    ("namesake", "Illinois lawmakers toured the flood wall at the southern tip of the state, and the "
     "Cairo school board asked them for money to fix two schools.",
     {"Cairo": ("USA", 37.0, -89.18)}),
    ("institution", "A geologist at the University of Alberta said the town could heat its pool "
     "with water from old oil wells.",
     {"Alberta": ("CAN", None, None)}),
    # GeoWebNews marks an embassy named with the town it stands in as that place (coercion)
    ("institution", "The Embassy of Armenia in Rome held a concert for the national day.",
     {"Armenia": ("ITA", 41.9, 12.5), "Rome": ("ITA", 41.9, 12.5)}),
    ("institution", "The Bank of Ghana raised its main rate by two points on Monday.",
     {"Ghana": ("GHA", None, None)}),
    ("institution", "Students at California State University staged a sit-in over tuition fees.",
     {"California": ("USA", None, None)}),
    ("modifier", "A U.S.-based aid group opened a field office in Geneva on Monday.",
     {"Geneva": ("CHE", 46.2, 6.15)}),
    ("modifier", "Workers at the Chinese-owned copper mine in Zambia went on strike over pay.",
     {"Zambia": ("ZMB", None, None)}),
    ("modifier", "An American-owned hotel in Birmingham was sold to a pension fund last week.",
     {"Birmingham": ("GBR", 52.48, -1.9)}),
    ("modifier", "A Canadian-run school in Perth will teach in three languages from September.",
     {"Perth": ("AUS", -31.95, 115.86)}),
    ("county", "A new footbridge over the Thames at Kingston, Surrey, opened on Saturday.",
     {"Kingston": ("GBR", 51.41, -0.3)}),
    ("county", "A bomb scare closed the railway station in Kingston, Surrey, on Monday.",
     {"Kingston": ("GBR", 51.41, -0.3), "Surrey": ("GBR", 51.3, -0.4)}),
    ("county", "Police in Newcastle, County Down, closed the harbour road after a landslip.",
     {"Newcastle": ("GBR", 54.21, -5.89)}),
    ("county", "The steelworks near Hamilton, Lanarkshire, laid off 90 workers on Monday.",
     {"Hamilton": ("GBR", 55.78, -4.04)}),
    ("county", "Farmers in Boston, Lincolnshire, said the wet spring had ruined the potato crop.",
     {"Boston": ("GBR", 52.98, -0.03)}),
    ("county", "A bus depot in Newport, County Mayo, burned down overnight.",
     {"Newport": ("IRL", 53.88, -9.55)}),
    ("county", "Flood barriers went up along the river in Athlone, County Westmeath, on Tuesday.",
     {"Athlone": ("IRL", 53.42, -7.94)}),
    ("must-stay", "Talks in Paris on Monday ended without a deal on fishing rights.",
     {"Paris": ("FRA", 48.86, 2.35)}),
    ("must-stay", "Troops from the U.S.-led coalition left the base on Monday.",
     {"U.S.": ("USA", None, None)}),
    ("must-stay", "A ferry from Dover, Kent, was held in port by high winds.",
     {"Dover": ("GBR", 51.13, 1.31)}),
    ("must-stay", "A snowstorm shut schools in London, Ontario, on Wednesday.",
     {"London": ("CAN", 42.98, -81.25)}),
    ("must-stay", "Portland, Oregon, will add bike lanes on four bridges next year.",
     {"Portland": ("USA", 45.52, -122.68)}),
    ("must-stay", "The president flew from Washington to Warsaw on Tuesday for talks on Poland's "
     "air defence.",
     {"Warsaw": ("POL", 52.23, 21.01), "Poland": ("POL", None, None)}),
    ("must-stay", "The Ohio company said it would open a factory in Poland next year.",
     {"Poland": ("POL", None, None)}),
    ("must-stay", "Pennsylvania sent 40 doctors to Lebanon after the blast, the governor said.",
     {"Lebanon": ("LBN", None, None)}),
    ("must-stay", "Lebanon's parliament failed again on Thursday to elect a president.",
     {"Lebanon": ("LBN", None, None)}),
]

# (toponym, first three words of the passage) -> why it is not fixed in round 29
NOT_YET: dict[tuple[str, str], str] = {}




@pytest.mark.parametrize(("text", "name", "country", "lat", "lon"), placed_cases(PASSAGES, NOT_YET))
def test_toponym_found_and_placed(nlp, gazetteer, text, name, country, lat, lon):
    assert_placed(places_of(nlp, gazetteer, text), text, name, country, lat, lon)
