"""The event filter options are defined once (cli/options.py) and shared by `events` and
`summary`: summary filters by sector and text too, a bad value names the option the same way,
and the two commands cannot offer different filters."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from tests.factories import article, entity, event

from eventwire.cli import commands, summary
from eventwire.cli.main import cli
from eventwire.filters import PARAMS
from eventwire.store import Store


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    """A meeting of two governments and a shelling by an army of a rebel group."""
    path = tmp_path_factory.mktemp("filters") / "filters.db"
    meeting = event("m1", 1, actor=("IND",), recipient=("AFG",), date="2025-01-08")
    shelling = event("s1", 1, type_="ASSAULT", actor=("PAK",), recipient=("AFG",), date="2024-12-24")
    shelling.actor, shelling.recipient = [entity("PAK", sector="MIL")], [entity("AFG", sector="REB")]
    with Store(str(path)) as store:
        store.add_article(article("m1", [meeting], text="India met the Taliban in Dubai."))
        store.add_article(article("s1", [shelling], text="Pakistan shelled Afghan posts."))
    return str(path)


def _types(db: str, *args: str) -> dict[str, int]:
    result = CliRunner().invoke(cli, ["summary", "--db", db, "--by", "type", "--format", "jsonl", *args])
    assert result.exit_code == 0, result.output
    return {row["type"]: row["events"] for row in map(json.loads, result.output.splitlines())}


@pytest.mark.parametrize("args, types", [
    ([], {"ASSAULT": 1, "CONSULT": 1}),
    (["--actor-sector", "GOV"], {"CONSULT": 1}),
    (["--actor-sector", "mil"], {"ASSAULT": 1}),
    (["--recipient-sector", "REB"], {"ASSAULT": 1}),
    (["--text", "shelled"], {"ASSAULT": 1}),
    (["--text", "nothing like it"], {}),
])
def test_summary_filters_by_sector_and_text(db, args, types):
    assert _types(db, *args) == types


def test_events_filters_by_sector_as_summary_does(db):
    found = CliRunner().invoke(cli, ["events", "--db", db, "--quiet", "--actor-sector", "GOV"])
    assert found.exit_code == 0, found.output
    assert [json.loads(line)["type"] for line in found.stdout.splitlines()] == ["CONSULT"]


@pytest.mark.parametrize("command", ["events", "summary"])
def test_a_bad_sector_is_a_usage_error_naming_the_option(db, command):
    result = CliRunner().invoke(cli, [command, "--db", db, "--actor-sector", "GOVT"])
    assert result.exit_code == 2
    assert "Invalid value for '--actor-sector': GOVT is not a PLOVER sector code" in result.output
    assert "did you mean GOV?" in result.output


def test_events_and_summary_offer_every_filter():
    wanted = {param.option for param in PARAMS}
    for name, extra in (("events", {"--sort"}), ("summary", set())):
        command = {"events": commands.events, "summary": summary.summary}[name]
        options = {opt for param in command.params for opt in param.opts}
        assert wanted - {"--sort"} | extra <= options, name
    assert "--sort" not in {opt for param in summary.summary.params for opt in param.opts}


def test_articles_set_says_published_sets_the_date():
    text = CliRunner().invoke(cli, ["articles", "set", "--help"]).output
    assert "Set the publication date" in text and "carry none" not in text


def test_events_all_says_where_the_unlinked_reports_go():
    text = " ".join(CliRunner().invoke(cli, ["events", "--help"]).output.split())
    assert "come first, oldest first whatever --sort says" in text
