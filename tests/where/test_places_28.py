"""Round 28: local-news forms that hide a state or put a town far away.

A state or country glued to a hyphen inside one token ("U.S.-led", a wire dateline
"Calif.--(BUSINESS WIRE)--"); a postal code after a town or county ("CONWAY, SC (WXYZ)"),
which alone is too ambiguous to look up; a venue without a facility noun put in the town the
text names with it ("at the Blue Anchor in Whitby"); and a town qualified by a county or
region ("Thruxton, Hampshire"), which must be that county's namesake. Every passage was written
for this test (imagined events); each maps a toponym as written to (country, lat, lon): the
place found must be in that country and, when lat/lon are given, within 161 km of that point
(approximate, from general knowledge).
"""

from __future__ import annotations

import pytest

from tests.where.conftest import assert_placed, overlapping, placed_cases, places_of

# (kind, passage, {toponym as written: (country, lat, lon)})
PASSAGES: list[tuple[str, str, dict[str, tuple[str, float | None, float | None]]]] = [
    ("glued", "Troops from the U.S.-led mission handed the base over on Monday.",
     {"U.S.": ("USA", None, None)}),
    ("glued", "A U.K.-based charity said it would send tents to the flooded valley.",
     {"U.K.": ("GBR", None, None)}),
    ("glued", "FRESNO, Calif.--(BUSINESS WIRE)--A maker of irrigation pumps said on Tuesday it "
     "would hire 200 workers.",
     {"Calif.": ("USA", 37.2, -119.5), "FRESNO": ("USA", 36.75, -119.77)}),
    ("glued", "AUSTIN, Texas--(BUSINESS WIRE)--A software firm said it had raised new money "
     "from investors.",
     {"Texas": ("USA", None, None), "AUSTIN": ("USA", 30.27, -97.74)}),
    ("postal", "CONWAY, SC (WXYZ) - Firefighters put out a blaze at a storage unit late on "
     "Sunday night.",
     {"SC": ("USA", 33.9, -80.9), "CONWAY": ("USA", 33.84, -79.05)}),
    ("postal", "GREENVILLE, NC (WXYZ) - A school bus slid off a wet road on Monday morning, "
     "and no child was hurt.",
     {"NC": ("USA", 35.5, -79.4), "GREENVILLE": ("USA", 35.61, -77.37)}),
    ("postal", "A deputy in Horry County, SC, found the missing hiker on Friday.",
     {"SC": ("USA", 33.9, -80.9)}),
    ("postal", "Voters in Salem, OR, backed a new library levy on Tuesday night.",
     {"Salem": ("USA", 44.94, -123.04), "OR": ("USA", None, None)}),
    ("venue", "Artists met at Nimbus Loft in Lagos on Saturday to talk about censorship.",
     {"Nimbus Loft": ("NGA", 6.45, 3.39)}),
    ("venue", "The talks were held at the Palais Verdier in Geneva on Thursday.",
     {"Palais Verdier": ("CHE", 46.2, 6.15)}),
    ("venue", "A winning lottery ticket was sold at Quickstop Fuels in Dayton last week.",
     {"Quickstop Fuels": ("USA", None, None)}),
    ("county", "The next meeting is at Thruxton, Hampshire, on 19 May, the organisers said.",
     {"Thruxton": ("GBR", 51.2, -1.6)}),
    ("county", "He grew up in Croft, Yorkshire, and raced karts as a boy.",
     {"Croft": ("GBR", 54.45, -1.55)}),
    ("local-us", "The Springfield City Council voted on Monday to repave Main Street, and "
     "Illinois will pay half the bill.",
     {"Springfield": ("USA", 39.8, -89.65), "Illinois": ("USA", None, None)}),
    ("local-us", "A barn fire in Dodge County, Wis., killed 40 cows on Saturday, the sheriff said.",
     {"Dodge County": ("USA", 43.42, -88.7)}),
    ("local-us", "Police in Lewiston, Maine, arrested two men after a break-in at a pharmacy.",
     {"Lewiston": ("USA", 44.1, -70.21)}),
    ("local-us", "A water main broke in Frederick, Md., flooding three blocks of the old town.",
     {"Frederick": ("USA", 39.41, -77.41)}),
    ("local-us", "The mill in Rome, Ga., will close next spring, costing 300 jobs.",
     {"Rome": ("USA", 34.26, -85.16)}),
    ("local-uk", "Police in Dewsbury appealed for witnesses after a car hit a lamp post on "
     "Saturday night.",
     {"Dewsbury": ("GBR", 53.69, -1.63)}),
    ("local-uk", "A new bypass around Thirsk, North Yorkshire, opened to traffic on Friday.",
     {"Thirsk": ("GBR", 54.23, -1.34)}),
    ("local-uk", "Lifeboat crews from New Quay were called to a stranded kayaker off the "
     "Ceredigion coast.",
     {"New Quay": ("GBR", 52.21, -4.36)}),
    ("must-stay", "The hearing was held at the Old Bailey in London on Wednesday.",
     {"London": ("GBR", 51.51, -0.13)}),
    ("must-stay", "NEW YORK (AP) - Subway service was cut on two lines after a signal fault.",
     {"NEW YORK": ("USA", 40.71, -74.0)}),
    ("must-stay", "Talks in Paris, Texas, on a new water tower ended without a deal.",
     {"Paris": ("USA", 33.66, -95.55)}),
    ("must-stay", "A Russia-backed group seized two towns in the east, officials said.",
     {"Russia": ("RUS", None, None)}),
    ("must-stay", "Fire crews from Kent and Essex were sent to the blaze.",
     {"Kent": ("GBR", 51.2, 0.7), "Essex": ("GBR", 51.8, 0.6)}),
    ("must-stay", "The film festival opened in Cannes on Tuesday with a French comedy.",
     {"Cannes": ("FRA", 43.55, 7.01)}),
    ("must-stay", "Portland, Oregon, will add bike lanes on four bridges next year.",
     {"Portland": ("USA", 45.52, -122.68)}),
]

# (toponym, first three words of the passage) -> why it is not fixed in round 28
NOT_YET: dict[tuple[str, str], str] = {
    ("Quickstop Fuels", "A winning lottery"):
        "NER tags the venue PERSON; 'at <person> in <town>' is too often a person ('aimed at "
        "Smith in Paris') for venue_spans to take",
}




@pytest.mark.parametrize(("text", "name", "country", "lat", "lon"), placed_cases(PASSAGES, NOT_YET))
def test_toponym_found_and_placed(nlp, gazetteer, text, name, country, lat, lon):
    assert_placed(places_of(nlp, gazetteer, text), text, name, country, lat, lon)


@pytest.mark.parametrize(("text", "name"), [
    pytest.param("Shares of Coca-Cola rose after the results, traders said.", "Coca", id="brand"),
    pytest.param("The boy was treated by Dr. Ahmed-Khan at the clinic.", "Ahmed", id="surname"),
    pytest.param("She met him at Google in the spring of 2019.", "Google", id="no-town-after"),
    pytest.param("The SC ruling was criticised by both parties.", "SC", id="code-alone"),
])
def test_no_place(nlp, gazetteer, text, name):
    found = overlapping(places_of(nlp, gazetteer, text), text, name)
    assert not found, [(p.text, p.name, p.country) for p in found]
