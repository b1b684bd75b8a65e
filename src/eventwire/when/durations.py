"""Durations and sets: "for three years", "the past 24 hours", "weekly", "each Monday".

TimeML marks how long something lasts (DURATION, "P3Y") and how often it recurs (SET,
"P1W", "XXXX-WXX-1") as well as when it happens. Neither is a date: an event that "lasted
three years" is not dated by them, so their expressions keep ``value=None`` (as the vague
"recently" does) and the date attacher passes over them. Their TimeML value is read back
from the expression's text by :func:`measure`, for the TempEval scorer and for anyone who
wants it; the rules of ``rules.RULES`` that find them are built from :data:`PATTERNS`.

A count of a unit is a duration with or without a preposition ("lasted 16 days", "a two-week
visit"), but "a year" or "one day" alone is not ("$5 million a year", "may one day return"):
it needs "for", "the past", "nearly" and the like before it, or a signal after it ("a day
after the vote": TimeML marks "a day" as a duration, the signal "after" apart). A count
before "ago" or "later" is a point, not a length ("almost four years ago"): the rules that
date it find it. A frequency adverb ("daily") is a set only where it ends its phrase ("ships
fuel daily", "doubled annually since 1980"), not as an adjective before a noun ("a daily
newspaper", "the quarterly dividend"), which TimeML corpora mostly leave unmarked.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from eventwire.when.lexicon import load_lexicon

LEX = load_lexicon()

Valuer = Callable[[re.Match[str]], str | None]

_COUNT = rf"(?P<n>{LEX.alternation('numbers')}|\d{{1,3}}(?:,\d{{3}})?)"
_UNIT_WORDS = "seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?" \
              "|decades?|century|centuries"
# what may follow a frequency adverb that ends its phrase: punctuation, or a preposition
# or conjunction opening the next phrase
_PHRASE_END = (r"(?=\s*(?:[,.;:!?)\"”’]|$)|\s+(?:and|or|but|since|until|for|in|at|on|from|to|by"
               r"|with|during|over|through|as|before|after|because|while|when|so|along|across|near"
               r"|around|against|into)\b)")
_WEEKDAYS = "|".join(LEX["weekdays"])


def _unit(word: str) -> str:
    """The lexicon's name of a unit word: "centuries" and "century" are "century"."""
    word = word.lower()
    return "century" if word.startswith("centur") else word.rstrip("s")


def _value(count: int | None, unit: str) -> str:
    """The TimeML period of ``count`` units (None: an unknown number, "X")."""
    code = LEX["duration_units"][unit]
    clock = "T" if code.startswith("T") else ""
    code = code.lstrip("T")
    letters = code.lstrip("0123456789")
    times = int(code[:len(code) - len(letters)] or 1)
    return f"P{clock}{'X' if count is None else count * times}{letters}"


def _number(word: str) -> int:
    words = " ".join(word.lower().split())
    return int(LEX["numbers"].get(words) or words.replace(",", ""))


def duration(match: re.Match[str]) -> str | None:
    """"three hours", "the past 24 hours", "at least a decade", "a two-week visit", "several
    months" (PXM); "a year" only after a preposition, "the" or a modifier."""
    groups = match.groupdict()
    if groups.get("bare"):
        return _value(None, _unit(groups["bare"]))
    unit = _unit(match["unit"])
    if unit == "quarter" and (match["sep"] == "-" or _OF.match(match.string, match.end())
                              or (match["n"] or "").lower() in ("a", "an", "one")):
        return None   # "three-quarters of the votes", "roughly a quarter from Sudan": shares
    if groups.get("vague"):
        couple = "couple" in groups["vague"].lower()
        if groups.get("the") and not couple:   # "the past several quarters": PAST_REF
            return None
        return _value(2 if couple else None, unit)
    one = match["n"].lower() in ("a", "an", "one") and match["sep"] != "-"
    found = match.string == match.group(0)   # measuring an expression already found
    if one and not found and not any(groups.get(name) for name in _ONE_KEPT_BY) \
            and not _SIGNAL.match(match.string, match.end()) \
            and not _LASTED.search(match.string, max(0, match.start() - 12), match.start()):
        return None   # "$5 million a year", "he may one day return"
    if groups.get("half") or groups.get("half_after"):
        return _and_a_half(_number(match["n"]), unit)
    return _value(_number(match["n"]), unit)


