"""What a person or an organisation is, round 31: sectors carried and read from their own words.

A person's sector is fixed where the article introduces them, with a title, a role noun or an
appositive ("opposition leader Ana Ruiz", "Ana Ruiz, a lawmaker from ..."), and must hold for
the surname alone later in the article ("Ruiz said", "Mr Ruiz"). An organisation no knowledge
base knows says what it is by its own words ("X Foundation", "X Watch", "X Holdings", "X
Airways", "X Broadcasting"); a known name inside such a longer name ("the Lagos Herald") gives
the name's country, not its own sector. Group nouns with a demonym take the demonym's country
and the noun's sector.

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
    # (1) a surname after a full mention with a role noun, a title or an appositive
    ('Nigerian opposition leader Chidi Okafor called for a recount. Okafor told supporters in Abuja '
     'that the vote had been stolen.', 'Okafor', 'NGA', 'OPP'),
    ("Ana Ruiz, a lawmaker from Peru's ruling party, proposed the bill on Monday. Ruiz said it would "
     'protect small farmers.', 'Ruiz', 'PER', 'LEG'),
    ('Kenyan journalist Wanjiru Mwangi was detained at the airport. Police released Mwangi hours later '
     'without charge.', 'Mwangi', 'KEN', 'JRN'),
    ("Judge Tomas Varga of Hungary's Supreme Court blocked the law. Varga wrote that it breached the "
     'constitution.', 'Varga', 'HUN', 'JUD'),
    ('Colombian rebel commander Ivan Rojas said his fighters would lay down their arms. Rojas spoke from '
     'a camp near the border.', 'Rojas', 'COL', 'REB'),
    ('Indonesian businessman Budi Santoso bought the football club. Mr Santoso said he would build a new '
     'stadium.', 'Santoso', 'IDN', 'BUS'),
    ("Mexico's interior minister, Laura Campos, met the families of the missing students. Campos "
     'promised a new investigation.', 'Campos', 'MEX', 'GOV'),
    ("General Kwame Boateng, Ghana's army chief, inspected the troops in the north. Boateng said the "
     'border was secure.', 'Boateng', 'GHA', 'MIL'),
    ('Pakistani human rights activist Sana Qureshi was barred from travelling. Qureshi said she would '
     'challenge the ban in court.', 'Qureshi', 'PAK', 'CVL'),
    ('Dr Olena Petrenko, a Ukrainian surgeon, treated the wounded overnight in Kharkiv. Petrenko said '
     'the hospital was short of blood.', 'Petrenko', 'UKR', 'MED'),
    ('Brazilian senator Marcos Oliveira criticised the budget cuts. Oliveira said the north would '
     'suffer most.', 'Oliveira', 'BRA', 'LEG'),
    ('Filipino union leader Ramon Dizon led the strike at the port. Dizon said the dockers would not '
     'return without a raise.', 'Dizon', 'PHL', 'LAB'),
    ('Egyptian prosecutor Hany Mostafa opened an inquiry into the bank. Mostafa said more questioning '
     'would follow.', 'Mostafa', 'EGY', 'JUD'),
    ('Former Peruvian president Julio Mendoza flew to Madrid on Sunday. Mendoza said he would return '
     'for the election.', 'Mendoza', 'PER', 'ELI'),
    ('The police chief of Izmir in Turkey, Selim Aydin, ordered the square cleared. Aydin said the '
     'protest had not been allowed.', 'Aydin', 'TUR', 'COP'),
    ('Chilean student leader Camila Soto led thousands through Santiago. Soto said the fees must go.',
     'Soto', 'CHL', 'EDU'),
    ("Argentina's economy minister, Pablo Ferreyra, announced new currency controls. Ferreyra said the "
     'peso would float within a year.', 'Ferreyra', 'ARG', 'GOV'),
    ('Sudanese rebel leader Adam Yahya said his forces had taken the town. Yahya said the road to the '
     'capital was open.', 'Yahya', 'SDN', 'REB'),
    ('Karim Haddad, a Lebanese banker, said depositors were losing patience. Haddad warned that more '
     'branches would close.', 'Haddad', 'LBN', 'BUS'),
    ('Chen Mei-ling, a Taiwanese legislator, visited the outlying islands. Chen said the coast guard '
     'needed more ships.', 'Chen', 'TWN', 'LEG'),
    ('Polish farmer Jan Nowak drove his tractor to Warsaw. Nowak said grain prices had halved.',
     'Nowak', 'POL', 'AGR'),
    ('Australian reporter Sarah Whitfield was expelled from Fiji. Whitfield said she had been given a '
     'day to leave.', 'Whitfield', 'AUS', 'JRN'),
    ('Iraqi cleric Ali al-Hashimi called for protests in Basra. Hashimi told his followers to stay '
     'peaceful.', 'Hashimi', 'IRQ', 'REL'),
    ('Ethiopian opposition politician Dawit Bekele was released from prison. Bekele said he would run '
     'in the election.', 'Bekele', 'ETH', 'OPP'),
    ('Moroccan magistrate Youssef Benali ordered the reporter freed. Benali said the arrest had been '
     'unlawful.', 'Benali', 'MAR', 'JUD'),
    ("Canada's environment minister, Claire Dubois, visited the burned forests. Dubois said the fires "
     'were the worst on record.', 'Dubois', 'CAN', 'GOV'),
    ('Ghanaian entrepreneur Ama Owusu opened a cocoa factory in Kumasi. Owusu said she would hire 300 '
     'workers.', 'Owusu', 'GHA', 'BUS'),
    ('Venezuelan dissident Luis Herrera fled across the border to Colombia. Herrera said he feared '
     'arrest.', 'Herrera', 'VEN', 'OPP'),
    ('Ion Popescu, the mayor of Cluj in Romania, closed the schools. Popescu said the water was unsafe.',
     'Popescu', 'ROU', 'GOV'),
    ('Japanese lawmaker Kenji Sato resigned over the funding scandal. Sato apologised to voters.',
     'Sato', 'JPN', 'LEG'),
    ('South African nurse Thandiwe Ndlovu spoke at the rally in Durban. Ms Ndlovu said the wards were '
     'full.', 'Ndlovu', 'ZAF', 'MED'),
    ('Bangladeshi factory owner Rafiq Hossain reopened his plant in Gazipur. Hossain said orders had '
     'recovered.', 'Hossain', 'BGD', 'BUS'),
    ('Colonel Adama Diarra, a Malian army officer, led the convoy to Gao. Diarra said the road had been '
     'mined.', 'Diarra', 'MLI', 'MIL'),
    ("Spain's deputy foreign minister, Irene Castillo, flew to Rabat. Castillo said the two countries "
     'would cooperate on migration.', 'Castillo', 'ESP', 'GOV'),
    ('Kazakh newspaper editor Aigerim Nurlanova was fined for a report on the floods. Nurlanova said '
     'she would appeal.', 'Nurlanova', 'KAZ', 'JRN'),
    ('Zimbabwean opposition lawmaker Tendai Moyo was arrested at a rally. Moyo said the charges were '
     'political.', 'Moyo', 'ZWE', 'LEG'),
    ('Greek shipping magnate Nikos Vlachos bought two tankers. Vlachos said freight rates would rise.',
     'Vlachos', 'GRC', 'BUS'),
    ('Guatemalan judge Rosa Ixchel freed the five journalists. Ixchel said the prosecutors had no '
     'evidence.', 'Ixchel', 'GTM', 'JUD'),
    ('Mr Otieno, a Kenyan lawmaker from Kisumu, walked out of the debate. Otieno said the budget '
     'ignored the west.', 'Otieno', 'KEN', 'LEG'),
    ('Indian activist Meera Pillai began a hunger strike in Kochi. Pillai said the dam would flood '
     'forty villages.', 'Pillai', 'IND', 'CVL'),
    # (2) people introduced by a role noun before or after their name
    unsolved('Police in Cairo detained the journalist Omar Farouk on Sunday. Farouk works for a small news '
     'website.', 'Farouk', 'EGY', 'JRN',
             'a person named with a role noun and no demonym takes the one country the story '
             "places only when the noun is a state's office; a journalist, businessman, rebel "
             'or activist gets none (one place named once makes no dominant country)'),
    unsolved('In Bogota, the businessman Andres Velasco made a bid for the airline. Velasco already owns two '
     'hotels.', 'Velasco', 'COL', 'BUS',
             'as Farouk: no country for a private role in a one-country story'),
    ('The judge, Fatima Diallo, adjourned the trial in Dakar until June. Diallo gave the defence more '
     'time.', 'Diallo', 'SEN', 'JUD'),
    unsolved('The rebel commander Abdi Warsame told reporters in Somalia that his men held the road. Warsame '
     'offered talks.', 'Warsame', 'SOM', 'REB',
             "as Farouk: no country for a rebel's role in a one-country story"),
    # (solved in round 32: a role noun's person takes the one country the text names as a country)
    ('The activist Lucia Mendez was found safe in Guatemala on Friday. Mendez had been missing for a '
     'week.', 'Mendez', 'GTM', 'CVL'),
    ('An Ecuadorian prosecutor, Maria Cordero, opened an inquiry into the prison riot. Cordero said '
     'guards had been bribed.', 'Cordero', 'ECU', 'JUD'),
    ('The Russian tycoon Viktor Lapin, who owns steel plants in the Urals, was sanctioned. Lapin called '
     'the measures unfair.', 'Lapin', 'RUS', 'BUS'),
    ('The Ugandan priest Francis Okello led the funeral in Gulu. Okello called for an end to the '
     'killings.', 'Okello', 'UGA', 'REL'),
    # (solved in round 32: a role noun right before a name is one mention with it)
    ('The lawmaker Priya Sharma said India needed a new data law. Sharma sits on the finance '
     'committee.', 'Sharma', 'IND', 'LEG'),
    ('The Nepali teacher Sita Gurung was honoured in Kathmandu. Gurung has taught in the village school '
     'for twenty years.', 'Gurung', 'NPL', 'EDU'),
    ('Irina Volkova, a Russian human rights lawyer, was barred from the court. Volkova said her client '
     'had been beaten.', 'Volkova', 'RUS', 'JUD'),
    ('Haitian gang leader Jimmy Pierre said his men controlled the port. Pierre threatened more '
     'attacks.', 'Pierre', 'HTI', 'CRM'),
    # (3) organisations by their own name words
    ('The Amani Foundation, a Tanzanian charity, built a school in Arusha.', 'Amani Foundation', 'TZA',
     'SOC'),
    ('Kestrel Holdings, a Nigerian conglomerate, bought the refinery.', 'Kestrel Holdings', 'NGA', 'BUS'),
    ("Peru's Condor Airways cancelled its flights to the south.", 'Condor Airways', 'PER', 'BUS'),
    ("Zambia's Savanna Broadcasting said its reporters had been barred from parliament.",
     'Savanna Broadcasting', 'ZMB', 'JRN'),
    ('Mekong Watch, a Thai monitoring group, said the dam had cut the fish catch.', 'Mekong Watch', 'THA',
     'SOC'),
    ('The Lotus Foundation, a Cambodian charity, gave rice to the flood victims.', 'Lotus Foundation',
     'KHM', 'SOC'),
    ('Atlas Mining, a Moroccan company, found a new phosphate seam.', 'Atlas Mining', 'MAR', 'BUS'),
    ('The Pampas Herald, an Argentine newspaper, said the minister would resign.', 'Pampas Herald', 'ARG',
     'JRN'),
    ('Highland Relief, a Scottish charity, sent tents to the earthquake zone.', 'Highland Relief', 'GBR',
     'SOC'),
    ("Myanmar's Jade Airways suspended flights after the crash.", 'Jade Airways', 'MMR', 'BUS'),
    ('Condor Pharmaceuticals, a Chilean drugmaker, recalled a batch of vaccines.', 'Condor Pharmaceuticals',
     'CHL', 'BUS'),
    ('Tasman Energy of New Zealand shut its gas field for repairs.', 'Tasman Energy', 'NZL', 'BUS'),
    ('The Baobab Trust, a charity in Botswana, paid for the clinic.', 'Baobab Trust', 'BWA', 'SOC'),
    ('Cedar Broadcasting, a Lebanese television network, lost its licence.', 'Cedar Broadcasting', 'LBN',
     'JRN'),
    ('Vistula Holdings, a Polish property group, sold its offices in Warsaw.', 'Vistula Holdings', 'POL',
     'BUS'),
    ('Andes Rights Watch, a Bolivian group, said the miners had been beaten.', 'Andes Rights Watch', 'BOL',
     'SOC'),
    # (4) a known name inside a longer name the knowledge base does not know
    ('The Lagos Herald reported that the governor had fallen ill.', 'Lagos Herald', 'NGA', 'JRN'),
    ('The Nairobi Post said the minister would resign.', 'Nairobi Post', 'KEN', 'JRN'),
    ('Cairo Holdings bought a stake in the port.', 'Cairo Holdings', 'EGY', 'BUS'),
    ('The Dhaka Foundation opened clinics for the flood victims.', 'Dhaka Foundation', 'BGD', 'SOC'),
    ('Manila Airways suspended its flights to the south.', 'Manila Airways', 'PHL', 'BUS'),
    ('The Quito Times reported that the president would veto the bill.', 'Quito Times', 'ECU', 'JRN'),
    ('Accra Broadcasting said the station had been raided.', 'Accra Broadcasting', 'GHA', 'JRN'),
    ('Hanoi Holdings said profits had doubled.', 'Hanoi Holdings', 'VNM', 'BUS'),
    ('The Tbilisi Herald said the protest was the largest in years.', 'Tbilisi Herald', 'GEO', 'JRN'),
    ('Kyiv Relief delivered generators to the front-line towns.', 'Kyiv Relief', 'UKR', 'SOC'),
    ('The Zambian Herald said the copper mines would reopen.', 'Zambian Herald', 'ZMB', 'JRN'),
    ('The Lima Mining Group said the strike had halted output.', 'Lima Mining Group', 'PER', 'BUS'),
    ('The Kabul Rights Watch said women were barred from the park.', 'Kabul Rights Watch', 'AFG', 'SOC'),
    ('Karachi Airways grounded its fleet after the fuel ran out.', 'Karachi Airways', 'PAK', 'BUS'),
    ('The Santiago Foundation paid for the new hospital wing.', 'Santiago Foundation', 'CHL', 'SOC'),
    # (5) group nouns with a demonym
    ('Sri Lankan fishermen protested against the fuel price rise.', 'Sri Lankan fishermen', 'LKA', 'AGR'),
    ('Sudanese refugees crossed into Chad overnight.', 'Sudanese refugees', 'SDN', 'REF'),
    ('Kenyan lawmakers voted down the finance bill.', 'Kenyan lawmakers', 'KEN', 'LEG'),
    ('Egyptian journalists protested against the arrest of their colleague.', 'Egyptian journalists',
     'EGY', 'JRN'),
    ('Nigerian doctors began a strike over unpaid salaries.', 'Nigerian doctors', 'NGA', 'MED'),
    ('South Korean students marched in Seoul.', 'South Korean students', 'KOR', 'EDU'),
    ('Iranian clerics condemned the decision.', 'Iranian clerics', 'IRN', 'REL'),
    ('Colombian judges went on strike over security.', 'Colombian judges', 'COL', 'JUD'),
    ('Russian businessmen were added to the sanctions list.', 'Russian businessmen', 'RUS', 'BUS'),
    ('Haitian police officers fought the gangs in the capital.', 'Haitian police officers', 'HTI', 'COP'),
    ('Ukrainian soldiers repelled the assault near the river.', 'Ukrainian soldiers', 'UKR', 'MIL'),
    ('Peruvian truck drivers blocked the highway to Lima.', 'Peruvian truck drivers', 'PER', 'LAB'),
    # (6) longer articles: surnames other people in the knowledge base bear, US-style honorifics,
    #     possessives, a given name repeated where a culture does so, a description after the name
    ('Kenyan lawmaker Peter Ruto walked out of parliament on Tuesday. The finance bill passed '
     'without him. Ruto told reporters the taxes would hurt farmers.',
     'Ruto', 'KEN', 'LEG'),
    ('British journalist Tom Johnson was expelled from Russia. The foreign ministry gave no '
     'reason. Johnson said he had been followed for weeks.',
     'Johnson', 'GBR', 'JRN'),
    ('South Korean lawmaker Kim Min-jun visited the border. Kim said the loudspeakers should be '
     'switched off.',
     'Kim', 'KOR', 'LEG'),
    unsolved('Mr. Okafor, an opposition lawmaker in Nigeria, said the police had raided his home. Mr. '
     'Okafor said nothing had been taken.',
     'Okafor', 'NGA', 'LEG',
             "'an opposition lawmaker' codes OPP, and the country 'in' the apposition is not "
             'read when an honorific opens the name'),
    ("Lt. Gen. Musa Bello, Nigeria's army chief, visited the troops in Maiduguri. Bello said the "
     'insurgents were weakened.',
     'Bello', 'NGA', 'MIL'),
    ('Senator Maria Lopez of Chile proposed a ban on the mine. Lopez said the water of three towns'
     ' was at risk.',
     'Lopez', 'CHL', 'LEG'),
    ("Rafael Gomez, who heads the Mexican teachers' union, called a national strike. Gomez said "
     'pay had fallen behind prices.',
     'Gomez', 'MEX', 'LAB'),
    ('Ahmed Rashid, a Pakistani journalist, said the army had cut the internet. The government '
     "denied it. Rashid's reports are widely read.",
     'Rashid', 'PAK', 'JRN'),
    ('Opposition leader Ana Ruiz of Paraguay was barred from the election. The electoral court '
     'gave no reason. Supporters of Ruiz marched in Asuncion. Ruiz said she would appeal.',
     'Ruiz', 'PRY', 'OPP'),
    ('Maria Silva, a prosecutor in Brazil, charged the mayor with fraud. The mayor denies the '
     'charges. Silva said she had the bank records.',
     'Silva', 'BRA', 'JUD'),
    # (solved in round 32: a role noun right before a name is one mention with it)
    ('The Ugandan opposition figure Robert Kato was arrested at a rally in Kampala. Police said '
     'Kato had no permit. Kato denies wrongdoing.',
     'Kato', 'UGA', 'OPP'),
    ("Indian businessman Raj Malhotra bought the television channel. Malhotra's company already "
     'owns two newspapers.',
     'Malhotra', 'IND', 'BUS'),
    ('Emmanuel Nkurunziza, a Burundian human rights campaigner, fled to Rwanda. Nkurunziza said he'
     ' had been threatened.',
     'Nkurunziza', 'BDI', 'CVL'),
    ('Ethiopian general Tesfaye Alemu said the army had retaken the town. Tesfaye said 200 rebels '
     'were killed.',
     'Tesfaye', 'ETH', 'MIL'),
    ('Peruvian congresswoman Rosa Quispe proposed the law. Quispe said it would protect the '
     'Amazon.',
     'Quispe', 'PER', 'LEG'),
    ('Egyptian novelist and activist Nabil Fahmy was freed. Fahmy had spent two years in prison.',
     'Fahmy', 'EGY', 'CVL'),
    unsolved('Thai protest leader Somchai Wongsa addressed the crowd in Bangkok. Somchai said the marches '
     'would continue.',
     'Somchai', 'THA', 'CVL',
             'a Thai given name repeated alone is tagged ORG and not linked to the full name '
             'before'),
    ('Guinean junta leader Colonel Mamadi Kouyate dissolved the government. Kouyate promised '
     'elections next year.',
     'Kouyate', 'GIN', 'MIL'),
    ('Haitian police commander Jean Baptiste Louis said the gangs had been pushed back. Louis '
     'asked for more armoured cars.',
     'Louis', 'HTI', 'COP'),
    ("French farmers' leader Pierre Dumont threatened to block Paris. Dumont said diesel costs "
     'were ruinous.',
     'Dumont', 'FRA', 'AGR'),
    # (7) a known company or a smaller town inside a longer name: a company's foundation is a charity, the
    #     company's country its own; a town's paper or relief group is of the town's country
    ('The Dangote Foundation gave food to the flood victims.', 'Dangote Foundation', 'NGA', 'SOC'),
    ('The Toyota Foundation paid for the research.', 'Toyota Foundation', 'JPN', 'SOC'),
    ('The Tata Trust funded the cancer hospital.', 'Tata Trust', 'IND', 'SOC'),
    ('The Safaricom Foundation paid for the clinic.', 'Safaricom Foundation', 'KEN', 'SOC'),
    ('The Ecopetrol Foundation trained young farmers.', 'Ecopetrol Foundation', 'COL', 'SOC'),
    ('Harare Broadcasting Corporation took the station off air.', 'Harare Broadcasting Corporation', 'ZWE',
     'JRN'),
    unsolved('Gulu Relief gave seeds to the returning families.', 'Gulu Relief', 'UGA', 'SOC',
             'the town is in no gazetteer the actors stage reads'),
    unsolved('The Cebu Post reported that the ferry had sunk.', 'Cebu Post', 'PHL', 'JRN',
             'the town is in no gazetteer the actors stage reads'),
    # (8) written after the first fixes (all but the last failed before them): a person named bare, then
    #     described by "the" and a role noun in the next sentence; not by a judge acting on them
    ('Omar Haddad was stopped at the airport in Beirut on Sunday. The journalist had reported on '
     'the port blast for years. Lebanese officials gave no reason. Haddad was released at night.',
     'Haddad', 'LBN', 'JRN'),
    ('Juma Mwita spoke to reporters in Nairobi on Friday. The businessman said he would fund a '
     'stadium in Kenya. Mwita owns three hotels in Kenya.',
     'Mwita', 'KEN', 'BUS'),
    ('Rafael Torres was freed in Caracas on Monday after a year in jail. The opposition leader '
     'thanked his supporters across Venezuela. Torres plans a rally in Venezuela next week.',
     'Torres', 'VEN', 'OPP'),
    ('Abu Salim sent a message to his fighters in Yemen. The rebel commander said the truce in '
     'Yemen was over. Salim gave no details.',
     'Salim', 'YEM', 'REB'),
    ('Lina Farah visited the flooded towns in Pakistan. The lawmaker said Pakistan needed more '
     'pumps. Farah will raise the matter in parliament.',
     'Farah', 'PAK', 'LEG'),
    ('Carla Mejia was arrested in Lima on Monday on fraud charges. The judge said she could be '
     'held for a week in Peru. Mejia denies the charges.',
     'Mejia', 'PER', 'CRM'),
]


@pytest.mark.parametrize(("text", "name", "country", "sector"), coding_params(CASES))
def test_actor_sector_coding(nlp, knowledge, text, name, country, sector):
    assert _coding(nlp, knowledge, text, name) == (country, sector)


def test_enough_cases():
    assert len(CASES) >= 80
