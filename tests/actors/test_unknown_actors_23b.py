"""Actors the knowledge base does not know, second pass of round 23: a body named after a
place where something happens is still an actor ("at the U.N. Security Council"); a union named
after a calling ("Union of Nurses", "teachers' union") is labour, not the calling's sector; a
bare "police", "jury" or "army" takes a country named in its own sentence ("police in Kenya",
"Kenyan police", "in Nairobi, police said") before the article's; "daily", "weekly" and
"tabloid" are outlets in front of a paper's name.

The sentences are our own; the names are invented. The last cases are codings that must stay.
"""

from __future__ import annotations

import pytest
from tests.actors.coding import coding as _coding
from tests.actors.coding import coding_params, unsolved

# (text, name whose last mention is checked, country, sector)
CASES = [
    # venues that are actors
    ('The envoy spoke at the U.N. Security Council on Tuesday.',
     'Security Council', 'UNO', 'GOV'),
    ('The draft was tabled in the UN General Assembly last week.',
     'General Assembly', 'UNO', 'GOV'),
    ('The minister appeared before the European Parliament to defend the deal.',
     'European Parliament', 'EUR', 'LEG'),
    unsolved('The charges were read out at the Kivara High Court in Kenya.',
             'Kivara High Court', 'KEN', 'JUD',
             "the recogniser tags an unknown court a building (FAC), which no rule reads as a name"),
    # unions named after a calling
    ('The Nigerian Union of Teachers called a strike.',
     'Nigerian Union of Teachers', 'NGA', 'LAB'),
    ('The Ghana Union of Doctors rejected the pay offer.',
     'Ghana Union of Doctors', 'GHA', 'LAB'),
    ('The Zambian Nurses Union threatened to walk out.',
     'Zambian Nurses Union', 'ZMB', 'LAB'),
    ("Kenya's teachers' union rejected the new contract.",
     "teachers' union", 'KEN', 'LAB'),
    ('The Malawi Journalists Union condemned the arrest of a reporter.',
     'Malawi Journalists Union', 'MWI', 'LAB'),
    ('The Association of Farm Workers of Peru marched on the capital.',
     'Association of Farm Workers', 'PER', 'LAB'),
    # bare forces and courts take the country of their own sentence
    ('Canada sent a trade delegation to Nairobi. Police in Kenya arrested two men at the airport.',
     'Police', 'KEN', 'COP'),
    ('Canada sent a trade delegation to Nairobi. Kenyan police arrested two men at the airport.',
     'Kenyan police', 'KEN', 'COP'),
    ('Canada sent a trade delegation to Kenya. In Nairobi, police said two men were held.',
     'police', 'KEN', 'COP'),
    ('The French minister flew home on Monday. In Dakar, prosecutors charged the driver.',
     'prosecutors', 'SEN', 'JUD'),
    ('Britain pledged more aid to Uganda. In Kampala, the army said the rebels had fled.',
     'army', 'UGA', 'MIL'),
    ('Germany said it would send aid. A jury in Texas convicted the man on Friday.',
     'jury', 'USA', 'JUD'),
    # outlets: "daily", "weekly", "tabloid" before a paper's name
    ('The Ugandan daily Kampala Mirror reported the arrests.',
     'Kampala Mirror', 'UGA', 'JRN'),
    ('The Kenyan weekly Rift Sentinel printed the letter.',
     'Rift Sentinel', 'KEN', 'JRN'),
    ('The British tabloid Morning Lantern ran the photographs.',
     'Morning Lantern', 'GBR', 'JRN'),
    ('Ghanaian daily Accra Chronicle said the vote was delayed.',
     'Accra Chronicle', 'GHA', 'JRN'),
    # must stay: known actors and shapes already coded
    ('Police arrested two men outside the stadium.',
     'Police', None, 'COP'),
    ('The Nigerian army said it freed 20 hostages.',
     'Nigerian army', 'NGA', 'MIL'),
    ('Kenyan police fired tear gas at the crowd.',
     'Kenyan police', 'KEN', 'COP'),
    ('The Manila Courier said the senator had left the country.',
     'Manila Courier', 'PHL', 'JRN'),
    ('Doctors at Mwangaza Hospital in Kenya treated the wounded.',
     'Mwangaza Hospital', 'KEN', 'MED'),
    ('Students at Kivuli University in Tanzania went on strike.',
     'Kivuli University', 'TZA', 'EDU'),
    ('Human Rights Watch said the police used live rounds.',
     'Human Rights Watch', 'NGO', 'SOC'),
    ('Amnesty International called for the release of the activists.',
     'Amnesty International', 'NGO', 'SOC'),
    ('Kenyan farmers blocked the highway with their tractors.',
     'Kenyan farmers', 'KEN', 'AGR'),
    ('Ghanaian lawmakers voted down the budget.',
     'Ghanaian lawmakers', 'GHA', 'LEG'),
    ('The Lusaka Post said the minister had left the country.',
     'Lusaka Post', 'ZMB', 'JRN'),
    ('Doctors in Lagos went on strike over unpaid wages.',
     'Doctors', 'NGA', 'MED'),
    ('Teachers in Accra marched on the ministry.',
     'Teachers', 'GHA', 'EDU'),
]

# the invented names the knowledge base must not know
UNKNOWN = ["Kivara High Court", "Nigerian Union of Teachers", "Ghana Union of Doctors",
           "Zambian Nurses Union", "Malawi Journalists Union", "Kampala Mirror", "Rift Sentinel",
           "Morning Lantern", "Accra Chronicle", "Manila Courier", "Mwangaza Hospital",
           "Kivuli University", "Lusaka Post"]


@pytest.mark.parametrize("name", UNKNOWN)
def test_names_are_unknown(ids_of, name):
    assert not ids_of(name)


@pytest.mark.parametrize(("text", "name", "country", "sector"),
                         coding_params(CASES))
def test_unknown_actor_coding(nlp, knowledge, text, name, country, sector):
    assert _coding(nlp, knowledge, text, name) == (country, sector)
