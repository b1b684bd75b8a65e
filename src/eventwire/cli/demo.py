"""`eventwire demo`: ingest the bundled samples and show dyads and the India–Afghanistan timeline."""

from __future__ import annotations

import sys
from collections import Counter
from importlib import resources
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table
from sqlalchemy.engine import make_url

from eventwire import settings
from eventwire.cli.progress import run_ingest
from eventwire.store import Store

TIMELINE_DYAD = ("IND", "AFG")
PIPED_WIDTH = 160


def samples_folder() -> Path:
    """The folder of sample articles shipped with the package."""
    return Path(str(resources.files("eventwire") / "samples"))


def run_demo(db: str | None, *, fresh: bool = False, workers: int | None = None) -> None:
    url = db or settings.get("db")
    if fresh:
        _delete_sqlite(url)
    # piped output keeps whole table rows on one line instead of an 80-column wrap
    console = Console(width=None if sys.stdout.isatty() else PIPED_WIDTH)
    console.print(f"Coding the sample articles in {samples_folder()} into {url}")
    run_ingest([str(samples_folder())], url, None, workers=workers, clean=True)
    with Store(url) as store:
        events = list(store.events(with_text=True))
        counts = store.counts()
    console.print(f"The store holds {counts['articles']} articles, {counts['events']} coded event "
                  f"reports, {counts['happenings']} distinct events, {counts['stories']} stories.")
    console.print(_dyad_table(events))
    timeline = [e for e in events if set(TIMELINE_DYAD) <= _parties(e)]
    console.print(_timeline_table(timeline))


def _delete_sqlite(url: str) -> None:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        for suffix in ("", "-wal", "-shm"):
            Path(parsed.database + suffix).unlink(missing_ok=True)


def _countries(entities: list[dict[str, Any]]) -> str:
    return "+".join(sorted({e["country"] for e in entities if e.get("country")})) or "?"


def _parties(event: dict[str, Any]) -> set[str]:
    return {e["country"] for e in event.get("actor", []) + event.get("recipient", []) if e.get("country")}


def _dyad_table(events: list[dict[str, Any]]) -> Table:
    dyads: Counter[tuple[str, str]] = Counter()
    cooperation: Counter[tuple[str, str]] = Counter()
    for event in events:
        dyad = (_countries(event.get("actor", [])), _countries(event.get("recipient", [])))
        dyads[dyad] += 1
        cooperation[dyad] += (event.get("quad") or 0) in (1, 2)
    table = Table(title="Events per dyad (actor → recipient)")
    for column in ("actor", "recipient", "events", "cooperation", "conflict"):
        numeric = column in ("events", "cooperation", "conflict")
        table.add_column(column, justify="right" if numeric else "left")
    for (actor, recipient), n in dyads.most_common(20):
        table.add_row(actor, recipient, str(n), str(cooperation[(actor, recipient)]),
                      str(n - cooperation[(actor, recipient)]))
    return table


def _timeline_table(events: list[dict[str, Any]]) -> Table:
    table = Table(title="India–Afghanistan timeline")
    for column in ("date", "type", "actor → recipient", "where", "articles", "source sentence"):
        table.add_column(column, overflow="fold")
    for event in sorted(events, key=lambda e: str((e.get("date") or {}).get("value") or "")):
        date = event.get("date") or {}
        place = (event.get("location") or {}).get("name") or ""
        table.add_row(str(date.get("value") or "?"), event["type"],
                      f"{_countries(event.get('actor', []))} → {_countries(event.get('recipient', []))}",
                      place, str(event.get("num_articles", 1)), _short(event.get("sentence_text") or ""))
    return table


def _short(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"

