"""Parties coded on the event's date, not the article's.

The actors stage codes every mention on the article's publication date: that is all it
knows. Once the time stage has dated an event, a party the knowledge base dates differently
on the event's day is coded again on that day: contacts "with Taliban leaders in June 2021",
reported in September 2021, are with AFG REB (the Taliban before 15 August 2021), and a
president's visit "in 2019", recalled in 2024 after the end of their term, is by a head of
state (GOV), not a former one (ELI).

Only what the knowledge base decided is changed: when the text itself gave the party
another country or sector, the coding stays as the text has it. A month, year or range is
used only when the knowledge base codes the party alike on its first and last day ("in 2021"
says nothing about the Taliban's status, which changed that August).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from eventwire.actors.knowledge import ActorKnowledge, Period
from eventwire.records import Article, Entity, TimeExpression
from eventwire.when.calendar import parse_value

_DATED = ("day", "month", "year", "range")


def redate_parties(article: Article, knowledge: ActorKnowledge) -> None:
    """Code each event's known parties on the event's first day where it differs from
    publication (reads ``article.events`` and ``article.published_date``; in place)."""
    published = article.published_date
    if published is None:
        return
    for event in article.events:
        days = event_days(event.date)
        if days is None or days == (published, published):
            continue
        event.actor = [_on(entity, days, published, knowledge) for entity in event.actor]
        event.recipient = [_on(entity, days, published, knowledge) for entity in event.recipient]


def event_days(date: TimeExpression | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day an event's date stands for; None when the text does not date
    the event (its date is then the publication date)."""
    if date is None or date.granularity not in _DATED or not date.value:
        return None
    first = parse_value(date.value)
    last = parse_value(date.value_end or date.value, end=True)
    return (first, last) if first and last else None


def _on(entity: Entity, days: tuple[dt.date, dt.date], published: dt.date,
        knowledge: ActorKnowledge) -> Entity:
    then = coding_on(entity.known_as, days[0], knowledge)
    now = coding_on(entity.known_as, published, knowledge)
    if then is None or now is None or then == now:
        return entity
    if coding_on(entity.known_as, days[1], knowledge) != then:
        return entity  # the period spans a change: which side the event fell on is unknown
    if (entity.country, entity.sector) != now[:2]:
        return entity  # the text, not the knowledge base, coded this mention
    country, sector, office = then
    return dataclasses.replace(entity, country=country, sector=sector,
                               office=office if entity.office == now[2] else entity.office)


def coding_on(known_as: str | None, day: dt.date,
              knowledge: ActorKnowledge) -> tuple[str, str | None, str | None] | None:
    """(country, sector, office) the knowledge base gives ``known_as`` on ``day``; None for
    an id it does not know or does not date on that day."""
    if not known_as:
        return None
    if known_as in knowledge.orgs:
        row = knowledge.org_at(known_as, day)
        return _coding(row) if row else None
    if known_as not in knowledge.people:
        return None
    row, former = knowledge.person_at(known_as, day)
    if row is None:
        return None
    return (row.country, "ELI", None) if former else _coding(row)


def _coding(row: Period) -> tuple[str, str | None, str | None]:
    return row.country, row.sector, row.office
