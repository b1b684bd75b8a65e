"""Actors the knowledge base does not know (issue #20, round 14): people by the words around
their name (a title, an apposition, the party or body they speak for; a later surname takes
its full mention's coding), forces by their name's head word ("Command", "Corps"),
intergovernmental bodies by their name ("Council", "Organization" with "International",
"Cooperation" ...), outlets and companies by their names and the country in them.

The sentences are our own; the names are invented.
"""

from __future__ import annotations

import pytest
from tests.actors.coding import coding as _coding

# (text, name whose last mention is checked, country, sector)
CASES = [
    ('Anneli Varga, a research associate at the Clinical Research Unit of Pecs in '
     'Hungary, said the study would take years.',
     'Anneli Varga', 'HUN', 'EDU'),
    ('Anneli Varga, a research associate at the Clinical Research Unit of Pecs in '
     'Hungary, said the study would take years. Varga is preparing a report.',
     'Varga', 'HUN', 'EDU'),
    ('Kenyan lawmaker Otieno Barasa said the bill would fail.',
     'Otieno Barasa', 'KEN', 'LEG'),
    ('Otieno Barasa, a Kenyan lawmaker, said the bill would fail. Barasa spoke in Nairobi.',
     'Barasa', 'KEN', 'LEG'),
    ('Ilse Brandner, a lawyer for the detained reporters, said the trial in Vienna, Austria, was unfair.',
     'Ilse Brandner', 'AUT', 'JUD'),
    ('Zambian opposition leader Chanda Mwale called for new elections.',
     'Chanda Mwale', 'ZMB', 'OPP'),
    ('Militant commander Abu Hafsa al-Qurashi was killed in the raid, officials in Iraq said.',
     'Abu Hafsa al-Qurashi', None, 'REB'),
    ('Tevita Fonua of the Tonga Democratic Renewal Party said the vote was rigged.',
     'Tevita Fonua', 'TON', 'PTY'),
    ('Rights activist Mariam Diallo said the arrests in Bamako, Mali, were illegal. '
     'Diallo was later detained.',
     'Diallo', 'MLI', 'CVL'),   # round 18: an activist is a private person (fair set README)
    ('Ohio police said the gunman, Darrel Pickett, opened fire at the plant. Pickett was arrested.',
     'Pickett', None, 'CRM'),
    ('Quentin Harrow, a spokesman for the Ohio Nurses Federation, said the strike '
     'would go on. Harrow spoke in Columbus, Ohio.',
     'Harrow', 'USA', 'MED'),
    ('The Ghanaian Air Force said one of its jets crashed near Tamale.',
     'Ghanaian Air Force', 'GHA', 'MIL'),
    ('The Kenyan navy said it rescued the fishermen.',
     'Kenyan navy', 'KEN', 'MIL'),
    ('U.S. Arctic Command said the drills would start on Monday.',
     'Arctic Command', 'USA', 'MIL'),
    ('The Sahel Border Corps said it had repelled an attack.',
     'Sahel Border Corps', None, 'MIL'),
    ('The International Sorghum Council said food prices would rise.',
     'International Sorghum Council', 'IGO', 'GOV'),
    ('The Organisation for Ocean Fisheries Cooperation said stocks were falling.',
     'Organisation for Ocean Fisheries Cooperation', 'IGO', 'GOV'),
    ('The Intergovernmental Commission on Ocean Fisheries met in Mauritius.',
     'Intergovernmental Commission', 'IGO', 'GOV'),
    ('The World Cancer Organization said cases fell.',
     'World Cancer Organization', 'IGO', 'MED'),
    ('The World Sailing Federation said the race would go ahead.',
     'World Sailing Federation', None, 'SOC'),
    ('Speaking to Nile FM, the minister denied the report.',
     'Nile FM', None, 'JRN'),
    ('The Accra Evening Standard reported that the minister resigned.',
     'Accra Evening Standard', 'GHA', 'JRN'),
    ('Ghana Cocoa Traders Ltd said exports fell.',
     'Ghana Cocoa Traders Ltd', 'GHA', 'BUS'),
    ('Fiji Island Motors said it would cut jobs.',
     'Fiji Island Motors', 'FJI', 'BUS'),
    ('Clean Rivers Indonesia Foundation said the spill killed fish.',
     'Clean Rivers Indonesia Foundation', 'IDN', 'SOC'),
    ('Tarsk Mining, a Canadian company, said the mine would reopen.',
     'Tarsk Mining', 'CAN', 'BUS'),
]

# solved in round 15: an abbreviation the text defines over the knowledge base's reading of
# it; a station whose name holds a known party's
CASES += [
    ('The Armed Forces of Zambia (AFZ) said two soldiers died. The AFZ did not name them.',
     'The AFZ', 'ZMB', 'MIL'),
    ('Radio Kivu Libre reported that the rebels had left Goma.',
     'Radio Kivu Libre', None, 'JRN'),
]

# open: a surname whose full mention's university places it
OPEN = [
    ('Professor Halvard Brekke of the University of Bergen said the glacier was '
     'melting. Brekke has studied it for years.',
     'Brekke', 'NOR', 'EDU'),
]


@pytest.mark.parametrize(("text", "name", "country", "sector"), CASES)
def test_unknown_actor_is_coded_from_the_text(nlp, knowledge, text, name, country, sector):
    assert _coding(nlp, knowledge, text, name) == (country, sector)


@pytest.mark.xfail(reason="open (round 14)", strict=False)
@pytest.mark.parametrize(("text", "name", "country", "sector"), OPEN)
def test_open_cases(nlp, knowledge, text, name, country, sector):
    assert _coding(nlp, knowledge, text, name) == (country, sector)


def test_a_national_commission_is_no_intergovernmental_body(nlp, knowledge):
    text = "Ghana's National Fisheries Commission met in Accra."
    assert _coding(nlp, knowledge, text, "National Fisheries Commission")[0] == "GHA"
