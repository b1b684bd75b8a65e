"""The commands. Each is a few lines over one library function."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Any, TextIO

import click

from eventwire.cli.main import EXIT_OK, EXIT_SOME_FAILED
from eventwire.cli.options import (
    creating_db_option,
    db_option,
    debug_option,
    event_filter_options,
    published_option,
    reading_options,
)
from eventwire.errors import EventwireError
from eventwire.export import FORMATS

if TYPE_CHECKING:
    from eventwire.store import EventFilter


def _dump(obj: Any, out: TextIO = sys.stdout) -> None:
    out.write(json.dumps(obj, ensure_ascii=False) + "\n")


def _report_errors(errors: list[str]) -> None:
    for message in errors:
        click.echo(f"eventwire: {message}", err=True)


@click.command()
@click.argument("paths", nargs=-1)
@published_option
@click.option("--no-clean", is_flag=True, help="Code the text exactly as given (offsets stay valid).")
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True)
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes.")
@reading_options
@debug_option
def code(paths: tuple[str, ...], published: str | None, no_clean: bool, fmt: str, workers: int,
         include: tuple[str, ...], exclude: tuple[str, ...],
         languages: tuple[str, ...] | None, follow_symlinks: bool, _debug: bool) -> None:
    """Code documents and write one JSON line per document; store nothing.

    PATHS are files (.txt, .html, .htm, .jsonl, .json, .csv, .rss, .atom, .xml, .warc and
    their .gz), folders, or - for JSONL on stdin (the default when no path is given).
    """
    from eventwire.api import code_documents

    failed = False
    for article in code_documents(paths or ("-",), published, clean=not no_clean, workers=workers,
                                  include=include, exclude=exclude, languages=languages,
                                  follow_symlinks=follow_symlinks):
        _dump(article.to_dict())
        if article.errors:
            failed = True
            _report_errors(article.errors)
    sys.exit(EXIT_SOME_FAILED if failed else EXIT_OK)


@click.command()
@click.option("--jsonl", is_flag=True, default=True, help="Read JSONL from stdin (the default).")
@debug_option
def actors(jsonl: bool, _debug: bool) -> None:
    """Resolve actor mentions read from stdin, one ENTITY JSON line per input line.

    Each input line: {"mention": str, "context": str | null, "date": "YYYY-MM-DD" | null}.
    """
    from eventwire.cli.actors_io import resolve_lines

    failed = False
    for entity, error in resolve_lines(sys.stdin):
        _dump(entity)
        if error:
            failed = True
            _report_errors([error])
    sys.exit(EXIT_SOME_FAILED if failed else EXIT_OK)


def _checked(_ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A usage error (exit 2) for a --dask or --out value of the wrong form."""
    from eventwire.run import dask as distributed

    check = distributed.local_workers if param.name == "dask_address" else distributed.parquet_folder
    try:
        if value is not None:
            check(value)
    except EventwireError as exc:
        raise click.BadParameter(str(exc).split(": ", 1)[-1]) from None
    return value


@click.command()
@click.argument("paths", nargs=-1, required=True)
@creating_db_option
@published_option
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: the number of cores).")
@click.option("--dask", "dask_address", metavar="local[:N]|tcp://HOST:PORT", callback=_checked,
              help="Code on a Dask cluster: a local one of N worker processes, or a scheduler.")
@click.option("--out", metavar="parquet://FOLDER", callback=_checked,
              help="Write the coded events to a Parquet dataset instead of the store.")
@click.option("--no-clean", is_flag=True, help="Store the text exactly as given.")
@click.option("--replace", is_flag=True,
              help="Re-code a stored article whose id comes with other content (default: a conflict).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@reading_options
@debug_option
def ingest(paths: tuple[str, ...], db: str | None, published: str | None, workers: int | None,
           dask_address: str | None, out: str | None, no_clean: bool, replace: bool, quiet: bool,
           as_json: bool,
           include: tuple[str, ...], exclude: tuple[str, ...], languages: tuple[str, ...] | None,
           follow_symlinks: bool, _debug: bool) -> None:
    """Code documents and add them to the store; already stored documents are skipped."""
    from eventwire.cli.progress import run_ingest

    if replace and out:
        raise click.UsageError("--replace re-codes stored articles: --out writes no store")
    report = run_ingest(paths, db, published, workers=workers, clean=not no_clean,
                        quiet=quiet, as_json=as_json, dask=dask_address, out=out, replace=replace,
                        include=include, exclude=exclude, languages=languages,
                        follow_symlinks=follow_symlinks)
    sys.exit(EXIT_SOME_FAILED if report.failed or report.conflicts else EXIT_OK)


@click.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True),
              help="Write to this file instead of stdout.")
