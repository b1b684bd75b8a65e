"""One story per happening when the reports of two happenings of one kind alternate (round 32):
sequences written in our own words, before any change for them.

As in :mod:`tests.link.test_stories_30b` (whose harness links them), each sequence is a few short
articles in arrival order about imagined happenings in real places. In a *two* sequence two
happenings of one kind are reported by turns, as an ECB+ topic re-ordered (``eventwire eval ecbplus
--order shuffle:SEED``) holds them, and the two share what a topic's two happenings share there: the
kind's words and often one party (a club, a company, a city, a court), while who did what to whom
differs (the other party, the victim, the figure, the day). The first report of the second
happening meets the first happening's story while it holds one article. In a *one* sequence one
happening is told by several outlets in other words (a figure revised, a name given once, the
party named once by its title and once by its name) and all must end in one story.

    PYTHONPATH=. python tests/link/test_stories_32.py     # prints each sequence's verdict and the tally
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.link.test_stories_30b import (
    check_sequence_set,
    link_sequences,
    print_sequence_verdicts,
    sequence_params,
)


def _sequence(id: str, relation: str, kind: str, *articles: tuple[str, str, str]) -> dict[str, Any]:
    return {"id": id, "relation": relation, "kind": kind, "articles": list(articles)}


SEQUENCES = [
    # --- two happenings of one kind, reported by turns: must end as two stories ---
    _sequence("t01", "two", "one club signs two strikers, other fees and clubs",
              ("A", "Feyenoord sign Ghanaian striker Kwame Ofori",
               "Feyenoord have signed Ghanaian striker Kwame Ofori from Hearts of Oak for 4 million "
               "euros on a four-year contract, the Rotterdam club announced."),
              ("B", "Feyenoord land Serbian forward Lazic",
               "Feyenoord completed the signing of Serbian forward Nikola Lazic from Partizan Belgrade "
               "for a fee of 9 million euros, the Dutch club said on its website."),
              ("A", "Ofori: Rotterdam move a dream",
               "Kwame Ofori said joining Feyenoord from Hearts of Oak was a dream and thanked the Accra "
               "club's fans."),
              ("B", "Partizan fans angry over Lazic sale",
               "Partizan supporters protested outside the stadium in Belgrade after the club sold Nikola "
               "Lazic to Feyenoord.")),
    _sequence("t02", "two", "two airstrikes on one city, other districts and tolls",
              ("A", "Airstrike on Idlib market kills 17",
               "An airstrike hit a crowded vegetable market in Idlib city on Sunday morning, killing 17 "
               "civilians, the White Helmets rescue group said."),
              ("B", "Idlib hospital struck, 4 medics dead",
               "Warplanes struck the Al-Rahma hospital on the western edge of Idlib city, killing four "
               "medical staff and putting the building out of service, a monitoring group said."),
              ("A", "Funerals held for Idlib market victims",
               "Families buried the 17 people killed in the market strike as shopkeepers swept broken "
               "glass from the stalls."),
              ("B", "WHO condemns strike on Al-Rahma hospital",
               "The World Health Organization condemned the attack on the Al-Rahma hospital and said "
               "four of its staff had died.")),
    _sequence("t03", "two", "one court sentences two officials, other crimes and terms",
              ("A", "Seoul court jails former mayor for bribery",
               "The Seoul Central District Court sentenced former Incheon mayor Park Jae-won to six years "
               "in prison for taking bribes from a construction firm."),
              ("B", "Ex-minister gets 3 years for leaking secrets",
               "The Seoul Central District Court handed former defence minister Lee Sung-ho a three-year "
               "term for leaking military documents to a defence contractor."),
              ("A", "Park to appeal six-year bribery sentence",
               "Lawyers for Park Jae-won said the former Incheon mayor would appeal his six-year "
               "sentence."),
              ("B", "Lee's lawyers call secrets verdict political",
               "Lee Sung-ho's defence team called the three-year verdict political and said the "
               "documents were not classified.")),
    _sequence("t04", "two", "one airline, two emergency landings, other airports and faults",
              ("A", "Qantas jet makes emergency landing in Bali after engine fire",
               "A Qantas Airbus A330 flying from Sydney made an emergency landing in Denpasar after a "
               "fire warning in its left engine; all 212 passengers were safe."),
              ("B", "Qantas flight diverts to Darwin over smoke in cabin",
               "A Qantas Boeing 737 bound for Perth diverted to Darwin when crew reported smoke in the "
               "cabin, the airline said, and 140 passengers left by the slides."),
              ("A", "Bali landing: engine fire caused by fuel leak",
               "Investigators said a fuel leak caused the engine fire on the Qantas A330 that landed in "
               "Denpasar."),
              ("B", "Two passengers hurt on Darwin evacuation slides",
               "Two passengers suffered sprained ankles leaving the Boeing 737 by the slides in Darwin, "
               "health officials said.")),
    _sequence("t05", "two", "two kidnappings of journalists in one country",
              ("A", "French reporter kidnapped in Mali",
               "Gunmen seized French journalist Claire Moreau near Gao in northern Mali while she was "
               "reporting on the drought, her newspaper said."),
              ("B", "Malian radio host abducted in Mopti",
               "Armed men abducted Malian radio presenter Amadou Keita from his studio in Mopti, his "
               "station said, after he criticised local militias on air."),
              ("A", "Paris calls for release of Claire Moreau",
               "France's foreign ministry called for the immediate release of Claire Moreau, taken near "
               "Gao."),
              ("B", "Mopti radio staff strike over Keita kidnapping",
               "Staff at Amadou Keita's station stopped broadcasting for a day in protest at his "
               "abduction.")),
    _sequence("t06", "two", "two product recalls by one carmaker",
              ("A", "Toyota recalls 480,000 cars over airbag fault",
               "Toyota is recalling 480,000 Corolla sedans in the United States because the front "
               "passenger airbag may not open in a crash, the company said."),
              ("B", "Toyota recalls hybrids in Japan over braking software",
               "Toyota will recall 92,000 Prius hybrids in Japan to fix braking software that can delay "
               "the brakes on icy roads, the transport ministry said."),
              ("B", "Prius owners told to book software update",
               "Japanese Prius owners were asked to book a free software update at dealers; no crashes "
               "have been linked to the braking fault."),
              ("A", "US regulator opens probe into Corolla airbags",
               "The National Highway Traffic Safety Administration opened an investigation into the "
               "Corolla airbags after three injury reports.")),
    _sequence("t07", "two", "two police shootings in one city",
              ("A", "Minneapolis police shoot man during traffic stop",
               "A Minneapolis police officer shot and wounded a 24-year-old man during a traffic stop "
               "on Lake Street on Thursday night, the department said."),
              ("B", "Teen killed by police in north Minneapolis",
               "Police in Minneapolis shot dead a 16-year-old boy who officers said was holding a "
               "replica gun near a park in the north of the city."),
              ("A", "Lake Street traffic stop video released",
               "The department released body camera video of the Lake Street traffic stop in which the "
               "24-year-old was wounded."),
              ("B", "Vigil for 16-year-old shot in park",
               "Hundreds gathered at the park for a vigil for the 16-year-old, and his family demanded "
               "the officers be charged.")),
    _sequence("t08", "two", "two hurricanes over one state, other years and towns",
              ("A", "Hurricane Omar slams into Louisiana coast",
               "Hurricane Omar made landfall near Grand Isle, Louisiana, in 2020 with winds of 140 mph, "
               "cutting power to 600,000 homes."),
              ("B", "Hurricane Lena floods Lake Charles",
               "Hurricane Lena came ashore near Cameron, Louisiana, in 2023, flooding Lake Charles and "
               "killing three people, state officials said."),
              ("A", "Grand Isle residents return to wrecked homes",
               "Residents of Grand Isle returned to find homes flattened by Omar's 140 mph winds."),
              ("B", "Lake Charles begins clean-up after Lena",
               "Lake Charles pumped floodwater from its streets as crews searched for more victims of "
               "Lena.")),
    _sequence("t09", "two", "one prime minister survives one vote, then loses another",
              ("A", "Czech government survives no-confidence vote",
               "The Czech government of Prime Minister Petr Novotny survived a no-confidence vote in "
               "parliament on Wednesday by 98 votes to 92, after the opposition accused it of mishandling "
               "energy prices."),
              ("B", "Novotny cabinet falls in second confidence vote",
               "Petr Novotny's cabinet lost a confidence vote by 103 to 87 after two coalition partners "
               "walked out over pension reform, forcing the prime minister to resign."),
              ("A", "Opposition vows to keep pressure on energy",
               "Opposition leaders said they would keep pressing the government over energy bills after "
               "the 98-92 vote."),
              ("B", "President asks Novotny to stay on as caretaker",
               "The president asked Novotny to remain as caretaker prime minister until a new government "
               "wins the confidence of the lower house.")),
    _sequence("t10", "two", "two bombings in one capital, other targets",
              ("A", "Car bomb hits police checkpoint in Mogadishu",
               "A car bomb exploded at a police checkpoint near the airport road in Mogadishu, killing "
               "eight officers, a police spokesman said."),
              ("B", "Suicide bomber strikes Mogadishu hotel",
               "A suicide bomber blew himself up at the gate of the Sahafi hotel in Mogadishu during a "
               "wedding party, killing 12 guests, witnesses said."),
              ("A", "Al-Shabaab claims checkpoint bombing",
               "Al-Shabaab said it carried out the checkpoint bombing that killed eight police officers "
               "near the airport road."),
              ("B", "Sahafi hotel reopens after bombing",
               "The Sahafi hotel reopened its gate two weeks after the attack that killed 12 wedding "
               "guests.")),
    _sequence("t11", "two", "one tech company, two fines from two regulators",
              ("A", "EU fines Meta 1.2 billion euros over data transfers",
               "Ireland's Data Protection Commission fined Meta 1.2 billion euros for sending European "
               "users' data to the United States."),
              ("B", "Meta fined $25 million in Turkey over ads",
               "Turkey's competition board fined Meta $25 million for using WhatsApp data in its "
               "advertising business, the board said in Ankara."),
              ("A", "Meta to appeal Irish data ruling",
               "Meta said it would appeal the Irish commission's 1.2 billion euro fine in court."),
              ("B", "Turkish board orders WhatsApp changes",
               "The Ankara competition board also ordered Meta to change how WhatsApp shares data with "
               "advertisers within six months.")),
    _sequence("t12", "two", "two oil pipeline explosions in one state",
              ("A", "Pipeline blast in Bayelsa kills 11",
               "An oil pipeline exploded near Nembe in Bayelsa State as villagers scooped fuel from a "
               "leak, killing 11 people, police said."),
              ("B", "Fire rages at Bayelsa gas line after sabotage",
               "A gas pipeline near Yenagoa in Bayelsa State caught fire after saboteurs drilled into it, "
               "and the operator shut 40,000 barrels a day of output."),
              ("A", "Nembe mourns victims of pipeline fire",
               "Nembe held a mass funeral for the 11 people who died scooping fuel at the pipeline."),
              ("B", "Operator restores Yenagoa line",
               "The operator said it had repaired the Yenagoa line and restored the 40,000 barrels a "
               "day.")),
    _sequence("t13", "two", "one actor arrested twice, other cities and charges",
              ("A", "Actor Jordan Blake arrested for drunk driving in Los Angeles",
               "Actor Jordan Blake was arrested on suspicion of drunk driving in Los Angeles early on "
               "Saturday after his car hit a parked van, police said."),
              ("B", "Jordan Blake held after fight at Miami nightclub",
               "Jordan Blake was arrested in Miami Beach on a battery charge after a fight with a bouncer "
               "at a nightclub, police records show."),
              ("A", "Blake released on bail after LA crash",
               "Blake was released on $15,000 bail after the crash into the van, and his publicist "
               "apologised."),
              ("B", "Miami bouncer says Blake threw first punch",
               "The nightclub bouncer told reporters the actor threw the first punch; Blake's lawyer "
               "denied it.")),
    # --- one happening told by several outlets in other words: must end as one story ---
    _sequence("o01", "one", "one transfer, fee rounded differently",
              ("A", "Celtic sell captain Rourke to Lyon",
               "Celtic have sold captain Sean Rourke to Lyon for a fee of around 11 million pounds, the "
               "Glasgow club confirmed."),
              ("A", "Lyon complete Rourke signing",
               "Olympique Lyonnais completed the signing of Irish midfielder Sean Rourke from Celtic for "
               "13 million euros on a three-year deal."),
              ("A", "Rourke says goodbye to Celtic Park",
               "Sean Rourke thanked Celtic fans after his move to France, saying he would miss Glasgow.")),
    _sequence("o02", "one", "one riot in a prison, toll revised",
              ("A", "Riot at Ecuador prison leaves 30 dead",
               "Fighting between gangs at the Litoral penitentiary in Guayaquil killed at least 30 "
               "inmates, Ecuador's prison service said."),
              ("A", "Guayaquil prison death toll rises to 43",
               "The number of inmates killed in the gang clashes at the Guayaquil jail rose to 43 as "
               "soldiers retook the cell blocks."),
              ("A", "Ecuador declares emergency in prisons",
               "President Daniel Noboa declared a state of emergency in the prison system after the "
               "Litoral riot, sending troops to guard the jails."),
              ("A", "Families wait outside Litoral for news",
               "Relatives of inmates gathered outside the penitentiary in Guayaquil waiting for the "
               "names of the dead.")),
    _sequence("o03", "one", "one minister sacked, named once by title",
              ("A", "Kenya's president fires interior minister",
               "Kenya's president dismissed the interior minister on Tuesday after weeks of criticism over "
               "the police response to protests in Nairobi."),
              ("A", "Ruto sacks Kindiki over protest deaths",
               "President William Ruto removed Interior Cabinet Secretary Kithure Kindiki from his post, "
               "State House said, after protesters died in Nairobi."),
              ("A", "Kindiki thanks Kenyans after dismissal",
               "Kithure Kindiki said he accepted the president's decision and thanked Kenyans for the "
               "chance to serve.")),
    _sequence("o04", "one", "one volcano eruption, town then island",
              ("A", "Volcano erupts on La Palma, homes evacuated",
               "The Cumbre Vieja volcano erupted on the Spanish island of La Palma, forcing 5,000 people "
               "from their homes as lava flowed towards the coast."),
              ("A", "Lava destroys houses in El Paso",
               "Rivers of lava destroyed about 100 houses in El Paso, a town in the Canary Islands, "
               "officials said on Monday."),
              ("A", "Canary Islands eruption: airport stays open",
               "The airport on La Palma stayed open despite ash from the eruption, Spain's air "
               "navigation agency said.")),
    _sequence("o05", "one", "one strike ends, told by union and by company",
              ("A", "Dockworkers end strike at Antwerp port",
               "Dockworkers at the port of Antwerp ended a five-day strike after the union accepted a "
               "pay rise of 6 percent, shipping agents said."),
              ("A", "Port operator hails deal with union",
               "The port authority said the agreement with the dockers' union would clear the backlog of "
               "container ships waiting off the Belgian coast."),
              ("A", "Antwerp port clears backlog after strike",
               "Antwerp unloaded 40 waiting container ships in three days once the dockers returned to "
               "work.")),
    _sequence("o06", "one", "one diplomat expelled, country then name",
              ("A", "Poland expels Russian diplomat over spying",
               "Poland ordered a Russian diplomat to leave the country within 48 hours, accusing him of "
               "spying on military sites, the foreign ministry said."),
              ("A", "Warsaw gives Russian attache 48 hours to leave",
               "Warsaw declared Russia's military attache Viktor Sorokin persona non grata for gathering "
               "information on NATO bases."),
              ("A", "Moscow vows response to Sorokin expulsion",
               "Russia's foreign ministry said it would respond to the expulsion of Viktor Sorokin from "
               "Poland.")),
    _sequence("o07", "one", "one avalanche, toll and resort told apart",
              ("A", "Avalanche buries skiers in Austrian Alps",
               "An avalanche buried a group of skiers off-piste near Lech in Austria's Vorarlberg "
               "region on Saturday, police said."),
              ("A", "Four Swedish skiers dead in Lech avalanche",
               "Four skiers from Sweden were killed when an avalanche swept them down a slope at the "
               "resort of Lech; a fifth was rescued alive."),
              ("A", "Vorarlberg raises avalanche warning after deaths",
               "Authorities in Vorarlberg raised the avalanche warning to its second-highest level a day "
               "after four skiers died."),
              ("A", "Survivor of Lech avalanche leaves hospital",
               "The Swedish skier pulled alive from the snow at Lech left hospital in Bludenz on "
               "Tuesday.")),
    _sequence("o08", "one", "one cyberattack on a hospital, named late",
              ("A", "Ransomware attack cripples Berlin hospital",
               "A ransomware attack shut down computer systems at a large hospital in Berlin, forcing it "
               "to turn away ambulances, the city health senator said."),
              ("A", "Charite diverts ambulances after hackers strike",
               "The Charite university hospital diverted ambulances to other clinics after hackers "
               "encrypted its patient records and demanded a ransom."),
              ("A", "Charite restores patient records",
               "Charite said it had restored most patient records from backups and would not pay the "
               "hackers.")),
    _sequence("o09", "one", "one ceasefire, parties named otherwise",
              ("A", "Armenia and Azerbaijan agree truce after border clashes",
               "Armenia and Azerbaijan agreed to a ceasefire on their border after two days of fighting "
               "that killed 49 soldiers, Yerevan said."),
              ("A", "Baku says guns fall silent on border",
               "Azerbaijan's defence ministry in Baku said the guns had fallen silent along the border "
               "with Armenia after a truce brokered by Russia."),
              ("A", "Truce holds on Armenian border, soldiers' bodies exchanged",
               "The ceasefire held for a second day and the two armies exchanged the bodies of soldiers "
               "killed in the clashes.")),
]
# sequences the linker still gets wrong (each a strict xfail, with its reason). Written before link32;
# 15 of 22 right before it and the same after: the cut of settled stories (link.stories.BISECT_THRESHOLD)
# needs groups of three, and these stories hold two to four articles
STILL_WRONG: dict[str, str] = {
    "t02": "split, not merge: the hospital's follow-up names only the WHO and is too little like the first "
           "hospital report, so the second happening ends in two stories",
    "t06": "merge: the second recall's first report joins the first recall's one-article story on one pair "
           "(carmaker's name and the kind's words shared; figures and countries differ)",
    "t09": "merge: the second vote's first report joins the first vote's one-article story on one pair "
           "(the prime minister's name and the kind's words shared; the vote counts differ)",
    "t13": "merge: the second arrest's first report joins the first arrest's one-article story on one pair "
           "(the actor's name shared; the cities and charges differ)",
    "o02": "split: the report of the revised toll, naming only the city, starts a story of its own",
    "o04": "split: the report naming the town and the archipelago, not the island, starts a story of its own",
    "o08": "the first report, naming only the city, joins another sequence's hospital story (t02's)",
}


def _params() -> list[Any]:
    return sequence_params(SEQUENCES, STILL_WRONG)


@pytest.fixture(scope="module")
def right(nlp: Any, tmp_path_factory: pytest.TempPathFactory) -> dict[str, bool]:
    return link_sequences(SEQUENCES, tmp_path_factory.mktemp("stories32"))


def test_the_sequences_hold_both_relations() -> None:
    check_sequence_set(SEQUENCES, by_turns=True)   # by turns: the second happening comes second


@pytest.mark.parametrize("sequence", _params())
def test_each_happening_ends_in_its_own_story(sequence: dict[str, Any], right: dict[str, bool]) -> None:
    assert right[sequence["id"]]


def test_average_linkage_cuts_two_happenings_chained_by_one_report() -> None:
    """Two groups of three reports, alike within, chained by one pair across: complete linkage
    keeps them (no pair below SPLIT_THRESHOLD), average linkage cuts them apart."""
    import numpy

    from eventwire.link import stories

    similar = numpy.full((6, 6), 0.06)
    similar[:3, :3] = similar[3:, 3:] = 0.4
    similar[2, 3] = similar[3, 2] = 0.3
    numpy.fill_diagonal(similar, 1.0)
    across, groups = stories.bisect(similar)
    assert groups == [0, 0, 0, 1, 1, 1]
    assert across < 0.1
    assert stories.split_groups(similar) == [0] * 6


if __name__ == "__main__":
    print_sequence_verdicts(SEQUENCES)
