"""The store: embedded SQLite (WAL) by default, any SQLAlchemy URL (PostgreSQL) by choice.

`Store` is the facade; the work is done by modules by concern: `engine` (URLs, engines,
locks, migrations), `writing` (an article and every row derived from it, in one
transaction), `happenings` and `story_linking` (linking reports and articles as they are
written), `reading` (event filters and reads), `relink` (the link queue).
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from eventwire import settings
from eventwire.errors import StoreError, StoreUnavailable
from eventwire.filters import EventFilter
from eventwire.frames import Records
from eventwire.records import Article, Story
from eventwire.store import reading, writing
from eventwire.store import relink as queue
from eventwire.store import schema as S
from eventwire.store.engine import (
    MIGRATIONS,
    StoreMissing,
    cause,
    check_exists,
    migrate,
    one_writer,
    open_engine,
    store_location,
    store_name,
    store_url,
)
from eventwire.store.writing import conflict_message, log_row

# names other modules import from here
__all__ = ["MIGRATIONS", "EventFilter", "Store", "StoreMissing", "cause", "check_exists",
           "conflict_message", "open_engine", "store_location", "store_url"]

# articles settled per transaction (Store.settle_stories): about seven seconds of holding the
# write lock, well inside the 30 s other writers wait for it
SETTLE_BATCH = 500


class Store:
    """A connection to an event store; migrates the schema to the latest version on open.

    A store that does not exist is created, unless `create` is False: then StoreMissing
    says there is no store there (what the reading commands of the CLI do)."""

    def __init__(self, url: str | None = None, *, create: bool = True) -> None:
        self.url = store_url(url or settings.get("db"))
        if not create:
            check_exists(self.url)
        self.engine = open_engine(self.url)
        self._session = sessionmaker(self.engine, expire_on_commit=False)
        self.migrate()

    def migrate(self) -> None:
        """Bring the schema to the latest migration (Alembic)."""
        migrate(self.engine, self.name)

    @property
    def name(self) -> str:
        """The store's URL with its password hidden, for messages."""
        return store_name(self.url)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ writing

    def has_article(self, article_id: str) -> bool:
        try:
            with self._session() as session:
                return writing.is_stored(session, article_id)
        except SQLAlchemyError as exc:
            raise self._failed(exc, "reading") from exc

    def stored_content(self, article: Article) -> str:
        """How the stored article with `article`'s id compares with it, before coding: "none"
        is stored, or it has the "same" or a "different" text as read, or it is "unknown"
        (stored before the store kept digests of texts as read: :meth:`add_article` compares
        the coded texts)."""
        try:
            with self._session() as session:
                return writing.stored_content(session, article)
        except SQLAlchemyError as exc:
            raise self._failed(exc, f"reading {article.origin or article.id}") from exc

    def add_article(self, article: Article, run_id: str | None = None, *, replace: bool = False) -> str:
        """Store a coded article with everything derived from it, atomically.

        Returns "stored"; "unchanged" when its id is stored with the same content; "conflict"
        when its id is stored with other content, which is kept; with `replace`, "replaced"
        when that other content was removed with everything derived from it and this article
        stored instead. With `run_id`, the ingest log line of the outcome is written in the
        same transaction, so a crash never leaves a stored article unlogged.

        Raises StoreError when the article's rows are refused, StoreUnavailable when the
        store itself failed.
        """
        try:
            with self._session.begin() as session:
                return writing.add_article(session, article, replace, run_id)
        except writing.ARTICLE_ERRORS as exc:
            raise StoreError(f"{article.origin or article.id}: cannot store: {cause(exc)}") from exc
        except SQLAlchemyError as exc:
            raise self._failed(exc, f"storing {article.origin or article.id}") from exc

    def _failed(self, exc: SQLAlchemyError, doing: str) -> StoreUnavailable:
        """The error of a store that failed while `doing` something, naming it and the reason."""
        return StoreUnavailable(f"store {self.name}: {cause(exc)} (while {doing})")

    def settle_stories(self, run_id: str | None = None) -> int:
        """Link again, with the document frequencies the store has now, the articles waiting
        in the link queue: those stored while the store held fewer than
        ``story_linking.SETTLE_BELOW`` articles (they were linked with frequencies counted over
        few articles), by this run or by an earlier one that was interrupted, and those of an
        unfinished :meth:`relink`. SETTLE_BATCH at a time, each batch in its own transaction,
        so that other writers wait seconds, not minutes. Returns how many were linked again.
        (`run_id` is accepted for older callers; the queue holds every run's articles.)"""
        try:
            return queue.drain(self._writing, SETTLE_BATCH)
        except SQLAlchemyError as exc:
            raise self._failed(exc, "settling the stories of the stored articles") from exc

    def relink(self, on_batch: Callable[[int], None] | None = None) -> int:
        """Link every stored article again from scratch, in (publication date, id) order, so
        that happenings and stories depend on the stored articles alone, not on the runs they
        came in (see `store/relink.py`); interrupted, it is finished by the next settle or
        relink. Returns how many articles were linked."""
        try:
            with self._writing() as session:
                queue.unlink_everything(session)
            return queue.drain(self._writing, SETTLE_BATCH, on_batch)
        except SQLAlchemyError as exc:
            raise self._failed(exc, "relinking the stored articles") from exc

    @contextlib.contextmanager
    def _writing(self) -> Iterator[Session]:
        """A transaction holding the write lock (see `engine.one_writer`)."""
        with self._session.begin() as session:
            one_writer(session)
            yield session

    def log(self, run_id: str, article: Article, status: str, message: str | None = None) -> None:
        """Record what an ingest run did with one input document."""
        try:
            with self._session.begin() as session:
                S.insert_rows(session, S.IngestLogRow, [log_row(run_id, article, status, message)])
        except SQLAlchemyError as exc:
            raise self._failed(exc, f"logging {article.origin or article.id}") from exc

    def transaction(self) -> Any:
        """A session inside a transaction (commits on success), for the store's own modules."""
        return self._session.begin()

    @staticmethod
    def new_run_id() -> str:
        return uuid.uuid4().hex

    # ------------------------------------------------------------------ reading

    def counts(self) -> dict[str, int]:
        with self._session() as session:
            return reading.counts(session)

    def events(self, where: EventFilter | None = None, *,
               with_text: bool = False) -> Records[dict[str, Any]]:
        """Deduplicated events (happenings) as contract event objects with their reports.

        `with_text` adds the chosen report's "sentence_text" (the source sentence) and its
        article's "url", "source", "title" and "published". Iterate for dicts, or call
        ``.to_pandas()``, ``.to_polars()``, ``.to_arrow()`` (tables always have those columns).
        """
        from eventwire.export import flat_record, flat_schema

        where = where or EventFilter()
        # a table always carries the provenance columns, so its rows come with their text
        return Records(lambda: self._events(where, with_text), flat_record,
                       table_rows=lambda: self._events(where, True), schema=flat_schema)

    def _events(self, where: EventFilter, with_text: bool) -> Iterator[dict[str, Any]]:
        with self._session() as session:
            yield from reading.events(session, where, with_text)

    def count_events(self, where: EventFilter | None = None) -> int:
        """How many deduplicated events match `where` (before its exact `q` sentence check)."""
        with self._session() as session:
            return reading.count_events(session, where or EventFilter())

    def summary(self, where: EventFilter | None = None,
                by: Iterable[str] = ("type", "quad", "country", "dyad", "month", "source", "status"),
                top: int = 20) -> dict[str, Any]:
        """Counts of the events matching `where`, one pandas DataFrame per grouping of `by`
        (type, quad, country, dyad, month, source, location_country, status; a comma-separated
        string too): its key columns, then `events` and `reports`. Groupings but quad, month
        and status keep their `top` rows, most events first (0: all). See
        `store/summary.py`; raises InputError for a bad name."""
        from eventwire.store import summary

        return summary.frames(summary.summarize(self, where, by, top))

    def date_range(self, where: EventFilter | None = None) -> dict[str, Any]:
        """The dates of the events matching `where` without outliers: {first, last, outside
        (events dated far from the others), earliest, latest, dated}."""
        from dataclasses import asdict

        from eventwire.store import summary

        return asdict(summary.summarize(self, where, by=("quad",)).dates)

    def reports(self, where: EventFilter | None = None, *,
                status: str | Iterable[str] | None = None) -> Records[dict[str, Any]]:
        """Every report (what one article's sentence says) matching `where`, by report id: the
        contract's event object with its `status` (why it is or is not part of an event, see
        `store/reports.py`), `doc_id`, `event_id` (the report's id), `event` (its event's id
        or None), and its sentence as `sentence_text`, `url`, `source` and `published`.

        `status` keeps the reports with one of these statuses ("unlinked": every one not in an
        event); raises InputError for an unknown one. Iterate, or call ``.to_pandas()``.
        """
        from eventwire.store import reports

        statuses = None if status is None else reports.checked_statuses(
            [status] if isinstance(status, str) else status)
        return Records(lambda: self._reports(where, statuses), reports.flat_report,
                       schema=reports.report_schema)

    def _reports(self, where: EventFilter | None, statuses: list[str] | None) -> Iterator[dict[str, Any]]:
        from eventwire.store import reports

        with self._session() as session:
            yield from reports.read_reports(session, where, statuses)

    def report_counts(self, where: EventFilter | None = None, *,
                      run_id: str | None = None) -> dict[str, int]:
        """How many reports have each status ({status: n}, every status), among those matching
        `where` and, with `run_id`, those of the articles that ingest run stored."""
        from eventwire.store import reports

        try:
            with self._session() as session:
                doc_ids = reports.run_articles(session, run_id) if run_id else None
                return reports.report_counts(session, where, doc_ids)
        except SQLAlchemyError as exc:
            raise self._failed(exc, "counting reports") from exc

    def waiting_articles(self) -> int:
        """How many articles wait in the link queue to have their reports linked (a relink is
        unfinished): until then their reports are `queued`, in no event."""
        from eventwire.store import reports

        try:
            with self._session() as session:
                return reports.waiting_articles(session)
        except SQLAlchemyError as exc:
            raise self._failed(exc, "reading the link queue") from exc

    def stories(self) -> Records[Story]:
        """The stories (Story records), earliest first."""
        return Records(lambda: self._reading(reading.stories), lambda story: story.to_dict())

    def claims(self) -> Records[dict[str, Any]]:
        """Every stored novelty claim with its event and the earlier events that bear on it."""
        return Records(lambda: self._reading(reading.claims), reading.flat_claim)

    def articles(self, where: EventFilter | None = None) -> Records[dict[str, Any]]:
        """One summary per stored article (id, title, published, source, url, language,
        story, number of events), in publication order; `where.since/until` filter by
        publication date."""
        return Records(lambda: self._reading(reading.articles, where or EventFilter()))

    def _reading(self, read: Callable[..., Iterator[Any]], *args: Any) -> Iterator[Any]:
        """What `read(session, *args)` yields, read in a session of its own."""
        with self._session() as session:
            yield from read(session, *args)

    def timeline(self, a: str, b: str, freq: str = "month") -> Records[dict[str, Any]]:
        """Events between countries `a` and `b` (either role) per period: counts per quad class
        and mean intensity. `freq`: "week", "month" or "year" (or pandas-style W, M, Y)."""
        from eventwire.store.timeline import dyad_timeline, period_of

        period = period_of(freq)
        return Records(lambda: self._with_session(lambda s: dyad_timeline(s, a.upper(), b.upper(), period)),
                       reading.flat_period)

    def _with_session(self, work: Any) -> list[dict[str, Any]]:
        with self._session() as session:
            return list(work(session))

    def article(self, article_id: str) -> dict[str, Any] | None:
        """The stored contract line of one article, or None."""
        with self._session() as session:
            row = session.get(S.ArticleRow, article_id)
            return dict(row.coded) if row else None

    def coverage(self, event_id: str | None = None, *, story: str | None = None) -> tuple[Any, Any]:
        """Every report of one event (`event_id`: a happening's id or one of its reports') or of
        every event of a `story`, side by side, and where they disagree: two pandas DataFrames,
        (reports, discrepancies). See `coverage/read.py` for the columns; raises InputError
        when neither or both are given or the store has no such event or story."""
        from eventwire.coverage.read import coverage_frames

        try:
            return coverage_frames(self, event_id, story=story)
        except SQLAlchemyError as exc:
            raise self._failed(exc, "reading an event's coverage") from exc

    def ingest_log(self, run_id: str | None = None) -> list[dict[str, Any]]:
        with self._session() as session:
            return reading.ingest_log(session, run_id)
