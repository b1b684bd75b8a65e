"""One story per happening: a seventh record set, written before the linker was changed for it.

The records (format of ``data/stories_22.jsonl``, see :mod:`tests.link.test_stories_22`) are in our
own words, about imagined happenings in real places. Its *different* records are two happenings of
one topic as a news topic holds them, told in the register of one desk: two earthquakes, two
shootings, two product launches, two arrests of different people, two resignations, two storms...
each pair apart in city, day or year, the people at its heart, or its figures (tolls, ages,
magnitudes, prices), often sharing a country, a company or an agency. Its *same* records tell one
happening as two outlets do: other words, a toll updated, a name given once, a town in one report
and its region in the other.

    PYTHONPATH=. python tests/link/test_stories_30.py     # prints each record's verdict and the tally
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.link.conftest import link_records, make_record, record_params

RECORDS = [
    # --- two happenings of one topic: must stay apart ---
    make_record("d01", "different", "two earthquakes in one country, other towns, years and magnitudes",
            ("Magnitude 6.4 earthquake strikes near Izmir, 9 dead",
             "A magnitude 6.4 earthquake struck near the Turkish city of Izmir on 3 March 2021, killing "
             "nine people and damaging hundreds of buildings, the disaster agency AFAD said. Rescuers "
             "pulled survivors from collapsed apartment blocks through the night."),
            ("Earthquake of magnitude 5.8 hits eastern Turkey, killing 21",
             "An earthquake of magnitude 5.8 hit the province of Van in eastern Turkey on 17 August 2017, "
             "killing 21 people, the disaster agency AFAD said. Rescue teams searched collapsed houses in "
             "mountain villages.")),
    make_record("d02", "different", "two school shootings, other states, gunmen and tolls",
            ("Teenage gunman kills three at Ohio high school",
             "A 16-year-old student opened fire at a high school in Dayton, Ohio, on Tuesday morning, "
             "killing three classmates and wounding five before he was arrested, police said. The gunman, "
             "identified as Kyle Brandt, used his father's handgun."),
            ("Two killed in shooting at Texas high school, suspect held",
             "A 19-year-old former student shot dead two people at a high school in Lubbock, Texas, "
             "police said, and injured seven others before officers took him into custody. Police named "
             "the suspect as Marcus Wheeler.")),
    make_record("d03", "different", "two phone launches by one company, other models, years and prices",
            ("Samsung unveils Galaxy S9 at Barcelona event",
             "Samsung Electronics unveiled its Galaxy S9 smartphone in Barcelona in February 2018, with a "
             "price of $719 and an improved camera, the company said at a launch event."),
            ("Samsung launches Galaxy Note 10 in New York",
             "Samsung Electronics launched the Galaxy Note 10 at an event in New York in August 2019, "
             "priced at $949, with a larger screen and a stylus, the company said.")),
    make_record("d04", "different", "two arrests by one police force, other suspects and crimes",
            ("Madrid police arrest businessman Javier Olmedo in fraud probe",
             "Spanish police arrested businessman Javier Olmedo in Madrid on Thursday on suspicion of "
             "defrauding investors of 40 million euros, the National Police said."),
            ("Spanish police detain singer Lucia Ferrer over tax evasion",
             "Spanish police detained the singer Lucia Ferrer in Barcelona on suspicion of evading 3 "
             "million euros in taxes, the National Police said in a statement.")),
    make_record("d05", "different", "two ministers of one government resign, months apart",
            ("Peru's finance minister Carlos Oliva resigns",
             "Peru's finance minister Carlos Oliva resigned on 12 February 2020, citing differences with "
             "the president over the budget, the government said."),
            ("Peru's interior minister steps down after protests",
             "Peru's interior minister Gaston Rodriguez stepped down on 15 November 2020 after police "
             "killed two protesters in Lima, the government said.")),
    make_record("d06", "different", "two hurricanes on one coast, other names and years",
            ("Hurricane Laura makes landfall in Louisiana",
             "Hurricane Laura made landfall near Cameron, Louisiana, in August 2020 as a Category 4 storm "
             "with winds of 150 mph, the National Hurricane Center said. Thousands of homes lost power."),
            ("Hurricane Ida slams Louisiana coast",
             "Hurricane Ida came ashore near Port Fourchon, Louisiana, in August 2021 with winds of 150 "
             "mph, the National Hurricane Center said, knocking out power to a million homes.")),
    make_record("d07", "different", "two bank robberies in one city, other banks and robbers",
            ("Armed man robs bank on Main Street in Denver",
             "An armed man robbed a Wells Fargo branch on Main Street in Denver on Monday and fled with "
             "about $12,000, police said. The robber was described as a 30-year-old man in a grey hoodie."),
            ("Woman arrested after robbing Chase bank in Denver",
             "Denver police arrested a 52-year-old woman who robbed a Chase bank branch downtown on "
             "Friday, taking $3,500, police said. Officers found her two blocks away.")),
    make_record("d08", "different", "two train derailments in one country, other lines and tolls",
            ("Train derails in Odisha, killing 17",
             "A passenger train derailed near Cuttack in the Indian state of Odisha in 2015, killing 17 "
             "passengers and injuring 60, railway officials said."),
            ("Express train derails in Uttar Pradesh, 23 dead",
             "An express train derailed near Muzaffarnagar in Uttar Pradesh in 2017, killing 23 people and "
             "injuring more than 150, railway officials said.")),
    make_record("d09", "different", "two actors enter rehab, other names and clinics",
            ("Actor Jake Morrow checks into rehab",
             "Actor Jake Morrow, 34, has checked into a rehabilitation clinic in Malibu for treatment of "
             "alcohol addiction, his publicist said on Wednesday."),
            ("Singer Ava Lindqvist enters treatment facility",
             "Singer Ava Lindqvist, 27, has entered a treatment facility in Arizona for exhaustion and "
             "substance abuse, her spokesman said, cancelling her summer tour.")),
    make_record("d10", "different", "two coaches fired by other clubs, other years",
            ("Marseille fire coach Andre Villas after poor start",
             "Olympique de Marseille fired head coach Andre Villas in February 2021 after a run of six "
             "games without a win, the club said."),
            ("Lyon sack coach Peter Bosz",
             "Olympique Lyonnais sacked head coach Peter Bosz in October 2022 after a run of poor results, "
             "the club said in a statement.")),
    make_record("d11", "different", "two factory explosions in one country, other cities and tolls",
            ("Chemical plant explosion kills 44 in Jiangsu",
             "An explosion at a chemical plant in Yancheng in China's Jiangsu province in March 2019 "
             "killed 44 people and injured more than 600, state media said."),
            ("Blast at fireworks factory in Hunan kills 13",
             "A blast at a fireworks factory in Liuyang in Hunan province in 2023 killed 13 workers, state "
             "media said, and firefighters worked through the night.")),
    make_record("d12", "different", "two plane crashes by one airline, other airports and years",
            ("Air India Express plane skids off runway at Kozhikode, 18 dead",
             "An Air India Express plane overshot the runway while landing at Kozhikode in heavy rain on "
             "7 August 2020, killing 18 people, aviation officials said."),
            ("Air India Express jet crashes at Mangalore, killing 158",
             "An Air India Express jet crashed while landing at Mangalore on 22 May 2010, killing 158 of "
             "the 166 people on board, aviation officials said.")),
    make_record("d13", "different", "two kidnappings in one region, other victims and counts",
            ("Gunmen kidnap 30 students in Kaduna state",
             "Gunmen abducted 30 students from a college in Kaduna state in northern Nigeria on Thursday "
             "night, police said, and security forces were searching nearby forests."),
            ("Bandits abduct Catholic priest in Katsina",
             "Bandits kidnapped a Catholic priest, Father Emmanuel Okafor, from his parish in Katsina state "
             "in northern Nigeria, police said, demanding a ransom.")),
    make_record("d14", "different", "two floods in one country, other rivers, towns and years",
            ("Floods in Saxony force thousands from homes",
             "The Elbe burst its banks in Dresden in Saxony in June 2013, forcing 8,000 people from their "
             "homes, German officials said."),
            ("Flash floods kill 180 in western Germany",
             "Flash floods along the Ahr river in Rhineland-Palatinate killed at least 180 people in July "
             "2021, German officials said, sweeping away houses and bridges.")),
    make_record("d15", "different", "two strikes by one union, other years and demands",
            ("Air France pilots strike over pay, half of flights cancelled",
             "Air France pilots went on strike over pay in February 2018, forcing the airline to cancel "
             "half of its long-haul flights, the SNPL union said."),
            ("Air France pilots walk out over low-cost plan",
             "Air France pilots walked out in September 2014 against the airline's plan to expand its "
             "low-cost arm Transavia, the SNPL union said, grounding 60 percent of flights.")),
    make_record("d16", "different", "two stabbings in one city, other victims' ages and districts",
            ("Boy, 15, stabbed to death in Croydon",
             "A 15-year-old boy was stabbed to death in Croydon, south London, on Saturday evening, the "
             "Metropolitan Police said. A 17-year-old has been arrested."),
            ("Man, 42, dies after stabbing in Hackney",
             "A 42-year-old man died after being stabbed outside a shop in Hackney, east London, the "
             "Metropolitan Police said. No arrests have been made.")),
    make_record("d17", "different", "two tech acquisitions, other targets and prices",
            ("Microsoft to buy LinkedIn for $26.2 billion",
             "Microsoft agreed to buy the professional network LinkedIn for $26.2 billion in cash in June "
             "2016, the companies said, its largest deal ever."),
            ("Microsoft buys GitHub for $7.5 billion in stock",
             "Microsoft agreed to acquire the code-sharing site GitHub for $7.5 billion in stock in June "
             "2018, the companies said.")),
    make_record("d18", "different", "two volcanic eruptions in one country, other volcanoes",
            ("Mount Merapi erupts, villagers evacuated",
             "Mount Merapi in Central Java erupted in 2010, sending ash clouds 6 km into the sky and "
             "killing 353 people, Indonesian officials said."),
            ("Semeru volcano erupts in East Java, 51 dead",
             "The Semeru volcano in East Java erupted in December 2021, burying villages in ash and "
             "killing 51 people, Indonesian officials said.")),
    make_record("d19", "different", "two ministers of one country arrested for corruption, other years",
            ("Former Malaysian minister Ahmad Razif arrested over graft",
             "Malaysia's anti-corruption commission arrested former transport minister Ahmad Razif in "
             "Kuala Lumpur in 2019 over bribes of 12 million ringgit, the commission said."),
            ("Malaysia's anti-graft body detains ex-minister Lim Wei Hong",
             "Malaysia's anti-corruption commission detained former finance minister Lim Wei Hong in "
             "Penang in 2020 over a 6 billion ringgit tunnel project, the commission said.")),
    make_record("d20", "different", "two mass shootings at bars, other cities and tolls",
            ("Gunman kills five at nightclub in Colorado Springs",
             "A gunman opened fire at a nightclub in Colorado Springs late on Saturday, killing five people "
             "and wounding 18, police said. The 22-year-old suspect was subdued by patrons."),
            ("Four dead in shooting at bar in Tampa",
             "Four people were killed when a man opened fire at a crowded bar in Tampa, Florida, police "
             "said. The 35-year-old suspect fled and was later arrested.")),
    # --- one happening told by two outlets: must join ---
    make_record("s01", "same", "earthquake, toll updated, city and province",
            ("Magnitude 6.4 earthquake hits Izmir",
             "A magnitude 6.4 earthquake shook Izmir on Turkey's Aegean coast on 3 March 2021, killing at "
             "least nine people, the disaster agency AFAD said."),
            ("Death toll from Izmir quake rises to 14",
             "The number of people killed by the 6.4-magnitude earthquake in Izmir province rose to 14, "
             "Turkey's AFAD disaster agency said, as rescuers searched the rubble of apartment blocks.")),
    make_record("s02", "same", "school shooting, gunman named once, toll worded",
            ("Three students killed in Dayton school shooting",
             "Three students were killed and five wounded when a 16-year-old classmate opened fire at a "
             "high school in Dayton, Ohio, police said."),
            ("Ohio school gunman, 16, used father's pistol",
             "The 16-year-old who shot dead three fellow students at a Dayton high school, Kyle Brandt, "
             "used a pistol belonging to his father, Ohio police said on Wednesday.")),
    make_record("s03", "same", "phone launch, price and model worded differently",
            ("Samsung shows off Galaxy S9 in Barcelona",
             "Samsung Electronics showed off the Galaxy S9 in Barcelona, saying the phone will sell for "
             "$719 and has a better low-light camera."),
            ("Galaxy S9 launched with $719 price tag",
             "Samsung's new Galaxy S9, unveiled at a Barcelona launch event, will cost $719, the South "
             "Korean company said, touting its improved camera.")),
    make_record("s04", "same", "arrest, name and sum worded differently",
            ("Businessman Olmedo held over 40 million euro fraud",
             "Javier Olmedo, a Madrid businessman, was arrested by Spain's National Police on suspicion of "
             "cheating investors out of 40 million euros."),
            ("Spanish police arrest Olmedo in investment fraud case",
             "Spain's National Police said they had arrested Olmedo in Madrid in an investigation into an "
             "alleged 40 million euro fraud against investors.")),
    make_record("s05", "same", "minister resigns, reason told differently",
            ("Peruvian finance minister quits over budget row",
             "Carlos Oliva quit as Peru's finance minister on 12 February 2020 after a dispute with the "
             "president over spending, the government said."),
            ("Oliva resigns as Peru finance chief",
             "Peru's finance minister Carlos Oliva has resigned, the government announced, following "
             "disagreements with the president over the budget.")),
    make_record("s06", "same", "hurricane landfall, town and state",
            ("Laura roars ashore near Cameron as Category 4",
             "Hurricane Laura roared ashore near Cameron, Louisiana, as a Category 4 hurricane with 150 mph "
             "winds, forecasters said."),
            ("Category 4 Hurricane Laura hits Louisiana, cutting power",
             "Hurricane Laura struck the Louisiana coast with winds of 150 mph, the National Hurricane "
             "Center said, leaving hundreds of thousands without power.")),
    make_record("s07", "same", "bank robbery, amount and robber told differently",
            ("Denver Wells Fargo branch robbed",
             "A man with a gun robbed a Wells Fargo branch on Main Street in Denver and escaped with about "
             "$12,000, police said."),
            ("Police hunt gunman after Main Street bank robbery",
             "Denver police are searching for a man in his 30s who held up the Wells Fargo bank on Main "
             "Street at gunpoint, taking $12,000.")),
    make_record("s08", "same", "train derailment, toll updated",
            ("17 killed as train derails near Cuttack",
             "Seventeen passengers were killed when a passenger train derailed near Cuttack in Odisha, "
             "railway officials said. Sixty were injured."),
            ("Odisha derailment toll rises to 19",
             "The death toll from the derailment of a passenger train near Cuttack in Odisha rose to 19, "
             "Indian railway officials said, with 60 people in hospital.")),
    make_record("s09", "same", "rehab check-in, age and clinic worded",
            ("Jake Morrow in rehab for alcohol",
             "Jake Morrow has entered a Malibu rehab centre to be treated for alcohol addiction, a "
             "publicist for the 34-year-old actor said."),
            ("Actor Morrow seeks treatment in Malibu",
             "Actor Jake Morrow has checked into a clinic in Malibu, California, for alcohol treatment, his "
             "publicist confirmed on Wednesday.")),
    make_record("s10", "same", "factory explosion, toll updated, city and province",
            ("Yancheng chemical plant blast kills 44",
             "An explosion at a chemical plant in Yancheng killed 44 people, Chinese state media said, "
             "and more than 600 were injured."),
            ("China chemical blast toll reaches 47",
             "The death toll from the explosion at a chemical plant in Jiangsu province rose to 47, state "
             "media said, as rescuers combed the ruins near Yancheng.")),
    make_record("s11", "same", "plane crash, toll and day given in both",
            ("Air India Express jet overshoots runway at Kozhikode",
             "An Air India Express flight from Dubai overshot the runway at Kozhikode airport on 7 August "
             "2020 and broke in two, killing 18 people including both pilots."),
            ("18 dead as plane breaks apart in Kerala",
             "Eighteen people died when an Air India Express plane skidded off a rain-soaked runway in "
             "Kozhikode, Kerala, on 7 August 2020, aviation officials said.")),
    make_record("s12", "same", "kidnapping, count and region worded",
            ("30 students abducted from Kaduna college",
             "Armed men kidnapped 30 students from a college in Kaduna state, Nigerian police said, in "
             "the latest mass abduction in the north."),
            ("Nigeria: gunmen seize 30 students in overnight raid",
             "Gunmen stormed a college in northern Nigeria's Kaduna state overnight and abducted 30 "
             "students, police said. Soldiers were searching the forests.")),
    make_record("s13", "same", "acquisition, price and target worded",
            ("Microsoft agrees $26.2 billion deal for LinkedIn",
             "Microsoft will buy LinkedIn for $26.2 billion in cash, the companies said, in the software "
             "maker's biggest acquisition."),
            ("LinkedIn sold to Microsoft in record deal",
             "LinkedIn agreed to be bought by Microsoft for $26.2 billion, the companies announced, making "
             "it Microsoft's largest purchase to date.")),
    make_record("s14", "same", "stabbing, age and district, arrest told once",
            ("Teenager stabbed to death in Croydon",
             "A boy aged 15 was stabbed to death in Croydon on Saturday evening, police said."),
            ("17-year-old arrested over Croydon stabbing",
             "A 17-year-old has been arrested after a 15-year-old boy was fatally stabbed in Croydon, "
             "south London, the Metropolitan Police said.")),
]
# records the linker still gets wrong (each a strict xfail). Before link30, 26 of 34 were right: every
# same record, 12 of 20 different ones; d05 (two resignations months apart, chained by an undated
# report of one of them) is kept apart since DAY_CONTRAST is 0.1. Still wrong: two happenings of one
# kind that share the agency, club or city and differ in the person at their heart (d04 two arrests,
# d07 two robbers of 30 and 52 in one city, d16 two stabbing victims of 15 and 42 in one city: the age
# contrast stands aside when a name is shared, as one report may give a victim's age and another the
# suspect's), in the storm's or year's name (d06, d15: the year contrast halves a pair well above
# JOIN_THRESHOLD), or in year and figures while sharing the company (d03, d17: a years-and-figures
# contrast keeps both apart, but costs ECB+ tune recall, see YEAR_FIGURE_CONTRAST in link/stories.py)
STILL_WRONG = {"d03", "d04", "d06", "d07", "d15", "d16", "d17"}


@pytest.fixture(scope="module")
def joined(nlp: Any, tmp_path_factory: pytest.TempPathFactory) -> dict[str, bool]:
    return link_records(RECORDS, tmp_path_factory.mktemp("stories30"))


def test_the_record_set_holds_both_relations() -> None:
    assert len({r["id"] for r in RECORDS}) == len(RECORDS) >= 30
    assert {r["relation"] for r in RECORDS} == {"same", "different"}
    assert sum(r["relation"] == "same" for r in RECORDS) >= 12


@pytest.mark.parametrize("record", record_params(RECORDS, STILL_WRONG))
def test_a_story_holds_one_happening(record: dict[str, Any], joined: dict[str, bool]) -> None:
    assert joined[record["id"]] is (record["relation"] == "same")


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        found = link_records(RECORDS, Path(tmp))
    right = {"same": 0, "different": 0}
    for r in RECORDS:
        ok = found[r["id"]] is (r["relation"] == "same")
        right[r["relation"]] += ok
        print(r["id"], r["relation"], r["kind"], "ok" if ok else "WRONG")
    print(right)
