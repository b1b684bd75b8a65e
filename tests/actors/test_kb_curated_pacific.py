"""The curated East Asia, Southeast Asia and Oceania tables (and the world tables of IGOs,
companies, media and universities) load and date their facts right.

A few facts that are certain, checked through the shipped snapshot, so that a broken or
mis-dated row in ``kb/curated-pacific-*.tsv`` or ``kb/curated-world-*.tsv`` fails here rather
than in coding.
"""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.actors.knowledge import ActorKnowledge

PACIFIC = ["CHN", "JPN", "PRK", "KOR", "MNG", "TWN", "HKG", "VNM", "LAO", "KHM", "THA", "MMR",
           "MYS", "SGP", "IDN", "PHL", "BRN", "TLS", "AUS", "NZL", "PNG", "FJI", "SLB", "VUT",
           "WSM", "TON", "KIR", "TUV", "NRU", "PLW", "MHL", "FSM"]
# the offices a head of state or government holds in the region's files
HEAD_OFFICES = {"President", "Acting President", "Prime Minister", "Acting Prime Minister",
                "Premier", "King", "Emperor", "Sultan", "Regent", "Chief Executive",
                "Governor-General", "Head of State", "State Counsellor", "Supreme Leader",
                "Chairman of the State Administration Council"}




@pytest.mark.parametrize(("name", "person_id", "date", "country", "office"), [
    ("Anwar Ibrahim", "person:anwar-ibrahim", "2023-06-01", "MYS", "Prime Minister"),
    ("Jacinda Ardern", "person:jacinda-ardern", "2020-01-01", "NZL", "Prime Minister"),
    ("Hun Manet", "person:hun-manet", "2024-01-01", "KHM", "Prime Minister"),
    ("William Lai", "person:william-lai", "2025-01-01", "TWN", "President"),
    ("Prayut", "person:prayut-chan-o-cha", "2020-01-01", "THA", "Prime Minister"),
    ("Lawrence Wong", "person:lawrence-wong", "2024-06-01", "SGP", "Prime Minister"),
    ("Rodrigo Duterte", "person:rodrigo-duterte", "2018-01-01", "PHL", "President"),
    ("Tedros", "person:tedros-adhanom-ghebreyesus", "2020-03-11", "UNO",
     "Director-General of the World Health Organization"),
])
def test_office_holder_on_a_date(in_office, name: str, person_id: str, date: str,
                                 country: str, office: str) -> None:
    row = in_office(name, person_id, date)
    assert (row.country, row.sector, row.office) == (country, "GOV", office)


def test_a_head_of_government_after_office_is_former(knowledge: ActorKnowledge) -> None:
    row, former = knowledge.person_at("person:jacinda-ardern", dt.date(2024, 1, 1))
    assert former and row is not None and row.office == "Prime Minister"


@pytest.mark.parametrize(("org_id", "date", "country", "sector"), [
    ("org:national-league-for-democracy", "2018-01-01", "MMR", "PTY"),
    ("org:national-league-for-democracy", "2022-01-01", "MMR", "OPP"),
    ("org:state-administration-council", "2022-01-01", "MMR", "GOV"),
    ("org:indonesian-national-armed-forces", "2020-01-01", "IDN", "MIL"),
    ("org:korean-central-news-agency", "2020-01-01", "PRK", "JRN"),
    ("org:saudi-aramco", "2020-01-01", "SAU", "BUS"),
])
def test_organisation_status_on_a_date(knowledge: ActorKnowledge, org_id: str, date: str,
                                       country: str, sector: str) -> None:
    row = knowledge.org_at(org_id, dt.date.fromisoformat(date))
    assert row is not None and (row.country, row.sector) == (country, sector)


def test_acronyms_name_the_region_s_organisations(ids_of) -> None:
    assert "org:indonesian-national-armed-forces" in ids_of("TNI")
    assert "org:korean-people-s-army" in ids_of("KPA")


@pytest.mark.parametrize("code", PACIFIC)
def test_every_country_has_a_head_in_office_every_year(knowledge: ActorKnowledge,
                                                       code: str) -> None:
    heads = [p for periods in knowledge.people.values() for p in periods
             if p.country == code and p.sector == "GOV" and p.office in HEAD_OFFICES]
    for year in range(2015, 2026):
        day = dt.date(year, 7, 1)
        assert any(p.covers(day) for p in heads), f"{code}: no head of state or government on {day}"
