"""Linking inside the store: each new report joins a happening, each new article a story.

Both are incremental (nothing already stored is re-clustered) and both find their
candidates through an index, so the cost of adding an article does not grow with the
size of the store: happenings through `happening_parties` (country, type, date), stories
through `article_terms` (the article's most telling features).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, load_only

from eventwire import link
from eventwire.store import schema as S

# a happening dated by a range starts at most this long before a report it could match
LONGEST_WINDOW_DAYS = 366
# candidate articles scored per new article
STORY_CANDIDATES = 50
# the term_stats row counting the articles themselves
DOCUMENTS = ""
# article_terms.term and term_stats.term are VARCHAR(120)
TERM_LENGTH = 120


# ---------------------------------------------------------------------- happenings

def assign_happening(session: Session, event: dict[str, Any]) -> str | None:
    """The id of the happening this event reports, joining or creating one; None when the
    event has no coded party or no date."""
    parties = link.parties(event)
    lo, hi = link.window(event.get("date"))
    if not parties or lo is None or hi is None:
        return None
    location = (event.get("location") or {}).get("country")
    date = event.get("date") or {}
    for happening in _candidates(session, event["type"], parties, lo, hi):
        known = set(happening.parties.split(","))
        if (link.parties_compatible(known, parties, date, happening.granularity)
                and link.dates_agree(happening.granularity, happening.date_value or "", date)
                and not _contradicting(location, happening.location_country)):
            _merge_into(session, happening, event, parties, location)
            return happening.id
    return _create(session, event, parties, lo, hi, location)


def _candidates(session: Session, type_: str, parties: set[str], lo: str, hi: str) -> list[S.HappeningRow]:
    earliest = (dt.date.fromisoformat(lo) - dt.timedelta(days=LONGEST_WINDOW_DAYS)).isoformat()
    ids = select(S.HappeningPartyRow.happening_id).where(
        S.HappeningPartyRow.country.in_(sorted(parties)), S.HappeningPartyRow.type == type_,
        S.HappeningPartyRow.date_value >= earliest, S.HappeningPartyRow.date_value <= hi,
        S.HappeningPartyRow.date_end >= lo).distinct()
    rows = session.scalars(select(S.HappeningRow).where(S.HappeningRow.id.in_(ids))).all()
    # most shared parties first, then the best-attested happening
    return sorted(rows, key=lambda h: (-len(parties & set(h.parties.split(","))), -h.num_reports, h.id))


def _contradicting(a: str | None, b: str | None) -> bool:
    return bool(a and b and a != b)


def _create(session: Session, event: dict[str, Any], parties: set[str], lo: str, hi: str,
            location: str | None) -> str:
    happening = S.HappeningRow(
        id=unused_id(session, S.HappeningRow, "h-" + hashlib.sha1(event["id"].encode()).hexdigest()[:16]),
        type=event["type"],
        parties=",".join(sorted(parties)), date_value=lo, date_end=hi,
        granularity=(event.get("date") or {}).get("granularity", "unknown"),
        location_country=location, num_reports=1)
    _count_intensity(happening, event.get("intensity"))
    session.add(happening)
    session.flush()
    _index_parties(session, happening, parties)
    return happening.id


def _count_intensity(happening: S.HappeningRow, intensity: float | None) -> None:
    if intensity is not None:
        happening.intensity_sum = (happening.intensity_sum or 0.0) + intensity
        happening.intensity_count = (happening.intensity_count or 0) + 1


def _merge_into(session: Session, happening: S.HappeningRow, event: dict[str, Any],
                parties: set[str], location: str | None) -> None:
    """Count the report; keep the more precise date, the union of parties, a known place."""
    happening.num_reports += 1
    _count_intensity(happening, event.get("intensity"))
    date = event.get("date") or {}
    rank = link.events.PRECISION
    if rank.get(date.get("granularity", "unknown"), 4) < rank.get(happening.granularity, 4):
        happening.date_value, happening.date_end = link.window(date)
        happening.granularity = date["granularity"]
    happening.location_country = happening.location_country or location
    known = set(happening.parties.split(","))
    happening.parties = ",".join(sorted(known | parties))
    _index_parties(session, happening, known | parties)


def _index_parties(session: Session, happening: S.HappeningRow, parties: set[str]) -> None:
    """Rewrite the happening's rows in the party index and the dyad index."""
    session.execute(delete(S.HappeningPartyRow).where(S.HappeningPartyRow.happening_id == happening.id))
    session.execute(delete(S.HappeningDyadRow).where(S.HappeningDyadRow.happening_id == happening.id))
    countries = sorted(parties)
    for country in countries:
        session.add(S.HappeningPartyRow(happening_id=happening.id, country=country, type=happening.type,
                                        date_value=happening.date_value, date_end=happening.date_end))
    for n, a in enumerate(countries):
        for b in countries[n + 1:]:
            session.add(S.HappeningDyadRow(a=a, b=b, date_value=happening.date_value,
                                           happening_id=happening.id, type=happening.type,
                                           intensity_sum=happening.intensity_sum,
                                           intensity_count=happening.intensity_count or 0))


