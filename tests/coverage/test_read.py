"""Coverage read from a store, on SQLite and PostgreSQL: reports side by side, lags, flags."""

from __future__ import annotations

import pytest

from eventwire.errors import InputError
from eventwire.store import Store
from tests.pg import BACKENDS, database_url

pytestmark = pytest.mark.slow

DOCUMENTS = [
    {"id": "harbour", "source": "Harbour Times", "published": "2024-03-05", "url": "https://harbour.example.com/a",
     "text": "Militants attacked a police post in Quetta on Monday, killing 12 police officers, "
             "Pakistan's interior ministry said.\n\nThe attack began before dawn."},
    {"id": "valley", "source": "Valley Post", "published": "2024-03-06", "url": "https://valley.example.org/b",
     "text": "Gunmen stormed a police post in Quetta on Monday and killed 9 Pakistani police officers, "
             "Pakistan's interior ministry said.\n\nNo group has claimed the assault."},
]


@pytest.fixture(scope="module", params=BACKENDS)
def store(request, tmp_path_factory):
    from eventwire.api import ingest_documents

    folder = tmp_path_factory.mktemp("coverage")
    with database_url(request, request.param, folder) as url, Store(url) as opened:
        report = ingest_documents(DOCUMENTS, opened)
        assert report.failed == 0, report.errors
        yield opened


def happening(store):
    reports, _ = store.coverage(story=store.stories().to_list()[0].story_id)
    return reports.loc[reports.dead.notna(), "happening_id"].iloc[0]


def test_the_reports_of_one_happening_stand_side_by_side_first_report_first(store):
    reports, _ = store.coverage(happening(store))
    assert reports[["source", "published", "lag_days", "first", "dead"]].values.tolist() == [
        ["Harbour Times", "2024-03-05", 0, True, 12], ["Valley Post", "2024-03-06", 1, False, 9]]
    assert reports.parties.iloc[0].startswith("actor: ")


def valley_report(store) -> str:
    """The id of the Valley Post's report of the attack, as the coverage lists it (the coder
    may number the article's events differently: "stormed ... and killed" is one act or two in
    one sentence, and the store keeps one report per article and happening)."""
    reports, _ = store.coverage(happening(store))
    return str(reports.loc[reports.article_id == "valley", "event_id"].iloc[0])


def test_different_tolls_are_one_row_per_side_with_their_reports(store):
    _, discrepancies = store.coverage(happening(store))
    tolls = discrepancies[discrepancies.kind == "toll"]
    assert tolls[["field", "value", "event_ids"]].values.tolist() == [
        ["dead", "12", "harbour:ev-1"], ["dead", "9", valley_report(store)]]


def test_a_report_id_reads_the_coverage_of_its_happening(store):
    assert store.coverage(valley_report(store))[0].equals(store.coverage(happening(store))[0])


@pytest.mark.parametrize("given", [{"event_id": "nothing-here"}, {"story": "s-nothing"}, {}])
def test_an_unknown_or_missing_event_or_story_is_an_input_error(store, given):
    with pytest.raises(InputError):
        store.coverage(**given)
