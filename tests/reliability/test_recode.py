"""Idempotence and re-coding (issue #10, part 2): re-ingesting changes nothing, and
`eventwire recode` replaces what a coder update changes, transactionally, reporting it."""

from __future__ import annotations

import json

import pytest

from eventwire import version
from eventwire.api import ingest
from eventwire.events.lexicon import TriggerLexicon, load_triggers
from eventwire.pipeline import Snapshot
from eventwire.run.recode import recode
from eventwire.store import Store
from tests import pg
from tests.reliability import helpers
from tests.reliability.corpus import write_corpus

pytestmark = pytest.mark.slow

DOCUMENTS = 24
# tables that only the articles' own coding fills (linking tables depend on arrival order)
CODED = ["articles", "events", "participants", "claims", "places", "times", "quotes"]


@pytest.fixture(scope="module", params=pg.BACKENDS)
def filled(request, tmp_path_factory, nlp):
    """A store holding the synthetic corpus, ingested once per backend for this module: the
    tests below leave it as they found it, except the last, which re-codes it for good."""
    folder = tmp_path_factory.mktemp("recode")
    write_corpus(folder / "docs", DOCUMENTS, seed=4)
    with pg.database_url(request, request.param, folder) as db:
        with Store(db) as store:
            report = ingest([str(folder / "docs")], store, workers=1)
        assert report.stored == DOCUMENTS and report.failed == 0
        yield db, folder / "docs"


def _knowledge_without(event_type: str) -> Snapshot:
    """A coder whose trigger lexicon lost every trigger of `event_type` (a lexicon edit)."""
    lexicon = load_triggers()
    knowledge = Snapshot()
    knowledge.triggers = TriggerLexicon(lexicon.version, [t for t in lexicon.entries if t.type != event_type])
    return knowledge


def _consults(db: str) -> int:
    return helpers.count(db, "events WHERE type = 'CONSULT'")


def test_reingesting_changes_nothing(filled):
    db, folder = filled
    before = helpers.digest(db)
    with Store(db) as store:
        report = ingest([str(folder)], store, workers=1)
    assert (report.stored, report.unchanged, report.failed) == (0, DOCUMENTS, 0)
    assert helpers.digest(db) == before


def test_recoding_with_the_same_coder_changes_no_event(filled):
    """The first full recode may regroup stories (it relinks in publication order, the
    ingest linked in arrival order) but changes no event; the second changes nothing."""
    db, _ = filled
    before = helpers.digest(db, without=("story_id",))
    with Store(db) as store:
        report = recode(store, everything=True)
    assert (report.selected, report.recoded, report.failed) == (DOCUMENTS, DOCUMENTS, 0)
    assert (report.events_added, report.events_removed, report.events_changed) == (0, 0, 0)
    assert report.relinked == DOCUMENTS
    after = helpers.digest(db, without=("story_id",))
    assert {t: after[t] for t in CODED} == {t: before[t] for t in CODED}
    assert helpers.orphans(db) == {} and helpers.inconsistencies(db) == {}
    settled = helpers.digest(db)
    with Store(db) as store:
        again = recode(store, everything=True)
    assert (again.events_added, again.events_removed, again.events_changed) == (0, 0, 0)
    assert helpers.digest(db) == settled


def test_only_articles_of_another_coder_version_are_selected(filled):
    db, _ = filled
    with Store(db) as store:
        assert recode(store).selected == 0


def test_a_dry_run_reports_without_writing(filled, monkeypatch):
    db, _ = filled
    before = helpers.digest(db)
    monkeypatch.setattr(version, "CODER_VERSION", "0.1.0+coder.test-no-consult")
    with Store(db) as store:
        report = recode(store, dry_run=True, knowledge=_knowledge_without("CONSULT"))
    assert report.events_removed >= 1
    assert helpers.digest(db) == before


def test_the_recode_command_reports_json(filled):
    db, _ = filled
    done = helpers.run([*helpers.EVENTWIRE, "recode", "--db", db, "--all", "--json"])
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["recoded"] == DOCUMENTS and report["events_removed"] == 0, report
    assert report["coder_version"] == version.CODER_VERSION


def test_a_lexicon_change_is_recoded_and_reported(filled, monkeypatch):
    db, _ = filled
    consults = _consults(db)
    assert consults > 0
    events = helpers.count(db, "events")
    monkeypatch.setattr(version, "CODER_VERSION", "0.1.0+coder.test-no-consult")

    with Store(db) as store:
        report = recode(store, knowledge=_knowledge_without("CONSULT"))

    assert report.selected == DOCUMENTS and report.failed == 0
    assert report.events_removed >= consults
    assert sum(change.removed for change in report.articles) == report.events_removed
    assert _consults(db) == 0
    assert helpers.count(db, "events") == events - report.events_removed + report.events_added
    assert helpers.column(db, "SELECT DISTINCT coder_version FROM articles") == [version.CODER_VERSION]
    assert helpers.orphans(db) == {} and helpers.inconsistencies(db) == {}
    with Store(db) as store:
        assert recode(store).selected == 0


def test_the_coder_version_names_the_data_files(tmp_path):
    package = tmp_path / "eventwire"
    (package / "events" / "data").mkdir(parents=True)
    lexicon = package / "events" / "data" / "triggers.tsv"
    lexicon.write_text("pattern\ttype\nmeet\tCONSULT\n")
    before = version.data_digest(package)
    lexicon.write_text("pattern\ttype\nvisit\tCONSULT\n")
    assert version.data_digest(package) != before
