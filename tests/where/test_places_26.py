"""Round 26: the right namesake and the right point on unseen news.

US local news (a town whose name many states share, read beside its state, county or the
paper's other towns; "Va.", "Calif." abbreviations; "City, State") and international wire
copy with a dateline, where a namesake must follow the article's geography; and places that
were right before this round (must stay). Every passage was written for this test (imagined
events); each maps a toponym as written to (country, lat, lon): the place found must be in that
country and, when lat/lon are given, within 161 km of that point (approximate, from general
knowledge).
"""

from __future__ import annotations

import pytest

from tests.where.conftest import assert_placed, overlapping, placed_cases, places_of

# (kind, passage, {toponym as written: (country, lat, lon)})
PASSAGES: list[tuple[str, str, dict[str, tuple[str, float | None, float | None]]]] = [
    ("us-local", "The Springfield city council voted 5-2 on Tuesday to raise water rates, and "
     "Sangamon County officials said the change would also reach homes in nearby Chatham.",
     {"Springfield": ("USA", 39.8, -89.6), "Chatham": ("USA", 39.7, -89.7)}),
    ("us-local", "Columbia police arrested two men after a break-in at a Gervais Street bar, "
     "and the Richland County sheriff said a third suspect fled toward Lexington, South Carolina.",
     {"Columbia": ("USA", 34.0, -81.0), "South Carolina": ("USA", 33.9, -80.9)}),
    ("us-local", "Jackson, Miss. — Water pressure returned to most of the city on Friday, "
     "Mississippi health officials said, a week after the treatment plant failed.",
     {"Jackson": ("USA", 32.3, -90.2), "Mississippi": ("USA", 32.7, -89.7)}),
    ("us-local", "A ferry from Portland to Peaks Island was cancelled on Monday as a storm moved up "
     "the coast of Maine, and schools in South Portland closed early.",
     {"Portland": ("USA", 43.66, -70.26), "Maine": ("USA", 45.3, -69.2)}),
    ("us-local", "Portland, Ore. — Protesters marched across the Hawthorne Bridge on Saturday, "
     "and Multnomah County deputies closed two lanes.",
     {"Portland": ("USA", 45.5, -122.7)}),
    ("us-local", "Richmond, Va. — The state's governor signed a budget on Thursday that sends more "
     "money to schools in Norfolk and Roanoke.",
     {"Richmond": ("USA", 37.5, -77.4), "Norfolk": ("USA", 36.85, -76.3),
      "Roanoke": ("USA", 37.3, -79.9)}),
    ("us-local", "Fresno, Calif. — Farm workers in the Central Valley walked off the job on Monday, "
     "a union spokeswoman in Bakersfield said.",
     {"Fresno": ("USA", 36.7, -119.8), "Bakersfield": ("USA", 35.4, -119.0)}),
    ("us-local", "The sheriff's office in Athens said the missing hiker was found near Watkinsville, "
     "and the University of Georgia thanked volunteers from Clarke County.",
     {"Athens": ("USA", 33.96, -83.38), "Watkinsville": ("USA", 33.86, -83.41)}),
    ("us-local", "Residents of Paris, Texas, lined up for sandbags on Wednesday as the Red River rose, "
     "officials in Lamar County said.",
     {"Paris": ("USA", 33.66, -95.55)}),
    ("us-local", "Lebanon, Pa. — A warehouse fire closed Route 422 for most of the night, "
     "and crews from Hershey helped put it out.",
     {"Lebanon": ("USA", 40.34, -76.41), "Hershey": ("USA", 40.29, -76.65)}),
    ("us-local", "Voters in Manchester, N.H., will choose a new mayor in November after the incumbent "
     "said she would not run again, local reports said.",
     {"Manchester": ("USA", 43.0, -71.46)}),
    ("us-local", "Officials in Aurora, Colo., said a water main break flooded three streets, and "
     "Denver crews were sent to help.",
     {"Aurora": ("USA", 39.73, -104.8), "Denver": ("USA", 39.74, -104.99)}),
    ("us-local", "The county seat of Boone County, Columbia, Mo., will host the state fair's "
     "livestock sale next year, organizers in Jefferson City said.",
     {"Columbia": ("USA", 38.95, -92.33), "Jefferson City": ("USA", 38.58, -92.17)}),
    ("us-local", "Two schools in Greenville closed on Thursday after a gas leak, and students were "
     "bused to Spartanburg, South Carolina officials said.",
     {"Greenville": ("USA", 34.85, -82.4), "Spartanburg": ("USA", 34.95, -81.93)}),
    ("wire", "KARACHI, Pakistan (AP) — Floods in Hyderabad and across Sindh province killed at least "
     "nine people on Sunday, officials said.",
     {"KARACHI": ("PAK", 24.86, 67.0), "Hyderabad": ("PAK", 25.4, 68.37),
      "Sindh": ("PAK", 26.0, 68.5)}),
    ("wire", "NEW DELHI (Reuters) — Police in Hyderabad detained dozens of students on Tuesday, "
     "as protests spread from Telangana to neighbouring states.",
     {"Hyderabad": ("IND", 17.38, 78.48)}),
    ("wire", "BEIRUT (AFP) — Clashes in Tripoli left four dead on Friday, Lebanese security sources "
     "said, as the army deployed in the northern city.",
     {"Tripoli": ("LBN", 34.43, 35.84)}),
    ("wire", "TUNIS (Reuters) — Fighting near Tripoli forced the closure of the Ras Jedir border "
     "crossing between Tunisia and Libya on Wednesday.",
     {"Tripoli": ("LBY", 32.9, 13.18), "Libya": ("LBY", None, None)}),
    ("wire", "LONDON (Reuters) — Police in Birmingham arrested three men on Monday over a stabbing, "
     "West Midlands Police said.",
     {"Birmingham": ("GBR", 52.48, -1.9)}),
    ("wire", "MONTGOMERY, Ala. (AP) — A tornado tore through Birmingham suburbs late on Sunday, "
     "the Alabama emergency agency said.",
     {"Birmingham": ("USA", 33.52, -86.8), "Alabama": ("USA", 32.8, -86.8)}),
    ("wire", "SYDNEY (Reuters) — Bushfires threatened homes near Perth on Thursday, and authorities "
     "in Western Australia urged residents to leave.",
     {"Perth": ("AUS", -31.95, 115.86), "Western Australia": ("AUS", None, None)}),
    ("wire", "OTTAWA (Reuters) — Flooding in London, Ontario, forced hundreds from their homes, "
     "provincial officials said on Tuesday.",
     {"London": ("CAN", 42.98, -81.25)}),
    ("wire", "CAIRO (AP) — Egyptian authorities said on Saturday that a train collided with a truck "
     "near Alexandria, injuring dozens.",
     {"Alexandria": ("EGY", 31.2, 29.9), "CAIRO": ("EGY", 30.04, 31.24)}),
    ("us-local", "A judge in Alexandria, Va., ordered the release of two protesters on Monday, "
     "a spokesman for the federal court said.",
     {"Alexandria": ("USA", 38.8, -77.05)}),
    ("wire", "MANILA (AP) — A ferry capsized off San Jose on Mindoro island on Friday, the Philippine "
     "coast guard said, and seven passengers are missing.",
     {"San Jose": ("PHL", 12.35, 121.07)}),
    ("us-local", "San Jose police closed part of Santa Clara Street on Saturday for a parade, and "
     "officials in Sunnyvale planned a similar event.",
     {"San Jose": ("USA", 37.34, -121.89), "Sunnyvale": ("USA", 37.37, -122.04)}),
    ("wire", "Aid workers reopened a clinic in Kobane last week, a Syrian relief group said.",
     {"Kobane": ("SYR", 36.9, 38.35)}),
    ("wire", "Fishermen stranded in Akyab after the cyclone were rescued, officials in Myanmar said.",
     {"Akyab": ("MMR", 20.15, 92.9)}),
    ("wire", "KINGSTON, Jamaica (AP) — Police in Spanish Town arrested four men after a shooting, "
     "and a curfew was imposed in Portland parish.",
     {"Spanish Town": ("JAM", 17.99, -76.96), "Portland": ("JAM", 18.1, -76.5)}),
    ("us-local", "The Burlington school board met on Monday, and Chittenden County officials said "
     "roads near the lake were closed.",
     {"Burlington": ("USA", 44.48, -73.21), "Chittenden County": ("USA", 44.45, -73.1)}),
    ("us-local", "Lawmakers in Columbia debated the budget on Tuesday, and the county seat of Boone "
     "County saw protests, the Missourian reported.",
     {"Columbia": ("USA", 38.95, -92.33), "Boone County": ("USA", 38.99, -92.31)}),
    ("wire", "Kurdish-led fighters regrouped in Tal Abyad after a drone strike, Syrian monitors said.",
     {"Tal Abyad": ("SYR", 36.7, 38.95)}),
    ("wire", "Migrants rested in Juchitan, a town in the south of Mexico, before walking on to "
     "the north.",
     {"Juchitan": ("MEX", 16.43, -95.02)}),
    ("must-stay", "The talks in Geneva ended without agreement on Friday, Swiss officials said.",
     {"Geneva": ("CHE", 46.2, 6.15)}),
    ("must-stay", "Rockets fell on Kharkiv overnight, Ukraine's emergency service said, and power "
     "was cut in parts of the city.",
     {"Kharkiv": ("UKR", 50.0, 36.23), "Ukraine": ("UKR", None, None)}),
    ("must-stay", "Heavy snow closed schools across Minnesota on Monday, and Minneapolis declared a "
     "snow emergency.",
     {"Minnesota": ("USA", None, None), "Minneapolis": ("USA", 44.98, -93.27)}),
    ("must-stay", "Protesters gathered outside parliament in Nairobi on Tuesday as lawmakers in Kenya "
     "debated a tax bill.",
     {"Nairobi": ("KEN", -1.29, 36.82), "Kenya": ("KEN", None, None)}),
]

