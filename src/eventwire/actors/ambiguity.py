"""Names that fit several known people or organisations ("Khan", "Liberal Party").

With tens of thousands of entries, one alias often belongs to several of them. The reading
in force on the date wins, then the one whose country the article names (the most named,
when several are), then the one from the most authoritative source; what is still tied
stays ambiguous: the mention then gets no ``known_as`` and only what all the readings share
(:func:`shared_row`), never an arbitrary one of them.

A person known only from the least authoritative source (Phoenix's country lists, a 2014
snapshot full of obscure officials) must also be supported by the article before the name is
theirs: their country named in it, or a title beside the name whose sector is one of theirs.
Otherwise the name is read as an unknown person's ("Troy police Sgt. Barry Whiteside" in a
Michigan story is not the Fijian official of that name), which the document rules then place
in the article's country.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable

from eventwire.actors.knowledge import (
    CAPITAL,
    COUNTRY,
    ORG,
    PERSON,
    ROLE,
    SOURCE_RANKS,
    ActorKnowledge,
    Period,
)
from eventwire.actors.mentions import Unit

# a source whose people need the article's support (see the module docstring)
_WEAK_RANK = SOURCE_RANKS["phoenix"]
# tokens that may stand between a title and the name it belongs to: "Sgt . Ana Ruiz"
_TITLE_GAP = 2


def settle(units: Iterable[Unit], knowledge: ActorKnowledge, date: dt.date | None,
           countries: Counter[str]) -> None:
    """Narrow each unit's person or organisation readings (in place); a unit left with
    several is marked ``ambiguous``."""
    units = list(units)
    roles = [u for u in units if u.kind == ROLE and u.best is not None]
    for unit in units:
        _country_over_surname(unit)
        _unsupported_dropped(unit, knowledge, countries, roles)
        best = unit.best
        if best is None or best.kind not in (PERSON, ORG):
            continue
        keys = list(dict.fromkeys(e.key for e in unit.entries if e.kind == best.kind))
        if len(keys) < 2:
            continue
        kept = _preferred(keys, knowledge, best.kind, date, countries)
        readings = [e for e in unit.entries if e.kind == best.kind and e.key in kept]
        unit.entries = readings + [e for e in unit.entries if e.kind != best.kind]
        unit.ambiguous = len(kept) > 1


def _country_over_surname(unit: Unit) -> None:
    """A one-word name that is also a country or a capital ("Montenegro") names the place,
    not someone whose surname it is."""
    if unit.end - unit.start == 1 and any(e.kind in (COUNTRY, CAPITAL) for e in unit.entries):
        unit.entries = [e for e in unit.entries if e.kind != PERSON]


def _unsupported_dropped(unit: Unit, knowledge: ActorKnowledge, countries: Counter[str],
                         roles: list[Unit]) -> None:
    """Drop the person readings only a weak source knows and the article does not support
    (see the module docstring); a unit left without readings is an unknown person's name."""
    people = [e for e in unit.entries if e.kind == PERSON]
    if not people:
        return
    titles = {knowledge.roles[r.best.key].sector for r in roles if r.best is not None
              and 0 <= unit.start - r.end <= _TITLE_GAP and r.best.key in knowledge.roles}
    weak = [e for e in people if not _supported(knowledge.people.get(e.key, []), countries, titles)]
    if not weak:
        return
    unit.entries = [e for e in unit.entries if e not in weak]
    if not unit.entries:
        unit.label = "PERSON"


def _supported(rows: list[Period], countries: Counter[str], titles: set[str | None]) -> bool:
    """Whether a person's rows come from a source authoritative enough on its own, or the
    article names their country, or a title beside the name has one of their sectors."""
    return not rows or max(r.rank for r in rows) > _WEAK_RANK \
        or any(countries.get(r.country, 0) for r in rows) \
        or any(r.sector in titles for r in rows)


def _preferred(keys: list[str], knowledge: ActorKnowledge, kind: str, date: dt.date | None,
               countries: Counter[str]) -> list[str]:
    rows = {key: _row(knowledge, kind, key, date) for key in keys}
    in_force = [k for k in keys if rows[k] is not None]
    keys = in_force or keys
    named = {k: countries.get(_country(knowledge, kind, k, rows[k]), 0) for k in keys}
    keys = _most(keys, named)
    return _most(keys, {k: _rank(knowledge, kind, k, rows[k]) for k in keys})


def _most(keys: list[str], score: dict[str, int]) -> list[str]:
    best = max(score[k] for k in keys)
    return [k for k in keys if score[k] == best]


def _rank(knowledge: ActorKnowledge, kind: str, key: str, row: Period | None) -> int:
    """The precedence of the source a reading comes from (curated over Wikipedia over
    Phoenix), as for two rows of one id."""
    if row is not None:
        return row.rank
    rows = (knowledge.people if kind == PERSON else knowledge.orgs).get(key, [])
    return max((r.rank for r in rows), default=0)


def _row(knowledge: ActorKnowledge, kind: str, key: str, date: dt.date | None) -> Period | None:
    if kind == PERSON:
        row, former = knowledge.person_at(key, date)
        return None if former else row
    return knowledge.org_at(key, date)


def _country(knowledge: ActorKnowledge, kind: str, key: str, row: Period | None) -> str:
    if row is not None:
        return row.country
    rows = (knowledge.people if kind == PERSON else knowledge.orgs).get(key, [])
    return rows[-1].country if rows else ""


def shared_row(unit: Unit, knowledge: ActorKnowledge, date: dt.date | None) -> Period | None:
    """What every reading of an ambiguous unit agrees on, as a row without id or name
    (empty country or sector where they differ); None when they share nothing."""
    kind = unit.best.kind if unit.best else PERSON
    rows = [_row(knowledge, kind, e.key, date) for e in unit.entries if e.kind == kind]
    known = [r for r in rows if r is not None]
    if not known or len(known) < len(rows):
        return None
    country = _same(r.country for r in known) or ""
    sector = _same(r.sector for r in known) or ""
    if not country and not sector:
        return None
    return Period("", "", country, sector, _same(r.office for r in known), None, None)


def _same(values: Iterable[str | None]) -> str | None:
    distinct = set(values)
    return distinct.pop() if len(distinct) == 1 else None


def sector_reading(unit: Unit, knowledge: ActorKnowledge, date: dt.date | None,
                   sector: str | None) -> Period | None:
    """The one reading of an ambiguous organisation in force with ``sector`` (the sector of
    the role noun beside it: "RSF fighters" are the armed group, not the press NGO)."""
    if not sector or sector == "UNK":
        return None
    rows = [knowledge.org_at(e.key, date) for e in unit.entries if e.kind == ORG]
    matching = [r for r in rows if r is not None and r.sector == sector]
    return matching[0] if len(matching) == 1 else None
