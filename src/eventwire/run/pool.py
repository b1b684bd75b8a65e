"""Coding a stream of articles in batches, in this process or in a pool of worker processes.

Each worker loads the model and its snapshot once, in its initializer, and codes the
batches it is handed; results come back in input order. A bounded number of batches is in
flight, so memory stays bounded on long streams.
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Collection, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TYPE_CHECKING, TypeVar

from eventwire.pipeline import Snapshot, code_articles, default_snapshot
from eventwire.records import Article
from eventwire.run.snapshot import extra_facts, with_facts

if TYPE_CHECKING:
    from eventwire.actors.facts import Fact

T = TypeVar("T")

# articles parsed together in one nlp.pipe call (spaCy parses a batch faster than one by one)
BATCH_SIZE = 8
# batches handed to each worker ahead of the one being stored: bounds memory on long runs
IN_FLIGHT_PER_WORKER = 2
# fewer documents than this per worker are coded in-process: loading a model per worker
# costs more than it saves
SMALL_BATCH_PER_WORKER = 4


def code_stream(articles: Iterable[Article], *, clean: bool = True, workers: int = 1,
                knowledge: Snapshot | None = None,
                languages: Collection[str] | None = ("en",)) -> Iterator[Article]:
    """Code a stream of read articles, in worker processes when `workers` > 1, in order;
    `knowledge` is the snapshot to code against (default: the installed one).

    A stream too short to repay starting workers (each loads the model) is coded here.
    """
    articles = iter(articles)
    head = list(itertools.islice(articles, workers * SMALL_BATCH_PER_WORKER))
    batches = batched(itertools.chain(head, articles), BATCH_SIZE)
    if workers <= 1 or len(head) < workers * SMALL_BATCH_PER_WORKER:
        knowledge = (knowledge or default_snapshot()).warm() if head else knowledge
        for batch in batches:
            yield from map(strip, code_articles(batch, knowledge, clean=clean, languages=languages))
        return
    yield from _code_in_pool(batches, workers, extra_facts(knowledge), clean, languages)


def _code_in_pool(batches: Iterable[list[Article]], workers: int, facts: list[Fact], clean: bool,
                  languages: Collection[str] | None) -> Iterator[Article]:
    with ProcessPoolExecutor(max_workers=workers, initializer=_warm_worker,
                             initargs=(facts,)) as pool:
        pending: deque[Future[list[Article]]] = deque()
        for batch in batches:
            pending.append(pool.submit(_code_in_worker, batch, clean, languages))
            if len(pending) >= workers * IN_FLIGHT_PER_WORKER:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Lists of `size` consecutive items (the last one shorter), read lazily."""
    items = iter(items)
    while batch := list(itertools.islice(items, size)):
        yield batch


# the snapshot a worker process codes against: set once by its initializer, never per document
_worker_snapshot: Snapshot | None = None


def _warm_worker(facts: list[Fact] | None = None) -> None:
    global _worker_snapshot
    # everything loaded once per worker, before the first document
    _worker_snapshot = with_facts(default_snapshot(), facts or []).warm()


def _code_in_worker(articles: list[Article], clean: bool,
                    languages: Collection[str] | None = ("en",)) -> list[Article]:
    return [strip(article) for article in
            code_articles(articles, _worker_snapshot, clean=clean, languages=languages)]


def strip(article: Article) -> Article:
    """Drop the spaCy Doc: it is large and only the coded fields leave the pipeline."""
    article.doc = None
    return article
