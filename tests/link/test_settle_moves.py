"""Settling stories (issue 24): an article linked in order moves to a story that the
articles after it made closer than its own, on average and at its nearest member both."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from eventwire import link
from eventwire.store import story_linking


def _better(monkeypatch, own: str, scored) -> str | None:
    """The story `_better_story` moves an article of story `own` to, among `scored`
    candidates (id, story, similarity)."""
    rows = [SimpleNamespace(id=id_, story_id=story, terms={id_: 1.0}) for id_, story, _ in scored]
    monkeypatch.setattr(story_linking, "_story_candidates", lambda *_: rows)
    monkeypatch.setattr(story_linking, "_frequencies", lambda *_: {})
    monkeypatch.setattr(link.stories, "similarities_to", lambda *_: [s for *_, s in scored])
    monkeypatch.setattr(link.decide, "load_linker", lambda: None)
    article = story_linking.ArticleTerms(id="a", title=None, published=None, terms={"word": 1.0})
    return story_linking._better_story(None, article, own, {story_linking.DOCUMENTS: 10})


def test_an_article_chained_to_a_similar_story_moves_to_its_own_happening(monkeypatch):
    scored = [("x1", "s-x", 0.30), ("x2", "s-x", 0.05), ("y1", "s-y", 0.40), ("y2", "s-y", 0.35)]
    assert _better(monkeypatch, "s-x", scored) == "s-y"


@pytest.mark.parametrize("scored", [
    # better on average, but its own story holds the nearest member
    [("x1", "s-x", 0.60), ("x2", "s-x", 0.05), ("y1", "s-y", 0.40), ("y2", "s-y", 0.35)],
    # nearer at one member, but worse on average
    [("x1", "s-x", 0.30), ("x2", "s-x", 0.30), ("y1", "s-y", 0.40), ("y2", "s-y", 0.05)],
    # no member of the other story is alike enough to join it
    [("x1", "s-x", 0.02), ("y1", "s-y", link.stories.JOIN_THRESHOLD - 0.01)],
])
def test_an_article_stays_unless_another_story_is_closer_both_ways(monkeypatch, scored):
    assert _better(monkeypatch, "s-x", scored) is None


def test_an_article_alone_joins_the_story_it_resembles_best_on_average(monkeypatch):
    scored = [("x1", "s-x", 0.50), ("x2", "s-x", 0.05), ("y1", "s-y", 0.40), ("y2", "s-y", 0.30)]
    assert _better(monkeypatch, "s-a", scored) == "s-y"
    assert _better(monkeypatch, "s-a", [("x1", "s-x", 0.05)]) is None
