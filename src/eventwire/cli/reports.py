"""`eventwire reports`: every report (what an article's sentence says) with its status."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TextIO

import click
from rich.console import Console
from rich.table import Table

from eventwire.cli.options import db_option, debug_option, event_filter_options
from eventwire.errors import InputError
from eventwire.export import open_output, write_jsonl, write_rows
from eventwire.store import EventFilter
from eventwire.store import reports as R

FORMATS = ("jsonl", "csv", "table")
SENTENCE_WIDTH = 100   # characters of the source sentence a table row shows


def _statuses(_ctx: click.Context, _param: click.Parameter, value: tuple[str, ...]) -> list[str] | None:
    """The statuses asked for (None: every report); an unknown one is a usage error (exit 2)."""
    try:
        return R.checked_statuses(value) if value else None
    except InputError as exc:
        raise click.BadParameter(str(exc)) from None


@click.command()
@db_option
@click.option("--status", "statuses", multiple=True, metavar="STATUS", callback=_statuses,
              help="Only reports with this status (repeatable or comma-separated): "
                   f"{', '.join(R.STATUSES)}, or {R.UNLINKED_GROUP} for every report not in an "
                   "event. Default: every report.")
@event_filter_options()
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True),
              help="Write to this file instead of stdout.")
@click.option("--quiet", "-q", is_flag=True, help="No summary on stderr.")
@debug_option
def reports(db: str | None, statuses: list[str] | None, where: EventFilter, fmt: str,
            output: str | None, quiet: bool, _debug: bool) -> None:
    """Write the store's reports, each with its status: linked (part of an event), or why not
    (queued, not_asserted, low_confidence, no_party_country, no_date). The filters of `events` keep
    the reports that match them, by report id."""
    from eventwire.cli.exporting import destination
    from eventwire.store import Store

    with Store(db) as store, open_output(output) as out:
        count = _WRITERS[fmt](store.reports(where, status=statuses), out)
        waiting = R.waiting_line(store.waiting_articles())
    if not quiet:
        click.echo(f"{count} report{'' if count == 1 else 's'} written {destination(fmt, output)}",
                   err=True)
    if waiting:
        click.echo(waiting, err=True)


def _write_csv(found: Iterable[dict[str, Any]], out: TextIO) -> int:
    """The flat reports (store/reports.py's columns), with events' CSV writer."""
    return write_rows((R.flat_report(report) for report in found), R.report_columns(), out, ",")


def _write_table(found: Iterable[dict[str, Any]], out: TextIO) -> int:
    table = Table(title="Reports (what each article's sentence says) and why each is or is not "
                        "part of an event", title_justify="left")
    for column in ("status", "report", "date", "type", "actor → recipient", "source sentence"):
        table.add_column(column, overflow="fold")
    count = 0
    for report in found:
        count += 1
        table.add_row(report["status"], report["event_id"], _date(report), report["type"],
                      f"{_countries(report, 'actor')} → {_countries(report, 'recipient')}",
                      _short(report.get("sentence_text") or ""))
    Console(file=out, width=None if out.isatty() else 160).print(table)
    return count


_WRITERS = {"jsonl": write_jsonl, "csv": _write_csv, "table": _write_table}


def _date(report: dict[str, Any]) -> str:
    return str((report.get("date") or {}).get("value") or "undated")


def _countries(report: dict[str, Any], role: str) -> str:
    return "+".join(sorted({e["country"] for e in report.get(role) or [] if e.get("country")})) or "?"


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SENTENCE_WIDTH else text[:SENTENCE_WIDTH - 1] + "…"
