"""People, surnames, companies and committees (issue #20, round 22b).

A surname used again after a titled full name is that person again (country, sector); a private
person the text places somewhere ("a farmer in Kisumu") takes that place's country; a
"counterpart" at a company is business; a "Committee for <cause>" is a civic group while a
committee of a legislature is not; a country's name inside a longer organisation name is the
organisation's country, the mention is not the country; "Const." and "DA" are titles.

The sentences are our own; the names are invented (the first test checks that the knowledge
base does not know them). Known actors at the end must keep their coding.
"""

from __future__ import annotations

import pytest
from tests.actors.coding import coding as _coding


def _unsolved(text: str, name: str, country: str | None, sector: str | None, reason: str):
    """A case no general rule codes yet, kept as a strict expected failure."""
    return pytest.param(text, name, country, sector, id=f"{name}-unsolved",
                        marks=pytest.mark.xfail(strict=True, reason=reason))


# (text, name whose last mention is checked, country, sector)
CASES = [
    # a surname again after a titled full name
    ('Interior Minister Teresa Mallqui announced a curfew in Lima on Monday. Mallqui said the '
     'measure would last a week.', 'Mallqui', 'PER', 'GOV'),
    ('Kenyan Health Minister Joseph Wafula visited the ward. Doctors told Wafula that beds '
     'were short.', 'Wafula', 'KEN', 'GOV'),
    ('Ghana\'s Trade Minister Esi Boakye met exporters in Accra. Boakye promised lower '
     'port fees.', 'Boakye', 'GHA', 'GOV'),
    ('Senator Lorna Batista of the Philippines filed the bill. Batista said it would '
     'protect fishermen.', 'Batista', 'PHL', 'LEG'),
    ('Colombian army commander General Hernan Ospitia toured the base. Ospitia said '
     'the rebels were retreating.', 'Ospitia', 'COL', 'MIL'),
    ('Police chief Rashid Kamau of Kenya said 30 people were held. Kamau added that '
     'more arrests would follow.', 'Kamau', 'KEN', 'COP'),
    ('Nigerian opposition leader Bello Adamu rejected the results. Adamu urged his '
     'supporters to stay calm.', 'Adamu', 'NGA', 'OPP'),
    ('Brazilian Judge Helena Farrapos suspended the decree. Farrapos wrote that the '
     'law was unclear.', 'Farrapos', 'BRA', 'JUD'),
    # a titled person coded from the title and the article's country, then the surname
    ('Floods hit central Peru on Sunday, killing 14 people. Agriculture Minister '
     'Rosa Chumpitaz flew to the area. Chumpitaz said crops were lost.', 'Chumpitaz', 'PER', 'GOV'),
    ('Kenya\'s parliament met on Tuesday to debate the tax bill. Finance Minister '
     'Peter Otieno Ruto-Kamau defended it. Ruto-Kamau said the deficit must shrink.',
     'Ruto-Kamau', 'KEN', 'GOV'),
    ('Protests spread across Bolivia on Friday. Interior Minister Ana Vacaflor '
     'ordered the police to clear roads. Vacaflor blamed the opposition.', 'Vacaflor', 'BOL', 'GOV'),
    ('The rains caused landslides across Nepal. Home Minister Bishnu Karki '
     'ordered the army to help. Karki visited the worst-hit district.', 'Karki', 'NPL', 'GOV'),
    # the full name itself, titled (must stay)
    ('Interior Minister Teresa Mallqui announced a curfew in Lima on Monday.',
     'Teresa Mallqui', 'PER', 'GOV'),
    ('Floods hit central Peru on Sunday. Agriculture Minister Rosa Chumpitaz flew to the area.',
     'Rosa Chumpitaz', 'PER', 'GOV'),
    # private people tied to a place
    # (the calling's noun gives the sector: sectors.tsv)
    ('Heavy rain flooded western Kenya. "We lost everything," said Samuel Ouma, a farmer '
     'in Kisumu.', 'Samuel Ouma', 'KEN', 'AGR'),
    _unsolved('Grace Achieng, a teacher from Eldoret, said the school had no water.',
              'Grace Achieng', 'KEN', 'EDU',
              "the recogniser tags the town an organisation, and 'from' places no worker"),
    ('Residents of Peshawar said the shelling lasted all night. "It was terrible," '
     'said Imran Qadir, a shopkeeper in Peshawar.', 'Imran Qadir', 'PAK', 'BUS'),
    ('Mariam Diallo, a trader in Bamako, said prices had doubled.',
     'Mariam Diallo', 'MLI', 'BUS'),
    ('"The water came at night," said Tomas Herrera, a fisherman from Valparaiso.',
     'Tomas Herrera', 'CHL', 'AGR'),
    ('Residents of Mosul said the power was cut again.', 'Residents of Mosul', 'IRQ', 'CVL'),
    ('Residents of Kisumu fled to higher ground.', 'Residents of Kisumu', 'KEN', 'CVL'),
    # a counterpart at a company is business, a minister's counterpart government
    ('Hyundai\'s chief executive met his counterpart at Toyota in Tokyo.',
     'counterpart', 'JPN', 'BUS'),
    ('The finance minister of Kenya met his counterpart at Orvanta Bank.',
     'counterpart', None, 'BUS'),
    _unsolved('The head of Brasvik Shipping held talks with his counterpart at Maersk.',
              'counterpart', 'DNK', 'BUS', "the recogniser tags Maersk a product, no organisation"),
    ('The Nepali defense minister met his Indian counterpart in Delhi.',
     'Indian counterpart', 'IND', 'GOV'),
    ('Peru\'s foreign minister spoke by phone with her Chilean counterpart.',
     'Chilean counterpart', 'CHL', 'GOV'),
    # committees: a cause's committee is civic, a legislature's is not
    ('The Committee for Free Elections in Ruritania urged donors to cut aid.',
     'Committee for Free Elections', None, 'SOC'),
    ('The Committee for Justice in Belarus said 40 activists were jailed.',
     'Committee for Justice', 'BLR', 'SOC'),
    ('Mark Haldane, president of the Committee for Freedom of the Press, said the law was harsh.',
     'Mark Haldane', None, 'SOC'),
    ('The Committee to Protect Journalists condemned the arrest.',
     'Committee to Protect Journalists', 'NGO', 'SOC'),
    _unsolved('The Committee for the Defence of Detainees in Togo called for an inquiry.',
              'Committee for the Defence of Detainees', 'TGO', 'SOC',
              "'in Togo' hangs on the last noun of the name, not on the name's head"),
    ('The National Committee for Human Rights said the prisons were full.',
     'National Committee for Human Rights', None, None),
    _unsolved('The Kenyan Senate Committee on Finance summoned the governor.',
              'Kenyan Senate Committee on Finance', 'KEN', 'LEG',
              "a legislature's noun inside an unknown name gives it no sector yet"),
    _unsolved('The House Foreign Affairs Committee approved the bill on Wednesday.',
              'House Foreign Affairs Committee', 'USA', 'LEG',
              "the knowledge base codes the committee as Congress, GOV (kb/, no rebuild)"),
    # a country's name inside a longer name is the organisation's country, not the country
    ('Activists from Dog Meat Free Kenya protested outside the market.',
     'Dog Meat Free Kenya', 'KEN', 'SOC'),
    ('Staff at Fiji Island Motors, across the street, were told to leave.',
     'Fiji Island Motors', 'FJI', 'BUS'),
    ('Lula da Silva met the Kenyan president in Nairobi.', 'Lula da Silva', 'BRA', 'GOV'),
    ('Kenya Flower Exporters Ltd said sales fell by a third.',
     'Kenya Flower Exporters Ltd', 'KEN', 'BUS'),
    ('Fiji Coastal Motors said it would close two branches.',
     'Fiji Coastal Motors', 'FJI', 'BUS'),
    _unsolved('Clean Rivers Indonesia said the factory dumped waste into the river.',
              'Clean Rivers Indonesia', 'IDN', 'SOC',
              "a tagged name holding a country and no telling word is read as a company's"),
    ('Kenya said it would send troops.', 'Kenya', 'KEN', 'GOV'),
    ('Indonesia banned the export of nickel ore.', 'Indonesia', 'IDN', 'GOV'),
    # Const. and DA as titles
    ('Const. Jared Mutua was shot while on patrol in Nairobi.', 'Jared Mutua', 'KEN', 'COP'),
    ('Police Const. Amy Fielding arrested the driver.', 'Amy Fielding', None, 'COP'),
    # a text written a sentence a line, the parser ending one at the title's period
    ('Two cars collided on the main road .\nCalgary police Const .\nDaniel Holt told reporters the '
     'driver fled .\nHolt asked witnesses to call .', 'Holt', 'CAN', 'COP'),
    ('DA Marcus Whitfield said he would seek a retrial.', 'Marcus Whitfield', None, 'JUD'),
    ('Bronx DA Lena Ortiz charged the two men with murder.', 'Lena Ortiz', 'USA', 'JUD'),
    ('District Attorney Marcus Whitfield said he would seek a retrial.',
     'Marcus Whitfield', None, 'JUD'),
    # a middle initial written apart from its period ("Ana M . Quillo") keeps the surname
    ('The man was asked by Judge Ana M . Quillo if he understood the charges . Quillo '
     'ordered him held .', 'Quillo', None, 'JUD'),
    ('Ana M. Quillo, a nurse, said the ward was full.', 'Ana M. Quillo', None, 'MED'),
    # company people
    ('Calvora Holdings chief executive Daniel Brenner resigned. Brenner said the board '
     'had lost faith in him.', 'Brenner', None, 'BUS'),
    ('Orvanta Bank CEO Lucia Ferraz met the finance minister. Ferraz said the bank was sound.',
     'Ferraz', None, 'BUS'),
    ('Halvern Inc, a Canadian mining company, said its mine in Peru would reopen.',
     'Halvern Inc', 'CAN', 'BUS'),
    ('Tavuni Mining Ltd, a Kenyan company, closed two of its pits.',
     'Tavuni Mining Ltd', 'KEN', 'BUS'),
    # surname must-stays
    ('Peruvian Defense Minister Luis Quispe resigned on Friday. Quispe said he had no regrets.',
     'Quispe', 'PER', 'GOV'),
    ('Judge Marta Okonjo of Nigeria\'s High Court ruled on Monday. Okonjo said the law was '
     'clear.', 'Okonjo', 'NGA', 'JUD'),
    # known actors keep their coding
    ('Human Rights Watch said the police used live rounds.',
     'Human Rights Watch', 'NGO', 'SOC'),
    ('The Nigerian army said it freed 20 hostages.', 'Nigerian army', 'NGA', 'MIL'),
    ('Amnesty International called for the release of the activists.',
     'Amnesty International', 'NGO', 'SOC'),
]

