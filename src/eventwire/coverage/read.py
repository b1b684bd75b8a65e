"""Coverage read from a store: a happening's reports side by side, and where they disagree.

Reads the ``events`` rows of a happening with their articles' stored contract lines (which
hold the text, the quotes and the actor mentions the facts need), builds each report's
:class:`ReportFacts`, dates each report against the first (``lag_days``, ``first``) and lists
the discrepancies (:func:`~eventwire.coverage.discrepancies.article_discrepancies`: those of
:func:`find_discrepancies`, quotes compared over the whole reporting articles, and the
self-condemning statements anywhere in them).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from eventwire.coverage.discrepancies import amount, article_discrepancies
from eventwire.coverage.facts import report_facts
from eventwire.coverage.model import Coverage, Discrepancy, Quote, ReportFacts
from eventwire.errors import InputError
from eventwire.store import schema as S

if TYPE_CHECKING:
    from eventwire.store.store import Store


def happening_coverage(store: Store, happening_id: str) -> Coverage | None:
    """The coverage of one happening (its id, or the id of one of its reports); None when the
    store has no such happening."""
    with store.transaction() as session:
        return session_coverage(session, happening_id)


def story_coverage(store: Store, story_id: str) -> list[Coverage]:
    """The coverage of every happening a story's articles report, the most reported first
    (then by id); empty when the story does not exist or reports no happening."""
    with store.transaction() as session:
        query = (select(S.EventRow.happening_id, func.count().label("n"))
                 .join(S.ArticleRow, S.ArticleRow.id == S.EventRow.article_id)
                 .where(S.ArticleRow.story_id == story_id, S.EventRow.happening_id.is_not(None))
                 .group_by(S.EventRow.happening_id))
        ids = [happening for happening, _ in session.execute(query)]
        found = [c for c in (session_coverage(session, h) for h in ids) if c is not None]
    return sorted(found, key=lambda c: (-len(c.reports), c.happening_id))


def session_coverage(session: Session, happening_id: str) -> Coverage | None:
    """:func:`happening_coverage` within an open session."""
    happening = session.get(S.HappeningRow, happening_id) or _happening_of_report(session, happening_id)
    if happening is None:
        return None
    rows = session.execute(
        select(S.EventRow.data, S.ArticleRow.coded, S.ArticleRow.published, S.ArticleRow.story_id)
        .join(S.ArticleRow, S.ArticleRow.id == S.EventRow.article_id)
        .where(S.EventRow.happening_id == happening.id).order_by(S.EventRow.id)).all()
    reports = _dated([report_facts(coded, event, published) for event, coded, published, _ in rows])
    stories = Counter(story for *_, story in rows if story)
    return Coverage(happening_id=happening.id, type=happening.type,
                    story_id=stories.most_common(1)[0][0] if stories else None,
                    reports=reports, discrepancies=_discrepancies(reports, [(r[0], r[1]) for r in rows]))


def _happening_of_report(session: Session, event_id: str) -> S.HappeningRow | None:
    event = session.get(S.EventRow, event_id)
    return session.get(S.HappeningRow, event.happening_id) if event and event.happening_id else None


def _dated(reports: list[ReportFacts]) -> list[ReportFacts]:
    """The reports in publication order (undated last), each with its lag behind the first
    dated report; the first (all of them on a tie) marked."""
    days = {r.event_id: _day(r.published) for r in reports}
    known = [d for d in days.values() if d is not None]
    start = min(known) if known else None
    for report in reports:
        day = days[report.event_id]
        report.lag_days = (day - start).days if day and start else None
        report.first = report.lag_days == 0
    return sorted(reports, key=lambda r: (days[r.event_id] is None, days[r.event_id] or dt.date.min,
                                          r.event_id))


def _day(published: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


def _discrepancies(reports: list[ReportFacts], rows: list[tuple[dict[str, Any], dict[str, Any]]]
                   ) -> list[Discrepancy]:
    """article_discrepancies, each reporting article (its stored contract line) with the
    event ids of its reports of the happening."""
    by_article: dict[str, list[str]] = {}
    articles: dict[str, dict[str, Any]] = {}
    for event, coded in rows:
        by_article.setdefault(coded["id"], []).append(event["id"])
        articles[coded["id"]] = coded
    return article_discrepancies(reports, [(articles[a], ids) for a, ids in by_article.items()])


REPORT_COLUMNS = ("happening_id", "story_id", "event_id", "article_id", "source", "domain", "url",
                  "published", "lag_days", "first", "sentence", "type", "mode", "parties", "date",
                  "granularity", "place", "place_country", "place_resolution", "dead", "injured",
                  "arrested", "quantities", "modality", "negated", "attribution", "quotes")
DISCREPANCY_COLUMNS = ("happening_id", "kind", "field", "value", "event_ids", "detail")


def coverage_frames(store: Store, event_id: str | None = None, *,
                    story: str | None = None) -> tuple[Any, Any]:
    """What :meth:`Store.coverage` returns: (reports, discrepancies) pandas DataFrames for one
    happening (`event_id`: its id or one of its reports' ids) or every happening of `story`.
    Raises InputError when neither or both are given, or when the store has no such one."""
    from eventwire.frames import _require

    pandas = _require("pandas")
    coverages = _chosen(store, event_id, story)
    reports = [report_row(c, r) for c in coverages for r in c.reports]
    discrepancies = [row for c in coverages for d in c.discrepancies for row in discrepancy_rows(c, d)]
    return (pandas.DataFrame(reports, columns=list(REPORT_COLUMNS)),
            pandas.DataFrame(discrepancies, columns=list(DISCREPANCY_COLUMNS)))


def _chosen(store: Store, event_id: str | None, story: str | None) -> list[Coverage]:
    if (event_id is None) == (story is None):
        raise InputError("give either an event id or a story id, not both and not neither")
    if event_id is not None:
        found = happening_coverage(store, event_id)
        if found is None:
            raise InputError(f"no event or report {event_id!r} in the store {store.name}")
        return [found]
    with store.transaction() as session:
        if session.get(S.StoryRow, story) is None:
            raise InputError(f"no story {story!r} in the store {store.name}")
    return story_coverage(store, str(story))


def report_row(coverage: Coverage, report: ReportFacts) -> dict[str, Any]:
    """One report as a flat row: parties as "actor: IND GOV (Deepak Mittal); recipient: …",
    quantities as "50,000 tonne wheat; …", quotes as 'speaker (IND): "words" | …'."""
    row = {name: getattr(report, name) for name in REPORT_COLUMNS if hasattr(report, name)}
    return {**row, "happening_id": coverage.happening_id, "story_id": coverage.story_id,
            "parties": parties_text(report), "quantities": "; ".join(amount(q) for q in report.quantities),
            "quotes": " | ".join(_quote_text(q) for q in report.quotes)}


def _quote_text(quote: Quote) -> str:
    country = f" ({quote.speaker_country})" if quote.speaker_country else ""
    return f"{quote.speaker or '?'}{country}: \"{quote.content}\""


def parties_text(report: ReportFacts) -> str:
    """"actor: IND GOV (Deepak Mittal), AFG GOV (Sher Mohammad Abbas Stanekzai); recipient: …"."""
    roles = []
    for role in ("actor", "recipient"):
        named = [" ".join(filter(None, (p.country, p.sector, f"({p.name or p.text})")))
                 for p in report.parties if p.role == role]
        if named:
            roles.append(f"{role}: {', '.join(named)}")
    return "; ".join(roles)


def discrepancy_rows(coverage: Coverage, discrepancy: Discrepancy) -> list[dict[str, Any]]:
    """One row per side of a discrepancy: its value and its reports' event ids joined by ","."""
    return [{"happening_id": coverage.happening_id, "kind": discrepancy.kind, "field": discrepancy.field,
             "value": value, "event_ids": ",".join(ids), "detail": discrepancy.detail}
            for value, ids in discrepancy.sides.items()]
