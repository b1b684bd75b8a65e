"""Query latency on a large synthetic store, in SQLite and in PostgreSQL.

    .venv/bin/python bench/bench_query.py [--events 1000000] [--backends sqlite,postgresql]
        [--sqlite-db PATH] [--pg-url URL] [--repeat 20]

For each backend, a store of `--events` synthetic events (bench/synthetic.py) is filled, or
reused when `--sqlite-db` names an already filled file / `--pg-url` an already filled
database; without `--pg-url` a throwaway PostgreSQL server is started (tests/pg.py) and
removed at the end. Each query then runs once to warm the cache and `--repeat` times timed,
through the functions the REST API calls: `Store.timeline` for a popular and a rare dyad per
week, month and year; `pages.event_page` filtered by type, by country, by date range, by text,
and combined, first page and a deep (keyset cursor) page; `pages.event_detail` for one event
with its reports. Prints the median and 95th percentile in milliseconds per query.
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import synthetic
from sqlalchemy import text

from eventwire.store import EventFilter, Store, pages

ROOT = Path(__file__).resolve().parents[1]
POPULAR, RARE = ("IND", "AFG"), ("ISL", "NPL")
PAGE = 50
DEEP = ["2021-06-15", "h-8"]   # a keyset cursor (date, id) in the middle of the ten years


def timed(work: Callable[[], Any], repeat: int) -> tuple[float, float, Any]:
    """Median and 95th percentile (ms) of `repeat` runs of `work` after one warm-up run."""
    result = work()
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        runs.append((time.perf_counter() - started) * 1e3)
    runs.sort()
    return statistics.median(runs), runs[min(len(runs) - 1, round(0.95 * (len(runs) - 1)))], result


def queries(store: Store) -> Iterator[tuple[str, Callable[[], Any], Callable[[Any], str]]]:
    """(name, query, what it returned) for every measured query."""
    def timeline(a: str, b: str, freq: str) -> Callable[[], Any]:
        return lambda: list(store.timeline(a, b, freq))

    def periods(result: Any) -> str:
        return f"{len(result)} periods, {sum(p['events'] for p in result):,} events"

    for name, (a, b) in (("popular", POPULAR), ("rare", RARE)):
        for freq in ("week", "month", "year"):
            yield f"timeline {name} {a}-{b} per {freq}", timeline(a, b, freq), periods
    filters = {
        "type ASSAULT": EventFilter(types=["ASSAULT"]),
        "actor country PAK": EventFilter(actor_country=["PAK"]),
        "dyad IND-AFG": EventFilter(dyad=POPULAR),
        "dates 2020-03": EventFilter(since="2020-03-01", until="2020-03-31"),
        "text 'Kabul'": EventFilter(q="Kabul"),
        "combined": EventFilter(types=["ASSAULT", "COERCE"], actor_country=["IND"],
                                since="2018-01-01", until="2020-12-31", q="attacked"),
    }

    def items(result: Any) -> str:
        return f"{len(result.items)} items"

    for name, where in filters.items():
        yield f"events {name}, first page", lambda w=where: pages.event_page(store, w, PAGE), items
        yield f"events {name}, deep page", lambda w=where: pages.event_page(store, w, PAGE, DEEP), items
    first = pages.event_page(store, EventFilter(dyad=POPULAR), 1, DEEP).items[0]["id"]
    yield "one event with its reports", lambda: pages.event_detail(store, first), \
        lambda event: f"{len(event['reports'])} reports"


def measure(url: str, repeat: int, label: str) -> list[tuple[str, float, float, str]]:
    rows = []
    with Store(url) as store:
        print(f"\n{label}: {store.counts()}", flush=True)
        for name, work, describe in queries(store):
            median, p95, result = timed(work, repeat)
            rows.append((name, median, p95, describe(result)))
            print(f"  {name:<45} median {median:8.1f} ms  p95 {p95:8.1f} ms  ({describe(result)})",
                  flush=True)
    return rows


def filled(url: str, events: int) -> str:
    """`url`, filled with `events` synthetic events unless it already holds articles."""
    with Store(url) as store:
        if store.counts()["articles"]:
            return url
    started = time.perf_counter()
    synthetic.fill(url, events, say=lambda message: print(f"  {message}", file=sys.stderr, flush=True))
    print(f"filled {url} with {events:,} events in {time.perf_counter() - started:.0f} s", flush=True)
    return url


@contextlib.contextmanager
def postgres(url: str | None) -> Iterator[str]:
    """`url`, or a database on a throwaway PostgreSQL server (tests/pg.py)."""
    if url:
        yield url
        return
    sys.path.insert(0, str(ROOT))
    from tests import pg

    with pg.server() as server, server.database() as database:
        yield database


def table(results: dict[str, list[tuple[str, float, float, str]]]) -> None:
    backends = list(results)
    print("\n| query | " + " | ".join(f"{b} median / p95 ms" for b in backends) + " |")
    print("|---|" + "---:|" * len(backends))
    for n, (name, *_rest) in enumerate(next(iter(results.values()))):
        cells = [f"{results[b][n][1]:.1f} / {results[b][n][2]:.1f}" for b in backends]
        print(f"| {name} | " + " | ".join(cells) + " |")


def explain(url: str) -> None:
    """Print the plan of the popular dyad timeline's SQL (the slowest query to watch)."""
    from eventwire.store import timeline

    with Store(url) as store, store.transaction() as session:
        statement = timeline.timeline_query(*POPULAR)
        compiled = statement.compile(dialect=store.engine.dialect, compile_kwargs={"literal_binds": True})
        prefix = "EXPLAIN QUERY PLAN " if store.engine.dialect.name == "sqlite" else "EXPLAIN ANALYZE "
        for row in session.execute(text(prefix + str(compiled))):
            print("   ", " ".join(str(v) for v in row))


def store_arguments(parser: argparse.ArgumentParser) -> None:
    """The options naming the big stores, shared with bench_load.py."""
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--sqlite-db", help="SQLite file to fill, or reuse when already filled")
    parser.add_argument("--pg-url", help="PostgreSQL database to fill, or reuse when already filled")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    store_arguments(parser)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--explain", action="store_true", help="print the timeline query plan")
    args = parser.parse_args()
    results = {}
    with tempfile.TemporaryDirectory(prefix="eventwire-bench-") as tmp:
        for backend in args.backends.split(","):
            if backend == "sqlite":
                url = filled(f"sqlite:///{args.sqlite_db or Path(tmp) / 'bench.db'}", args.events)
                results[backend] = measure(url, args.repeat, backend)
                if args.explain:
                    explain(url)
            elif backend == "postgresql":
                with postgres(args.pg_url) as url:
                    results[backend] = measure(filled(url, args.events), args.repeat, backend)
                    if args.explain:
                        explain(url)
            else:
                parser.error(f"--backends: unknown backend {backend!r} (sqlite, postgresql)")
    table(results)


if __name__ == "__main__":
    main()
