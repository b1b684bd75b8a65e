"""What the text teaches the knowledge base.

An apposition or possessive title that names a person together with an office and a
country or organisation ("India's Foreign Secretary Vikram Misri", "Amir Khan Muttaqi,
the Taliban's acting foreign minister") is a dated fact: that person held that office for
that country on the article's date. So is a relative clause naming the organisation a
person heads ("Stanekzai, who heads the Taliban's political office in Doha"). The actors
stage lists such facts in ``article.meta["learned"]``; the store keeps them with provenance.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from spacy.tokens import Doc

from eventwire.actors.coding import led_organisation
from eventwire.actors.knowledge import (
    CAPITAL,
    COUNTRY,
    DEMONYM,
    METONYM,
    ORG,
    PERSON,
    ROLE,
    ActorKnowledge,
)
from eventwire.actors.mentions import Group, Unit
from eventwire.records import Entity

_EVIDENCE = frozenset({COUNTRY, DEMONYM, CAPITAL, METONYM, ORG})


def learned_facts(doc: Doc, coded: list[tuple[Group, list[Entity]]], knowledge: ActorKnowledge,
                  date: dt.date | None) -> list[dict[str, Any]]:
    """One fact dict per titled person mention whose country the mention itself states.

    Keys: kind, name, aliases, country, sector, office, date, text, start, end,
    sentence_start, sentence_end (character offsets into the article text).
    """
    facts = []
    for group, entities in coded:
        country = _taught_country(doc, group, entities, knowledge, date)
        if country is not None:
            facts.append(_fact(doc, group, entities[0], country, date))
    return facts


def _taught_country(doc: Doc, group: Group, entities: list[Entity], knowledge: ActorKnowledge,
                    date: dt.date | None) -> str | None:
    """The country a titled mention (or a "who heads ..." clause) states, or None."""
    if len(entities) != 1 or not _is_current_person(entities[0]):
        return None
    if _has_title(group, knowledge) and any(_is_evidence(u) for u in group.units):
        return _stated_country(group, knowledge, date)
    led = led_organisation(doc, group, knowledge, date)
    return led.country if led is not None else None


def _stated_country(group: Group, knowledge: ActorKnowledge, date: dt.date | None) -> str | None:
    """The country the mention itself states, whatever the knowledge base says of the person:
    the place nearest before the name, else the first one, else a known organisation's."""
    person = next(u for u in group.units if u.kind == PERSON)
    places = [u for u in group.units if _is_evidence(u) and u.kind != ORG]
    before = [u for u in places if u.end <= person.start]
    for unit in before[-1:] or places[:1]:
        return unit.best.key  # type: ignore[union-attr]
    orgs = [u for u in group.units if _is_evidence(u) and u.kind == ORG]
    row = knowledge.org_at(orgs[0].best.key, date) if orgs else None  # type: ignore[union-attr]
    return row.country if row is not None else None


def _is_current_person(entity: Entity) -> bool:
    return entity.kind == "person" and entity.sector not in (None, "ELI") \
        and bool(entity.name and entity.country and entity.office)


def _has_title(group: Group, knowledge: ActorKnowledge) -> bool:
    roles = [knowledge.roles.get(u.best.key) for u in group.units if u.kind == ROLE and u.best]
    return any(r is not None and r.office and r.kind != "modifier" for r in roles)


def _is_evidence(unit: Unit) -> bool:
    """A unit that states a country: a place or a known organisation, not a destination."""
    return unit.kind in _EVIDENCE and unit.best is not None and unit.mark is None \
        and unit.kind != PERSON


def _fact(doc: Doc, group: Group, entity: Entity, country: str,
          date: dt.date | None) -> dict[str, Any]:
    sentence = doc[group.start].sent
    name = entity.name or entity.text
    return {"kind": "person", "name": name, "aliases": surname_alias(name),
            "country": country, "sector": entity.sector, "office": entity.office,
            "date": date.isoformat() if date else None, "text": entity.text,
            "start": entity.start, "end": entity.end,
            "sentence_start": sentence.start_char, "sentence_end": sentence.end_char}


def surname_alias(name: str) -> list[str]:
    """["Misri"] for "Vikram Misri": the last word of a name of two words or more."""
    words = name.split()
    last = words[-1].strip(".,") if len(words) > 1 else ""
    return [last] if len(last) >= 3 and last[:1].isupper() else []
