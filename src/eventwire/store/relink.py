"""Linking stored articles again: settling a young store's stories, and relinking the whole
store from scratch in one canonical order.

Both work through the link queue (table ``link_queue``). An article stored while the store
holds fewer than ``story_linking.SETTLE_BELOW`` articles is queued in the transaction that stores
it; a relink queues every article, in publication order, in the transaction that takes all
links apart. Each batch of the queue is linked and leaves the queue in one transaction. So a
run killed while settling or relinking leaves its queue behind, and the next ingest, recode
or ``eventwire relink`` finishes it: nothing stays unsettled for good.

A relink makes happenings and stories a function of the stored articles alone, not of the
runs they came in: articles are linked in (publication date, id) order, 500 per batch (each
batch's reports join events first, then its articles join stories, as settling does), with
the document frequencies of the whole store. The batches are cut from that order alone, so
an interrupted relink finished later gives the same store as one that ran through.
``eventwire recode --all`` ends with one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from eventwire import link
from eventwire.store import schema as S
from eventwire.store import story_linking
from eventwire.store.happenings import assign_happening


def queue_if_young(session: Session, article_id: str) -> None:
    """Queue a just-stored article for settling when it is among the store's first
    ``story_linking.SETTLE_BELOW`` articles (their stories were linked with frequencies counted over
    few articles); a larger store is never settled."""
    held = session.scalar(select(func.count()).select_from(
        select(S.ArticleRow.id).limit(story_linking.SETTLE_BELOW + 1).subquery())) or 0
    if held <= story_linking.SETTLE_BELOW:
        S.insert_rows(session, S.LinkQueueRow, [{"article_id": article_id, "happenings": False}])


def queued(session: Session) -> int:
    """How many articles wait in the link queue."""
    return session.scalar(select(func.count()).select_from(S.LinkQueueRow)) or 0


def unlink_everything(session: Session) -> int:
    """Take every link apart and queue every article, in (publication date, id) order, for
    its happenings and its story; returns how many were queued. One transaction: the store
    is either as it was or wholly queued."""
    session.execute(update(S.EventRow).values(happening_id=None))
    for table in (S.HappeningDyadRow, S.HappeningPartyRow, S.HappeningRow, S.ArticleTermRow,
                  S.LinkQueueRow):
        session.execute(delete(table))
    session.execute(update(S.ArticleRow).values(story_id=None))
    session.execute(delete(S.StoryRow))
    ids = list(session.scalars(select(S.ArticleRow.id)
                               .order_by(S.ArticleRow.published.nulls_first(), S.ArticleRow.id)))
    for start in range(0, len(ids), 500):
        S.insert_rows(session, S.LinkQueueRow, [{"article_id": article_id, "happenings": True}
                                                for article_id in ids[start:start + 500]])
    return len(ids)


def link_batch(session: Session, size: int) -> int:
    """Link the first `size` articles of the queue (their reports to happenings when queued
    for it, then their stories, as :func:`story_linking.settle_stories` does) and take them off the
    queue; returns how many (0: the queue is empty)."""
    rows = session.execute(select(S.LinkQueueRow.id, S.LinkQueueRow.article_id, S.LinkQueueRow.happenings)
                           .order_by(S.LinkQueueRow.id).limit(size)).all()
    for row in rows:
        if row.happenings:
            _link_reports(session, row.article_id)
    ids = [row.article_id for row in rows]
    story_linking.settle_stories(session, ids)
    session.execute(delete(S.LinkQueueRow).where(S.LinkQueueRow.id.in_([row.id for row in rows])))
    return len(rows)


def _link_reports(session: Session, article_id: str) -> None:
    """Join each real report of an article to its happening, in report order (as when the
    article was stored)."""
    order = {event["id"]: n for n, event in enumerate(session.get_one(S.ArticleRow, article_id)
                                                       .coded.get("events", []))}
    reports = session.execute(select(S.EventRow.id, S.EventRow.data)
                              .where(S.EventRow.article_id == article_id)).all()
    for event_id, data in sorted(reports, key=lambda report: order.get(report.id, len(order))):
        happening = assign_happening(session, data) if link.is_real(data) else None
        if happening is not None:
            session.execute(update(S.EventRow).where(S.EventRow.id == event_id)
                            .values(happening_id=happening))


def drain(transaction: Callable[[], Any], size: int,
          on_batch: Callable[[int], None] | None = None) -> int:
    """Link the whole queue, `size` articles per transaction (`transaction()` opens one that
    holds the write lock); returns how many articles were linked."""
    done = 0
    while True:
        with transaction() as session:
            linked = link_batch(session, size)
        if not linked:
            return done
        done += linked
        if on_batch:
            on_batch(done)
