"""Actors the knowledge base does not know (issue #20, round 16): round 15's rule that a
country inside an unknown name makes a company stays off names whose head word is a body's
("League", "Union", "Museum", "Center"); such a name stays its own mention beside a person's
title "of"/"to" it; a country named inside a longer name is no government acting; a body
"<place>-based" is of that place's country; "Korean American" is American; a name modifying
a weapon's noun ("U.S. Patriot missiles") is no company.

The sentences are our own; the names are invented.
"""

from __future__ import annotations

import pytest
from tests.actors.coding import coded as _coded
from tests.actors.coding import coding as _coding

# (text, name whose last mention is checked, country, sector)
CASES = [
    # civic and political bodies a country's word opens are no companies
    ('The Cambodian League for the Defense of Farmers said it would appeal.',
     'The Cambodian League', 'KHM', 'SOC'),
    ('The Malawian League said its members would march on Friday.',
     'The Malawian League', 'MWI', 'SOC'),
    ('The Peruvian Alliance for Forests rejected the plan.',
     'The Peruvian Alliance for Forests', 'PER', 'UNK'),
    ('The Nigerian Movement for Clean Water said the wells were dry.',
     'The Nigerian Movement for Clean Water', 'NGA', 'UNK'),
    ('At Duke University, the Carolina Latino Oral History Project recorded the interviews.',
     'the Carolina Latino Oral History Project', None, None),
    ('Mark Dunn, a fellow at the Vienna-based Caspian Energy Forum, said prices would rise.',
     'the Vienna-based Caspian Energy Forum', 'AUT', None),
    # a country inside a longer name is no government, and "<place>-based" places the body
    ('"Nobody listens to them," Sergei Volkov, director of the Berlin-based Danube Russia '
     'Policy Center, told reporters.',
     'Danube Russia Policy Center', 'DEU', None),
    ('The Oslo-based Baltic Kenya Trade Center said exports had doubled.',
     'Kenya Trade Center', 'NOR', None),
    ('At Rice University, the Houston Asian American Archive is collecting stories of immigrants.',
     'the Houston Asian American Archive', 'USA', None),
    ('"The archive matters," said Helen Wu, senior adviser to the Korean American Heritage '
     'Museum in Chicago.',
     'the Korean American Heritage Museum', 'USA', None),
    ('The Chinese American Museum opened a show on the railroad workers.',
     'The Chinese American Museum', 'USA', None),
    # a country opening a name places the body in it: a state's centre stays the state's
    ('The Ghana Center for Disease Control said the outbreak had slowed.',
     'The Ghana Center for Disease Control', 'GHA', 'GOV'),
    # companies as round 15 coded them
    ('Fiji Island Auto said sales had fallen.',
     'Fiji Island Auto', 'FJI', 'BUS'),
    ('Kenya Blue Lake Cement cut its prices.',
     'Kenya Blue Lake Cement', 'KEN', 'BUS'),
    ('Passengers on an Air Malawi flight were stranded at the airport.',
     'Air Malawi', 'MWI', 'BUS'),
    # a thing's name is no company
    ('Turkey wanted to buy U.S. Patriot missiles, but Washington refused.',
     'U.S. Patriot', 'USA', 'GOV'),
]


@pytest.mark.parametrize(("text", "name", "country", "sector"), CASES,
                         ids=[c[1] for c in CASES])
def test_unknown_actor_coding(nlp, knowledge, text, name, country, sector):
    assert _coding(nlp, knowledge, text, name) == (country, sector)


# a person's title "of"/"to" an organisation the recogniser names keeps the organisation
# as its own mention
APART = [
    ('"Nobody listens to them," Sergei Volkov, director of the Berlin-based Danube Russia '
     'Policy Center, told reporters.', 'Danube Russia Policy Center'),
    ('"The archive matters," said Helen Wu, senior adviser to the Korean American Heritage '
     'Museum in Chicago.', 'Korean American Heritage Museum'),
    ('Li Na, curator of the Chinese American Heritage Museum, opened the show.',
     'Chinese American Heritage Museum'),
]


@pytest.mark.parametrize(("text", "name"), APART, ids=[c[1] for c in APART])
def test_title_keeps_organisation_apart(nlp, knowledge, text, name):
    coded = _coded(nlp, knowledge, text)
    assert any(name in e.text for e in coded), [e.text for e in coded]
    assert not any(name in e.text and e.kind == "person" for e in coded), [e.text for e in coded]
