"""Keyset pages over the store for the REST API: events, articles, stories, claims, one event.

Each listing is ordered by a key (a date, then an id) and a page starts after the last key
of the previous one, so a deep page costs what the first does. A key is a list of strings;
callers make it opaque. Every query goes through SQLAlchemy with bound parameters.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, func, or_, select

from eventwire.store import schema as S
from eventwire.store import store as base
from eventwire.store.store import EventFilter

Key = list[str]
BATCH = 200   # happenings merged per query while a text search fills a page


@dataclass
class Page:
    """One page of a listing and the key to continue after it (None on the last page)."""

    items: list[dict[str, Any]] = field(default_factory=list)
    next_key: Key | None = None


def _after(columns: tuple[Any, Any], key: Key | None) -> Any:
    """The condition "(date, id) comes after `key`" for a two-column key, or None."""
    if not key:
        return None
    date, id_ = columns
    return or_(date > key[0], and_(date == key[0], id_ > key[1]))


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


# ---------------------------------------------------------------------- events

def event_page(store: Any, where: EventFilter, limit: int, after: Key | None = None, *,
               q: str | None = None, source: str | None = None) -> Page:
    """Deduplicated events as :meth:`Store.events` gives them (with source sentence and URL).

    `q` keeps events whose source sentence contains it (case-insensitive); `source` those
    reported by an article of that source.
    """
    page = Page()
    batch = BATCH if q else limit + 1
    with store.transaction() as session:
        for key, event in _matching_events(session, where, after, q, source, batch):
            if len(page.items) == limit:
                page.next_key = after
                break
            page.items.append(event)
            after = key
    return page


def _matching_events(session: Any, where: EventFilter, after: Key | None, q: str | None,
                     source: str | None, batch: int) -> Iterator[tuple[Key, dict[str, Any]]]:
    """(key, merged event) in key order after `after`, filtered by `q` exactly."""
    while True:
        rows = session.execute(_happening_keys(where, after, q, source).limit(batch)).all()
        if not rows:
            return
        merged = list(base._happenings(session, [id_ for id_, _ in rows]))
        base._add_text(session, merged)
        for (id_, date), event in zip(rows, merged, strict=True):
            if not q or q.casefold() in (event.get("sentence_text") or "").casefold():
                yield [date, id_], event
        after = [rows[-1][1], rows[-1][0]]


def _happening_keys(where: EventFilter, after: Key | None, q: str | None, source: str | None) -> Any:
    date = func.coalesce(func.min(S.EventRow.date_value), "")
    query = base._filtered(select(S.EventRow.happening_id, date), where)
    query = query.where(S.EventRow.happening_id.is_not(None))
    if source:
        query = query.where(S.EventRow.article_id.in_(
            select(S.ArticleRow.id).where(S.ArticleRow.source == source)))
    if q:   # a cheap necessary condition; the sentence itself is checked after merging
        query = query.where(S.EventRow.article_id.in_(
            select(S.ArticleRow.id).where(S.ArticleRow.text.ilike(_like(q), escape="\\"))))
    query = query.group_by(S.EventRow.happening_id)
    condition = _after((date, S.EventRow.happening_id), after)
    if condition is not None:
        query = query.having(condition)
    return query.order_by(date, S.EventRow.happening_id)


def event_detail(store: Any, event_id: str) -> dict[str, Any] | None:
    """One deduplicated event (by its id, or the id of one of its reports) with every report's
    article and source sentence, and the trigger, actor and recipient spans marked in it."""
    with store.transaction() as session:
        happening_id = _happening_of(session, event_id)
        if happening_id is None:
            return None
        [event] = list(base._happenings(session, [happening_id]))
        event["reports"] = [_report(session, report) for report in event["reports"]]
        return event


def _happening_of(session: Any, event_id: str) -> str | None:
    if session.get(S.HappeningRow, event_id) is not None:
        return event_id
    row = session.get(S.EventRow, event_id)
    return row.happening_id if row is not None else None


def _report(session: Any, report: dict[str, str]) -> dict[str, Any]:
    event = session.get(S.EventRow, report["event_id"]).data
    article = session.get(S.ArticleRow, report["doc_id"])
    bounds = event.get("sentence") or {}
    start, end = bounds.get("start", 0), bounds.get("end", 0)
    return {**report, "title": article.title, "source": article.source, "url": article.url,
            "published": article.published, "type": event["type"], "modality": event.get("modality"),
            "sentence": {"text": article.text[start:end], "start": start, "end": end},
            "marks": sentence_marks(event, start, end)}


def sentence_marks(event: dict[str, Any], start: int, end: int) -> list[dict[str, Any]]:
    """The trigger, actor and recipient spans inside the sentence [start, end), with offsets
    relative to the sentence start; spans outside it (a coreferent mention) are left out."""
    spans = [("trigger", event.get("trigger"))]
    spans += [(role, entity) for role in ("actor", "recipient") for entity in event.get(role) or []]
    return [{"role": role, "text": span["text"], "start": span["start"] - start,
             "end": span["end"] - start}
            for role, span in spans
            if span and span.get("start") is not None and start <= span["start"] <= span["end"] <= end]


# ---------------------------------------------------------------------- articles

def article_page(store: Any, limit: int, after: Key | None = None, *,
                 source: str | None = None) -> Page:
    """Stored articles (id, title, published, source, url, number of events) by date, id."""
    published = func.coalesce(S.ArticleRow.published, "")
    counts = (select(S.EventRow.article_id, func.count().label("n"))
              .group_by(S.EventRow.article_id).subquery())
    query = (select(S.ArticleRow.id, S.ArticleRow.title, S.ArticleRow.published, S.ArticleRow.source,
                    S.ArticleRow.url, func.coalesce(counts.c.n, 0), published)
             .outerjoin(counts, counts.c.article_id == S.ArticleRow.id))
    if source:
        query = query.where(S.ArticleRow.source == source)
    condition = _after((published, S.ArticleRow.id), after)
    if condition is not None:
        query = query.where(condition)
    with store.transaction() as session:
        rows = session.execute(query.order_by(published, S.ArticleRow.id).limit(limit + 1)).all()
    items = [{"id": r[0], "title": r[1], "published": r[2], "source": r[3], "url": r[4],
              "num_events": r[5]} for r in rows[:limit]]
    return Page(items, [rows[limit - 1][6], rows[limit - 1][0]] if len(rows) > limit else None)


# ---------------------------------------------------------------------- stories and claims

def story_page(store: Any, limit: int, after: Key | None = None) -> Page:
    """Stories (story_id, doc_ids, title, first and last published) by first date, id."""
    first = func.coalesce(S.StoryRow.first_published, "")
    query = select(S.StoryRow, first)
    condition = _after((first, S.StoryRow.id), after)
    if condition is not None:
        query = query.where(condition)
    with store.transaction() as session:
        rows = session.execute(query.order_by(first, S.StoryRow.id).limit(limit + 1)).all()
        items = [_story(session, story) for story, _ in rows[:limit]]
    return Page(items, [rows[limit - 1][1], rows[limit - 1][0].id] if len(rows) > limit else None)


def _story(session: Any, story: S.StoryRow) -> dict[str, Any]:
    doc_ids = session.scalars(select(S.ArticleRow.id).where(S.ArticleRow.story_id == story.id)
                              .order_by(S.ArticleRow.published, S.ArticleRow.id))
    return {"story_id": story.id, "doc_ids": list(doc_ids), "title": story.title,
            "first_published": story.first_published, "last_published": story.last_published}


def claim_page(store: Any, limit: int, after: Key | None = None) -> Page:
    """Novelty claims with their event, earlier events and assessment (as `eventwire claims`).

    Raises ValueError when `after` does not hold a claim number.
    """
    date = func.coalesce(S.EventRow.date_value, "")
    query = select(S.ClaimRow, S.EventRow, date).join(S.EventRow, S.EventRow.id == S.ClaimRow.event_id)
    if after:
        query = query.where(or_(date > after[0], and_(date == after[0], S.ClaimRow.id > int(after[1]))))
    with store.transaction() as session:
        rows = session.execute(query.order_by(date, S.ClaimRow.id).limit(limit + 1)).all()
        items = [base._claim_with_evidence(session, claim, event) for claim, event, _ in rows[:limit]]
    last = rows[limit - 1] if len(rows) > limit else None
    return Page(items, [last[2], str(last[0].id)] if last else None)
