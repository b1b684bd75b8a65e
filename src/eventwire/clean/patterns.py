"""Load the clutter patterns (clutter.tsv) and the English word list (english_words.txt)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

from eventwire.errors import ConfigError

KINDS = ("comments", "boilerplate")
ROLES = ("prompt", "comment", "heading", "line", "caption", "crumbs")


@dataclass(frozen=True)
class Pattern:
    kind: str
    role: str
    regex: re.Pattern[str]


def _data_lines(name: str) -> list[str]:
    text = resources.files("eventwire.clean").joinpath(name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


@functools.cache
def clutter_patterns() -> tuple[Pattern, ...]:
    """Every row of clutter.tsv, checked; raises ConfigError naming a bad row."""
    return tuple(_pattern(number, line) for number, line in enumerate(_data_lines("clutter.tsv")))


def _pattern(number: int, line: str) -> Pattern:
    cells = line.split("\t")
    if len(cells) != 3 or cells[0] not in KINDS or cells[1] not in ROLES:
        raise ConfigError(f"clutter.tsv row {number + 1} must be kind<TAB>role<TAB>regex: {line!r}")
    try:
        return Pattern(cells[0], cells[1], re.compile(cells[2], re.IGNORECASE))
    except re.error as exc:
        raise ConfigError(f"clutter.tsv row {number + 1}: bad regular expression: {exc}") from exc


def patterns_for(role: str) -> tuple[Pattern, ...]:
    """The clutter patterns with ``role``."""
    return tuple(p for p in clutter_patterns() if p.role == role)


@functools.cache
def english_words() -> frozenset[str]:
    """Frequent English words (function words first): a language signal that works on
    short blocks and on mixed-language text where a character-n-gram model does not."""
    return frozenset(word for line in _data_lines("english_words.txt") for word in line.split())


@functools.cache
def language_names() -> dict[str, str]:
    """ISO 639 code -> English name, for the languages py3langid can label."""
    return dict(line.split("\t", 1) for line in _data_lines("languages.tsv"))
