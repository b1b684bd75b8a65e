"""The store: embedded SQLite (WAL) by default, any SQLAlchemy URL (PostgreSQL) by choice.

Each article is written in one transaction with everything derived from it: its events,
their participants and claims, places, times, quotes, its happening links and its story.
The writing is SQLAlchemy Core (one executemany per table), not ORM objects: an article
makes some two hundred rows, and building, tracking and flushing an object for each cost
far more than the inserts.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import functools
import hashlib
import logging
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, String, create_engine, func, inspect, or_, select
from sqlalchemy import event as sa_event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DataError, IntegrityError, SQLAlchemyError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.sql.functions import FunctionElement

from eventwire import filters, link, settings, version
from eventwire.errors import StoreError, StoreUnavailable
from eventwire.frames import Records
from eventwire.records import Article, Story
from eventwire.store import linking
from eventwire.store import relink as queue
from eventwire.store import schema as S
from eventwire.store.remove import remove_article

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).parent / "migrations"
# PostgreSQL advisory lock held by each migration and article write (a number unique to eventwire)
WRITE_LOCK = 0x6576656E74776972
# articles settled per transaction (Store.settle_stories): about seven seconds of holding the
# write lock, well inside the 30 s other writers wait for it
SETTLE_BATCH = 500
# errors of one article's rows (a value too long, a broken constraint): that article fails and
# the store goes on; any other database error is the store's own (disk full, read-only,
# connection lost), and nothing more can be stored
ARTICLE_ERRORS = (DataError, IntegrityError)
# the key of an article's `meta` holding the sha256 of its text as read, before cleaning: two
# documents with one id are the same when these agree
INPUT_DIGEST = "input_sha256"
# the key of an unstored article's `meta` naming the stored article it turned out to be
SAME_PAGE = "same_page_as"


@dataclass
class EventFilter:
    """Filters for :meth:`Store.events`; every field is optional and they combine with AND."""

    types: list[str] = field(default_factory=list)
    actor_country: list[str] = field(default_factory=list)
    recipient_country: list[str] = field(default_factory=list)
    dyad: tuple[str, str] | None = None     # both countries among the parties, either role
    since: str | None = None                # ISO date, inclusive
    until: str | None = None                # ISO date, inclusive
    include_unreal: bool = False            # also every report not in an event, with its status
    actor_sector: list[str] = field(default_factory=list)       # PLOVER sector codes
    recipient_sector: list[str] = field(default_factory=list)
    quad: list[int] = field(default_factory=list)               # quad classes 1-4
    q: str | None = None                    # text in the source sentence, case-insensitive
    source: str | None = None               # reported by an article of this source
    location_country: list[str] = field(default_factory=list)   # where the event happened
    actor: str | None = None                # a party's name or text contains it, either role
    sort: str = filters.EXPORT_SORT         # date, type, intensity, reports; "-" descending

    def __post_init__(self) -> None:
        """Refuse a value no event can have (FilterError with a hint) rather than match nothing."""
        filters.normalise(self)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()
    # SQLite's own lower() and LIKE fold ASCII only: "ERDOĞAN" would not match "erdoğan"
    dbapi_connection.create_function("casefold", 1, _casefold, deterministic=True)


def _casefold(value: Any) -> Any:
    return value.casefold() if isinstance(value, str) else value


class folded(FunctionElement[str]):   # noqa: N801 (a SQL function, named as one)
    """A text folded for comparing in any case, any script: casefold() on SQLite (registered
    on each connection), lower() on PostgreSQL, under a Unicode collation when the database's
    own is "C", whose lower() folds ASCII only (`_pg_fold_collation`)."""

    type = String()
    inherit_cache = True


@compiles(folded)
def _fold(element: folded, compiler: Any, **kw: Any) -> str:
    collation = getattr(compiler.dialect, "eventwire_fold_collation", None)
    text = compiler.process(element.clauses, **kw)
    return f'lower({text} COLLATE "{collation}")' if collation else f"lower({text})"


@compiles(folded, "sqlite")
def _fold_sqlite(element: folded, compiler: Any, **kw: Any) -> str:
    return f"casefold({compiler.process(element.clauses, **kw)})"


def _pg_fold_collation(engine: Engine) -> Callable[[Any, Any], None]:
    """On the first connection, choose the collation `folded` uses: none when the database's
    character type folds Unicode, else ICU's root collation, else the C library's UTF-8 one."""
    def choose(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("SELECT current_setting('lc_ctype')")
        if cursor.fetchone()[0] in ("C", "POSIX"):
            cursor.execute("SELECT collname FROM pg_collation WHERE collname IN ('und-x-icu', 'C.utf8') "
                           "AND collencoding IN (-1, pg_char_to_encoding('UTF8')) ORDER BY collname DESC")
            found = cursor.fetchone()
            engine.dialect.eventwire_fold_collation = found[0] if found else None  # type: ignore[attr-defined]
        cursor.close()
    return choose


def store_url(given: str) -> str:
    """A SQLAlchemy URL for `given`: a URL as it is, a plain file path (``events.db``,
    ``~/data/events.db``) as the SQLite file at that path. An SQLite file named by a relative
    path (``sqlite:///data/x.db``) is resolved against the working folder here, so that
    messages name the absolute path the store is really at."""
    if "://" not in given and not given.startswith("sqlite:"):
        return f"sqlite:///{Path(given).expanduser().resolve()}"
    try:
        parsed = make_url(given)
    except ArgumentError:
        return given   # open_engine names the bad URL
    database = sqlite_file(parsed) if parsed.get_backend_name() == "sqlite" else None
    if database is None or parsed.query.get("uri") == "true" or database.is_absolute() \
            and not (parsed.database or "").startswith("~"):
        return given
    return parsed.set(database=str(database.resolve())).render_as_string(hide_password=False)


class StoreMissing(StoreError):
    """A reading command was pointed at a store that does not exist."""


def check_exists(url: str) -> None:
    """Raise StoreMissing unless `url` names an existing eventwire store: an SQLite file that
    exists, or a database holding eventwire's tables. Nothing is created or changed (no
    folder, no file, no journal mode): a mistyped path must not become a new empty store."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = sqlite_file(parsed)
        if database is None:   # in memory: created and gone with the connection
            return
        if not database.is_file():
            raise StoreMissing(missing_message(str(database)))
    engine = open_engine(url, create=False)
    try:
        with engine.connect() as connection:
            found = inspect(connection).has_table(S.ArticleRow.__tablename__)
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot open the store {store_name(url)}: {cause(exc)}") from exc
    finally:
        engine.dispose()
    if not found:
        raise StoreMissing(missing_message(store_location(url)))


