"""The store's side of metadata corrections: which stored articles to correct, and the
ingest log line that records a correction (``eventwire.run.metadata`` re-codes them).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from eventwire.errors import InputError
from eventwire.records import Article
from eventwire.store import schema as S
from eventwire.store.store import Store
from eventwire.store.writing import log_row

# the ingest log's status of a correction
STATUS = "metadata"


@dataclass
class Selection:
    """Which stored articles to correct: `ids`, or those of one source, or those without a
    publication date, or all of them."""

    ids: list[str] = field(default_factory=list)
    source: str | None = None
    unpublished: bool = False
    everything: bool = False


def selected_ids(store: Store, selection: Selection) -> list[str]:
    """The ids of the selected stored articles, in publication order; raises InputError for
    an id or a source the store does not hold, naming the nearest ones it does."""
    with store.transaction() as session:
        if selection.ids:
            return _known(session, selection.ids)
        query = select(S.ArticleRow.id).order_by(S.ArticleRow.published.nulls_first(), S.ArticleRow.id)
        if selection.source is not None:
            _check_source(session, selection.source)
            query = query.where(S.ArticleRow.source == selection.source)
        if selection.unpublished:
            query = query.where(S.ArticleRow.published.is_(None))
        return list(session.scalars(query))


def _known(session: Any, ids: list[str]) -> list[str]:
    found = set(session.scalars(select(S.ArticleRow.id).where(S.ArticleRow.id.in_(ids))))
    for wanted in ids:
        if wanted not in found:
            hint = _nearest(session, S.ArticleRow.id, wanted)
            raise InputError(f"no article {wanted!r} in the store{hint}")
    return list(dict.fromkeys(ids))


def _check_source(session: Any, source: str) -> None:
    if session.scalar(select(S.ArticleRow.id).where(S.ArticleRow.source == source).limit(1)) is None:
        raise InputError(f"no article of source {source!r} in the store"
                         f"{_nearest(session, S.ArticleRow.source, source)}")


def _nearest(session: Any, column: Any, wanted: str) -> str:
    """"; did you mean …?" naming the stored values closest to `wanted`, or ""."""
    values = [v for v in session.scalars(select(column).distinct().limit(100_000)) if v]
    close = difflib.get_close_matches(wanted, values, n=3, cutoff=0.6)
    return f"; did you mean {', '.join(repr(v) for v in close)}?" if close else ""


def correction_log_row(run_id: str, article: Article, message: str) -> dict[str, Any]:
    """The ingest log row of a correction (status ``metadata``), written with the new coding."""
    return log_row(run_id, article, STATUS, message)
