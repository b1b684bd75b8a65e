"""Writing an article: the article row and every row derived from it (events with their
participants and claims, places, times, quotes), its happening and story links, and the
ingest log line, in the caller's transaction.

The writing is SQLAlchemy Core (one executemany per table), not ORM objects: an article
makes some two hundred rows, and building, tracking and flushing an object for each cost
far more than the inserts.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session

from eventwire import link, version
from eventwire.records import Article
from eventwire.store import happenings, story_linking
from eventwire.store import relink as queue
from eventwire.store import schema as S
from eventwire.store.engine import one_writer
from eventwire.store.remove import remove_article

# errors of one article's rows (a value too long, a broken constraint): that article fails and
# the store goes on; any other database error is the store's own (disk full, read-only,
# connection lost), and nothing more can be stored
ARTICLE_ERRORS = (DataError, IntegrityError)
# the key of an article's `meta` holding the sha256 of its text as read, before cleaning: two
# documents with one id are the same when these agree
INPUT_DIGEST = "input_sha256"
# the key of an unstored article's `meta` naming the stored article it turned out to be
SAME_PAGE = "same_page_as"


def add_article(session: Session, article: Article, replace: bool, run_id: str | None) -> str:
    """Store a coded article unless it is stored (:meth:`Store.add_article` says what it
    returns), holding the write lock; queue it for settling when the store is young; with
    `run_id`, log the outcome in the same transaction."""
    one_writer(session)
    status = _write_unless_stored(session, article, replace)
    if status == "stored":
        queue.queue_if_young(session, article.id)
    if run_id:
        message = conflict_message(article) if status == "conflict" else same_page_message(article)
        S.insert_rows(session, S.IngestLogRow, [log_row(run_id, article, status, message)])
    return status


def stored_content(session: Session, article: Article) -> str:
    """How the stored article with `article`'s id compares with it (:meth:`Store.stored_content`)."""
    stored = _stored_version(session, article.id)
    return "none" if stored is None else _compare(stored, article)


def log_row(run_id: str, article: Article, status: str, message: str | None) -> dict[str, Any]:
    """The ingest log row saying what run `run_id` did with one input document."""
    # a rejected input's id is its path, which may be longer than VARCHAR(200); the origin
    # column keeps it whole
    return {"run_id": run_id, "origin": article.origin, "doc_id": article.id[:200],
            "status": status, "message": message}


def is_stored(session: Session, article_id: str) -> bool:
    """Whether the article is stored (its id alone is read, never its text and coding)."""
    return session.execute(S.id_lookup(S.ArticleRow), {"id": article_id}).first() is not None


def input_digest(article: Article) -> str:
    """The sha256 of the article's text as read, before cleaning."""
    return _text_hash(article.raw_text if article.raw_text is not None else article.text)


def conflict_message(article: Article) -> str:
    """The one-line report of a document whose id is stored with other content."""
    where = f"{article.origin}: " if article.origin and article.origin != article.id else ""
    return (f"{where}document {article.id!r} is stored with different content; the stored version is "
            "kept (ingest with --replace to re-code it with the new content)")


def _stored_version(session: Session, article_id: str) -> Any:
    """The content hash and metadata of the stored article `article_id` (a row), or None."""
    articles = S.table(S.ArticleRow)
    return session.execute(select(articles.c.content_hash, articles.c.meta)
                           .where(articles.c.id == article_id)).first()


def _compare(stored: Any, article: Article) -> str:
    """"same" or "different" text as read, or "unknown" when the stored article has no digest."""
    digest = (stored.meta or {}).get(INPUT_DIGEST)
    if not digest:
        return "unknown"
    return "same" if digest == input_digest(article) else "different"


def _same_content(stored: Any, article: Article) -> bool:
    """Whether the coded `article` has the content of the stored version: the same text as
    read, or, for an article stored before the store kept that digest, the same coded text."""
    found = _compare(stored, article)
    if found == "unknown":
        return bool(stored.content_hash == _text_hash(article.text))
    return found == "same"


def _write_unless_stored(session: Session, article: Article, replace: bool) -> str:
    """Write `article` unless its id is stored with the same content, or (without `replace`)
    with other content; returns what happened, as :meth:`Store.add_article` does."""
    stored = _stored_version(session, article.id)
    if stored is None:
        twin = _same_page(session, article)
        if twin is not None:
            article.meta[SAME_PAGE] = twin
            return "unchanged"
        status = "stored"
    elif _same_content(stored, article):
        return "unchanged"
    elif not replace:
        return "conflict"
    else:
        remove_article(session, session.get_one(S.ArticleRow, article.id))
        status = "replaced"
    article.meta[INPUT_DIGEST] = input_digest(article)
    write_article(session, article)
    return status


