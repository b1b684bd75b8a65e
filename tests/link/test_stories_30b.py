"""One story per happening when its reports arrive by turns: sequences written in our own words (a
higher bar for joining one- and two-member stories was tried against them and on tune, and did not
help: docs/architecture.md, "stories").

Each sequence is a few short articles in arrival order, in our own words, about imagined happenings
in real places. In a *two* sequence two happenings of one kind (two floods in two provinces, two
mine accidents, two kidnappings) are reported by turns, as a news topic holds them: the first report
of the second happening is judged when the first happening's story holds one article, and must
start a story of its own. In a *one* sequence one happening is told by several outlets in other
words (a toll updated, a name given once, a town in one report and its region in another) and all
must end in one story.

All sequences are linked, one after another, into one store (:func:`tests.link.conftest` style),
each article in turn as ``eventwire eval`` stores them, then settled.

    PYTHONPATH=. python tests/link/test_stories_30b.py     # prints each sequence's verdict and the tally
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

# (happening label, title, text); the labels say which articles are one happening
Article = tuple[str, str, str]


def _sequence(id: str, relation: str, kind: str, *articles: Article) -> dict[str, Any]:
    return {"id": id, "relation": relation, "kind": kind, "articles": list(articles)}


SEQUENCES = [
    # --- two happenings of one kind, reported by turns: must end as two stories ---
    _sequence("t01", "two", "two floods in two provinces of one country",
              ("A", "Floods sweep Sindh villages after monsoon rains",
               "Floodwaters swept through villages near Sukkur in Sindh province after three days of "
               "monsoon rain, drowning 14 people, the provincial disaster authority said."),
              ("B", "Flash flood kills six in Swat valley",
               "A flash flood tore through the Swat valley in Khyber Pakhtunkhwa, killing six people "
               "and washing away a bridge near Mingora, rescue officials said."),
              ("A", "Sindh flood toll climbs as army joins rescue",
               "The army sent boats to Sukkur as the death toll from the Sindh floods rose to 22, "
               "with thousands of families camped on raised roads."),
              ("B", "Swat residents dig out after flash flood",
               "Residents of Mingora cleared mud from shops a day after the Swat flash flood, which "
               "officials said destroyed 40 houses.")),
    _sequence("t02", "two", "two mine accidents in one country, other provinces and tolls",
              ("A", "Gas blast traps 19 miners in Shanxi coal mine",
               "A gas explosion trapped 19 miners underground at a coal mine in Shanxi province on "
               "Tuesday, state media said, and rescuers pumped air into the shaft."),
              ("B", "Flooded mine in Guizhou leaves 7 missing",
               "Water flooded a coal mine in Guizhou province, leaving seven workers missing, the "
               "local emergency bureau said."),
              ("A", "Rescuers reach trapped Shanxi miners, 11 alive",
               "Rescuers reached the Shanxi miners trapped by the gas blast and brought 11 out alive; "
               "eight are dead, Xinhua said."),
              ("B", "Bodies of Guizhou miners recovered",
               "Divers recovered the bodies of the seven workers from the flooded Guizhou mine, the "
               "emergency bureau said.")),
    _sequence("t03", "two", "two kidnappings of foreigners in one country",
              ("A", "Gunmen seize two Italian engineers in Niger Delta",
               "Gunmen kidnapped two Italian engineers from an oil site near Port Harcourt on Monday, "
               "Rivers State police said."),
              ("B", "Chinese worker abducted at Kaduna quarry",
               "Armed men abducted a Chinese worker from a granite quarry in Kaduna State, police "
               "said, and shot a guard dead."),
              ("A", "Kidnappers of Italian engineers demand ransom",
               "The kidnappers of the two Italian engineers taken near Port Harcourt have asked for a "
               "ransom, a Rivers State official said."),
              ("B", "Kaduna police hunt quarry kidnappers",
               "Kaduna police said they had deployed a tactical team to find the Chinese worker seized "
               "at the quarry.")),
    _sequence("t04", "two", "two factory fires in one country, other cities and tolls",
              ("A", "Garment factory fire kills 9 in Gazipur",
               "A fire swept through a garment factory in Gazipur outside Dhaka on Wednesday night, "
               "killing nine workers, fire service officials said."),
              ("B", "Chemical depot blaze in Chittagong injures 30",
               "A blaze at a chemical depot in Chittagong injured 30 people and sent smoke over the "
               "port, the fire service said."),
              ("A", "Gazipur factory owner held after deadly fire",
               "Police in Gazipur arrested the owner of the garment factory where nine workers died, "
               "saying exit doors were locked.")),
    _sequence("t05", "two", "two ferry accidents on one country's rivers",
              ("A", "Overloaded ferry capsizes on Congo river, dozens missing",
               "An overloaded boat capsized on the Congo river near Mbandaka, and at least 60 "
               "passengers are missing, provincial authorities said."),
              ("B", "Boat sinks on Lake Kivu near Goma",
               "A passenger boat sank on Lake Kivu near Goma, and 11 people drowned, the governor of "
               "North Kivu said."),
              ("A", "Mbandaka ferry survivors describe chaos",
               "Survivors of the Mbandaka capsizing said the boat carried far more passengers than "
               "allowed when it overturned in the night."),
              ("B", "Goma mourns Lake Kivu victims",
               "Families in Goma buried the 11 victims of the Lake Kivu sinking as the governor "
               "banned night crossings.")),
    _sequence("t06", "two", "two wildfires in two states",
              ("A", "Wildfire forces evacuations near Flagstaff",
               "A wildfire north of Flagstaff, Arizona, grew to 12,000 acres and forced hundreds of "
               "families from their homes, the Forest Service said."),
              ("B", "Blaze in Oregon's Deschutes forest spreads",
               "A fire in the Deschutes National Forest in central Oregon spread to 4,500 acres, "
               "closing a highway near Bend."),
              ("A", "Flagstaff fire crews gain ground",
               "Crews fighting the fire near Flagstaff had it 30 percent contained on Friday as winds "
               "eased, and some Arizona residents were allowed home."),
              ("B", "Bend residents told to prepare to leave",
               "Officials told residents on the edge of Bend to be ready to evacuate as the Deschutes "
               "fire jumped a road.")),
    _sequence("t07", "two", "two coaches sacked in one league",
              ("A", "Real Betis sack coach Ramon Ortega",
               "Real Betis dismissed coach Ramon Ortega after a 3-0 home defeat left the club 17th in "
               "La Liga, the club said."),
              ("B", "Getafe part ways with manager Ivan Solis",
               "Getafe parted ways with manager Ivan Solis by mutual agreement after five league games "
               "without a win."),
              ("A", "Betis name youth coach as interim after Ortega exit",
               "Betis handed the first team to youth coach Alberto Gil for the next two games after "
               "Ortega's sacking."),
              ("B", "Solis says leaving Getafe was his decision",
               "Ivan Solis said he chose to leave Getafe because the squad needed a new voice.")),
    _sequence("t08", "two", "two drug seizures at two ports of one country",
              ("A", "Police seize 2 tonnes of cocaine at Antwerp port",
               "Belgian customs found two tonnes of cocaine hidden in a shipment of bananas from "
               "Ecuador at the port of Antwerp, prosecutors said."),
              ("B", "Cocaine found in coffee containers at Zeebrugge",
               "Customs officers at Zeebrugge found 800 kilograms of cocaine in containers of coffee "
               "beans from Colombia, prosecutors said."),
              ("A", "Three arrested over Antwerp banana cocaine haul",
               "Belgian police arrested three dock workers suspected of helping to smuggle the Antwerp "
               "banana shipment cocaine.")),
    _sequence("t09", "two", "two cyberattacks on two companies of one sector",
              ("A", "Ransomware attack halts Nordic shipping firm",
               "A ransomware attack shut down booking systems at Norwegian shipping company Fjordline "
               "Cargo, the company said on Monday."),
              ("B", "Danish port operator hit by hackers",
               "Hackers breached the systems of Danish port operator Aarhus Terminals, forcing staff to "
               "handle containers by hand."),
              ("A", "Fjordline Cargo restores systems after ransomware",
               "Fjordline Cargo said most of its booking systems were back a week after the ransomware "
               "attack and that it paid no ransom."),
              ("B", "Aarhus Terminals says customer data stolen",
               "Aarhus Terminals said the hackers had copied customer records before they were "
               "detected.")),
    _sequence("t10", "two", "two landslides in one country, other regions",
              ("A", "Landslide buries homes in Kerala's Wayanad",
               "A landslide triggered by heavy rain buried a row of homes in Wayanad, Kerala, killing "
               "at least 18 people, officials said."),
              ("B", "Himachal landslide blocks highway, 4 dead",
               "A landslide near Shimla in Himachal Pradesh swept a bus off a highway, killing four "
               "passengers, police said."),
              ("A", "Wayanad rescue teams search for missing",
               "Army and disaster response teams searched the mud in Wayanad for 30 people still "
               "missing after the landslide."),
              ("B", "Shimla highway reopens after landslide",
               "Engineers cleared the highway near Shimla two days after the landslide that hit the "
               "bus.")),
    _sequence("t11", "two", "two protests in two capitals over one issue",
              ("A", "Thousands march in Santiago over pension reform",
               "Thousands of people marched through Santiago against the government's pension "
               "reform, and police used water cannon near La Moneda palace."),
              ("B", "Lima protesters rally against fuel price rise",
               "Protesters rallied in central Lima against a rise in fuel prices, blocking the Via "
               "Expresa for hours, Peruvian police said."),
              ("A", "Chile's pension protest ends with 40 arrests",
               "Chilean police said 40 people were arrested at the end of the Santiago pension march."),
              ("B", "Peru government to review fuel price rise",
               "Peru's government said it would review the fuel price rise after the Lima protests.")),
    _sequence("t12", "two", "two bus crashes in one country, other roads and tolls",
              ("A", "Bus plunges into ravine in Nepal, 23 dead",
               "A bus carrying pilgrims plunged into a ravine in Dhading district, Nepal, killing 23 "
               "passengers, police said."),
              ("B", "Bus and truck collide near Pokhara",
               "A bus collided with a truck on the highway near Pokhara, killing five people and "
               "injuring 20, Kaski district police said."),
              ("A", "Dhading bus driver was speeding, police say",
               "Police said the driver of the pilgrim bus that fell into the Dhading ravine had been "
               "speeding on a sharp bend.")),
    _sequence("t13", "two", "two strikes by one profession in two cities",
              ("A", "Marseille dock workers walk out",
               "Dock workers at the port of Marseille began a 48-hour strike over pay, leaving ships "
               "waiting at anchor, the CGT union said."),
              ("B", "Le Havre dockers strike over pensions",
               "Dockers at Le Havre stopped work for a day in protest at pension changes, the port "
               "authority said."),
              ("A", "Marseille port strike extended",
               "The CGT extended the Marseille dock strike to a fourth day after talks on pay failed."),
              ("B", "Le Havre traffic back to normal after strike",
               "Container traffic at Le Havre returned to normal after the one-day dockers' strike.")),
    # --- one happening told by turns in other words: must end as one story ---
    _sequence("o01", "one", "one earthquake, toll updated, town then region",
              ("A", "Strong quake shakes Ecuador's coast",
               "A magnitude 6.7 earthquake shook the coast of Ecuador near Esmeraldas, damaging "
               "houses, the geophysical institute said."),
              ("A", "Ecuador earthquake kills at least 8",
               "At least eight people died when the 6.7 quake hit Esmeraldas province, Ecuador's "
               "risk management agency said."),
              ("A", "Esmeraldas counts damage after quake",
               "Families in Esmeraldas slept outdoors after the earthquake, which killed eight and "
               "destroyed 200 homes, officials said.")),
    _sequence("o02", "one", "one arrest, name given later",
              ("A", "Police arrest man over Leeds jewellery raid",
               "West Yorkshire Police arrested a 34-year-old man after a jewellery shop in Leeds was "
               "robbed at knifepoint."),
              ("A", "Man charged over Leeds jewellery shop robbery",
               "Daniel Marsh, 34, has been charged with robbery after the raid on a jewellery shop in "
               "Leeds city centre, police said."),
              ("A", "Leeds robbery suspect appears in court",
               "Daniel Marsh appeared before Leeds magistrates charged with the knifepoint robbery of "
               "the jewellery shop.")),
    _sequence("o03", "one", "one flood told by four outlets",
              ("A", "River bursts banks in Valencia region",
               "The Turia river burst its banks after torrential rain, flooding streets in towns near "
               "Valencia, Spanish emergency services said."),
              ("A", "Floods in eastern Spain leave 3 dead",
               "Three people died in floods in the Valencia region after record rainfall, the "
               "regional government said."),
              ("A", "Valencia flood victims named",
               "Authorities named the three people killed in the Valencia floods, two of them swept "
               "away in their car."),
              ("A", "Spain sends troops to flooded Valencia towns",
               "Spain's military emergency unit was sent to towns around Valencia to pump water from "
               "homes after the floods.")),
    _sequence("o04", "one", "one company takeover, price given once",
              ("A", "Heineken agrees to buy Kenyan brewer",
               "Heineken agreed to buy a majority stake in Kenyan brewer Tusker Highlands, the Dutch "
               "company said on Thursday."),
              ("A", "Heineken pays $1.2 billion for Tusker Highlands stake",
               "The Dutch brewer Heineken will pay $1.2 billion for 60 percent of Tusker Highlands, "
               "giving it a larger share of the East African beer market."),
              ("A", "Kenya regulator to review Heineken deal",
               "Kenya's competition authority said it would review Heineken's purchase of the Tusker "
               "Highlands stake.")),
    _sequence("o05", "one", "one hostage siege, from first report to end",
              ("A", "Gunman takes hostages at bank in Hamburg",
               "A gunman took several people hostage at a bank branch in Hamburg, and police sealed "
               "off the street, a spokesman said."),
              ("A", "Hamburg bank siege: police negotiate with hostage taker",
               "Police negotiators spoke by phone with the man holding four hostages in the Hamburg "
               "bank branch."),
              ("A", "Hamburg hostages freed unharmed, gunman arrested",
               "Special forces stormed the Hamburg bank, freed the four hostages unharmed and "
               "arrested the gunman, police said."),
              ("A", "Hamburg bank hostage taker had debts, police say",
               "The man who held four people hostage at the Hamburg bank was a 41-year-old in debt, "
               "police told reporters.")),
    _sequence("o06", "one", "one resignation, reasons told differently",
              ("A", "Czech health minister resigns",
               "Czech health minister Pavel Novak resigned on Tuesday, the prime minister's office "
               "said, without giving a reason."),
              ("A", "Novak quits over hospital contracts row",
               "Pavel Novak stepped down as health minister amid a row over hospital cleaning "
               "contracts, Czech media reported."),
              ("A", "Prime minister names successor to Novak",
               "The Czech prime minister proposed deputy minister Jana Horakova to replace Pavel Novak "
               "at the health ministry.")),
    _sequence("o07", "one", "one plane emergency landing, two wordings",
              ("A", "Plane makes emergency landing in Reykjavik",
               "A passenger jet flying from London to Toronto made an emergency landing at Keflavik "
               "airport near Reykjavik after smoke was seen in the cabin."),
              ("A", "Smoke in cabin forces transatlantic flight down in Iceland",
               "The London-Toronto flight landed safely at Keflavik in Iceland, and its 180 passengers "
               "left by the slides, the airline said."),
              ("A", "Passengers stranded in Iceland after diversion",
               "Passengers of the flight diverted to Keflavik waited for a replacement plane to "
               "Toronto, the airline said.")),
    _sequence("o08", "one", "one mass poisoning, toll rising",
              ("A", "Dozens fall ill after wedding meal in Uttar Pradesh",
               "Dozens of guests fell ill after eating at a wedding in Bareilly, Uttar Pradesh, and "
               "were taken to hospital, police said."),
              ("A", "Bareilly food poisoning: 2 children die",
               "Two children died and 90 guests were treated after suspected food poisoning at a "
               "wedding feast in Bareilly."),
              ("A", "Caterer detained over Bareilly wedding poisoning",
               "Police in Bareilly detained the caterer of the wedding feast that left two children "
               "dead.")),
]
# sequences the linker still gets wrong (each a strict xfail). Before link30b 20 of 21 were right, and
# the same after: t06 is no merge but a miss, the second report of the Oregon fire naming only "the
# Deschutes fire" and Bend (not coded as a place) is 0.117 alike with the first, below
# JOIN_THRESHOLD, and stays alone
STILL_WRONG = {"t06"}


def link_sequences(sequences: list[dict[str, Any]], folder: Path) -> dict[str, bool]:
    """Whether each sequence ends as its labels say (one story per happening, none shared),
    all sequences' articles linked in order into one store."""
    from eventwire.api import code_text
    from eventwire.link import topic_cv

    coded: list[dict[str, Any]] = []
    for sequence in sequences:
        for n, (_, title, text) in enumerate(sequence["articles"]):
            coded.append(code_text(text, id=f"{sequence['id']}-{n}", title=title, clean=False).to_dict())
    stories = iter(topic_cv.link_documents(coded, topic_cv.empty_store(folder)))
    right = {}
    for sequence in sequences:
        found = [(label, next(stories)) for label, _, _ in sequence["articles"]]
        right[sequence["id"]] = all((a == b) is (x == y) for a, x in found for b, y in found)
    return right


