"""The store's tables (SQLAlchemy 2 declarative). Migrations live in ``migrations/``.

Every row derived from an article carries ``article_id`` and is written in the same
transaction as the article, so a document is in the store whole or not at all.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any, cast

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    Select,
    String,
    Table,
    Text,
    bindparam,
    insert,
    select,
)
from sqlalchemy import text as sql
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column
from sqlalchemy.sql.expression import Insert


class Base(DeclarativeBase):
    pass


def table(row: type[Base]) -> Table:
    """The Core table of a row class, for statements that build no ORM object."""
    return cast(Table, row.__table__)


def insert_rows(session: Session, row: type[Base], values: list[dict[str, Any]]) -> None:
    """Insert `values` (dicts with the same keys) into the table of `row` in one executemany,
    in order; column defaults apply as for ORM objects. An empty list inserts nothing."""
    if values:
        session.connection().execute(_insert(row), values)


@functools.cache
def _insert(row: type[Base]) -> Insert:
    return insert(table(row))


@functools.cache
def id_lookup(row: type[Base]) -> Select[Any]:
    """SELECT of the `id` column of `row`'s table where id = the parameter "id" (built once)."""
    column = table(row).c.id
    return select(column).where(column == bindparam("id"))


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class ArticleRow(Base):
    __tablename__ = "articles"

    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(10), index=True)
    language: Mapped[str | None] = mapped_column(String(8))
    source: Mapped[str | None] = mapped_column(String(300), index=True)
    url: Mapped[str | None] = mapped_column(Text)
    origin: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    removed: Mapped[list[Any]] = mapped_column(JSON)
    meta: Mapped[dict[str, Any]] = mapped_column(JSON)
    coded: Mapped[dict[str, Any]] = mapped_column(JSON)   # the contract's output line
    terms: Mapped[dict[str, Any]] = mapped_column(JSON)   # story-linking signature
    story_id: Mapped[str | None] = mapped_column(ForeignKey("stories.id"), index=True)
    coder_version: Mapped[str] = mapped_column(String(40))
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)

    # the article listing's order (undated first); a story's most recent members
    __table_args__ = (Index("ix_articles_listing", sql("coalesce(published, '')"), "id"),
                      Index("ix_articles_story_published", "story_id", "published", "id"))


class HappeningRow(Base):
    """A real-world happening: the deduplicated event that reports point to."""

    __tablename__ = "happenings"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    type: Mapped[str] = mapped_column(String(16))
    parties: Mapped[str] = mapped_column(String(200))   # blocking key: sorted countries
    date_value: Mapped[str | None] = mapped_column(String(10))
    date_end: Mapped[str | None] = mapped_column(String(10))
    granularity: Mapped[str] = mapped_column(String(12))
    location_country: Mapped[str | None] = mapped_column(String(3))
    num_reports: Mapped[int] = mapped_column(Integer, default=0)
    # over the reports' intensities: their sum and how many reports have one
    intensity_sum: Mapped[float | None] = mapped_column(Float)
    intensity_count: Mapped[int] = mapped_column(Integer, server_default="0")

    __table_args__ = (Index("ix_happenings_block", "type", "parties", "date_value"),)


class EventRow(Base):
    __tablename__ = "events"

    id: Mapped[str] = mapped_column(String(240), primary_key=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    happening_id: Mapped[str | None] = mapped_column(ForeignKey("happenings.id"), index=True)
    type: Mapped[str] = mapped_column(String(16), index=True)
    mode: Mapped[str | None] = mapped_column(String(32))
    quad: Mapped[int | None] = mapped_column(Integer)
    cameo: Mapped[str | None] = mapped_column(String(8))
    intensity: Mapped[float | None] = mapped_column(Float)
    date_value: Mapped[str | None] = mapped_column(String(10), index=True)
    date_end: Mapped[str | None] = mapped_column(String(10))
    granularity: Mapped[str] = mapped_column(String(12))
    location_country: Mapped[str | None] = mapped_column(String(3))
    modality: Mapped[str] = mapped_column(String(20))
    negated: Mapped[bool] = mapped_column(Boolean)
    background: Mapped[bool] = mapped_column(Boolean)
    confidence: Mapped[float] = mapped_column(Float)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)   # the contract's event object

    __table_args__ = (Index("ix_events_happening_intensity", "happening_id", "intensity"),
                      Index("ix_events_date_happening", "date_value", "happening_id"))


class ParticipantRow(Base):
    """An actor or recipient entity of an event, flattened for filtering."""

    __tablename__ = "participants"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(10))   # actor | recipient
    country: Mapped[str | None] = mapped_column(String(3), index=True)
    sector: Mapped[str | None] = mapped_column(String(3))
    name: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)


class PlaceRow(Base):
    __tablename__ = "places"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    name: Mapped[str | None] = mapped_column(Text)
    country: Mapped[str | None] = mapped_column(String(3))
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    geonameid: Mapped[int | None] = mapped_column(Integer)
    resolution: Mapped[str] = mapped_column(String(10))


class TimeRow(Base):
    __tablename__ = "times"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    value: Mapped[str | None] = mapped_column(String(10))
    value_end: Mapped[str | None] = mapped_column(String(10))
    granularity: Mapped[str] = mapped_column(String(12))


class QuoteRow(Base):
    __tablename__ = "quotes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    speaker: Mapped[str | None] = mapped_column(Text)
    cue: Mapped[str] = mapped_column(Text)
    content: Mapped[str] = mapped_column(Text)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)


class ClaimRow(Base):
    __tablename__ = "claims"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)


