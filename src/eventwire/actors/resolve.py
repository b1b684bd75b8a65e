"""Coding a free-standing mention string (the ``eventwire actors`` command)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from eventwire.actors.document import code_doc
from eventwire.actors.knowledge import ActorKnowledge, default_actor_knowledge
from eventwire.records import Entity


def resolve_mention(mention: str, context: str | None = None, date: dt.date | None = None,
                    knowledge: ActorKnowledge | None = None, nlp: Any = None) -> Entity:
    """Code one mention; the Entity's offsets are relative to ``mention`` (0..len).

    With a ``context`` that contains the mention, the context is parsed and the mention is
    coded where it stands there (coreference and "both sides" then work); otherwise the
    mention is parsed alone. An uncodable mention gives an Entity with only text and offsets.
    """
    knowledge = knowledge or default_actor_knowledge()
    nlp = nlp or _default_nlp()
    text, offset = _text_and_offset(mention, context)
    entities = code_doc(nlp(text), text, knowledge, date)
    best = _best_match(entities, offset, offset + len(mention))
    if best is None:
        return Entity(text=mention, start=0, end=len(mention))
    return Entity(text=mention, start=0, end=len(mention), name=best.name, country=best.country,
                  sector=best.sector, office=best.office, known_as=best.known_as, kind=best.kind)


def _text_and_offset(mention: str, context: str | None) -> tuple[str, int]:
    if context and mention and mention in context:
        return context, context.index(mention)
    return mention, 0


def _best_match(entities: list[Entity], start: int, end: int) -> Entity | None:
    """The entity overlapping [start, end) the most (ties: the first, i.e. leftmost)."""
    def overlap(entity: Entity) -> int:
        return min(end, entity.end) - max(start, entity.start)
    inside = [e for e in entities if overlap(e) > 0]
    return max(inside, key=overlap) if inside else None


def _default_nlp() -> Any:
    from eventwire.nlp import load_model

    return load_model()
