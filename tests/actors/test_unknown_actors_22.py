"""Actors the knowledge base does not know (issue #20, round 22): an unknown name is coded by
what its own shape and the text around it say. Company shapes ("Holdings", "Bank", "Mining",
"an X-based company"), civic and rights groups ("Foundation", "Relief", "a charity"), outlets
("Times", "a newspaper", "a broadcaster"), an army's units ("Brigade", "Regiment" after a
demonym), titles before names ("Colonel", "Judge", "CEO"), and the country from a demonym, a
place inside the name or the country the whole text is about.

The sentences are our own; the names are invented (the first test checks that the knowledge
base does not know them). The last cases are known actors whose coding must stay.
"""

from __future__ import annotations

import pytest
from tests.actors.coding import coding as _coding
from tests.actors.coding import coding_params, unsolved

# (text, name whose last mention is checked, country, sector)
CASES = [
    # companies: a trade or legal form heads the name; a demonym or a base gives the country
    ('Calvora Holdings said its profits fell by a third last year.',
     'Calvora Holdings', None, 'BUS'),
    ('The Kenyan firm Tavuni Mining Ltd closed two of its pits.',
     'Tavuni Mining Ltd', 'KEN', 'BUS'),
    ('Brasvik Group, a Norway-based company, bought the container port.',
     'Brasvik Group', 'NOR', 'BUS'),
    ('Shares of Peravon Motors fell sharply after the recall.',
     'Peravon Motors', None, 'BUS'),
    ('Zambian miner Copperline Corp said 40 workers were trapped underground.',
     'Copperline Corp', 'ZMB', 'BUS'),
    ('Nairobi-based Maziwa Telecom cut its prices again on Monday.',
     'Maziwa Telecom', 'KEN', 'BUS'),
    ('Lintas Airlines, an Indonesian carrier, grounded its whole fleet.',
     'Lintas Airlines', 'IDN', 'BUS'),
    ('Orvanta Bank froze the accounts of the former minister.',
     'Orvanta Bank', None, 'BUS'),
    ('The Egyptian Delta Cotton Company laid off 900 workers.',
     'Egyptian Delta Cotton Company', 'EGY', 'BUS'),
    ('Executives of Halvern Inc met the trade minister on Tuesday.',
     'Halvern Inc', None, 'BUS'),
    ('The Vietnamese company Song Lam Energy will build the dam.',
     'Song Lam Energy', 'VNM', 'BUS'),
    ('Turkish lender Karadere Bank raised its deposit rates.',
     'Karadere Bank', 'TUR', 'BUS'),
    ('Ghana Cocoa Traders Ltd said the harvest was the worst in a decade.',
     'Ghana Cocoa Traders Ltd', 'GHA', 'BUS'),
    # civic, rights and relief groups
    ('The Rosado Foundation, a Mexican charity, paid for the new clinic.',
     'Rosado Foundation', 'MEX', 'SOC'),
    ('Harbour Relief said its convoy reached the town on Sunday.',
     'Harbour Relief', None, 'SOC'),
    ('Prison Watch, a Ugandan advocacy group, said the inmates were beaten.',
     'Prison Watch', 'UGA', 'SOC'),
    ('The Kazakh Bureau for Human Rights called the verdict unjust.',
     'Kazakh Bureau for Human Rights', 'KAZ', 'SOC'),
    unsolved('The Peruvian Institute of Legal Defense said the judges were pressured.',
             'Peruvian Institute of Legal Defense', 'PER', 'SOC',
             "an 'Institute' heads schools' names; no rule tells a legal-defence group from a school"),
    ('Children First Aid, a charity based in Lebanon, fed 3,000 families.',
     'Children First Aid', 'LBN', 'SOC'),
    unsolved('Activists of the Bangladeshi group Ain Sahayata Kendra marched in Dhaka.',
             'Ain Sahayata Kendra', 'BGD', 'SOC',
             "a bare 'group' says no sector; nothing in the sentence says it is a civic one"),
    # outlets
    ('The Tarvo Times reported that the mayor had resigned.',
     'Tarvo Times', None, 'JRN'),
    ('The Kenyan newspaper Sauti Daily said the vote was rigged.',
     'Sauti Daily', 'KEN', 'JRN'),
    ('Nepali broadcaster Himal TV showed the collapsed bridge.',
     'Himal TV', 'NPL', 'JRN'),
    ('Liberty Radio, a private Haitian station, went off the air.',
     'Liberty Radio', 'HTI', 'JRN'),
    ('The Pakistani newspaper Dawn Mirror quoted the general.',
     'Dawn Mirror', 'PAK', 'JRN'),
    ('The state-run news agency Tarsiva Haberler said the talks would resume.',
     'Tarsiva Haberler', None, 'JRN'),
    unsolved('The state news agency Tarsiva Haberler said the talks would resume.',
             'Tarsiva Haberler', None, 'JRN',
             "kb/phoenix-roles.tsv codes 'state news agency' GOV until a rebuild takes sectors.tsv's row"),
    ('The Lusaka Post said the minister had left the country.',
     'Lusaka Post', 'ZMB', 'JRN'),
    ('The Karachi Morning News ran the story on its front page.',
     'Karachi Morning News', 'PAK', 'JRN'),
    # forces: a unit's head word after a country or demonym
    ('The Malian 33rd Parachute Regiment took control of the airport.',
     'Malian 33rd Parachute Regiment', 'MLI', 'MIL'),
    ('Soldiers of the Ukrainian 47th Mechanized Brigade repelled the attack.',
     'Ukrainian 47th Mechanized Brigade', 'UKR', 'MIL'),
    ('The Colombian Navy seized four tonnes of cocaine.',
     'Colombian Navy', 'COL', 'MIL'),
    ('The Nigerian Air Force bombed a camp near the lake.',
     'Nigerian Air Force', 'NGA', 'MIL'),
    ('The Chadian Republican Guard surrounded the palace at dawn.',
     'Chadian Republican Guard', 'TCD', 'MIL'),
    # a coast guard keeps the police sector the role table gives it
    ('The Philippine Coast Guard said a Chinese vessel fired water cannon.',
     'Philippine Coast Guard', 'PHL', 'COP'),
    ('The Chadian army said it killed 60 fighters near the border.',
     'Chadian army', 'TCD', 'MIL'),
    ('The Ethiopian National Defense Force denied the report.',
     'Ethiopian National Defense Force', 'ETH', 'MIL'),
    # a force named by its head word alone is the article's country's, as "the army" is
    ('Guinea\'s junta closed the borders, Guinea\'s state radio said. The Presidential Guard '
     'sealed off the palace.',
     'Presidential Guard', 'GIN', 'MIL'),
    ('Fighting spread in northern Mali, Mali\'s army said. The 14th Mountain Brigade '
     'lost two villages.', '14th Mountain Brigade', 'MLI', 'MIL'),   # round 25b: a numbered unit
    # titles before names
    ('Colonel Amadou Sissoko said the soldiers had no choice.',
     'Amadou Sissoko', None, 'MIL'),
    ('Ghanaian Finance Minister Kwabena Asante presented the budget.',
     'Kwabena Asante', 'GHA', 'GOV'),
    ('Judge Marta Okonjo ordered the journalist released.',
     'Marta Okonjo', None, 'JUD'),
    ('Tavuni Mining CEO Peter Karanja said the mine would reopen.',
     'Peter Karanja', None, 'BUS'),
    ('Army spokesman Brigadier Tunde Okafor said six soldiers died.',
     'Tunde Okafor', None, 'MIL'),
    ('General Ibrahim Toure, the Malian army chief, flew to Niamey.',
     'Ibrahim Toure', 'MLI', 'MIL'),
    ('Philippine Senator Rosa Villanueva called for an inquiry.',
     'Rosa Villanueva', 'PHL', 'LEG'),
    ('Kenyan police spokesman Daniel Mwangi said 12 people were held.',
     'Daniel Mwangi', 'KEN', 'COP'),
    ('Zambian opposition leader Chanda Mulenga called for protests.',
     'Chanda Mulenga', 'ZMB', 'OPP'),
    ('Peruvian Defense Minister Luis Quispe resigned on Friday.',
     'Luis Quispe', 'PER', 'GOV'),
    # a minister's "counterpart" is the other state's official
    ('Peru\'s foreign minister spoke by phone with her Chilean counterpart Tomas Vidal.',
     'Tomas Vidal', 'CHL', 'GOV'),
    ('The Nepali defense minister met his Indian counterpart in Delhi.',
     'Indian counterpart', 'IND', 'GOV'),
    # a state's news agency is journalism, as state television is
    ('Lao state broadcaster Sengsavang TV said the dam had not burst.',
     'Sengsavang TV', 'LAO', 'JRN'),
    # surname-only later in the text keeps the titled person's coding
    ('Peruvian Defense Minister Luis Quispe resigned on Friday. Quispe said he had no regrets.',
     'Quispe', 'PER', 'GOV'),
    ('Colonel Amadou Sissoko of the Malian army spoke to reporters. Sissoko said the '
     'roads were safe.', 'Sissoko', 'MLI', 'MIL'),
    ('Judge Marta Okonjo of Nigeria\'s High Court ruled on Monday. Okonjo said the law was '
     'clear.', 'Okonjo', 'NGA', 'JUD'),
    # known actors keep their coding
    ('Human Rights Watch said the police used live rounds.',
     'Human Rights Watch', 'NGO', 'SOC'),
    ('Amnesty International called for the release of the activists.',
     'Amnesty International', 'NGO', 'SOC'),
    ('The Nigerian army said it freed 20 hostages.',
     'Nigerian army', 'NGA', 'MIL'),
    ('Doctors Without Borders said its hospital was shelled.',
     'Doctors Without Borders', 'NGO', 'MED'),
    ('Xinhua News Agency reported that the law was amended.',
     'Xinhua News Agency', 'CHN', 'JRN'),
    ('U.S. Central Command said the strike killed two militants.',
     'U.S. Central Command', 'USA', 'MIL'),
]

