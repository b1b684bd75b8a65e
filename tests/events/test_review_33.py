"""Review of round 33 (speed): an identity test the speed pass made work changed the targets of
light verbs. Before the pass, spaCy handed out a new Token on every ``.children`` access, so a
light verb's own noun ("expressed support", "launched an attack") always counted among its
objects, and the figurative rules that read those objects relied on it. The pass must change
no output; these sentences, written for the review, pin the behaviour down.
"""

from __future__ import annotations

import functools

import pytest

from eventwire.pipeline import code_articles
from eventwire.records import Article


@functools.cache
def _types(text: str) -> frozenset[str]:
    [doc] = code_articles([Article(id="r33", text=text, published="2025-03-14")], clean=False)
    return frozenset(e.type for e in doc.events)


NO_EVENT = [
    # support shown at a sports match is no political support
    ("Supporters in the stands voiced support for the umpire after Saturday's final.", "SUPPORT"),
    ("The home crowd showed support for the linesman during the derby.", "SUPPORT"),
    # a verbal attack in a campaign is no assault
    ("The senator launched a blistering attack in the televised debate on her opponent's budget.",
     "ASSAULT"),
]


@pytest.mark.parametrize(("text", "kind"), NO_EVENT)
def test_light_verb_objects_keep_the_figurative_reading(text: str, kind: str) -> None:
    assert kind not in _types(text)
