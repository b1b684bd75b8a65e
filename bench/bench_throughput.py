"""Coding throughput on real news, against the bare spaCy pipeline on the same texts.

    .venv/bin/python bench/bench_throughput.py [--workers 1,2] [--limit N] \
        [--corpora voa,polnear] [--rounds N]

Corpora (read from ../shared, never copied): the public-domain VOA stories
(`corpora/voa/voa_stories.jsonl`) and the 924 PolNeAR development articles
(`gold/dev/polnear/*/text/`). For each corpus and worker count, three runs on the same texts:

- `ingest`: end to end through the code `eventwire ingest` runs (`run.ingest.ingest_articles`:
  clean, parse, code, store with dedup and story linking) into a throwaway SQLite store;
- `code`: coding only (`run.pool.code_stream`, no store);
- `spacy`: the bare spaCy pipeline, `nlp.pipe(texts, n_process=N, batch_size=B)`, the same
  model as spaCy loads it (`spacy.load`, all its components, none of ours: not the sentence
  cap, not the faster attribute rules and entity decoder of `eventwire.nlp`), on the raw texts.

Each run is a fresh Python process, so that its peak RSS (VmHWM of every worker process, and
of the run's own process when it codes in-process) belongs to that run alone. The model is
loaded before the clock starts (worker processes fork from the loaded parent). Prints one
line per run and a table with articles/s, words/s, peak RSS per worker and ours/bare ratios.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPORA = {
    "voa": [str(SHARED / "corpora" / "voa" / "voa_stories.jsonl")],
    "polnear": sorted(str(p) for p in (SHARED / "gold" / "dev" / "polnear").glob("*/text")),
}
MODES = ("spacy", "ingest", "code")


def read_corpus(name: str, limit: int | None) -> list[Any]:
    """The corpus's articles as the reader gives them (at most `limit`)."""
    from eventwire.read import read_inputs

    articles = [a for a in read_inputs(CORPORA[name]) if not a.errors]
    return articles[:limit] if limit else articles


def words_of(articles: list[Any]) -> int:
    return sum(len((a.raw_text or a.text or "").split()) for a in articles)


class PeakRss:
    """Samples VmHWM of this process's children (and of itself) until stopped; MB per pid."""

    def __init__(self) -> None:
        self.peaks: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()
        self._sample()

    def _run(self) -> None:
        while not self._stop.wait(0.2):
            self._sample()

    def _sample(self) -> None:
        for pid in [os.getpid(), *_children(os.getpid())]:
            hwm = _vmhwm_mb(pid)
            if hwm is not None:
                self.peaks[pid] = max(hwm, self.peaks.get(pid, 0.0))


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
    return found + [grandchild for child in found for grandchild in _children(child)]


def _vmhwm_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def run_one(corpus: str, mode: str, workers: int, limit: int | None, batch_size: int) -> dict[str, Any]:
    """Time one run in this process; the figures as a dict."""
    import spacy

    from eventwire import settings
    from eventwire.pipeline import default_snapshot
    from eventwire.run.ingest import ingest_articles
    from eventwire.run.pool import code_stream
    from eventwire.store import Store

    articles = read_corpus(corpus, limit)
    knowledge = default_snapshot()
    texts = [a.raw_text or a.text for a in articles]
    # load everything before the clock starts; the bare run loads only spaCy's model
    bare = spacy.load(settings.get("model")) if mode == "spacy" else None
    if bare is None:
        knowledge.warm()
    fresh = copy.deepcopy(articles)
    with tempfile.TemporaryDirectory() as folder, PeakRss() as rss:
        store = Store(f"sqlite:///{folder}/bench.db") if mode == "ingest" else None
        started = time.perf_counter()
        if bare is not None:
            for _ in bare.pipe(texts, n_process=workers, batch_size=batch_size):
                pass
        elif mode == "code":
            for _ in code_stream(fresh, workers=workers, knowledge=knowledge):
                pass
        else:
            # the body of `eventwire ingest`
            report = ingest_articles(fresh, store, clean=True, workers=workers, on_article=None,
                                     languages=("en",))
            if report.failed:
                print(f"{report.failed} articles failed: {report.errors[:3]}", file=sys.stderr)
        seconds = time.perf_counter() - started
        if store is not None:
            store.close()
    me = os.getpid()
    worker_rss = [mb for pid, mb in rss.peaks.items() if pid != me] if workers > 1 else [rss.peaks[me]]
    return {"corpus": corpus, "mode": mode, "workers": workers, "articles": len(articles),
            "words": words_of(articles), "seconds": seconds, "rss_mb": sorted(worker_rss)}


