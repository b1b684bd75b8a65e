"""A country's embassy, consulate or high commission stands in the host country.

"at India's embassy", "the Embassy of India", "the Russian consulate": the country named is
the one that sends the mission, not where it is. Such a mention is left out of the places
(the host, when the text names it, is a place of its own: "the Indian embassy in Doha").
"""

from __future__ import annotations

import functools
from typing import Any

from eventwire import datafiles

_MODIFIER_DEPS = {"poss", "amod", "compound", "nmod"}


@functools.lru_cache(maxsize=1)
def mission_nouns() -> dict[str, str]:
    """Mission noun (lemma) -> the modifier it needs ("" for none), from mission_nouns.tsv."""
    rows = datafiles.table("where", "mission_nouns.tsv", ("noun", "modifier"), required=("noun",))
    return {row["noun"].lower(): row["modifier"].lower() for row in rows}


def is_mission(token: Any) -> bool:
    """Whether ``token`` is a mission noun (with its required modifier, if any)."""
    needed = mission_nouns().get(token.lemma_.lower(), mission_nouns().get(token.lower_))
    if needed is None:
        return False
    return not needed or any(child.lower_ == needed for child in token.children)


def names_a_sender(doc: Any, start: int, end: int) -> bool:
    """Whether the mention ``doc[start:end]`` names the country sending a mission."""
    root = doc[start:end].root
    head = root.head
    if root.dep_ in _MODIFIER_DEPS and is_mission(head):
        return True
    return root.dep_ == "pobj" and head.lower_ == "of" and is_mission(head.head)
