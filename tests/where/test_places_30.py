"""Round 30: which candidate, in local US news and in international news from every continent.

Small American towns share their names with state capitals, big cities and countries
(Springfield, Columbia, Jackson, Paris, Rome, Moscow, Peru, Panama City); a county, a state
abbreviation, a dateline or a neighbouring town tells which. Abroad, a city's name recurs in
several countries (Hyderabad, Córdoba, Valencia, Tripoli, Hamilton, Alexandria) and a
division's in several (Punjab); the article's other places, its region and its country tell
which. A country named like a town (Chad, Niger, Jordan, Georgia) stays the country when the
text speaks of nations. Every passage was written for this test (imagined events); each maps a
toponym as written to (country, lat, lon): the place found must be in that country and, when
lat/lon are given, within 161 km of that point (approximate, from general knowledge).
"""

from __future__ import annotations

import pytest

from tests.where.conftest import assert_placed, placed_cases, places_of

# (kind, passage, {toponym as written: (country, lat, lon)})
PASSAGES: list[tuple[str, str, dict[str, tuple[str, float | None, float | None]]]] = [
    # local US news: a county or a state beside a town that many states share
    ("local", "Sangamon County deputies said a Springfield man was charged with arson after a "
     "fire at a vacant house on the east side.",
     {"Springfield": ("USA", 39.8, -89.64)}),
    ("local", "The Greene County commission will repave four roads around Springfield, Missouri, "
     "before the school year begins.",
     {"Springfield": ("USA", 37.21, -93.29)}),
    ("local", "Richland County deputies said a Columbia woman drove into a pond after a chase "
     "on Interstate 26.",
     {"Columbia": ("USA", 34.0, -81.03)}),
    ("local", "Boone County prosecutors in Columbia, Mo., dropped the charges against two "
     "university students on Friday.",
     {"Columbia": ("USA", 38.95, -92.33)}),
    ("local", "Hinds County supervisors asked the governor for bottled water after the treatment "
     "plant in Jackson failed again.",
     {"Jackson": ("USA", 32.3, -90.18)}),
    ("local", "A tornado tore the roof off a warehouse in Jackson, Tenn., and the Madison County "
     "mayor declared an emergency.",
     {"Jackson": ("USA", 35.61, -88.81)}),
    ("local", "The Lamar County sheriff said a Paris woman was hurt when a pickup hit her car on "
     "U.S. 82 east of town.",
     {"Paris": ("USA", 33.66, -95.56)}),
    ("local", "Cumberland County officials said the ferry terminal in Portland would close for "
     "repairs until the spring.",
     {"Portland": ("USA", 43.66, -70.26)}),
    ("local", "The Floyd County school board met in Rome, Ga., on Monday to approve a new "
     "elementary school.",
     {"Rome": ("USA", 34.26, -85.16)}),
    ("local", "Oneida County firefighters were called to a factory blaze in Rome, N.Y., before "
     "dawn on Sunday.",
     {"Rome": ("USA", 43.21, -75.46)}),
    ("local", "Students at the university in Moscow, Idaho, held a vigil on Sunday night, and "
     "Latah County deputies closed two streets.",
     {"Moscow": ("USA", 46.73, -117.0)}),
    ("local", "A grain elevator collapsed in Peru, Indiana, and Miami County crews searched the "
     "site for hours.",
     {"Peru": ("USA", 40.75, -86.07)}),
    ("local", "Bay County commissioners said beaches in Panama City would reopen after the "
     "storm, and the pier at Panama City Beach stayed shut.",
     {"Panama City": ("USA", 30.16, -85.66)}),
    ("local", "A fire at a sawmill in Athens, Ga., sent smoke across Clarke County on Thursday.",
     {"Athens": ("USA", 33.96, -83.38)}),
    ("local", "Aurora, Colo., police shot a man who fired at officers outside a grocery store "
     "on Saturday.",
     {"Aurora": ("USA", 39.73, -104.83)}),
    ("local", "Voters in Manchester, N.H., chose a new mayor on Tuesday, and turnout in "
     "Nashua was higher than expected.",
     {"Manchester": ("USA", 42.99, -71.46), "Nashua": ("USA", 42.77, -71.47)}),
    ("local", "Firefighters from Dover, Smyrna and Camden fought a barn fire in Kent County, "
     "Delaware, overnight.",
     {"Dover": ("USA", 39.16, -75.52)}),
    ("local", "Ulster County officials opened a warming center in Kingston as temperatures fell "
     "below zero.",
     {"Kingston": ("USA", 41.93, -73.99)}),
    ("local", "Two Dougherty County schools in Albany were closed after a water main broke on "
     "Monday.",
     {"Albany": ("USA", 31.58, -84.16)}),
    ("local", "The Lexington police chief said officers in Fayette County would wear body cameras "
     "from July, and the Kentucky state police would train them.",
     {"Lexington": ("USA", 38.04, -84.5)}),
    ("local", "Birmingham, Ala., will spend $4 million on new buses, the Jefferson County "
     "transit board said.",
     {"Birmingham": ("USA", 33.52, -86.8)}),
    ("local", "A 19-year-old from Alexandria, Va., was charged after a crash on the George "
     "Washington Parkway.",
     {"Alexandria": ("USA", 38.8, -77.05)}),
    ("dateline", "JACKSON, Miss. (AP) — The state Senate passed a bill on Wednesday to raise "
     "teacher pay.",
     {"JACKSON": ("USA", 32.3, -90.18)}),
    ("dateline", "COLUMBUS, Ga. — A soldier from Fort Moore was killed in a crash on Saturday.",
     {"COLUMBUS": ("USA", 32.46, -84.99)}),
    ("dateline", "SPRINGFIELD, Mass. (AP) — The casino said it would add 300 jobs by the summer.",
     {"SPRINGFIELD": ("USA", 42.1, -72.59)}),
    ("dateline", "NAIROBI, Kenya (AP) — Police fired tear gas at protesters in the coastal city "
     "of Mombasa on Tuesday.",
     {"NAIROBI": ("KEN", -1.29, 36.82), "Mombasa": ("KEN", -4.04, 39.67)}),
    # international news: same-named cities, read by their country and region
    ("abroad", "Floods in Sindh province cut the highway between Karachi and Hyderabad, and "
     "the army sent boats to the villages.",
     {"Hyderabad": ("PAK", 25.39, 68.37)}),
    ("abroad", "Software firms in Hyderabad, the capital of Telangana, hired 40,000 engineers "
     "last year.",
     {"Hyderabad": ("IND", 17.38, 78.48)}),
    ("abroad", "Farmers blocked roads around Córdoba, Argentina's second city, over export "
     "taxes on soybeans.",
     {"Córdoba": ("ARG", -31.42, -64.18)}),
    ("abroad", "Power cuts hit Valencia and Maracay, the industrial cities of central Venezuela, "
     "for a third day.",
     {"Valencia": ("VEN", 10.16, -68.0), "Maracay": ("VEN", 10.25, -67.6)}),
    ("abroad", "Gunmen fought in the streets of Tripoli, Lebanon's second city, and the army "
     "sent troops from Beirut.",
     {"Tripoli": ("LBN", 34.43, 35.84)}),
    ("abroad", "A storm flooded homes in Hamilton and Tauranga, and New Zealand's prime "
     "minister flew to the Waikato region.",
     {"Hamilton": ("NZL", -37.79, 175.28), "Tauranga": ("NZL", -37.69, 176.17)}),
    ("abroad", "Steelworkers in Hamilton, Ontario, voted to strike, their union said in "
     "Toronto.",
     {"Hamilton": ("CAN", 43.26, -79.87)}),
    ("abroad", "Egyptian police arrested 12 people in Alexandria after a church was attacked, "
     "the interior ministry in Cairo said.",
     {"Alexandria": ("EGY", 31.2, 29.92)}),
    ("abroad", "Chile's president visited Valparaíso after wildfires, then returned to Santiago "
     "for an emergency cabinet meeting.",
     {"Santiago": ("CHL", -33.45, -70.67), "Valparaíso": ("CHL", -33.05, -71.62)}),
    ("abroad", "Costa Rica declared an emergency after a landslide near San José buried a bus "
     "on the road to Limón.",
     {"San José": ("CRI", 9.93, -84.08)}),
    ("abroad", "Ferries between Victoria and Vancouver were cancelled as a storm hit British "
     "Columbia.",
     {"Victoria": ("CAN", 48.43, -123.37)}),
    ("abroad", "Cyclone warnings went up in Darwin, and the Northern Territory closed schools "
     "along the coast.",
     {"Darwin": ("AUS", -12.46, 130.84)}),
    ("abroad", "Farmers marched on Lahore, the capital of Punjab, demanding higher wheat prices "
     "from Pakistan's government.",
     {"Punjab": ("PAK", 31.17, 72.7), "Lahore": ("PAK", 31.55, 74.34)}),
    ("abroad", "The state of Punjab in India will give farmers free power, its chief minister "
     "said in Chandigarh.",
     {"Punjab": ("IND", 30.9, 75.5)}),
    ("abroad", "Militants attacked a checkpoint in Balochistan near Quetta on Sunday, killing "
     "four soldiers.",
     {"Balochistan": ("PAK", 28.5, 65.5), "Quetta": ("PAK", 30.18, 66.99)}),
    ("abroad", "Fighting spread from Tigray into the Afar region of Ethiopia, aid agencies said "
     "in Addis Ababa.",
     {"Tigray": ("ETH", 14.0, 39.0), "Afar": ("ETH", 11.75, 41.0)}),
    ("abroad", "Ukrainian troops shelled positions near Kherson and Zaporizhzhia overnight, the "
     "governor said.",
     {"Kherson": ("UKR", 46.64, 32.61)}),
    ("abroad", "A car bomb went off in Mosul, and Iraqi officials in Baghdad blamed a sleeper "
     "cell.",
     {"Mosul": ("IRQ", 36.34, 43.13)}),
    # countries named like towns: the nation, when the text speaks of nations
    ("country", "Thousands of refugees crossed from Sudan's Darfur region into eastern Chad last "
     "week, the UN said.",
     {"Chad": ("TCD", None, None), "Darfur": ("SDN", 13.5, 24.0)}),
    ("country", "Soldiers seized power in Niger, and Nigeria's president called the coup leaders "
     "in Niamey.",
     {"Niger": ("NER", None, None), "Niamey": ("NER", 13.51, 2.11)}),
    ("country", "Jordan closed its border with Syria after clashes near Daraa, the government in "
     "Amman said.",
     {"Jordan": ("JOR", None, None), "Daraa": ("SYR", 32.62, 36.1)}),
    ("country", "Russia moved troops close to Georgia's border, and the government in Tbilisi "
     "protested.",
     {"Georgia": ("GEO", None, None), "Tbilisi": ("GEO", 41.72, 44.79)}),
    ("country", "Guinea's junta freed two ministers, the state broadcaster in Conakry said.",
     {"Guinea": ("GIN", None, None), "Conakry": ("GIN", 9.54, -13.68)}),
    ("country", "Panama's canal authority cut the number of ships allowed each day as the drought "
     "dragged on in Panama City.",
     {"Panama City": ("PAN", 8.98, -79.52)}),
    ("country", "Mexico's president spoke in Mexico City after gunmen killed nine people in "
     "Sinaloa.",
     {"Mexico City": ("MEX", 19.43, -99.13), "Sinaloa": ("MEX", 25.0, -107.5)}),
    # added while building (each failed before round 30): two or three towns side by side say
    # where the article is, though no state is named
    ("pair", "Police in Franklin and Brentwood searched for a man who robbed two banks on "
     "Friday.",
     {"Franklin": ("USA", 35.93, -86.87), "Brentwood": ("USA", 36.03, -86.78)}),
    ("pair", "A gas leak forced the evacuation of a school in Greenville, and firefighters from "
     "Spartanburg arrived within minutes.",
     {"Greenville": ("USA", 34.85, -82.39)}),
    ("pair", "The factory in Springfield will close, and 300 workers in Decatur will lose their "
     "jobs as well.",
     {"Springfield": ("USA", 39.8, -89.64), "Decatur": ("USA", 39.84, -88.95)}),
    ("pair", "Police said the suspect fled from Bristol to Kingsport before he was caught.",
     {"Bristol": ("USA", 36.6, -82.19)}),
    ("pair", "A storm knocked down trees in Concord and Kannapolis.",
     {"Concord": ("USA", 35.41, -80.58)}),
    ("pair", "A dam failed near Midland, and people in Sanford were told to leave.",
     {"Midland": ("USA", 43.62, -84.25), "Sanford": ("USA", 43.67, -84.38)}),
    ("pair", "Flooding in Lancaster closed schools, and buses in York and Lebanon were delayed.",
     {"Lancaster": ("USA", 40.04, -76.31), "Lebanon": ("USA", 40.34, -76.41)}),
    ("state", "The governor toured flooded towns in Iowa, including Cedar Rapids and Waterloo.",
     {"Waterloo": ("USA", 42.49, -92.34)}),
    ("ner", "Floodwaters rose in Cagayan de Oro, and families in Iligan moved to evacuation "
     "centres.",
     {"Cagayan de Oro": ("PHL", 8.48, 124.65)}),
    ("ner", "The Dothan city commission voted to raise water rates. Houston County residents "
     "will see the change in July.",
     {"Dothan": ("USA", 31.22, -85.39)}),
    ("ner", "Police in Kalamazoo arrested a man suspected of robbing three stores in Portage and "
     "Battle Creek.",
     {"Battle Creek": ("USA", 42.32, -85.18)}),
    ("ner", "Fire crews from Windsor and Slough fought the blaze.",
     {"Windsor": ("GBR", 51.48, -0.6), "Slough": ("GBR", 51.51, -0.6)}),
    ("division", "The Halifax council in West Yorkshire voted to close two libraries.",
     {"Halifax": ("GBR", 53.72, -1.86)}),
    ("division", "Floods hit Lancaster and Preston in north-west England.",
     {"Lancaster": ("GBR", 54.05, -2.8), "Preston": ("GBR", 53.76, -2.7)}),
    # pairs abroad that must stay where they are
    ("must-stay", "Protests spread from Florence to Venice on Saturday.",
     {"Florence": ("ITA", 43.77, 11.25), "Venice": ("ITA", 45.44, 12.33)}),
    ("must-stay", "Fans travelled from Liverpool to Leicester for the match.",
     {"Liverpool": ("GBR", 53.41, -2.98), "Leicester": ("GBR", 52.64, -1.13)}),
    ("must-stay", "A flight from Perth to Adelaide was diverted.",
     {"Perth": ("AUS", -31.95, 115.86)}),
    ("must-stay", "Farmers protested in Lyon and Grenoble.",
     {"Grenoble": ("FRA", 45.18, 5.72)}),
    ("must-stay", "Hospitals in Hamilton and Brampton were full, Ontario's health minister said.",
     {"Hamilton": ("CAN", 43.26, -79.87)}),
    ("must-stay", "Police in Birmingham arrested three men over a stabbing in Wolverhampton.",
     {"Birmingham": ("GBR", 52.48, -1.9)}),
]

# (toponym, first three words of the passage) -> why it is not fixed in round 30
NOT_YET: dict[tuple[str, str], str] = {
    ("Portland", "Cumberland County officials"): "Maine and Tennessee both hold a Cumberland County "
    "and a Portland; Portland, Oregon, the biggest, anchors its state (namesakes.shared_state) and "
    "nothing in the text picks Maine",
}


@pytest.mark.parametrize(("text", "name", "country", "lat", "lon"), placed_cases(PASSAGES, NOT_YET))
def test_toponym_found_and_placed(nlp, gazetteer, text, name, country, lat, lon):
    assert_placed(places_of(nlp, gazetteer, text), text, name, country, lat, lon)