# the invented names the knowledge base must not know
UNKNOWN = ["Teresa Mallqui", "Joseph Wafula", "Esi Boakye", "Lorna Batista", "Hernan Ospitia",
           "Rashid Kamau", "Bello Adamu", "Helena Farrapos", "Rosa Chumpitaz", "Ana Vacaflor",
           "Bishnu Karki", "Samuel Ouma", "Grace Achieng", "Imran Qadir", "Mariam Diallo",
           "Tomas Herrera", "Brasvik Shipping", "Committee for Free Elections in Ruritania",
           "Committee for Justice in Belarus", "Kenya Flower Exporters",
           "Fiji Coastal Motors", "Clean Rivers Indonesia", "Dog Meat Free Kenya",
           "Fiji Island Motors", "Mark Haldane", "Jared Mutua", "Amy Fielding",
           "Marcus Whitfield", "Lena Ortiz", "Daniel Holt", "Ana Quillo", "Daniel Brenner", "Lucia Ferraz"]


@pytest.mark.parametrize("name", UNKNOWN)
def test_names_are_unknown(ids_of, name):
    assert not ids_of(name)


def _param(case):
    return case if hasattr(case, "marks") else pytest.param(*case, id=f"{case[1]}-{case[0][:20]}")


@pytest.mark.parametrize(("text", "name", "country", "sector"), [_param(c) for c in CASES])
def test_people_coding(nlp, knowledge, text, name, country, sector):
    assert _coding(nlp, knowledge, text, name) == (country, sector)
