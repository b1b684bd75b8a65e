"""The rule tables of the time stage (month names, seasons, modifiers ...), loaded once.

The tables live in ``data/lexicon.json``; :func:`load_lexicon` checks their
shape so that a bad edit fails loudly at import rather than as a silent mismatch.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from typing import Any

from eventwire import datafiles
from eventwire.errors import ConfigError

LEXICON_PATH = datafiles.path("when", "lexicon.json")

_TABLES: dict[str, type] = {
    "months": dict, "ambiguous_months": list, "weekdays": dict, "seasons": dict,
    "month_parts": dict, "decade_parts": dict, "numbers": dict, "ordinals": dict,
    "deictic_days": dict, "relative_words": dict, "anaphoric_words": dict,
    "references": dict, "future_markers": list, "prepositions": list,
    "vague_directions": dict, "vague_counts": list, "holidays": dict, "decade_words": dict,
    "year_continuations": list, "description_nouns": list, "age_nouns": list, "stative_verbs": list,
    "forecast_nouns": list, "forecast_result_verbs": list, "day_ordinals": dict,
    "weekday_abbreviations": dict, "number_labels": list, "street_nouns": list, "count_lead_words": list,
}


@dataclass(frozen=True)
class Lexicon:
    """The loaded tables; keys are lower case."""

    tables: dict[str, Any]

    def __getitem__(self, name: str) -> Any:
        return self.tables[name]

    def alternation(self, name: str) -> str:
        """A regex alternation of a table's words, longest first, spaces as ``\\s+``."""
        words = sorted(self.tables[name], key=len, reverse=True)
        return "|".join(_word_pattern(word) for word in words)


def _word_pattern(word: str) -> str:
    return r"\s+".join(_escape(part) for part in word.split())


def _escape(part: str) -> str:
    return "".join("\\" + c if not c.isalnum() else c for c in part)


def _check(tables: dict[str, Any]) -> None:
    for name, kind in _TABLES.items():
        if not isinstance(tables.get(name), kind):
            raise ConfigError(f"{LEXICON_PATH}: table {name!r} is missing or not a {kind.__name__}")
    for name, spec in tables["seasons"].items():
        if set(spec) != {"code", "months"} or len(spec["months"]) != 2:
            raise ConfigError(f"{LEXICON_PATH}: season {name!r} needs 'code' and two 'months'")


@functools.lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The time lexicon, read and checked once per process."""
    tables = json.loads(LEXICON_PATH.read_text(encoding="utf-8"))
    _check(tables)
    return Lexicon(tables)