def sequence_params(sequences: list[dict[str, Any]], still_wrong: dict[str, str]) -> list[Any]:
    """One test case per sequence; those `still_wrong` names are strict xfails with its reason."""
    return [pytest.param(s, id=f"{s['id']}-{s['relation']}-{s['kind']}",
                         marks=[pytest.mark.xfail(strict=True, reason=still_wrong[s["id"]])]
                         if s["id"] in still_wrong else [])
            for s in sequences]


def check_sequence_set(sequences: list[dict[str, Any]], by_turns: bool = False) -> None:
    """Unique ids, 12+ sequences of two happenings and 8+ of one, 3 to 5 articles each, labelled
    as the relation says; with `by_turns`, the second happening's first report comes second."""
    assert len({s["id"] for s in sequences}) == len(sequences)
    assert sum(s["relation"] == "two" for s in sequences) >= 12
    assert sum(s["relation"] == "one" for s in sequences) >= 8
    for sequence in sequences:
        labels = [label for label, _, _ in sequence["articles"]]
        assert 3 <= len(labels) <= 5
        assert len(set(labels)) == (2 if sequence["relation"] == "two" else 1)
        if by_turns and sequence["relation"] == "two":
            assert labels[1] != labels[0]


def print_sequence_verdicts(sequences: list[dict[str, Any]]) -> None:
    """Link `sequences` in a temporary store and print each one's verdict and the tally."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        found = link_sequences(sequences, Path(tmp))
    tally = {"two": 0, "one": 0}
    for s in sequences:
        tally[s["relation"]] += found[s["id"]]
        print(s["id"], s["relation"], s["kind"], "ok" if found[s["id"]] else "WRONG")
    print(tally)


def _params() -> list[Any]:
    return sequence_params(SEQUENCES, {s: "a report of one happening left alone" for s in STILL_WRONG})


@pytest.fixture(scope="module")
def right(nlp: Any, tmp_path_factory: pytest.TempPathFactory) -> dict[str, bool]:
    return link_sequences(SEQUENCES, tmp_path_factory.mktemp("stories30b"))


def test_the_sequences_hold_both_relations() -> None:
    check_sequence_set(SEQUENCES)


@pytest.mark.parametrize("sequence", _params())
def test_each_happening_ends_in_its_own_story(sequence: dict[str, Any], right: dict[str, bool]) -> None:
    assert right[sequence["id"]]


if __name__ == "__main__":
    print_sequence_verdicts(SEQUENCES)
