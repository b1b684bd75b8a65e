"""Actors the knowledge base does not know or knows under another name (issue #20, round 15):
an abbreviation the text defines ("the Armed Forces of Zambia (AFZ)") is what the text says,
whatever the knowledge base knows under the same letters; a station's word opening or closing
a name ("Radio ...", "... TV", "... News") makes it an outlet even around a party's name; a
country in the name of a company or a civic group places it without making it the government;
people take their sector from the words around them (a post at a body, a rebel title, the
party they are "of", the outlet that owns them).

The sentences are our own; the names are invented.
"""

from __future__ import annotations

import pytest
from tests.actors.coding import coding as _coding

# (text, name whose last mention is checked, country, sector)
CASES = [
    # abbreviations the text defines
    ('The Armed Forces of Zambia (AFZ) said two soldiers died. The AFZ did not name them.',
     'The AFZ', 'ZMB', 'MIL'),
    ('The Malawi Defence Force (MDF) said it had sent troops north. The MDF gave no figures.',
     'The MDF', 'MWI', 'MIL'),
    ('The Kenya Union of Tea Growers (KUTG) called a strike. The KUTG said talks had failed.',
     'The KUTG', 'KEN', 'LAB'),
    # stations and outlets
    ('Radio Kivu Libre reported that the rebels had left Goma.',
     'Radio Kivu Libre', None, 'JRN'),
    ('Radio Liberal Voice reported that the polls had closed in Kampala, Uganda.',
     'Radio Liberal Voice', 'UGA', 'JRN'),
    ('Labour Hills TV showed the crowd outside the parliament in Nairobi, Kenya.',
     'Labour Hills TV', 'KEN', 'JRN'),
    ('According to Harbour Light News, the bridge collapsed after the floods.',
     'Harbour Light News', None, 'JRN'),
    # a country inside a company's or a civic group's name
    ('Fiji Island Auto said sales had fallen.',
     'Fiji Island Auto', 'FJI', 'BUS'),
    ('Kenya Fresh Flowers said it would hire more workers.',
     'Kenya Fresh Flowers', 'KEN', 'BUS'),
    ('Uganda Green Riders Association said its members would ride to Entebbe.',
     'Uganda Green Riders Association', 'UGA', 'SOC'),
    ('Kenya Blue Lake Cement cut its prices.',
     'Kenya Blue Lake Cement', 'KEN', 'BUS'),
    # people by the words around them
    ('Marit Solberg, a research associate at the Oslo Institute of Marine Study, said '
     'the fish had moved north.',
     'Marit Solberg', 'NOR', 'EDU'),
    ('IS deputy caliph Abu Hamza al-Shami was killed in the strike.',
     'Abu Hamza al-Shami', None, 'REB'),
    ('Orla Dunne of the Green Valley Party said the vote was rigged.',
     'Orla Dunne', None, 'PTY'),
    ('Kwame Asante of the Ghana People\'s Party said the budget would hurt farmers.',
     'Kwame Asante', 'GHA', 'PTY'),
    ('Opposition leader Tendai Moyo said the vote in Harare, Zimbabwe, was rigged.',
     'Tendai Moyo', 'ZWE', 'OPP'),
    ('The police named the gunman, Corey Blanding. Officers said Blanding had fled.',
     'Blanding', None, 'CRM'),
    ('FOX5\'s Dana Whitfield reported from the scene in Ohio.',
     'Dana Whitfield', None, 'JRN'),
    ('WXRT\'s Maria Lopes said the roads were closed.',
     'Maria Lopes', None, 'JRN'),
    ('Gao Lin, a researcher at the Beijing Institute of Ocean Studies, said the data '
     'were clear. Gao said more work was needed.',
     'Gao', 'CHN', 'EDU'),
    ('Rebel commander Jean-Paul Kabila said his men would hold the town.',
     'Jean-Paul Kabila', None, 'REB'),
    ('Tomas Berg, a spokesman for the Nordic Harbour Workers Union, said the strike would '
     'go on.',
     'Tomas Berg', None, 'LAB'),
    ('Senator Lara Quist of the Liberty Reform Party voted against the bill.',
     'Lara Quist', None, 'LEG'),
    # clubs in a sports story: companies of the article's country, not civilians
    ('The Rivermouth Herons beat the Stonebridge Foxes 4-2 at their stadium in Columbus, Ohio. '
     'The coach said the Herons played their best game of the season.',
     'the Herons', 'USA', 'BUS'),
    # a party's name longer than a known one is another party
    ('Senator Lara Quist of the Liberty Reform Party voted against the bill.',
     'the Liberty Reform Party', None, 'PTY'),
    ('The BBC Radio reported the vote.', 'BBC Radio', 'GBR', 'JRN'),
    ('IS emir Abu Talha Hamdan was captured near the border.',
     'Abu Talha Hamdan', 'IMG', 'REB'),
]

# open: names the recogniser does not find ("Dog Meat Free Indonesia"), and an emir a
# description makes a group's ("the emir of the group's affiliate")
OPEN = [
    ('Dog Meat Free Indonesia said the markets were still open.',
     'Dog Meat Free Indonesia', 'IDN', 'SOC'),
    ('Save the Forests Malaysia urged the state to stop the logging.',
     'Save the Forests Malaysia', 'MYS', 'SOC'),
    ('Abu Yasir al-Masri, the emir of the group\'s affiliate in the Sahel, was captured.',
     'Abu Yasir al-Masri', None, 'REB'),
]


@pytest.mark.parametrize(("text", "name", "country", "sector"), CASES)
def test_unknown_actor_is_coded_from_the_text(nlp, knowledge, text, name, country, sector):
    assert _coding(nlp, knowledge, text, name) == (country, sector)


@pytest.mark.xfail(reason="open (round 15)", strict=False)
@pytest.mark.parametrize(("text", "name", "country", "sector"), OPEN)
def test_open_cases(nlp, knowledge, text, name, country, sector):
    assert _coding(nlp, knowledge, text, name) == (country, sector)


def test_a_known_outlet_keeps_its_station(nlp, knowledge):
    """"BBC Radio" is the BBC's, not an unknown station of the article's country."""
    assert _coding(nlp, knowledge, "Kenyan police spoke to BBC Radio in Nairobi.", "BBC Radio") \
        == ("GBR", "JRN")


def test_a_team_word_alone_makes_no_club(nlp, knowledge):
    """Two sport words of one lemma are no sports story: "the Bakers" stay people."""
    text = ("The rescue team reached the Bakers, a family of farmers, in Nairobi, Kenya. "
            "The team said the Bakers were safe.")
    assert _coding(nlp, knowledge, text, "the Bakers")[1] != "BUS"
