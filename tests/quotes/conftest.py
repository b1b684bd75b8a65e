"""An article with hand-made actor entities, coded by the events and quotes stages."""

from __future__ import annotations

import pytest

from eventwire.events import code_events, load_triggers
from eventwire.quotes import find_quotes
from tests.conftest import make_article
from tests.events.conftest import entity


@pytest.fixture
def coded(nlp):
    """coded(text, {mention: country}) -> the Article after code_events and find_quotes."""

    def run(text: str, parties: dict[str, str] | None = None):
        article = make_article(nlp, text)
        article.actors = sorted((entity(text, m, c) for m, c in (parties or {}).items()),
                                key=lambda e: e.start)
        code_events(article, load_triggers())
        find_quotes(article)
        return article

    return run
