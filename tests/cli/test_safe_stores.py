"""Safe stores (issue 22, item 3): reading commands refuse a store that does not exist and
create nothing; paths are resolved and named; the demo keeps its own store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from tests.factories import article

from eventwire.api import IngestReport
from eventwire.cli import cli
from eventwire.cli import demo as demo_module
from eventwire.store import Store
from eventwire.store.store import StoreMissing, store_url

READING = [["events"], ["stories"], ["claims"], ["recode"], ["articles", "list"],
           ["articles", "set", "x", "--published", "2024-06-26"]]


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args))


@pytest.mark.parametrize("command", READING, ids=" ".join)
def test_a_reading_command_refuses_a_missing_store_and_creates_nothing(tmp_path, monkeypatch, command):
    monkeypatch.chdir(tmp_path)
    result = invoke(*command, "--db", "sqlite:///data/x.db")
    assert result.exit_code == 1, result.output
    assert result.output.strip() == (f"eventwire: no store at {tmp_path / 'data' / 'x.db'}; "
                                     "create one with `eventwire ingest`")
    assert list(tmp_path.iterdir()) == []


def test_serve_refuses_a_missing_store_before_starting(tmp_path):
    result = invoke("serve", "--db", str(tmp_path / "none.db"), "--port", "0")
    assert result.exit_code == 1 and "no store at" in result.output
    assert not (tmp_path / "none.db").exists()


def test_the_default_store_is_refused_too_when_missing(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTWIRE_DB", str(tmp_path / "deep" / "default.db"))
    result = invoke("events")
    assert result.exit_code == 1 and f"no store at {tmp_path / 'deep' / 'default.db'}" in result.output
    assert not (tmp_path / "deep").exists()


def test_a_database_without_eventwire_tables_is_no_store(db_url):
    if db_url.startswith("sqlite"):
        Path(db_url.removeprefix("sqlite:///")).write_bytes(b"")   # an empty file: no tables
    with pytest.raises(StoreMissing, match="no store at .*; create one with `eventwire ingest`"):
        Store(db_url, create=False)
    result = invoke("stories", "--db", db_url)
    assert result.exit_code == 1 and "no store at" in result.output


def test_an_existing_store_is_read(db_url):
    with Store(db_url) as store:   # the Python API creates the store
        store.add_article(article("a"))
    result = invoke("articles", "list", "--format", "jsonl", "--db", db_url)
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["id"] for line in result.output.splitlines()] == ["a"]
    with Store(db_url, create=False) as store:
        assert store.counts()["articles"] == 1


def test_a_relative_sqlite_url_is_resolved_against_the_working_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert store_url("sqlite:///data/x.db") == f"sqlite:///{tmp_path / 'data' / 'x.db'}"
    assert store_url("sqlite:////abs/x.db") == "sqlite:////abs/x.db"
    assert store_url("sqlite://") == "sqlite://"
    assert store_url("postgresql://u:secret@h/db") == "postgresql://u:secret@h/db"


@pytest.mark.slow
def test_ingest_says_where_it_stores_and_creates_the_store(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("Kenyan police arrested dozens of protesters in Nairobi on Tuesday.")
    result = invoke("ingest", "a.txt", "--db", "sqlite:///data/x.db", "--published", "2024-06-26")
    assert result.exit_code == 0, result.output
    assert f"storing in {tmp_path / 'data' / 'x.db'}" in result.output
    assert (tmp_path / "data" / "x.db").is_file()
    quiet = invoke("ingest", "a.txt", "--db", "sqlite:///data/x.db", "--quiet")
    assert "storing in" not in quiet.output
    as_json = invoke("ingest", "a.txt", "--db", "sqlite:///data/x.db", "--json")
    assert json.loads(as_json.output.strip().splitlines()[-1])["unchanged"] == 1
    assert "storing in" not in as_json.output


def test_the_demo_store_is_its_own_file_in_the_user_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.setenv("EVENTWIRE_DB", str(tmp_path / "mine.db"))
    assert demo_module.demo_store() == f"sqlite:///{tmp_path / 'eventwire' / 'demo.db'}"


def test_the_demo_says_plainly_what_a_run_did():
    second = IngestReport(run_id="r", unchanged=51)
    assert demo_module.outcome(second) == ("Already coded: 51 sample articles unchanged "
                                           "(--fresh codes them again).")
    first = IngestReport(run_id="r", stored=51, events=421, seconds=9.2)
    assert demo_module.outcome(first) == "Coded 51 sample articles (421 reports) in 9.2 s."


def test_the_timeline_fits_the_width_and_cuts_at_word_boundaries():
    sentence = ("India's Foreign Secretary Vikram Misri met the Taliban's acting foreign minister "
                "Amir Khan Muttaqi in Dubai on Wednesday, the highest-level contact so far.")
    for width in (20, 40, 60):
        fitted = demo_module.fit(sentence, width)
        lines = fitted.split("\n")
        assert len(lines) <= 2 and all(len(line) <= width for line in lines)
        assert fitted.endswith("…")
        words = set(sentence.replace(",", " ").replace(".", " ").split())
        assert all(word in words for line in lines for word in line.rstrip("…").split())
    assert demo_module.shorten("two words", 40) == "two words"
    assert demo_module.shorten("a verylongword", 6) == "a…"


@pytest.mark.slow
def test_the_demo_fits_its_tables_to_the_terminal(tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "90")
    db = f"sqlite:///{tmp_path / 'demo.db'}"
    with Store(db) as store:   # a store already holding one sample-like article
        store.add_article(article("a"))
    monkeypatch.setattr(demo_module, "samples_folder", lambda: tmp_path / "no-samples")
    (tmp_path / "no-samples").mkdir()
    (tmp_path / "no-samples" / "x.txt").write_text(
        "India's foreign secretary met Afghanistan's foreign minister in Dubai on Wednesday to "
        "discuss trade, aid and the use of the Chabahar port by Afghan traders.")
    result = invoke("demo", "--db", db, "--workers", "1")
    assert result.exit_code == 0, result.output
    assert f"into {tmp_path / 'demo.db'}" in result.output
    tables = [line for line in result.output.splitlines() if line[:1] in "┏┃┡│└"]
    assert tables and max(len(line) for line in tables) <= 90
    assert f"eventwire serve --db {tmp_path / 'demo.db'}" in result.output
