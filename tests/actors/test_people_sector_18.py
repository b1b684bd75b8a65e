"""People the knowledge base does not know (issue #20, round 18): what the text says of a person
the knowledge base does not hold gives the sector and country a careful coder gives
(docs/annotation.md §3, the fair actor set's README): a title before the name ("rights
activist", "opposition lawmaker", "Judge"), an apposition ("a professor at", "who heads",
"spokesman for"), the body of "of/for/at Y" whose sector a spokesperson or head takes (a lawyer
for a body stays a lawyer), people in quotes ("…," said X, a Y); and a later mention by surname
alone, as subject or object of an event, carries the sector and country of the full mention.

The sentences are our own; the names are invented (the first test checks that the knowledge
base does not know them).
"""

from __future__ import annotations

import pytest
from tests.actors.coding import coding as _coding

# (text, name whose last mention is checked, country, sector)
CASES = [
    # a title before the name
    ("Norwegian rights activist Halvard Kjelsrud was detained on Monday.",
     "Halvard Kjelsrud", "NOR", "CVL"),
    ("Kenyan opposition lawmaker Wanjiru Kerubo called for new elections.",
     "Wanjiru Kerubo", "KEN", "LEG"),
    ("Nigerian businessman Obinna Chukwumerije-Ade was freed by his captors.",
     "Obinna Chukwumerije-Ade", "NGA", "BUS"),
    ("Peruvian Judge Rosalba Quintanilla ordered the arrest of the former mayor.",
     "Rosalba Quintanilla", "PER", "JUD"),
    ("Ghanaian economist Kwabena Asantewe said inflation would fall this year.",
     "Kwabena Asantewe", "GHA", "EDU"),
    ("Indonesian journalist Rahmat Sudibyanto was arrested in Jakarta.",
     "Rahmat Sudibyanto", "IDN", "JRN"),
    ("Turkish pop singer Derya Kalkavanoglu cancelled her concert in protest.",
     "Derya Kalkavanoglu", "TUR", "CVL"),
    ("Bolivian student leader Mateo Condarco Illanes led the march to the capital.",
     "Mateo Condarco Illanes", "BOL", "EDU"),
    # an apposition
    ("Tarek Benhamoudi, a professor at Algiers University, said the vote was flawed.",
     "Tarek Benhamoudi", "DZA", "EDU"),
    ("Baraka Mwakyusse, a spokesman for Tanzania's Ministry of Water, said the dam was safe.",
     "Baraka Mwakyusse", "TZA", "GOV"),
    ("Dagny Holmvikstad, a spokeswoman for Norwegian oil firm Fjordvik Energi, said output "
     "would rise.", "Dagny Holmvikstad", "NOR", "BUS"),
    ("Gustavo Iralabenitez, a member of Paraguay's Senate, voted against the bill.",
     "Gustavo Iralabenitez", "PRY", "LEG"),
    ("Sione Fakatavahi, who heads the Tongan Women's Rights Forum, said the law was unfair.",
     "Sione Fakatavahi", "TON", "SOC"),
    ("Ayesha Siddiqarim, a senior researcher at the Lahore Institute of Policy Studies, said "
     "the talks would fail.", "Ayesha Siddiqarim", "PAK", "EDU"),
    ("Mirela Vasilescardo, a lawyer for the Romanian Teachers Federation, said the strike "
     "would go ahead.", "Mirela Vasilescardo", "ROU", "JUD"),
    ("Ines Garabedova, a Bulgarian nurse, said the clinic had run out of insulin.",
     "Ines Garabedova", "BGR", "MED"),
    # the body in "of/for/at Y"
    ("Spokesman Faisal al-Nuwaysiri of the Kuwaiti Interior Ministry said three men were held.",
     "Faisal al-Nuwaysiri", "KWT", "GOV"),
    ("Professor Olusegun Adebakare of the University of Ibadan warned of the risk.",
     "Olusegun Adebakare", "NGA", "EDU"),
    ("Ama Owusutetteh, head of the Ghana Dockworkers Union, said the price was too low.",
     "Ama Owusutetteh", "GHA", "LAB"),
    ("Lieutenant Colonel Arturo Mendivelso of the Colombian army said the rebels had fled.",
     "Arturo Mendivelso", "COL", "MIL"),
    # people in quotes
    ('"We will not leave," said Yusuf Karadaglioglu, a teacher in Adana, Turkey.',
     "Yusuf Karadaglioglu", "TUR", "EDU"),
    ('"The vote was stolen," said Makena Wambuiya, a Kenyan rights activist.',
     "Makena Wambuiya", "KEN", "CVL"),
    ('"This is a crime," said Hakan Sorengaard, a lawmaker from the Swedish Left Party.',
     "Hakan Sorengaard", "SWE", "LEG"),
    ('"Prices will keep rising," said Lucia Pomacahua, an economist at a bank in Lima, Peru.',
     "Lucia Pomacahua", "PER", "EDU"),
    ('"The army must leave," Colombian senator Ivan Cepedagomez told reporters.',
     "Ivan Cepedagomez", "COL", "LEG"),
    # the same person again by surname, as subject
    ("Ukrainian rights activist Olena Hrytsevych was detained on Monday. Hrytsevych said she "
     "had done nothing wrong.", "Hrytsevych", "UKR", "CVL"),
    ("Tarek Benhamoudi, a professor at Algiers University, criticised the vote. Benhamoudi said "
     "the count was flawed.", "Benhamoudi", "DZA", "EDU"),
    ("Baraka Mwakyusse, a spokesman for Tanzania's Ministry of Water, spoke on Monday. On "
     "Tuesday, Mwakyusse met the protesters.", "Mwakyusse", "TZA", "GOV"),
    ("Peruvian Judge Rosalba Quintanilla ordered the arrest. Judge Quintanilla said the "
     "evidence was clear.", "Quintanilla", "PER", "JUD"),
    ('Kenyan opposition lawmaker Wanjiru Kerubo called for new elections. "We are ready," '
     "Kerubo said.", "Kerubo", "KEN", "LEG"),
    ("Indonesian journalist Rahmat Sudibyanto was arrested in Jakarta. Sudibyanto had "
     "reported on the mine for years.", "Sudibyanto", "IDN", "JRN"),
    ("Ama Owusutetteh, head of the Ghana Dockworkers Union, spoke in Accra. Owusutetteh "
     "called for a strike.", "Owusutetteh", "GHA", "LAB"),
    ("Gustavo Iralabenitez, a member of Paraguay's Senate, voted against the bill. "
     "Iralabenitez accused the president of lying.", "Iralabenitez", "PRY", "LEG"),
    # the same person again by surname, as object
    ("Ukrainian rights activist Olena Hrytsevych was detained on Monday. Police released "
     "Hrytsevych on Tuesday.", "Hrytsevych", "UKR", "CVL"),
    ("Peruvian Judge Rosalba Quintanilla ordered the arrest. The minister accused Quintanilla "
     "of bias.", "Quintanilla", "PER", "JUD"),
    ("Nigerian businessman Obinna Chukwumerije was kidnapped on Friday. Gunmen freed "
     "Chukwumerije on Sunday.", "Chukwumerije", "NGA", "BUS"),
    ("Sione Fakatavahi, who heads the Tongan Women's Rights Forum, spoke on Monday. The prime "
     "minister met Fakatavahi on Tuesday.", "Fakatavahi", "TON", "SOC"),
    ("Ghanaian economist Kwabena Asantewe spoke on Monday. The finance minister criticised "
     "Asantewe on Tuesday.", "Asantewe", "GHA", "EDU"),
    # a quoted surname after a quoted full mention
    ('"We will not leave," said Yusuf Karadaglioglu, a teacher in Adana, Turkey. "They '
     'cannot make us," Karadaglioglu added.', "Karadaglioglu", "TUR", "EDU"),
    ('"The vote was stolen," said Makena Wambuiya, a Kenyan rights activist. Police later '
     "questioned Wambuiya.", "Wambuiya", "KEN", "CVL"),
    # a later description of the person the surname follows
    ("Dagny Holmvikstad, a spokeswoman for Norwegian oil firm Fjordvik Energi, said output "
     "would rise. Holmvikstad said prices had fallen.", "Holmvikstad", "NOR", "BUS"),
    ("Spokesman Faisal al-Nuwaysiri of the Kuwaiti Interior Ministry said three men were held. "
     "Nuwaysiri said they were foreigners.", "Nuwaysiri", "KWT", "GOV"),
]

