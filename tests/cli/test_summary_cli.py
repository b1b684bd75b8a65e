"""`eventwire summary` over a hand-built store (issue 22, item 6): the table fits 100
columns, csv and jsonl carry a `grouping` column, filters apply, bad input exits 2."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner
from tests.rest.conftest import fill

from eventwire.cli import cli
from eventwire.store import Store


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    """Six IND-AFG meetings from Wire and Daily, and a PAK-AFG fight (tests/rest/conftest.py)."""
    url = f"sqlite:///{tmp_path_factory.mktemp('summary') / 'summary.db'}"
    with Store(url) as store:
        fill(store)
    return url


def _run(db: str, *args: str):
    return CliRunner().invoke(cli, ["summary", "--db", db, *args])


def test_the_table_names_totals_dates_and_every_default_grouping_within_100_columns(db):
    result = _run(db)
    assert result.exit_code == 0, result.output
    assert result.output.startswith("7 events from 7 reports, dated 2024-12-24 to 2025-01-06")
    for title in ("by type", "by quad", "by country", "by dyad", "by month", "by source", "by status"):
        assert title in result.output
    assert "AFG Afghanistan" in result.output and "4 material conflict" in result.output
    assert max(len(line) for line in result.output.splitlines()) <= 100


def test_csv_has_a_grouping_column_then_the_keys_and_counts(db):
    result = _run(db, "--by", "dyad,quad", "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert list(rows[0]) == ["grouping", "a", "b", "quad", "events", "reports"]
    assert rows[0] == {"grouping": "dyad", "a": "AFG", "b": "IND", "quad": "", "events": "6",
                       "reports": "6"}
    assert [row["quad"] for row in rows if row["grouping"] == "quad"] == ["1", "4"]


def test_jsonl_is_one_row_per_line_and_top_limits_ranked_groupings(db):
    result = _run(db, "--by", "source", "--by", "month", "--top", "1", "--format", "jsonl")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert rows[0] == {"grouping": "source", "source": "Daily", "events": 4, "reports": 4}
    assert [row["month"] for row in rows[1:]] == ["2024-12", "2025-01"]


@pytest.mark.parametrize("filters, events", [(["--type", "ASSAULT"], 1), (["--actor-country", "ind"], 6),
                                             (["--since", "2025-01-03", "--until", "2025-01-04"], 2),
                                             (["--dyad", "afg", "pak"], 1), (["--quad", "4"], 1)])
def test_filters_narrow_the_counts(db, filters, events):
    result = _run(db, "--by", "type", "--format", "jsonl", *filters)
    assert result.exit_code == 0, result.output
    assert sum(json.loads(line)["events"] for line in result.output.splitlines()) == events


def test_an_unknown_grouping_is_a_usage_error_naming_the_nearest(db):
    result = _run(db, "--by", "contry")
    assert result.exit_code == 2
    assert "'contry' is not a summary grouping; did you mean country?" in result.output


def test_a_negative_top_is_a_usage_error(db):
    assert _run(db, "--top", "-1").exit_code == 2


@pytest.mark.parametrize("option, value, hint", [("--type", "ATTACK", "did you mean ASSAULT?"),
                                                 ("--actor-country", "Russia", "did you mean RUS?")])
def test_a_bad_filter_is_a_usage_error_naming_the_option_and_a_hint(db, option, value, hint):
    result = _run(db, option, value)
    assert result.exit_code == 2
    assert f"'{option}'" in result.output and hint in result.output


def test_a_store_that_does_not_exist_is_refused(tmp_path):
    result = _run(str(tmp_path / "none.db"))
    assert result.exit_code != 0 and "no store at" in result.output
    assert not (tmp_path / "none.db").exists()
