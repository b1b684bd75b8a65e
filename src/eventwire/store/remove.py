"""Take a stored article out of the store with everything derived from it, bringing what it
shared with other articles up to date: the happenings it reported, its story, the document
frequencies of its terms. Re-coding and replacing an article remove it this way, then write
it again."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from eventwire import link
from eventwire.store import schema as S
from eventwire.store import story_linking
from eventwire.store.happenings import update_happening


def remove_article(session: Session, row: S.ArticleRow) -> None:
    """Remove an article and what was derived from it, updating what it shared with others:
    its happenings' reports, its story, the document frequencies of its terms."""
    events = select(S.EventRow.id).where(S.EventRow.article_id == row.id)
    happenings = {h for h in session.scalars(select(S.EventRow.happening_id)
                                             .where(S.EventRow.article_id == row.id)) if h}
    session.execute(delete(S.ParticipantRow).where(S.ParticipantRow.event_id.in_(events)))
    session.execute(delete(S.ClaimRow).where(S.ClaimRow.event_id.in_(events)))
    for table in (S.EventRow, S.PlaceRow, S.TimeRow, S.QuoteRow, S.ArticleTermRow):
        session.execute(delete(table).where(table.article_id == row.id))
    session.execute(delete(S.KnowledgeRow).where(S.KnowledgeRow.article_id == row.id,
                                                 S.KnowledgeRow.source == "learned"))
    for happening_id in sorted(happenings):
        _refresh_happening(session, happening_id)
    _forget_terms(session, row.terms or {})
    story_id = row.story_id
    session.delete(row)
    session.flush()
    if story_id:
        story_linking.refresh_story(session, story_id)


def _refresh_happening(session: Session, happening_id: str) -> None:
    """Recompute a happening from its remaining reports (as linking merges them), or delete
    it when none is left. Core statements, like linking's, on rows linking may read next."""
    happenings, events = S.table(S.HappeningRow), S.table(S.EventRow)
    type_ = session.execute(select(happenings.c.type).where(happenings.c.id == happening_id)).scalar_one()
    reports = session.execute(select(events.c.granularity, events.c.intensity, events.c.location_country,
                                     events.c.data)
                              .where(events.c.happening_id == happening_id).order_by(events.c.id)).all()
    if not reports:
        session.execute(delete(S.HappeningPartyRow).where(S.HappeningPartyRow.happening_id == happening_id))
        session.execute(delete(S.HappeningDyadRow).where(S.HappeningDyadRow.happening_id == happening_id))
        session.execute(delete(happenings).where(happenings.c.id == happening_id))
        return
    rank = link.events.PRECISION
    best = min(reports, key=lambda e: rank.get(e.granularity, 4))
    parties: set[str] = set().union(*(link.parties(e.data) for e in reports))
    intensities = [e.intensity for e in reports if e.intensity is not None]
    date_value, date_end = link.window(best.data.get("date"))
    update_happening(session, {
        "id": happening_id, "type": type_, "num_reports": len(reports),
        "intensity_sum": sum(intensities) if intensities else None, "intensity_count": len(intensities),
        "date_value": date_value, "date_end": date_end, "granularity": best.granularity,
        "location_country": next((e.location_country for e in reports if e.location_country), None),
        "parties": ",".join(sorted(parties))}, parties)


def _forget_terms(session: Session, terms: dict[str, Any]) -> None:
    """Take the article out of the document frequencies (rows that fall to zero go)."""
    keys = {story_linking.term_key(term) for term in [story_linking.DOCUMENTS, *terms]}
    for stat in session.scalars(select(S.TermStatRow).where(S.TermStatRow.term.in_(keys))):
        stat.df -= 1
        if stat.df <= 0:
            session.delete(stat)
    session.flush()
