"""Coding on a local Dask cluster: 1 against 2 worker processes, on the VOA stories.

    .venv/bin/python bench/bench_dask.py [--workers 1,2] [--limit N]

For each worker count, a `distributed.LocalCluster` of N single-threaded worker processes is
started and every worker loads the model and knowledge snapshot (not timed: the start-up
seconds are printed apart). Then two timed runs on the public-domain VOA stories
(`../shared/corpora/voa/voa_stories.jsonl`, read from ../shared, never copied):

- `code`: coding only, batches sent through `eventwire.run.dask.dask_coder`;
- `ingest`: end to end as `eventwire ingest --dask tcp://…` runs it
  (`eventwire.run.dask.ingest`: coding on the cluster, storing with dedup and story
  linking in this process) into a throwaway SQLite store.

Prints documents/s and words/s per run and a table.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
VOA = ROOT.parent / "shared" / "corpora" / "voa" / "voa_stories.jsonl"


def _warm() -> str:
    """Load the model and the snapshot in a worker process."""
    from eventwire.pipeline import default_snapshot

    default_snapshot().warm()
    return "ready"


def measure(workers: int, limit: int | None) -> list[dict[str, Any]]:
    from dask.distributed import Client, LocalCluster

    from eventwire.pipeline import default_snapshot
    from eventwire.read import read_inputs
    from eventwire.run import dask as distributed
    from eventwire.store import Store

    articles = [a for a in read_inputs([str(VOA)]) if not a.errors][:limit]
    words = sum(len((a.raw_text or "").split()) for a in articles)
    started = time.perf_counter()
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        client.run(_warm)
        startup = time.perf_counter() - started
        results = []
        clock = time.perf_counter()
        coded = list(distributed.dask_coder(client)(iter(articles), default_snapshot()))
        results.append({"mode": "code", "seconds": time.perf_counter() - clock,
                        "failed": sum(1 for a in coded if a.errors)})
        with tempfile.TemporaryDirectory() as folder, Store(f"sqlite:///{folder}/b.db") as store:
            source = Path(folder) / "voa.jsonl"
            source.write_text("".join(VOA.read_text().splitlines(keepends=True)[:len(articles)]))
            clock = time.perf_counter()
            report = distributed.ingest([str(source)], store, address=cluster.scheduler_address)
            results.append({"mode": "ingest", "seconds": time.perf_counter() - clock,
                            "failed": report.failed})
    for result in results:
        result.update(workers=workers, articles=len(articles), words=words, startup=startup)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", default="1,2", help="worker counts, comma-separated")
    parser.add_argument("--limit", type=int, help="at most this many stories")
    args = parser.parse_args()
    if not VOA.is_file():
        sys.exit(f"bench_dask: {VOA} is missing; the corpus is read from ../shared")
    rows = []
    for workers in (int(w) for w in args.workers.split(",")):
        for row in measure(workers, args.limit):
            rows.append(row)
            print(f"workers={workers} {row['mode']:6} {row['articles']} documents, {row['words']} words "
                  f"in {row['seconds']:.1f} s (cluster start and model load {row['startup']:.1f} s, "
                  f"{row['failed']} failed): {row['articles'] / row['seconds']:.2f} documents/s, "
                  f"{row['words'] / row['seconds']:.0f} words/s", flush=True)
    print("\n| workers | run | documents/s | words/s |\n|---:|---|---:|---:|")
    for row in rows:
        print(f"| {row['workers']} | {row['mode']} | {row['articles'] / row['seconds']:.2f} | "
              f"{row['words'] / row['seconds']:,.0f} |")


if __name__ == "__main__":
    main()
