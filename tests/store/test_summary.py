"""Store.summary and the date range without outliers, on SQLite and PostgreSQL (issue 22,
item 6): the counts of a hand-made store, grouping by grouping."""

from __future__ import annotations

import pytest

from eventwire.errors import InputError
from eventwire.records import Article
from eventwire.store import EventFilter, Store
from eventwire.store import summary as S
from tests.factories import article, event


def _report(doc: str, type_: str, actor: str, recipient: str, date: str, source: str,
            place: str | None = None, modality: str = "asserted") -> Article:
    made = event(doc, 1, type_=type_, actor=(actor,), recipient=(recipient,), date=date, place=place,
                 modality=modality)
    return article(doc, [made], source=source)


# (doc, type, actor, recipient, date, source): the first two report one event
REPORTS = [
    ("c1", "CONSULT", "IND", "AFG", "2025-01-08", "Wire"),
    ("c2", "CONSULT", "IND", "AFG", "2025-01-08", "Daily"),
    ("a1", "ASSAULT", "PAK", "AFG", "2025-02-03", "Wire"),
    ("g1", "AGREE", "BRA", "EGY", "2024-12-01", "Post"),
]


@pytest.fixture
def store(db_url):
    with Store(db_url) as store:
        for doc, *fields in REPORTS:
            store.add_article(_report(doc, *fields, place="Dubai" if doc == "a1" else None))
        store.add_article(_report("f1", "CONSULT", "IND", "AFG", "2025-03-01", "Wire",
                                  modality="future"))
        yield store


def _rows(store, name, **options):
    return S.summarize(store, by=(name,), **options).groupings[name]


def test_two_reports_of_one_happening_count_one_event_and_two_reports(store):
    found = S.summarize(store)
    assert (found.events, found.reports) == (3, 4)
    assert _rows(store, "type") == [{"type": "CONSULT", "events": 1, "reports": 2},
                                    {"type": "AGREE", "events": 1, "reports": 1},
                                    {"type": "ASSAULT", "events": 1, "reports": 1}]


def test_quad_classes_follow_the_types(store):
    assert _rows(store, "quad") == [{"quad": 1, "events": 2, "reports": 3},
                                    {"quad": 4, "events": 1, "reports": 1}]


def test_an_event_counts_once_for_each_party_country(store):
    assert _rows(store, "country") == [
        {"country": "AFG", "events": 2, "reports": 3}, {"country": "IND", "events": 1, "reports": 2},
        {"country": "BRA", "events": 1, "reports": 1}, {"country": "EGY", "events": 1, "reports": 1},
        {"country": "PAK", "events": 1, "reports": 1}]


def test_dyads_are_ranked_and_top_keeps_the_most_active(store):
    assert _rows(store, "dyad", top=2) == [{"a": "AFG", "b": "IND", "events": 1, "reports": 2},
                                           {"a": "AFG", "b": "PAK", "events": 1, "reports": 1}]
    assert len(_rows(store, "dyad", top=0)) == 3


def test_months_are_in_date_order_with_events_per_quad_class(store):
    assert _rows(store, "month") == [
        {"month": "2024-12", "events": 1, "reports": 1, "quad_1": 1, "quad_2": 0, "quad_3": 0, "quad_4": 0},
        {"month": "2025-01", "events": 1, "reports": 2, "quad_1": 1, "quad_2": 0, "quad_3": 0, "quad_4": 0},
        {"month": "2025-02", "events": 1, "reports": 1, "quad_1": 0, "quad_2": 0, "quad_3": 0, "quad_4": 1}]


def test_sources_count_the_reports_of_their_articles(store):
    assert _rows(store, "source") == [{"source": "Wire", "events": 2, "reports": 2},
                                      {"source": "Daily", "events": 1, "reports": 1},
                                      {"source": "Post", "events": 1, "reports": 1}]


def test_events_without_a_place_come_last_whatever_their_count(store):
    assert _rows(store, "location_country") == [{"location_country": "ARE", "events": 1, "reports": 1},
                                                {"location_country": None, "events": 2, "reports": 3}]


def test_the_status_grouping_counts_the_reports_left_out_of_events(store):
    rows = {row["status"]: row for row in _rows(store, "status")}
    assert rows["linked"] == {"status": "linked", "events": 3, "reports": 4}
    assert rows["not_asserted"]["reports"] == 1


@pytest.mark.parametrize("where, events", [
    (EventFilter(types=["ASSAULT"]), 1),
    (EventFilter(actor_country=["IND"]), 1),
    (EventFilter(since="2025-01-01"), 2),
    (EventFilter(dyad=("AFG", "PAK")), 1),
    (EventFilter(source="Daily"), 1),
])
def test_the_filters_of_events_apply(store, where, events):
    found = S.summarize(store, where, by=("type",))
    assert found.events == events == sum(row["events"] for row in found.groupings["type"])


