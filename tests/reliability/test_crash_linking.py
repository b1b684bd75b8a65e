"""Crash safety of linking (issue #23, findings 5 and 6): `eventwire ingest` killed while
storing and while settling its stories, `recode --all` and `relink --all` killed at random
moments — ten SIGKILLs in all — then each run again to completion: nothing lost, nothing
duplicated, nothing left waiting in the link queue, and the final store equal to the one an
uninterrupted ingest and `recode --all` give. On SQLite and PostgreSQL."""

from __future__ import annotations

import random
import signal
import subprocess
import time
from pathlib import Path

import pytest

from tests import pg
from tests.reliability import helpers
from tests.reliability.corpus import write_corpus

pytestmark = pytest.mark.slow

DOCUMENTS = 60


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, list[str]]:
    folder = tmp_path_factory.mktemp("crash-linking") / "docs"
    return folder, write_corpus(folder, DOCUMENTS, seed=6)


def _command(db: str, *args: str) -> list[str]:
    return [*helpers.EVENTWIRE, *args, "--db", db]


def _timed(args: list[str]) -> float:
    started = time.monotonic()
    done = helpers.run(args)
    assert done.returncode == 0, done.stderr
    return time.monotonic() - started


def _kill_when(args: list[str], ready, delay: float) -> bool:
    """Start `args`, wait until `ready()` holds (or the process ends), then SIGKILL it after
    `delay` seconds; whether it was still running then."""
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=helpers.env())
    try:
        deadline = time.monotonic() + 300
        while process.poll() is None and not ready():
            assert time.monotonic() < deadline, f"{args[1]} made no progress"
            time.sleep(0.05)
        time.sleep(delay)
        running = process.poll() is None
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(timeout=60)
    return running


@pytest.fixture(scope="module", params=pg.BACKENDS)
def stores(request, corpus, tmp_path_factory):
    """(reference, interrupted) store URLs holding the corpus: one ingested and recoded without
    a stop, one through ten kills; whether each kill landed before its run ended; and how
    many articles the kills left waiting in the link queue."""
    folder, _ = corpus
    root = tmp_path_factory.mktemp(f"stores-{request.param}")
    (root / "a").mkdir()
    (root / "b").mkdir()
    rng = random.Random(61)
    with pg.database_url(request, request.param, root / "a") as reference, \
            pg.database_url(request, request.param, root / "b") as interrupted:
        ingest = helpers.ingest_command([str(folder)], reference, "--workers", "1")
        _timed(ingest)
        recoding = _timed(_command(reference, "recode", "--all", "--quiet"))
        relinking = _timed(_command(reference, "relink", "--all"))

        ingest = helpers.ingest_command([str(folder)], interrupted, "--workers", "1")
        stored, killed = 0, []
        for _ in range(3):                      # while storing documents
            at_least = stored + rng.randint(5, DOCUMENTS // 5)
            killed.append(_kill_when(ingest, lambda n=at_least: helpers.count(interrupted, "articles") >= n,
                                     rng.uniform(0, 0.15)))
            stored = helpers.count(interrupted, "articles")
        # while settling: every document is stored, the run's last step is under way
        killed.append(_kill_when(ingest, lambda: helpers.count(interrupted, "articles") >= DOCUMENTS,
                                 rng.uniform(0, 0.3)))
        finished = helpers.run(ingest)
        assert finished.returncode == 0, finished.stderr
        for _ in range(3):
            killed.append(_kill_when(_command(interrupted, "recode", "--all", "--quiet"), lambda: True,
                                     rng.uniform(0.3, 0.9) * recoding))
        for _ in range(3):
            killed.append(_kill_when(_command(interrupted, "relink", "--all"), lambda: True,
                                     rng.uniform(0.2, 0.9) * relinking))
        waiting = helpers.count(interrupted, "link_queue")
        resumed = helpers.run(_command(interrupted, "relink"))
        assert resumed.returncode == 0, resumed.stderr
        assert helpers.count(interrupted, "link_queue") == 0
        finished = helpers.run(_command(interrupted, "recode", "--all", "--quiet"))
        assert finished.returncode == 0, finished.stderr
        done = helpers.run(_command(reference, "recode", "--all", "--quiet"))
        assert done.returncode == 0, done.stderr
        yield reference, interrupted, killed, waiting


def test_the_kills_interrupted_the_runs(stores):
    _, _, killed, _ = stores
    assert len(killed) == 10
    assert sum(killed) >= 8, killed      # the process was still at work when it was killed


def test_nothing_is_lost_duplicated_or_left_waiting(stores, corpus):
    _, db, _, _ = stores
    _, ids = corpus
    assert sorted(helpers.column(db, "SELECT id FROM articles")) == sorted(ids)
    assert helpers.orphans(db) == {} and helpers.inconsistencies(db) == {}
    assert helpers.count(db, "link_queue") == 0
    logged = helpers.column(db, "SELECT doc_id FROM ingest_log WHERE status = 'stored'")
    assert sorted(logged) == sorted(ids)


def test_the_final_store_equals_an_uninterrupted_runs(stores):
    reference, interrupted, _, _ = stores
    assert helpers.digest(interrupted) == helpers.digest(reference)
