"""Facts beyond the packaged data: added by users or learned from articles.

A :class:`Fact` is one dated row about a person or organisation, in the knowledge-base
format documented in ``docs/kb.md`` (format version :data:`FORMAT_VERSION`).
:func:`extend_actor_knowledge` returns a copy of a knowledge snapshot with such facts
merged in, curated rows first: a user or learned row never replaces a curated one, and a
learned row never replaces a user one (the store lists such disagreements as conflicts).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from eventwire import datafiles
from eventwire.actors import tables
from eventwire.actors.knowledge import (
    ORG,
    PERSON,
    ActorKnowledge,
    Entry,
    Period,
    _exact,
    _tokenise,
    default_actor_knowledge,
    normalise,
)
from eventwire.errors import ConfigError, InputError
from eventwire.records import make_id as make_id

FORMAT_VERSION = 1
COLUMNS = ["id", "kind", "name", "aliases", "country", "sector", "office", "start", "end"]
KINDS = ("person", "organisation")
SOURCES = ("curated", "user", "learned")   # in order of authority
RANK = {source: rank for rank, source in enumerate(SOURCES)}


@dataclass(frozen=True)
class Fact:
    """One dated fact about a person or organisation (docs/kb.md)."""

    kind: str                      # person | organisation
    name: str
    country: str
    sector: str | None = None
    office: str | None = None
    start: str | None = None       # ISO date, inclusive; None = open
    end: str | None = None
    aliases: tuple[str, ...] = ()
    id: str = ""                   # person:some-name / org:some-name; derived when empty
    source: str = "user"           # curated | user | learned
    provenance: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def kb_id(self) -> str:
        return self.id or make_id(self.kind, self.name)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.kb_id, "kind": self.kind, "name": self.name,
                "aliases": list(self.aliases), "country": self.country, "sector": self.sector,
                "office": self.office, "start": self.start, "end": self.end,
                "source": self.source, **self.provenance}


def fact_from_mapping(data: Mapping[str, Any], where: str, source: str = "user") -> Fact:
    """A checked :class:`Fact` from a JSON object or TSV row; raises InputError naming `where`."""
    values = {key: _text(data.get(key)) for key in COLUMNS if key != "aliases"}
    values["country"], values["sector"] = values["country"].upper(), values["sector"].upper()
    aliases = data.get("aliases") or []
    if isinstance(aliases, str):
        aliases = tables.split_list(aliases)
    problem = _problem(values)
    if problem:
        raise InputError(f"{where}: {problem}")
    return Fact(kind=values["kind"], name=values["name"], country=values["country"],
                sector=values["sector"] or None, office=values["office"] or None,
                start=values["start"] or None, end=values["end"] or None,
                aliases=tuple(str(a).strip() for a in aliases if str(a).strip()),
                id=values["id"], source=source)


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _problem(values: dict[str, str]) -> str | None:
    """The first thing wrong with a fact's values, or None."""
    if values["kind"] not in KINDS:
        return f"kind {values['kind']!r} is not one of {', '.join(KINDS)}"
    checks = [("name", tables.required), ("country", tables.country_code),
              ("sector", tables.optional_sector), ("start", tables.iso_date),
              ("end", tables.iso_date)]
    if values["id"]:
        checks.append(("id", tables.kb_id))
    for column, check in checks:
        problem = check(values[column])
        if problem:
            return f"{column}: {problem}"
    if values["country"] not in default_actor_knowledge().countries:
        return f"country: {values['country']} is not in countries.tsv"
    if values["start"] and values["end"] and values["end"] < values["start"]:
        return f"end {values['end']} is before start {values['start']}"
    return None


# ---- merging facts into a snapshot ----------------------------------------------------

def extend_actor_knowledge(base: ActorKnowledge, facts: Iterable[Fact]) -> ActorKnowledge:
    """A copy of `base` with user and learned facts added; `base` is left as it is.

    A fact joins the person or organisation its name already names (else a new id); its
    period is added only where it overlaps no period of a more authoritative source. Learned
    facts never touch a curated person or organisation (a past office holder mentioned with
    their old title must stay a former one).
    """
    ordered = sorted(facts, key=_merge_order)
    usable = [f for f in ordered if f.sector and f.country]
    if not usable:
        return base
    knowledge = _copy(base)
    ambiguous = _ambiguous_aliases(usable)
    curated = set(base.people) | set(base.orgs)
    for fact in usable:
        _add_fact(knowledge, fact, ambiguous, curated)
    knowledge.facts = [*base.facts, *usable]
    if any(fact.source == "learned" for fact in usable):
        knowledge.teaching = extend_actor_knowledge(base, [f for f in usable if f.source != "learned"])
    return knowledge


def _merge_order(fact: Fact) -> tuple[Any, ...]:
    """Authority, then start date; user facts keep the order they were added in, learned ones
    are put in an order of their own content, not of when their articles were stored, so
    that the snapshot is the same however the articles came in."""
    learned = (fact.name, fact.country, fact.sector or "", fact.office or "",
               str(fact.provenance.get("article_id") or ""), fact.provenance.get("sentence_start") or 0)
    return RANK.get(fact.source, 9), fact.start or "", learned if fact.source == "learned" else ()


