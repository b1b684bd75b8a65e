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
from sqlalchemy import func, select

from eventwire.store import Store, happenings, story_linking
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
            happenings.assign_happening(session, event)
        elapsed = time.perf_counter() - started
        session.rollback()
    return elapsed / probes


def probe_stories(store: Store, probes: int, rng: random.Random) -> tuple[float, float, float]:
    """Seconds per new article linked to a story: all probes, then the fresh ones (random
    words) and the follow-ups (a stored article's features with a third of its words
    replaced, as a later report of its story), which join an existing story and so also run
    the check that holds the story together (`story_linking.hold_story`)."""
    with store._session() as session:  # noqa: SLF001
        count = session.scalar(select(func.count()).select_from(S.ArticleRow)) or 0
        picked = [f"syn-{n:08d}" for n in rng.sample(range(1, count + 1), min(count, probes // 2))]
        rows = session.execute(select(S.ArticleRow.terms, S.ArticleRow.published)
                               .where(S.ArticleRow.id.in_(picked))).all() if picked else []
        seconds = {"fresh": 0.0, "follow-up": 0.0}
        counted = {"fresh": 0, "follow-up": 0}
        joined = 0
        for n in range(probes):
            if n % 2 and rows:
                terms, published = rows[(n // 2) % len(rows)]
                words = [w for w in terms if w[0] not in "@#"]
                kept = dict(terms)
                for word in rng.sample(words, len(words) // 3):
                    del kept[word]
                    kept[rng.choice(synthetic.VOCABULARY)] = 1.0
                kind, row = "follow-up", S.ArticleRow(**_article(f"probe-{n}", published, []))
                row.terms = kept
            else:
                words = rng.sample(synthetic.VOCABULARY, synthetic.SIGNATURE_WORDS)
                kind, row = "fresh", S.ArticleRow(**_article(f"probe-{n}", _day(rng), words))
            started = time.perf_counter()
            session.add(row)
            session.flush()
            story_id = story_linking.assign_story(session, row)
            seconds[kind] += time.perf_counter() - started
            joined += kind == "follow-up" and story_id != f"s-probe-{n}"
            counted[kind] += 1
        session.rollback()
    print(f"  {joined} of {counted['follow-up']} follow-ups joined a stored story", flush=True)
    return (sum(seconds.values()) / probes, seconds["fresh"] / max(1, counted["fresh"]),
            seconds["follow-up"] / max(1, counted["follow-up"]))


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
        rows.append((size, filled, per_event, *per_article))
        print(f"{size:>9,} events: filled in {filled:.1f} s; dedup {per_event * 1e3:.2f} ms/event; "
              f"story linking {per_article[0] * 1e3:.2f} ms/article (fresh {per_article[1] * 1e3:.2f}, "
              f"follow-up {per_article[2] * 1e3:.2f})", flush=True)
    print("\n| store size (events) | dedup ms/event | stories ms/article | fresh | follow-up |\n"
          "|---:|---:|---:|---:|---:|")
    for size, _, per_event, per_article, fresh, follow_up in rows:
        print(f"| {size:,} | {per_event * 1e3:.2f} | {per_article * 1e3:.2f} | {fresh * 1e3:.2f} "
              f"| {follow_up * 1e3:.2f} |")


if __name__ == "__main__":
    main()