# the invented names the knowledge base must not know
UNKNOWN = ["Calvora Holdings", "Tavuni Mining", "Brasvik Group", "Peravon Motors", "Copperline Corp",
           "Maziwa Telecom", "Lintas Airlines", "Orvanta Bank", "Halvern Inc", "Song Lam Energy",
           "Karadere Bank", "Rosado Foundation", "Harbour Relief", "Prison Watch",
           "Children First Aid", "Ain Sahayata Kendra", "Tarvo Times", "Sauti Daily", "Himal TV",
           "Liberty Radio", "Dawn Mirror", "Tarsiva Haberler", "Lusaka Post",
           "Karachi Morning News", "Amadou Sissoko", "Kwabena Asante", "Marta Okonjo",
           "Peter Karanja", "Tunde Okafor", "Ibrahim Toure", "Rosa Villanueva", "Daniel Mwangi",
           "Chanda Mulenga", "Luis Quispe", "Tomas Vidal"]


@pytest.mark.parametrize("name", UNKNOWN)
def test_names_are_unknown(ids_of, name):
    assert not ids_of(name)


@pytest.mark.parametrize(("text", "name", "country", "sector"),
                         coding_params(CASES))
def test_unknown_actor_coding(nlp, knowledge, text, name, country, sector):
    assert _coding(nlp, knowledge, text, name) == (country, sector)
