"""People and organisations nobody listed (round 25): an organisation's country from a place or
demonym inside or beside its name ("the Lagos-based X", "X of Kenya", "Kenya's X", "X in Nairobi");
a person's sector and country from the workplace named beside the name ("X, an analyst at Y in
Z", "spokeswoman for Y"), carried to the surname; group nouns after a demonym.

The sentences are our own; the names are invented (the first test checks that the knowledge
base does not know them). The last cases are shapes whose coding must stay.
"""

from __future__ import annotations

import pytest
from tests.actors.coding import coding as _coding
from tests.actors.coding import coding_params

# (text, name whose last mention is checked, country, sector)
CASES = [
    # an organisation's country from a place or demonym beside or inside its name
    ('The Lagos-based Tollmere Foundation paid for the new school.',
     'Tollmere Foundation', 'NGA', 'SOC'),
    ("Kenya's Marubi Bank raised its lending rate.", 'Marubi Bank', 'KEN', 'BUS'),
    ('Quorvan Airlines of Ethiopia cancelled its flights to the coast.',
     'Quorvan Airlines', 'ETH', 'BUS'),
    ('Halvik Institute, a research group in Oslo, published the survey.',
     'Halvik Institute', 'NOR', 'EDU'),
    ('The Nairobi Daily Courier printed the letter in full.', 'Nairobi Daily Courier', 'KEN', 'JRN'),
    ('Staff at Pemberly Clinic, a private hospital in Accra, treated the wounded.',
     'Pemberly Clinic', 'GHA', 'MED'),
    ('Peruvian miner Andoral Resources shut its largest pit.', 'Andoral Resources', 'PER', 'BUS'),
    ('The Cairo-based Nour Rights Watch said the detainees were beaten.',
     'Nour Rights Watch', 'EGY', 'SOC'),
    ('Manila broadcast stations showed the flooded streets all night.',
     'Manila broadcast stations', 'PHL', 'JRN'),
    ('Crowds gathered in front of the Quito police headquarters on Monday.',   # round 25b
     'Quito police headquarters', 'ECU', 'COP'),
    # a person's sector and country from the workplace beside the name, carried to the surname
    ('"The talks are stuck," said Orla Brenwick, a senior fellow at the Vardell Institute in Dublin. '
     'Brenwick expects no deal.', 'Brenwick', 'IRL', 'EDU'),
    ('Tomasz Wielgor, a research associate at a clinic in Krakow, said the trial worked. '
     'Wielgor will publish the data.', 'Wielgor', 'POL', 'EDU'),
    ('Dina Farouki, a lecturer at a university in Amman, said the vote was fair. '
     'Farouki said turnout was high.', 'Farouki', 'JOR', 'EDU'),
    ('Two miners were flown to Larchmont Hospital, where spokeswoman Greta Holloway described '
     'their burns as severe.',
     'Greta Holloway', None, 'MED'),
    ('Nikolai Brandt, a spokesman for the Tessaly Hospital in Hamburg, said the ward was closed. '
     'Brandt gave no names.', 'Brandt', 'DEU', 'MED'),
    ('Priya Ramanathan, an analyst at Quillon Bank in Mumbai, said rates would fall. '
     'Ramanathan expects growth.', 'Ramanathan', 'IND', 'BUS'),
    ('Hugo Farrant, a reporter for the Delvin Gazette in Melbourne, was detained. Farrant was freed.',
     'Farrant', 'AUS', 'JRN'),
    ('Akua Mensima, a nurse in Kumasi, said the ward had no water. Mensima worked through '
     'the night.', 'Mensima', 'GHA', 'MED'),
    ('Farmer Jonas Lindqvist lost his barley in the storm near Uppsala. Lindqvist sold his cows.',
     'Lindqvist', None, 'AGR'),
    ('Teacher Ruth Oyelaran said the school in Ibadan had no roof. Oyelaran taught in the yard.',
     'Oyelaran', None, 'EDU'),
    ('Fishing fleets will shrink, said Alan Mervik, a professor at the Pelham Institute for Ocean '
     'Studies in Oregon. Mervik expects quotas to fall.', 'Mervik', 'USA', 'EDU'),
    ('"Prices will keep rising," said economics lecturer Omar Dalkiran of Ankara\'s Tessaly University.',
     'Omar Dalkiran', 'TUR', 'EDU'),
    ('Lena Okafor, a research associate at the Lakeside Vaccine Unit in Kenya, said 400 children '
     'took part. Okafor plans a second trial.', 'Okafor', 'KEN', 'EDU'),
    ("The guard told Channel 9's Mirela Dastani that the doors were locked.",
     'Mirela Dastani', None, 'JRN'),
    ('Police arrested the alleged gunman, Dorian Haskel, on Friday. Haskel said nothing.',
     'Haskel', None, 'CRM'),
    # group nouns after a demonym
    ('Greek students announced new rallies on Sunday.', 'Greek students', 'GRC', 'EDU'),
    ('Kenyan doctors ended their strike after a week.', 'Kenyan doctors', 'KEN', 'MED'),
    ('Syrian refugees crossed the border at night.', 'Syrian refugees', 'SYR', 'REF'),
    ('Haitian farmers lost their crops to the hurricane.', 'Haitian farmers', 'HTI', 'AGR'),
    ('Polish truck drivers blocked the border crossing.', 'Polish truck drivers', 'POL', 'LAB'),
    ('Ukrainian soldiers held the bridge for three days.', 'Ukrainian soldiers', 'UKR', 'MIL'),
    ('Tunisian lawyers walked out of the court in protest.', 'Tunisian lawyers', 'TUN', 'JUD'),
    ('Mexican journalists marched after the killing of a colleague.',
     'Mexican journalists', 'MEX', 'JRN'),
    ('Malian traders closed their shops in the capital.', 'Malian traders', 'MLI', 'BUS'),
    ('Afghan refugees waited at the crossing for days.', 'Afghan refugees', 'AFG', 'REF'),
    # a group's origin with "from" (added with the change; "Farmers from Kenya" was None AGR before)
    ('Refugees from Eritrea waited at the port for a boat.', 'Refugees', 'ERI', 'REF'),
    ('Farmers from Malawi marched to the capital.', 'Farmers', 'MWI', 'AGR'),
    ('Officials from Kenya and Uganda met in Arusha.', 'Officials', None, 'GOV'),
    # must stay: known actors and shapes already coded
    ('Kenyan farmers blocked the highway with their tractors.', 'Kenyan farmers', 'KEN', 'AGR'),
    ('Human Rights Watch said the police used live rounds.', 'Human Rights Watch', 'NGO', 'SOC'),
    ('The Nigerian army said it freed 20 hostages.', 'Nigerian army', 'NGA', 'MIL'),
    ('Amnesty International called for the release of the activists.',
     'Amnesty International', 'NGO', 'SOC'),
    ('The Lagos Evening Times printed the leaked memo.', 'Lagos Evening Times', 'NGA', 'JRN'),
    ('Villagers said the soldiers had burned their homes.', 'Villagers', None, 'CVL'),
    ('Marta Velinska, a lawyer in Warsaw, said the ruling was unfair. Velinska said she would appeal.',
     'Velinska', 'POL', 'JUD'),
    ('Reuters reported that the talks had stalled.', 'Reuters', 'GBR', 'JRN'),
]

# the invented names the knowledge base must not know
UNKNOWN = ["Tollmere Foundation", "Marubi Bank", "Quorvan Airlines", "Halvik Institute",
           "Nairobi Daily Courier", "Pemberly Clinic", "Andoral Resources", "Nour Rights Watch",
           "Orla Brenwick", "Vardell Institute", "Tomasz Wielgor", "Dina Farouki", "Larchmont Hospital",
           "Greta Holloway", "Nikolai Brandt", "Tessaly Hospital", "Priya Ramanathan", "Quillon Bank",
           "Hugo Farrant", "Delvin Gazette", "Akua Mensima", "Jonas Lindqvist", "Ruth Oyelaran",
           "Alan Mervik", "Omar Dalkiran", "Tessaly University", "Lena Okafor", "Mirela Dastani",
           "Dorian Haskel"]


@pytest.mark.parametrize("name", UNKNOWN)
def test_names_are_unknown(ids_of, name):
    assert not ids_of(name)


@pytest.mark.parametrize(("text", "name", "country", "sector"), coding_params(CASES))
def test_unknown_actor_coding(nlp, knowledge, text, name, country, sector):
    assert _coding(nlp, knowledge, text, name) == (country, sector)
