"""Reading the store: the event filter and the SQL conditions it makes, deduplicated events
(happenings merged from their reports) with their source text, articles, stories, claims.

Each function reads through the session it is given; `Store` opens it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from eventwire import link
from eventwire.filters import EventFilter
from eventwire.records import Story
from eventwire.store import order
from eventwire.store import schema as S
from eventwire.store.engine import folded
from eventwire.store.happenings import earlier_happenings, merge_happenings


def happening_query(where: EventFilter) -> Any:
    """(happening id, its sort key ...) of the happenings matching `where`, in `where.sort` order."""
    return order.keyed(lambda query: filtered(query, where), where.sort)


def filtered(query: Any, where: EventFilter) -> Any:
    """`query` (over reports: EventRow) with the conditions of `where`."""
    if where.types:
        query = query.where(S.EventRow.type.in_([t.upper() for t in where.types]))
    # a date of a year or month ("2024") compares with as much of the bound ("2024-01-01")
    # as it has: it is within the filter when its period meets it
    cut = func.length(S.EventRow.date_value)
    if where.since:
        query = query.where(S.EventRow.date_value >= func.substr(where.since, 1, cut))
    if where.until:
        query = query.where(S.EventRow.date_value <= func.substr(where.until, 1, cut))
    if where.quad:
        query = query.where(S.EventRow.quad.in_(where.quad))
    for role, column, codes in (("actor", S.ParticipantRow.country, where.actor_country),
                                ("recipient", S.ParticipantRow.country, where.recipient_country),
                                ("actor", S.ParticipantRow.sector, where.actor_sector),
                                ("recipient", S.ParticipantRow.sector, where.recipient_sector)):
        if codes:
            query = query.where(S.EventRow.id.in_(
                select(S.ParticipantRow.event_id).where(S.ParticipantRow.role == role,
                                                        column.in_([c.upper() for c in codes]))))
    if where.source:
        query = query.where(S.EventRow.article_id.in_(
            select(S.ArticleRow.id).where(S.ArticleRow.source == where.source)))
    if where.q:   # a cheap necessary condition; callers check the sentence itself after merging
        query = query.where(S.EventRow.article_id.in_(
            select(S.ArticleRow.id).where(contains(S.ArticleRow.text, where.q))))
    if where.dyad:
        for country in where.dyad:
            query = query.where(S.EventRow.id.in_(
                select(S.ParticipantRow.event_id).where(S.ParticipantRow.country == country)))
    if where.location_country:
        query = query.where(S.EventRow.location_country.in_(where.location_country))
    if where.actor:
        query = query.where(S.EventRow.id.in_(select(S.ParticipantRow.event_id).where(or_(
            contains(S.ParticipantRow.name, where.actor), contains(S.ParticipantRow.text, where.actor)))))
    return query


# what `add_text` adds to an event: its provenance (see export.provenance)
TEXT_FIELDS = ("sentence_text", "url", "source", "title", "published")


def sentence_matches(event: dict[str, Any], q: str) -> bool:
    """Whether the event's source sentence (added by `add_text`) contains `q`, any case."""
    return q.casefold() in (event.get("sentence_text") or "").casefold()


def contains(column: Any, text: str) -> Any:
    """The SQL condition "`column` contains `text`, in any case", as `sentence_matches` checks
    it (Unicode too: "ERDOĞAN" contains "erdoğan")."""
    return folded(column).like(like_pattern(text.casefold()), escape="\\")