# (toponym, first three words of the passage) -> why it is not fixed in round 26
NOT_YET: dict[tuple[str, str], str] = {
    ("Portland", "KINGSTON, Jamaica (AP)"):
        "a parish of Jamaica named with its admin word after it ('Portland parish') is not looked "
        "up as the division; the biggest Portland abroad wins",
    ("Columbia", "Lawmakers in Columbia"):
        "the biggest Columbia of the country (South Carolina) anchors its state; the county of a "
        "shared name beside it follows it, and 'Missourian' is no demonym of the table",
    ("Boone County", "Lawmakers in Columbia"):
        "follows the anchored South Carolina Columbia to the nearest Boone County",
    ("Tal Abyad", "Kurdish-led fighters regrouped"):
        "NER cuts the name after 'Tal' (tagged a place on its own, a town of India) and the "
        "gazetteer lookup of the two words is not tried",
}




@pytest.mark.parametrize(("text", "name", "country", "lat", "lon"), placed_cases(PASSAGES, NOT_YET))
def test_toponym_found_and_placed(nlp, gazetteer, text, name, country, lat, lon):
    assert_placed(places_of(nlp, gazetteer, text), text, name, country, lat, lon)


@pytest.mark.parametrize("text, name", [
    pytest.param("Prices rose in March and fell in May, traders said on Monday.", "March",
                 id="month-after-in-is-no-town"),
    pytest.param("Prices rose in March and fell in May, traders said on Monday.", "May",
                 id="second-month-is-no-town"),
    pytest.param("The leaflets were printed in English and in Welsh, with a summary in French.",
                 "English", id="language-is-no-town"),
])
def test_calendar_and_language_words_are_no_places(nlp, gazetteer, text, name):
    assert not overlapping(places_of(nlp, gazetteer, text), text, name)
