"""Ingest with a rich progress bar on stderr and a summary at the end."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from typing import Any

import click
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from eventwire import settings
from eventwire.api import IngestReport, ingest
from eventwire.records import Article
from eventwire.store import Store
from eventwire.store.reports import summary_line
from eventwire.store.store import store_location, store_url


def progress_bar(console: Console, label: str, unit: str, show: bool) -> Progress:
    """A transient bar on `console`: `label` (or what a task's description becomes), done/total,
    rate in `unit`/s, elapsed and time left. Add tasks with `label` as description and a
    ``rate=0.0`` field, and move them with :func:`advance`."""
    return Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TextColumn("{task.fields[rate]:.1f} " + unit + "/s"), TimeElapsedColumn(),
                    TimeRemainingColumn(), console=console, disable=not show, transient=True)


def advance(progress: Progress, task: TaskID) -> None:
    """One more item done; the rate follows."""
    progress.advance(task)
    done = next(t for t in progress.tasks if t.id == task)
    progress.update(task, rate=done.completed / (done.elapsed or 1e-9))


def run_ingest(paths: Sequence[str], db: str | None, published: str | None, *,
               workers: int | None, clean: bool, quiet: bool = False,
               as_json: bool = False, dask: str | None = None, out: str | None = None,
               replace: bool = False, **reading: Any) -> IngestReport:
    """Ingest `paths` into the store at `db`, reporting progress and failures on stderr.

    `dask` is a Dask cluster to code on ("local[:N]" or a scheduler address); `out`
    ("parquet://FOLDER") writes the events to a Parquet dataset instead of the store;
    `replace` re-codes stored articles whose id comes with other content. `reading` holds
    the include, exclude, languages and follow_symlinks options of :func:`ingest`."""
    console = Console(stderr=True)
    show = not quiet and console.is_terminal
    progress = progress_bar(console, "ingest", "docs", show)
    if out is None and not (quiet or as_json):
        console.print(f"storing in {store_location(store_url(db or settings.get('db')))}",
                      markup=False, highlight=False, soft_wrap=True)

    with progress:
        task = progress.add_task("ingest", total=None, rate=0.0)

        def on_article(article: Article, status: str) -> None:
            advance(progress, task)
            if status in ("failed", "conflict"):
                # one line per failed input or conflict, however narrow the terminal (or none)
                console.print(f"eventwire: {'; '.join(article.errors) or article.id}",
                              markup=False, highlight=False, soft_wrap=True)

        def on_settle() -> None:
            progress.update(task, description="ingest: settling stories")

        report = _run(paths, db, published, workers=workers, clean=clean, dask=dask, out=out,
                      replace=replace, on_article=on_article, on_settle=on_settle, **reading)
    if as_json:
        click.echo(json.dumps(report.to_dict()))
    elif not quiet:
        console.print(f"{report.stored} stored, {report.replaced} replaced, {report.unchanged} unchanged, "
                      f"{report.conflicts} conflicts, {report.failed} failed; "
                      f"{report.events} reports in {report.seconds:.1f} s", highlight=False)
        if report.reports:
            console.print(summary_line(report.reports), highlight=False, soft_wrap=True)
    if not quiet:
        for warning in report.warnings():
            console.print(f"eventwire: warning: {warning}", markup=False, highlight=False,
                          soft_wrap=True)
    return report


def _run(paths: Sequence[str], db: str | None, published: str | None, *, workers: int | None,
         clean: bool, dask: str | None, out: str | None, replace: bool,
         on_settle: Callable[[], None], **options: Any) -> IngestReport:
    """Ingest locally or on Dask, into the store or (with `out`) a Parquet dataset (which has
    no stories to settle)."""
    if out is not None:
        from eventwire.run import dask as distributed

        return distributed.write_parquet(paths, distributed.parquet_folder(out), published,
                                         address=dask, workers=workers or os.cpu_count() or 1,
                                         clean=clean, **options)
    with Store(db) as store:
        if dask is not None:
            from eventwire.run import dask as distributed

            return distributed.ingest(paths, store, published, address=dask, clean=clean,
                                      replace=replace, on_settle=on_settle, **options)
        return ingest(paths, store, published, clean=clean, workers=workers, replace=replace,
                      on_settle=on_settle, **options)
