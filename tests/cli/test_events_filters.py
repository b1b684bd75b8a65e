"""`eventwire events` with the one filter model (issue #22, items 2 and 7): a bad filter is a
usage error (exit 2) with a hint; --location-country, --actor and --sort work."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from tests.rest.test_event_lists import fill_analyst

from eventwire.cli.main import cli
from eventwire.store import Store


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("cli") / "analyst.db"
    with Store(str(path)) as store:
        fill_analyst(store)
    return str(path)


def _events(db: str, *args: str) -> list[dict]:
    result = CliRunner().invoke(cli, ["events", "--db", db, "--quiet", *args])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


@pytest.mark.parametrize("args, message", [
    (["--type", "ATTACK"],
     "Invalid value for '--type': ATTACK is not a PLOVER event type; did you mean ASSAULT?"),
    (["--actor-country", "Russia"],
     "'--actor-country': Russia is not an ISO alpha-3 country code; did you mean RUS?"),
    (["--location-country", "XX"], "'--location-country': XX is not an ISO alpha-3 country code"),
    (["--dyad", "IND", "Pakistan"],
     "'--dyad': Pakistan is not an ISO alpha-3 country code; did you mean PAK?"),
    (["--since", "03/01/2025"], "'--since': 03/01/2025 is not a date; write YYYY-MM-DD"),
    (["--sort", "newest"], "'--sort': newest is not a sort; write one of date, -date"),
    (["--actor-sector", "GOVT"], "did you mean GOV?"),
])
def test_a_bad_filter_is_a_usage_error_with_a_hint(db, args, message):
    result = CliRunner().invoke(cli, ["events", "--db", db, *args])
    assert result.exit_code == 2 and message in result.output and "Traceback" not in result.output


def test_the_default_order_is_oldest_first_and_sort_changes_it(db):
    assert [e["type"] for e in _events(db)] == ["ASSAULT", "CONSULT", "PROTEST", "AGREE"]
    assert [e["type"] for e in _events(db, "--sort", "-date")] == ["AGREE", "PROTEST", "CONSULT", "ASSAULT"]
    by_intensity = [e["type"] for e in _events(db, "--sort", "intensity")]
    assert by_intensity == ["ASSAULT", "PROTEST", "CONSULT", "AGREE"]
    assert [e["type"] for e in _events(db, "--sort", "-reports")][0] == "CONSULT"


@pytest.mark.parametrize("args, types", [
    (["--location-country", "are"], ["CONSULT"]),
    (["--actor", "Brazilian trade"], ["AGREE"]),
    (["--actor", "PAK", "--type", "assault"], ["ASSAULT"]),
    (["--since", "2025-01", "--until", "2025-01"], ["CONSULT", "PROTEST"]),
])
def test_location_country_actor_and_month_filters(db, args, types):
    assert [e["type"] for e in _events(db, *args)] == types