def missing_message(where: str) -> str:
    """The one line that says there is no store at `where` and how to make one."""
    return f"no store at {where}; create one with `eventwire ingest`"


def store_location(url: str) -> str:
    """Where the store at `url` is, for messages: the absolute path of an SQLite file, else
    the URL with its password hidden."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return url
    database = sqlite_file(parsed) if parsed.get_backend_name() == "sqlite" else None
    return str(database.resolve()) if database is not None else store_name(url)


def store_name(url: str) -> str:
    """`url` as given, its password (if any) hidden: how messages name a store."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return url
    return parsed.render_as_string(hide_password=True) if parsed.password else url


def cause(exc: BaseException) -> str:
    """The database's own reason for `exc` in one line ("database or disk is full"), without
    the statement and parameters SQLAlchemy adds to its message."""
    reason = str(getattr(exc, "orig", None) or exc).strip()
    return reason.splitlines()[0] if reason else type(exc).__name__


def sqlite_file(url: URL) -> Path | None:
    """The database file of an SQLite URL, None for an in-memory database. A URI filename
    (``sqlite:///file:PATH?mode=ro&uri=true``) names PATH."""
    database = url.database or ""
    if url.query.get("uri") == "true":
        database = database.removeprefix("file:")
    if not database or database.startswith(":memory:") or url.query.get("mode") == "memory":
        return None
    return Path(database).expanduser()


