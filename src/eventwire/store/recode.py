"""The store's side of re-coding: which articles to re-code, each one rebuilt from its row,
and its new coding written in place of the old.

An article is rebuilt from what the store kept of it (its coded text, title, publication
date, source, url, metadata) and, once coded again (``eventwire.run.recode``), replaced in
one transaction: everything derived from it is removed, the happenings and stories it left
are brought up to date, and the new coding is written by the store's own writer, so the
store is as if the article had been ingested with the new coder.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from eventwire import version
from eventwire.errors import StoreError
from eventwire.records import Article, Removal
from eventwire.store import schema as S
from eventwire.store.engine import cause, one_writer
from eventwire.store.remove import remove_article
from eventwire.store.store import Store
from eventwire.store.writing import write_article


def recode_ids(store: Store, everything: bool) -> list[str]:
    """The ids of the stored articles coded with another coder version (all with
    `everything`), in publication order."""
    query = select(S.ArticleRow.id).order_by(S.ArticleRow.published.nulls_first(), S.ArticleRow.id)
    if not everything:
        query = query.where(S.ArticleRow.coder_version != version.CODER_VERSION)
    with store.transaction() as session:
        return list(session.scalars(query))


def stored_coding(store: Store, article_id: str) -> tuple[Article, list[dict[str, Any]]] | None:
    """The stored article, uncoded, and its stored events; None when it is no longer stored."""
    with store.transaction() as session:
        row = session.get(S.ArticleRow, article_id)
        if row is None:
            return None
        return stored_article(row), [dict(e) for e in row.coded.get("events", [])]


def stored_article(row: S.ArticleRow) -> Article:
    """An uncoded Article rebuilt from its stored row, ready to be coded again."""
    return Article(id=row.id, title=row.title, published=row.published, language=row.language,
                   source=row.source, text=row.text, raw_text=row.text, url=row.url,
                   origin=row.origin, meta=dict(row.meta or {}),
                   removed=[Removal(r["kind"], r["text"]) for r in row.removed or []])


def replace_article(store: Store, article: Article, *, log_row: dict[str, Any] | None = None,
                    verb: str = "re-code") -> None:
    """Replace a stored article and everything derived from it by its new coding, with the
    ingest `log_row` that records why (if any), atomically; `verb` names the work in errors."""
    try:
        with store.transaction() as session:
            one_writer(session)
            row = session.get(S.ArticleRow, article.id)
            if row is None:
                raise StoreError(f"{article.id}: cannot {verb}: no longer in the store")
            ingested_at = row.ingested_at
            remove_article(session, row)
            write_article(session, article, ingested_at=ingested_at)
            if log_row is not None:
                S.insert_rows(session, S.IngestLogRow, [log_row])
    except SQLAlchemyError as exc:
        raise StoreError(f"{article.id}: cannot {verb}: storing the new coding failed: {cause(exc)}") from exc
