"""The store's user and learned actor facts as :class:`~eventwire.actors.facts.Fact` objects,
and what ``eventwire kb`` asks of them: every fact about a name, the learned facts that
disagree with an authority, and how a name codes. Authority runs curated > user > learned.

The rows themselves are read and written by ``eventwire.store.facts``; the actor logic is
here so that the store needs no actor code.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from eventwire.actors.facts import RANK, Fact, curated_facts, existing_id
from eventwire.actors.knowledge import ORG, PERSON, ActorKnowledge
from eventwire.run.protocol import RunStore
from eventwire.store.facts import add_user_rows, fact_rows, name_key


def add_facts(store: RunStore, facts: Iterable[Fact]) -> int:
    """Write user facts to the store in one transaction; returns how many."""
    rows = ({"kind": f.kind, "kb_id": f.kb_id, "name": f.name, "aliases": f.aliases,
             "country": f.country, "sector": f.sector, "office": f.office, "start": f.start,
             "end": f.end} for f in facts)
    with store.transaction() as session:
        return add_user_rows(session, rows)


def stored_facts(store: RunStore, name: str | None = None) -> list[Fact]:
    """The user and learned facts in the store (about `name` only, when given), user first."""
    with store.transaction() as session:
        facts = [_fact(row) for row in fact_rows(session, name)]
    if name is not None:
        facts = _union(facts, [f for f in stored_facts(store) if name_key(name) in map(name_key, f.aliases)])
    return sorted(facts, key=lambda f: RANK[f.source])


def _union(facts: list[Fact], more: list[Fact]) -> list[Fact]:
    """`facts` plus those of `more` from other rows (rows are told apart by their id)."""
    rows = {f.provenance["row"] for f in facts}
    return facts + [f for f in more if f.provenance["row"] not in rows]


def _fact(row: dict[str, Any]) -> Fact:
    provenance: dict[str, Any] = {"row": row["row"]}
    if row["source"] == "learned":
        provenance |= {key: row[key] for key in ("article_id", "sentence_start", "sentence_end", "text")}
    return Fact(kind=row["kind"], name=row["name"], country=row["country"] or "", sector=row["sector"],
                office=row["office"], start=row["start"], end=row["end"], aliases=row["aliases"],
                id=row["kb_id"], source=row["source"], provenance=provenance)


# ---- kb show and kb conflicts ---------------------------------------------------------

def facts_about(store: RunStore, name: str, base: ActorKnowledge) -> list[Fact]:
    """Every fact about `name`: curated rows of the packaged data, then user, then learned."""
    known = name if name in base.people or name in base.orgs else None
    kb_id = known or existing_id(base, name, PERSON) or existing_id(base, name, ORG)
    curated = curated_facts(base, kb_id) if kb_id else []
    stored = stored_facts(store, name)
    if kb_id and kb_id != name:
        stored = _union(stored, stored_facts(store, kb_id))
    return curated + sorted(stored, key=lambda f: RANK[f.source])


def conflicts(store: RunStore, base: ActorKnowledge) -> list[dict[str, Any]]:
    """Learned facts whose country or sector disagrees with a curated or user fact in force
    on the learned fact's date. Each item: {"learned": fact dict, "against": fact dict}."""
    facts = stored_facts(store)
    users = [f for f in facts if f.source == "user"]
    found = []
    for fact in (f for f in facts if f.source == "learned"):
        against = _disagreeing(fact, _authorities(fact, users, base))
        if against is not None:
            found.append({"learned": fact.to_dict(), "against": against.to_dict()})
    return found


def _authorities(fact: Fact, users: list[Fact], base: ActorKnowledge) -> list[Fact]:
    """The curated and user facts about the same name as a learned fact."""
    kind = PERSON if fact.kind == "person" else ORG
    kb_id = existing_id(base, fact.name, kind)
    curated = curated_facts(base, kb_id) if kb_id else []
    return curated + [u for u in users if name_key(u.name) == name_key(fact.name)]


def _disagreeing(fact: Fact, authorities: list[Fact]) -> Fact | None:
    """The first authority in force on the fact's date that disagrees with it."""
    for authority in authorities:
        if not _in_force(authority, fact.start):
            continue
        if authority.country != fact.country or (authority.sector and fact.sector
                                                 and authority.sector != fact.sector):
            return authority
    return None


def _in_force(fact: Fact, date: str | None) -> bool:
    if date is None:
        return True
    return (fact.start or "") <= date and (fact.end is None or date <= fact.end)


def describe(store: RunStore, name: str, date: dt.date) -> dict[str, Any]:
    """What ``eventwire kb show`` prints: every fact about `name`, and how a mention of it
    codes on `date` against the packaged data extended with the store's facts."""
    from eventwire.actors import resolve_mention
    from eventwire.actors.facts import extend_actor_knowledge
    from eventwire.actors.knowledge import default_actor_knowledge
    from eventwire.nlp import load_model

    base = default_actor_knowledge()
    snapshot = extend_actor_knowledge(base, stored_facts(store))
    entity = resolve_mention(name, date=date, knowledge=snapshot, nlp=load_model())
    coded = {k: v for k, v in entity.to_dict().items() if k not in ("text", "start", "end")}
    return {"name": name, "date": date.isoformat(),
            "facts": [f.to_dict() for f in facts_about(store, name, base)], "coded": coded}