def open_engine(url: str, *, create: bool = True) -> Engine:
    """An engine for `url`; for SQLite, the folder is created and WAL is switched on (neither
    without `create`: an engine that only looks).

    A PostgreSQL URL without a driver (``postgresql://``, ``postgres://``) uses psycopg 3.
    """
    try:
        parsed = make_url(url)
        if parsed.drivername in ("postgresql", "postgres"):
            parsed = parsed.set(drivername="postgresql+psycopg")
        engine = create_engine(parsed)
    except ImportError as exc:
        raise StoreError(f"cannot open the store {store_name(url)}: {exc}; for PostgreSQL, install "
                         "the driver with: pip install 'eventwire[postgres]'") from exc
    except (SQLAlchemyError, ValueError) as exc:
        raise StoreError(f"cannot open the store {store_name(url)}: {cause(exc)}") from exc
    if engine.dialect.name == "sqlite" and create:
        _make_folder(url, sqlite_file(engine.url))
        sa_event.listen(engine, "connect", _sqlite_pragmas)
    if engine.dialect.name == "postgresql":
        sa_event.listen(engine, "first_connect", _pg_fold_collation(engine))
    return engine


def _make_folder(url: str, database: Path | None) -> None:
    if database is None:
        return
    try:
        database.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot open the store {store_name(url)}: cannot create its folder: "
                         f"{exc}") from exc


_MIGRATING = threading.Lock()


