"""Shared checks of the reliability tests: run the CLI, count and fingerprint a store, and
find orphan rows in every table."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

ROOT = Path(__file__).resolve().parents[2]
# the installed console script, beside the interpreter running the tests
EVENTWIRE = [str(Path(sys.executable).parent / "eventwire")]

# (child table, column, parent table, parent column): every link between rows of the store
LINKS = [
    ("events", "article_id", "articles", "id"),
    ("events", "happening_id", "happenings", "id"),
    ("participants", "event_id", "events", "id"),
    ("claims", "event_id", "events", "id"),
    ("places", "article_id", "articles", "id"),
    ("times", "article_id", "articles", "id"),
    ("quotes", "article_id", "articles", "id"),
    ("articles", "story_id", "stories", "id"),
    ("article_terms", "article_id", "articles", "id"),
    ("happening_parties", "happening_id", "happenings", "id"),
    ("knowledge", "article_id", "articles", "id"),
    ("happening_dyads", "happening_id", "happenings", "id"),
    ("link_queue", "article_id", "articles", "id"),
]
# the tables whose content is derived from the stored articles (ingest_log is per run)
DERIVED = ["articles", "events", "participants", "claims", "places", "times", "quotes",
           "happenings", "happening_parties", "happening_dyads", "stories", "article_terms", "term_stats",
           "knowledge", "link_queue"]


def write_jsonl(path: Path, *documents: tuple[str, str]) -> str:
    """Write (id, text) documents, dated 2025-01-09, as a JSONL file; its path as a string."""
    path.write_text("".join(json.dumps({"id": doc_id, "text": text, "published": "2025-01-09"}) + "\n"
                            for doc_id, text in documents))
    return str(path)


def env() -> dict[str, str]:
    """The environment of a CLI subprocess: this checkout's package first on the path."""
    return {**os.environ, "PYTHONPATH": str(ROOT / "src"), "COLUMNS": "200"}


def ingest_command(paths: list[str], db: str, *extra: str) -> list[str]:
    return [*EVENTWIRE, "ingest", *paths, "--db", db, "--quiet", *extra]


def run(args: list[str], timeout: float = 600, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, env=env(), timeout=timeout, check=False,
                          cwd=cwd)


def engine(db: str) -> Any:
    url = make_url(db)
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    return create_engine(url, poolclass=NullPool)


def scalar(db: str, sql: str) -> Any:
    eng = engine(db)
    try:
        with eng.connect() as connection:
            return connection.execute(text(sql)).scalar()
    finally:
        eng.dispose()


def execute(db: str, sql: str) -> None:
    """Run one statement on the store and commit it (to set up a state the code cannot reach)."""
    eng = engine(db)
    try:
        with eng.begin() as connection:
            connection.execute(text(sql))
    finally:
        eng.dispose()


def count(db: str, table: str) -> int:
    try:
        return int(scalar(db, f"SELECT count(*) FROM {table}"))
    except Exception:  # noqa: BLE001 - the store may not exist or be migrated yet
        return 0


def orphans(db: str) -> dict[str, int]:
    """Rows whose parent row is missing, per link (only links with orphans are listed)."""
    found = {}
    for child, column, parent, key in LINKS:
        sql = (f"SELECT count(*) FROM {child} c WHERE c.{column} IS NOT NULL AND NOT EXISTS "
               f"(SELECT 1 FROM {parent} p WHERE p.{key} = c.{column})")
        n = int(scalar(db, sql))
        if n:
            found[f"{child}.{column}"] = n
    for table, column in (("happenings", "id"), ("stories", "id")):
        child = "events" if table == "happenings" else "articles"
        link = "happening_id" if table == "happenings" else "story_id"
        sql = (f"SELECT count(*) FROM {table} t WHERE NOT EXISTS "
               f"(SELECT 1 FROM {child} c WHERE c.{link} = t.{column})")
        n = int(scalar(db, sql))
        if n:
            found[f"{table} without reports"] = n
    return found


def digest(db: str, without: tuple[str, ...] = ()) -> dict[str, str]:
    """A fingerprint of every derived table: its rows (without surrogate ids and times, and
    the columns named in `without`), sorted, hashed."""
    eng = engine(db)
    result = {}
    try:
        with eng.connect() as connection:
            for table in DERIVED:
                rows = connection.execute(text(f"SELECT * FROM {table}")).mappings().all()
                cleaned = sorted(json.dumps({k: _plain(v) for k, v in row.items()
                                             if k not in ("id", "ingested_at", "added_at", *without)
                                             or table in ("articles", "events", "happenings",
                                                          "stories") and k == "id"},
                                            sort_keys=True, default=str) for row in rows)
                result[table] = hashlib.sha256("\n".join(cleaned).encode()).hexdigest()
    finally:
        eng.dispose()
    return result


def _plain(value: Any) -> Any:
    if isinstance(value, str) and value[:1] in "[{":
        try:
            return json.loads(value)   # SQLite returns JSON columns as text, PostgreSQL as objects
        except ValueError:
            return value
    return value


def column(db: str, sql: str) -> list[Any]:
    eng = engine(db)
    try:
        with eng.connect() as connection:
            return list(connection.execute(text(sql)).scalars())
    finally:
        eng.dispose()


def inconsistencies(db: str) -> dict[str, int]:
    """Counters that disagree with the rows they count: a happening's num_reports against its
    events, the articles count in term_stats, each term's document frequency against the
    articles indexed under it (an index holds only each article's most telling terms, so
    df may exceed, never fall short of, the indexed rows)."""
    checks = {
        "happenings.num_reports": "SELECT count(*) FROM happenings h WHERE h.num_reports <> "
                                  "(SELECT count(*) FROM events e WHERE e.happening_id = h.id)",
        "term_stats documents": "SELECT count(*) FROM term_stats WHERE term = '' AND df <> "
                                "(SELECT count(*) FROM articles)",
        "term_stats.df": "SELECT count(*) FROM term_stats s WHERE s.df < "
                         "(SELECT count(*) FROM article_terms t WHERE t.term = s.term)",
    }
    found = {name: int(scalar(db, sql)) for name, sql in checks.items()}
    return {name: n for name, n in found.items() if n}
