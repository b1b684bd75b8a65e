"""`eventwire kb add/import/show/conflicts` and `eventwire actors` with dates (issue 4)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import cli
from eventwire.cli import kb as kb_commands
from eventwire.store import Store
from tests.factories import article

DOCS = Path(__file__).resolve().parents[2] / "docs"
EVENTWIRE = Path(sys.executable).parent / "eventwire"


@pytest.fixture
def db(db_url):
    return db_url


def _run(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_add_then_show_lists_the_user_fact_and_how_it_codes(db):
    added = _run("kb", "add", "Amrit Rai", "--country", "NPL", "--sector", "GOV", "--office",
                 "Foreign Secretary", "--start", "2025-02-01", "--alias", "Rai", "--db", db)
    assert added.exit_code == 0, added.output
    shown = _run("kb", "show", "Rai", "--date", "2025-03-01", "--json", "--db", db)
    report = json.loads(shown.output)
    assert [f["source"] for f in report["facts"]] == ["user"]
    assert (report["coded"]["country"], report["coded"]["sector"]) == ("NPL", "GOV")


def test_show_of_a_curated_person_lists_the_data_rows(db):
    report = json.loads(_run("kb", "show", "Jaishankar", "--json", "--db", db).output)
    assert [f["office"] for f in report["facts"]] == ["Foreign Secretary", "External Affairs Minister"]


def test_import_adds_every_row_of_a_facts_file(db, tmp_path):
    path = tmp_path / "facts.tsv"
    path.write_text("id\tkind\tname\taliases\tcountry\tsector\toffice\tstart\tend\n"
                    "\torganisation\tKuki National Front\tKNF\tIND\tREB\t\t\t\n", encoding="utf-8")
    result = _run("kb", "import", str(path), "--db", db)
    assert json.loads(result.output)["imported"] == 1
    report = json.loads(_run("kb", "show", "KNF", "--json", "--db", db).output)
    assert report["coded"]["known_as"] == "org:kuki-national-front"


def test_import_of_json_nested_too_deep_fails_with_one_line_naming_it(db, tmp_path):
    """A JSONL line nested 100,000 levels deep is refused with its place, not a RecursionError
    (issue #23)."""
    path = tmp_path / "deep.jsonl"
    path.write_text('{"name": "X", "aliases": ' + "[" * 100_000 + "]" * 100_000 + "}\n")
    result = CliRunner().invoke(cli, ["kb", "import", str(path), "--db", db])
    assert result.exit_code == 1
    assert result.output.strip() == f"eventwire: {path}:1: JSON nested 100001 levels deep, more than 100"


def test_import_of_a_bad_file_fails_with_one_line_naming_it(db, tmp_path):
    path = tmp_path / "facts.tsv"
    path.write_text("name\tcountry\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["kb", "import", str(path), "--db", db])
    assert result.exit_code == 1
    assert result.output.strip().count("\n") == 0 and "facts.tsv: the header must be" in result.output


def test_add_with_a_bad_sector_is_refused(db):
    result = CliRunner().invoke(cli, ["kb", "add", "X", "--country", "NPL", "--sector", "XYZ",
                                      "--db", db])
    assert result.exit_code == 1 and "not a PLOVER sector" in result.output


def test_conflicts_lists_a_learned_fact_against_curated_data(db):
    stored = article("a")
    stored.meta["learned"] = [{"kind": "person", "name": "Vikram Misri", "aliases": ["Misri"],
                               "country": "KEN", "sector": "GOV", "office": "Interior Minister",
                               "date": "2025-02-01", "sentence_start": 0, "sentence_end": 10}]
    with Store(db) as store:
        store.add_article(stored)
    result = _run("kb", "conflicts", "--json", "--db", db)
    [line] = [json.loads(x) for x in result.output.splitlines()]
    assert (line["learned"]["country"], line["against"]["country"]) == ("KEN", "IND")


@pytest.mark.parametrize("command", sorted(kb_commands.kb.commands))
def test_every_kb_command_and_option_is_documented(command):
    section = (DOCS / "cli.md").read_text().split("## `eventwire kb`", 1)[1].split("\n## ", 1)[0]
    assert f"eventwire kb {command}" in section
    for param in kb_commands.kb.commands[command].params:
        for opt in getattr(param, "opts", []):
            if opt.startswith("--") and not param.hidden:
                assert f"`{opt}" in section, (command, opt)


@pytest.mark.cli
@pytest.mark.slow
def test_actors_command_takes_the_date_into_account(tmp_path):
    lines = "".join(json.dumps({"mention": "the Taliban", "context": None, "date": day}) + "\n"
                    for day in ("2020-06-01", "2022-06-01"))
    result = subprocess.run([str(EVENTWIRE), "actors"], input=lines, capture_output=True, text=True,
                            timeout=300, env={**os.environ}, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    coded = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(e["country"], e["sector"]) for e in coded] == [("AFG", "REB"), ("AFG", "GOV")]
