"""The curated United States Congress and institutions tables, and the two coding rules that
let a known legislator keep the post a title before the name gives.

Facts checked through the shipped snapshot, so that a mis-dated row in
``kb/curated-us-congress-people.tsv`` or ``kb/curated-institutions-organisations.tsv`` fails
here rather than in coding.
"""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.actors.document import code_doc
from eventwire.actors.knowledge import ActorKnowledge


@pytest.mark.parametrize(("name", "person_id", "date", "office"), [
    ("Lindsey Graham", "person:lindsey-graham", "2016-09-01", "Senator"),
    ("Mitch McConnell", "person:mitch-mcconnell", "2018-06-01", "Senate Majority Leader"),
    ("Mitch McConnell", "person:mitch-mcconnell", "2022-06-01", "Senate Minority Leader"),
    ("Chuck Schumer", "person:chuck-schumer", "2023-06-01", "Senate Majority Leader"),
    ("Paul Ryan", "person:paul-ryan", "2016-09-20", "Speaker of the House"),
    ("Nancy Pelosi", "person:nancy-pelosi", "2020-06-01", "Speaker of the House"),
    ("Nancy Pelosi", "person:nancy-pelosi", "2024-06-01", "Representative"),
    ("Adam Schiff", "person:adam-schiff", "2025-06-01", "Senator"),
])
def test_legislator_on_a_date(in_office, name: str, person_id: str, date: str,
                              office: str) -> None:
    row = in_office(name, person_id, date)
    assert (row.country, row.sector, row.office) == ("USA", "LEG", office)


def test_a_senator_who_left_is_a_former_official(knowledge: ActorKnowledge) -> None:
    row, former = knowledge.person_at("person:john-mccain", dt.date(2019, 1, 1))
    assert former and row is not None and row.end == dt.date(2018, 8, 25)


def test_a_nominee_without_office_campaigns_as_a_party_actor(in_office) -> None:
    row = in_office("Hillary Clinton", "person:hillary-clinton", "2016-09-20")
    assert (row.country, row.sector) == ("USA", "PTY")


@pytest.mark.parametrize(("name", "org_id", "country", "sector"), [
    ("Heritage Foundation", "org:heritage-foundation", "USA", "EDU"),
    ("German Marshall Fund", "org:german-marshall-fund", "USA", "EDU"),
    ("ASPI", "org:australian-strategic-policy-institute", "AUS", "EDU"),
    ("Gojek", "org:gojek", "IDN", "BUS"),
    ("UPI", "org:united-press-international", "USA", "JRN"),
])
def test_institution(org_on, name: str, org_id: str, country: str, sector: str) -> None:
    row = org_on(name, org_id, "2022-01-01")
    assert (row.country, row.sector) == (country, sector)


def _coded(nlp, knowledge: ActorKnowledge, text: str) -> tuple[str | None, str | None]:
    entities = code_doc(nlp(text), text, knowledge, dt.date(2024, 5, 1))
    person = next(e for e in entities if "Raskin" in e.text or "Haddad" in e.text)
    return person.country, person.sector


def test_an_appositive_former_post_leaves_the_title_before_the_name(nlp, knowledge) -> None:
    text = ("Democratic Representative Jamie Raskin, former chairman of the oversight panel, "
            "said the vote would fail.")
    assert _coded(nlp, knowledge, text) == ("USA", "LEG")


def test_a_former_before_the_title_still_makes_a_former_official(nlp, knowledge) -> None:
    text = "Former Representative Jamie Raskin said the vote would fail."
    assert _coded(nlp, knowledge, text)[1] == "ELI"
