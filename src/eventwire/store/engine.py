"""Where a store is and how it is opened: URLs and paths, engines, SQLite pragmas, locks,
the migrations, the folded text comparison, and the messages that name a store."""

from __future__ import annotations

import contextlib
import fcntl
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, String, create_engine, func, inspect, select
from sqlalchemy import event as sa_event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.functions import FunctionElement

from eventwire.errors import StoreError
from eventwire.store import schema as S

MIGRATIONS = Path(__file__).parent / "migrations"
# PostgreSQL advisory lock held by each migration and article write (a number unique to eventwire)
WRITE_LOCK = 0x6576656E74776972


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


def migrate(engine: Engine, name: str) -> None:
    """Bring the schema of the store at `engine` (called `name` in messages) to the latest
    migration (Alembic)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    # Alembic keeps its migration context in module globals: one migration at a time per
    # process; across processes, an advisory lock (PostgreSQL) or a lock file (SQLite)
    try:
        with _MIGRATING, _sqlite_lock_file(engine), engine.begin() as connection:
            if connection.dialect.name == "postgresql":
                connection.execute(select(func.pg_advisory_xact_lock(WRITE_LOCK)))
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except (SQLAlchemyError, OSError) as exc:
        raise StoreError(f"cannot open or migrate the store {name}: {cause(exc)}") from exc


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


def one_writer(session: Session) -> None:
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
