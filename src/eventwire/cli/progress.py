"""Ingest with a rich progress bar on stderr and a summary at the end."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from eventwire.api import IngestReport, ingest
from eventwire.records import Article
from eventwire.store import Store


def run_ingest(paths: Sequence[str], db: str | None, published: str | None, *,
               workers: int | None, clean: bool, quiet: bool = False,
               as_json: bool = False, **reading: Any) -> IngestReport:
    """Ingest `paths` into the store at `db`, reporting progress and failures on stderr.

    `reading` holds the include, exclude and languages options of :func:`ingest`."""
    console = Console(stderr=True)
    show = not quiet and console.is_terminal
    progress = Progress(TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(),
                        TextColumn("{task.fields[rate]:.1f} docs/s"), TimeElapsedColumn(),
                        console=console, disable=not show, transient=True)

    with Store(db) as store, progress:
        task = progress.add_task("ingest", total=None, rate=0.0)

        def on_article(article: Article, status: str) -> None:
            progress.advance(task)
            elapsed = progress.tasks[0].elapsed or 1e-9
            progress.update(task, rate=progress.tasks[0].completed / elapsed)
            if status == "failed":
                console.print(f"eventwire: {'; '.join(article.errors) or article.id}",
                              markup=False, highlight=False)

        report = ingest(paths, store, published, clean=clean, workers=workers,
                        on_article=on_article, **reading)
    if as_json:
        click.echo(json.dumps(report.to_dict()))
    elif not quiet:
        console.print(f"{report.stored} stored, {report.unchanged} unchanged, {report.failed} failed; "
                      f"{report.events} events in {report.seconds:.1f} s", highlight=False)
    return report
