"""Probes of review 30c (in our own words): the owner of a noun inside a verb trigger as its target
("ordered *the captain's* release") only when it names someone. "its" or "their" with nothing
coded behind it names no one: no target is better than a target reading "its". "his" or "her"
takes the coding of the person it stands for when one is named just before."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.events.conftest import covers, event_of, sides

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("sentence", "trigger", "pronoun"), [
    ("The court ordered its release.", "release", "its"),
    ("Their proposal was rejected by the union.", "rejected", "Their"),
    ("A judge in Accra ordered their release on bail.", "release", "their"),
    ("Its plan was turned down by the regional assembly.", "turned", "Its"),
])
def test_no_bare_pronoun_owner_as_target(code: Callable[[str], Any], sentence: str, trigger: str,
                                         pronoun: str) -> None:
    article = code(sentence)
    event = event_of(article, trigger)
    assert not covers(event.recipient, sentence, pronoun), sides(article)


@pytest.mark.parametrize(("sentence", "trigger", "owner", "country"), [
    # a person named just before: "his"/"her" carries that person's coding
    ("Police detained the Kenyan activist Mary Wanjiku on Monday. A judge ordered her release.",
     "release", "her", "KEN"),
    # a named owner stays the target (must stay)
    ("A court in Quito ordered the Chilean captain's release on Friday.", "release", "captain", "CHL"),
])
def test_owner_that_names_someone_is_target(code: Callable[[str], Any], sentence: str, trigger: str,
                                            owner: str, country: str) -> None:
    article = code(sentence)
    event = event_of(article, trigger)
    assert covers(event.recipient, sentence, owner), sides(article)
    assert any(e.country == country for e in event.recipient), sides(article)
