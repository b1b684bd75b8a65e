"""`eventwire actors`: one JSON request per stdin line in, one ENTITY line out."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from typing import Any

from eventwire.pipeline import default_knowledge


def _request(line: str, n: int) -> tuple[str, str | None, dt.date | None]:
    """(mention, context, date) from one input line; raises ValueError naming what is wrong."""
    data = json.loads(line)
    if not isinstance(data, dict) or not isinstance(data.get("mention"), str):
        raise ValueError("expected an object with a string 'mention'")
    context = data.get("context")
    if context is not None and not isinstance(context, str):
        raise ValueError("'context' must be a string or null")
    date = data.get("date")
    return data["mention"], context, dt.date.fromisoformat(date) if date else None


def resolve_lines(lines: Iterable[str]) -> Iterator[tuple[dict[str, Any], str | None]]:
    """(ENTITY dict with "wiki", error or None) for each non-blank input line, in order."""
    from eventwire.actors import resolve_mention

    knowledge = default_knowledge()
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            mention, context, date = _request(line, n)
        except (ValueError, TypeError) as exc:
            yield ({"text": line.strip()[:200], "start": 0, "end": 0, "name": None, "country": None,
                    "sector": None, "office": None, "known_as": None, "wiki": None},
                   f"<stdin>:{n}: {exc}")
            continue
        entity = resolve_mention(mention, context, date, knowledge=knowledge.actors, nlp=knowledge.nlp)
        yield {**entity.to_dict(), "wiki": None}, None