def _same_page(session: Session, article: Article) -> str | None:
    """The id of a stored article with another id but the same URL and the same text: one
    page read twice (saved as .html and as .html.gz, or saved again with other markup), which
    is one article. The text's hash is indexed, so this costs one lookup."""
    if not article.url:
        return None
    return session.scalar(select(S.ArticleRow.id).where(
        S.ArticleRow.content_hash == _text_hash(article.text), S.ArticleRow.url == article.url).limit(1))


def same_page_message(article: Article) -> str | None:
    """The ingest log's note on a document found to be a stored article under another id."""
    twin = article.meta.get(SAME_PAGE)
    return f"the same page as the stored article {twin!r} (same URL and text)" if twin else None


def _text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def write_article(session: Session, article: Article, ingested_at: dt.datetime | None = None) -> None:
    """Write a coded article and everything derived from it, parents before children: its
    story, the article, its learned facts, happenings as its events are linked, the events
    with their participants and claims, places, times, quotes, its story index terms; last,
    the story is split if the article showed it chained two happenings (`story_linking.hold_story`).

    `ingested_at` defaults to now (a re-coded article keeps its first one). Core statements
    do not autoflush, so ORM changes the caller left pending are flushed first.
    """
    session.flush()
    coded = article.to_dict()
    linked = story_linking.ArticleTerms(id=article.id, title=article.title, published=article.published,
                                  terms=link.signature(coded))
    # the story first, so that the article row is written once, with it
    story_id, telling, df = story_linking.link_story(session, linked)
    S.insert_rows(session, S.ArticleRow, [{
        "id": article.id, "content_hash": _text_hash(article.text),
        "title": article.title, "published": article.published, "language": article.language,
        "source": article.source, "url": article.url, "origin": article.origin, "text": article.text,
        "removed": coded["removed"], "meta": _jsonable(article.meta), "coded": coded,
        "terms": linked.terms, "story_id": story_id, "coder_version": version.CODER_VERSION,
        "ingested_at": ingested_at or dt.datetime.now(dt.UTC)}])
    from eventwire.store.facts import save_learned

    save_learned(session, article)
    _write_events(session, article.id, coded["events"])
    S.insert_rows(session, S.PlaceRow, [{**_pick(place, S.PlaceRow), "article_id": article.id}
                                        for place in coded["places"]])
    S.insert_rows(session, S.TimeRow, [{**_pick(time, S.TimeRow), "article_id": article.id}
                                       for time in coded["times"]])
    S.insert_rows(session, S.QuoteRow, [
        {"article_id": article.id, "data": quote, "speaker": (quote.get("speaker") or {}).get("text"),
         "cue": quote["cue"]["text"], "content": quote["content"]["text"]}
        for quote in coded["quotes"]])
    story_linking.index_article(session, linked, telling)
    story_linking.hold_story(session, linked, story_id, df)


def _pick(data: dict[str, Any], table: type[S.Base]) -> dict[str, Any]:
    """The values of `data` for the columns of `table` (None for those it lacks: every row of
    one insert has the same keys), except the row id and article_id."""
    return {column: data.get(column) for column in _columns(table)}


@functools.cache
def _columns(table: type[S.Base]) -> tuple[str, ...]:
    return tuple(c.name for c in S.table(table).columns if c.name not in ("id", "article_id"))


def _jsonable(meta: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in meta.items() if isinstance(v, str | int | float | bool | list | dict | None)}


def _write_events(session: Session, article_id: str, events: list[dict[str, Any]]) -> None:
    """Link each real event to its happening, in order (a report may join a happening an
    earlier report of the article created), then insert the events, their participants and
    their claims."""
    rows, participants, claims = [], [], []
    for event in events:
        happening = happenings.assign_happening(session, event) if link.is_real(event) else None
        rows.append(_event_row(article_id, happening, event))
        participants += [
            {"event_id": event["id"], "role": role, "country": entity.get("country"),
             "sector": entity.get("sector"), "name": entity.get("name"), "text": entity["text"],
             "start": entity["start"], "end": entity["end"]}
            for role in ("actor", "recipient") for entity in event.get(role) or []]
        claims += [{**_pick(claim, S.ClaimRow), "event_id": event["id"]}
                   for claim in event.get("claims") or []]
    S.insert_rows(session, S.EventRow, rows)
    S.insert_rows(session, S.ParticipantRow, participants)
    S.insert_rows(session, S.ClaimRow, claims)


def _event_row(article_id: str, happening: str | None, event: dict[str, Any]) -> dict[str, Any]:
    date = event.get("date") or {}
    return {
        "id": event["id"], "article_id": article_id, "happening_id": happening,
        "type": event["type"], "mode": event.get("mode"), "quad": event.get("quad"),
        "cameo": event.get("cameo"), "intensity": event.get("intensity"),
        "date_value": (date.get("value") or None), "date_end": date.get("value_end"),
        "granularity": date.get("granularity") or "unknown",
        "location_country": (event.get("location") or {}).get("country"),
        "modality": event.get("modality", "asserted"), "negated": bool(event.get("negated")),
        "background": bool(event.get("background")), "confidence": event.get("confidence", 0.5),
        "data": event,
    }
