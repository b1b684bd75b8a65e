"""What a person or an organisation is, round 33: the resolution paths that code fair-test mentions wrongly.

A tune breakdown of the fair actor test set by resolution path (KB exact, KB partial, title rule,
organisation pattern, document carry, article country, none) put most wrong codings on a few paths:
a title or role noun that finds no country, a known name matched by part of a longer unknown name,
a mention the text does not mark at all, and the story's country carried onto a surname. These
cases aim at those paths in short articles of our own, in a news register, the people in them
invented: full names unknown to the knowledge base that share one word with a known person (they
must not take the known person), appositives that say what a person is, military and police titles
with ranks before a name, mentions after a preposition, people abroad (of their own country, not
the one they are in), short official mentions as an event coder meets them ("the Kenyan defence
minister", "Thai police") and party acronyms. Each case checks the country and sector of the last
mention holding the name (coded on 2024-05-03, the date of `tests/actors/coding.py`).
"""

from __future__ import annotations

import pytest
from tests.actors.coding import coding as _coding
from tests.actors.coding import coding_params, unsolved

# (text, name whose last mention is checked, country, sector)
CASES = [
    # (1) a full name unknown to the knowledge base, with an appositive saying what the person is:
    #     the appositive decides, not a known person sharing a given name or a surname
    ('Hassan Nour, a member of parliament in Egypt, called for an inquiry into the bread prices.',
     'Hassan Nour', 'EGY', 'LEG'),
    unsolved('Abdullah Karimov, a farmer from the Fergana valley in Uzbekistan, said the canal had run '
             'dry.', 'Abdullah Karimov', 'UZB', 'AGR',
             'both words are known people\'s (a one-named Abdullah, the surname of a known Karimov): '
             'the name is read as two known people, never as one unknown full name'),
    ('Vladimir Kostic, a teacher in Serbia, joined the strike on Monday.', 'Vladimir Kostic', 'SRB', 'EDU'),
    ('Emmanuel Tembo, a lawyer in Zambia, said the arrests were unlawful.', 'Emmanuel Tembo', 'ZMB', 'JUD'),
    ('Joko Santoso, a fisherman in Indonesia, said the catch had fallen by half.', 'Joko Santoso', 'IDN',
     'AGR'),
    ('Narendra Joshi, a doctor in Nepal, said the hospital had no oxygen left.', 'Narendra Joshi', 'NPL',
     'MED'),
    ('Recep Aydin, a shopkeeper in Turkey, said prices had doubled since spring.', 'Recep Aydin', 'TUR',
     'BUS'),
    ('Xi Wenli, a student in China, was detained after the protest.', 'Xi Wenli', 'CHN', 'EDU'),
    unsolved('Donald Mwale, a journalist in Malawi, was arrested at his home.', 'Donald Mwale', 'MWI', 'JRN',
             'a journalist takes no country from where they are (round 32: reporters are often posted '
             'abroad), even in a story about one country'),
    ('Justin Moreau, a priest in Haiti, led the prayers for the victims.', 'Justin Moreau', 'HTI', 'REL'),
    ('Emmanuel Okafor, a senator in Nigeria, opposed the fuel tax.', 'Emmanuel Okafor', 'NGA', 'LEG'),
    unsolved('Kim Soo-ah, a nurse in South Korea, said the wards were short of staff.', 'Kim Soo-ah', 'KOR',
             'MED', 'the hyphenated given name breaks the parse: the appositive "a nurse" is coded as '
             'a mention of its own and the name gets neither its sector nor its country'),
    # the surname alone later: the same person, not a known bearer of the surname
    ('Joseph Biden Mutua, a trader in Kenya, lost his stall in the fire. Mutua said nobody had helped.',
     'Mutua', 'KEN', 'BUS'),
    unsolved('Maria Putina, a pensioner in Moldova, said her heating bill had tripled. Putina asked for '
             'help.', 'Putina', 'MDA', None,
             'a pensioner is coded a civilian (CVL) where the case expects no sector: "pensioner" '
             'is not a role noun, and the civilian default for private people fills the sector'),
    # (2) ranks and titles before a name, with a country adjective in front: one mention
    ('Thai army chief General Prasit Wongsakul said the troops would stay in the south.',
     'Prasit Wongsakul', 'THA', 'MIL'),
    ('Nigerian army spokesman Colonel Musa Danjuma said the town had been retaken.', 'Musa Danjuma',
     'NGA', 'MIL'),
    ('Kenyan police chief Inspector General Joseph Kiprono said six officers had been suspended.',
     'Joseph Kiprono', 'KEN', 'COP'),
    ('Pakistani navy chief Admiral Tariq Hamid inspected the new frigate.', 'Tariq Hamid', 'PAK', 'MIL'),
    ('Peruvian police General Luis Quispe said the road had been cleared.', 'Luis Quispe', 'PER', 'COP'),
    ('Indonesian military commander General Budi Hartono visited Papua.', 'Budi Hartono', 'IDN', 'MIL'),
    ('Colombian army Colonel Andres Rojas said the rebels had fled.', 'Andres Rojas', 'COL', 'MIL'),
    ('Egyptian Major General Samir Fahmy led the operation in Sinai.', 'Samir Fahmy', 'EGY', 'MIL'),
    ('Ugandan army Brigadier Felix Kato said the troops had crossed the border.', 'Felix Kato', 'UGA',
     'MIL'),
    # (3) a mention after a preposition or a fronted phrase is its own mention
    unsolved('In parliament Ana Ruiz, an opposition lawmaker, accused the Spanish government of lying.',
             'Ana Ruiz', 'ESP', 'OPP',
             'now one mention, the person (no longer "parliament Ana Ruiz"), OPP by the role nouns; '
             'the country is given only by a demonym ("the Spanish government"), which does not '
             'make the story\'s country'),
    ('At the ministry Foreign Minister Dina Haddad met the envoys in Lebanon.', 'Dina Haddad', 'LBN', 'GOV'),
    ('In Nairobi, Kenyan Interior Minister Paul Ochieng said the curfew would end.', 'Paul Ochieng', 'KEN',
     'GOV'),
    ('On Tuesday Chilean President Rosa Valdes signed the pension law.', 'Rosa Valdes', 'CHL', 'GOV'),
    ('For the opposition, Ghanaian lawmaker Kwame Boateng said the budget would fail.', 'Kwame Boateng',
     'GHA', 'LEG'),
    ('According to Philippine police, the suspects were arrested in Manila.', 'Philippine police', 'PHL',
     'COP'),
    ('In Bolivia, miners blocked the roads to La Paz.', 'miners', 'BOL', 'LAB'),
    # (4) people abroad are of their own country, not of the country they are in
    ('A Nepali student in London was stabbed on Friday, the embassy of Nepal said.', 'Nepali student',
     'NPL', 'EDU'),
    ('A Kenyan student in Moscow was found dead, Kenyan officials said.', 'Kenyan student', 'KEN', 'EDU'),
    ('Filipino workers in Kuwait complained about unpaid wages.', 'Filipino workers', 'PHL', 'LAB'),
    ('Indian nurses in Saudi Arabia were stranded by the flight ban.', 'Indian nurses', 'IND', 'MED'),
    ('Syrian refugees in Lebanon protested against the evictions.', 'Syrian refugees', 'SYR', 'REF'),
    ('Ethiopian migrants in Yemen were caught in the fighting.', 'Ethiopian migrants', 'ETH', 'CVL'),
    ('Bangladeshi labourers in Qatar went on strike over pay.', 'Bangladeshi labourers', 'BGD', 'LAB'),
    ('A Chinese businessman in Zambia was kidnapped on Sunday.', 'Chinese businessman', 'CHN', 'BUS'),
    ('Vietnam protested after a Vietnamese fisherman was shot near the Paracels.', 'Vietnamese fisherman',
     'VNM', 'AGR'),
    # (5) short official mentions: an office or force by a country adjective or possessive
    ('The Kenyan defence minister said the troops would leave Somalia.', 'Kenyan defence minister', 'KEN',
     'GOV'),
    ('Thai police fired tear gas at the protesters.', 'Thai police', 'THA', 'COP'),
    ('The Indonesian navy seized a fishing boat.', 'Indonesian navy', 'IDN', 'MIL'),
    ("Pakistan's interior ministry banned the rally.", 'interior ministry', 'PAK', 'GOV'),
    ('The Ghanaian finance minister presented the budget.', 'Ghanaian finance minister', 'GHA', 'GOV'),
    ("Brazil's foreign minister criticised the sanctions.", 'foreign minister', 'BRA', 'GOV'),
    ('Mexican soldiers found the bodies near the border.', 'Mexican soldiers', 'MEX', 'MIL'),
    ('The Ethiopian army denied the report.', 'Ethiopian army', 'ETH', 'MIL'),
    ('Tunisian judges went on strike.', 'Tunisian judges', 'TUN', 'JUD'),
    ('The Malaysian health minister closed the schools.', 'Malaysian health minister', 'MYS', 'GOV'),
    ('Colombian riot police cleared the square.', 'Colombian riot police', 'COL', 'COP'),
    ('The Ukrainian foreign ministry summoned the ambassador.', 'Ukrainian foreign ministry', 'UKR', 'GOV'),
    ('Zimbabwean opposition leaders were arrested.', 'Zimbabwean opposition leaders', 'ZWE', 'OPP'),
    ("Senegal's justice minister defended the ruling.", 'justice minister', 'SEN', 'GOV'),
    ('Argentine prosecutors charged the former minister.', 'Argentine prosecutors', 'ARG', 'JUD'),
    ('The Moroccan coast guard rescued forty migrants.', 'Moroccan coast guard', 'MAR', 'COP'),
    # (6) party acronyms: known parties, and an acronym the article introduces
    ('The ANC lost its majority in the South African election.', 'ANC', 'ZAF', 'PTY'),
    ('The BJP won the state election in India.', 'BJP', 'IND', 'PTY'),
    ('The AKP named its candidate for mayor of Istanbul.', 'AKP', 'TUR', 'PTY'),
    unsolved('The National Renewal Party (NRP) of Malawi chose a new leader. The NRP said the vote was '
             'fair.', 'NRP', 'MWI', 'PTY',
             'an unknown party name matched by a known one of another country (a Chilean National '
             'Renewal), and "of Malawi" after the acronym in brackets is not read as its country'),
    unsolved('The Democratic Progress Union (DPU) won seats in the Gambian parliament. The DPU will join '
             'the coalition.', 'DPU', 'GMB', 'PTY',
             '"Union" reads as a trade union (LAB); winning seats does not make it a party, and a '
             'demonym\'s parliament gives no country'),
    unsolved('The Labour Alliance Party (LAP), an opposition party in Fiji, boycotted the vote. The LAP '
             'said the rules were unfair.', 'LAP', 'FJI', 'OPP',
             'a longer unknown party name is matched by a known party name inside it (the British '
             'Labour Party), over the appositive "an opposition party in Fiji"'),
    # (7) organisations by their shape, of the story's one country
    ('Sunrise Mining Ltd, a Ghanaian company, laid off 300 workers.', 'Sunrise Mining', 'GHA', 'BUS'),
    ('The Andean Human Rights Network, based in Ecuador, condemned the killings.',
     'Andean Human Rights Network', 'ECU', 'SOC'),
    ('Police in Peru raided the offices of Radio Libertad, a station in Cusco.', 'Radio Libertad', 'PER',
     'JRN'),
    ('Farmers in Paraguay formed the Paraguayan Small Farmers Union to fight the land grabs.',
     'Paraguayan Small Farmers Union', 'PRY', 'LAB'),
    # (8) a person named with a role noun, then by surname: the surname keeps the role and country
    ('Bolivian lawmaker Carmen Mamani proposed the water law. Mamani said the cities needed more.',
     'Mamani', 'BOL', 'LEG'),
    ('Sri Lankan police spokesman Nihal Silva said the curfew would stay. Silva gave no figures.',
     'Silva', 'LKA', 'COP'),
    ('Egyptian judge Omar Said sentenced the activists. Said gave no reasons.', 'Said', 'EGY', 'JUD'),
    ('The Kazakh opposition leader Arman Seitkali was arrested in Almaty. Seitkali denied the charges.',
     'Seitkali', 'KAZ', 'OPP'),
    ('Cameroonian journalist Paul Atangana was freed. Atangana thanked his colleagues.', 'Atangana', 'CMR',
     'JRN'),
    ('Nicaraguan bishop Rolando Vega was expelled. Vega said he would return.', 'Vega', 'NIC', 'REL'),
    ('Vietnamese blogger Tran Van Minh was jailed for six years. Minh had criticised the party.', 'Minh',
     'VNM', 'JRN'),
    ('Jamaican police commissioner Andre Brown said murders had fallen. Brown thanked the public.', 'Brown',
     'JAM', 'COP'),
    ('Serbian student leader Milica Jovanovic led the march. Jovanovic called for new elections.',
     'Jovanovic', 'SRB', 'EDU'),
    ('Mongolian herder Bat-Erdene Dorj lost his flock to the winter. Dorj said the aid came late.',
     'Dorj', 'MNG', 'AGR'),
    # (9) written after the first fixes, a second batch on the weakest kinds of the check part
    #     (companies, group nouns, bodies placed in a country): a company named by its trade
    #     word, in a story about one country, is a business of that country
    unsolved('The company said its mine in Zambia would reopen. Konkola Copper said output would rise.',
             'Konkola Copper', 'ZMB', 'BUS',
             'a country named once is no article\'s country for an unknown company (round 23: '
             '"an investor in Kenya" is no Kenyan firm); and since review 33 a goods word ("Copper") '
             'makes a company only where the text calls the name "it" or has people work at it'),
    unsolved('Workers at Tarkwa Gold in Ghana went on strike. Tarkwa Gold said it would not raise pay.',
             'Tarkwa Gold', 'GHA', 'BUS',
             'review 33: the recogniser tags the name PERSON, and a goods word ("Gold") makes no company '
             'of a PERSON-tagged name ("David Gold, a lawyer"), so the name is coded a civilian'),
    unsolved('Prices of cement rose in Kenya after Athi Cement closed its plant.', 'Athi Cement', 'KEN',
             'BUS',
             'a country named once is no article\'s country for an unknown company (round 23: '
             '"an investor in Kenya" is no Kenyan firm); the trade word gives BUS, no country'),
    unsolved('Bandar Steel laid off 2,000 workers in Iran, the company said.', 'Bandar Steel', 'IRN', 'BUS',
             'a country named once is no article\'s country for an unknown company (round 23: '
             '"an investor in Kenya" is no Kenyan firm); the trade word gives BUS, no country'),
    unsolved('Farmers in Ecuador accused Costa Verde Shrimp of poisoning the river.', 'Costa Verde Shrimp',
             'ECU', 'BUS', 'the recogniser tags no name here, and "Costa Verde" alone is read as an accused '
             'person\'s name (CRM) before the company\'s head word is seen'),
    # (10) a people's plural name after a country adjective: that country's people
    ('Iraqi Kurds voted for independence.', 'Iraqi Kurds', 'IRQ', 'CVL'),
    ('Syrian Kurds held the town against the attack.', 'Syrian Kurds', 'SYR', 'CVL'),
    ('Afghan Hazaras buried the victims of the bombing.', 'Afghan Hazaras', 'AFG', 'CVL'),
    unsolved('Bosnian Serbs voted in a referendum on the courts.', 'Bosnian Serbs', 'BIH', 'CVL',
             'two demonyms: the head\'s country is taken (right for "Chinese Americans", wrong here); '
             'nothing yet tells a people abroad from a nation\'s minority'),
    unsolved('Pakistani Pashtuns marched to Islamabad.', 'Pakistani Pashtuns', 'PAK', 'CVL',
             'the recogniser tags the two words one organisation, which is coded a company'),
    # (11) a workers' body: "Labour" or "Trade Union(s)" in the name outweighs a body head word
    ('The Nigerian Labour Congress called a general strike.', 'Nigerian Labour Congress', 'NGA', 'LAB'),
    ('The Ghana Trades Union Congress rejected the pay offer.', 'Ghana Trades Union Congress', 'GHA', 'LAB'),
    ('The Malawi Congress of Trade Unions threatened a strike.', 'Malawi Congress of Trade Unions', 'MWI',
     'LAB'),
    # (12) people who are local by what they are ("residents", "villagers"), and government forces,
    #      placed in a country or a known town of one
    ('Government troops in Mali retook the town.', 'Government troops', 'MLI', 'MIL'),
    ('Government forces in Sudan shelled the market.', 'Government forces', 'SDN', 'MIL'),
    ('Residents in Mosul said the water had been cut off.', 'Residents', 'IRQ', 'CVL'),
    ('Villagers in Nepal said the landslide buried twelve homes.', 'Villagers', 'NPL', 'CVL'),
    ('Local residents in Aleppo said the shelling went on all night.', 'Local residents', 'SYR', 'CVL'),
    # (13) written after the fixes: a lone given name the recogniser tags an organisation stands for
    #      the one full name it opens; and guards: troops placed in a country without a word making
    #      them its own stay of no country, a full name going on from a known one-word name
    #      misspelt stays the known person
    ('Thai protest leader Parit Chiwarak was jailed. Parit said he would appeal.', 'Parit', 'THA', 'OPP'),
    ('Troops in Mali retook the town.', 'Troops', None, 'MIL'),
    ('Residents in Goma said the rebels had left the city in Congo.', 'Residents', 'COD', 'CVL'),
    ('The Kenya Union of Teachers called a strike.', 'Kenya Union of Teachers', 'KEN', 'LAB'),
    ('The Zambian Labour Party won two seats.', 'Zambian Labour Party', 'ZMB', 'PTY'),
]


@pytest.mark.parametrize(("text", "name", "country", "sector"), coding_params(CASES))
def test_actor_sector_coding(nlp, knowledge, text, name, country, sector):
    assert _coding(nlp, knowledge, text, name) == (country, sector)


def test_enough_cases():
    assert len(CASES) >= 70
