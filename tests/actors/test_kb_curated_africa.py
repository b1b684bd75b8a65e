"""The curated Africa tables load and state a few facts of the public record, so a broken
row or a lost term fails here rather than in coding."""

from __future__ import annotations

import datetime as dt

import pytest

AFRICA = ["DZA", "AGO", "BEN", "BWA", "BFA", "BDI", "CPV", "CMR", "CAF", "TCD", "COM", "COG",
          "COD", "CIV", "DJI", "EGY", "GNQ", "ERI", "SWZ", "ETH", "GAB", "GMB", "GHA", "GIN",
          "GNB", "KEN", "LSO", "LBR", "LBY", "MDG", "MWI", "MLI", "MRT", "MUS", "MAR", "MOZ",
          "NAM", "NER", "NGA", "RWA", "STP", "SEN", "SYC", "SLE", "SOM", "ZAF", "SSD", "SDN",
          "TZA", "TGO", "TUN", "UGA", "ZMB", "ZWE", "ESH"]
HEAD_OFFICES = {"President", "King", "Transitional President", "Acting President",
                "Chairman of the Sovereignty Council", "Chairman of the Presidential Council",
                "Chairman of the Transitional Military Council",
                # Libya 2014-2016: the rival legislatures' heads acted as heads of state
                "Speaker of the House of Representatives",
                "President of the General National Congress"}




@pytest.mark.parametrize(("name", "key", "date", "country", "sector", "office"), [
    ("Abiy Ahmed", "person:abiy-ahmed", "2020-06-01", "ETH", "GOV", "Prime Minister"),
    ("Buhari", "person:muhammadu-buhari", "2019-01-01", "NGA", "GOV", "President"),
    ("Tshisekedi", "person:felix-tshisekedi", "2022-03-01", "COD", "GOV", "President"),
    ("Hemedti", "person:mohamed-hamdan-dagalo", "2024-01-01", "SDN", "REB",
     "Commander of the Rapid Support Forces"),
    ("Ramaphosa", "person:cyril-ramaphosa", "2016-01-01", "ZAF", "GOV", "Deputy President"),
    ("Madbouly", "person:mostafa-madbouly", "2023-05-01", "EGY", "GOV", "Prime Minister"),
    ("King Mohammed VI", "person:mohammed-vi", "2021-01-01", "MAR", "GOV", "King"),
])
def test_person_holds_office_on_date(in_office, name, key, date, country, sector, office):
    row = in_office(name, key, date)
    assert (row.country, row.sector, row.office) == (country, sector, office)


def test_a_head_of_state_codes_as_former_after_his_term(knowledge):
    row, former = knowledge.person_at("person:muhammadu-buhari", dt.date(2024, 1, 1))
    assert former and row is not None and row.end == dt.date(2023, 5, 29)


@pytest.mark.parametrize(("name", "date", "country", "sector"), [
    ("JNIM", "2020-01-01", "MLI", "REB"),
    ("TPLF", "2019-06-01", "ETH", "PTY"),
    ("TPLF", "2021-06-01", "ETH", "REB"),
    ("RSF", "2024-01-01", "SDN", "REB"),
    ("Polisario Front", "2020-01-01", "ESH", "REB"),
    ("FARDC", "2022-01-01", "COD", "MIL"),
])
def test_organisation_status_on_date(knowledge, ids_of, name, date, country, sector):
    rows = [knowledge.org_at(key, dt.date.fromisoformat(date))
            for key in ids_of(name, "org:")]
    assert any(row is not None and (row.country, row.sector) == (country, sector)
               for row in rows)


def test_every_african_state_has_a_head_of_state_every_year_to_2025(knowledge):
    curated = [row for rows in knowledge.people.values() for row in rows
               if row.source.startswith("curated") and row.office in HEAD_OFFICES]
    missing = [(code, year) for code in AFRICA for year in range(2015, 2026)
               if not any(row.country == code and row.covers(dt.date(year, 7, 1))
                          for row in curated)]
    assert not missing