@event_filter_options(sort=True)
@click.option("--all", "include_unreal", is_flag=True,
              help="Also write every report that is not part of an event, one line each with its "
                   "status: not_asserted, low_confidence, no_party_country or no_date. These lines "
                   "come first, oldest first whatever --sort says; the events follow in --sort "
                   "order.")
@click.option("--discrepancies", is_flag=True,
              help="Write the discrepancies between the reports of the matching events instead "
                   "(jsonl or csv): one row per side, with its value, reports and outlets.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON on stderr.")
@debug_option
def events(db: str | None, fmt: str, output: str | None, where: EventFilter, include_unreal: bool,
           discrepancies: bool, quiet: bool, as_json: bool, _debug: bool) -> None:
    """Write the store's deduplicated events, one per real-world happening."""
    from eventwire.cli.exporting import run_export

    if discrepancies:
        from eventwire.cli.compare import export_discrepancies

        if include_unreal or as_json:
            raise click.UsageError("--discrepancies compares the reports of events: "
                                   "--all and --json do not apply")
        export_discrepancies(db, where, fmt, output, quiet=quiet)
        return
    where.include_unreal = include_unreal
    run_export(db, where, fmt, output, quiet=quiet, as_json=as_json)


@click.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True)
@debug_option
def stories(db: str | None, fmt: str, _debug: bool) -> None:
    """Write the stories: groups of articles about the same happening."""
    from eventwire.store import Store

    with Store(db) as store:
        for story in store.stories():
            _dump(story.to_dict())


@click.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="table",
              show_default=True)
@debug_option
def claims(db: str | None, fmt: str, _debug: bool) -> None:
    """Show each novelty claim ("first", "first-ever") with the evidence for and against it."""
    from eventwire.store import Store

    with Store(db) as store:
        found = list(store.claims())
    if fmt == "jsonl":
        for claim in found:
            _dump(claim)
        return
    from eventwire.cli.tables import claims_table

    claims_table(found)


@click.command()
@click.option("--db", metavar="URL", help="SQLAlchemy URL or SQLite path of the demo's store "
              "(default: demo.db in the user data folder, apart from the store other commands use).")
@click.option("--fresh", is_flag=True, help="Start from an empty database (delete the SQLite file).")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: the number of cores).")
@debug_option
def demo(db: str | None, fresh: bool, workers: int | None, _debug: bool) -> None:
    """Code the bundled sample articles into the store and show what was found."""
    from eventwire.cli.demo import run_demo

    run_demo(db, fresh=fresh, workers=workers)


@click.command(name="eval")
@click.argument("name")
@click.argument("path", type=click.Path(exists=True), required=False)
@click.option("--part", type=click.Choice(["both", "tune", "check", "all"]), default="both",
              show_default=True,
              help="Which part of the set: tune and check side by side, one of them, or all items.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON only.")
@click.option("--limit", type=click.IntRange(min=1), help="Evaluate only the first N items.")
@click.option("--order", default="file", show_default=True, metavar="ORDER",
              help="ecbplus only: the order each topic's documents are linked in: file, interleave "
              "(the two happenings by turns), interleave-plus (by turns, ecbplus first), reverse, "
              "halves (one happening, then the other) or shuffle:SEED. Published figures use file.")
@click.option("--output", "-o", default="eval-report", show_default=True,
              help="eval all: write the report to OUTPUT.md and OUTPUT.json.")
@debug_option
def evaluate(name: str, path: str | None, part: str, as_json: bool, limit: int | None, order: str,
             output: str, _debug: bool) -> None:
    """Evaluate against a development gold set: eventwire eval NAME [PATH].

    NAME is one of the sets listed by `eventwire eval list`, or `all` for every set (PATH is
    then the gold/dev folder). Each set has a tune part and a check part (docs/evaluation.md):
    report the check figures.
    """
    from eventwire.cli.evaluation import run_all, run_eval
    from eventwire.evaluate.ecbplus import reorder

    try:
        reorder([], order)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--order") from None
    if name == "all":
        if order != "file":
            raise click.UsageError("--order applies to eval ecbplus only")
        if part != "both" or as_json:
            raise click.UsageError("eval all evaluates both parts of every set and writes "
                                   "OUTPUT.md and OUTPUT.json: --part and --json do not apply")
        run_all(path, output, limit=limit)
        return
    run_eval(name, path, as_json=as_json, limit=limit, part=part, order=order)
