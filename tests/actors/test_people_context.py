"""People the knowledge base does not know (issue #20, round 11): witnesses, residents,
spokespeople, analysts and relatives named once are coded from the text, as a careful coder
codes them (docs/annotation.md §3): the title before the name, the apposition or description,
the organisation they speak for, the earlier full mention for a later surname, else a private
person (CVL).

The sentences are our own; the names are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.actors.document import code_doc
from eventwire.records import Entity

DATE = dt.date(2024, 5, 3)


def _people(nlp, knowledge, text: str) -> list[Entity]:
    return [e for e in code_doc(nlp(text), text, knowledge, DATE) if e.kind == "person"]


def _coding(nlp, knowledge, text: str, name: str) -> tuple[str | None, str | None]:
    found = [e for e in _people(nlp, knowledge, text) if name in e.text]
    assert found, f"{name!r} not coded in {text!r}"
    return found[-1].country, found[-1].sector


# (text, name whose last mention is checked, country, sector)
CASES = [
    # descriptions and appositions
    ("Floods hit southern Poland on Sunday. Dorota Wilczynska, a mother of three, said the "
     "water reached her roof in the Polish village.", "Dorota Wilczynska", "POL", "CVL"),
    ("\"We had no warning,\" said Tamsin Oduya, a resident of Nairobi, Kenya.",
     "Tamsin Oduya", "KEN", "CVL"),
    ("Halvard Renstrom, a professor at the University of Oslo, said the plan would fail.",
     "Halvard Renstrom", "NOR", "EDU"),
    ("Mirela Castellanos, a reporter for the Lima Daily Herald, was detained on Friday in Peru.",
     "Mirela Castellanos", "PER", "JRN"),
    ("Ana Quibell, a nurse at the Central Hospital in Manila, treated the wounded.",
     "Ana Quibell", "PHL", "MED"),
    ("Oskar Lindfors, a police officer in Helsinki, said the road was closed.",
     "Oskar Lindfors", "FIN", "COP"),
    # a name the recogniser tagged ORG, beside a noun of a person
    ("Marten Auclair, a shopkeeper in Toronto, said the standoff had ended.",
     "Marten Auclair", "CAN", "BUS"),
    # titles before the name
    ("In Ohio, Judge Marcia Tollefsen ordered the suspect held without bail. The American "
     "suspect was arrested in Columbus, Ohio.",
     "Marcia Tollefsen", "USA", "JUD"),
    ("Constable Brett Auclair said the standoff in Toronto, Canada, ended on Sunday.",
     "Brett Auclair", "CAN", "COP"),
    ("Pakistani police arrested the gunman in Lahore, Pakistan, police Inspector Rahim Qasmi said.",
     "Rahim Qasmi", "PAK", "COP"),
    # the organisation a spokesperson speaks for
    ("Police in Texas have arrested a man. Hospital spokeswoman Lorna Petrakis said two "
     "victims were in stable condition at St. Agnes Hospital in Houston.",
     "Lorna Petrakis", "USA", "MED"),
    ("Garrick Holmgren, a spokesman for Tarrant Bank, said no customer data was lost.",
     "Garrick Holmgren", None, "BUS"),
    # private persons by default, criminals when charged
    ("Brazilian farmers protested in Brasilia on Monday. \"We are tired,\" said Joaquim "
     "Pereira Lobo.", "Joaquim Pereira Lobo", "BRA", "CVL"),
    ("Police in Dayton, Ohio, said Darnell Whitcombe was charged with murder on Tuesday.",
     "Darnell Whitcombe", "USA", "CRM"),
    # a later surname takes its earlier full mention's coding
    ("Kenyan police officer Moses Kiprotich Langat said the road was closed. Langat added "
     "that the rain had stopped.", "Langat", "KEN", "COP"),
    ("Iraqi Prime Minister Mohammed Kadhim al-Zubaidi met tribal leaders in Basra. Zubaidi "
     "said the talks went well.", "Zubaidi", "IRQ", "GOV"),
    ("Syrian lawmaker Yassin Omar al-Hamdani spoke in Damascus. Hamdani said the vote would "
     "be held in June.", "Hamdani", "SYR", "LEG"),
    ("A fire destroyed a warehouse in Leeds, England. Eleanor Stroud, a neighbour, called the "
     "fire brigade. Stroud said the flames were huge.", "Stroud", "GBR", "CVL"),
    ("Texas convict Rudy Delmar Fenwick fled a prison bus. Texas prison escapee Rudy Delmar "
     "Fenwick was charged with escape on Monday. Fenwick is still at large.",
     "Fenwick", "USA", "CRM"),
    ("Prosecutor Ines Albarran of Madrid, Spain, charged the two men. Albarran said the case "
     "was strong.", "Albarran", "ESP", "JUD"),
    ("German Senator Wiebke Marquardt of Hamburg opposed the plan. Marquardt said it was "
     "too costly.", "Marquardt", "DEU", "LEG"),
    ("Analyst Corwin Bexley of Halvard Capital, a London investment bank, said markets "
     "were calm in Britain.", "Corwin Bexley", "GBR", "BUS"),
    ("Officer Dwayne Hollis of the Akron police said the gunman fled. In Akron, Ohio, "
     "Hollis said the street was closed.", "Hollis", "USA", "COP"),
]


@pytest.mark.parametrize(("text", "name", "country", "sector"), CASES)
def test_a_person_the_knowledge_base_does_not_know(nlp, knowledge, text, name, country,
                                                    sector) -> None:
    got = _coding(nlp, knowledge, text, name)
    assert got == (country, sector) if country is not None else got[1] == sector


def test_a_staff_member_named_with_the_person_served_acts_for_them(nlp, knowledge) -> None:
    text = ("Democratic candidate Marla Quennell spoke in Ohio on Monday. Quennell spokesman "
            "Tobias Wrenfield said the plan was sound. Wrenfield added that it was cheap.")
    people = _people(nlp, knowledge, text)
    staff = [e for e in people if "Wrenfield" in e.text]
    assert [(e.name, e.country, e.sector) for e in staff] == [
        ("Tobias Wrenfield", "USA", "PTY")] * 2


def test_the_person_served_is_remembered_for_a_later_surname(nlp, knowledge) -> None:
    text = ("Chilean President Ramona Esquivel's communication chief, Tomas Lagarde, said the "
            "talks would resume. On Monday, Esquivel told reporters in Santiago that she was "
            "hopeful.")
    people = _people(nlp, knowledge, text)
    assert (people[0].name, people[0].country, people[0].sector) == ("Tomas Lagarde", "CHL", "GOV")
    assert (people[-1].text, people[-1].country, people[-1].sector) == ("Esquivel", "CHL", "GOV")
