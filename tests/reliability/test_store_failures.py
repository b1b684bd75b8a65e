"""Store errors say what and where (issue #23): a read-only store, a full disk, a lost
connection and a store that cannot be opened are reported in one line naming the store (its
password hidden) and the database's own reason, never as an internal error; the ingest stops
and keeps what it stored before. A document the store alone refuses is reported with its
reason and the batch goes on."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from sqlalchemy import event as sa_event
from sqlalchemy.engine import make_url

from eventwire.errors import StoreError
from eventwire.run import ingest as run_ingest
from eventwire.store import Store
from eventwire.store import store as store_module
from tests import pg
from tests.factories import article, event
from tests.reliability import helpers

MEETING = "India's foreign secretary met the Taliban's acting foreign minister in Dubai on Wednesday."
DEAL = "Brazil signed a soybean trade agreement with Egypt in Cairo on Monday."


def _store_one(db: str) -> None:
    with Store(db) as store:
        store.add_article(article("a", [event("a", 1)]))


def _error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("eventwire: ")]


def _ingest_coded(store: Store, articles: list, coder=None) -> run_ingest.IngestReport:
    """The body of every ingest, with articles coded by hand (by default a coder that codes nothing)."""
    return run_ingest.ingest_articles(  # the body of every ingest
        articles, store, clean=False, workers=1, on_article=None, languages=None,
        coder=coder or (lambda stream, knowledge: iter(stream)))


def _deal(doc_id: str):
    """A coded article too long for the free space in any page of the store (4 KB)."""
    return article(doc_id, [event(doc_id, 1, type_="AGREE", actor=("BRA",), recipient=("EGY",))],
                   text=" ".join([DEAL] * 80))


def _full_disk(engine) -> None:
    """Every new connection of `engine` may not grow the database file past its present size,
    which holds no free page: SQLite then answers "database or disk is full", as on a full
    disk, to every write that needs a new page."""
    with engine.connect() as connection:
        connection.exec_driver_sql("VACUUM")
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()

    def cap(dbapi_connection, _record) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    sa_event.listen(engine, "connect", cap)
    engine.dispose()


@pytest.mark.slow
def test_ingest_into_a_read_only_store_names_the_store_and_the_cause(tmp_path):
    """A read-only SQLite URI: chmod does not stop root, who runs these tests in some places."""
    path = tmp_path / "store.db"
    _store_one(f"sqlite:///{path}")
    read_only = f"sqlite:///file:{path}?mode=ro&uri=true"
    docs = helpers.write_jsonl(tmp_path / "docs.jsonl", ("doc-1", MEETING))

    done = helpers.run(helpers.ingest_command([docs], read_only, "--workers", "1"), cwd=tmp_path)

    assert done.returncode == 1, done.stderr
    assert "internal error" not in done.stderr and "Traceback" not in done.stderr
    [line] = _error_lines(done.stderr)
    assert read_only in line and "attempt to write a readonly database" in line
    assert helpers.column(f"sqlite:///{path}", "SELECT id FROM articles") == ["a"]
    assert not (tmp_path / "file:").exists()   # the URI is not taken for a folder to create


def test_a_full_disk_stops_the_ingest_and_keeps_what_was_stored(tmp_path):
    db = f"sqlite:///{tmp_path / 'store.db'}"
    with Store(db) as store:
        _ingest_coded(store, [article("a", [event("a", 1)])])
        _full_disk(store.engine)
        with pytest.raises(StoreError) as raised:
            _ingest_coded(store, [_deal("b"), _deal("c")])
    message = str(raised.value)
    assert "\n" not in message and "[SQL" not in message
    assert db in message and "database or disk is full" in message
    assert helpers.column(db, "SELECT id FROM articles") == ["a"]
    assert helpers.orphans(db) == {} and helpers.inconsistencies(db) == {}


def test_the_ingest_command_reports_a_full_disk_in_one_line(tmp_path, monkeypatch, nlp):
    from eventwire.cli import commands  # noqa: F401 - registers the commands
    from eventwire.cli.main import cli

    db = f"sqlite:///{tmp_path / 'store.db'}"
    _store_one(db)
    opened = store_module.open_engine

    def full(url: str):
        engine = opened(url)
        _full_disk(engine)
        return engine

    monkeypatch.setattr(store_module, "open_engine", full)
    docs = helpers.write_jsonl(tmp_path / "docs.jsonl", ("doc-1", " ".join([MEETING] * 50)), ("doc-2", DEAL))
    result = CliRunner().invoke(cli, ["ingest", docs, "--db", db, "--workers", "1", "--quiet"])

    assert result.exit_code == 1, result.output
    assert "internal error" not in result.stderr
    [line] = _error_lines(result.stderr)
    assert db in line and "database or disk is full" in line
    assert helpers.column(db, "SELECT id FROM articles") == ["a"]


@pytest.mark.parametrize("url", ["postgresql://eventwire:s3cret@127.0.0.1:1/none",
                                 "sqlite:///{tmp}/a-file/store.db"])
def test_a_store_that_cannot_be_opened_is_named_without_its_password(url, tmp_path):
    (tmp_path / "a-file").write_text("not a folder")
    url = url.format(tmp=tmp_path)
    with pytest.raises(StoreError) as raised:
        Store(url)
    message = str(raised.value)
    assert "\n" not in message and "s3cret" not in message
    assert make_url(url).render_as_string(hide_password=True) in message


@pytest.mark.postgres
def test_a_lost_connection_stops_the_ingest_and_keeps_what_was_stored(request, tmp_path):
    with pg.database_url(request, "postgresql", tmp_path) as url:
        # the test server trusts every local user: the password is never checked, only shown
        db = make_url(url).set(password="s3cret").render_as_string(hide_password=False)

        def cut_after_first(stream, _knowledge):
            for number, coded in enumerate(stream):
                if number == 1:
                    helpers.scalar(url, "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                        "WHERE datname = current_database() AND pid <> pg_backend_pid()")
                yield coded

        with Store(db) as store, pytest.raises(StoreError) as raised:
            _ingest_coded(store, [_deal("b"), _deal("c")], coder=cut_after_first)
        message = str(raised.value)
        assert "\n" not in message and "s3cret" not in message
        assert make_url(db).render_as_string(hide_password=True) in message
        assert helpers.column(url, "SELECT id FROM articles") == ["b"]


@pytest.mark.postgres
@pytest.mark.slow
def test_a_document_the_store_refuses_is_reported_with_its_reason(request, tmp_path):
    """A constraint of the store refuses one document's rows (a check added to the articles
    table: ids too long for the column are refused when read, alike on both backends): that
    document fails with the database's reason, the batch goes on."""
    first = helpers.write_jsonl(tmp_path / "first.jsonl", ("doc-1", DEAL))
    docs = helpers.write_jsonl(tmp_path / "docs.jsonl", ("refused", MEETING), ("doc-2", DEAL + " Again."))
    with pg.database_url(request, "postgresql", tmp_path) as db:
        assert helpers.run(helpers.ingest_command([first], db, "--workers", "1")).returncode == 0
        helpers.execute(db, "ALTER TABLE articles ADD CONSTRAINT refuse_one CHECK (id <> 'refused')")
        done = helpers.run(helpers.ingest_command([docs], db, "--workers", "1"))
        assert done.returncode == 1, done.stderr
        [line] = _error_lines(done.stderr)
        assert line.startswith(f"eventwire: {docs}:1: ") and "refuse_one" in line
        assert sorted(helpers.column(db, "SELECT id FROM articles")) == ["doc-1", "doc-2"]
