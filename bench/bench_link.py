"""Linking cost as the store grows: dedup (happenings) and story linking, per new item.

    .venv/bin/python bench/bench_link.py [--sizes 10000,100000,1000000] [--probes 2000]

For each size N, a fresh SQLite store is filled with N synthetic happenings (random type,
one or two of 60 countries, a day in ten years) and N synthetic articles (a signature of
random words from a 20,000-word vocabulary, a publication day in ten years), written in
bulk; then `--probes` new events and `--probes / 4` new articles are linked one by one
through the store's own functions and timed. Constant time per item as N grows means
linking cost near-linear in the size of the corpus. Prints one line per size and a table.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert

from eventwire.store import Store, linking
from eventwire.store import schema as S

TYPES = ["CONSULT", "AGREE", "ACCUSE", "ASSAULT", "AID", "COERCE", "PROTEST", "REQUEST"]
COUNTRIES = [f"C{i:02d}" for i in range(60)]
START = dt.date(2015, 1, 1)
VOCABULARY = [f"w{i}" for i in range(20_000)]


def _day(rng: random.Random) -> str:
    return (START + dt.timedelta(days=rng.randrange(3650))).isoformat()


def _parties(rng: random.Random) -> list[str]:
    return sorted(rng.sample(COUNTRIES, rng.choice((1, 2, 2))))


def fill(store: Store, size: int, rng: random.Random) -> None:
    """Bulk-insert `size` happenings (with their party index) and `size` articles."""
    batch = 50_000
    with store.engine.begin() as connection:
        for offset in range(0, size, batch):
            happenings, parties, articles, terms = [], [], [], []
            for n in range(offset, min(size, offset + batch)):
                day, type_, countries = _day(rng), rng.choice(TYPES), _parties(rng)
                happenings.append({"id": f"h{n}", "type": type_, "parties": ",".join(countries),
                                   "date_value": day, "date_end": day, "granularity": "day",
                                   "location_country": None, "num_reports": 1})
                parties += [{"happening_id": f"h{n}", "country": c, "type": type_, "date_value": day,
                             "date_end": day} for c in countries]
                words = rng.sample(VOCABULARY, 12)
                articles.append(_article(f"a{n}", _day(rng), words))
                terms += [{"term": w, "article_id": f"a{n}", "published": articles[-1]["published"]}
                          for w in words]
            connection.execute(insert(S.HappeningRow), happenings)
            connection.execute(insert(S.HappeningPartyRow), parties)
            connection.execute(insert(S.ArticleRow), articles)
            connection.execute(insert(S.ArticleTermRow), terms)


def _article(id_: str, published: str, words: list[str]) -> dict:
    return {"id": id_, "content_hash": id_, "title": None, "published": published, "language": "en",
            "source": None, "url": None, "origin": None, "text": "", "removed": [], "meta": {},
            "coded": {}, "terms": {w: 1.0 for w in words}, "story_id": None, "coder_version": "bench",
            "ingested_at": dt.datetime.now(dt.UTC)}


def probe_happenings(store: Store, probes: int, rng: random.Random) -> float:
    """Seconds per new event linked to a happening."""
    with store._session() as session:  # noqa: SLF001 - a benchmark of the store's internals
        started = time.perf_counter()
        for n in range(probes):
            countries = _parties(rng)
            event = {"id": f"probe-{n}", "type": rng.choice(TYPES), "modality": "asserted",
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
            row = S.ArticleRow(**_article(f"probe-{n}", _day(rng), rng.sample(VOCABULARY, 12)))
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
    args = parser.parse_args()
    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        rng = random.Random(size)
        with tempfile.TemporaryDirectory(prefix="eventwire-bench-") as tmp:
            store = Store(f"sqlite:///{Path(tmp) / 'bench.db'}")
            started = time.perf_counter()
            fill(store, size, rng)
            filled = time.perf_counter() - started
            per_event = probe_happenings(store, args.probes, rng)
            per_article = probe_stories(store, max(1, args.probes // 4), rng)
            store.close()
        rows.append((size, filled, per_event, per_article))
        print(f"{size:>9,} happenings+articles: filled in {filled:.1f} s; "
              f"dedup {per_event * 1e3:.2f} ms/event; story linking {per_article * 1e3:.2f} ms/article",
              flush=True)
    print("\n| store size | dedup ms/event | stories ms/article |\n|---:|---:|---:|")
    for size, _, per_event, per_article in rows:
        print(f"| {size:,} | {per_event * 1e3:.2f} | {per_article * 1e3:.2f} |")


if __name__ == "__main__":
    main()
