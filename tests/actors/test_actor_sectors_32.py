"""What a person or an organisation is, round 32: private roles, role-noun names, places "of" a country.

A person with a private role (a farmer, a student, a shopkeeper, a doctor) in a story about one
country is of that country even when no demonym says so; "the lawmaker Priya Sharma" is one
mention, the person, whose sector is the role noun's; a place followed by "of <Country>" is of that
country ("the Gulf Coast of Mexico"). Short mentions as an event coder meets them: an office by a
country adjective or possessive ("the Kenyan defence minister", "Brazil's central bank chief"),
forces by a demonym ("Thai police"), organisations by an acronym the article introduces; and
surnames, organisation name words and group nouns in new shapes.

The articles are our own, in a news register, and the people in them invented. Each case checks
the country and sector of the last mention holding the name (coded on 2024-05-03, the date of
`tests/actors/coding.py`).
"""

from __future__ import annotations

import pytest
from tests.actors.coding import coding as _coding
from tests.actors.coding import coding_params, unsolved

# (text, name whose last mention is checked, country, sector)
CASES = [
    # (1) a determiner and a role noun before a name: one mention, the person, sector from the noun
    # (the sentence names no country: the mention is one, the lawmaker, of no country)
    ('The lawmaker Priya Sharma asked for a debate on the floods.', 'lawmaker Priya Sharma', None, 'LEG'),
    ('The lawmaker Priya Sharma asked for a debate on the floods in India. Sharma said the dams had '
     'failed.', 'Sharma', 'IND', 'LEG'),
    # a journalist is often posted abroad: detained somewhere, they are not of that country by
    # their calling (sectors.tsv gives journalist kind role, sector JRN: no local calling)
    ('The journalist Tariq Aziz was detained in Karachi on Monday. Aziz had written about the '
     'army.', 'Aziz', None, 'JRN'),
    ('The judge Amina Bello ordered the release of the protesters in Kano. Bello said the arrests broke '
     "Nigeria's constitution.", 'Bello', 'NGA', 'JUD'),
    unsolved('The rebel commander Idriss Mahamat said his fighters had reached the outskirts of '
             "Chad's capital. Mahamat demanded talks.", 'Mahamat', 'TCD', 'REB',
             'a fighter does not take the story\'s one country: armed groups fight across '
             'borders'),
    ('The businessman Sergio Baptista bought the failing airline in Portugal. Baptista promised to keep '
     'all the jobs.', 'Baptista', 'PRT', 'BUS'),
    ('The activist Thu Trang was arrested in Hanoi, Vietnamese state media said. Trang had criticised '
     'the dam.', 'Trang', 'VNM', 'CVL'),
    ('The senator Eduardo Paz of Uruguay tabled the motion.', 'senator Eduardo Paz', 'URY', 'LEG'),
    ('The priest Jorge Medina led the march through Managua in Nicaragua. Medina was later '
     'questioned by police.', 'Medina', 'NIC', 'REL'),
    unsolved('The economist Leila Karimi told Iranian television that prices would rise. Karimi said '
             'the rial would fall.', 'Karimi', 'IRN', 'EDU',
             'the one country is given only by a demonym ("Iranian television"), not named as a '
             'country'),
    # (2) a private role in a story about one country: the article's country, the role's sector
    ('Maria Fernandes, a farmer in Mozambique, lost her maize to the floods. Fernandes said the '
     'government in Maputo had sent no help.', 'Fernandes', 'MOZ', 'AGR'),
    ('Ahmed Saleh, a student at a university in Jordan, was arrested at a protest in Amman. Saleh was '
     'freed on bail.', 'Saleh', 'JOR', 'EDU'),
    ('Doctors in Sri Lanka said medicines were running out. Dr Nimal Perera, who runs a clinic in '
     'Colombo, said he had no insulin left. Perera asked the government for help.', 'Perera', 'LKA', 'MED'),
    ('Shopkeeper Ali Reza said sales in Afghanistan had collapsed since the winter. Reza closed his shop '
     'in Kabul last week.', 'Reza', 'AFG', 'BUS'),
    ('In Lima, the teacher Rosa Huaman joined the strike. Huaman said teachers in Peru had not been paid '
     'for months.', 'Huaman', 'PER', 'EDU'),
    ('The fisherman Kofi Mensah said the catch off Ghana had halved. Mensah blamed foreign trawlers.',
     'Mensah', 'GHA', 'AGR'),
    ('Nurse Grace Achieng treated the wounded at a hospital in Kisumu, Kenya. Achieng said the wards '
     'were full.', 'Achieng', 'KEN', 'MED'),
    ('Prices in Argentina rose again in April. Lucia Benitez, a shopkeeper in Rosario, said she changed '
     'her prices every week. Benitez said customers bought less.', 'Benitez', 'ARG', 'BUS'),
    ('Students in Bangladesh marched against the quota. Nusrat Jahan, a student in Dhaka, said the '
     'police had fired tear gas. Jahan was hurt.', 'Jahan', 'BGD', 'EDU'),
    ('Floods hit northern Thailand. Somsak Chaiyo, a rice farmer, said his fields were under water. '
     'Somsak asked Bangkok for compensation.', 'Somsak Chaiyo', 'THA', 'AGR'),
    ('The doctor Hana Novak said hospitals in the Czech Republic lacked staff. Novak works in Brno.',
     'Novak', 'CZE', 'MED'),
    ('Tunisian authorities detained a lawyer, Samir Ben Youssef, in Tunis. Ben Youssef had defended '
     'several opposition figures.', 'Ben Youssef', 'TUN', 'JUD'),
    # (3) a place followed by "of <Country>" takes that country
    ('Oil washed up along the Gulf Coast of Mexico on Tuesday.', 'Gulf Coast', 'MEX', None),
    ('Fighting spread to the Northern Province of Zambia.', 'Northern Province', 'ZMB', None),
    ('Heavy rain flooded the Central Valley of Chile.', 'Central Valley', 'CHL', None),
    ('Troops were sent to the Eastern Region of Ghana.', 'Eastern Region', 'GHA', None),
    unsolved('A storm hit the Pacific Coast of Colombia.', 'Pacific Coast', 'COL', None,
             'no gazetteer knows "Pacific Coast": the recogniser\'s place is no unit of its own, '
             'and only "Colombia" is coded'),
    # (4) an office or a force by a country adjective or possessive, and no name
    ('The Kenyan defence minister flew to Mogadishu.', 'defence minister', 'KEN', 'GOV'),
    ("Brazil's central bank chief said rates would stay high.", 'central bank chief', 'BRA', 'GOV'),
    ('Thai police arrested twelve people in Bangkok.', 'Thai police', 'THA', 'COP'),
    ('The Malaysian foreign minister met his Chinese counterpart.', 'Malaysian foreign minister', 'MYS',
     'GOV'),
    ("Egypt's top prosecutor ordered the arrest of the bank's owner.", 'prosecutor', 'EGY', 'JUD'),
    ('The Peruvian army said it had killed three rebels.', 'Peruvian army', 'PER', 'MIL'),
    unsolved("Pakistan's election commission delayed the vote.", 'election commission', 'PAK', 'GOV',
             'a lower-case "election commission" is no role noun; listing it in sectors.tsv makes the '
             'KB build take in every Phoenix "... commission" agent, a change left to a KB rebuild'),
    ('Senegalese riot police fired tear gas at the students.', 'Senegalese riot police', 'SEN', 'COP'),
    ('The Nigerian navy seized a tanker off the coast.', 'Nigerian navy', 'NGA', 'MIL'),
    ("Turkey's interior minister said 40 suspects had been held.", 'interior minister', 'TUR', 'GOV'),
    # border guards and a coast guard are police forces in the sector table (sectors.tsv)
    ('Ukrainian border guards stopped the convoy.', 'Ukrainian border guards', 'UKR', 'COP'),
    ('The Indonesian coast guard rescued the fishermen.', 'Indonesian coast guard', 'IDN', 'COP'),
    ("Mexico's supreme court struck down the reform.", 'supreme court', 'MEX', 'JUD'),
    ('Colombian prosecutors charged the governor with fraud.', 'Colombian prosecutors', 'COL', 'JUD'),
    ("Kazakhstan's parliament passed the budget.", 'parliament', 'KAZ', 'LEG'),
    # (5) organisations by an acronym the article introduces, and well-known acronyms
    ('The Zimbabwe Lawyers for Human Rights (ZLHR) said the activists had been beaten. ZLHR will go to '
     'court on Monday.', 'ZLHR', 'ZWE', 'SOC'),
    ('The Nigeria Labour Congress (NLC) called a general strike. The NLC said fuel prices must fall.',
     'NLC', 'NGA', 'LAB'),
    ('The Kenya Medical Association (KMA) backed the doctors. The KMA said the hospitals were unsafe.',
     'KMA', 'KEN', 'MED'),
    ("Bolivia's Movement for Socialism (MAS) picked its candidate. The MAS will hold a rally in La Paz.",
     'MAS', 'BOL', 'PTY'),
    ('The Philippine National Police (PNP) raided the compound. The PNP said ten men were held.',
     'PNP', 'PHL', 'COP'),
    ('The Ghana Broadcasting Corporation (GBC) was taken off air. The GBC said a fire had hit its '
     'transmitter.', 'GBC', 'GHA', 'JRN'),
    # (6) a surname later in the story after a full mention with a title, role or appositive
    ('Finance minister Ruth Banda of Malawi devalued the kwacha. Banda said the move was painful but '
     'needed.', 'Banda', 'MWI', 'GOV'),
    ("Vusi Khumalo, a South African union organiser, led the miners' march. Khumalo said the mines "
     'were unsafe.', 'Khumalo', 'ZAF', 'LAB'),
    ('Bolivian police colonel Ruben Mamani said the roadblocks had been cleared. Mamani said 30 people '
     'were held.', 'Mamani', 'BOL', 'COP'),
    ('Kyrgyz opposition leader Azamat Sadykov was jailed for ten years. Sadykov called the verdict '
     'revenge.', 'Sadykov', 'KGZ', 'OPP'),
    ('Lieutenant Colonel Oumar Traore, a Burkinabe army officer, led the mutiny. Traore said the '
     'soldiers wanted better weapons.', 'Traore', 'BFA', 'MIL'),
    ('Filipino broadcaster Lito Reyes was shot dead in Mindanao. Police said Reyes had received threats.',
     'Reyes', 'PHL', 'JRN'),
    ('Nepalese Maoist commander Hari Thapa said his men would disarm. Thapa asked for an amnesty.',
     'Thapa', 'NPL', 'REB'),
    ('Serbian prosecutor Dragan Ilic charged the minister with bribery. Ilic said there was more to '
     'come.', 'Ilic', 'SRB', 'JUD'),
    ('Mongolian herder Bat-Erdene Dorj lost half his flock to the winter. Dorj said no help had come.',
     'Dorj', 'MNG', 'AGR'),
    ('Jamaican police commissioner Winston Clarke announced a curfew. Clarke said gang killings had '
     'risen.', 'Clarke', 'JAM', 'COP'),
    ('Algerian blogger Karim Ziani was jailed for a post about the president. Ziani said he would '
     'appeal.', 'Ziani', 'DZA', 'JRN'),
    ('Ecuadorian mining executive Pablo Andrade said the strike had cost millions. Andrade asked the '
     'army to open the roads.', 'Andrade', 'ECU', 'BUS'),
    ('Somali clan elder Abdullahi Hirsi brokered the truce. Hirsi said both sides had agreed.',
     'Hirsi', 'SOM', 'CVL'),
    ("Georgian parliament speaker Levan Beridze signed the law. Beridze said it protected Georgia's "
     'sovereignty.', 'Beridze', 'GEO', 'LEG'),
    # (7) organisations by their own name words
    ('Sahel Aid, a Nigerien charity, fed thousands in Niamey.', 'Sahel Aid', 'NER', 'SOC'),
    ('Pacific Tuna Holdings, a Fijian company, closed its cannery.', 'Pacific Tuna Holdings', 'FJI', 'BUS'),
    ('The Andean Tribune, a Bolivian daily, was raided by police.', 'Andean Tribune', 'BOL', 'JRN'),
    ('Horizon Airlines, a Kenyan carrier, cancelled its flights to Juba.', 'Horizon Airlines', 'KEN',
     'BUS'),
    ('The Baltic Rights Centre, an Estonian group, criticised the law.', 'Baltic Rights Centre', 'EST',
     'SOC'),
    ('Mekong Bank, a Laotian lender, froze withdrawals.', 'Mekong Bank', 'LAO', 'BUS'),
    ('Savanna Radio, a Malawian station, was shut down.', 'Savanna Radio', 'MWI', 'JRN'),
    ('The Caribbean Relief Fund, based in Haiti, sent water to the camps.', 'Caribbean Relief Fund',
     'HTI', 'SOC'),
    # (8) a known name inside a longer unknown name
    ('The Tbilisi Tribune said the talks had failed.', 'Tbilisi Tribune', 'GEO', 'JRN'),
    ('Kampala Holdings bought the brewery.', 'Kampala Holdings', 'UGA', 'BUS'),
    ('The Lusaka Foundation paid for the school meals.', 'Lusaka Foundation', 'ZMB', 'SOC'),
    ('Dakar Airways suspended its flights.', 'Dakar Airways', 'SEN', 'BUS'),
    ('The Yerevan Herald reported the arrests.', 'Yerevan Herald', 'ARM', 'JRN'),
    ('Amman Relief delivered food to the camps.', 'Amman Relief', 'JOR', 'SOC'),
    # (9) group nouns with a demonym
    ('Bolivian miners blocked the highway.', 'Bolivian miners', 'BOL', 'LAB'),
    ('Rohingya refugees fled the fighting.', 'Rohingya refugees', 'MMR', 'REF'),
    ('Chilean students occupied the university.', 'Chilean students', 'CHL', 'EDU'),
    ('Palestinian journalists marched in Ramallah.', 'Palestinian journalists', 'PSE', 'JRN'),
    ('Tunisian lawyers went on strike.', 'Tunisian lawyers', 'TUN', 'JUD'),
    ('Nepali teachers protested in Kathmandu.', 'Nepali teachers', 'NPL', 'EDU'),
    ('Moroccan farmers demanded water.', 'Moroccan farmers', 'MAR', 'AGR'),
    ('Syrian rebels took the town.', 'Syrian rebels', 'SYR', 'REB'),
    # (10) written after the first fixes (all failed on the country before them): one body named by a
    #      role noun and placed "in" a town or country of the story
    ('Protesters gathered outside the offices of the state broadcaster in Harare.', 'state broadcaster',
     'ZWE', 'JRN'),
    ('The ruling party in Tanzania picked its candidate for the election.', 'ruling party', 'TZA', 'PTY'),
    ('The opposition in Venezuela called a general strike.', 'opposition', 'VEN', 'OPP'),
    ('A hospital in Gaza ran out of fuel on Sunday.', 'hospital', 'PSE', 'MED'),
    ('A university in Kabul shut its doors to women.', 'university', 'AFG', 'EDU'),
    ('The main newspaper in Lusaka was closed by the authorities.', 'main newspaper', 'ZMB', 'JRN'),
    # (11) written after the first fixes (all failed on the sector before them): a person named bare,
    #      then said to be something by a copula in a later sentence
    ('Jenna Marwick died of her injuries on Sunday. Marwick was a nurse at the city hospital.',
     'Jenna Marwick', None, 'MED'),
    unsolved('Lina Osei spoke at the rally in Accra. Osei is a lawyer who has defended many activists.',
     'Lina Osei', 'GHA', 'JUD',
             'an untitled person in a story placed by one town gets no country: the town may be '
             'one they visit'),
    unsolved('Pedro Alvarado led the march through the town. Alvarado is a teacher at the village '
             'school. Alvarado said the pay was too low.', 'Alvarado', None, 'EDU',
             'the bare surname, twice, is a known Costa Rican\'s: Costa Rica becomes the story\'s '
             'country and the surname mentions borrow the known bearer'),
    ('Samira Khoury fled the shelling with her children. Khoury is a doctor who ran a clinic in the '
     'south. Khoury said the clinic was destroyed.', 'Khoury', None, 'MED'),
]


@pytest.mark.parametrize(("text", "name", "country", "sector"), coding_params(CASES))
def test_actor_sector_coding(nlp, knowledge, text, name, country, sector):
    assert _coding(nlp, knowledge, text, name) == (country, sector)


def test_enough_cases():
    assert len(CASES) >= 80
