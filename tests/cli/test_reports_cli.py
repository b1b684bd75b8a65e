"""`eventwire reports` and what `events` says about reports not in any event (issue 22, item 1)."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner
from tests.factories import article, event

from eventwire.cli.main import cli
from eventwire.store import Store


@pytest.fixture
def db(tmp_path) -> str:
    url = f"sqlite:///{tmp_path / 'reports.db'}"
    undated, partyless = event("u", 1, date=None), event("p", 1)
    partyless.actor = []
    with Store(url) as store:
        store.add_article(article("m", [event("m", 1)]))
        store.add_article(article("u", [undated]))
        store.add_article(article("p", [partyless]))
    return url


def _run(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_reports_lists_every_report_with_its_status(db):
    result = _run("reports", "--db", db)
    assert result.exit_code == 0, result.output
    found = {line["event_id"]: line["status"] for line in map(json.loads, result.stdout.splitlines())}
    assert found == {"m:ev-1": "linked", "u:ev-1": "no_date", "p:ev-1": "no_party_country"}
    assert "3 reports written as jsonl" in result.stderr


def test_reports_status_filters_and_accepts_commas(db):
    result = _run("reports", "--db", db, "--status", "no_date,no_party_country", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert sorted(r["status"] for r in rows) == ["no_date", "no_party_country"]
    assert rows[0]["url"].startswith("https://news.example.com/")


def test_reports_table_shows_status_and_sentence(db, tmp_path):
    out = tmp_path / "reports.txt"
    result = _run("reports", "--db", db, "--format", "table", "--output", str(out))
    assert result.exit_code == 0
    assert "no_party_country" in out.read_text() and "India met" in out.read_text()


def test_an_unknown_status_is_a_usage_error_with_a_hint(db):
    result = _run("reports", "--db", db, "--status", "nodate")
    assert result.exit_code == 2
    assert "did you mean no_date?" in result.stderr


def test_events_says_how_many_reports_are_in_no_event_and_why(db):
    result = _run("events", "--db", db)
    assert result.exit_code == 0
    assert ("1 event; 2 reports not in any event: 1 no party country, 1 no date, 0 below "
            "min_confidence, 0 not asserted — list them with `eventwire reports --status unlinked`"
            in result.stderr)


def test_events_json_summary_counts_reports_by_status(db):
    result = _run("events", "--db", db, "--json")
    summary = json.loads(result.stderr.strip().splitlines()[-1])
    assert summary["reports"] == {"linked": 1, "queued": 0, "not_asserted": 0, "low_confidence": 0,
                                  "no_party_country": 1, "no_date": 1}


def test_events_all_adds_the_unlinked_reports_with_their_status(db):
    result = _run("events", "--db", db, "--all")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert sorted(line.get("status", "event") for line in lines) == ["event", "no_date", "no_party_country"]
    assert "3 lines (1 event, 2 reports not in any event)" in result.stderr


@pytest.mark.parametrize("args, expected", [
    (("--actor-country", "IND"), ["m:ev-1", "u:ev-1"]),
    (("--actor-country", "IND", "--status", "unlinked"), ["u:ev-1"]),
    (("--type", "ASSAULT"), []),
    (("--since", "2025-01", "--until", "2025-01"), ["m:ev-1", "p:ev-1"]),
    (("--source", "source-p"), ["p:ev-1"]),
])
def test_reports_take_the_event_filters(db, args, expected):
    result = _run("reports", "--db", db, *args)
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["event_id"] for line in result.stdout.splitlines()] == expected


def test_reports_filters_apply_to_the_csv_too(db):
    result = _run("reports", "--db", db, "--format", "csv", "--actor-country", "IND")
    assert [row["event_id"] for row in csv.DictReader(io.StringIO(result.stdout))] == ["m:ev-1", "u:ev-1"]


@pytest.mark.parametrize("args, option, hint", [(("--type", "ATTACK"), "'--type'", "did you mean ASSAULT?"),
                                                (("--actor-country", "Russia"), "'--actor-country'",
                                                 "did you mean RUS?")])
def test_a_bad_filter_value_is_a_usage_error_naming_the_option(db, args, option, hint):
    result = _run("reports", "--db", db, *args)
    assert result.exit_code == 2
    assert option in result.stderr and hint in result.stderr


def test_reports_has_no_sort(db):
    """Reports are listed by report id; --sort is an events option."""
    assert _run("reports", "--db", db, "--sort", "date").exit_code == 2
