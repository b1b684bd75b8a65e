"""Deterministic data (issue #23, finding 5): the same documents give the same store however
they are split into ingest runs and in whatever order the runs come, once `recode --all` has
run; and a second `recode --all` with the same coder changes nothing. On SQLite and
PostgreSQL, with the bundled samples (their appositions teach actor facts that other
articles' coding then uses, the part of coding that depends on what the store holds)."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from eventwire.api import ingest
from eventwire.run.recode import recode
from eventwire.store import Store
from tests import pg
from tests.reliability import helpers

pytestmark = pytest.mark.slow

SAMPLES = Path(__file__).resolve().parents[2] / "src" / "eventwire" / "samples"
DOCUMENTS = 24
# where each document was read from: each split copies the documents into folders of its own
WHERE_READ = ("origin",)


def _documents() -> list[list[Path]]:
    """The first DOCUMENTS sample documents, each as its files (text or page, and sidecar)."""
    by_stem: dict[str, list[Path]] = {}
    for path in sorted(SAMPLES.iterdir()):
        if path.name[:3].isdigit():
            by_stem.setdefault(path.name.split(".")[0], []).append(path)
    return [by_stem[stem] for stem in sorted(by_stem)[:DOCUMENTS]]


def _split(documents: list[list[Path]], rng: random.Random, root: Path) -> list[Path]:
    """The documents shuffled and cut into 2-4 runs, each run a folder of copies."""
    order = documents[:]
    rng.shuffle(order)
    cuts = sorted(rng.sample(range(1, len(order)), rng.randint(1, 3)))
    runs = []
    for number, (start, end) in enumerate(zip([0, *cuts], [*cuts, len(order)], strict=True)):
        folder = root / f"run{number}"
        folder.mkdir(parents=True)
        for files in order[start:end]:
            for path in files:
                shutil.copy(path, folder / path.name)
        runs.append(folder)
    return runs


def _ingest_and_recode(db: str, runs: list[Path]) -> tuple[dict[str, str], dict[str, str]]:
    """Ingest the runs in turn, then recode everything twice; the store's fingerprint after
    the first and the second recode."""
    with Store(db) as store:
        for folder in runs:
            assert ingest([str(folder)], store, workers=1).failed == 0
        first = recode(store, everything=True)
        assert first.failed == 0
        after_one = helpers.digest(db, without=WHERE_READ)
        second = recode(store, everything=True)
        assert (second.events_added, second.events_removed, second.events_changed) == (0, 0, 0)
        return after_one, helpers.digest(db, without=WHERE_READ)


@pytest.mark.parametrize("backend", pg.BACKENDS)
def test_random_splits_and_orders_give_the_same_store(request, tmp_path, backend, nlp):
    documents = _documents()
    rng = random.Random(23)
    trials = [[_one_folder(documents, tmp_path / "all")],      # every document in one run
              _split(documents, rng, tmp_path / "split0"), _split(documents, rng, tmp_path / "split1")]
    fingerprints = []
    for trial, runs in enumerate(trials):
        (tmp_path / f"db{trial}").mkdir()
        with pg.database_url(request, backend, tmp_path / f"db{trial}") as db:
            after_one, after_two = _ingest_and_recode(db, runs)
            assert after_two == after_one, "a second recode changed the store"
            assert helpers.orphans(db) == {} and helpers.inconsistencies(db) == {}
            assert helpers.count(db, "link_queue") == 0
        fingerprints.append(after_one)
    assert fingerprints[1] == fingerprints[0]
    assert fingerprints[2] == fingerprints[0]


def _one_folder(documents: list[list[Path]], folder: Path) -> Path:
    folder.mkdir(parents=True)
    for files in documents:
        for path in files:
            shutil.copy(path, folder / path.name)
    return folder
