"""The actor knowledge base at world scale: load time, memory and look-up speed.

    .venv/bin/python bench/bench_kb.py [--phrases 50000] [--seed 7]

Indexes the full knowledge snapshot (the core files and every file in ``actors/data/kb/``)
in a fresh process and reports the time it took, the number of people, organisations and
phrases, and the peak RSS after it; then the time to load the cached (pickled) snapshot, as
a worker does once. Then times
``ActorKnowledge.lookup`` on `--phrases` token tuples (half names the snapshot knows, half
names it does not, as mention candidates are) and ``person_at`` on as many (person, date)
pairs with dates from 1990 to 2026, and prints the mean and p99 per call in microseconds.
Issue 20 asks that look-ups stay sub-millisecond.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import random
import resource
import statistics
import time
from collections.abc import Callable
from typing import Any

from eventwire.actors.knowledge import ActorKnowledge, build_actor_knowledge, load_actor_knowledge
from eventwire.actors.tables import DATA_DIR


def _timed(calls: list[Callable[[], Any]]) -> tuple[float, float]:
    """Mean and p99 of one call each, in microseconds."""
    times = []
    for call in calls:
        started = time.perf_counter_ns()
        call()
        times.append((time.perf_counter_ns() - started) / 1000)
    times.sort()
    return statistics.fmean(times), times[int(len(times) * 0.99) - 1]


def _phrases(knowledge: ActorKnowledge, count: int, rng: random.Random) -> list[tuple[str, ...]]:
    known = rng.sample(sorted(knowledge.phrases), min(count // 2, len(knowledge.phrases)))
    words = [w for key in known for w in key]
    unknown = [tuple(rng.choice(words) for _ in range(rng.randint(1, 4)))
               for _ in range(count - len(known))]
    return known + unknown


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--phrases", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)

    import spacy  # noqa: F401 - imported first so that the load time is the snapshot's own

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started = time.perf_counter()
    knowledge = build_actor_knowledge(DATA_DIR)
    built = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rows = sum(len(r) for r in knowledge.people.values()) + sum(len(r) for r in knowledge.orgs.values())
    print(f"index the data files: {built:.2f} s; {len(knowledge.people):,} people, "
          f"{len(knowledge.orgs):,} organisations, {rows:,} dated rows, "
          f"{len(knowledge.phrases):,} phrases")
    print(f"peak RSS after indexing: {peak:.0f} MB (before: {before:.0f} MB)")
    load_actor_knowledge()  # writes the cached snapshot if there is none yet
    started = time.perf_counter()
    knowledge = load_actor_knowledge()
    print(f"load the cached snapshot (what a worker does): {time.perf_counter() - started:.2f} s")

    phrases = _phrases(knowledge, args.phrases, rng)
    mean, p99 = _timed([functools.partial(knowledge.lookup, p) for p in phrases])
    print(f"lookup: mean {mean:.2f} us, p99 {p99:.2f} us over {len(phrases):,} phrases")

    people = sorted(knowledge.people)
    first, days = dt.date(1990, 1, 1), (dt.date(2026, 12, 31) - dt.date(1990, 1, 1)).days
    pairs = [(rng.choice(people), first + dt.timedelta(days=rng.randrange(days)))
             for _ in range(args.phrases)]
    mean, p99 = _timed([functools.partial(knowledge.person_at, p, d) for p, d in pairs])
    print(f"person_at: mean {mean:.2f} us, p99 {p99:.2f} us over {len(pairs):,} (person, date) pairs")


if __name__ == "__main__":
    main()