def test_the_summary_counts_what_events_lists(store):
    where = EventFilter(recipient_country=["AFG"])
    assert S.summarize(store, where).events == len(list(store.events(where)))


@pytest.mark.parametrize("given, hint", [("dyads", "did you mean dyad?"), ("countries", "country"),
                                         ("colour", "use one of type, quad")])
def test_an_unknown_grouping_is_an_error_naming_the_nearest(store, given, hint):
    with pytest.raises(InputError, match=hint):
        S.summarize(store, by=(given,))


def test_groupings_may_be_comma_separated_and_default_to_the_usual_ones():
    assert S.check_by(["type,dyad", "type"]) == ("type", "dyad")
    assert S.check_by([]) == S.DEFAULT_BY


def test_store_summary_returns_one_frame_per_grouping_with_its_columns(db_url):
    pytest.importorskip("pandas")
    with Store(db_url) as empty:
        frames = empty.summary(by=("dyad", "month"))
    assert list(frames) == ["dyad", "month"]
    assert list(frames["dyad"].columns) == ["a", "b", "events", "reports"]
    assert list(frames["month"].columns)[-4:] == ["quad_1", "quad_2", "quad_3", "quad_4"]
    assert frames["dyad"].empty


def test_store_summary_frames_hold_the_rows(store):
    pytest.importorskip("pandas")
    frame = store.summary(by=["country"])["country"]
    assert frame.set_index("country").loc["AFG", "events"] == 2


# ---------------------------------------------------------------------- dates

def _dated(db_url: str, days: list[str]) -> Store:
    store = Store(db_url)
    for n, day in enumerate(days):
        store.add_article(_report(f"d{n}", "CONSULT", "IND", "AFG", day, "Wire"))
    return store


def test_one_odd_date_does_not_stretch_the_range_and_is_counted_outside(db_url):
    days = ["1860-05-01"] + [f"2025-0{m}-1{d}" for m in range(1, 5) for d in range(2)] + ["2050-01-01"]
    with _dated(db_url, days) as store:
        dates = store.date_range()
    assert (dates["first"], dates["last"], dates["outside"]) == ("2025-01-10", "2025-04-11", 2)
    assert (dates["earliest"], dates["latest"], dates["dated"]) == ("1860-05-01", "2050-01-01", 10)


def test_a_store_of_evenly_spread_dates_keeps_them_all(db_url):
    days = [f"{year}-06-01" for year in range(1990, 2026, 5)]
    with _dated(db_url, days) as store:
        dates = store.date_range()
    assert (dates["first"], dates["last"], dates["outside"]) == ("1990-06-01", "2025-06-01", 0)


def test_an_empty_store_has_no_dates_and_no_counts(db_url):
    with Store(db_url) as empty:
        found = S.summarize(empty)
    assert (found.events, found.reports, found.dates.first, found.dates.outside) == (0, 0, None, 0)
    assert all(rows == [] for name, rows in found.groupings.items() if name != "status")


# ---------------------------------------------------------------------- for the dashboard

def test_recent_events_are_newest_first_and_stop_at_until(store):
    assert [e["date"]["value"] for e in S.recent_events(store)] == ["2025-02-03", "2025-01-08", "2024-12-01"]
    assert [e["type"] for e in S.recent_events(store, 1, until="2025-01-31")] == ["CONSULT"]
    assert S.recent_events(store)[0]["sentence_text"]


def test_the_most_active_dyad_is_the_one_with_most_events(store):
    store.add_article(_report("g2", "AGREE", "EGY", "BRA", "2025-03-01", "Post"))
    assert S.most_active_dyad(store) == {"a": "BRA", "b": "EGY", "events": 2}
    assert S.most_active_dyad(store, "PAK") == {"a": "AFG", "b": "PAK", "events": 1}
    assert S.most_active_dyad(store, "NZL") is None


def test_a_grouping_may_be_given_as_one_string():
    assert S.check_by("dyad") == ("dyad",)


def test_months_and_dates_follow_the_reports_dates_as_the_date_filter_does(db_url):
    """A happening's window starts a week before a publication date and on a year's first
    day; the summary dates an event by its reports, so November stays November."""
    published = event("p", 1, date="2023-11-03", granularity="unknown")
    yearly = event("y", 1, actor=("PAK",), date="2023", granularity="year")
    with Store(db_url) as store:
        store.add_article(article("p", [published], published="2023-11-03"))
        store.add_article(article("y", [yearly]))
        found = S.summarize(store, EventFilter(since="2023-11-01", until="2023-11-30"), by=("month",))
        assert [row["month"] for row in found.groupings["month"]] == ["2023", "2023-11"]
        assert (found.dates.earliest, found.dates.latest) == ("2023", "2023-11-03")
        assert [e["id"] for e in S.recent_events(store, until="2023-11-02")] == \
            [e["id"] for e in store.events() if e["date"]["value"] == "2023"]
