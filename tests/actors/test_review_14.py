"""Actors the knowledge base does not know (issue #20, review of rounds 14–16): a name shaped
like an intergovernmental body's that holds a country's word is that country's body, and one
with a word of religion or sport is no body of governments; a public body's head word
("Service", "Board", "Bureau") keeps a country named in it the government's, not a
company's; a corps named with a civil word is no military unit; a member title at a
non-state body takes that body's sector, not a government's; a country's word before a
known organisation's name makes another body.

The sentences are our own; the names are invented or common shapes of real ones.
"""

from __future__ import annotations

import pytest
from tests.actors.coding import coding as _coding

# (text, name whose last mention is checked, country, sector)
CASES = [
    # a country's word in an intergovernmental-looking name: the country's own body
    ('The U.S. International Trade Commission ruled against Chinese steelmakers.',
     'International Trade Commission', 'USA', 'GOV'),
    ('The Mexican International Trade Commission ruled against Chinese steelmakers.',
     'International Trade Commission', 'MEX', 'GOV'),
    ('The Japan International Cooperation Agency signed a loan with Kenya.',
     'Cooperation Agency', 'JPN', 'GOV'),
    ('The Canadian International Development Agency funded the wells.',
     'Development Agency', 'CAN', 'GOV'),
    # religion in such a name: a body of churches acting across countries
    ('The World Council of Churches called for peace in Sudan.',
     'World Council', 'NGO', 'REL'),
    # a body of governments stays one
    ('The Intergovernmental Commission on Ocean Fisheries met in Lima.',
     'Intergovernmental Commission', 'IGO', 'GOV'),
    # a public body's head word keeps a country in the name the government's
    ('The Kenya Wildlife Service said poachers killed two rhinos.',
     'Kenya Wildlife Service', 'KEN', 'GOV'),
    ('The Pakistan Cricket Board fined the players.',
     'Pakistan Cricket Board', 'PAK', 'GOV'),
    ('The Malawi Fisheries Directorate closed the lake to boats.',
     'Malawi Fisheries Directorate', 'MWI', 'GOV'),
    ('The Ghana Revenue Authority seized the goods.',
     'Ghana Revenue Authority', 'GHA', 'GOV'),
    # companies stay companies
    ('Fiji Island Auto said sales had fallen.',
     'Fiji Island Auto', 'FJI', 'BUS'),
    # a force's corps stays military
    ('The Sahel Border Corps attacked the camp.',
     'Sahel Border Corps', None, 'MIL'),
    # a country's word before a known organisation's name: another body
    ('The Korean American Heritage Foundation held a gala in Los Angeles.',
     'Korean American Heritage Foundation', 'USA', 'SOC'),
    # a member title at a body the name says is a think tank or a civic group
    ('Helen Wu, a director at the Korean American Heritage Foundation, said the gala was '
     'cancelled.', 'Helen Wu', 'USA', 'SOC'),
]


@pytest.mark.parametrize(("text", "name", "country", "sector"), CASES,
                         ids=[c[1] for c in CASES])
def test_unknown_actor_coding(nlp, knowledge, text, name, country, sector):
    assert _coding(nlp, knowledge, text, name) == (country, sector)


# (text, name): intergovernmental-looking names of no body of governments
NOT_IGO = [
    ('The World Boxing Council stripped the champion of his title after the fight in Las Vegas.',
     'World Boxing Council'),
    ('The World Chess Council banned the grandmaster for a year.', 'World Chess Council'),
    ('The U.S. Commission on International Religious Freedom criticized Nigeria.',
     'U.S. Commission'),
]


@pytest.mark.parametrize(("text", "name"), NOT_IGO, ids=[c[1] for c in NOT_IGO])
def test_not_intergovernmental(nlp, knowledge, text, name):
    country, sector = _coding(nlp, knowledge, text, name)
    assert country != "IGO"
    assert sector != "GOV" or country not in (None, "NGO")


# (text, name): a corps named with a civil word is no military unit
CIVIL_CORPS = [
    ('The Diplomatic Corps in Addis Ababa issued a statement.', 'Diplomatic Corps'),
    ('The Consular Corps of Lagos asked for protection.', 'Consular Corps'),
    ('The Harbour Press Corps protested the ban.', 'Press Corps'),
]


@pytest.mark.parametrize(("text", "name"), CIVIL_CORPS, ids=[c[1] for c in CIVIL_CORPS])
def test_civil_corps(nlp, knowledge, text, name):
    assert _coding(nlp, knowledge, text, name)[1] != "MIL"


# (text, name): a member title ("director", "senior adviser") at a museum, a forum or a
# think tank is no government's
AT_BODY = [
    ('Ana Ruiz, director of the Chinese American Museum, opened the show.', 'Ana Ruiz'),
    ('Mark Dunn, a senior adviser at the Caspian Energy Forum, said prices would rise.',
     'Mark Dunn'),
    ('Li Na, a director at the Houston Asian American Archive, collected the letters.',
     'Li Na'),
]


@pytest.mark.parametrize(("text", "name"), AT_BODY, ids=[c[1] for c in AT_BODY])
def test_member_at_non_state_body(nlp, knowledge, text, name):
    assert _coding(nlp, knowledge, text, name)[1] != "GOV"


# a known organisation keeps its name with its own country's word before it
def test_known_name_with_its_country_word(nlp, knowledge):
    text = 'James Carafano, a senior adviser at the Heritage Foundation, said the bill would fail.'
    assert _coding(nlp, knowledge, text, 'the Heritage Foundation')[1] == 'EDU'


# (text, name, country, sector): a country's word before a known name of its own country or
# before a body acting across countries keeps the known organisation
KNOWN = [
    ('The Estonian Reform Party won the vote.', 'Estonian Reform Party', 'EST', 'PTY'),
    ('The Lebanese Hezbollah fired rockets at Israel.', 'Lebanese Hezbollah', 'LBN', 'REB'),
    ('The Kenya Red Cross sent aid to the flooded villages.', 'Kenya Red Cross', 'KEN', 'MED'),
]


@pytest.mark.parametrize(("text", "name", "country", "sector"), KNOWN, ids=[c[1] for c in KNOWN])
def test_country_word_before_known_name(nlp, knowledge, text, name, country, sector):
    assert _coding(nlp, knowledge, text, name) == (country, sector)


# a member title "to" a named body the name says is no state's
def test_adviser_to_a_museum(nlp, knowledge):
    text = ('"The archive matters," said Helen Wu, senior adviser to the Korean American '
            'Heritage Museum in Chicago.')
    assert _coding(nlp, knowledge, text, 'Helen Wu')[1] != 'GOV'


def test_adviser_to_a_foundation(nlp, knowledge):
    text = 'Ana Ruiz, a senior adviser to the Malawian Harvest Foundation, praised the plan.'
    assert _coding(nlp, knowledge, text, 'Ana Ruiz')[1] == 'SOC'


# an envoy "to" a country stays a government's
def test_envoy_to_a_country(nlp, knowledge):
    text = 'Ana Ruiz, special envoy to Sudan, met the rebels in Juba.'
    assert _coding(nlp, knowledge, text, 'Ana Ruiz')[1] == 'GOV'
