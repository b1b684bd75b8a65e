"""`eventwire articles`: list the stored articles and correct their metadata."""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from eventwire.cli.main import EXIT_OK, EXIT_SOME_FAILED
from eventwire.cli.options import db_option, debug_option, set_published_option


@click.group()
def articles() -> None:
    """The stored articles: list them, correct their publication date, source, title or URL."""


@articles.command("list")
@db_option
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table",
              show_default=True)
@debug_option
def list_(db: str, fmt: str, _debug: bool) -> None:
    """List the stored articles (id, title, published, source, events), undated first."""
    from eventwire.store import Store

    with Store(db) as store:
        found = list(store.articles())
    if fmt == "jsonl":
        for item in found:
            click.echo(json.dumps(item, ensure_ascii=False))
        return
    _articles_table(found)


def _articles_table(found: list[dict[str, Any]]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    if not found:
        console.print("The store holds no articles.")
        return
    table = Table(title=f"{len(found)} articles")
    for column in ("id", "title", "published", "source", "events"):
        table.add_column(column, overflow="fold", justify="right" if column == "events" else "left")
    for item in found:
        table.add_row(item["id"], item["title"] or "", item["published"] or "(none)",
                      item["source"] or "", str(item["events"]))
    console.print(table)


@articles.command("set")
@click.argument("ids", nargs=-1)
@set_published_option
@click.option("--source", help="The source (publisher) to set.")
@click.option("--title", help="The title to set.")
@click.option("--url", help="The URL to set.")
@click.option("--where-source", metavar="NAME", help="Correct every article of this source.")
@click.option("--where-unpublished", is_flag=True,
              help="Correct every article without a publication date.")
@click.option("--all", "everything", is_flag=True, help="Correct every stored article.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON line per corrected article.")
@db_option
@debug_option
def set_(ids: tuple[str, ...], published: str | None, source: str | None, title: str | None,
         url: str | None, where_source: str | None, where_unpublished: bool, everything: bool,
         as_json: bool, db: str, _debug: bool) -> None:
    """Set the publication date, source, title or URL of stored articles (IDS, or those a
    --where option or --all selects) and re-code them, so their events are dated against
    the new date; each change goes to the ingest log (status "metadata")."""
    from eventwire.run.metadata import correct, selected_ids
    from eventwire.store import Store

    values = _values(published=published, source=source, title=title, url=url)
    selection = _selection(ids, where_source, where_unpublished, everything)
    with Store(db) as store:
        chosen = selected_ids(store, selection)
        done = correct(store, chosen, values, on_article=lambda c: _show(c, as_json))
    failed = sum(1 for c in done if c.error)
    if not as_json:
        click.echo(f"corrected {len(done) - failed} of {len(chosen)} selected articles "
                   f"({len(chosen) - len(done)} already held the values), {failed} failed", err=True)
    sys.exit(EXIT_SOME_FAILED if failed else EXIT_OK)


def _values(**given: str | None) -> dict[str, str]:
    """The fields to set; a usage error when there are none or one is empty."""
    values = {name: value for name, value in given.items() if value is not None}
    if not values:
        raise click.UsageError("nothing to set: give --published, --source, --title or --url")
    for name, value in values.items():
        if not value.strip():
            raise click.BadParameter("must not be empty", param_hint=f"--{name}")
    return {name: value.strip() for name, value in values.items()}


def _selection(ids: tuple[str, ...], source: str | None, unpublished: bool, everything: bool) -> Any:
    """Which articles: IDS, or --where-source and/or --where-unpublished, or --all; a usage
    error when none or both kinds are given."""
    from eventwire.run.metadata import Selection

    wheres = source is not None or unpublished
    if sum((bool(ids), wheres, everything)) != 1:
        raise click.UsageError("say which articles: IDS, --where-source/--where-unpublished, "
                               "or --all (one of them)")
    return Selection(ids=list(ids), source=source, unpublished=unpublished, everything=everything)


def _show(correction: Any, as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(correction.to_dict(), ensure_ascii=False))
    else:
        click.echo(correction.describe())
