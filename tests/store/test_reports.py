"""Report status (issue 22, item 1): every report is linked to an event, or says why not."""

from __future__ import annotations

import pytest

from eventwire.errors import InputError
from eventwire.store import EventFilter, Store
from eventwire.store.reports import STATUSES, checked_statuses, summary_line, waiting_line
from tests.factories import article, event


def _article(doc: str, **fields) -> object:
    made = event(doc, 1, **fields)
    if fields.get("actor") == ():
        made.actor = []
    return article(doc, [made])


CASES = {
    "linked": {},
    "not_asserted": {"modality": "future"},
    "no_party_country": {"actor": ()},
    "no_date": {"date": None},
}


@pytest.fixture
def store(db_url):
    with Store(db_url) as store:
        for status, fields in CASES.items():
            store.add_article(_article(status, **fields))
        yield store


@pytest.mark.parametrize("status", list(CASES))
def test_each_report_has_the_status_that_explains_it(store, status):
    [found] = list(store.reports(status=status))
    assert found["event_id"] == f"{status}:ev-1"
    assert found["doc_id"] == status
    assert (found["event"] is not None) == (status == "linked")


def test_a_negated_report_is_not_asserted(db_url):
    negated = event("neg", 1)
    negated.negated = True
    with Store(db_url) as store:
        store.add_article(article("neg", [negated]))
        assert [r["status"] for r in store.reports()] == ["not_asserted"]


def test_a_report_below_min_confidence_is_low_confidence(db_url):
    doubtful = event("low", 1)
    doubtful.confidence = 0.3
    with Store(db_url) as store:
        store.add_article(article("low", [doubtful]))
        assert [r["status"] for r in store.reports()] == ["low_confidence"]


def test_a_report_stored_under_a_higher_min_confidence_stays_low_confidence(db_url, monkeypatch):
    """Lowering the setting later does not link it (re-coding does): it is still explained."""
    monkeypatch.setenv("EVENTWIRE_MIN_CONFIDENCE", "0.9")
    with Store(db_url) as store:
        store.add_article(article("then", [event("then", 1)]))
        monkeypatch.setenv("EVENTWIRE_MIN_CONFIDENCE", "0.5")
        assert store.report_counts()["low_confidence"] == 1


def test_an_event_dated_only_by_its_publication_is_linked(db_url):
    """The publication date is stored as the event's date (granularity unknown): not no_date."""
    undated = event("pub", 1, date="2025-01-09", granularity="unknown")
    with Store(db_url) as store:
        store.add_article(article("pub", [undated]))
        assert store.report_counts()["linked"] == 1


def test_report_counts_name_every_status(store):
    assert store.report_counts() == {"linked": 1, "queued": 0, "not_asserted": 1, "low_confidence": 0,
                                     "no_party_country": 1, "no_date": 1}


def test_report_counts_follow_the_filter(store):
    counts = store.report_counts(EventFilter(since="2025-01-01"))
    assert counts["no_date"] == 0 and counts["linked"] == 1


def test_unlinked_names_every_status_but_linked(store):
    found = {r["status"] for r in store.reports(status="unlinked")}
    assert found == set(STATUSES[1:]) - {"low_confidence", "queued"}


def test_reports_carry_their_sentence_and_article(store):
    [found] = list(store.reports(status="no_date"))
    assert found["sentence_text"] == "India met the Taliba"
    assert found["url"] == "https://news.example.com/no_date"
    assert found["type"] == "CONSULT" and found["actor"][0]["country"] == "IND"


def test_reports_become_a_frame_with_status_first(store):
    frame = store.reports().to_pandas()
    assert list(frame.columns[:4]) == ["status", "event_id", "doc_id", "event"]
    assert sorted(frame["status"]) == sorted(CASES)


def test_events_all_adds_each_unlinked_report_with_its_status(store):
    found = list(store.events(EventFilter(include_unreal=True)))
    statuses = sorted(e.get("status", "event") for e in found)
    assert statuses == ["event", "no_date", "no_party_country", "not_asserted"]
    for line in found:
        assert {"id", "type", "reports", "num_articles", "num_sources"} <= set(line)


@pytest.mark.parametrize("given, hint", [("no_dat", "did you mean no_date?"), ("LINKED,nope", "'nope'")])
def test_an_unknown_status_is_an_error_with_a_hint(given, hint):
    with pytest.raises(InputError, match=hint):
        checked_statuses([given])