# what makes "a"/"one" and a unit a duration: "for a year", "one and a half years"
_ONE_KEPT_BY = ("lead", "the", "mod", "half", "half_after")
# half of a unit in the next smaller one: "5 1/2 hours" PT5H30M, "a year and a half" P1Y6M
_HALF = {"year": "6M", "month": "15D", "day": "T12H", "hour": "30M", "minute": "30S"}
# a unit with no half form in the next smaller one is counted in a smaller unit it holds a
# whole number of: "two and a half decades" P25Y, "2 1/2 weeks" P17DT12H
_SMALLER = {"decade": ("year", 10), "century": ("year", 100), "week": ("day", 7),
            "fortnight": ("day", 14), "quarter": ("month", 3)}


def _and_a_half(count: int, unit: str) -> str:
    """The TimeML period of ``count`` and a half ``unit``."""
    if unit in _HALF:
        return _value(count, unit) + _HALF[unit]
    smaller, factor = _SMALLER.get(unit, (unit, 1))
    if smaller == unit:   # a second: no smaller unit here, the half as a decimal
        return f"PT{count}.5S" if unit == "second" else _value(count, unit)
    whole = _value(count * factor + factor // 2, smaller)
    return whole + _HALF[smaller] if factor % 2 else whole

# a person or an animal after "-old": "a six-month-old baby" is an age, whatever the unit
_AGE_NOUN = re.compile(rf"\s+(?:{LEX.alternation('age_nouns')})(?![-\w])", re.IGNORECASE)
_SIGNAL = re.compile(r"\s+(?:after|before)\b", re.IGNORECASE)
# a verb of lasting before "a"/"one" and a unit makes it a length ("lasted a fortnight")
_LASTED = re.compile(r"\b(?:last(?:s|ed)?|took|spent|spends?)\s+$", re.IGNORECASE)
_OF = re.compile(r"\s+of\b", re.IGNORECASE)


def length_adjective(match: re.Match[str]) -> str | None:
    """"a four-month-old truce" (P4M), "a decades-long feud" (PXDE), "the years-old dispute"
    (PXY), "an hour-long speech" (PT1H). A count of years old is an age ("a 30-year-old
    herder", "a six-month-old baby"), which TimeML leaves unmarked; so is a unit old without a
    count."""
    unit, count = _unit(match["unit"]), match["n"]
    age = unit == "year" and count or _AGE_NOUN.match(match.string, match.end())
    if match["adj"].lower() == "old" and (age or not count and not match["unit"].lower().endswith("s")):
        return None
    if count:
        return _value(_number(count), unit)
    return _value(None if match["unit"].lower().endswith("s") else 1, unit)


def every(match: re.Match[str]) -> str | None:
    """"every year" (P1Y), "every two weeks" (P2W), "each Monday" (XXXX-WXX-1), "every
    Friday night" (XXXX-WXX-5TNI), "every summer" (XXXX-SU), "each July" (XXXX-07), "each
    morning" (XXXX-XX-XXTMO)."""
    groups = match.groupdict()
    if groups.get("unit"):
        count = 2 if (groups.get("n") or "").lower() == "other" else _number(groups["n"] or "1")
        return _value(count, _unit(groups["unit"]))
    if groups.get("weekday"):
        day = f"XXXX-WXX-{LEX['weekdays'][groups['weekday'].lower()] + 1}"
        part = groups.get("daypart")
        return day + (f"T{LEX['day_parts'][part.lower()]}" if part else "")
    if groups.get("season"):
        return f"XXXX-{LEX['seasons'][groups['season'].lower()]['code']}"
    if groups.get("month"):
        word = groups["month"]
        return f"XXXX-{LEX['months'][word.lower().rstrip('.')]:02d}" if word[0].isupper() else None
    if groups.get("part"):
        return f"XXXX-XX-XXT{LEX['day_parts'][groups['part'].lower()]}"
    return "XXXX-WXX-WE"


def frequency(match: re.Match[str]) -> str | None:
    """"twice a day", "three times a year", "once per month": the period recurring (P1D)."""
    return _value(1, _unit(match["unit"]))


def adverb(match: re.Match[str]) -> str | None:
    """"daily", "weekly", "annually" where they end their phrase; capitalised, the word is
    a name's ("Apple Daily", "The Cambodia Daily")."""
    word = match["adverb"]
    return None if word[0].isupper() else str(LEX["set_adverbs"][word.lower()])


def weekdays(match: re.Match[str]) -> str | None:
    """"on Tuesdays", "Monday nights": XXXX-WXX-2, XXXX-WXX-1TNI (a name, so capitalised)."""
    if not match["days"][0].isupper():
        return None
    value = f"XXXX-WXX-{LEX['weekdays'][match['days'].lower()[:-1]] + 1}"
    part = match.groupdict().get("dayparts")
    return value + (f"T{LEX['day_parts'][part.lower()[:-1]]}" if part else "")


# a bare plural unit after a verb of taking or waiting, or "in"/"within", is a length of
# unknown count (TimeML PXM): "could take months", "the worst in decades", "within weeks";
# the leading word stays out of the span (lookbehinds), and the unit alone is measured again
_TAKE_WORDS = ("take", "takes", "took", "taking", "taken", "wait", "waited", "last", "lasted",
               "in", "within")
_TAKES = "(?:^|" + "|".join(rf"(?<=\b{word}\s)" for word in _TAKE_WORDS) + ")"


# (rule name, TIMEX3 type, pattern body without the word-start and word-end tests, valuer);
# every group is named, as the one-pass search of find.py needs
PATTERNS: tuple[tuple[str, str, str, Valuer], ...] = (
    ("duration", "DURATION",
     r"(?:(?:(?P<lead>for|over|within|after|in|during|lasting)\s+)?"
     r"(?:(?P<the>the)\s+(?:(?:past|last|next|first|coming|previous|latest|final|following"
     r"|preceding)\s+)?)?"
     r"(?:(?P<mod>at\s+least|at\s+most|nearly|almost|about|around|roughly|some|more\s+than"
     r"|less\s+than|under|up\s+to|another|an\s+additional|barely|just|only)\s+)?"
     rf"(?:{_COUNT}(?P<half>\s+1/2|\s+and\s+a\s+half)?|(?P<vague>several|a\s+few|(?:a\s+)?couple\s+of|many))"
     r"(?:\s+(?:more|additional|straight|consecutive|full|long|whole))?"
     rf"(?P<sep>\s+|-)(?P<unit>{_UNIT_WORDS})(?![-\w])(?P<half_after>\s+and\s+a\s+half(?![-\w]))?"
     r"(?!\s+(?:old|ago|later|earlier|before\s+that|after\s+that|from\s+now|or)\b)"
     r"|(?:(?:for|over)\s+(?:the\s+)?|" + _TAKES
     + r")(?P<bare>hours|days|weeks|months|years|decades|centuries)"
     r"(?![-\w])(?!\s+(?:ago|later|earlier|of|old|when|past|off|that|in\s+which)\b))",
     duration),
    ("length_adjective", "DURATION",
     rf"(?:{_COUNT}-)?(?P<unit>{_UNIT_WORDS})-(?P<adj>long|old)", length_adjective),
    ("every", "SET",
     r"(?:every|each)\s+(?:(?P<n>other|" + LEX.alternation("numbers") + r"|\d{1,3})\s+)?"
     rf"(?:(?P<unit>{_UNIT_WORDS})|(?P<weekday>{_WEEKDAYS})(?:\s+(?P<daypart>morning|afternoon|evening"
     r"|night))?|(?P<season>"
     rf"{LEX.alternation('seasons')})|(?P<month>{LEX.alternation('months')})\.?"
     r"|(?P<part>morning|afternoon|evening|night)|weekend)",
     every),
    ("frequency", "SET",
     rf"(?:once|twice|thrice|(?:{LEX.alternation('numbers')}|\d{{1,3}})\s+times)\s+"
     rf"(?:a|an|per|each|every)\s+(?P<unit>{_UNIT_WORDS})",
     frequency),
    ("set_adverb", "SET", rf"(?P<adverb>{LEX.alternation('set_adverbs')}){_PHRASE_END}", adverb),
    ("weekdays", "SET",
     rf"(?P<days>(?:{_WEEKDAYS})s)(?:\s+(?P<dayparts>mornings|afternoons|evenings|nights))?",
     weekdays),
)

_E = r"(?!\w)"


@functools.cache
def _full_patterns() -> tuple[tuple[str, re.Pattern[str], Valuer], ...]:
    return tuple((kind, re.compile(body + _E, re.IGNORECASE), valuer)
                 for _, kind, body, valuer in PATTERNS)


def measure(text: str) -> tuple[str, str] | None:
    """The TIMEX3 type and value of a duration or set expression ("for three years":
    ("DURATION", "P3Y")), or None when ``text`` is neither."""
    text = " ".join(text.split())
    for kind, pattern, valuer in _full_patterns():
        found = pattern.fullmatch(text)
        if found:
            value = valuer(found)
            if value:
                return kind, value
    return None
