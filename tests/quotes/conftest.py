"""An article with hand-made actor entities, coded by the quote stage alone."""

from __future__ import annotations

import pytest

from eventwire.quotes import find_quotes
from eventwire.records import Entity
from tests.conftest import make_article


def person(text: str, mention: str, occurrence: int = 0) -> Entity:
    """An Entity of kind "person" for the ``occurrence``-th ``mention`` in ``text``."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(mention, start + 1)
    return Entity(mention, start, start + len(mention), name=mention, kind="person")


@pytest.fixture
def quotes(nlp):
    """quotes(text, [mention, ...]) -> the quotes find_quotes gives, actors being those mentions."""

    def run(text: str, mentions: tuple[str, ...] = ()):
        article = make_article(nlp, text)
        article.actors = sorted((person(text, m) for m in mentions), key=lambda e: e.start)
        find_quotes(article)
        return article.quotes

    return run


def at(text: str, part: str) -> tuple[str, int, int]:
    """``(part, start, end)`` of the first occurrence of ``part`` in ``text``."""
    start = text.index(part)
    return part, start, start + len(part)


def spans(quote) -> tuple[tuple[str, int, int], ...]:
    """The quote's speaker, cue and content as ``(text, start, end)``."""
    parts = (quote.speaker, quote.cue, quote.content)
    return tuple((p.text, p.start, p.end) if p is not None else None for p in parts)
