"""The per-document pipeline: a pure function of (article, snapshot).

read -> clean -> analyse -> actors -> events -> when -> where -> quotes

Every stage is a function ``stage(article, snapshot)`` (or ``stage(article)``) that reads
some fields of the :class:`~eventwire.records.Article` and writes others; its docstring says
which. Nothing here touches the store, so the same code runs in a test, in worker
processes and on a Dask cluster.
"""

from __future__ import annotations

import functools
import gc
import logging
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from typing import Any

from eventwire.errors import EventwireError
from eventwire.records import Article

log = logging.getLogger(__name__)

# allocations between two collections of the garbage collector's young generation once a
# snapshot is warm (Python's default is 700; see Snapshot.warm)
YOUNG_COLLECTION_THRESHOLD = 20_000

# a short text of our own that passes through every stage, coded once by Snapshot.warm()
WARM_UP_TEXT = ("KABUL, May 4 (Wire) - Afghan and Pakistani officials met in Doha on Tuesday and "
                "agreed to reopen the border crossing at Torkham, a spokesman for the ministry said.")


@dataclass
class Snapshot:
    """Everything a document is coded against, loaded once per process: the spaCy model,
    the actor knowledge, the trigger lexicon and the gazetteer.

    Loaders are lazy so that reading and cleaning need no model.
    """

    model_name: str | None = None
    warmed: bool = field(default=False, init=False, repr=False, compare=False)

    @functools.cached_property
    def nlp(self) -> Any:
        from eventwire.nlp import load_model

        return load_model(self.model_name)

    @functools.cached_property
    def actors(self) -> Any:
        from eventwire.actors import load_actor_knowledge

        return load_actor_knowledge()

    @functools.cached_property
    def triggers(self) -> Any:
        from eventwire.events import load_triggers

        return load_triggers()

    @functools.cached_property
    def gazetteer(self) -> Any:
        from eventwire.where import default_gazetteer

        return default_gazetteer()  # the same copy the actors stage reads places from

    def warm(self) -> Snapshot:
        """Load everything coding reads (the model, the actor, trigger and place tables, the
        language identifier, the time rules' one-pass pattern, and what the stages load on
        first use: the learned models, the ranker) now, so that the first document does not
        pay for it; each worker process calls it once, before its first batch.

        What is loaded then lives as long as the process, so it is moved out of the garbage
        collector's sight (``gc.freeze``): a full collection otherwise walks all of it again,
        about 0.2 s each time on the development machine, several times per thousand
        articles. Coding then allocates millions of short-lived objects (spaCy tokens and
        spans, candidate tuples): the young generation is collected every
        YOUNG_COLLECTION_THRESHOLD allocations instead of Python's 700, which leaves most
        full collections out and cuts the collector's share of coding from about 7 % to 2 %
        (nothing coded depends on when garbage is freed)."""
        from eventwire.clean.language import identifier
        from eventwire.when.find import one_pass_pattern

        if self.warmed:
            return self
        for part in ("nlp", "actors", "triggers", "gazetteer"):
            getattr(self, part)
        identifier()
        one_pass_pattern()
        code_articles([Article(id="warm-up", text=WARM_UP_TEXT)], self, clean=False)
        gc.collect()
        gc.freeze()
        young, *older = gc.get_threshold()
        gc.set_threshold(max(young, YOUNG_COLLECTION_THRESHOLD), *older)
        self.warmed = True
        return self


@functools.lru_cache(maxsize=1)
def default_snapshot() -> Snapshot:
    """The installed snapshot, one per process."""
    return Snapshot()


def code_article(article: Article, snapshot: Snapshot | None = None, clean: bool = True,
                 languages: Collection[str] | None = ("en",)) -> Article:
    """Run every stage on one article (in place) and return it.

    An article that arrives with ``errors`` (it could not be read) is returned as it is; an
    error inside a stage is recorded in ``errors`` and leaves ``events`` empty.
    """
    return code_articles([article], snapshot, clean=clean, languages=languages)[0]


def code_articles(articles: Sequence[Article], snapshot: Snapshot | None = None,
                  clean: bool = True, languages: Collection[str] | None = ("en",)) -> list[Article]:
    """Run every stage on each article (in place), parsing the batch in one ``nlp.pipe`` call.

    The same stages as :func:`code_article`, with the same results; spaCy parses a batch
    of texts faster than the same texts one by one. Returns the articles, in order.
    """
    snapshot = snapshot or default_snapshot()
    cleaned = [article for article in articles if _guarded(article, _clean, clean, languages)]
    parsed = _parse(cleaned, snapshot)
    for article in parsed:
        _guarded(article, _code_parsed, snapshot)
    return list(articles)


def _clean(article: Article, clean: bool, languages: Collection[str] | None) -> None:
    from eventwire import clean as cleaning

    cleaning.clean_article(article, enabled=clean, languages=languages)


def _parse(articles: list[Article], snapshot: Snapshot) -> list[Article]:
    """The articles whose text spaCy parsed (into ``doc``); a failed batch is parsed one by one,
    so that only the article that fails carries the error."""
    from eventwire.nlp import analyse_all

    try:
        analyse_all(articles, snapshot.nlp)
        return articles
    except Exception:  # noqa: BLE001 - parsed again one by one, where the error is recorded
        return [article for article in articles if _guarded(article, _analyse_one, snapshot)]


def _analyse_one(article: Article, snapshot: Snapshot) -> None:
    from eventwire.nlp import analyse

    analyse(article, snapshot.nlp)


def _code_parsed(article: Article, snapshot: Snapshot) -> None:
    """The stages after the parse: actors, events, time, place, refinement, quotes."""
    from eventwire import actors, events, quotes, when, where
    from eventwire.actors.dated import redate_parties

    actors.code_actors(article, snapshot.actors)
    events.code_events(article, snapshot.triggers)
    when.date_events(article)
    redate_parties(article, snapshot.actors)   # parties as they stood on the event's date
    where.locate_events(article, snapshot.gazetteer)
    events.refine_modes(article)
    quotes.find_quotes(article)


def _guarded(article: Article, stage: Callable[..., None], *args: Any) -> bool:
    """Run `stage` on the article unless it already failed; an error is recorded in
    ``errors`` (and ``events`` emptied) instead of stopping the batch. True if it has none."""
    if article.errors:
        return False
    try:
        stage(article, *args)
    except EventwireError as exc:
        article.events = []
        article.errors.append(str(exc))
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop a batch
        log.exception("coding %s failed", article.id)
        article.events = []
        article.errors.append(f"{article.origin or article.id}: internal error while coding: {exc!r}")
    return not article.errors
