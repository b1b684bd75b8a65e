"""`eventwire recode`: re-code stored articles after a coder update."""

from __future__ import annotations

import json
import sys

import click

from eventwire.cli.main import EXIT_OK, EXIT_SOME_FAILED
from eventwire.cli.options import db_option, debug_option


@click.command()
@db_option
@click.option("--all", "everything", is_flag=True,
              help="Re-code every stored article, not only those coded by another coder version.")
@click.option("--dry-run", is_flag=True, help="Code and report the changes; write nothing.")
@click.option("--quiet", "-q", is_flag=True, help="No per-article lines and no summary.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@debug_option
def recode(db: str | None, everything: bool, dry_run: bool, quiet: bool, as_json: bool,
           _debug: bool) -> None:
    """Re-code stored articles from their stored text, one transaction per article.

    By default only articles coded with another coder version than this one; the report
    counts events added, removed and changed, per article and in total.
    """
    from eventwire.run.recode import iter_changes
    from eventwire.run.recode import recode as recode_store
    from eventwire.store import Store

    with Store(db) as store:
        report = recode_store(store, everything=everything, dry_run=dry_run)
    if as_json:
        click.echo(json.dumps(report.to_dict()))
    elif not quiet:
        for line in iter_changes(report):
            click.echo(line, err=True)
        would = "would re-code" if dry_run else "re-coded"
        click.echo(f"{would} {report.recoded} of {report.selected} articles "
                   f"(coder {report.coder_version}), {report.failed} failed; events "
                   f"+{report.events_added} -{report.events_removed} ~{report.events_changed}",
                   err=True)
        if report.relinked:
            click.echo(f"relinked {report.relinked} articles to their events and stories", err=True)
    sys.exit(EXIT_SOME_FAILED if report.failed else EXIT_OK)


@click.command()
@db_option
@click.option("--all", "everything", is_flag=True,
              help="Take every link apart and link every article again, in publication order.")
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
@debug_option
def relink(db: str | None, everything: bool, as_json: bool, _debug: bool) -> None:
    """Link stored articles to events and stories again.

    Without --all, finishes what an interrupted ingest, recode or relink left waiting (the
    link queue); with --all, relinks the whole store from scratch in (publication date, id)
    order, so that its events and stories no longer depend on how articles came in.
    """
    from eventwire.store import Store

    with Store(db) as store:
        linked = store.relink() if everything else store.settle_stories()
    if as_json:
        click.echo(json.dumps({"relinked": linked, "all": everything}))
    else:
        click.echo(f"relinked {linked} articles", err=True)
