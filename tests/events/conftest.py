"""Helpers: an article with hand-made actor entities, coded by the events stage."""

from __future__ import annotations

import pytest

from eventwire.events import code_events, load_triggers
from eventwire.records import Entity
from tests.conftest import make_article


def entity(text: str, mention: str, country: str, occurrence: int = 0) -> Entity:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(mention, start + 1)
    return Entity(mention, start, start + len(mention), name=mention, country=country)


@pytest.fixture
def coded(nlp):
    """coded(text, {mention: country}) -> the Article after code_events."""

    def run(text: str, parties: dict[str, str] | None = None):
        article = make_article(nlp, text)
        article.actors = [entity(text, m, c) for m, c in (parties or {}).items()]
        article.actors.sort(key=lambda e: e.start)
        code_events(article, load_triggers())
        return article

    return run


def countries(entities) -> set[str]:
    return {e.country for e in entities}


def typed(article, event_type):
    """The article's first event of `event_type`; fails listing the events when there is none."""
    found = [e for e in article.events if e.type == event_type]
    assert found, [(e.type, e.trigger.text) for e in article.events]
    return found[0]


def token(doc, word: str):
    """The first token of `doc` whose lower-case text is `word`."""
    return next(t for t in doc if t.lower_ == word)


def sides(article):
    """Each event's type, trigger, actor texts and recipient texts: what a failing role test prints."""
    return [(e.type, e.trigger.text, [a.text for a in e.actor], [r.text for r in e.recipient])
            for e in article.events]


def first_of(article, *types: str):
    """The article's first event of one of `types`; fails listing every event's sides."""
    found = [e for e in article.events if e.type in types]
    assert found, sides(article)
    return found[0]


@pytest.fixture
def recorded(nlp):
    """recorded(text) -> the Article coded with the training switch on: each event keeps its
    confidence features and its role candidates' features."""
    from eventwire.api import code_text
    from eventwire.events.confidence import Recorder

    def run(text: str):
        Recorder.on = True
        try:
            return code_text(text)
        finally:
            Recorder.on = False

    return run


def row_params(rows, xfail, *fields, **defaults):
    """One pytest param per row of a written set: the values of ``fields``, then of each
    optional field in ``defaults`` (its default when the row lacks it), or the row itself
    when no field is named; a row whose text ``xfail`` names is a strict xfail with the reason."""
    for row in rows:
        reason = xfail.get(row["text"])
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        values = [row[f] for f in fields] + [row.get(k, d) for k, d in defaults.items()]
        yield pytest.param(*(values or [row]), marks=marks, id=row["text"][:48])
