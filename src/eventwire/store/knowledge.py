"""The store's knowledge table: user-added and learned actor facts, and their conflicts.

Curated facts are the packaged data files (``actors/data``); the table holds the two other
sources: "user" (``eventwire kb add``/``import``) and "learned" (what articles taught, with
the article id and sentence offsets). Authority runs curated > user > learned.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from eventwire.actors.facts import RANK, Fact, curated_facts, existing_id, make_id
from eventwire.actors.knowledge import ORG, PERSON, ActorKnowledge, normalise
from eventwire.records import Article
from eventwire.store import schema as S

# kb_id and name_key are VARCHAR(200), which PostgreSQL enforces; longer values are cut
KEY_LENGTH = 200


def save_learned(session: Session, article: Article) -> int:
    """Add the facts in ``article.meta["learned"]`` with their provenance, in one insert (Core,
    like the rest of the article's writing); returns how many."""
    learned = article.meta.get("learned") or []
    S.insert_rows(session, S.KnowledgeRow, [{
        "source": "learned", "kind": fact.get("kind", "person"),
        "kb_id": make_id(fact.get("kind", "person"), fact["name"])[:KEY_LENGTH], "name": fact["name"],
        "name_key": _key(fact["name"]), "aliases": list(fact.get("aliases") or []),
        "country": fact.get("country"), "sector": fact.get("sector"), "office": fact.get("office"),
        "start": fact.get("date"), "end": None, "article_id": article.id,
        "sentence_start": fact.get("sentence_start"), "sentence_end": fact.get("sentence_end"),
        "text": fact.get("text")} for fact in learned])
    return len(learned)


def add_facts(store: Any, facts: Iterable[Fact]) -> int:
    """Write user facts to the store in one transaction; returns how many."""
    count = 0
    with store.transaction() as session:
        for fact in facts:
            session.add(S.KnowledgeRow(
                source="user", kind=fact.kind, kb_id=fact.kb_id[:KEY_LENGTH], name=fact.name,
                name_key=_key(fact.name), aliases=list(fact.aliases), country=fact.country,
                sector=fact.sector, office=fact.office, start=fact.start, end=fact.end))
            count += 1
    return count


def stored_facts(store: Any, name: str | None = None) -> list[Fact]:
    """The user and learned facts in the store (about `name` only, when given), user first."""
    with store.transaction() as session:
        query = select(S.KnowledgeRow).order_by(S.KnowledgeRow.id)
        if name is not None:
            query = query.where(or_(S.KnowledgeRow.name_key == _key(name),
                                    S.KnowledgeRow.kb_id == name[:KEY_LENGTH]))
        rows = list(session.scalars(query))
        facts = [_fact(row) for row in rows]
    if name is not None:
        facts = _union(facts, [f for f in stored_facts(store) if _key(name) in map(_key, f.aliases)])
    return sorted(facts, key=lambda f: RANK[f.source])


def _union(facts: list[Fact], more: list[Fact]) -> list[Fact]:
    """`facts` plus those of `more` from other rows (rows are told apart by their id)."""
    rows = {f.provenance["row"] for f in facts}
    return facts + [f for f in more if f.provenance["row"] not in rows]


def _fact(row: S.KnowledgeRow) -> Fact:
    provenance: dict[str, Any] = {"row": row.id}
    if row.source == "learned":
        provenance |= {"article_id": row.article_id, "sentence_start": row.sentence_start,
                      "sentence_end": row.sentence_end, "text": row.text}
    return Fact(kind=row.kind, name=row.name, country=row.country or "", sector=row.sector,
                office=row.office, start=row.start, end=row.end, aliases=tuple(row.aliases or ()),
                id=row.kb_id, source=row.source, provenance=provenance)


def _key(name: str) -> str:
    return " ".join(normalise(name).split())[:KEY_LENGTH]


# ---- kb show and kb conflicts ---------------------------------------------------------

def facts_about(store: Any, name: str, base: ActorKnowledge) -> list[Fact]:
    """Every fact about `name`: curated rows of the packaged data, then user, then learned."""
    known = name if name in base.people or name in base.orgs else None
    kb_id = known or existing_id(base, name, PERSON) or existing_id(base, name, ORG)
    curated = curated_facts(base, kb_id) if kb_id else []
    stored = stored_facts(store, name)
    if kb_id and kb_id != name:
        stored = _union(stored, stored_facts(store, kb_id))
    return curated + sorted(stored, key=lambda f: RANK[f.source])


def conflicts(store: Any, base: ActorKnowledge) -> list[dict[str, Any]]:
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
    return curated + [u for u in users if _key(u.name) == _key(fact.name)]


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


def describe(store: Any, name: str, date: dt.date) -> dict[str, Any]:
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
