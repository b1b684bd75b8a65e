"""One story per happening, whatever decides the join (round 33, a learned story-link decision):
sequences written in our own words, before the learned decision was built.

As in :mod:`tests.link.test_stories_32` (the harness of :mod:`tests.link.test_stories_30b` links
them), each sequence is three to five short articles in arrival order about imagined happenings in
real places. In a *two* sequence two happenings of one kind (one country or one party, one kind of
event) differ in who, where or when, and must end as two stories. In a *one* sequence one
happening is told by several outlets in other words and with partial facts (a figure revised, a
person named once, a place named once by its town and once by its region), and must end as one.

    PYTHONPATH=. python tests/link/test_stories_33.py     # prints each sequence's verdict and the tally
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.link.test_stories_30b import link_sequences, print_sequence_verdicts, sequence_params


def _sequence(id: str, relation: str, kind: str, *articles: tuple[str, str, str]) -> dict[str, Any]:
    return {"id": id, "relation": relation, "kind": kind, "articles": list(articles)}


SEQUENCES = [
    # --- two happenings of one kind: must end as two stories ---
    _sequence("t01", "two", "two mine collapses in one country, other provinces and tolls",
              ("A", "Coal mine collapse traps 22 in Shanxi",
               "A roof collapse at a coal mine in Datong, Shanxi province, trapped 22 miners on Monday, "
               "state broadcaster CCTV reported."),
              ("B", "Gold mine flood kills 7 in Yunnan",
               "Floodwater poured into a gold mine near Kunming in Yunnan province, drowning seven "
               "workers, local officials said on Thursday."),
              ("A", "Rescuers reach trapped Datong miners",
               "Rescue teams drilled a shaft to the 22 miners trapped at the Datong pit and found 15 "
               "alive."),
              ("B", "Yunnan mine owner detained after flood",
               "Police in Kunming detained the owner of the gold mine where seven workers drowned.")),
    _sequence("t02", "two", "one party, two by-election results in other seats",
              ("A", "Labour holds Wakefield seat in by-election",
               "Labour candidate Simon Lightwood won the Wakefield by-election with a majority of 4,925, "
               "the returning officer announced early on Friday."),
              ("B", "Labour loses Hartlepool to Conservatives",
               "The Conservatives took Hartlepool from Labour in a by-election, with Jill Mortimer "
               "winning by 6,940 votes."),
              ("A", "Lightwood promises to fight for Wakefield jobs",
               "Newly elected Simon Lightwood told supporters in Wakefield he would fight for local "
               "jobs."),
              ("B", "Hartlepool defeat puts pressure on Labour leader",
               "Labour's defeat in Hartlepool, a seat it had held for decades, drew criticism of the "
               "party leader from his own MPs.")),
    _sequence("t03", "two", "one company, two factory fires in other cities",
              ("A", "Fire guts Samsung plant in Suwon",
               "A fire broke out at a Samsung Electronics chip plant in Suwon on Tuesday, injuring "
               "three workers before it was put out after five hours."),
              ("B", "Blaze at Samsung battery factory in Hungary",
               "Firefighters battled a blaze at a Samsung SDI battery factory in Goed, Hungary, and 40 "
               "staff were evacuated, the disaster agency said."),
              ("B", "Hungarian mayor demands Samsung plant checks",
               "The mayor of Goed called for safety inspections at the battery factory after the "
               "blaze."),
              ("A", "Suwon fire halts chip lines for a week",
               "Samsung said the Suwon fire would halt two chip production lines for about a week.")),
    _sequence("t04", "two", "two earthquakes in one country, other regions and magnitudes",
              ("A", "6.1 quake shakes Peru's Arequipa region",
               "A magnitude 6.1 earthquake struck the Arequipa region of southern Peru on Wednesday, "
               "damaging churches and killing two people."),
              ("B", "Strong quake hits northern Peru near Piura",
               "A 5.4 magnitude earthquake shook Piura in northern Peru on Saturday, cracking roads and "
               "injuring 11 people, the civil defence institute said."),
              ("A", "Arequipa churches damaged in 6.1 quake",
               "Colonial churches in Arequipa lost bell towers in the 6.1 earthquake, officials said."),
              ("B", "Piura schools closed after Saturday quake",
               "Schools in Piura stayed closed to check buildings after the 5.4 earthquake.")),
    _sequence("t05", "two", "one national team, two coaches appointed in other years",
              ("A", "Nigeria names Jose Peseiro as Super Eagles coach",
               "The Nigeria Football Federation appointed Portuguese coach Jose Peseiro to lead the "
               "Super Eagles in 2022 on a two-year deal."),
              ("B", "Super Eagles turn to Eric Chelle",
               "Nigeria appointed Malian coach Eric Chelle as head coach of the Super Eagles in 2025, "
               "the federation said in Abuja."),
              ("A", "Peseiro sets sights on Cup of Nations",
               "Jose Peseiro said his first target was qualifying for the Africa Cup of Nations."),
              ("B", "Chelle names first squad",
               "Eric Chelle named 23 players for his first qualifiers in charge of the Super Eagles.")),
    _sequence("t06", "two", "two train derailments in one country, other lines and days",
              ("A", "Train derails near Odisha, 9 hurt",
               "Six coaches of a passenger train derailed near Cuttack in Odisha on Sunday, injuring "
               "nine people, Indian railway officials said."),
              ("B", "Goods train derails in Bihar, line blocked",
               "Twelve wagons of a freight train came off the track near Patna in Bihar on Wednesday, "
               "blocking the main line to Delhi for a day."),
              ("A", "Cuttack derailment blamed on broken rail",
               "A preliminary report blamed a broken rail for the Cuttack derailment that injured "
               "nine."),
              ("B", "Patna line reopens after wagons cleared",
               "Railway crews cleared the twelve wagons and reopened the Patna line on Thursday.")),
    _sequence("t07", "two", "two protests in one capital, other causes and crowds",
              ("A", "Farmers block Paris ring road with tractors",
               "Hundreds of farmers drove tractors onto the Paris ring road on Monday to protest against "
               "cheap imports, police said."),
              ("B", "Teachers march in Paris over pay",
               "Tens of thousands of teachers marched from Place de la Republique in Paris on Thursday "
               "to demand higher salaries, unions said."),
              ("A", "Government promises farmers help on imports",
               "The agriculture minister met farmers' leaders and promised checks on imported "
               "produce."),
              ("B", "Teachers' unions plan second day of strikes",
               "Teachers' unions called a second strike day for next month after talks on pay "
               "failed.")),
    # --- one happening told with other words and partial facts: must end as one story ---
    _sequence("o01", "one", "one ferry sinking, toll revised and place named by region",
              ("A", "Ferry sinks off Tanzania, dozens feared dead",
               "A passenger ferry capsized on Lake Victoria near Ukerewe island in Tanzania, and dozens "
               "of people were feared dead, police said."),
              ("A", "Lake Victoria ferry toll rises to 136",
               "The number of people who died when the overloaded ferry overturned near Ukerewe rose "
               "to 136, as divers searched the hull."),
              ("A", "Tanzania mourns ferry victims",
               "Tanzania began four days of national mourning for the victims of the Lake Victoria "
               "ferry disaster.")),
    _sequence("o02", "one", "one election result, winner named once by party",
              ("A", "Opposition wins Botswana election",
               "Botswana's opposition coalition won a majority in parliament, ending the ruling "
               "party's 58 years in power, the electoral commission said."),
              ("A", "Duma Boko to be sworn in as Botswana president",
               "Duma Boko, leader of the Umbrella for Democratic Change, will be sworn in as president "
               "after his coalition's victory in the parliamentary vote."),
              ("A", "Masisi concedes defeat",
               "Outgoing president Mokgweetsi Masisi conceded defeat and congratulated Duma Boko on his "
               "win.")),
    _sequence("o03", "one", "one bank robbery, told by police and by witnesses",
              ("A", "Armed men rob bank in Rosario",
               "Four armed men robbed a bank branch in the centre of Rosario, Argentina, on Friday and "
               "escaped with cash, police said."),
              ("A", "Witnesses describe Rosario bank raid",
               "Customers said the masked robbers forced them to lie on the floor while they emptied "
               "the safe of the Rosario branch."),
              ("A", "Two arrested over Rosario robbery",
               "Santa Fe police arrested two men suspected of the bank robbery in Rosario and recovered "
               "part of the cash.")),
    _sequence("o04", "one", "one resignation of a football manager, named by club first",
              ("A", "Everton part company with manager",
               "Everton have parted company with their manager after a run of eight games without a "
               "win, the club said on Monday."),
              ("A", "Sean Dyche leaves Everton",
               "Sean Dyche has left Everton by mutual consent with the Merseyside club in the relegation "
               "zone."),
              ("A", "Dyche thanks Everton fans",
               "Sean Dyche thanked Everton supporters for their backing during his time at Goodison "
               "Park.")),
    _sequence("o05", "one", "one wildfire, area burned revised",
              ("A", "Wildfire forces evacuations in Greece's Attica",
               "A wildfire spread through pine forest north of Athens on Sunday, and authorities "
               "ordered villages in Attica to evacuate."),
              ("A", "Athens fire burns 10,000 hectares",
               "The fire north of Athens has burned about 10,000 hectares and destroyed dozens of "
               "homes, the fire brigade said, as water planes from Italy joined the fight."),
              ("A", "Firefighters contain Attica blaze",
               "Greek firefighters said the Attica wildfire was largely contained on Tuesday after "
               "three days."),
              ("A", "Greece counts cost of fire near Athens",
               "Officials began counting the homes and farms destroyed by the fire north of Athens.")),
    _sequence("o06", "one", "one hostage release, numbers given differently",
              ("A", "Nigerian schoolchildren freed after kidnapping",
               "Gunmen released the pupils abducted from a school in Kuriga, Kaduna State, two weeks "
               "ago, the state governor said."),
              ("A", "137 Kuriga pupils back home",
               "The 137 schoolchildren kidnapped in Kuriga were reunited with their families in Kaduna "
               "after their release."),
              ("A", "Kaduna governor thanks army for pupils' rescue",
               "The governor of Kaduna State thanked the army for securing the release of the Kuriga "
               "pupils.")),
]
# sequences the linker still gets wrong (each a strict xfail, with its reason). Written before the
# learned decision of round 33: 6 of 13 right before it, and the same after, since no learned decision
# ships (it did not pass the gate of link/train.py; the cosine decides)
STILL_WRONG: dict[str, str] = {
    "t03": "merge: the second fire's first report joins the first fire's one-article story (the company's "
           "name and the kind's words shared; the cities and countries differ), and all four end in one",
    "t04": "merge: the second quake's first report joins the first quake's one-article story (the country "
           "and the kind's words shared; the regions and magnitudes differ), and all four end in one",
    "t06": "merge and split: the second derailment's first report joins the first's story, which then loses "
           "its first report; the follow-ups end apart from their first reports",
    "t07": "merge: the second protest's first report joins the first protest's story (the capital and the "
           "kind's words shared); the follow-ups, which name neither, start stories of their own",
    "o02": "split: the report naming the winner and his coalition, not the country's election, starts a "
           "story of its own (the concession joins it)",
    "o05": "split: the reports naming Athens and the area burned start a story apart from those naming "
           "Attica",
    "o06": "split: the report giving the pupils' number and their town, not the release, starts a story of "
           "its own",
}


def _params() -> list[Any]:
    return sequence_params(SEQUENCES, STILL_WRONG)


@pytest.fixture(scope="module")
def right(nlp: Any, tmp_path_factory: pytest.TempPathFactory) -> dict[str, bool]:
    return link_sequences(SEQUENCES, tmp_path_factory.mktemp("stories33"))


def test_the_sequences_hold_both_relations() -> None:
    assert len({s["id"] for s in SEQUENCES}) == len(SEQUENCES)
    assert sum(s["relation"] == "two" for s in SEQUENCES) >= 6
    assert sum(s["relation"] == "one" for s in SEQUENCES) >= 6
    for sequence in SEQUENCES:
        labels = [label for label, _, _ in sequence["articles"]]
        assert 3 <= len(labels) <= 5
        assert len(set(labels)) == (2 if sequence["relation"] == "two" else 1)


@pytest.mark.parametrize("sequence", _params())
def test_each_happening_ends_in_its_own_story(sequence: dict[str, Any], right: dict[str, bool]) -> None:
    assert right[sequence["id"]]


if __name__ == "__main__":
    print_sequence_verdicts(SEQUENCES)
