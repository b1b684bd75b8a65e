"""The store: migrations, atomic idempotent writes, happenings, stories, the ingest log."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect

from eventwire.store import EventFilter, Store
from tests.factories import article, event


@pytest.fixture
def store(tmp_path):
    with Store(f"sqlite:///{tmp_path / 'store.db'}") as store:
        yield store


def test_a_new_store_is_migrated_to_every_table(store):
    tables = set(inspect(store.engine).get_table_names())
    assert {"articles", "events", "happenings", "participants", "places", "times", "quotes",
            "claims", "stories", "ingest_log", "alembic_version"} <= tables


def test_migrations_match_the_declared_schema(store):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from eventwire.store.schema import Base

    with store.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == []


def test_storing_the_same_article_twice_changes_nothing(store):
    assert store.add_article(article("a", [event("a", 1)])) == "stored"
    before = store.counts()
    assert store.add_article(article("a", [event("a", 1)])) == "unchanged"
    assert store.counts() == before


def test_sqlite_store_runs_in_wal_mode(store):
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_two_reports_of_one_meeting_are_one_event(store):
    store.add_article(article("a", [event("a", 1, place="Dubai")], source="Outlet A"))
    store.add_article(article("b", [event("b", 1)], source="Outlet B"))
    [merged] = list(store.events())
    assert merged["num_articles"] == 2
    assert merged["num_sources"] == 2
    assert {r["doc_id"] for r in merged["reports"]} == {"a", "b"}
    assert merged["location"]["name"] == "Dubai"


def test_meetings_on_different_days_stay_apart(store):
    store.add_article(article("a", [event("a", 1, date="2025-01-08")]))
    store.add_article(article("b", [event("b", 1, date="2021-08-31")], published="2021-09-01"))
    assert len(list(store.events())) == 2


def test_a_month_date_joins_a_day_inside_it_and_keeps_the_day(store):
    store.add_article(article("a", [event("a", 1, date="2025-01", granularity="month")]))
    store.add_article(article("b", [event("b", 1, date="2025-01-08")]))
    [merged] = list(store.events())
    assert merged["date"]["value"] == "2025-01-08"


def test_the_largest_death_toll_wins(store):
    store.add_article(article("a", [event("a", 1, type_="ASSAULT", actor=("PAK",), recipient=("AFG",),
                                          dead=15)]))
    store.add_article(article("b", [event("b", 1, type_="ASSAULT", actor=("PAK",), recipient=("AFG",),
                                          dead=46)]))
    [merged] = list(store.events())
    assert merged["size"]["dead"] == 46


def test_hypothetical_events_are_not_happenings_unless_asked(store):
    store.add_article(article("a", [event("a", 1, modality="hypothetical")]))
    assert list(store.events()) == []
    assert len(list(store.events(EventFilter(include_unreal=True)))) == 1


@pytest.mark.parametrize("where, expected", [
    (EventFilter(types=["ASSAULT"]), {"b:ev-1"}),
    (EventFilter(actor_country=["PAK"]), {"b:ev-1"}),
    (EventFilter(recipient_country=["AFG"]), {"b:ev-1"}),
    (EventFilter(dyad=("IND", "AFG")), {"a:ev-1"}),
    (EventFilter(since="2025-01-01"), {"a:ev-1"}),
    (EventFilter(until="2024-12-31"), {"b:ev-1"}),
])
def test_event_filters_select_matching_events(store, where, expected):
    store.add_article(article("a", [event("a", 1)]))
    store.add_article(article("b", [event("b", 1, type_="ASSAULT", actor=("PAK",), recipient=("AFG",),
                                          date="2024-12-24")], published="2024-12-25"))
    found = {r["event_id"] for e in store.events(where) for r in e["reports"]}
    assert found == expected


def test_every_article_is_in_exactly_one_story(store):
    text = "India and the Taliban held talks in Dubai about aid, trade and Chabahar port."
    store.add_article(article("a", text=text))
    store.add_article(article("b", text=text + " Both sides agreed to stay in touch."))
    store.add_article(article("c", text="Kenyan police arrested protesters in Nairobi.",
                              published="2024-06-25"))
    stories = list(store.stories())
    doc_ids = [d for s in stories for d in s.doc_ids]
    assert sorted(doc_ids) == ["a", "b", "c"]
    assert {frozenset(s.doc_ids) for s in stories} == {frozenset({"a", "b"}), frozenset({"c"})}


def test_a_stored_article_keeps_its_contract_line(store):
    store.add_article(article("a", [event("a", 1)]))
    line = store.article("a")
    assert line["id"] == "a" and line["events"][0]["type"] == "CONSULT"
