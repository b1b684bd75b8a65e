"""Concurrency (issue #10, part 4): the REST API answers a stream of queries (and writes)
on the SQLite store an ingest is filling, without one "database is locked" or 5xx; two ingest
processes on the same store and input produce no duplicates, on SQLite and PostgreSQL."""

from __future__ import annotations

import random
import socket
import subprocess
import time
from pathlib import Path

import httpx
import pytest

from tests.reliability import helpers
from tests.reliability.corpus import document, write_corpus

pytestmark = pytest.mark.slow

QUERIES = ["/health", "/events?limit=20", "/articles?limit=20", "/stories", "/claims",
           "/timeline?a=KEN&b=NGA", "/events?type=ASSAULT&limit=5", "/", "/articles/doc-0001"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, list[str]]:
    folder = tmp_path_factory.mktemp("concurrency") / "docs"
    return folder, write_corpus(folder, 50, seed=7)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _serve(db: str, log: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    server = subprocess.Popen([*helpers.EVENTWIRE, "serve", "--db", db, "--port", str(port)],
                              stdout=log.open("wb"), stderr=subprocess.STDOUT, env=helpers.env())
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        assert server.poll() is None, log.read_text()
        try:
            if httpx.get(base + "/health", timeout=5).status_code == 200:
                return server, base
        except httpx.TransportError:
            time.sleep(0.2)
    raise AssertionError("the server did not start")


def test_queries_and_writes_during_an_ingest_never_fail(tmp_path, corpus):
    folder, ids = corpus
    db = f"sqlite:///{tmp_path / 'store.db'}"
    token = helpers.run([*helpers.EVENTWIRE, "token", "create", "--name", "t", "--db", db]).stdout.strip()
    server, base = _serve(db, tmp_path / "server.log")
    failures, answered, written = [], 0, 0
    try:
        ingest = subprocess.Popen(helpers.ingest_command([str(folder)], db, "--workers", "1"),
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=helpers.env())
        with httpx.Client(base_url=base, timeout=60) as client:
            rng_doc = iter(range(1000, 2000))
            while ingest.poll() is None:
                for path in QUERIES:
                    response = client.get(path)
                    answered += 1
                    if response.status_code >= 500 or "locked" in response.text:
                        failures.append(f"GET {path}: {response.status_code} {response.text[:200]}")
                number = next(rng_doc)
                if number % 3 == 0:   # a write through the API, racing the ingest for the lock
                    response = client.post("/documents", json=document(number, random.Random(number)),
                                           headers={"Authorization": f"Bearer {token}"})
                    written += response.status_code == 200
                    if response.status_code != 200 or response.json()["failed"]:
                        failures.append(f"POST /documents: {response.status_code} {response.text[:200]}")
        _, stderr = ingest.communicate(timeout=600)
    finally:
        server.terminate()
        server.wait(timeout=30)
    log = (tmp_path / "server.log").read_text()
    assert ingest.returncode == 0, stderr.decode()
    assert failures == []
    assert answered > len(QUERIES) and written > 0
    assert "database is locked" not in log and "Traceback" not in log
    assert set(ids) <= set(helpers.column(db, "SELECT id FROM articles"))
    assert helpers.orphans(db) == {} and helpers.inconsistencies(db) == {}


def test_two_ingests_of_the_same_input_store_each_document_once(db_url, corpus):
    folder, ids = corpus
    command = helpers.ingest_command([str(folder)], db_url, "--workers", "1")
    first, second = (subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                      env=helpers.env()) for _ in range(2))
    errors = [process.communicate(timeout=600)[1].decode() for process in (first, second)]

    assert (first.returncode, second.returncode) == (0, 0), errors
    assert sorted(helpers.column(db_url, "SELECT id FROM articles")) == sorted(ids)
    logged = helpers.column(db_url, "SELECT doc_id FROM ingest_log WHERE status = 'stored'")
    assert sorted(logged) == sorted(ids)
    assert helpers.count(db_url, "ingest_log WHERE status = 'failed'") == 0
    assert helpers.orphans(db_url) == {} and helpers.inconsistencies(db_url) == {}


def test_writers_racing_for_the_same_articles_never_fail(db_url):
    """Regression (issue #10): on SQLite the "already stored?" check ran before the write lock
    was taken, so of three writers storing the same articles, some failed on the primary key."""
    import threading

    from eventwire.errors import StoreError
    from eventwire.store import Store
    from tests.factories import article, event

    Store(db_url).close()
    errors: list[str] = []

    def write_all() -> None:
        with Store(db_url) as store:
            for n in range(60):
                doc = f"a{n}"
                try:
                    store.add_article(article(doc, [event(doc, 1, date=f"2025-01-{n % 28 + 1:02d}")],
                                              text=f"India met the Taliban in Dubai, meeting {n}."))
                except StoreError as exc:
                    errors.append(str(exc))

    writers = [threading.Thread(target=write_all) for _ in range(3)]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join()
    assert errors == []
    assert helpers.count(db_url, "articles") == 60
    assert helpers.orphans(db_url) == {} and helpers.inconsistencies(db_url) == {}
