"""Years said in words, as broadcast transcripts write them: "nineteen seventy-nine",
"nineteen oh five", "the year two thousand", "two thousand and one".

A number said in words is usually a count ("two thousand years"), so "two thousand …"
is a year only after "the year" or a preposition and not before another word; "nineteen
seventy-nine" (a century word then a tens word) is no count in English, so it stands alone.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from eventwire.when import calendar as cal
from eventwire.when.calendar import Reading

if TYPE_CHECKING:
    from eventwire.when.rules import Context

UNITS = {w: n for n, w in enumerate(
    ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"], start=1)}
TEENS = {w: n for n, w in enumerate(
    ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
     "eighteen", "nineteen"], start=10)}
TENS = {w: n for n, w in enumerate(
    ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"], start=2)}
CENTURIES = {"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}


def _words(table: dict[str, int]) -> str:
    return "|".join(sorted(table, key=len, reverse=True))


# the time units that make a spoken number a count ("nineteen twenty-year terms")
_COUNTED = r"(?![\s-]+(?:years?|months?|weeks?|days?|decades?|centuries|percent)\b)"

PATTERN = (
    rf"(?:(?P<the_year>the\s+year)\s+)?(?:"
    rf"(?P<century>{_words(CENTURIES)})\s+(?:(?P<tens>{_words(TENS)})(?:[\s-](?P<unit>"
    rf"{_words(UNITS)}))?|(?P<teen>{_words(TEENS)})|oh[\s-](?P<ounit>{_words(UNITS)}))"
    rf"|two\s+thousand(?:(?:\s+and)?\s+(?P<tunit>{_words(TEENS)}|{_words(UNITS)}))?"
    rf"(?:(?P<alone>)(?!\s+[a-z]))?)"
    rf"{_COUNTED}"
)


def spoken_year(match: re.Match[str], ctx: Context) -> Reading | None:
    """The year of a spoken-year match, or None where "two thousand" is a count."""
    groups = match.groupdict()
    if groups["century"]:
        rest = (TENS.get((groups["tens"] or "").lower(), 0) * 10
                + UNITS.get((groups["unit"] or groups["ounit"] or "").lower(), 0)
                + TEENS.get((groups["teen"] or "").lower(), 0))
        return cal.year(CENTURIES[groups["century"].lower()] * 100 + rest)
    if not groups["the_year"] and (not groups.get("prep") or groups["alone"] is None):
        return None
    word = (groups["tunit"] or "").lower()
    return cal.year(2000 + (UNITS.get(word) or TEENS.get(word) or 0))
