"""REST API under load: concurrent clients on loopback against a large synthetic store.

    .venv/bin/python bench/bench_load.py [--events 1000000] [--backends sqlite,postgresql]
        [--sqlite-db PATH] [--pg-url URL] [--clients 8,32] [--seconds 60] [--max-requests 50000]

For each backend, a store of `--events` synthetic events (bench/synthetic.py) is filled or
reused (as bench/bench_query.py does), `eventwire serve` is started on a free loopback port in
a subprocess, and for each number of concurrent clients (asyncio tasks sharing one httpx
connection pool, each sending its next request when the previous one is answered) a
realistic mix of reads is sent for `--seconds` or until `--max-requests` were answered:
filtered event lists (type, country, dyad, date range, text, a deep cursor page), dyad
timelines, one event with its reports, article and story pages, and health checks. Prints
throughput (requests/s), p50 and p99 latency (ms) and the number of errors (non-2xx
answers and failed requests), overall and per kind of request.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import httpx
from bench_query import filled, postgres, store_arguments

from eventwire.rest import cursor

DEEP = cursor.encode(["2021-06-15", "h-8"])
COUNTRIES = ["USA", "CHN", "RUS", "IND", "UKR", "ISR", "PAK", "AFG", "IRN", "GBR", "TUR", "NGA", "ISL"]
DYADS = ["IND,AFG", "RUS,UKR", "USA,CHN", "ISR,PSE", "ISL,NPL", "KEN,ETH"]
TYPES = ["CONSULT", "ASSAULT", "PROTEST", "AID", "COERCE", "AGREE"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def served(url: str) -> Iterator[str]:
    """`eventwire serve --db url` on a free loopback port; yields its base URL."""
    port = _free_port()
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen([str(Path(sys.executable).parent / "eventwire"), "serve", "--db", url,
                                    "--port", str(port)], stdout=log, stderr=subprocess.STDOUT)
        try:
            yield _started(process, f"http://127.0.0.1:{port}", log)
        finally:
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()


def _started(process: subprocess.Popen[bytes], base: str, log: IO[bytes]) -> str:
    """`base` once the server answers /health; SystemExit with its log when it does not."""
    deadline = time.monotonic() + 120
    while True:
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(f"{base}/health", timeout=5).status_code == 200:
                return base
        if process.poll() is not None or time.monotonic() > deadline:
            log.seek(0)
            raise SystemExit(f"eventwire serve did not start:\n{log.read().decode()[-2000:]}")
        time.sleep(0.5)


def request_mix(rng: random.Random, event_ids: list[str]) -> tuple[str, str]:
    """(kind, path) of one request drawn from a realistic mix of reads."""
    roll, year, month = rng.random(), rng.randrange(2015, 2025), rng.randrange(1, 9)
    if roll < 0.40:
        params = rng.choice([f"type={rng.choice(TYPES)}", f"actor_country={rng.choice(COUNTRIES)}",
                             f"dyad={rng.choice(DYADS)}",
                             f"since={year}-0{month}-01&until={year}-0{month + 1}-28",
                             "q=Kabul", f"type={rng.choice(TYPES)}&cursor={DEEP}",
                             f"type=ASSAULT&actor_country={rng.choice(COUNTRIES)}&since=2019-01-01"])
        return "events list", f"/events?limit=50&{params}"
    if roll < 0.60:
        a, b = rng.choice(DYADS).split(",")
        return "timeline", f"/timeline?a={a}&b={b}&freq={rng.choice(['week', 'month', 'year'])}"
    if roll < 0.80:
        return "one event", f"/events/{rng.choice(event_ids)}"
    if roll < 0.88:
        return "stories", "/stories?limit=20"
    if roll < 0.95:
        return "articles", "/articles?limit=50"
    return "health", "/health"


async def _client(http: httpx.AsyncClient, rng: random.Random, event_ids: list[str], deadline: float,
                  budget: list[int], results: dict[str, list[float]], errors: dict[str, int]) -> None:
    while time.monotonic() < deadline and budget[0] > 0:
        budget[0] -= 1
        kind, path = request_mix(rng, event_ids)
        started = time.perf_counter()
        try:
            response = await http.get(path)
            ok = response.status_code < 300
        except httpx.HTTPError:
            ok = False
        results[kind].append((time.perf_counter() - started) * 1e3)
        if not ok:
            errors[kind] += 1


async def run_load(base: str, clients: int, seconds: float, max_requests: int,
                   event_ids: list[str]) -> tuple[float, dict[str, list[float]], dict[str, int]]:
    """(elapsed seconds, latencies per kind, errors per kind) of one load run."""
    results: dict[str, list[float]] = defaultdict(list)
    errors: dict[str, int] = defaultdict(int)
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, timeout=120, limits=limits) as http:
        started = time.monotonic()
        budget = [max_requests]
        await asyncio.gather(*(_client(http, random.Random(n), event_ids, started + seconds, budget,
                                       results, errors) for n in range(clients)))
        return time.monotonic() - started, results, errors


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def report(label: str, elapsed: float, results: dict[str, list[float]], errors: dict[str, int]) -> str:
    every = [v for values in results.values() for v in values]
    total_errors = sum(errors.values())
    print(f"\n{label}: {len(every):,} requests in {elapsed:.1f} s = {len(every) / elapsed:.1f} req/s; "
          f"p50 {statistics.median(every):.0f} ms, p99 {_percentile(every, 0.99):.0f} ms; "
          f"errors {total_errors}", flush=True)
    for kind, values in sorted(results.items()):
        print(f"    {kind:<12} {len(values):>6} requests  p50 {statistics.median(values):7.0f} ms  "
              f"p99 {_percentile(values, 0.99):7.0f} ms  errors {errors.get(kind, 0)}", flush=True)
    return (f"| {label} | {len(every) / elapsed:.1f} | {statistics.median(every):.0f} | "
            f"{_percentile(every, 0.99):.0f} | {total_errors} | {len(every):,} |")


def load(url: str, label: str, args: argparse.Namespace) -> list[str]:
    rows = []
    with served(url) as base:
        listing = httpx.get(f"{base}/events", params={"dyad": "IND,AFG", "limit": 200}, timeout=120).json()
        event_ids = [item["id"] for item in listing["items"]]
        for clients in (int(c) for c in args.clients.split(",")):
            elapsed, results, errors = asyncio.run(run_load(base, clients, args.seconds,
                                                            args.max_requests, event_ids))
            rows.append(report(f"{label}, {clients} clients", elapsed, results, errors))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    store_arguments(parser)
    parser.add_argument("--clients", default="8,32", help="concurrent clients per run, comma-separated")
    parser.add_argument("--seconds", type=float, default=60.0, help="length of each run")
    parser.add_argument("--max-requests", type=int, default=50_000, help="requests per run at most")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="eventwire-bench-") as tmp:
        for backend in args.backends.split(","):
            if backend == "sqlite":
                url = filled(f"sqlite:///{args.sqlite_db or Path(tmp) / 'bench.db'}", args.events)
                rows += load(url, backend, args)
            elif backend == "postgresql":
                with postgres(args.pg_url) as url:
                    rows += load(filled(url, args.events), backend, args)
            else:
                parser.error(f"--backends: unknown backend {backend!r} (sqlite, postgresql)")
    print("\n| backend, clients | req/s | p50 ms | p99 ms | errors | requests |")
    print("|---|---:|---:|---:|---:|---:|")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
