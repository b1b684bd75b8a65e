"""Crash safety (issue #10, part 1): a real `eventwire ingest` killed with SIGKILL at random
points, then run to completion, leaves every document stored exactly once, no orphan rows and
a complete ingest log, on SQLite and on PostgreSQL."""

from __future__ import annotations

import random
import signal
import subprocess
import time
from pathlib import Path

import pytest

from tests.reliability import helpers
from tests.reliability.corpus import write_corpus

pytestmark = pytest.mark.slow

DOCUMENTS = 200
KILLS = 3


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, list[str]]:
    folder = tmp_path_factory.mktemp("crash") / "docs"
    return folder, write_corpus(folder, DOCUMENTS)


def _start_and_kill(folder: Path, db: str, rng: random.Random, at_least: int) -> int:
    """Start an ingest, SIGKILL it at a random moment once `at_least` articles are stored;
    returns the number of articles stored when it died."""
    process = subprocess.Popen(helpers.ingest_command([str(folder)], db, "--workers", "1"),
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=helpers.env())
    try:
        deadline = time.monotonic() + 300
        while process.poll() is None and helpers.count(db, "articles") < at_least:
            assert time.monotonic() < deadline, "ingest made no progress"
            time.sleep(0.05)
        time.sleep(rng.uniform(0, 0.4))   # land anywhere, including inside a transaction
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(timeout=60)
        process.stderr.close()
    return helpers.count(db, "articles")


def test_sigkilled_ingest_loses_and_duplicates_nothing(db_url, corpus):
    folder, ids = corpus
    rng = random.Random(10)
    stored = 0
    for _ in range(KILLS):
        stored = _start_and_kill(folder, db_url, rng, stored + rng.randint(5, DOCUMENTS // (KILLS + 2)))
    assert stored < DOCUMENTS, "the kills came too late to interrupt anything"

    final = helpers.run(helpers.ingest_command([str(folder)], db_url, "--workers", "1"))

    assert final.returncode == 0, final.stderr
    stored_ids = helpers.column(db_url, "SELECT id FROM articles")
    assert sorted(stored_ids) == sorted(ids)                   # lost 0, duplicates 0
    assert helpers.orphans(db_url) == {}
    assert helpers.inconsistencies(db_url) == {}
    logged = helpers.column(db_url, "SELECT doc_id FROM ingest_log WHERE status = 'stored'")
    assert sorted(logged) == sorted(ids)                       # each logged as stored exactly once
    assert helpers.count(db_url, "events") > DOCUMENTS // 2

