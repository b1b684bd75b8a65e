"""Well-known dated happenings that texts name instead of a date (``data/anchors.json``).

"India had withdrawn its diplomats following the Taliban's rise to power": the phrase after
"following" names a happening of 2021-08-15, so the withdrawal lies between that day and
publication. The table is data; :func:`load_anchors` checks its shape once per process.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from dataclasses import dataclass

from eventwire import datafiles
from eventwire.errors import ConfigError

ANCHORS_PATH = datafiles.path("when", "anchors.json")


@dataclass(frozen=True)
class Anchor:
    """One happening: its name, first day, and the patterns that name it."""

    name: str
    date: dt.date
    body: str                  # the regex alternation of its patterns
    pattern: re.Pattern[str]


_SPACE = r"\s+"


def _pattern(parts: list[str]) -> str:
    return "|".join("(?:" + part.replace(" ", _SPACE) + ")" for part in parts)


def _anchor(row: dict[str, object]) -> Anchor:
    name, date, patterns = row.get("name"), row.get("date"), row.get("patterns")
    if not (isinstance(name, str) and isinstance(date, str) and isinstance(patterns, list)
            and patterns and all(isinstance(p, str) for p in patterns)):
        raise ConfigError(f"{ANCHORS_PATH}: anchor {row!r} needs name, date and patterns")
    try:
        day = dt.date.fromisoformat(date)
        body = _pattern(patterns)
        compiled = re.compile(body, re.IGNORECASE)
    except (ValueError, re.error) as exc:
        raise ConfigError(f"{ANCHORS_PATH}: anchor {name!r}: {exc}") from exc
    return Anchor(name, day, body, compiled)


@functools.lru_cache(maxsize=1)
def load_anchors() -> tuple[Anchor, ...]:
    """The anchor table, read and checked once per process."""
    data = json.loads(ANCHORS_PATH.read_text(encoding="utf-8"))
    rows = data.get("anchors") if isinstance(data, dict) else None
    if not isinstance(rows, list):
        raise ConfigError(f"{ANCHORS_PATH}: needs a list 'anchors'")
    return tuple(_anchor(row) for row in rows)


def anchor_alternation() -> str:
    """One regex alternation of every anchor's patterns (for the recognition rule)."""
    return "|".join("(?:" + anchor.body + ")" for anchor in load_anchors())


def anchor_named(phrase: str) -> Anchor | None:
    """The anchor whose patterns match all of ``phrase``, or None."""
    return next((a for a in load_anchors() if a.pattern.fullmatch(phrase.strip())), None)