@contextlib.contextmanager
def _sqlite_lock_file(engine: Engine) -> Iterator[None]:
    """Hold an exclusive lock on "<database>.lock" while migrating an SQLite file store, so
    processes opening one new store at once create its tables once."""
    database = sqlite_file(engine.url) if engine.dialect.name == "sqlite" else None
    if database is None:
        yield
        return
    with open(f"{database}.lock", "a+b") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


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
        from alembic import command
        from alembic.config import Config

        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        # Alembic keeps its migration context in module globals: one migration at a time per
        # process; across processes, an advisory lock (PostgreSQL) or a lock file (SQLite)
        try:
            with _MIGRATING, _sqlite_lock_file(self.engine), self.engine.begin() as connection:
                if connection.dialect.name == "postgresql":
                    connection.execute(select(func.pg_advisory_xact_lock(WRITE_LOCK)))
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
        except (SQLAlchemyError, OSError) as exc:
            raise StoreError(f"cannot open or migrate the store {self.name}: {cause(exc)}") from exc

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
                return _stored(session, article_id)
        except SQLAlchemyError as exc:
            raise self._failed(exc, "reading") from exc

    def stored_content(self, article: Article) -> str:
        """How the stored article with `article`'s id compares with it, before coding: "none"
        is stored, or it has the "same" or a "different" text as read, or it is "unknown"
        (stored before the store kept digests of texts as read: :meth:`add_article` compares
        the coded texts)."""
        try:
            with self._session() as session:
                stored = _stored_version(session, article.id)
        except SQLAlchemyError as exc:
            raise self._failed(exc, f"reading {article.origin or article.id}") from exc
        return "none" if stored is None else _compare(stored, article)

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
                _one_writer(session)
                status = _write_unless_stored(session, article, replace)
                if status == "stored":
                    queue.queue_if_young(session, article.id)
                if run_id:
                    message = (conflict_message(article) if status == "conflict"
                               else same_page_message(article))
                    S.insert_rows(session, S.IngestLogRow, [_log_row(run_id, article, status, message)])
        except ARTICLE_ERRORS as exc:
            raise StoreError(f"{article.origin or article.id}: cannot store: {cause(exc)}") from exc
        except SQLAlchemyError as exc:
            raise self._failed(exc, f"storing {article.origin or article.id}") from exc
        return status

    def _failed(self, exc: SQLAlchemyError, doing: str) -> StoreUnavailable:
        """The error of a store that failed while `doing` something, naming it and the reason."""
        return StoreUnavailable(f"store {self.name}: {cause(exc)} (while {doing})")

    def settle_stories(self, run_id: str | None = None) -> int:
        """Link again, with the document frequencies the store has now, the articles waiting
        in the link queue: those stored while the store held fewer than
        ``linking.SETTLE_BELOW`` articles (they were linked with frequencies counted over few
        articles), by this run or by an earlier one that was interrupted, and those of an
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
        """A transaction holding the write lock (see `_one_writer`)."""
        with self._session.begin() as session:
            _one_writer(session)
            yield session

    def log(self, run_id: str, article: Article, status: str, message: str | None = None) -> None:
        """Record what an ingest run did with one input document."""
        try:
            with self._session.begin() as session:
                S.insert_rows(session, S.IngestLogRow, [_log_row(run_id, article, status, message)])
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
            return {
                "articles": session.scalar(select(func.count()).select_from(S.ArticleRow)) or 0,
                "events": session.scalar(select(func.count()).select_from(S.EventRow)) or 0,
                "happenings": session.scalar(select(func.count()).select_from(S.HappeningRow)) or 0,
                "stories": session.scalar(select(func.count()).select_from(S.StoryRow)) or 0,
            }

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
            if where.include_unreal:
                unreal = _unreal_events(session, where)
                yield from _with_text(session, unreal) if with_text else unreal
            ids = list(session.scalars(_happening_query(where)).all())
            for chunk_start in range(0, len(ids), 500):
                chunk = ids[chunk_start:chunk_start + 500]
                merged = list(_happenings(session, chunk))
                if with_text or where.q:
                    _add_text(session, merged)
                for event in merged:
                    if where.q and not sentence_matches(event, where.q):
                        continue
                    if not with_text:
                        for key in TEXT_FIELDS:
                            event.pop(key, None)
                    yield event

    def count_events(self, where: EventFilter | None = None) -> int:
        """How many deduplicated events match `where` (before its exact `q` sentence check)."""
        where = where or EventFilter()
        with self._session() as session:
            count = session.scalar(select(func.count()).select_from(_happening_query(where)
                                                                    .order_by(None).subquery())) or 0
            if where.include_unreal:
                unreal = _filtered(select(S.EventRow.id), where).where(S.EventRow.happening_id.is_(None))
                count += session.scalar(select(func.count()).select_from(unreal.subquery())) or 0
        return int(count)

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
        return Records(self._stories, lambda story: story.to_dict())

    def _stories(self) -> Iterator[Story]:
        with self._session() as session:
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

    def claims(self) -> Records[dict[str, Any]]:
        """Every stored novelty claim with its event and the earlier events that bear on it."""
        return Records(self._claims, _flat_claim)

    def _claims(self) -> Iterator[dict[str, Any]]:
        with self._session() as session:
            rows = session.execute(select(S.ClaimRow, S.EventRow)
                                   .join(S.EventRow, S.EventRow.id == S.ClaimRow.event_id)
                                   .order_by(S.EventRow.date_value.nulls_first(), S.ClaimRow.id))
            for claim, event in rows:
                yield _claim_with_evidence(session, claim, event)

    def articles(self, where: EventFilter | None = None) -> Records[dict[str, Any]]:
        """One summary per stored article (id, title, published, source, url, language,
        story, number of events), in publication order; `where.since/until` filter by
        publication date."""
        return Records(lambda: self._articles(where or EventFilter()))

    def _articles(self, where: EventFilter) -> Iterator[dict[str, Any]]:
        counts = (select(S.EventRow.article_id, func.count().label("n"))
                  .group_by(S.EventRow.article_id).subquery())
        query = (select(S.ArticleRow.id, S.ArticleRow.title, S.ArticleRow.published, S.ArticleRow.source,
                        S.ArticleRow.url, S.ArticleRow.language, S.ArticleRow.story_id,
                        func.coalesce(counts.c.n, 0))
                 .outerjoin(counts, counts.c.article_id == S.ArticleRow.id)
                 # undated first on every backend (PostgreSQL puts NULL last by default)
                 .order_by(S.ArticleRow.published.nulls_first(), S.ArticleRow.id))
        if where.since:
            query = query.where(S.ArticleRow.published >= where.since)
        if where.until:
            query = query.where(S.ArticleRow.published <= where.until)
        with self._session() as session:
            for id_, title, published, source, url, language, story, n in session.execute(query):
                yield {"id": id_, "title": title, "published": published, "source": source, "url": url,
                       "language": language, "story_id": story, "events": n}

    def timeline(self, a: str, b: str, freq: str = "month") -> Records[dict[str, Any]]:
        """Events between countries `a` and `b` (either role) per period: counts per quad class
        and mean intensity. `freq`: "week", "month" or "year" (or pandas-style W, M, Y)."""
        from eventwire.store.timeline import dyad_timeline, period_of

        period = period_of(freq)
        return Records(lambda: self._with_session(lambda s: dyad_timeline(s, a.upper(), b.upper(), period)),
                       _flat_period)

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
            query = select(S.IngestLogRow).order_by(S.IngestLogRow.id)
            if run_id:
                query = query.where(S.IngestLogRow.run_id == run_id)
            return [{"run_id": r.run_id, "origin": r.origin, "doc_id": r.doc_id,
                     "status": r.status, "message": r.message} for r in session.scalars(query)]


def _flat_claim(item: dict[str, Any]) -> dict[str, Any]:
    event = item["event"]
    return {"claim": item["claim"]["text"], "kind": item["claim"]["kind"], "doc_id": item["claim"]["doc_id"],
            "event_id": event["id"], "date": event["date"], "type": event["type"],
            "parties": event["parties"], "level": "; ".join(event["level"]),
            "earlier_events": len(item["earlier"]), "assessment": item["assessment"]}


def _flat_period(row: dict[str, Any]) -> dict[str, Any]:
    quads = {f"quad_{q}": n for q, n in row["quad"].items()}
    return {"period": row["period"], "events": row["events"], **quads,
            "mean_intensity": row["mean_intensity"]}


# ---------------------------------------------------------------------- writing helpers

def _log_row(run_id: str, article: Article, status: str, message: str | None) -> dict[str, Any]:
    # a rejected input's id is its path, which may be longer than VARCHAR(200); the origin
    # column keeps it whole
    return {"run_id": run_id, "origin": article.origin, "doc_id": article.id[:200],
            "status": status, "message": message}


def _stored(session: Session, article_id: str) -> bool:
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
    _write_article(session, article)
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


def _one_writer(session: Session) -> None:
    """Serialise article writes: linking reads what earlier articles wrote (document
    frequencies, happenings, stories) and updates it, so two concurrent writers would lose
    counts or insert the same term twice. PostgreSQL takes an advisory lock; SQLite takes its
    write lock before the first read (BEGIN IMMEDIATE), so the "already stored?" check and the
    write see the same database and a concurrent writer waits (busy timeout) instead of
    failing with "database is locked" when it upgrades a stale read snapshot."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        session.execute(select(func.pg_advisory_xact_lock(WRITE_LOCK)))
    elif dialect == "sqlite":
        session.connection().exec_driver_sql("BEGIN IMMEDIATE")