def spawn(corpus: str, mode: str, workers: int, limit: int | None, batch_size: int) -> dict[str, Any]:
    """Run one measurement in a fresh interpreter and return its figures."""
    command = [sys.executable, __file__, "--one", f"{corpus}:{mode}:{workers}",
               "--batch-size", str(batch_size)] + (["--limit", str(limit)] if limit else [])
    out = subprocess.run(command, check=True, capture_output=True, text=True, cwd=ROOT)
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def show(result: dict[str, Any]) -> None:
    rate = result["articles"] / result["seconds"]
    words = result["words"] / result["seconds"]
    rss = ", ".join(f"{mb:.0f}" for mb in result["rss_mb"])
    print(f"{result['corpus']:8} {result['mode']:7} workers={result['workers']}  "
          f"{result['articles']} articles {result['words']} words in {result['seconds']:.1f} s: "
          f"{rate:.2f} articles/s, {words:.0f} words/s, peak RSS per worker {rss} MB", flush=True)


def table(results: list[dict[str, Any]]) -> None:
    """One row per corpus, worker count and mode: the fastest of its rounds (and, with more
    than one round, the median words/s), the ratio of the fastest runs to the bare pipeline's
    fastest; peak RSS is the largest of any round."""
    runs: dict[tuple[str, int, str], list[dict[str, Any]]] = {}
    for r in results:
        runs.setdefault((r["corpus"], r["workers"], r["mode"]), []).append(r)
    best = {key: min(found, key=lambda r: r["seconds"]) for key, found in runs.items()}
    print("\n| corpus | workers | mode | rounds | articles/s | words/s | median words/s "
          "| peak RSS/worker (MB) | ours/bare |")
    print("|---|---:|---|---:|---:|---:|---:|---:|---:|")
    for (corpus, workers, mode), found in runs.items():
        r = best[corpus, workers, mode]
        bare = best.get((corpus, workers, "spacy"))
        ratio = (bare["seconds"] / r["seconds"]) if bare and mode != "spacy" else None
        median = statistics.median(x["words"] / x["seconds"] for x in found)
        rss = max(max(x["rss_mb"]) for x in found)
        print(f"| {corpus} | {workers} | {mode} | {len(found)} | {r['articles'] / r['seconds']:.2f} | "
              f"{r['words'] / r['seconds']:,.0f} | {median:,.0f} | {rss:.0f} | "
              f"{'' if ratio is None else f'{ratio:.2f}'} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", default="1,2", help="worker counts, comma-separated")
    parser.add_argument("--corpora", default="voa,polnear", help="corpora, comma-separated")
    parser.add_argument("--modes", default=",".join(MODES), help="runs: spacy, ingest, code")
    parser.add_argument("--limit", type=int, help="at most this many documents per corpus")
    parser.add_argument("--batch-size", type=int, default=8,
                        help="nlp.pipe batch size of the bare spaCy run (default: ours, "
                             "eventwire.run.pool.BATCH_SIZE)")
    parser.add_argument("--rounds", type=int, default=1,
                        help="run the modes this many times, in turn (the machine's speed varies "
                             "from minute to minute: the table shows the fastest and the median)")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        corpus, mode, workers = args.one.split(":")
        print(json.dumps(run_one(corpus, mode, int(workers), args.limit, args.batch_size)))
        return
    if not SHARED.is_dir():
        sys.exit(f"bench_throughput: {SHARED} is missing; the corpora are read from ../shared")
    results = []
    for corpus in args.corpora.split(","):
        for workers in (int(w) for w in args.workers.split(",")):
            for _ in range(args.rounds):
                for mode in args.modes.split(","):
                    results.append(spawn(corpus, mode, workers, args.limit, args.batch_size))
                    show(results[-1])
    table(results)


if __name__ == "__main__":
    main()
