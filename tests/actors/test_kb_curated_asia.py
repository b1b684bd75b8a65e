"""The curated Middle East, Central and South Asia tables load and date their facts right.

A few facts of the region that are certain, checked through the shipped snapshot, so that a
broken or mis-dated row in ``kb/curated-asia-*.tsv`` fails here rather than in coding.
"""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.actors.knowledge import ActorKnowledge


@pytest.mark.parametrize(("name", "person_id", "date", "country", "office"), [
    ("Haitham bin Tariq", "person:haitham-bin-tariq", "2021-01-01", "OMN", "Sultan"),
    ("Najib Mikati", "person:najib-mikati", "2022-06-01", "LBN", "Prime Minister"),
    ("Ranil Wickremesinghe", "person:ranil-wickremesinghe", "2016-01-01", "LKA", "Prime Minister"),
    ("Ranil Wickremesinghe", "person:ranil-wickremesinghe", "2023-01-01", "LKA", "President"),
    ("Mustafa Kadhimi", "person:mustafa-al-kadhimi", "2021-01-01", "IRQ", "Prime Minister"),
    ("Kassym Jomart Tokayev", "person:kassym-jomart-tokayev", "2020-01-01", "KAZ", "President"),
    ("Shavkat Mirziyoyev", "person:shavkat-mirziyoyev", "2016-10-01", "UZB", "Acting President"),
    ("Sher Bahadur Deuba", "person:sher-bahadur-deuba", "2022-01-01", "NPL", "Prime Minister"),
])
def test_office_holder_on_a_date(in_office, name: str, person_id: str, date: str,
                                 country: str, office: str) -> None:
    row = in_office(name, person_id, date)
    assert (row.country, row.sector, row.office) == (country, "GOV", office)


def test_between_terms_a_leader_is_a_former_official(knowledge: ActorKnowledge) -> None:
    # Oli's first term ended in August 2016, his second began in February 2018
    row, former = knowledge.person_at("person:kp-sharma-oli", dt.date(2017, 1, 1))
    assert former and row is not None and row.end == dt.date(2016, 8, 3)


@pytest.mark.parametrize(("name", "org_id", "date", "country", "sector"), [
    ("Popular Mobilization Forces", "org:popular-mobilization-forces", "2019-01-01", "IRQ", "MIL"),
    ("Reserve Bank of India", "org:reserve-bank-of-india", "2020-01-01", "IND", "GOV"),
    ("Islamic Renaissance Party of Tajikistan", "org:islamic-renaissance-party-of-tajikistan",
     "2014-01-01", "TJK", "PTY"),
    ("Islamic Renaissance Party of Tajikistan", "org:islamic-renaissance-party-of-tajikistan",
     "2016-01-01", "TJK", "OPP"),
])
def test_organisation_on_a_date(org_on, name: str, org_id: str, date: str, country: str,
                                sector: str) -> None:
    row = org_on(name, org_id, date)
    assert (row.country, row.sector) == (country, sector)
    assert row.source.startswith("curated:")
