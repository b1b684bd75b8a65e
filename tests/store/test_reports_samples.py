"""Nothing dropped without a word (issue 22, item 1), on the bundled samples: every asserted
report is part of a listed event or listed by `eventwire reports` with its reason."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from eventwire.api import ingest
from eventwire.cli.demo import samples_folder
from eventwire.cli.main import cli
from eventwire.store import Store
from eventwire.store import schema as S

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def samples(tmp_path_factory):
    """(store URL, the ingest report) of the samples in a new SQLite store."""
    import eventwire.cli.commands  # noqa: F401 - registers `events` on `cli`
    import eventwire.cli.reports  # noqa: F401 - registers `reports` on `cli`

    url = f"sqlite:///{tmp_path_factory.mktemp('reports') / 'samples.db'}"
    with Store(url) as store:
        report = ingest([str(samples_folder())], store, workers=1)
    assert report.failed == 0, report.errors
    return url, report


def _asserted(url: str) -> int:
    from sqlalchemy import func, select

    with Store(url) as store, store.transaction() as session:
        return session.scalar(select(func.count()).select_from(S.EventRow).where(
            S.EventRow.modality == "asserted", S.EventRow.negated.is_(False)))


def _lines(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_every_asserted_report_is_in_an_event_or_listed_with_its_reason(samples):
    url, _ = samples
    runner = CliRunner()
    events = runner.invoke(cli, ["events", "--db", url, "-q"])
    unlinked = runner.invoke(cli, ["reports", "--db", url, "-q", "--status", "no_party_country",
                                   "--status", "no_date", "--status", "low_confidence"])
    assert events.exit_code == 0 and unlinked.exit_code == 0, events.output + unlinked.output
    in_events = sum(len(event["reports"]) for event in _lines(events.stdout))
    listed = _lines(unlinked.stdout)
    assert {r["status"] for r in listed} <= {"no_party_country", "no_date", "low_confidence"}
    assert in_events + len(listed) == _asserted(url)
    assert listed, "the samples have asserted reports that are not part of an event"


def test_the_ingest_report_counts_the_runs_reports_by_status(samples):
    _, report = samples
    assert sum(report.reports.values()) == report.events
    assert report.reports["linked"] > 0


def test_events_says_how_many_reports_are_in_no_event_and_why(samples):
    url, _ = samples
    result = CliRunner().invoke(cli, ["events", "--db", url])
    with Store(url) as store:
        counts = store.report_counts()
    unlinked = sum(counts.values()) - counts["linked"]
    assert f"reports not in any event: {counts['no_party_country']} no party country, " \
           f"{counts['no_date']} no date" in result.stderr
    assert f"; {unlinked} reports not in any event" in result.stderr
    assert "eventwire reports --status unlinked" in result.stderr
