"""The per-document pipeline: a pure function of (article, knowledge snapshot).

read -> clean -> analyse -> actors -> events -> when -> where -> quotes

Every stage is a function ``stage(article, knowledge)`` (or ``stage(article)``) that reads
some fields of the :class:`~eventwire.records.Article` and writes others; its docstring says
which. Nothing here touches the store, so the same code runs in a test, in worker
processes and on a Dask cluster.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from eventwire.errors import EventwireError
from eventwire.records import Article

log = logging.getLogger(__name__)


@dataclass
class Knowledge:
    """Everything a document is coded against, loaded once per process.

    Loaders are lazy so that reading and cleaning need no model.
    """

    model_name: str | None = None

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
        from eventwire.where import load_gazetteer

        return load_gazetteer()


@functools.lru_cache(maxsize=1)
def default_knowledge() -> Knowledge:
    return Knowledge()


def code_article(article: Article, knowledge: Knowledge | None = None, clean: bool = True,
                 languages: Collection[str] | None = ("en",)) -> Article:
    """Run every stage on one article (in place) and return it.

    An article that arrives with ``errors`` (it could not be read) is returned as it is; an
    error inside a stage is recorded in ``errors`` and leaves ``events`` empty.
    """
    from eventwire import actors, events, nlp, quotes, when, where
    from eventwire import clean as cleaning

    if article.errors:
        return article
    knowledge = knowledge or default_knowledge()
    try:
        cleaning.clean_article(article, enabled=clean, languages=languages)
        if article.errors:
            return article
        nlp.analyse(article, knowledge.nlp)
        actors.code_actors(article, knowledge.actors)
        events.code_events(article, knowledge.triggers)
        when.date_events(article)
        where.locate_events(article, knowledge.gazetteer)
        events.refine_modes(article)
        quotes.find_quotes(article)
    except EventwireError as exc:
        article.events = []
        article.errors.append(str(exc))
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop a batch
        log.exception("coding %s failed", article.id)
        article.events = []
        article.errors.append(f"{article.origin or article.id}: internal error while coding: {exc!r}")
    return article
