"""Actors the knowledge base does not know (issue #20, round 17): a force or coalition "led"
by a country is that country's ("the Nigerian-led regional force"); a language service of
an outlet ("Meridian Radio's Somali Service") is the outlet's, journalism, not the country
whose language it speaks; a capital inside an unknown outlet's name places the person
titled with it ("editor of the Vilnius Morning Herald"), and a town's possessive places the
name it opens ("Izmir's Karsiyaka Ege University"); head words of unions ("Syndicate"),
carriers ("Air Lines") and trades ("Aluminium") say the sector of names nobody tuned on.

The sentences are our own; the names are invented (the first test checks that the knowledge
base does not know them).
"""

from __future__ import annotations

import pytest
from tests.actors.coding import coding as _coding

# (text, name whose last mention is checked, country, sector)
CASES = [
    # a country "-led" leads the force or coalition: it is that country's
    ('The Nigerian-led regional force said it had freed 40 hostages.',
     'Nigerian-led regional force', 'NGA', 'MIL'),
    ('A Kenyan-led police mission arrived in the capital on Friday.',
     'Kenyan-led police mission', 'KEN', 'COP'),
    ('Warships of a French-led naval mission escorted the tankers.',
     'French-led naval mission', 'FRA', 'MIL'),
    ('A U.S.-led coalition carried out new strikes in the desert.',
     'U.S.-led coalition', 'USA', 'UNK'),
    ('Jets of the Saudi-led alliance bombed the airport near Hodeidah.',
     'Saudi-led alliance', 'SAU', 'MIL'),
    # "-backed" names a sponsor, not the actor
    ('The Pakistan-backed militia attacked the post.',
     'Pakistan-backed militia', None, 'PRM'),
    # an outlet's language service is the outlet's, journalism
    ('This story originated in Meridian Radio\'s Somali Service.',
     'Somali Service', None, 'JRN'),
    ('In an interview with Sentinel Broadcasting\'s Pashto Service, the governor denied it.',
     'Pashto Service', None, 'JRN'),
    ('Talks resumed, Harbor Television\'s Kurdish Service reported on Monday.',
     'Kurdish Service', None, 'JRN'),
    ('Ana Ruiz told VOA\'s Urdu Service that the road was closed.',
     'Urdu Service', 'USA', 'JRN'),
    # a state's service keeps its country
    ('The Kenya Wildlife Rangers Service said two rhinos were killed.',
     'Kenya Wildlife Rangers Service', 'KEN', 'GOV'),
    # a capital inside an unknown name places it
    ('Ana Ruiz, a reporter for the Vilnius Morning Herald, was arrested.',
     'Vilnius Morning Herald', 'LTU', 'JRN'),
    ('Jonas Petrauskas, editor of the Vilnius Morning Herald, was arrested on Tuesday.',
     'Jonas Petrauskas', 'LTU', 'JRN'),
    ('Radio Zanzibar Sauti said the ferry had sunk.',
     'Radio Zanzibar Sauti', None, 'JRN'),
    ('The Lagos Daily Courier reported that the governor had resigned.',
     'Lagos Daily Courier', 'NGA', 'JRN'),
    # a town's possessive opening a name places it, and the person at it
    ('"It is over," said Omer Tandogan, a lecturer at Izmir\'s Karsiyaka Ege University.',
     'Omer Tandogan', 'TUR', 'EDU'),
    ('"It is over," said international relations lecturer Omer Tandogan of Izmir\'s Karsiyaka '
     'Ege University.', 'Karsiyaka Ege University', 'TUR', 'EDU'),
    # head words and trades of names nobody tuned on
    ('The Bolivian Miners Syndicate said its members would strike.',
     'Bolivian Miners Syndicate', 'BOL', 'LAB'),
    ('The Chilean Dockworkers Syndicate called a strike at the port.',
     'Chilean Dockworkers Syndicate', 'CHL', 'LAB'),
    ('Holloway Air Lines cancelled 200 flights on Monday.',
     'Holloway Air Lines', None, 'BUS'),
    ('Fjordvik Aluminium said it would close its smelter.',
     'Fjordvik Aluminium', None, 'BUS'),
    ('Brennart Steel cut 300 jobs at its mill.',
     'Brennart Steel', None, 'BUS'),
    # kept as before: a described researcher, a known head word
    ('Tomas Berglund, a researcher at the Uppsala Institute for Peace Studies, said the talks '
     'would fail.', 'Tomas Berglund', 'SWE', 'EDU'),
    ('The Tanzanian Farmers Federation called for lower taxes.',
     'Tanzanian Farmers Federation', 'TZA', 'SOC'),
]

# the invented names the knowledge base must not know
UNKNOWN = ["Meridian Radio", "Sentinel Broadcasting", "Harbor Television", "Vilnius Morning Herald",
           "Radio Zanzibar Sauti", "Bolivian Miners Syndicate", "Holloway Air Lines",
           "Fjordvik Aluminium", "Brennart Steel", "Jonas Petrauskas", "Tomas Berglund",
           "Kenya Wildlife Rangers Service", "Lagos Daily Courier", "Karsiyaka Ege University",
           "Omer Tandogan"]


@pytest.mark.parametrize("name", UNKNOWN)
def test_names_are_unknown(ids_of, name):
    assert not ids_of(name)


@pytest.mark.parametrize(("text", "name", "country", "sector"), CASES,
                         ids=[c[1] for c in CASES])
def test_unknown_actor_coding(nlp, knowledge, text, name, country, sector):
    assert _coding(nlp, knowledge, text, name) == (country, sector)
