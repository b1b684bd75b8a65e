"""`eventwire events`: export with a progress bar on stderr and a summary at the end."""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Iterator
from typing import Any

import click
from rich.console import Console
from rich.progress import Progress, TaskID

from eventwire.cli.progress import advance, progress_bar
from eventwire.export import write_events
from eventwire.store import EventFilter, Store
from eventwire.store.reports import UNLINKED, summary_line, waiting_line


def run_export(db: str | None, where: EventFilter, fmt: str, output: str | None, *,
               quiet: bool = False, as_json: bool = False) -> int:
    """Write the events of the store at `db` that match `where`; returns how many.

    A progress bar (rate, ETA) goes to stderr when it is a terminal, then a one-line summary;
    `quiet` drops both, `as_json` prints the summary as JSON on stderr (stdout may hold the
    events themselves)."""
    console = Console(stderr=True)
    show = not quiet and console.is_terminal
    started = time.monotonic()
    with Store(db) as store:
        total = store.count_events(where) if show else None
        progress = progress_bar(console, "export", "events", show)
        with progress:
            task = progress.add_task("export", total=total, rate=0.0)
            count = write_events(_counted(store.events(where, with_text=True), progress, task),
                                 fmt, output)
        counts = store.report_counts(where)
        waiting = store.waiting_articles()
    seconds = time.monotonic() - started
    summary = {"events": count, "format": fmt, "output": output or "-", "seconds": round(seconds, 3),
               "reports": counts, "waiting_articles": waiting}
    if as_json:
        click.echo(json.dumps(summary), err=True)
    elif not quiet:
        console.print(f"{count} {_written(where, count, counts)} written {destination(fmt, output)} "
                      f"in {seconds:.1f} s", highlight=False, soft_wrap=True)
        console.print(summary_line(counts, _events(where, count, counts)), highlight=False,
                      soft_wrap=True)
        if waiting:
            console.print(waiting_line(waiting), highlight=False, soft_wrap=True)
    return count


def destination(fmt: str, output: str | None) -> str:
    """ "as FORMAT to FILE" (or stdout): where an export went, for its summary line."""
    return f"as {fmt} to {output or 'stdout'}"


def _unlinked(where: EventFilter, counts: dict[str, int]) -> int:
    """How many of the lines written are reports not in any event (with --all)."""
    return sum(counts[status] for status in UNLINKED) if where.include_unreal else 0


def _events(where: EventFilter, count: int, counts: dict[str, int]) -> int:
    return count - _unlinked(where, counts)


def _written(where: EventFilter, count: int, counts: dict[str, int]) -> str:
    """What the `count` lines written are: events, and with --all reports not in any event."""
    unlinked = _unlinked(where, counts)
    if not unlinked:
        return "event" if count == 1 else "events"
    events = count - unlinked
    return (f"lines ({events} event{'' if events == 1 else 's'}, {unlinked} "
            f"report{'' if unlinked == 1 else 's'} not in any event)")


def _counted(events: Iterable[dict[str, Any]], progress: Progress,
             task: TaskID) -> Iterator[dict[str, Any]]:
    for event in events:
        yield event
        advance(progress, task)
