"""`eventwire kb`: add, import, show and check the actor knowledge base (docs/kb.md)."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

import click

from eventwire.cli.main import EXIT_OK
from eventwire.cli.options import _iso_date, creating_db_option, debug_option
from eventwire.errors import InputError

SECTOR_HELP = "PLOVER sector code (GOV, MIL, REB ...)."


@click.group()
def kb() -> None:
    """The actor knowledge base: curated data, user facts and facts learned from articles."""


def _open_store(db: str | None) -> Any:
    from eventwire.store import Store

    return Store(db)


def _echo_json(obj: Any) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False))


@kb.command("add")
@click.argument("name")
@click.option("--kind", type=click.Choice(["person", "organisation"]), default="person",
              show_default=True, help="What NAME names.")
@click.option("--country", required=True, metavar="CODE", help="ISO alpha-3 or IGO/NGO/UNO/...")
@click.option("--sector", required=True, metavar="CODE", help=SECTOR_HELP)
@click.option("--office", default=None, help="The office held (persons), e.g. 'Foreign Minister'.")
@click.option("--start", callback=_iso_date, metavar="YYYY-MM-DD", help="First day (inclusive).")
@click.option("--end", callback=_iso_date, metavar="YYYY-MM-DD", help="Last day (inclusive).")
@click.option("--alias", "aliases", multiple=True, help="Another name (repeatable).")
@creating_db_option
@debug_option
def add(name: str, kind: str, country: str, sector: str, office: str | None, start: str | None,
        end: str | None, aliases: tuple[str, ...], db: str | None, _debug: bool) -> None:
    """Add one dated fact about a person or organisation (source "user")."""
    from eventwire.actors.facts import fact_from_mapping
    from eventwire.run.facts import add_facts

    fact = fact_from_mapping({"kind": kind, "name": name, "country": country, "sector": sector,
                              "office": office, "start": start, "end": end,
                              "aliases": list(aliases)}, "kb add")
    with _open_store(db) as store:
        add_facts(store, [fact])
    _echo_json(fact.to_dict())


@kb.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@creating_db_option
@debug_option
def import_(file: Path, db: str | None, _debug: bool) -> None:
    """Add every fact of a TSV or JSONL file in the documented format (source "user")."""
    from eventwire.actors.facts import read_facts
    from eventwire.run.facts import add_facts

    if not file.exists():
        raise InputError(f"{file}: no such file")
    facts = read_facts(file)
    with _open_store(db) as store:
        count = add_facts(store, facts)
    _echo_json({"imported": count, "file": str(file)})


@kb.command("show")
@click.argument("name")
@click.option("--date", callback=_iso_date, metavar="YYYY-MM-DD",
              help="Code the name as of this day (default: today).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@creating_db_option
@debug_option
def show(name: str, date: str | None, as_json: bool, db: str | None, _debug: bool) -> None:
    """Every fact about NAME (curated, user, learned with provenance) and how it codes."""
    from eventwire.run.facts import describe

    with _open_store(db) as store:
        report = describe(store, name, dt.date.fromisoformat(date) if date else dt.date.today())
    if as_json:
        _echo_json(report)
        return
    click.echo(_show_text(report))


def _show_text(report: dict[str, Any]) -> str:
    lines = [f"{report['name']}: {len(report['facts'])} fact(s)"]
    for fact in report["facts"]:
        dates = f"{fact['start'] or '…'} to {fact['end'] or '…'}"
        where = f"  [article {fact['article_id']}, chars {fact['sentence_start']}-" \
                f"{fact['sentence_end']}]" if fact["source"] == "learned" else ""
        if fact.get("reference"):
            where = f"  [{fact['reference']}]"
        lines.append(f"  {fact['source']:8} {fact['id']}  {fact['country']} {fact['sector'] or '-'}"
                     f"  {fact['office'] or '-'}  {dates}{where}")
    coded = report["coded"]
    lines.append(f"codes on {report['date']} as: country {coded['country']}, sector "
                 f"{coded['sector']}, office {coded['office']}, id {coded['known_as']}")
    return "\n".join(lines)


@kb.command("conflicts")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON line per conflict.")
@creating_db_option
@debug_option
def conflicts_(as_json: bool, db: str | None, _debug: bool) -> None:
    """Learned facts that disagree with curated or user facts."""
    from eventwire.actors.knowledge import default_actor_knowledge
    from eventwire.run.facts import conflicts

    with _open_store(db) as store:
        found = conflicts(store, default_actor_knowledge())
    for item in found:
        if as_json:
            _echo_json(item)
            continue
        learned, against = item["learned"], item["against"]
        click.echo(f"{learned['name']}: learned {learned['country']} {learned['sector']} on "
                   f"{learned['start']} (article {learned['article_id']}) but {against['source']} "
                   f"says {against['country']} {against['sector']}")
    if not as_json:
        click.echo(f"{len(found)} conflict(s)")
    sys.exit(EXIT_OK)
