"""The store's knowledge table: rows of user-added and learned actor facts.

Curated facts are the packaged data files (``actors/data``); the table holds the two other
sources: "user" (``eventwire kb add``/``import``) and "learned" (what articles taught, with
the article id and sentence offsets). Rows go in and come out as plain dicts: turning them
into facts and weighing their authority is the business of ``eventwire.run.facts``, so that
the store needs no actor code.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from eventwire.records import Article, make_id, normalise
from eventwire.store import schema as S

# kb_id and name_key are VARCHAR(200), which PostgreSQL enforces; longer values are cut
KEY_LENGTH = 200
# the columns of a user fact row, as add_user_rows takes them
USER_COLUMNS = ("kind", "kb_id", "name", "aliases", "country", "sector", "office", "start", "end")


def name_key(name: str) -> str:
    """The stored form of a name that rows are found by (normalised, spaces collapsed)."""
    return " ".join(normalise(name).split())[:KEY_LENGTH]


def save_learned(session: Session, article: Article) -> int:
    """Add the facts in ``article.meta["learned"]`` with their provenance, in one insert (Core,
    like the rest of the article's writing); returns how many."""
    learned = article.meta.get("learned") or []
    S.insert_rows(session, S.KnowledgeRow, [{
        "source": "learned", "kind": fact.get("kind", "person"),
        "kb_id": make_id(fact.get("kind", "person"), fact["name"])[:KEY_LENGTH], "name": fact["name"],
        "name_key": name_key(fact["name"]), "aliases": list(fact.get("aliases") or []),
        "country": fact.get("country"), "sector": fact.get("sector"), "office": fact.get("office"),
        "start": fact.get("date"), "end": None, "article_id": article.id,
        "sentence_start": fact.get("sentence_start"), "sentence_end": fact.get("sentence_end"),
        "text": fact.get("text")} for fact in learned])
    return len(learned)


def add_user_rows(session: Session, rows: Iterable[dict[str, Any]]) -> int:
    """Write user fact rows (the keys of USER_COLUMNS); returns how many."""
    count = 0
    for row in rows:
        session.add(S.KnowledgeRow(
            source="user", kind=row["kind"], kb_id=row["kb_id"][:KEY_LENGTH], name=row["name"],
            name_key=name_key(row["name"]), aliases=list(row["aliases"]), country=row["country"],
            sector=row["sector"], office=row["office"], start=row["start"], end=row["end"]))
        count += 1
    return count


def fact_rows(session: Session, name: str | None = None) -> list[dict[str, Any]]:
    """The user and learned fact rows (those named `name` or with that kb id, when given),
    in the order they were stored; ``row`` is each row's id."""
    query = select(S.KnowledgeRow).order_by(S.KnowledgeRow.id)
    if name is not None:
        query = query.where(or_(S.KnowledgeRow.name_key == name_key(name),
                                S.KnowledgeRow.kb_id == name[:KEY_LENGTH]))
    return [_plain(row) for row in session.scalars(query)]


def _plain(row: S.KnowledgeRow) -> dict[str, Any]:
    return {"row": row.id, "source": row.source, "kind": row.kind, "kb_id": row.kb_id,
            "name": row.name, "aliases": tuple(row.aliases or ()), "country": row.country,
            "sector": row.sector, "office": row.office, "start": row.start, "end": row.end,
            "article_id": row.article_id, "sentence_start": row.sentence_start,
            "sentence_end": row.sentence_end, "text": row.text}
