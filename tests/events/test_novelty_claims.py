"""Novelty claims are claims about political events, not every "first" (issue 22, item 9).

The sentences were written before the rule changed: the non-claims are the kinds that padded
the claims view ("first place", "first refugees"), the claims say that an event between
political actors is new.
"""

from __future__ import annotations

import pytest

from eventwire.events.claims import find_claims
from tests.conftest import make_article

CLAIMS = [
    ("India held its first-ever meeting with Afghanistan at this level.", "first-ever meeting"),
    ("For the first time, Kenyan ministers met opposition leaders in Nairobi.", "For the first time"),
    ("The Iranian foreign minister visited Cairo, the first such visit since 2013.", "first such visit"),
    ("Never before had a Pakistani prime minister addressed the Afghan parliament.", "Never before"),
    ("The two governments held their first direct talks in a decade on Monday.", "first direct talks"),
    ("Modi became the first Indian prime minister to visit Kabul in 15 years.",
     "first Indian prime minister"),
    ("It was the first official contact between Seoul and Pyongyang since 2018.", "first official contact"),
    ("Officials said it was the first time Chinese warships had sailed through the strait.", "first time"),
]

NOT_CLAIMS = [
    "Kenya finished in first place in the regional football tournament on Sunday.",
    "The first refugees crossed the border into Poland on Monday, officials said.",
    "The economy grew in the first half of the year, the central bank said.",
    "Nigeria won the first round of the World Cup qualifiers against Ghana.",
    "The minister first announced the plan in March, before the elections.",
    "The first phase of the ceasefire began on Sunday after weeks of fighting.",
    "Lula took the lead in the first round of the presidential election.",
]


def _claims(nlp, text: str) -> list[str]:
    article = make_article(nlp, text)
    return [claim.text for sentence in article.doc.sents for _, claim in find_claims(sentence)]


@pytest.mark.parametrize(("text", "start"), CLAIMS)
def test_a_novelty_claim_about_a_political_event_is_found(nlp, text, start):
    found = _claims(nlp, text)
    assert len(found) == 1 and found[0].startswith(start), found


@pytest.mark.parametrize("text", NOT_CLAIMS)
def test_an_ordinal_first_is_no_claim(nlp, text):
    assert _claims(nlp, text) == []