def _write_article(session: Session, article: Article, ingested_at: dt.datetime | None = None) -> None:
    """Write a coded article and everything derived from it, parents before children: its
    story, the article, its learned facts, happenings as its events are linked, the events
    with their participants and claims, places, times, quotes, its story index terms; last,
    the story is split if the article showed it chained two happenings (`linking.hold_story`).

    `ingested_at` defaults to now (a re-coded article keeps its first one). Core statements
    do not autoflush, so ORM changes the caller left pending are flushed first.
    """
    session.flush()
    coded = article.to_dict()
    linked = linking.ArticleTerms(id=article.id, title=article.title, published=article.published,
                                  terms=link.signature(coded))
    # the story first, so that the article row is written once, with it
    story_id, telling, df = linking.link_story(session, linked)
    S.insert_rows(session, S.ArticleRow, [{
        "id": article.id, "content_hash": _text_hash(article.text),
        "title": article.title, "published": article.published, "language": article.language,
        "source": article.source, "url": article.url, "origin": article.origin, "text": article.text,
        "removed": coded["removed"], "meta": _jsonable(article.meta), "coded": coded,
        "terms": linked.terms, "story_id": story_id, "coder_version": version.CODER_VERSION,
        "ingested_at": ingested_at or dt.datetime.now(dt.UTC)}])
    from eventwire.store.knowledge import save_learned  # lazy: it needs the actors package

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
    linking.index_article(session, linked, telling)
    linking.hold_story(session, linked, story_id, df)


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
        happening = linking.assign_happening(session, event) if link.is_real(event) else None
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


