"""The curated Europe tables load and state facts of the public record on the right dates."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.actors.tables import DATA_DIR

PEOPLE = DATA_DIR / "kb" / "curated-europe-people.tsv"
ORGS = DATA_DIR / "kb" / "curated-europe-organisations.tsv"




def test_files_exist_and_carry_their_source():
    for path in (PEOPLE, ORGS):
        rows = [line for line in path.read_text(encoding="utf-8").splitlines()
                if line and not line.startswith(("#", "id\t"))]
        assert len(rows) > 300
        assert all(line.endswith("\tcurated:public record") for line in rows)


@pytest.mark.parametrize(("phrase", "date", "country", "office"), [
    ("Viktor Orbán", "2020-06-01", "HUN", "Prime Minister"),
    ("Mette Frederiksen", "2021-03-01", "DNK", "Prime Minister"),
    ("Pedro Sánchez", "2019-05-01", "ESP", "Prime Minister"),
    ("Donald Tusk", "2016-01-01", "EUR", "President of the European Council"),
    ("Donald Tusk", "2024-06-01", "POL", "Prime Minister"),
    ("Olaf Scholz", "2019-01-01", "DEU", "Finance Minister"),
    ("Sergio Mattarella", "2023-01-01", "ITA", "President"),
    ("Andrej Plenković", "2017-01-01", "HRV", "Prime Minister"),
])
def test_office_holder_on_date(knowledge, ids_of, phrase, date, country, office):
    (person_id,) = ids_of(phrase, "person:")
    row, former = knowledge.person_at(person_id, dt.date.fromisoformat(date))
    assert row is not None and not former
    assert (row.country, row.sector, row.office) == (country, "GOV", office)


def test_a_prime_minister_out_of_office_codes_as_former(knowledge, ids_of):
    (person_id,) = ids_of("Giuseppe Conte", "person:")
    row, former = knowledge.person_at(person_id, dt.date(2023, 1, 1))
    assert former and row is not None and row.office == "Prime Minister"


@pytest.mark.parametrize(("phrase", "date", "country", "sector"), [
    ("Bundeswehr", "2020-01-01", "DEU", "MIL"),
    ("PiS", "2020-01-01", "POL", "PTY"),
    ("SBU", "2023-01-01", "UKR", "SPY"),
    ("Garda Síochána", "2020-01-01", "IRL", "COP"),
    ("DNR", "2018-01-01", "UKR", "REB"),
    ("DNR", "2023-01-01", "RUS", "GOV"),
])
def test_organisation_on_date(knowledge, ids_of, phrase, date, country, sector):
    (org_id,) = ids_of(phrase, "org:")
    row = knowledge.org_at(org_id, dt.date.fromisoformat(date))
    assert row is not None and (row.country, row.sector) == (country, sector)