def _copy(base: ActorKnowledge) -> ActorKnowledge:
    phrases: dict[tuple[str, ...], list[Entry]] = defaultdict(list)
    phrases.update({key: list(entries) for key, entries in base.phrases.items()})
    return replace(base, orgs=dict(base.orgs), people=dict(base.people), phrases=phrases,
                   first=dict(base.first))


def _ambiguous_aliases(facts: list[Fact]) -> set[str]:
    """Aliases two different names claim ("Singh" for two Singhs): neither gets them."""
    owners: dict[str, set[str]] = defaultdict(set)
    for fact in facts:
        for alias in fact.aliases:
            owners[normalise(alias)].add(normalise(fact.name))
    return {alias for alias, names in owners.items() if len(names) > 1}


def _add_fact(knowledge: ActorKnowledge, fact: Fact, ambiguous: set[str],
              curated: set[str]) -> None:
    kind = PERSON if fact.kind == "person" else ORG
    table = knowledge.people if kind == PERSON else knowledge.orgs
    known = existing_id(knowledge, fact.name, kind)
    kb_id = known or fact.kb_id
    if fact.source == "learned" and kb_id in curated:
        return  # the curated rows speak for this person on every date, even after they end
    rows = table.get(kb_id, [])
    period = Period(kb_id, rows[0].name if rows else fact.name, fact.country, fact.sector or "",
                    fact.office, _date(fact.start), _date(fact.end))
    if any(_overlaps(period, row) for row in rows):
        return  # a more authoritative row already speaks for these dates
    table[kb_id] = sorted([*rows, period], key=lambda p: p.start or dt.date.min)
    for alias in [fact.name, *fact.aliases]:
        if normalise(alias) not in ambiguous:
            _add_alias(knowledge, alias, Entry(kind, kb_id, _exact(alias)), alias == fact.name)


def existing_id(knowledge: ActorKnowledge, name: str, kind: str) -> str | None:
    """The id a name already names in the snapshot (a person or organisation), or None."""
    key = tuple(normalise(tok) for tok in _tokenise(name))
    return next((e.key for e in knowledge.lookup(key) if e.kind == kind), None)


def _add_alias(knowledge: ActorKnowledge, alias: str, entry: Entry, is_name: bool) -> None:
    """Add a phrase; a short alias only where the phrase names nothing yet."""
    key = tuple(normalise(tok) for tok in _tokenise(alias))
    taken = knowledge.lookup(key)
    if taken and (not is_name or any(e.kind in (PERSON, ORG) for e in taken)):
        return
    knowledge.add_phrase(alias, entry)


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _overlaps(a: Period, b: Period) -> bool:
    lo, hi = dt.date.min, dt.date.max
    return (a.start or lo) <= (b.end or hi) and (b.start or lo) <= (a.end or hi)


def curated_facts(knowledge: ActorKnowledge, kb_id: str) -> list[Fact]:
    """The rows of one id in a packaged snapshot, as facts with source "curated"; each
    keeps the row's own reference ("wikipedia:...", "phoenix:...") as ``reference``."""
    kind = "organisation" if kb_id.startswith("org:") else "person"
    rows = (knowledge.orgs if kind == "organisation" else knowledge.people).get(kb_id, [])
    return [Fact(kind=kind, name=r.name, country=r.country, sector=r.sector or None,
                 office=r.office, start=r.start.isoformat() if r.start else None,
                 end=r.end.isoformat() if r.end else None, id=kb_id, source="curated",
                 provenance={"reference": r.source})
            for r in rows]


# ---- reading a facts file -------------------------------------------------------------

def read_facts(path: Path) -> list[Fact]:
    """The facts in a TSV or JSONL file in the documented format; raises InputError naming
    the file and line of the first bad row."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read facts file: {exc}") from exc
    _check_version(path, text)
    if path.suffix.lower() in (".jsonl", ".json"):
        return list(_jsonl_facts(path, text))
    return list(_tsv_facts(path))


def _check_version(path: Path, text: str) -> None:
    """Reject a file that declares another format version ("# eventwire-kb 2")."""
    match = re.search(r"eventwire-kb\W+(\d+)", text[:500])
    if match and int(match.group(1)) != FORMAT_VERSION:
        raise InputError(f"{path}: knowledge-base format {match.group(1)} is not supported "
                         f"(this eventwire reads format {FORMAT_VERSION})")


def _jsonl_facts(path: Path, text: str) -> Iterator[Fact]:
    from eventwire.read.jsonl import load_json

    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            data = load_json(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{number}: not a JSON object: {exc.msg}") from exc
        except InputError as exc:
            raise InputError(f"{path}:{number}: {exc}") from exc
        if not isinstance(data, dict):
            raise InputError(f"{path}:{number}: expected a JSON object")
        if "format" in data and not data.keys() - {"format"}:
            continue  # a header line {"format": 1}
        yield fact_from_mapping(data, f"{path}:{number}")


def _tsv_facts(path: Path) -> Iterator[Fact]:
    try:
        rows = datafiles.numbered(path, COLUMNS)
    except ConfigError as exc:   # the user's file, not the package's: an input error
        raise InputError(str(exc)) from exc
    for number, row in rows:
        yield fact_from_mapping(row, f"{path}:{number}")