# ---------------------------------------------------------------------- reading helpers

def _happening_query(where: EventFilter) -> Any:
    """(happening id, its sort key ...) of the happenings matching `where`, in `where.sort` order."""
    from eventwire.store import order

    return order.keyed(lambda query: _filtered(query, where), where.sort)


def _filtered(query: Any, where: EventFilter) -> Any:
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


# what `_add_text` adds to an event: its provenance (see export.provenance)
TEXT_FIELDS = ("sentence_text", "url", "source", "title", "published")


def sentence_matches(event: dict[str, Any], q: str) -> bool:
    """Whether the event's source sentence (added by `_add_text`) contains `q`, any case."""
    return q.casefold() in (event.get("sentence_text") or "").casefold()


def contains(column: Any, text: str) -> Any:
    """The SQL condition "`column` contains `text`, in any case", as `sentence_matches` checks
    it (Unicode too: "ERDOĞAN" contains "erdoğan")."""
    return folded(column).like(like_pattern(text.casefold()), escape="\\")


def like_pattern(text: str) -> str:
    """`text` as a LIKE pattern matching it anywhere, its wildcards escaped with a backslash."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _unreal_events(session: Session, where: EventFilter) -> Iterator[dict[str, Any]]:
    """The reports that are not part of an event (`reports.report_query`), one line each,
    with their `status`, oldest first."""
    from eventwire.store.reports import UNLINKED, report_query

    query = report_query(where, UNLINKED).order_by(None)
    for event, status in session.execute(query.order_by(S.EventRow.date_value.nulls_first(), S.EventRow.id)):
        yield {**event.data, "reports": [{"doc_id": event.article_id, "event_id": event.id}],
               "num_articles": 1, "num_sources": 1, "status": status}


def _add_text(session: Session, events: list[dict[str, Any]]) -> None:
    """Add each event's source sentence, URL, source, title and publication date, from its
    first report's article (a report's own `doc_id` when it has one), in one query."""
    def doc_id(event: dict[str, Any]) -> str | None:
        return event.get("doc_id") or (event.get("reports") or [{}])[0].get("doc_id")

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


def _with_text(session: Session, events: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """`events` with their text added (`_add_text`), 500 at a time."""
    chunk: list[dict[str, Any]] = []
    for event in events:
        chunk.append(event)
        if len(chunk) == 500:
            _add_text(session, chunk)
            yield from chunk
            chunk = []
    _add_text(session, chunk)
    yield from chunk


def _claim_with_evidence(session: Session, claim: S.ClaimRow, event: S.EventRow) -> dict[str, Any]:
    happening = session.get(S.HappeningRow, event.happening_id) if event.happening_id else None
    earlier = _earlier_happenings(session, happening) if happening else []
    return {
        "claim": {"kind": claim.kind, "text": claim.text, "doc_id": event.article_id,
                  "event_id": event.id},
        "event": {"id": event.happening_id or event.id, "type": event.type,
                  "date": event.date_value, "parties": happening.parties if happening else None,
                  "level": link.claims.level(event.data)},
        "earlier": earlier,
        "assessment": link.claims.assess(claim.text, earlier),
    }


def _earlier_happenings(session: Session, happening: S.HappeningRow) -> list[dict[str, Any]]:
    """Happenings of the same type between the same parties that ended before this one began."""
    query = (select(S.HappeningRow.id)
             .where(S.HappeningRow.type == happening.type, S.HappeningRow.parties == happening.parties,
                    S.HappeningRow.date_end < happening.date_value)
             .order_by(S.HappeningRow.date_value))
    ids = list(session.scalars(query))
    return [{"id": merged["id"], "date": (merged.get("date") or {}).get("value"),
             "level": link.claims.level(merged),
             "doc_ids": sorted({r["doc_id"] for r in merged["reports"]})}
            for merged in _happenings(session, ids)]


def _happenings(session: Session, ids: list[str]) -> Iterator[dict[str, Any]]:
    rows = session.execute(
        select(S.EventRow, S.ArticleRow.source, S.ArticleRow.url)
        .join(S.ArticleRow, S.ArticleRow.id == S.EventRow.article_id)
        .where(S.EventRow.happening_id.in_(ids)).order_by(S.EventRow.id))
    reports: dict[str | None, list[tuple[S.EventRow, str]]] = {}
    for event, source, url in rows:
        reports.setdefault(event.happening_id, []).append((event, source or url or event.article_id))
    for happening_id in ids:
        yield _merge_reports(happening_id, reports.get(happening_id, []))


def _merge_reports(happening_id: str, reports: list[tuple[S.EventRow, str]]) -> dict[str, Any]:
    """One event object from its reports: the most precise date and place, the largest toll.

    The chosen report (whose roles and sentence are shown) has the most precise date, then
    names the most party countries (so that it usually names the parties a filter matched),
    then is the most confident."""
    rank = link.events.PRECISION
    best = min(reports, key=lambda r: (rank.get(r[0].granularity, 4), -len(link.events.parties(r[0].data)),
                                       -r[0].confidence))[0]
    merged = dict(best.data)
    merged["id"] = happening_id
    for event, _ in reports:
        merged["date"] = link.merge_date(merged.get("date"), event.data.get("date"))
        merged["location"] = _better_place(merged.get("location"), event.data.get("location"))
        dead = (event.data.get("size") or {}).get("dead")
        if dead is not None and dead > ((merged.get("size") or {}).get("dead") or 0):
            merged["size"] = {**(merged.get("size") or {}), "dead": dead}
    # the chosen report first: its sentence is the one shown as the event's source
    ordered = [best] + [e for e, _ in reports if e is not best]
    merged["reports"] = [{"doc_id": e.article_id, "event_id": e.id} for e in ordered]
    merged["num_articles"] = len({e.article_id for e, _ in reports})
    merged["num_sources"] = len({source for _, source in reports})
    return merged


_PLACE_RANK = {"city": 0, "admin1": 1, "region": 2, "country": 3, "unknown": 4}


def _better_place(current: dict[str, Any] | None, new: dict[str, Any] | None) -> dict[str, Any] | None:
    if not new:
        return current
    if not current:
        return new
    rank = _PLACE_RANK.get
    return new if rank(new.get("resolution", "unknown"), 4) < rank(current.get("resolution", "unknown"), 4) \
        else current
