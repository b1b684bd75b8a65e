"""Checking novelty claims ("first", "first-ever") against the history in the store.

A claim that an event is the first of its kind between its parties is weighed against the
earlier happenings of the same type between the same parties. Earlier events do not
refute a qualified claim ("at this level", "formal", "official"): they show the level at
which the earlier contacts took place, so a reader can judge whether both claims hold.
"""

from __future__ import annotations

from typing import Any

QUALIFIERS = ("level", "formal", "official", "ministerial", "since", "direct", "public", "high-level")


def level(event: dict[str, Any]) -> list[str]:
    """Who took part, as offices where known ("Foreign Secretary"), else sector codes."""
    found: list[str] = []
    for entity in (event.get("actor") or []) + (event.get("recipient") or []):
        label = entity.get("office") or entity.get("sector")
        if label and f"{entity.get('country') or '?'} {label}" not in found:
            found.append(f"{entity.get('country') or '?'} {label}")
    return found


def qualified(claim_text: str) -> bool:
    """True when the claim limits itself ("first formal", "first at this level", "first since")."""
    text = claim_text.lower()
    return any(word in text for word in QUALIFIERS)


def assess(claim_text: str, earlier: list[dict[str, Any]]) -> str:
    """A one-line reading of the evidence for and against the claim."""
    if not earlier:
        return "supported: the store holds no earlier event of this type between these parties"
    if qualified(claim_text):
        return (f"qualified: {len(earlier)} earlier event(s) between these parties; the claim holds "
                "only for its stated qualifier (compare the levels)")
    return f"contradicted: {len(earlier)} earlier event(s) of this type between these parties"
