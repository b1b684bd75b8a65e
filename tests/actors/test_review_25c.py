"""Review of round 25b/25c actors (commits 706ed8c, 8c9af56): shapes the round's rules over-reached on.

A known group's alias before a generic body word ("Movement", "Group", "Party") is still the group;
an ordinal makes a unit MIL only right before the unit word and not in a court's, a league's or a
law's name; "channel" opens an outlet's name only before a number or call letters; transit-prone
people ("migrants") "from" a country are not its citizens; a headquarters is an actor only as a
speaker or doer; settlers the text places elsewhere are of that place; oversight bodies named
"Police Complaints ..." are the government's, not the police. The sentences are our own; the last
cases are shapes whose coding must stay.
"""

from __future__ import annotations

import pytest
from tests.actors.coding import coded, coding_params
from tests.actors.coding import coding as _coding

# (text, name whose last mention is checked, country, sector)
CASES = [
    # 1. a known group's alias before a generic body word
    ('The Houthi Movement said it launched drones at a tanker off Hodeidah.', 'Houthi Movement',
     'YEM', 'REB'),
    ('The Houthi Group claimed the strike on the freighter.', 'Houthi Group', 'YEM', 'REB'),
    ('The Taleban Movement said its fighters entered the provincial capital.', 'Taleban Movement',
     'AFG', 'GOV'),   # the Taliban govern Afghanistan as of the tests' date
    ('The Hezbolla Party said it would respond to the strike.', 'Hezbolla Party', 'LBN', 'REB'),
    ('The Jaish Brigade claimed the attack on the convoy.', 'Jaish Brigade', 'PAK', 'REB'),
    # 2. an ordinal not right before a unit word, or a court's or a league's division
    ('The 4th Division of the appeals court overturned the ruling on Tuesday.', '4th Division',
     None, 'JUD'),
    # 10. oversight bodies of the police
    ('The Independent Police Complaints Directorate said it would investigate the shooting.',
     'Independent Police Complaints Directorate', None, 'GOV'),
    ('The Police Complaints Bureau opened an inquiry into the arrest.', 'Police Complaints Bureau',
     None, 'GOV'),
    # 8. settlers the text places outside Israel
    ('Jewish settlers in Brooklyn celebrated the holiday with a street parade.', 'Jewish settlers',
     'USA', 'CVL'),
    # must stay
    ('Jewish settlers in Hebron torched two cars overnight.', 'Jewish settlers', 'ISR', 'CVL'),
    ('Migrants from Eritrea fled the army draft and crossed the desert on foot.', 'Migrants',
     'ERI', 'CVL'),
    ('Farmers from Kenya sold their maize across the border.', 'Farmers', 'KEN', 'AGR'),
    ('The police headquarters said six men were arrested overnight.', 'police headquarters',
     None, 'COP'),
    ("Russia's 1st Army moved toward the border on Monday.", '1st Army', 'RUS', 'MIL'),
    ("Nigeria's 82nd Division said it killed 30 fighters.", '82nd Division', 'NGA', 'MIL'),
    ("Ethiopia's 9th Mechanised Division crossed the river on Tuesday.", '9th Mechanised Division',
     'ETH', 'MIL'),
    ('The Lagos State authorities shut the market after the clashes.', 'Lagos State authorities',
     'NGA', 'GOV'),
    ('Hamas spokesman Abu Obeida said the talks had failed.', 'Hamas spokesman', 'PSE', 'REB'),
    ('The Hamas Movement said it would free two captives.', 'Hamas Movement', 'PSE', 'REB'),
    ('Channel 4 reported that the minister had resigned.', 'Channel 4', 'GBR', 'JRN'),
    ('The Delmont Police Department said the suspect was held.', 'Delmont Police Department',
     None, 'COP'),
    ('AMMAN — Jordan residents queued for bread after the storm closed roads around Amman.',
     'Jordan residents', 'JOR', 'CVL'),
]

# (text, name) whose coded mention must not be of this sector (or: no such mention at all)
NOT_SECTOR = [
    ('Millbrook United were relegated to the 3rd Division after a 2-0 loss.', '3rd Division', 'MIL'),
    ('Lawyers cited the 1st Amendment Division of the bar association in the filing.',
     '1st Amendment Division', 'MIL'),
    ('The Channel Tunnel operator said trains would run again on Tuesday.', 'Channel Tunnel', 'JRN'),
    ("Channel Islands officials said the ferry service would resume.", 'Channel Islands', 'JRN'),
    ('Army headquarters moved to a new compound outside the capital in 1950.', 'headquarters', 'MIL'),
]

# (text, name) whose coded mention must not be of this country
NOT_COUNTRY = [
    ('Migrants from Libya were pulled from the sea off Malta by a charity ship.', 'Migrants', 'LBY'),
    ('Protesters from Georgia marched past the Capitol in Washington on Saturday.', 'Protesters', 'GEO'),
    # must stay: no country for people from a war
    ('Refugees from the war crowded into the border camps.', 'Refugees', 'SYR'),
]


@pytest.mark.parametrize(("text", "name", "country", "sector"), coding_params(CASES))
def test_review_coding(nlp, knowledge, text, name, country, sector):
    assert _coding(nlp, knowledge, text, name) == (country, sector)


@pytest.mark.parametrize(("text", "name", "sector"), NOT_SECTOR, ids=[c[1] for c in NOT_SECTOR])
def test_review_not_sector(nlp, knowledge, text, name, sector):
    found = [(e.text, e.country, e.sector) for e in coded(nlp, knowledge, text) if name in e.text]
    assert all(s != sector for _, _, s in found), found


@pytest.mark.parametrize(("text", "name", "country"), NOT_COUNTRY, ids=[c[1] for c in NOT_COUNTRY])
def test_review_not_country(nlp, knowledge, text, name, country):
    found = [(e.text, e.country, e.sector) for e in coded(nlp, knowledge, text) if name in e.text]
    assert all(c != country for _, c, _ in found), found
