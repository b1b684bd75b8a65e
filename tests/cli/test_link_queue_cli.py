"""Reading commands say when articles wait in the link queue (a relink killed half-way):
their reports are in no event until `eventwire relink` links them."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from tests.factories import article, event

from eventwire.cli.main import cli
from eventwire.store import Store, relink

NOTE = "1 article waits to be linked; run `eventwire relink`"


@pytest.fixture
def queued_db(tmp_path) -> str:
    url = f"sqlite:///{tmp_path / 'queued.db'}"
    with Store(url) as store:
        store.add_article(article("q1", [event("q1", 1)]))
        with store.transaction() as session:
            relink.unlink_everything(session)
    return url


@pytest.mark.parametrize("command", [["events"], ["reports"], ["summary"]])
def test_reading_commands_warn_on_stderr_while_articles_wait(queued_db, command):
    result = CliRunner().invoke(cli, [*command, "--db", queued_db])
    assert result.exit_code == 0, result.output
    assert NOTE in result.stderr and NOTE not in result.stdout


def test_reports_lists_the_waiting_ones_as_queued(queued_db):
    result = CliRunner().invoke(cli, ["reports", "--db", queued_db, "--status", "queued"])
    assert '"status": "queued"' in result.stdout


def test_no_warning_once_relinked(queued_db):
    with Store(queued_db) as store:
        store.relink()
    result = CliRunner().invoke(cli, ["events", "--db", queued_db])
    assert "wait" not in result.stderr
