"""One story per happening: a sixth record set, written before the linker was changed for it.

The records (in this file, format of ``data/stories_22.jsonl``, see :mod:`tests.link.test_stories_22`)
are in our own words, about imagined happenings. Its *different* records are two happenings of one
kind told in the same words, as a news topic holds them: two earthquakes, two arrests, two fires,
two plane crashes, two strikes, each pair apart in city, year, named person or count, often sharing a
country or an organisation. Its *same* records tell one happening as two outlets do, worded
differently (a town in one report and its region in the other, a count updated, a name given once).
Its *chain* records hold a vague third report that resembles both happenings.

    PYTHONPATH=. python tests/link/test_stories_26.py     # prints each record's verdict and the tally
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.link.conftest import link_records, make_record, record_params

RECORDS = [
    make_record("d01", "different", "two quakes in one country, other cities and years",
            ("Strong earthquake hits Varnos, killing 12",
             "A magnitude 6.2 earthquake struck the mountain town of Varnos in northern Peloria on "
             "Monday, killing 12 people and collapsing dozens of homes, the interior ministry said."),
            ("Earthquake in Peloria leaves 40 dead in Kestria",
             "An earthquake of magnitude 5.7 shook the port city of Kestria in southern Peloria in "
             "2019, killing 40 people and flattening homes, the interior ministry said.")),
    make_record("d02", "different", "two arrests by one agency of different officials",
            ("Anti-graft agency arrests deputy mayor Tomas Relko",
             "The national anti-corruption bureau arrested deputy mayor Tomas Relko of Brenna on "
             "Wednesday on suspicion of taking bribes for building permits, the bureau said."),
            ("Anti-corruption bureau detains port chief Ilse Marvan over bribes",
             "The national anti-corruption bureau detained Ilse Marvan, head of the Dorsk port "
             "authority, on suspicion of taking bribes for cargo contracts, the bureau said.")),
    make_record("d03", "different", "two warehouse fires in different cities",
            ("Fire destroys warehouse in Oldham Ridge",
             "A fire tore through a furniture warehouse in Oldham Ridge overnight, and firefighters "
             "needed six hours to bring the blaze under control. Three workers were treated for smoke."),
            ("Huge blaze guts warehouse in Carrow Falls",
             "A blaze gutted a paper warehouse in Carrow Falls on Sunday, and firefighters fought the "
             "fire for nine hours. One firefighter was hurt, officials said.")),
    make_record("d04", "different", "two small plane crashes, other years and tolls",
            ("Small plane crashes near Halvik airport, 4 dead",
             "A small plane crashed shortly after take-off from Halvik airport in 2011, killing all "
             "four people on board, aviation authorities said."),
            ("Light aircraft crashes after take-off in Tremont, killing 2",
             "A light aircraft went down shortly after take-off from the Tremont airfield in 2016, "
             "killing the pilot and a passenger, aviation authorities said.")),
    make_record("d05", "different", "two strikes by one union in other cities",
            ("Dock workers strike in Portsea over pay",
             "Thousands of dock workers walked off the job in Portsea on Monday, demanding higher "
             "pay, in a strike called by the Transport Workers Union."),
            ("Transport Workers Union strike halts Lindmouth port",
             "Dock workers in Lindmouth went on strike over pay, halting the port, in a walkout "
             "called by the Transport Workers Union, its leader Mara Quist said.")),
    make_record("d06", "different", "one man fired twice, other clubs and years",
            ("Rovers sack coach Dan Hollis after losing run",
             "Westbury Rovers fired head coach Dan Hollis in 2009 after a run of eight defeats, the "
             "club said in a statement."),
            ("Dan Hollis dismissed by Eastfield City",
             "Eastfield City dismissed head coach Dan Hollis in 2014 after a run of losses, the club "
             "said in a statement.")),
    make_record("s01", "same", "quake told by city and by region, toll updated",
            ("Earthquake kills 12 in Varnos",
             "A 6.2-magnitude earthquake hit Varnos in Peloria on Monday, killing 12 people, the "
             "interior ministry said. Rescuers searched collapsed homes."),
            ("Peloria quake toll rises to 15",
             "The death toll from Monday's magnitude 6.2 earthquake in northern Peloria rose to 15, "
             "officials said, as rescuers kept searching the rubble of homes in Varnos.")),
    make_record("s02", "same", "arrest, name and office worded differently",
            ("Deputy mayor of Brenna held in bribery probe",
             "Tomas Relko, Brenna's deputy mayor, was taken into custody by anti-corruption "
             "investigators on Wednesday over alleged bribes tied to building permits."),
            ("Anti-graft bureau arrests Brenna official Relko",
             "The anti-corruption bureau said it had arrested Relko, deputy mayor of Brenna, "
             "suspected of accepting bribes in exchange for permits.")),
    make_record("s03", "same", "plane crash, toll worded and given in digits",
            ("Four killed as small plane crashes near Halvik",
             "Four people died when a small plane crashed near Halvik airport shortly after "
             "take-off, aviation officials said."),
            ("Halvik plane crash: pilot named",
             "The pilot of the small plane that crashed after take-off from Halvik airport, killing "
             "4, was named as Erik Sandal, aviation officials said.")),
    make_record("s04", "same", "strike, union named once",
            ("Portsea dock strike enters second day",
             "The strike by dock workers in Portsea over pay entered its second day, with ships "
             "waiting outside the port."),
            ("Portsea dockers walk out over wages",
             "Thousands of dockers in Portsea walked out over wages, the Transport Workers Union "
             "said, in a strike that shut the port.")),
    make_record("s05", "same", "coach fired, club worded differently",
            ("Westbury Rovers part ways with Hollis",
             "Westbury Rovers and head coach Dan Hollis parted ways after eight straight defeats, "
             "the club said."),
            ("Hollis out as Rovers coach",
             "Dan Hollis was fired as coach of Westbury Rovers following a string of eight "
             "defeats, the club announced.")),
    make_record("s06", "same", "warehouse fire, hours and injured worded",
            ("Oldham Ridge warehouse blaze under control",
             "Firefighters in Oldham Ridge brought a blaze at a furniture warehouse under control "
             "after six hours; three workers were treated for smoke inhalation."),
            ("Furniture warehouse burns in Oldham Ridge",
             "A furniture warehouse in Oldham Ridge burned overnight, firefighters said, and three "
             "employees were taken to hospital.")),
    make_record("c01", "chain", "two quakes and a vague report naming neither city",
            ("Earthquake strikes Peloria",
             "A strong earthquake struck Peloria on Monday, killing 12 people in the mountain town "
             "of Varnos, the interior ministry said."),
            ("Earthquake in Kestria kills 40",
             "An earthquake killed 40 people in the southern port city of Kestria in 2019, the "
             "interior ministry of Peloria said."),
            ("Peloria hit by deadly earthquake",
             "A deadly earthquake hit Peloria, killing people and destroying homes, the interior "
             "ministry said.")),
    make_record("c02", "chain", "two warehouse fires and a vague report",
            ("Warehouse fire in Oldham Ridge",
             "A fire destroyed a furniture warehouse in Oldham Ridge overnight; firefighters took "
             "six hours to control it."),
            ("Warehouse fire in Carrow Falls",
             "A fire gutted a paper warehouse in Carrow Falls on Sunday; firefighters fought it for "
             "nine hours."),
            ("Warehouse destroyed by fire",
             "A warehouse was destroyed by a fire, and firefighters needed hours to control it.")),
]
# records the linker still gets wrong (each a strict xfail), wrong before any change of link26 and
# after: two happenings of one kind told in the same short words, apart only in the person arrested
# (d02), the town (d03, d05, towns no gazetteer knows), or the club and year (d06: the year contrast
# alone does not bring a pair this alike below JOIN_THRESHOLD), and chains through a vague report
# (c01, c02). The general signals tried for them (a town-distance contrast, distinct named persons,
# heavier names) each lowered the ECB+ tune figure (see link/stories.py), so none ships
STILL_WRONG = {"d02", "d03", "d05", "d06", "c01", "c02"}


@pytest.fixture(scope="module")
def joined(nlp: Any, tmp_path_factory: pytest.TempPathFactory) -> dict[str, bool]:
    return link_records(RECORDS, tmp_path_factory.mktemp("stories26"))


def test_the_record_set_holds_both_relations() -> None:
    assert len({r["id"] for r in RECORDS}) == len(RECORDS) >= 10
    assert {r["relation"] for r in RECORDS} == {"same", "different", "chain"}


@pytest.mark.parametrize("record", record_params(RECORDS, STILL_WRONG))
def test_a_story_holds_one_happening(record: dict[str, Any], joined: dict[str, bool]) -> None:
    assert joined[record["id"]] is (record["relation"] == "same")


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        found = link_records(RECORDS, Path(tmp))
    for r in RECORDS:
        right = found[r["id"]] is (r["relation"] == "same")
        print(r["id"], r["relation"], r["kind"], "ok" if right else "WRONG")
