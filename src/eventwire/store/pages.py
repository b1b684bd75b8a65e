"""Keyset pages over the store for the REST API: events, articles, stories, claims, one event.

Each listing is ordered by a key (a date, then an id) and a page starts after the last key
of the previous one, so a deep page costs what the first does. A key is a list of strings;
callers make it opaque. Every query goes through SQLAlchemy with bound parameters.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnClause, and_, func, literal_column, or_, select

from eventwire.errors import FilterError
from eventwire.filters import EventFilter
from eventwire.store import order
from eventwire.store import schema as S
from eventwire.store.happenings import merge_happenings
from eventwire.store.reading import add_text, claim_with_evidence, filtered, sentence_matches

if TYPE_CHECKING:
    from eventwire.store.store import Store

Key = list[str]
BATCH = 200   # happenings merged per query while a text search fills a page
SCAN = 2000   # matching reports read per step of an event listing
# where undated articles and stories sort: a literal, so the expression is the one indexed
UNDATED: ColumnClause[str] = literal_column("''")


@dataclass
class Page:
    """One page of a listing and the key to continue after it (None on the last page)."""

    items: list[dict[str, Any]] = field(default_factory=list)
    next_key: Key | None = None


def _after(columns: tuple[Any, Any], key: Key | None) -> Any:
    """The condition "(date, id) comes after `key`" for a two-column key, or None."""
    return order.after(columns, key)


# ---------------------------------------------------------------------- events

def event_page(store: Store, where: EventFilter, limit: int, after: Key | None = None) -> Page:
    """Deduplicated events as :meth:`Store.events` gives them (with source sentence and URL),
    filtered by `where` (its `q` keeps events whose source sentence contains it), in
    `where.sort` order. A key is the sort, then the event's key values (`store/order.py`).

    Raises FilterError when `after` is the key of a page in another order.
    """
    position = _position(where.sort, after)
    page = Page()
    batch = BATCH if where.q else limit + 1
    with store.transaction() as session:
        for key, event in _sorted_events(session, where, position, batch):
            if len(page.items) == limit:
                page.next_key = [where.sort, *position] if position else None
                break
            page.items.append(event)
            position = key
    return page


def _position(sort: str, after: Key | None) -> Key | None:
    """The key values in `after`, a key of a page in `sort` order; FilterError otherwise."""
    if not after:
        return None
    if after[0] != sort:
        raise FilterError("cursor", f"a position in the list by sort={after[0]}, not sort={sort}; "
                                    "start again without a cursor")
    return after[1:]


def _sorted_events(session: Any, where: EventFilter, after: Key | None,
                   batch: int) -> Iterator[tuple[Key, dict[str, Any]]]:
    if order.is_by_date(where.sort):
        return _matching_events(session, where, after, batch)
    return _ranked_events(session, where, after, batch)


def _ranked_events(session: Any, where: EventFilter, after: Key | None,
                   batch: int) -> Iterator[tuple[Key, dict[str, Any]]]:
    """As `_matching_events`, for a sort by type, intensity or reports: the events' keys come
    from their own rows, `batch` at a time."""
    while rows := session.execute(order.ranked(_filter(where), where.sort, after).limit(batch)).all():
        yield from _merged(session, where, [(row[0], [str(part) for part in row[1:]]) for row in rows])
        after = [str(part) for part in rows[-1][1:]] + [rows[-1][0]]


def _matching_events(session: Any, where: EventFilter, after: Key | None,
                     batch: int) -> Iterator[tuple[Key, dict[str, Any]]]:
    """(key, merged event) in date order after `after`, filtered by `where.q` exactly.

    A happening's key is the earliest (date, happening) of its matching reports (the latest,
    newest first), so reading the matching reports in that order from the cursor (a SCAN at a
    time) meets every happening at its key: the happenings met with a key after the cursor are
    the next ones in key order, up to where the reading stopped. From the start of a listing,
    that is where each is first met; after a cursor, a happening may have earlier reports, so
    the keys of those met are computed. A page then costs a few index steps instead of grouping
    every matching report of the store. After a cursor with a selective filter, where the
    database reads the matching reports through the filter's index and sorts them anyway,
    grouping them once is cheaper than reading them per step and computing keys.
    """
    if after is not None and _selective(where):
        yield from _grouped_events(session, where, after, batch)
        return
    position = after
    while True:
        reports = session.execute(_report_scan(where, position).limit(SCAN)).all()
        if not reports:
            return
        if position is None:
            first: dict[str, str] = {}
            for id_, date in reports:
                first.setdefault(id_, date)
            keyed = [(id_, [date]) for id_, date in first.items()]
            for start in range(0, len(keyed), batch):
                yield from _merged(session, where, keyed[start:start + batch])
            after = [keyed[-1][1][0], keyed[-1][0]]
        else:
            met = sorted({id_ for id_, _ in reports})
            while rows := session.execute(order.dated(_filter(where), where.sort, after, met)
                                          .limit(batch)).all():
                yield from _merged(session, where, [(id_, [date]) for id_, date in rows])
                after = [rows[-1][1], rows[-1][0]]
                if len(rows) < batch:
                    break
        if len(reports) < SCAN:
            return
        position = [reports[-1][1], reports[-1][0]]


def _filter(where: EventFilter) -> order.Filtered:
    return lambda query: filtered(query, where)


def _selective(where: EventFilter) -> bool:
    """Whether `where` filters by more than dates and quad classes."""
    return bool(where.types or where.actor_country or where.recipient_country or where.dyad
                or where.actor_sector or where.recipient_sector or where.source or where.q
                or where.location_country or where.actor)


def _grouped_events(session: Any, where: EventFilter, after: Key | None,
                    batch: int) -> Iterator[tuple[Key, dict[str, Any]]]:
    """As `_matching_events`, by grouping every matching report by happening, `batch` at a time."""
    while rows := session.execute(order.dated(_filter(where), where.sort, after).limit(batch)).all():
        yield from _merged(session, where, [(id_, [date]) for id_, date in rows])
        after = [rows[-1][1], rows[-1][0]]


def _merged(session: Any, where: EventFilter,
            keyed: list[tuple[str, list[str]]]) -> Iterator[tuple[Key, dict[str, Any]]]:
    """(key, merged event) of (happening, key values) pairs, those failing `where.q` left out."""
    merged = list(merge_happenings(session, [id_ for id_, _ in keyed]))
    add_text(session, merged)
    for (id_, values), event in zip(keyed, merged, strict=True):
        if not where.q or sentence_matches(event, where.q):
            yield [*values, id_], event


def _report_scan(where: EventFilter, position: Key | None) -> Any:
    """(happening, date) of the matching reports after `position`, in (date, happening) order
    (both descending, newest first)."""
    reverse = order.descending(where.sort)
    query = filtered(select(S.EventRow.happening_id, S.EventRow.date_value), where)
    query = query.where(S.EventRow.happening_id.is_not(None), S.EventRow.date_value.is_not(None))
    condition = order.after((S.EventRow.date_value, S.EventRow.happening_id), position, reverse=reverse)
    if condition is not None:
        query = query.where(condition)
    if reverse:
        return query.order_by(S.EventRow.date_value.desc(), S.EventRow.happening_id.desc())
    return query.order_by(S.EventRow.date_value, S.EventRow.happening_id)


def event_detail(store: Store, event_id: str) -> dict[str, Any] | None:
    """One deduplicated event (by its id, or the id of one of its reports) with every report's
    article and source sentence, and the trigger, actor and recipient spans marked in it."""
    with store.transaction() as session:
        happening_id = _happening_of(session, event_id)
        if happening_id is None:
            return None
        [event] = list(merge_happenings(session, [happening_id]))
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

def article_page(store: Store, limit: int, after: Key | None = None, *,
                 source: str | None = None) -> Page:
    """Stored articles (id, title, published, source, url, number of events) by date, id."""
    published = func.coalesce(S.ArticleRow.published, UNDATED)   # as the listing index has it
    query = select(S.ArticleRow.id, S.ArticleRow.title, S.ArticleRow.published, S.ArticleRow.source,
                   S.ArticleRow.url, published)
    if source:
        query = query.where(S.ArticleRow.source == source)
    condition = _after((published, S.ArticleRow.id), after)
    if condition is not None:
        query = query.where(condition)
    with store.transaction() as session:
        rows = session.execute(query.order_by(published, S.ArticleRow.id).limit(limit + 1)).all()
        # events counted for the page's articles only, not grouped over the whole store
        counts = dict(session.execute(select(S.EventRow.article_id, func.count())
                                      .where(S.EventRow.article_id.in_([r[0] for r in rows[:limit]]))
                                      .group_by(S.EventRow.article_id)).all())
    items = [{"id": r[0], "title": r[1], "published": r[2], "source": r[3], "url": r[4],
              "num_events": counts.get(r[0], 0)} for r in rows[:limit]]
    return Page(items, [rows[limit - 1][5], rows[limit - 1][0]] if len(rows) > limit else None)


# ---------------------------------------------------------------------- stories and claims

def story_page(store: Store, limit: int, after: Key | None = None) -> Page:
    """Stories (story_id, doc_ids, title, first and last published) by first date, id."""
    first = func.coalesce(S.StoryRow.first_published, UNDATED)   # as the listing index has it
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


def claim_number(text: str) -> int:
    """A claim number of a page key; ValueError unless it is one a store can hold (64 bits)."""
    number = int(text)
    if not 0 <= number < 2 ** 63:
        raise ValueError(f"claim number {text!r} is out of range")
    return number


def claim_page(store: Store, limit: int, after: Key | None = None) -> Page:
    """Novelty claims with their event, earlier events and assessment (as `eventwire claims`).

    Raises ValueError when `after` does not hold a claim number.
    """
    date = func.coalesce(S.EventRow.date_value, "")
    query = select(S.ClaimRow, S.EventRow, date).join(S.EventRow, S.EventRow.id == S.ClaimRow.event_id)
    if after:
        number = claim_number(after[1])
        query = query.where(or_(date > after[0], and_(date == after[0], S.ClaimRow.id > number)))
    with store.transaction() as session:
        rows = session.execute(query.order_by(date, S.ClaimRow.id).limit(limit + 1)).all()
        items = [claim_with_evidence(session, claim, event) for claim, event, _ in rows[:limit]]
    last = rows[limit - 1] if len(rows) > limit else None
    return Page(items, [last[2], str(last[0].id)] if last else None)
