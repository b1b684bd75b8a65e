"""Which story an article joins: the qualifying story it resembles best on average."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from eventwire import link
from eventwire.store import story_linking

# candidate articles, their stories and their similarity to the new article
BRIDGE = [("x1", "s-x", 0.50), ("x2", "s-x", 0.05), ("x3", "s-x", 0.04), ("y1", "s-y", 0.40)]


def _best(monkeypatch, scored, linker=None):
    """The story of the neighbour `_best_neighbour` picks among `scored` candidates."""
    rows = [SimpleNamespace(id=id_, story_id=story, terms={id_: 1.0}) for id_, story, _ in scored]
    monkeypatch.setattr(story_linking, "_story_candidates", lambda *_: rows)
    monkeypatch.setattr(story_linking, "_frequencies", lambda *_: {})
    monkeypatch.setattr(link.stories, "similarities_to", lambda *_: [s for *_, s in scored])
    monkeypatch.setattr(link.decide, "load_linker", lambda: linker)
    article = story_linking.ArticleTerms(id="new", title=None, published=None, terms={"word": 1.0})
    best = story_linking._best_neighbour(None, article, {story_linking.DOCUMENTS: 10})
    return best.story_id if best is not None else None


def test_a_story_whose_members_resemble_the_article_on_average_beats_one_close_member(monkeypatch):
    """x1 alone is closest, but the rest of its story is unlike the article; y1's story wins."""
    assert _best(monkeypatch, BRIDGE) == "s-y"


def test_a_story_qualifies_only_through_a_member_above_the_threshold(monkeypatch):
    """s-y is alike on average but none of its members reaches the threshold."""
    low = link.stories.JOIN_THRESHOLD - 0.01
    scored = [("x1", "s-x", 0.50), ("x2", "s-x", 0.05), ("y1", "s-y", low), ("y2", "s-y", low)]
    assert _best(monkeypatch, scored) == "s-x"


def test_nothing_alike_enough_starts_a_new_story(monkeypatch):
    assert _best(monkeypatch, [("x1", "s-x", link.stories.JOIN_THRESHOLD / 2)]) is None


@pytest.mark.parametrize("order", [BRIDGE, BRIDGE[::-1]])
def test_the_choice_does_not_depend_on_the_order_of_the_candidates(monkeypatch, order):
    tied = [(id_, story, 0.3) for id_, story, _ in order]
    assert _best(monkeypatch, tied) == "s-x"
