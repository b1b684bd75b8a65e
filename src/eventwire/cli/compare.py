"""`eventwire compare`: every report of a happening side by side, and where they disagree;
and the export behind `eventwire events --discrepancies`."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, TextIO

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text

from eventwire.cli.options import db_option, debug_option
from eventwire.coverage import grid
from eventwire.coverage.discrepancies import outlet
from eventwire.errors import InputError
from eventwire.export import open_output, write_jsonl, write_rows

if TYPE_CHECKING:
    from eventwire.coverage.model import Coverage
    from eventwire.store import EventFilter, Store

FORMATS = ("table", "jsonl")
DISCREPANCY_FORMATS = ("jsonl", "csv")
CELL_WIDTH = 60       # characters of a sentence or quote a table cell shows
TABLE_WIDTH = 120     # columns of the table when not on a terminal (a file, a pipe)
FLAG = "! "           # marks a flagged cell where colour does not reach (a file, a pipe)


@click.command()
@click.argument("event_id", required=False)
@click.option("--story", "story_id", metavar="STORY_ID",
              help="Compare every happening of this story (from `eventwire stories`) instead.")
@db_option
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@debug_option
def compare(event_id: str | None, story_id: str | None, db: str, fmt: str, _debug: bool) -> None:
    """Show every report of one event (EVENT_ID: the event's id or one of its reports') side by
    side, outlets in columns and facts in rows, with the discrepancies between them."""
    if (event_id is None) == (story_id is None):
        raise click.UsageError("give an EVENT_ID or --story STORY_ID (one of them)")
    from eventwire.store import Store

    with Store(db) as store:
        found = _coverages(store, event_id, story_id)
    if fmt == "jsonl":
        write_jsonl((c.to_dict() for c in found), sys.stdout)
        return
    console = Console(width=None if Console().is_terminal else TABLE_WIDTH, highlight=False)
    for coverage in found:
        print_coverage(console, coverage)


def _coverages(store: Store, event_id: str | None, story_id: str | None) -> list[Coverage]:
    """The coverage asked for; an unknown id is an InputError (one line, exit 1)."""
    from eventwire.coverage.read import happening_coverage, story_coverage

    if story_id is not None:
        found = story_coverage(store, story_id)
        if not found:
            raise InputError(f"no story with id {story_id!r} has an event "
                             "(list the stories with `eventwire stories`)")
        return found
    assert event_id is not None
    coverage = happening_coverage(store, event_id)
    if coverage is None:
        raise InputError(f"no event with id {event_id!r} (list them with `eventwire events`)")
    return [coverage]


# ---------------------------------------------------------------------- the table format

def print_coverage(console: Console, coverage: Coverage) -> None:
    """One happening: its reports in columns, its facts in rows (flagged cells in red, marked
    "!"), then its discrepancies, one line each."""
    console.print(_table(coverage))
    if not coverage.discrepancies:
        console.print("No discrepancies: the reports agree on every fact they share.\n")
        return
    console.print(f"{len(coverage.discrepancies)} discrepanc"
                  f"{'y' if len(coverage.discrepancies) == 1 else 'ies'}:", style="bold")
    for found in coverage.discrepancies:
        console.print(Text.assemble(("  ! ", "bold red"), f"{found.kind} · {found.field}: ",
                                    found.detail or _sides(coverage, found.sides)))
    console.print()


def _table(coverage: Coverage) -> Table:
    reports = len(coverage.reports)
    title = (f"{coverage.type} {coverage.happening_id}: {reports} report{'' if reports == 1 else 's'}"
             + (f", story {coverage.story_id}" if coverage.story_id else ""))
    table = Table(title=title, title_justify="left", show_lines=True)
    table.add_column("fact", style="bold", no_wrap=True)
    for report in coverage.reports:
        table.add_column(f"{outlet(report)}\n{report.event_id}", overflow="fold", min_width=16)
    for row in grid.rows(coverage):
        table.add_row(row.label, *(_cell(cell, flagged) for cell, flagged in zip(row.cells, row.flagged,
                                                                                 strict=True)))
    return table


def _cell(text: str, flagged: bool) -> Text:
    text = text if len(text) <= CELL_WIDTH * 3 else text[:CELL_WIDTH * 3 - 1] + "…"
    return Text(FLAG + text, style="bold red") if flagged else Text(text)


def _sides(coverage: Coverage, sides: dict[str, list[str]]) -> str:
    """ "12: Reuters; 9: AP, AFP": each value with the outlets of the reports saying it."""
    outlets = {report.event_id: outlet(report) for report in coverage.reports}
    return "; ".join(f"{value}: {', '.join(dict.fromkeys(outlets.get(e, e) for e in event_ids))}"
                     for value, event_ids in sides.items())


# ---------------------------------------------------------------------- events --discrepancies

def export_discrepancies(db: str | None, where: EventFilter, fmt: str, output: str | None, *,
                         quiet: bool = False) -> int:
    """Write one row per side of each discrepancy of the events matching `where`; returns
    how many rows."""
    from eventwire.store import Store

    if fmt not in DISCREPANCY_FORMATS:
        raise click.UsageError(f"--discrepancies writes {' or '.join(DISCREPANCY_FORMATS)}, not {fmt}")
    with Store(db) as store, open_output(output) as out:
        count = _write(grid.all_discrepancy_rows(_compared(store, where)), fmt, out)
    if not quiet:
        click.echo(f"{count} discrepancy side{'' if count == 1 else 's'} written as {fmt} to "
                   f"{output or 'stdout'}", err=True)
    return count


def _compared(store: Store, where: EventFilter) -> Iterator[Coverage]:
    """The coverage of each matching event with two reports or more (one report cannot
    disagree with itself)."""
    from eventwire.coverage.read import happening_coverage

    ids = [event["id"] for event in store.events(where) if len(event.get("reports") or []) > 1]
    for happening_id in ids:
        coverage = happening_coverage(store, happening_id)
        if coverage is not None:
            yield coverage


def _write(rows: Iterator[dict[str, Any]], fmt: str, out: TextIO) -> int:
    if fmt == "jsonl":
        return write_jsonl(rows, out)
    return write_rows((grid.flat_discrepancy(r) for r in rows), grid.DISCREPANCY_COLUMNS, out, ",")