def test_statuses_may_be_comma_separated_and_come_in_their_order():
    assert checked_statuses(["no_date,linked", "no_date"]) == ["linked", "no_date"]


def test_the_summary_names_each_reason_and_where_to_list_them():
    line = summary_line({"linked": 5, "not_asserted": 4, "low_confidence": 3, "no_party_country": 2,
                         "no_date": 1}, events=2)
    assert line == ("2 events; 10 reports not in any event: 2 no party country, 1 no date, "
                    "3 below min_confidence, 4 not asserted — list them with "
                    "`eventwire reports --status unlinked`")


# ---------------------------------------------------------------------- the link queue

def _unlinked_by_a_killed_relink(store) -> None:
    """What a relink killed after taking the links apart leaves: every article queued."""
    from eventwire.store import relink

    with store.transaction() as session:
        relink.unlink_everything(session)


def test_reports_waiting_in_the_link_queue_are_queued_not_low_confidence(store):
    _unlinked_by_a_killed_relink(store)
    counts = store.report_counts()
    assert counts["queued"] == 4 and counts["low_confidence"] == 0 and counts["linked"] == 0
    assert {r["status"] for r in store.reports(status="queued")} == {"queued"}
    assert store.waiting_articles() == 4
    store.settle_stories()
    assert store.waiting_articles() == 0 and store.report_counts()["queued"] == 0
    assert store.report_counts()["linked"] == 1


def test_queued_comes_right_after_linked_and_is_among_unlinked():
    assert STATUSES[:2] == ("linked", "queued")
    assert "queued" in checked_statuses(["unlinked"])


def test_the_summary_and_the_warning_name_the_queue():
    line = summary_line({"linked": 0, "queued": 3, "no_date": 1}, events=0)
    assert line.startswith("0 events; 4 reports not in any event: 3 waiting to be linked, ")
    assert waiting_line(2) == "2 articles wait to be linked; run `eventwire relink`"
    assert waiting_line(1) == "1 article waits to be linked; run `eventwire relink`"
    assert waiting_line(0) is None


def test_events_all_gives_each_row_its_status_in_every_table(store):
    import csv
    import io

    from eventwire.export import CSV_COLUMNS, write_csv

    frame = store.events(EventFilter(include_unreal=True)).to_pandas()
    assert sorted(frame["status"]) == ["linked", "no_date", "no_party_country", "not_asserted"]
    out = io.StringIO()
    write_csv(store.events(EventFilter(include_unreal=True), with_text=True), out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert "status" in CSV_COLUMNS and sorted(r["status"] for r in rows) == sorted(frame["status"])


def test_no_reports_still_make_a_table_with_the_report_columns(db_url):
    from eventwire.store.reports import report_columns

    with Store(db_url) as empty:
        frame = empty.reports(status="no_date").to_pandas()
    assert frame.shape == (0, len(report_columns())) and list(frame.columns) == list(report_columns())


# ---------------------------------------------------------------------- filters on the store

def test_since_and_until_keep_events_dated_to_their_year_or_month(db_url):
    with Store(db_url) as store:
        store.add_article(article("y", [event("y", 1, date="2024", granularity="year")]))
        store.add_article(article("m", [event("m", 1, actor=("PAK",), date="2024-03", granularity="month")]))
        store.add_article(article("o", [event("o", 1, actor=("BRA",), date="2023-12", granularity="month")]))
        found = {e["reports"][0]["doc_id"] for e in store.events(EventFilter(since="2024", until="2024"))}
        assert found == {"y", "m"}
        later = store.events(EventFilter(since="2024-03-15"))
        assert {e["reports"][0]["doc_id"] for e in later} == {"y", "m"}
        assert store.report_counts(EventFilter(until="2023-12-31"))["linked"] == 1


def test_actor_and_text_match_in_any_case_beyond_ascii(db_url):
    from tests.factories import entity

    said = event("tr", 1)
    said.actor = [entity("TUR", "ERDOĞAN")]
    with Store(db_url) as store:
        store.add_article(article("tr", [said], text="ERDOĞAN met the envoy in Ankara."))
        for where in (EventFilter(actor="erdoğan"), EventFilter(actor="Erdoğan"), EventFilter(q="erdoğan")):
            assert [e["reports"][0]["doc_id"] for e in store.events(where)] == ["tr"], where
        assert list(store.events(EventFilter(actor="erdogan"))) == []
