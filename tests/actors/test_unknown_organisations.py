"""Organisations the knowledge base does not know (issue #20, round 12): companies, outlets,
NGOs and civic groups named once are coded from the text as a careful coder codes them
(docs/annotation.md §3): the sector their name's words state ("Breweries", "Times",
"Foundation"), the country a demonym, country or town in the name gives ("Nigerian
Breweries", "Lusaka Times"), an apposition places them in ("a company based in Nairobi"),
or a possessive country ("Kenya's X"); a civic or medical group whose name says it works
across countries ("... International") is an NGO.

The sentences are our own; the organisations are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.actors.coding import coding as _coding

from eventwire.actors.document import code_doc

# (text, name, country, sector)
CASES = [
    # a town known by an alternate name only places nothing ("Soul" is no Seoul)
    ('Soul Television reported that the minister had resigned.',
     'Soul Television', None, 'JRN'),
    ('Shares of Nigerian Breweries rose on Monday after the results.',
     'Nigerian Breweries', 'NGA', 'BUS'),
    ('Kenya Airways cancelled ten flights because of the strike.',
     'Kenya Airways', 'KEN', 'BUS'),
    ('The Kathmandu Post reported that the talks had stalled.',
     'Kathmandu Post', 'NPL', 'JRN'),
    ('Halvorsen Holdings said it would close two plants.',
     'Halvorsen Holdings', None, 'BUS'),
    ('Marrakesh Radio said the road to the airport was closed.',
     'Marrakesh Radio', 'MAR', 'JRN'),
    ('The Zambian Press Association condemned the arrest of the reporter.',
     'Zambian Press Association', 'ZMB', 'JRN'),
    ("Ghana's Quillon Bank raised its lending rate on Tuesday.",
     'Quillon Bank', 'GHA', 'BUS'),
    ('Lusaka Times reported that the minister had resigned.',
     'Lusaka Times', 'ZMB', 'JRN'),
    ('Tarrow Mining, a Lagos-based company, said the mine would reopen.',
     'Tarrow Mining', 'NGA', 'BUS'),
    ('Brenlow Foods, a company based in Nairobi, recalled its flour.',
     'Brenlow Foods', 'KEN', 'BUS'),
    ("Kenya's Safcom Telecom said the outage was over.",
     'Safcom Telecom', 'KEN', 'BUS'),
    ("Peru's Orvalle Corp said profits fell.",
     'Orvalle Corp', 'PER', 'BUS'),
    ("Ghana's Daily Clarion said the vote was fair.",
     'Daily Clarion', 'GHA', 'JRN'),
    ('The International Cancer Federation said 10 million people need care.',
     'International Cancer Federation', 'NGO', 'MED'),
    ('Forest Watch International said the logging was illegal.',
     'Forest Watch International', 'NGO', 'SOC'),
    ('The Ugandan Civil Liberties Union filed a lawsuit against the government.',
     'Ugandan Civil Liberties Union', 'UGA', 'SOC'),
    ('The Tanzania Human Rights Council said the arrests were unlawful.',
     'Tanzania Human Rights Council', 'TZA', 'SOC'),
    ('The Malawi Policy Institute published a report on debt.',
     'Malawi Policy Institute', 'MWI', 'EDU'),
    ('Vendt Foundation, a charity based in Oslo, funded the school.',
     'Vendt Foundation', 'NOR', 'SOC'),
    ('Brazilian online retailer Zembla said sales fell.',
     'Zembla', 'BRA', 'BUS'),
    ('Freedom Lantern International said the election in the region was not fair.',
     'Freedom Lantern International', 'NGO', 'SOC'),
    ('Aid group Harbour Relief said the convoy reached the camp.',
     'Harbour Relief', None, 'SOC'),
    ('Vestrand Rescue Alliance, a charity based in Athens, pulled 40 people from the sea.',
     'Vestrand Rescue Alliance', 'GRC', 'SOC'),
    # round 19: the name after a noun saying what it is (mentions._described_names)
    ('The ride-hailing startup Kwikgo said it would hire drivers in Jakarta, Indonesia.',
     'Kwikgo', 'IDN', 'BUS'),
]

# not yet coded right: the recogniser splits or misses the name, or tags a charity's
# name a person's
OPEN = [
    ('Field Medics Without Borders, a charity, said its clinic in Chad was looted.',
     'Field Medics Without Borders', 'NGO', 'MED'),
    ('Media watchdog Press Shield Network said three reporters were jailed.',
     'Press Shield Network', 'NGO', 'SOC'),
]


@pytest.mark.parametrize(("text", "name", "country", "sector"), CASES)
def test_unknown_organisation(nlp, knowledge, text, name, country, sector):
    assert _coding(nlp, knowledge, text, name) == (country, sector)


@pytest.mark.xfail(reason="open cases of round 12", strict=False)
@pytest.mark.parametrize(("text", "name", "country", "sector"), OPEN)
def test_unknown_organisation_open(nlp, knowledge, text, name, country, sector):
    assert _coding(nlp, knowledge, text, name) == (country, sector)


def test_known_staff_member_keeps_their_own_post(nlp, knowledge):
    """A known person named with the one they serve keeps their own row: a campaign's press
    secretary is PTY, not the GOV a spokeswoman of no named body would be."""
    text = "Trump spokeswoman Hope Hicks said the campaign raised more money in July."
    found = [e for e in code_doc(nlp(text), text, knowledge, dt.date(2016, 8, 1))
             if "Hope Hicks" in e.text]
    assert [(e.country, e.sector) for e in found] == [("USA", "PTY")]