def like_pattern(text: str) -> str:
    """`text` as a LIKE pattern matching it anywhere, its wildcards escaped with a backslash."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def unreal_events(session: Session, where: EventFilter) -> Iterator[dict[str, Any]]:
    """The reports that are not part of an event (`reports.report_query`), one line each,
    with their `status`, oldest first."""
    from eventwire.store.reports import UNLINKED, report_query

    query = report_query(where, UNLINKED).order_by(None)
    for event, status in session.execute(query.order_by(S.EventRow.date_value.nulls_first(), S.EventRow.id)):
        yield {**event.data, "reports": [{"doc_id": event.article_id, "event_id": event.id}],
               "num_articles": 1, "num_sources": 1, "status": status}


def add_text(session: Session, events: list[dict[str, Any]]) -> None:
    """Add each event's source sentence, URL, source, title and publication date, from its
    first report's article (a report's own `doc_id` when it has one), in one query."""
    def doc_id(event: dict[str, Any]) -> str | None:
        found: str | None = event.get("doc_id") or (event.get("reports") or [{}])[0].get("doc_id")
        return found

    ids = {doc_id(e) for e in events} - {None}
    columns = (S.ArticleRow.id, S.ArticleRow.text, S.ArticleRow.url, S.ArticleRow.source,
               S.ArticleRow.title, S.ArticleRow.published)
    articles = {row.id: row for row in session.execute(select(*columns).where(S.ArticleRow.id.in_(ids)))}
    for event in events:
        article, sentence = articles.get(doc_id(event)), event.get("sentence") or {}
        if article is not None:
            event["sentence_text"] = article.text[sentence.get("start", 0):sentence.get("end", 0)]
            event.update(url=article.url, source=article.source, title=article.title,
                         published=article.published)


def with_text_added(session: Session, events: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """`events` with their text added (`add_text`), 500 at a time."""
    chunk: list[dict[str, Any]] = []
    for event in events:
        chunk.append(event)
        if len(chunk) == 500:
            add_text(session, chunk)
            yield from chunk
            chunk = []
    add_text(session, chunk)
    yield from chunk


def events(session: Session, where: EventFilter, with_text: bool) -> Iterator[dict[str, Any]]:
    """The events matching `where` (:meth:`Store.events`): the reports in no event first when
    `where.include_unreal`, then the happenings merged, 500 at a time."""
    if where.include_unreal:
        unreal = unreal_events(session, where)
        yield from with_text_added(session, unreal) if with_text else unreal
    ids = list(session.scalars(happening_query(where)).all())
    for chunk_start in range(0, len(ids), 500):
        chunk = ids[chunk_start:chunk_start + 500]
        merged = list(merge_happenings(session, chunk))
        if with_text or where.q:
            add_text(session, merged)
        for event in merged:
            if where.q and not sentence_matches(event, where.q):
                continue
            if not with_text:
                for key in TEXT_FIELDS:
                    event.pop(key, None)
            yield event


def count_events(session: Session, where: EventFilter) -> int:
    """How many deduplicated events match `where` (before its exact `q` sentence check)."""
    count = session.scalar(select(func.count()).select_from(happening_query(where)
                                                            .order_by(None).subquery())) or 0
    if where.include_unreal:
        unreal = filtered(select(S.EventRow.id), where).where(S.EventRow.happening_id.is_(None))
        count += session.scalar(select(func.count()).select_from(unreal.subquery())) or 0
    return int(count)


def counts(session: Session) -> dict[str, int]:
    """How many articles, reports ("events"), happenings and stories are stored."""
    return {
        "articles": session.scalar(select(func.count()).select_from(S.ArticleRow)) or 0,
        "events": session.scalar(select(func.count()).select_from(S.EventRow)) or 0,
        "happenings": session.scalar(select(func.count()).select_from(S.HappeningRow)) or 0,
        "stories": session.scalar(select(func.count()).select_from(S.StoryRow)) or 0,
    }


def stories(session: Session) -> Iterator[Story]:
    """The stories with their articles, earliest first (:meth:`Store.stories`)."""
    rows = session.execute(select(S.StoryRow.id, S.StoryRow.title, S.ArticleRow.id)
                           .join(S.ArticleRow, S.ArticleRow.story_id == S.StoryRow.id)
                           .order_by(S.StoryRow.first_published.nulls_first(), S.StoryRow.id,
                                     S.ArticleRow.published.nulls_first(), S.ArticleRow.id))
    story: Story | None = None
    for story_id, title, doc_id in rows:
        if story is None or story.story_id != story_id:
            if story is not None:
                yield story
            story = Story(story_id=story_id, doc_ids=[], title=title)
        story.doc_ids.append(doc_id)
    if story is not None:
        yield story


def claims(session: Session) -> Iterator[dict[str, Any]]:
    """Every stored novelty claim with its evidence (`claim_with_evidence`), oldest first."""
    rows = session.execute(select(S.ClaimRow, S.EventRow)
                           .join(S.EventRow, S.EventRow.id == S.ClaimRow.event_id)
                           .order_by(S.EventRow.date_value.nulls_first(), S.ClaimRow.id))
    for claim, event in rows:
        yield claim_with_evidence(session, claim, event)


def articles(session: Session, where: EventFilter) -> Iterator[dict[str, Any]]:
    """One summary per stored article (:meth:`Store.articles`), in publication order."""
    counted = (select(S.EventRow.article_id, func.count().label("n"))
               .group_by(S.EventRow.article_id).subquery())
    query = (select(S.ArticleRow.id, S.ArticleRow.title, S.ArticleRow.published, S.ArticleRow.source,
                    S.ArticleRow.url, S.ArticleRow.language, S.ArticleRow.story_id,
                    func.coalesce(counted.c.n, 0))
             .outerjoin(counted, counted.c.article_id == S.ArticleRow.id)
             # undated first on every backend (PostgreSQL puts NULL last by default)
             .order_by(S.ArticleRow.published.nulls_first(), S.ArticleRow.id))
    if where.since:
        query = query.where(S.ArticleRow.published >= where.since)
    if where.until:
        query = query.where(S.ArticleRow.published <= where.until)
    for id_, title, published, source, url, language, story, n in session.execute(query):
        yield {"id": id_, "title": title, "published": published, "source": source, "url": url,
               "language": language, "story_id": story, "events": n}


def ingest_log(session: Session, run_id: str | None) -> list[dict[str, Any]]:
    """What ingest runs (or the run `run_id`) did with each input document, in order."""
    query = select(S.IngestLogRow).order_by(S.IngestLogRow.id)
    if run_id:
        query = query.where(S.IngestLogRow.run_id == run_id)
    return [{"run_id": r.run_id, "origin": r.origin, "doc_id": r.doc_id,
             "status": r.status, "message": r.message} for r in session.scalars(query)]


def claim_with_evidence(session: Session, claim: S.ClaimRow, event: S.EventRow) -> dict[str, Any]:
    """A novelty claim with its event and the earlier happenings that bear on it, assessed."""
    happening = session.get(S.HappeningRow, event.happening_id) if event.happening_id else None
    earlier = earlier_happenings(session, happening) if happening else []
    return {
        "claim": {"kind": claim.kind, "text": claim.text, "doc_id": event.article_id,
                  "event_id": event.id},
        "event": {"id": event.happening_id or event.id, "type": event.type,
                  "date": event.date_value, "parties": happening.parties if happening else None,
                  "level": link.claims.level(event.data)},
        "earlier": earlier,
        "assessment": link.claims.assess(claim.text, earlier),
    }


def flat_claim(item: dict[str, Any]) -> dict[str, Any]:
    """A claim of `claim_with_evidence` as one flat row, for tables."""
    event = item["event"]
    return {"claim": item["claim"]["text"], "kind": item["claim"]["kind"], "doc_id": item["claim"]["doc_id"],
            "event_id": event["id"], "date": event["date"], "type": event["type"],
            "parties": event["parties"], "level": "; ".join(event["level"]),
            "earlier_events": len(item["earlier"]), "assessment": item["assessment"]}


def flat_period(row: dict[str, Any]) -> dict[str, Any]:
    """A period of a dyad's timeline as one flat row, for tables."""
    quads = {f"quad_{q}": n for q, n in row["quad"].items()}
    return {"period": row["period"], "events": row["events"], **quads,
            "mean_intensity": row["mean_intensity"]}


