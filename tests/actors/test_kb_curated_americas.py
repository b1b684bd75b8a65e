"""The curated Americas tables load and date their facts right.

A few facts of the region that are certain, checked through the shipped snapshot, so that a
broken or mis-dated row in ``kb/curated-americas-*.tsv`` fails here rather than in coding.
"""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.actors.knowledge import ActorKnowledge


@pytest.mark.parametrize(("name", "person_id", "date", "country", "office"), [
    ("Dilma Rousseff", "person:dilma-rousseff", "2015-06-01", "BRA", "President"),
    ("Michel Temer", "person:michel-temer", "2016-06-01", "BRA", "Acting President"),
    ("Michel Temer", "person:michel-temer", "2017-06-01", "BRA", "President"),
    ("Mauricio Macri", "person:mauricio-macri", "2017-01-01", "ARG", "President"),
    ("Sebastián Piñera", "person:sebastian-pinera", "2019-06-01", "CHL", "President"),
    ("Jeanine Áñez", "person:jeanine-anez", "2020-03-01", "BOL", "Interim President"),
    ("Keith Rowley", "person:keith-rowley", "2020-01-01", "TTO", "Prime Minister"),
    ("Ariel Henry", "person:ariel-henry", "2022-01-01", "HTI", "Prime Minister"),
    ("Chrystia Freeland", "person:chrystia-freeland", "2022-01-01", "CAN", "Finance Minister"),
])
def test_office_holder_on_a_date(in_office, name: str, person_id: str, date: str,
                                 country: str, office: str) -> None:
    row = in_office(name, person_id, date)
    assert (row.country, row.sector, row.office) == (country, "GOV", office)


def test_after_the_last_term_a_president_is_a_former_official(knowledge: ActorKnowledge) -> None:
    # Jovenel Moïse was killed in office on 7 July 2021
    row, former = knowledge.person_at("person:jovenel-moise", dt.date(2022, 1, 1))
    assert former and row is not None and row.end == dt.date(2021, 7, 7)


@pytest.mark.parametrize(("name", "org_id", "date", "country", "sector"), [
    ("Clan del Golfo", "org:clan-del-golfo", "2020-01-01", "COL", "CRM"),
    ("Comunes", "org:comunes", "2022-01-01", "COL", "PTY"),
    ("SEBIN", "org:sebin", "2019-01-01", "VEN", "SPY"),
    ("Banxico", "org:bank-of-mexico", "2020-01-01", "MEX", "GOV"),
    ("Carabineros", "org:carabineros-de-chile", "2019-10-20", "CHL", "COP"),
    ("Haitian National Police", "org:haitian-national-police", "2024-03-01", "HTI", "COP"),
])
def test_organisation_on_a_date(org_on, name: str, org_id: str, date: str, country: str,
                                sector: str) -> None:
    row = org_on(name, org_id, date)
    assert (row.country, row.sector) == (country, sector)


def test_a_renamed_office_is_dated(knowledge: ActorKnowledge, ids_of) -> None:
    # Mexico's PGR became the Fiscalia General de la Republica (FGR) in December 2018
    pgr, fgr = "org:procuraduria-general-de-la-republica", "org:attorney-general-s-office-of-mexico"
    assert pgr in ids_of("PGR") and fgr in ids_of("FGR")
    assert knowledge.org_at(pgr, dt.date(2017, 1, 1)) is not None
    assert knowledge.org_at(fgr, dt.date(2017, 1, 1)) is None
    assert knowledge.org_at(fgr, dt.date(2020, 1, 1)) is not None
    assert knowledge.org_at(pgr, dt.date(2020, 1, 1)) is None
