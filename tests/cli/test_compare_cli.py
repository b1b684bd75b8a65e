"""`eventwire compare` and `eventwire events --discrepancies` (issue 24, item 3)."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner
from tests.coverage_fixtures import ATTACK, SINGLE, fill_disagreeing, happening_of

from eventwire.cli.main import cli
from eventwire.store import Store


@pytest.fixture
def db(tmp_path) -> str:
    url = f"sqlite:///{tmp_path / 'compare.db'}"
    with Store(url) as store:
        fill_disagreeing(store)
    return url


@pytest.fixture
def attack(db) -> str:
    with Store(db) as store:
        return happening_of(store, ATTACK[0])


def _run(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_compare_writes_the_coverage_as_jsonl(db, attack):
    result = _run("compare", attack, "--db", db, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    [line] = map(json.loads, result.stdout.splitlines())
    assert line["happening_id"] == attack
    assert sorted(r["event_id"] for r in line["reports"]) == sorted(ATTACK)
    [toll] = [d for d in line["discrepancies"] if d["kind"] == "toll"]
    assert sorted(toll["sides"]) == ["12", "9"]


def test_compare_takes_a_report_id_for_its_event(db, attack):
    result = _run("compare", ATTACK[1], "--db", db, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["happening_id"] == attack


def test_the_table_puts_outlets_in_columns_and_flags_the_toll(db, attack):
    result = _run("compare", attack, "--db", db)
    assert result.exit_code == 0, result.output
    header = next(line for line in result.stdout.splitlines() if "Wire" in line)
    assert "Daily" in header
    dead = next(line for line in result.stdout.splitlines() if line.strip("│┃ ").startswith("dead"))
    assert "! 12" in dead and "! 9" in dead
    assert "toll · dead" in result.stdout


def test_a_story_compares_each_of_its_events(db):
    with Store(db) as store:
        story = next(s for s in store.stories() if "a" in s.doc_ids)
    result = _run("compare", "--story", story.story_id, "--db", db, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert sorted(r["event_id"] for r in lines[0]["reports"]) == sorted(ATTACK)


@pytest.mark.parametrize("args, message", [
    (("h-nowhere",), "no event with id 'h-nowhere'"),
    (("--story", "s-nowhere"), "no story with id 's-nowhere'"),
])
def test_an_unknown_id_is_one_line_and_exit_1(db, args, message):
    result = _run("compare", *args, "--db", db)
    assert result.exit_code == 1
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("args", [(), ("h-1", "--story", "s-1")])
def test_compare_needs_an_event_or_a_story_not_both(db, args):
    assert _run("compare", *args, "--db", db).exit_code == 2


def test_events_discrepancies_writes_one_csv_row_per_side(db, attack):
    result = _run("events", "--db", db, "--discrepancies", "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = [r for r in csv.DictReader(io.StringIO(result.stdout)) if r["kind"] == "toll"]
    assert sorted((r["value"], r["outlets"], r["event_ids"]) for r in rows) == [
        ("12", "Wire", "a:ev-1"), ("9", "Daily", "b:ev-1")]
    assert {r["happening_id"] for r in rows} == {attack} and SINGLE not in result.stdout
    assert "discrepancy sides written as csv" in result.stderr


def test_events_discrepancies_respects_the_filters(db):
    result = _run("events", "--db", db, "--discrepancies", "--type", "CONSULT", "-q")
    assert result.exit_code == 0, result.output
    assert result.stdout == ""


def test_events_discrepancies_refuses_a_format_it_cannot_write(db):
    result = _run("events", "--db", db, "--discrepancies", "--format", "gdelt")
    assert result.exit_code == 2 and "jsonl or csv" in result.stderr
