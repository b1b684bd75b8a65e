"""The Python API returns tables: events, articles, stories, claims and timelines as
pyarrow, pandas or polars."""

from __future__ import annotations

import pytest

from eventwire.store import Store
from tests.factories import article, event


@pytest.fixture
def store(db_url):
    with Store(db_url) as store:
        store.add_article(article("a", [event("a", 1, date="2021-08-31")], published="2021-09-01"))
        store.add_article(article("b", [event("b", 1, date="2025-01-08"),
                                        event("b", 2, type_="ACCUSE", actor=("IND",), recipient=("AFG",),
                                              date="2025-01-08")]))
        store.add_article(article("c", [event("c", 1, type_="ASSAULT", actor=("PAK",), recipient=("AFG",),
                                              date="2024-12-24")], published="2024-12-25"))
        yield store


def test_events_become_a_pandas_frame_with_the_documented_columns(store):
    from eventwire.export import CSV_COLUMNS

    frame = store.events().to_pandas()
    assert list(frame.columns) == list(CSV_COLUMNS)
    assert sorted(frame["type"]) == ["ACCUSE", "ASSAULT", "CONSULT", "CONSULT"]


def test_events_become_polars_and_arrow_tables(store):
    assert store.events().to_polars().height == 4
    assert store.events().to_arrow().num_rows == 4


@pytest.mark.parametrize("freq, periods", [
    ("month", ["2021-08", "2025-01"]), ("Y", ["2021", "2025"]), ("week", ["2021-W35", "2025-W02"]),
])
def test_a_dyad_timeline_counts_events_per_period(store, freq, periods):
    rows = store.timeline("IND", "AFG", freq=freq).to_list()
    assert [r["period"] for r in rows] == periods
    assert rows[-1]["events"] == 2
    assert rows[-1]["quad"] == {"1": 1, "2": 0, "3": 1, "4": 0}


def test_a_timeline_frame_has_one_column_per_quad_class(store):
    frame = store.timeline("ind", "afg").to_pandas()
    assert list(frame.columns) == ["period", "events", "quad_1", "quad_2", "quad_3", "quad_4",
                                   "mean_intensity"]


def test_articles_list_each_article_with_its_event_count(store):
    rows = store.articles().to_list()
    assert [(r["id"], r["events"]) for r in rows] == [("a", 1), ("c", 1), ("b", 2)]


def test_stories_and_claims_are_tables_too(store):
    assert store.stories().to_arrow().num_rows == len(store.stories().to_list())
    assert store.claims().to_list() == []


def test_an_unknown_frequency_is_a_clear_error(store):
    from eventwire.errors import InputError

    with pytest.raises(InputError, match="frequency"):
        store.timeline("IND", "AFG", freq="fortnight").to_list()