# ---------------------------------------------------------------------- stories

def assign_story(session: Session, article: S.ArticleRow) -> None:
    """Put the article in the story of its most similar indexed neighbour, or a new one."""
    df = _update_df(session, article.terms)
    documents = df[DOCUMENTS]
    candidates = _story_candidates(session, article, df, documents)
    df.update(_frequencies(session, {t for other in candidates for t in other.terms} - set(df)))
    best, best_score = None, link.stories.JOIN_THRESHOLD
    for other in candidates:
        score = link.similarity(article.terms, other.terms, df, documents)
        if score >= best_score:
            best, best_score = other, score
    story_id = best.story_id if best is not None else None
    _join_story(session, article, story_id)
    for term in link.stories.index_terms(article.terms, df, documents):
        session.add(S.ArticleTermRow(term=term_key(term), article_id=article.id,
                                     published=article.published))


def term_key(term: str) -> str:
    """How a feature is stored in the term columns: itself, or when longer than the column,
    a prefix and a hash of the whole (so two long features never share a row)."""
    if len(term) <= TERM_LENGTH:
        return term
    return term[:TERM_LENGTH - 17] + "~" + hashlib.sha1(term.encode()).hexdigest()[:16]


def _update_df(session: Session, terms: dict[str, float]) -> dict[str, int]:
    """Add the article's features to the document frequencies; returns them for its terms,
    and under DOCUMENTS the number of articles (every article has the empty feature)."""
    wanted = {term_key(term): term for term in [DOCUMENTS, *terms]}
    rows = {r.term: r for r in session.scalars(select(S.TermStatRow)
                                                .where(S.TermStatRow.term.in_(wanted)))}
    for key in wanted:
        if key in rows:
            rows[key].df += 1
        else:
            rows[key] = S.TermStatRow(term=key, df=1)
            session.add(rows[key])
    return {wanted[key]: row.df for key, row in rows.items()}


def _frequencies(session: Session, terms: set[str]) -> dict[str, int]:
    """Document frequencies of `terms` (those never seen count as 0)."""
    found: dict[str, int] = {}
    keys = {term_key(term): term for term in terms}
    ordered = sorted(keys)
    for start in range(0, len(ordered), 500):
        rows = session.execute(select(S.TermStatRow.term, S.TermStatRow.df)
                               .where(S.TermStatRow.term.in_(ordered[start:start + 500])))
        found.update({keys[key]: df for key, df in rows})
    return found


def _story_candidates(session: Session, article: S.ArticleRow, df: dict[str, int],
                      documents: int) -> list[S.ArticleRow]:
    """The stored articles sharing the most telling features, within the publication window."""
    terms = link.stories.index_terms(article.terms, df, documents)
    query = select(S.ArticleTermRow.article_id).where(
        S.ArticleTermRow.term.in_([term_key(term) for term in terms]))
    if article.published:
        day = dt.date.fromisoformat(article.published)
        span = dt.timedelta(days=link.stories.STORY_WINDOW_DAYS)
        query = query.where(S.ArticleTermRow.published >= (day - span).isoformat(),
                            S.ArticleTermRow.published <= (day + span).isoformat())
    shared = Counter(session.scalars(query))
    ids = [article_id for article_id, _ in shared.most_common(STORY_CANDIDATES)]
    # only what linking reads: never the candidates' text and coded record
    columns = load_only(S.ArticleRow.id, S.ArticleRow.terms, S.ArticleRow.story_id)
    return list(session.scalars(select(S.ArticleRow).options(columns).where(S.ArticleRow.id.in_(ids))))


def _join_story(session: Session, article: S.ArticleRow, story_id: str | None) -> None:
    story = session.get(S.StoryRow, story_id) if story_id else None
    if story is None:
        story = S.StoryRow(id=unused_id(session, S.StoryRow, "s-" + article.id[:60]), title=article.title,
                           first_published=article.published, last_published=article.published)
        session.add(story)
        session.flush()
    else:
        dates = [d for d in (story.first_published, story.last_published, article.published) if d]
        story.first_published, story.last_published = min(dates, default=None), max(dates, default=None)
    article.story_id = story.id


def unused_id(session: Session, table: type[S.Base], wanted: str) -> str:
    """`wanted`, or when a row of `table` already has it, a variant no row has: ids are
    derived from the first report or article, and two articles may share a 60-character
    prefix, or a re-coded article's old happening or story may live on with other members."""
    candidate, number = wanted, 0
    while session.get(table, candidate) is not None:
        number += 1
        candidate = wanted[:45] + "-" + hashlib.sha1(f"{wanted}#{number}".encode()).hexdigest()[:16]
    return candidate
