"""Stories in the store: each new article joins the story it resembles best, or a new one.

Linking is incremental and finds its candidates through the index `article_terms` (the
article's most telling features), so the cost of adding an article does not grow with the
size of the store. Nothing already stored is re-clustered, except that a story an article
joins may be split in two when its members no longer all resemble one another
(`hold_story`): articles already stored can then move to a new story; and the articles of a
young store are linked again at the end of an ingest run (`settle_stories`).

Every statement here is SQLAlchemy Core, run at once on the session's connection in the
caller's transaction, as happening linking's are (see `store/happenings.py`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Row, bindparam, delete, func, select, update
from sqlalchemy.orm import Session

from eventwire import link
from eventwire.store import schema as S
from eventwire.store.ids import unused_id

# candidate articles scored per new article
STORY_CANDIDATES = 50
# a story's most recent members compared with each article that joins it (complete linkage)
GUARD_MEMBERS = 100
# an ingest run's articles linked while the store held fewer articles than this are linked
# again at the end of the run (`settle_stories`): document frequencies counted over a few
# hundred articles, often on one subject, make the first articles of a new store look
# unlike their own story
SETTLE_BELOW = 5_000
# ids per statement when many articles are read or changed at once
_CHUNK = 500
# the term_stats row counting the articles themselves
DOCUMENTS = ""
# article_terms.term and term_stats.term are VARCHAR(120)
TERM_LENGTH = 120

_ARTICLES = S.table(S.ArticleRow)
_STORIES = S.table(S.StoryRow)
_TERMS = S.table(S.ArticleTermRow)
_STATS = S.table(S.TermStatRow)

# The statements are built once, with named parameters (lists expand when run): building
# and caching a statement per call cost more than running it.
_FREQUENCIES = select(_STATS.c.term, _STATS.c.df).where(_STATS.c.term.in_(bindparam("terms", expanding=True)))
_COUNT_DOCUMENT = (update(_STATS).where(_STATS.c.term.in_(bindparam("terms", expanding=True)))
                   .values(df=_STATS.c.df + 1))
_SHARING = select(_TERMS.c.article_id).where(_TERMS.c.term.in_(bindparam("terms", expanding=True)))
_SHARING_NEAR = _SHARING.where(_TERMS.c.published >= bindparam("start"),
                               _TERMS.c.published <= bindparam("end"))
_CANDIDATE_ARTICLES = (select(_ARTICLES.c.id, _ARTICLES.c.terms, _ARTICLES.c.story_id)
                       .where(_ARTICLES.c.id.in_(bindparam("ids", expanding=True))))
_STORY_DATES = (select(_STORIES.c.first_published, _STORIES.c.last_published)
                .where(_STORIES.c.id == bindparam("story")))
_UPDATE_STORY = update(_STORIES).where(_STORIES.c.id == bindparam("story"))
_SET_STORY = update(_ARTICLES).where(_ARTICLES.c.id == bindparam("article")).values(
    story_id=bindparam("story"))
_STORY_MEMBERS = (select(_ARTICLES.c.id, _ARTICLES.c.title, _ARTICLES.c.published, _ARTICLES.c.terms)
                  .where(_ARTICLES.c.story_id == bindparam("story"))
                  # latest published first: an order of the articles themselves, not of the
                  # runs that brought them, so that relinking gives the same stories
                  .order_by(_ARTICLES.c.published.desc().nulls_last(), _ARTICLES.c.id.desc())
                  .limit(bindparam("limit")))
_STORY_SPAN = (select(func.min(_ARTICLES.c.published), func.max(_ARTICLES.c.published), func.count())
               .where(_ARTICLES.c.story_id == bindparam("story")))
_DELETE_STORY = delete(_STORIES).where(_STORIES.c.id == bindparam("story"))
_SETTLED_ARTICLES = (select(_ARTICLES.c.id, _ARTICLES.c.title, _ARTICLES.c.published, _ARTICLES.c.terms,
                             _ARTICLES.c.story_id)
                     .where(_ARTICLES.c.id.in_(bindparam("ids", expanding=True))))
_ARTICLE_STORY = select(_ARTICLES.c.story_id).where(_ARTICLES.c.id == bindparam("article"))
_UNINDEX_ARTICLES = delete(_TERMS).where(_TERMS.c.article_id.in_(bindparam("ids", expanding=True)))
_UNSET_STORIES = (update(_ARTICLES).where(_ARTICLES.c.id.in_(bindparam("ids", expanding=True)))
                  .values(story_id=None))
_STORY_FIRST_TITLE = (select(_ARTICLES.c.title).where(_ARTICLES.c.story_id == bindparam("story"))
                      .order_by(_ARTICLES.c.published.is_(None), _ARTICLES.c.published,
                                _ARTICLES.c.id).limit(1))


@dataclass(frozen=True)
class ArticleTerms:
    """What story linking reads of a stored article; an ArticleRow has the same attributes."""

    id: str
    title: str | None
    published: str | None
    terms: dict[str, Any]   # its signature (link.signature)


def assign_story(session: Session, article: ArticleTerms | S.ArticleRow,
                 df: dict[str, int] | None = None) -> str:
    """Put an article already stored in the story it resembles best (:func:`_best_neighbour`), or
    a new one, and index its most telling features; returns the id of the story it ends in
    (see :func:`hold_story`). `df` as for :func:`link_story`."""
    story_id, telling, df = link_story(session, article, df)
    session.connection().execute(_SET_STORY, {"article": article.id, "story": story_id})
    index_article(session, article, telling)
    return hold_story(session, article, story_id, df)


def link_story(session: Session, article: ArticleTerms | S.ArticleRow,
               df: dict[str, int] | None = None) -> tuple[str, list[str], dict[str, int]]:
    """The story the article resembles best (:func:`_best_neighbour`; its dates widened to the
    article's), or a new story; the article's most telling features, for
    :func:`index_article` once the article row is written; and the document frequencies it
    read (under DOCUMENTS, the number of articles), for :func:`hold_story`. Counts the
    article's features in the document frequencies, unless `df` is given: frequencies
    already read that count the article (when settling), which it then adds to. Neither
    reads nor writes the article's own row, so the article can be inserted afterwards with
    its story."""
    df = _update_df(session, article.terms) if df is None else df
    best = _best_neighbour(session, article, df)
    story_id = _join_story(session, article, best.story_id if best is not None else None)
    return story_id, link.stories.index_terms(article.terms, df, df[DOCUMENTS]), df


@dataclass(frozen=True)
class _Resemblance:
    """How much an article resembles one story, through the story's candidate members."""

    mean: float          # its mean score with them
    top: float           # its score with the most similar of them
    nearest: Row[Any]    # that member
    members: int = 1     # how many of the story's members are among the candidates


def _best_neighbour(session: Session, article: ArticleTerms | S.ArticleRow,
                    df: dict[str, int]) -> Row[Any] | None:
    """The indexed article (never the article itself) most similar to the article in the
    story it resembles best, if alike enough to join; `df` gains the frequencies of the
    candidates' features. Under the cosine (no learned linker shipped), a story qualifies
    through its most similar candidate (at least JOIN_THRESHOLD alike), and the story whose
    candidates the article resembles best on average wins: one member that chains two
    happenings of a kind is then outweighed by the rest of its story. Under the learned
    linker (:func:`_learned`), where its band of the best story's top cosine lets it decide
    (`Linker.decides`; the cosine's clear calls stand), the story most probably the
    article's wins, if probable enough."""
    stories = _resemblances(session, article, df)
    threshold = link.stories.JOIN_THRESHOLD
    linker = link.decide.load_linker()
    if linker is not None and stories and linker.decides(max(r.top for r in stories.values())):
        stories, threshold = _learned(stories, article, df, linker), linker.threshold
    best = _most_alike(stories, threshold)
    return stories[best].nearest if best is not None else None


def _resemblances(session: Session, article: ArticleTerms | S.ArticleRow,
                  df: dict[str, int]) -> dict[str, _Resemblance]:
    """How much (by the cosine) the article resembles each story among its candidates (keyed
    by story, or by the article of an article with none)."""
    documents = df[DOCUMENTS]
    candidates = [other for other in _story_candidates(session, article, df, documents)
                  if other.id != article.id]
    df.update(_frequencies(session, {t for other in candidates for t in other.terms} - set(df)))
    scores = link.stories.similarities_to(article.terms, [other.terms for other in candidates], df, documents)
    by_story: dict[str, list[tuple[float, Row[Any]]]] = {}
    for other, score in zip(candidates, scores, strict=True):
        by_story.setdefault(other.story_id or other.id, []).append((score, other))
    found = {}
    for story, scored in by_story.items():
        top = max(scored, key=lambda pair: pair[0])
        found[story] = _Resemblance(sum(score for score, _ in scored) / len(scored), top[0], top[1],
                                    len(scored))
    return found


def learned_rows(article: ArticleTerms | S.ArticleRow, stories: dict[str, _Resemblance],
                 df: dict[str, int]) -> dict[str, link.decide.Features]:
    """The learned decision's features (:func:`link.decide.story_features`) of the article and
    each of its link.decide.STORY_NEAREST candidate stories of highest top cosine."""
    ranked = sorted(stories, key=lambda story: (-stories[story].top, story))[:link.decide.STORY_NEAREST]
    candidates = sum(r.members for r in stories.values())
    best_top = stories[ranked[0]].top if ranked else 0.0
    chosen = _most_alike(stories, link.stories.JOIN_THRESHOLD)
    return {story: link.decide.story_features(article.terms, stories[story].nearest.terms, stories[story].top,
                                              stories[story].mean, stories[story].members, candidates,
                                              best_top, story == chosen, df, df[DOCUMENTS])
            for story in ranked}


def _learned(stories: dict[str, _Resemblance], article: ArticleTerms | S.ArticleRow, df: dict[str, int],
             linker: link.decide.Linker) -> dict[str, _Resemblance]:
    """The candidate stories the learned linker scores, each resembling the article by its
    probability of being the article's story (as mean and as top)."""
    found = {}
    for story, row in learned_rows(article, stories, df).items():
        probability = linker.probability(row)
        found[story] = _Resemblance(probability, probability, stories[story].nearest, stories[story].members)
    return found


def _most_alike(stories: dict[str, _Resemblance], threshold: float) -> str | None:
    """The story resembled best on average among those with a member at least `threshold`
    alike; in story order, so that a tie never depends on the order the index returns rows in."""
    best, best_mean = None, -1.0
    for story in sorted(stories):
        if stories[story].top >= threshold and stories[story].mean > best_mean:
            best, best_mean = story, stories[story].mean
    return best


def hold_story(session: Session, article: ArticleTerms | S.ArticleRow, story_id: str,
               df: dict[str, int]) -> str:
    """Split the story an article (already stored in it) has just joined, when that article
    and one of the story's recent members share almost nothing: its GUARD_MEMBERS most recent
    members are regrouped by complete linkage (:func:`link.stories.split_groups`). The
    largest group (on a tie, the one with the oldest member) keeps the story, with any older
    members; each other group becomes a new story. Every story changed is titled after its
    earliest article. `df` holds the document frequencies :func:`link_story` read; only
    the members' other terms are looked up (and added to it). Returns the id of the
    article's story."""
    connection = session.connection()
    members = list(connection.execute(_STORY_MEMBERS, {"story": story_id, "limit": GUARD_MEMBERS}))[::-1]
    own = next((n for n, member in enumerate(members) if member.id == article.id), None)
    # fewer than three members cannot chain; a re-coded article stored long ago is outside
    # the window it would regroup
    if len(members) < 3 or own is None:
        return story_id
    df.update(_frequencies(session, {t for m in members for t in m.terms} - df.keys()))
    similar = link.stories.similarities([m.terms for m in members], df, df[DOCUMENTS])
    if min(v for n, v in enumerate(similar[own]) if n != own) >= link.stories.SPLIT_THRESHOLD:
        return story_id
    groups = link.stories.split_groups(similar)
    sizes = Counter(groups)
    keeper = max(sizes, key=lambda g: (sizes[g], -g))
    changed, ends_in = [story_id], story_id
    for number in sorted(set(sizes) - {keeper}):
        group = [member for member, g in zip(members, groups, strict=True) if g == number]
        changed.append(_new_story(session, group[0].id, None, []))
        for member in group:
            connection.execute(_SET_STORY, {"article": member.id, "story": changed[-1]})
        if any(member.id == article.id for member in group):
            ends_in = changed[-1]
    for changed_id in changed:
        refresh_story(session, changed_id)
        retitle_story(session, changed_id)
    return ends_in


def settle_stories(session: Session, article_ids: Sequence[str]) -> int:
    """Link stored articles again, in the order given, with the document frequencies the
    store has now (see :data:`SETTLE_BELOW`): all of them first leave their stories and the
    story index, then each joins its most similar neighbour among the articles still indexed
    and those already linked again (:func:`assign_story`). Then each moves, in the same
    order, to a story that articles after it made closer than its own (:func:`_better_story`;
    an article left alone joins the story of its most similar neighbour). Stories left
    empty are deleted; every other story changed gets its dates and title from its members.
    Ids of articles not stored are passed over; returns how many articles were linked."""
    connection = session.connection()
    rows: dict[str, Any] = {}
    for start in range(0, len(article_ids), _CHUNK):
        chunk = list(article_ids[start:start + _CHUNK])
        rows.update((row.id, row) for row in connection.execute(_SETTLED_ARTICLES, {"ids": chunk}))
        connection.execute(_UNINDEX_ARTICLES, {"ids": chunk})
        connection.execute(_UNSET_STORIES, {"ids": chunk})
    for story_id in sorted({row.story_id for row in rows.values() if row.story_id}):
        refresh_story(session, story_id)
        retitle_story(session, story_id)
    settled = [ArticleTerms(id=row.id, title=row.title, published=row.published, terms=row.terms)
               for row in (rows[n] for n in dict.fromkeys(article_ids) if n in rows)]
    # nothing is counted while settling: the frequencies are read once and shared
    df = _frequencies(session, {DOCUMENTS, *(term for article in settled for term in article.terms)})
    df.setdefault(DOCUMENTS, 0)
    for article in settled:
        assign_story(session, article, df)
    # linking looks only at the articles linked before; later ones may make another story
    # the closer
    for article in settled:
        story_id = connection.execute(_ARTICLE_STORY, {"article": article.id}).scalar_one()
        better = _better_story(session, article, story_id, df)
        if better is not None:
            connection.execute(_SET_STORY, {"article": article.id,
                                            "story": _join_story(session, article, better)})
            refresh_story(session, story_id)
            hold_story(session, article, better, df)
    # a story an article rejoined may now begin with it
    ends_in = {connection.execute(_ARTICLE_STORY, {"article": a.id}).scalar_one() for a in settled}
    for story_id in sorted(ends_in):
        ends_in |= bisect_story(session, story_id, df)
    for story_id in sorted(ends_in):
        retitle_story(session, story_id)
    return len(settled)


def bisect_story(session: Session, story_id: str, df: dict[str, int]) -> set[str]:
    """Cut a story in two when average linkage leaves its GUARD_MEMBERS most recent members
    in two groups of at least ``link.stories.BISECT_MIN`` members each that are less than
    ``BISECT_THRESHOLD`` alike on average, each clearly alike within (:func:`link.stories.cut`):
    the group of the oldest of them keeps the story (with any older members), the other becomes
    a new story.
    Unlike :func:`hold_story`, which splits a story only where two members share almost
    nothing, this reads every pair: two happenings of one kind, chained by a few reports into
    one story before either had many members, are alike only on average. `df` as for
    :func:`hold_story`. Returns the ids of the stories changed (none when the story holds)."""
    connection = session.connection()
    members = list(connection.execute(_STORY_MEMBERS, {"story": story_id, "limit": GUARD_MEMBERS}))[::-1]
    if len(members) < 2 * link.stories.BISECT_MIN:
        return set()
    df.update(_frequencies(session, {t for m in members for t in m.terms} - df.keys()))
    groups = link.stories.cut(link.stories.similarities([m.terms for m in members], df, df[DOCUMENTS]))
    if not groups:
        return set()
    moved = [member for member, group in zip(members, groups, strict=True) if group]
    new_id = _new_story(session, moved[0].id, None, [])
    for member in moved:
        connection.execute(_SET_STORY, {"article": member.id, "story": new_id})
    refresh_story(session, story_id)
    refresh_story(session, new_id)
    return {story_id, new_id}


def _better_story(session: Session, article: ArticleTerms | S.ArticleRow, story_id: str,
                  df: dict[str, int]) -> str | None:
    """The story an article linked in order should move to, now that every article of the
    run is linked: the one it resembles best (:func:`_most_alike`), when that story beats
    the article's own both on average and at its nearest member (an article alone in its
    story moves to any story it may join). Both, so that an article that chained itself to
    a story of a similar happening before its own story's members came leaves it, while one
    on the edge of its story does not hop to the next on a small difference of means."""
    # on the cosine, learned linker or not: the learned decision is fitted where an article
    # arrives, not where it is moved
    stories, threshold = _resemblances(session, article, df), link.stories.JOIN_THRESHOLD
    own = stories.pop(story_id, None)
    best = _most_alike(stories, threshold)
    if best is None or (own is not None and not (stories[best].mean > own.mean
                                                 and stories[best].top > own.top)):
        return None
    # a neighbour in no story (never, once linked) offers no story to move to
    moved_to = stories[best].nearest.story_id
    return str(moved_to) if moved_to else None


def refresh_story(session: Session, story_id: str) -> None:
    """A story's dates from its articles; the story is deleted when none is left."""
    connection = session.connection()
    first, last, members = connection.execute(_STORY_SPAN, {"story": story_id}).one()
    if members:
        connection.execute(_UPDATE_STORY, {"story": story_id, "first_published": first,
                                           "last_published": last})
    else:
        connection.execute(_DELETE_STORY, {"story": story_id})


def retitle_story(session: Session, story_id: str) -> None:
    """Title a story after its earliest article (nothing happens to a deleted story)."""
    connection = session.connection()
    connection.execute(_UPDATE_STORY, {"story": story_id, "title": connection.execute(
        _STORY_FIRST_TITLE, {"story": story_id}).scalar()})


def _new_story(session: Session, article_id: str, title: str | None, dates: list[str]) -> str:
    story_id = unused_id(session, S.StoryRow, "s-" + article_id[:60])
    S.insert_rows(session, S.StoryRow, [{"id": story_id, "title": title,
                                         "first_published": min(dates, default=None),
                                         "last_published": max(dates, default=None)}])
    return story_id


def index_article(session: Session, article: ArticleTerms | S.ArticleRow, terms: list[str]) -> None:
    """Add a stored article's most telling features to the story index."""
    S.insert_rows(session, S.ArticleTermRow, [
        {"term": term_key(term), "article_id": article.id, "published": article.published}
        for term in terms])


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
    connection = session.connection()
    known: dict[str, int] = {key: df for key, df in connection.execute(_FREQUENCIES, {"terms": list(wanted)})}
    if known:
        connection.execute(_COUNT_DOCUMENT, {"terms": list(known)})
    S.insert_rows(session, S.TermStatRow, [{"term": key, "df": 1} for key in wanted if key not in known])
    return {term: known.get(key, 0) + 1 for key, term in wanted.items()}


def _frequencies(session: Session, terms: set[str]) -> dict[str, int]:
    """Document frequencies of `terms` (those never seen count as 0)."""
    found: dict[str, int] = {}
    keys = {term_key(term): term for term in terms}
    ordered = sorted(keys)
    for start in range(0, len(ordered), 500):
        rows = session.connection().execute(_FREQUENCIES, {"terms": ordered[start:start + 500]})
        found.update({keys[key]: df for key, df in rows})
    return found


def _story_candidates(session: Session, article: ArticleTerms | S.ArticleRow, df: dict[str, int],
                      documents: int) -> list[Row[Any]]:
    """The stored articles sharing the most telling features, within the publication window:
    rows of their id, terms and story_id (never their text and coded record)."""
    terms = [term_key(term) for term in link.stories.index_terms(article.terms, df, documents)]
    connection = session.connection()
    if article.published:
        day = dt.date.fromisoformat(article.published)
        span = dt.timedelta(days=link.stories.STORY_WINDOW_DAYS)
        shared = Counter(connection.scalars(_SHARING_NEAR, {"terms": terms, "start": (day - span).isoformat(),
                                                            "end": (day + span).isoformat()}))
    else:
        shared = Counter(connection.scalars(_SHARING, {"terms": terms}))
    ids = [article_id for article_id, _ in shared.most_common(STORY_CANDIDATES)]
    return list(connection.execute(_CANDIDATE_ARTICLES, {"ids": ids}))


def _join_story(session: Session, article: ArticleTerms | S.ArticleRow, story_id: str | None) -> str:
    """The id of story `story_id`, its dates widened to the article's, or of a new story of
    the article."""
    connection = session.connection()
    story = connection.execute(_STORY_DATES, {"story": story_id}).first() if story_id else None
    if story_id is None or story is None:
        story_id = _new_story(session, article.id, article.title,
                              [article.published] if article.published else [])
    else:
        dates = [d for d in (story.first_published, story.last_published, article.published) if d]
        first, last = min(dates, default=None), max(dates, default=None)
        if (first, last) != tuple(story):
            connection.execute(_UPDATE_STORY, {"story": story_id, "first_published": first,
                                               "last_published": last})
    return story_id