class StoryRow(Base):
    __tablename__ = "stories"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    title: Mapped[str | None] = mapped_column(Text)
    first_published: Mapped[str | None] = mapped_column(String(10), index=True)
    last_published: Mapped[str | None] = mapped_column(String(10), index=True)

    # the story listing's order (undated first)
    __table_args__ = (Index("ix_stories_listing", sql("coalesce(first_published, '')"), "id"),)


class IngestLogRow(Base):
    """One line per input document per ingest run: what happened to it, and why."""

    __tablename__ = "ingest_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    run_id: Mapped[str] = mapped_column(String(40), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)
    origin: Mapped[str | None] = mapped_column(Text)
    doc_id: Mapped[str | None] = mapped_column(String(200), index=True)
    status: Mapped[str] = mapped_column(String(12))   # stored | replaced | unchanged | conflict | failed
    message: Mapped[str | None] = mapped_column(Text)


class LinkQueueRow(Base):
    """A stored article waiting to be linked again (`store/relink.py`), in the order of `id`:
    written in the transaction that stores the article or starts a relink, deleted in the one
    that links it, so an interrupted run leaves its queue for the next one."""

    __tablename__ = "link_queue"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), unique=True)
    # its events must join happenings too (a relink from scratch), not only its story
    happenings: Mapped[bool] = mapped_column(Boolean, default=False)


class KnowledgeRow(Base):
    """A dated fact about a person or organisation that a user added or an article taught.

    Curated facts live in the packaged data files, not here. ``source`` is "user" or
    "learned"; learned rows carry their provenance (article and sentence offsets).
    """

    __tablename__ = "knowledge"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    source: Mapped[str] = mapped_column(String(10), index=True)      # user | learned
    kind: Mapped[str] = mapped_column(String(12))                     # person | organisation
    kb_id: Mapped[str] = mapped_column(String(200), index=True)       # person:some-name
    name: Mapped[str] = mapped_column(Text)
    name_key: Mapped[str] = mapped_column(String(200), index=True)    # normalised name
    aliases: Mapped[list[Any]] = mapped_column(JSON)
    country: Mapped[str | None] = mapped_column(String(3))
    sector: Mapped[str | None] = mapped_column(String(3))
    office: Mapped[str | None] = mapped_column(Text)
    start: Mapped[str | None] = mapped_column(String(10))             # ISO date, inclusive
    end: Mapped[str | None] = mapped_column(String(10))
    article_id: Mapped[str | None] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"),
                                                   index=True)
    sentence_start: Mapped[int | None] = mapped_column(Integer)
    sentence_end: Mapped[int | None] = mapped_column(Integer)
    text: Mapped[str | None] = mapped_column(Text)                    # the mention as written
    added_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)


class HappeningPartyRow(Base):
    """A party country of a happening, with the happening's type and dates: the blocking index
    that finds candidate happenings for a new report by (country, type, date)."""

    __tablename__ = "happening_parties"

    happening_id: Mapped[str] = mapped_column(ForeignKey("happenings.id", ondelete="CASCADE"),
                                              primary_key=True)
    country: Mapped[str] = mapped_column(String(3), primary_key=True)
    type: Mapped[str] = mapped_column(String(16))
    date_value: Mapped[str] = mapped_column(String(10))
    date_end: Mapped[str] = mapped_column(String(10))

    __table_args__ = (Index("ix_happening_parties_block", "country", "type", "date_value"),
                      Index("ix_happening_parties_country", "country", "happening_id"))


class HappeningDyadRow(Base):
    """One pair of party countries of a happening (`a` < `b`), with what a dyad timeline
    counts: a timeline reads one contiguous range of this table instead of probing the
    party index, the happening and its reports for every happening of the commoner country."""

    __tablename__ = "happening_dyads"

    a: Mapped[str] = mapped_column(String(3), primary_key=True)
    b: Mapped[str] = mapped_column(String(3), primary_key=True)
    date_value: Mapped[str] = mapped_column(String(10), primary_key=True)
    happening_id: Mapped[str] = mapped_column(ForeignKey("happenings.id", ondelete="CASCADE"),
                                              primary_key=True)
    type: Mapped[str] = mapped_column(String(16))
    intensity_sum: Mapped[float | None] = mapped_column(Float)
    intensity_count: Mapped[int] = mapped_column(Integer, default=0)

    # SQLite keeps the rows in the primary key's order, so a dyad is one range scan
    __table_args__ = (Index("ix_happening_dyads_happening", "happening_id"),
                      {"sqlite_with_rowid": False})


class ArticleTermRow(Base):
    """An article's most telling signature features: the inverted index for story linking."""

    __tablename__ = "article_terms"

    term: Mapped[str] = mapped_column(String(120), primary_key=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"),
                                            primary_key=True, index=True)
    published: Mapped[str | None] = mapped_column(String(10))

    __table_args__ = (Index("ix_article_terms_lookup", "term", "published"),)


class TermStatRow(Base):
    """How many stored articles carry each signature feature (document frequency)."""

    __tablename__ = "term_stats"

    term: Mapped[str] = mapped_column(String(120), primary_key=True)
    df: Mapped[int] = mapped_column(Integer)


class ApiTokenRow(Base):
    """A bearer token of the REST API, stored hashed: sha256 of a per-token salt and the secret.

    The secret is shown once, when the token is created; ``revoked_at`` set means refused.
    """

    __tablename__ = "api_tokens"

    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    name: Mapped[str] = mapped_column(String(100), index=True)
    salt: Mapped[str] = mapped_column(String(32))
    token_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
