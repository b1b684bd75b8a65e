"""Hostile input (issue #10, part 3; issue #23): a batch of empty, binary, huge, mis-encoded,
bombed, deeply nested, run-on, broken and foreign files, a named pipe, links out of the folder,
looping and dangling, JSON nested 200,000 deep, lone surrogates, NUL characters and WARC
records that are no page is ingested by the real CLI; each is refused or processed with one
error line naming it and its reason, the batch completes, the good documents are stored and
memory stays bounded."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests import pg
from tests.reliability import helpers
from tests.reliability.hostile import (
    HOSTILE,
    MAY_BE_STORED,
    REASONS,
    REPAIRED,
    SECRET,
    SKIPPED_WARNING,
    STORED,
    write_hostile,
)

# the ingest runs in a child of this small wrapper, which reports the child's peak memory
MEASURED = ("import resource, subprocess, sys; code = subprocess.run(sys.argv[1:]).returncode; "
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr); "
            "sys.exit(code)")
MEMORY_BOUND = 1024 * 1024 * 1024


@pytest.fixture(scope="module", params=pg.BACKENDS)
def ingested(request, tmp_path_factory):
    """The hostile folder ingested in one batch, into SQLite and into PostgreSQL: (folder, db,
    exit code, stderr lines, peak RSS)."""
    root = tmp_path_factory.mktemp("hostile")
    folder = root / "in"
    write_hostile(folder)
    with pg.database_url(request, request.param, root) as db:
        command = [sys.executable, "-c", MEASURED,
                   *helpers.ingest_command([str(folder)], db, "--workers", "1")]
        done = subprocess.run(command, capture_output=True, text=True, env=helpers.env(), timeout=600,
                              check=False)
        lines = done.stderr.strip().splitlines()
        yield folder, db, done.returncode, lines[:-1], int(lines[-1]) * 1024


def _errors(lines: list[str]) -> list[str]:
    return [line for line in lines if line.startswith("eventwire: ")]


@pytest.mark.slow
def test_the_batch_completes_with_exit_code_1(ingested):
    _, _, code, lines, _ = ingested
    assert code == 1, "\n".join(lines)
    assert not any("Traceback" in line or "internal error" in line for line in lines)


@pytest.mark.parametrize("name", sorted(name for name, fails in HOSTILE.items() if fails))
@pytest.mark.slow
def test_each_refused_input_gets_an_error_line_naming_it(ingested, name):
    folder, _, _, lines, _ = ingested
    named = [line for line in _errors(lines) if line.startswith(f"eventwire: {folder / name}")]
    assert named, "\n".join(lines)


@pytest.mark.slow
def test_every_error_line_names_one_input_of_the_batch(ingested):
    folder, _, _, lines, _ = ingested
    for line in _errors(lines):
        assert re.match(rf"eventwire: {re.escape(str(folder))}/[\w.-]+(:\d+)?: \S", line), line


@pytest.mark.parametrize("name", sorted(REASONS))
@pytest.mark.slow
def test_each_new_kind_of_refusal_gives_its_reason(ingested, name):
    folder, _, _, lines, _ = ingested
    named = [line for line in lines if line.startswith(f"eventwire: {folder / name}: ")]
    assert len(named) == 1 and named[0].endswith(REASONS[name]), "\n".join(lines)


@pytest.mark.parametrize("name", sorted(REPAIRED))
@pytest.mark.slow
def test_each_repaired_input_gets_a_warning_line_naming_it(ingested, name):
    folder, _, _, lines, _ = ingested
    assert any(line.endswith(f"{folder}/{REPAIRED[name]}") for line in lines), "\n".join(lines)


@pytest.mark.slow
def test_files_that_are_no_document_are_counted_in_one_warning(ingested):
    folder, _, _, lines, _ = ingested
    assert [line for line in lines if line.endswith(SKIPPED_WARNING)] == [
        f"WARNING eventwire.read.inputs: {folder}: {SKIPPED_WARNING}"]


@pytest.mark.slow
def test_the_good_and_the_recoverable_documents_are_stored(ingested):
    folder, db, _, _, _ = ingested
    stored = {Path(origin).name for origin in helpers.column(db, "SELECT origin FROM articles")}
    assert STORED <= stored <= STORED | MAY_BE_STORED
    assert {name for name, fails in HOSTILE.items() if fails is False} <= \
        {name.split(":")[0] for name in stored}


@pytest.mark.slow
def test_nothing_outside_the_input_folder_is_stored(ingested):
    _, db, _, _, _ = ingested
    texts = helpers.column(db, "SELECT text FROM articles")
    assert texts and not any(SECRET.strip() in text for text in texts)


@pytest.mark.slow
def test_no_stored_text_holds_a_nul_or_a_lone_surrogate(ingested):
    _, db, _, _, _ = ingested
    texts = helpers.column(db, "SELECT text FROM articles")
    assert not any("\x00" in text or re.search("[\ud800-\udfff]", text) for text in texts)


@pytest.mark.slow
def test_every_input_is_in_the_ingest_log(ingested):
    folder, db, _, _, _ = ingested
    origins = helpers.column(db, "SELECT origin FROM ingest_log")
    logged = {Path(origin.split(":")[0]).name for origin in origins}
    assert logged == set(HOSTILE) | {"good.txt"}


@pytest.mark.slow
def test_peak_memory_stays_bounded(ingested):
    *_, peak = ingested
    assert 0 < peak < MEMORY_BOUND, f"peak RSS {peak / 2**20:.0f} MiB"


def test_a_jsonl_line_without_end_is_refused_without_reading_it_whole(tmp_path, monkeypatch):
    from eventwire.read.jsonl import read_jsonl_file

    monkeypatch.setenv("EVENTWIRE_MAX_BYTES", "1000")
    path = tmp_path / "long.jsonl"
    path.write_text("x" * 50_000 + "\n" + json.dumps({"id": "after", "text": "Police arrested him."}) + "\n")
    first, second = read_jsonl_file(path)
    assert "larger than max_bytes (1000)" in first.errors[0]
    assert second.id == "after" and not second.errors


def test_run_on_text_is_cut_into_bounded_sentences(nlp):
    from eventwire.nlp.model import MAX_SENTENCE_TOKENS

    doc = nlp("troops clashed with rebels near the town and officials said " * 200)
    assert max(len(sentence) for sentence in doc.sents) <= MAX_SENTENCE_TOKENS


def test_a_text_longer_than_max_chars_is_refused_with_its_name(monkeypatch):
    from eventwire.clean import clean_article
    from eventwire.records import Article

    monkeypatch.setenv("EVENTWIRE_MAX_CHARS", "50")
    article = Article(id="a", raw_text="Police arrested protesters. " * 5, origin="long.txt")
    clean_article(article)
    assert article.errors == ["long.txt: article text is 140 characters, more than max_chars (50); "
                              "split it, or raise EVENTWIRE_MAX_CHARS"]


@pytest.mark.slow
def test_repaired_texts_are_stored_alike_in_sqlite_and_postgresql(db_url, tmp_path):
    # issue #23: PostgreSQL refuses NUL in text, and no store can encode a lone surrogate
    texts = ["Police arrested \ud800 protesters in Nairobi on Tuesday.",
             "Police arrested\x00 protesters in Mombasa on Tuesday."]
    path = tmp_path / "repair.jsonl"
    path.write_text("".join(json.dumps({"text": text}) + "\n" for text in texts))
    done = helpers.run(helpers.ingest_command([str(path)], db_url, "--workers", "1", "--no-clean"))
    assert done.returncode == 0, done.stderr
    assert sorted(helpers.column(db_url, "SELECT text FROM articles")) == [
        "Police arrested protesters in Mombasa on Tuesday.",
        "Police arrested \ufffd protesters in Nairobi on Tuesday."]
