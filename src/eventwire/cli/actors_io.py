"""`eventwire actors`: one JSON request per stdin line in, one ENTITY line out."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Iterator
from typing import Any

from eventwire.errors import InputError
from eventwire.pipeline import default_snapshot
from eventwire.read.encoding import storable_text
from eventwire.read.jsonl import load_json

log = logging.getLogger(__name__)


def _request(line: str, n: int) -> tuple[str, str | None, dt.date | None]:
    """(mention, context, date) from one input line; raises ValueError or InputError naming
    what is wrong."""
    data = load_json(line)
    if not isinstance(data, dict) or not isinstance(data.get("mention"), str):
        raise ValueError("expected an object with a string 'mention'")
    context = data.get("context")
    if context is not None and not isinstance(context, str):
        raise ValueError("'context' must be a string or null")
    date = data.get("date")
    return (_storable(data["mention"], "mention", n),
            context and _storable(context, "context", n),
            dt.date.fromisoformat(date) if date else None)


def _storable(value: str, what: str, n: int) -> str:
    """``value`` without lone surrogates and NUL characters, with a warning naming the line."""
    text, warnings = storable_text(value, what)
    if warnings:
        log.warning("<stdin>:%d: %s", n, "; ".join(warnings))
    return text


def resolve_lines(lines: Iterable[str]) -> Iterator[tuple[dict[str, Any], str | None]]:
    """(ENTITY dict with "wiki", error or None) for each non-blank input line, in order."""
    from eventwire.actors import resolve_mention

    knowledge = default_snapshot()
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            mention, context, date = _request(line, n)
        except (ValueError, TypeError, InputError) as exc:
            yield ({"text": line.strip()[:200], "start": 0, "end": 0, "name": None, "country": None,
                    "sector": None, "office": None, "known_as": None, "wiki": None},
                   f"<stdin>:{n}: {exc}")
            continue
        entity = resolve_mention(mention, context, date, knowledge=knowledge.actors, nlp=knowledge.nlp)
        yield {**entity.to_dict(), "wiki": None}, None
