"""Linking cost as the store grows: dedup (happenings) and story linking, per new item.

    .venv/bin/python bench/bench_link.py [--sizes 10000,100000,1000000] [--probes 2000] [--dir DIR]

For each size N, a fresh SQLite store is filled with N synthetic events by bench/synthetic.py
(about 0.4 N articles, 0.6 N happenings with their party index, stories and the term index,
written through the driver's bulk path); then `--probes` new events (types, countries and
dates drawn like the store's) and `--probes / 4` new articles are linked one by one through
the store's own functions and timed. Constant time per item as N grows means linking cost
near-linear in the size of the corpus. Prints one line per size and a table. With `--dir`,
the stores are kept there (DIR/link-N.db) and reused by the next run (probes are rolled back).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import tempfile
import time
from pathlib import Path
from typing import Any

import synthetic

from eventwire.store import Store, linking
from eventwire.store import schema as S


def _day(rng: random.Random) -> str:
    return (synthetic.START + dt.timedelta(days=rng.randrange(synthetic.DAYS))).isoformat()


def _parties(world: synthetic.World, rng: random.Random) -> list[str]:
    if rng.random() < synthetic.HOT_DYAD_SHARE:
        return list(world.hot_dyad(rng))
    return sorted({world.country(rng).code for _ in range(rng.choice((1, 2, 2)))})


def _article(id_: str, published: str, words: list[str]) -> dict[str, Any]:
    return {"id": id_, "content_hash": id_, "title": None, "published": published, "language": "en",
            "source": None, "url": None, "origin": None, "text": "", "removed": [], "meta": {},
            "coded": {}, "terms": {w: 1.0 for w in words}, "story_id": None, "coder_version": "bench",
            "ingested_at": dt.datetime.now(dt.UTC)}


def probe_happenings(store: Store, probes: int, rng: random.Random) -> float:
    """Seconds per new event linked to a happening."""
    world = synthetic.World.build()
    with store._session() as session:  # noqa: SLF001 - a benchmark of the store's internals
        started = time.perf_counter()
        for n in range(probes):
            countries = _parties(world, rng)
            event = {"id": f"probe-{n}", "type": world.type_(rng), "modality": "asserted",
                     "actor": [{"country": countries[0]}],
                     "recipient": [{"country": c} for c in countries[1:]],
                     "date": {"value": _day(rng), "granularity": "day"}, "location": None}
            linking.assign_happening(session, event)
        elapsed = time.perf_counter() - started
        session.rollback()
    return elapsed / probes


def probe_stories(store: Store, probes: int, rng: random.Random) -> float:
    """Seconds per new article linked to a story."""
    with store._session() as session:  # noqa: SLF001
        started = time.perf_counter()
        for n in range(probes):
            words = rng.sample(synthetic.VOCABULARY, synthetic.SIGNATURE_WORDS)
            row = S.ArticleRow(**_article(f"probe-{n}", _day(rng), words))
            session.add(row)
            session.flush()
            linking.assign_story(session, row)
        elapsed = time.perf_counter() - started
        session.rollback()
    return elapsed / probes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--probes", type=int, default=2000)
    parser.add_argument("--dir", type=Path, help="keep the filled stores here and reuse them")
    args = parser.parse_args()
    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        rng = random.Random(size)
        with tempfile.TemporaryDirectory(prefix="eventwire-bench-") as tmp:
            path = (args.dir or Path(tmp)) / f"link-{size}.db"
            started = time.perf_counter()
            if not path.exists():
                synthetic.fill(f"sqlite:///{path}", size, seed=size)
            filled = time.perf_counter() - started
            store = Store(f"sqlite:///{path}")
            per_event = probe_happenings(store, args.probes, rng)
            per_article = probe_stories(store, max(1, args.probes // 4), rng)
            store.close()
        rows.append((size, filled, per_event, per_article))
        print(f"{size:>9,} events: filled in {filled:.1f} s; "
              f"dedup {per_event * 1e3:.2f} ms/event; story linking {per_article * 1e3:.2f} ms/article",
              flush=True)
    print("\n| store size (events) | dedup ms/event | stories ms/article |\n|---:|---:|---:|")
    for size, _, per_event, per_article in rows:
        print(f"| {size:,} | {per_event * 1e3:.2f} | {per_article * 1e3:.2f} |")


if __name__ == "__main__":
    main()
