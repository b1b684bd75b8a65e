"""Same id, different content (issue #23): a document whose id is stored with other content is
a conflict, reported and logged, that keeps the stored version; `replace` re-codes the stored
article with the new content; identical content stays unchanged."""

from __future__ import annotations

import json

import pytest

from eventwire.api import ingest
from eventwire.store import Store
from tests.reliability import helpers

pytestmark = pytest.mark.slow

MEETING = ("India's foreign secretary met the Taliban's acting foreign minister in Dubai on "
           "Wednesday. The two sides discussed trade and humanitarian aid.")
ARRESTS = "Kenyan police arrested dozens of protesters in Nairobi on Tuesday."
DEAL = "Brazil signed a soybean trade agreement with Egypt in Cairo on Monday."


def _ingest(db: str, path: str, **options: bool) -> object:
    with Store(db) as store:
        return ingest([path], store, workers=1, **options)


def _statuses(db: str, doc_id: str) -> list[str]:
    return helpers.column(db, f"SELECT status FROM ingest_log WHERE doc_id = '{doc_id}' ORDER BY id")


@pytest.fixture
def stored(db_url, tmp_path, nlp):
    """A store holding doc-1 (a meeting) and the JSONL of a second doc-1 with other text."""
    first = _ingest(db_url, helpers.write_jsonl(tmp_path / "first.jsonl", ("doc-1", MEETING)))
    assert first.stored == 1
    return db_url, helpers.write_jsonl(tmp_path / "second.jsonl", ("doc-1", ARRESTS), ("doc-2", DEAL))


def test_other_content_under_a_stored_id_is_a_conflict_and_the_batch_goes_on(stored):
    db, second = stored
    report = _ingest(db, second)
    assert (report.stored, report.unchanged, report.conflicts, report.failed) == (1, 0, 1, 0)
    [message] = report.errors
    assert "doc-1" in message and "different content" in message and "--replace" in message
    assert "\n" not in message


def test_a_conflict_keeps_the_stored_version_and_is_logged(stored):
    db, second = stored
    _ingest(db, second)
    assert helpers.column(db, "SELECT text FROM articles WHERE id = 'doc-1'") == [MEETING]
    assert _statuses(db, "doc-1") == ["stored", "conflict"]
    [message] = helpers.column(db, "SELECT message FROM ingest_log WHERE status = 'conflict'")
    assert "doc-1" in message
    assert helpers.column(db, "SELECT id FROM articles ORDER BY id") == ["doc-1", "doc-2"]


def test_replace_recodes_the_stored_article_with_the_new_content(stored):
    db, second = stored
    meeting_events = helpers.column(db, "SELECT type FROM events WHERE article_id = 'doc-1'")
    report = _ingest(db, second, replace=True)
    assert (report.stored, report.replaced, report.conflicts, report.failed) == (1, 1, 0, 0)
    assert helpers.column(db, "SELECT text FROM articles WHERE id = 'doc-1'") == [ARRESTS]
    recoded = helpers.column(db, "SELECT type FROM events WHERE article_id = 'doc-1'")
    assert "CONSULT" in meeting_events and "CONSULT" not in recoded and recoded
    assert _statuses(db, "doc-1") == ["stored", "replaced"]
    assert helpers.orphans(db) == {} and helpers.inconsistencies(db) == {}


@pytest.mark.parametrize("replace", [False, True])
def test_identical_content_stays_unchanged(stored, tmp_path, replace):
    db, _ = stored
    before = helpers.digest(db)
    report = _ingest(db, helpers.write_jsonl(tmp_path / "again.jsonl", ("doc-1", MEETING)), replace=replace)
    assert (report.unchanged, report.replaced, report.conflicts) == (1, 0, 0)
    assert helpers.digest(db) == before


def test_two_contents_under_one_id_in_one_batch_store_the_first(db_url, tmp_path, nlp):
    """Coding reads ahead, so the second doc-1 passes the check before coding while the first
    is not stored yet: the check in the article's own transaction catches it."""
    both = helpers.write_jsonl(tmp_path / "both.jsonl", ("doc-1", MEETING), ("doc-1", ARRESTS))
    report = _ingest(db_url, both)
    assert (report.stored, report.conflicts) == (1, 1)
    assert helpers.column(db_url, "SELECT text FROM articles WHERE id = 'doc-1'") == [MEETING]


def test_an_article_stored_without_an_input_digest_is_compared_by_its_coded_text(stored, tmp_path):
    """Articles stored before issue #23 carry no digest of their text as read."""
    db, second = stored
    helpers.execute(db, "UPDATE articles SET meta = '{}'")
    same = _ingest(db, helpers.write_jsonl(tmp_path / "again.jsonl", ("doc-1", MEETING)))
    other = _ingest(db, second)
    assert (same.unchanged, same.conflicts, other.conflicts) == (1, 0, 1)
    assert helpers.column(db, "SELECT text FROM articles WHERE id = 'doc-1'") == [MEETING]


def test_the_ingest_command_reports_a_conflict_and_replaces_with_replace(stored):
    db, second = stored
    refused = helpers.run(helpers.ingest_command([second], db, "--workers", "1", "--json"))
    assert refused.returncode == 1, refused.stderr
    [line] = [line for line in refused.stderr.splitlines() if line.startswith("eventwire: ")]
    assert "doc-1" in line and "different content" in line and "--replace" in line
    assert json.loads(refused.stdout)["conflicts"] == 1
    replaced = helpers.run(helpers.ingest_command([second], db, "--workers", "1", "--json", "--replace"))
    assert replaced.returncode == 0, replaced.stderr
    assert json.loads(replaced.stdout)["replaced"] == 1
    assert helpers.column(db, "SELECT text FROM articles WHERE id = 'doc-1'") == [ARRESTS]


def test_replace_does_not_apply_to_a_parquet_output(tmp_path):
    done = helpers.run([*helpers.EVENTWIRE, "ingest", str(tmp_path), "--replace",
                        "--out", f"parquet://{tmp_path / 'out'}"])
    assert done.returncode == 2 and "--replace" in done.stderr