# the invented names the knowledge base must not know
UNKNOWN = ["Halvard Kjelsrud", "Wanjiru Kerubo", "Kerubo", "Obinna Chukwumerije-Ade",
           "Chukwumerije", "Rosalba Quintanilla", "Kwabena Asantewe", "Asantewe",
           "Rahmat Sudibyanto", "Sudibyanto", "Derya Kalkavanoglu", "Mateo Condarco Illanes",
           "Tarek Benhamoudi", "Benhamoudi", "Baraka Mwakyusse", "Mwakyusse",
           "Dagny Holmvikstad", "Holmvikstad", "Fjordvik Energi", "Gustavo Iralabenitez",
           "Iralabenitez", "Sione Fakatavahi", "Fakatavahi", "Ayesha Siddiqarim",
           "Mirela Vasilescardo", "Ines Garabedova", "Faisal al-Nuwaysiri", "Nuwaysiri",
           "Olusegun Adebakare", "Ama Owusutetteh", "Owusutetteh", "Arturo Mendivelso",
           "Yusuf Karadaglioglu", "Karadaglioglu", "Makena Wambuiya", "Wambuiya",
           "Hakan Sorengaard", "Lucia Pomacahua", "Ivan Cepedagomez", "Olena Hrytsevych",
           "Hrytsevych", "Obinna Chukwumerije"]


@pytest.mark.parametrize("name", UNKNOWN)
def test_names_are_unknown(ids_of, name):
    assert not ids_of(name)


@pytest.mark.parametrize(("text", "name", "country", "sector"), CASES,
                         ids=[f"{i}-{c[1]}" for i, c in enumerate(CASES)])
def test_person_coding(nlp, knowledge, text, name, country, sector):
    assert _coding(nlp, knowledge, text, name) == (country, sector)
