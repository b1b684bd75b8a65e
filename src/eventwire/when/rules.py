"""The recognition rules: one regex and one resolver per kind of temporal expression.

A resolver turns a match into a :data:`~eventwire.when.calendar.Reading`, or returns None
when the match is not a time after all ("May" the verb). Relative expressions ask the
:class:`Context` for the publication date and raise :class:`Unresolved` without one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from eventwire.nlp.phrases import ancestors_of, head_of
from eventwire.when import calendar as cal
from eventwire.when.anchors import anchor_alternation, anchor_named
from eventwire.when.calendar import Reading
from eventwire.when.durations import _PHRASE_END, PATTERNS, Valuer
from eventwire.when.lexicon import load_lexicon
from eventwire.when.periods import (
    context_quarter,
    fiscal_year,
    half,
    period_word,
    quarter_word,
    year_ago,
    year_quarter,
    years_back,
)
from eventwire.when.spoken import PATTERN as SPOKEN_YEAR
from eventwire.when.spoken import spoken_year
from eventwire.when.tense import (
    RELATIONAL_PREPOSITIONS,
    clause_tense,
    dates_verb,
    dating_tense,
    is_future,
    period_tense,
    reported_future,
    scheduled_present,
    under_past_verb,
)

LEX = load_lexicon()


class Unresolved(Exception):
    """A relative expression met without a publication date to resolve it against."""


@dataclass
class Context:
    """What resolving needs beyond the match: the text, its date, its parse, and the
    anchor of anaphoric expressions (the latest day-granular date seen so far)."""

    text: str
    published: dt.date | None
    doc: Any = None
    anchor: dt.date | None = None
    # the first day of the latest dated expression of any granularity ("in 1998 … later
    # that year" counts from 1998 though no day was named)
    latest: dt.date | None = None
    # the granularity of that expression ("year": "in 2016 … the following March" is 2017's)
    latest_granularity: str | None = None
    # where that expression starts in the text
    latest_at: int = -1
    latest_end: int = -1
    # set while find._accepted asks whether a rule takes a match at all, before any date is
    # told: a rule whose refusal depends on what the text told before takes it then
    probing: bool = False
    # the parse while probing (``doc`` stays None then): only for a refusal that needs the
    # words' parts of speech, as an ordinal ranking a noun (see _ranks_noun)
    probe_doc: Any = None
    # the year a story tells about and where it was last named: a year ("in 2019", "last
    # year") or a date written with its year, kept up by the dates read in it
    focus: tuple[int, int] | None = None
    # the latest quarter named: (year, number, end offset); "a year earlier" after it is
    # that quarter a year back (see when/periods.py)
    quarter: tuple[int, int, int] | None = None
    # whether that quarter was a fiscal one, which a calendar quarter named later replaces
    quarter_fiscal: bool = False
    # where the text's expressions that count from the day of publication start ("said on
    # Monday", "yesterday"; see NEAR_PUBLICATION), found before any is resolved
    near_publication: tuple[int, ...] = ()
    # whether the text writes its dates month first ("March 1") rather than day first ("1
    # March"); None when it writes neither more often (see rules._month_first)
    month_first: bool | None = None

    def pub(self) -> dt.date:
        if self.published is None:
            raise Unresolved
        return self.published

    def base(self) -> dt.date:
        """The date "two days later" counts from: the anchor, else publication."""
        return self.anchor or self.pub()

    def future(self, match: re.Match[str]) -> bool:
        return is_future(self.text, match.start(), match.end(), self.doc)

    def tense(self, match: re.Match[str]) -> str | None:
        return clause_tense(self.text, match.start(), match.end(), self.doc)

    def near_future(self, match: re.Match[str]) -> bool:
        """The future of a clause, for a time within a week of publication (a weekday, the
        weekend): reported speech in "would" counts (see :func:`tense.reported_future`)."""
        return self.future(match) or reported_future(self.text, match.start(), match.end(),
                                                     self.doc)

    def dating_tense(self, match: re.Match[str]) -> str | None:
        """The tense that picks the year of a day or month named without one (see
        :func:`~eventwire.when.tense.dating_tense`)."""
        return dating_tense(self.text, match.start(), match.end(), self.doc)

    def period_tense(self, match: re.Match[str]) -> str | None:
        """The tense that tells a period "ending" on a day as over or not (see
        :func:`~eventwire.when.tense.period_tense`)."""
        return period_tense(self.text, match.start(), match.end(), self.doc)


Resolver = Callable[[re.Match[str], Context], Reading | None]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    resolve: Resolver


# --- pattern pieces -------------------------------------------------------------------

B = r"(?<![\w$£€])"
E = r"(?![\w])"
PREP = rf"(?:(?P<prep>{LEX.alternation('prepositions')})\s+)?"
YEAR = r"(?P<year>(?:1[6-9]|20)\d\d)(?![\d%]|[.,]\d|\s*percent)"
ORD = r"(?:st|nd|rd|th)?"
NUM = rf"(?P<n>{LEX.alternation('numbers')}|\d{{1,3}})"
REL_WORD = LEX.alternation("relative_words")
REL = rf"(?P<rel>{REL_WORD})"
PARTS = LEX.alternation("month_parts")
# the parts of a day ("that evening", "the next morning": a day, its part written by TimeML)
_DAY_PARTS = frozenset(LEX["day_parts"])
DAY_PART = LEX.alternation("day_parts")
# the units an anaphoric phrase counts or names: a part of a day counts as its day
_PERIOD_UNITS = rf"(?P<unit>day|week|month|year|{DAY_PART})"


def _month_words() -> str:
    """Month names; an abbreviation ("Aug", "Sept") may carry a full stop, a name may not."""
    names = sorted(LEX["months"], key=len, reverse=True)
    full = {w for w in names if not any(o != w and o.startswith(w) for o in names)}
    return "|".join(w if w in full else rf"{w}\.?" for w in names)


def month_group(name: str = "month") -> str:
    return rf"(?P<{name}>{_month_words()})"


WEEKDAY = rf"(?P<weekday>{LEX.alternation('weekdays')})"
# a weekday in front of a date may be short ("Tues., Feb. 14", "Sat 14 June"); alone it may not
_SHORT_WEEKDAYS = "|".join(sorted((word.capitalize() for word in LEX["weekday_abbreviations"]),
                                  key=len, reverse=True))
WEEKDAY_LEAD = rf"(?P<weekday>{LEX.alternation('weekdays')}|(?-i:{_SHORT_WEEKDAYS})\.?)"
MONTH = month_group()


def _ordinal_words() -> str:
    """The ordinal words of the days of a month, longest first; a space may stand for the
    hyphen ("twenty first")."""
    words = sorted(LEX["day_ordinals"], key=len, reverse=True)
    return "|".join(re.escape(word).replace(r"\-", r"[-\s]") for word in words)


ORDINAL_WORDS = _ordinal_words()
# a day written "the 3rd" or "the twenty-first" after its month ("March the 3rd")
_DAY_AFTER_MONTH = (rf"(?:(?:the\s+(?=\d{{1,2}}(?:st|nd|rd|th)))?(?P<day>\d{{1,2}}){ORD}(?!\d)"
                    rf"|the\s+(?P<dayword>{ORDINAL_WORDS})(?![-\w]))")
# a day before its month: "3 March", "the 3rd of March", "the twenty-first of March"
_DAY_BEFORE_MONTH = (rf"(?:(?:the\s+)?(?P<day>\d{{1,2}}){ORD}\s+(?:of\s+)?"
                     rf"|the\s+(?P<dayword>{ORDINAL_WORDS})\s+of\s+)")


def _compile(body: str) -> re.Pattern[str]:
    return re.compile(B + body + E, re.IGNORECASE)


# --- shared helpers -------------------------------------------------------------------

def _relative_year(ctx: Context, word: str | None) -> int | None:
    """The year "this", "last" or "next" year names (lexicon ``relative_words``), else None."""
    return ctx.pub().year + LEX["relative_words"][word.lower()] if word else None


def _month_number(match: re.Match[str], name: str = "month") -> int | None:
    """The month of a month-name group, or None when the word is not a month here."""
    word = match.group(name)
    if not word[0].isupper():
        return None
    return int(LEX["months"][word.lower().rstrip(".")])


def _group(match: re.Match[str], name: str) -> str | None:
    """An optional group's text: None when absent from the match or from the pattern."""
    return match.groupdict().get(name)


def _has(match: re.Match[str], *names: str) -> bool:
    groups = match.groupdict()
    return any(groups.get(name) for name in names)


def _number(word: str) -> int:
    return LEX["numbers"].get(word.lower()) or int(word)


def _ordinal(word: str) -> int:
    """The number of an ordinal word of ``day_ordinals`` ("twenty first" is 21)."""
    return int(LEX["day_ordinals"]["-".join(word.lower().replace("-", " ").split())])


def _day_number(match: re.Match[str]) -> int:
    """The day of the month a match names, in digits ("3rd") or in words ("third")."""
    word = _group(match, "dayword")
    return _ordinal(word) if word else int(match["day"])


def _weekday_number(word: str) -> int:
    """The weekday (Monday 0) of a weekday's name or short name ("Tues.")."""
    key = word.lower().rstrip(".")
    return int(LEX["weekdays"][key] if key in LEX["weekdays"] else LEX["weekday_abbreviations"][key])


def _year(match: re.Match[str], name: str = "year") -> int | None:
    value = match.groupdict().get(name)
    return int(value) if value else None


def _day_reading(year: int, month: int, day: int) -> Reading | None:
    try:
        return cal.day(dt.date(year, month, day))
    except ValueError:
        return None


# --- resolvers ------------------------------------------------------------------------

def iso_date(match: re.Match[str], ctx: Context) -> Reading | None:
    return _day_reading(int(match["year"]), int(match["mon"]), int(match["day"]))


def numeric_date(match: re.Match[str], ctx: Context) -> Reading | None:
    """31/08/2021: day first unless that is impossible (08/31/2021) or the text reads the
    other way (:func:`_month_first`)."""
    first, second, year = int(match["a"]), int(match["b"]), int(match["year"])
    if first <= 31 and second <= 12 and not (first <= 12 and _month_first(match, ctx, first, second)):
        return _day_reading(year, second, first)
    return _day_reading(year, first, second)


def _month_first(match: re.Match[str], ctx: Context, first: int, second: int) -> bool:
    """Whether a numeric date that reads either way ("03/04/2021") puts its month first: as
    the article writes its dates in words ("March 1" or "1 March", :attr:`Context.month_first`),
    else as publication allows (in a clause not in the future, the reading that is not after
    publication: "mailed on 11/12/2020" written on 20 November is 12 November)."""
    if first == second:
        return False
    if ctx.month_first is not None:
        return ctx.month_first
    if ctx.published is None or ctx.probing or ctx.dating_tense(match) == "future":
        return False
    year = int(match["year"])
    try:
        day_first, month_first = dt.date(year, second, first), dt.date(year, first, second)
    except ValueError:
        return False
    return month_first <= ctx.published < day_first


def day_month(match: re.Match[str], ctx: Context) -> Reading | None:
    """"31 August 2021", "August 31", "on 8 January": the year from publication if absent."""
    month = _month_number(match)
    if month is None:
        return None
    if _group(match, "dayword") and not _group(match, "prep") \
            and match["month"].lower() in LEX["ambiguous_months"]:
        return None   # "under Theresa May the first priority was …"
    if _ranks_noun(match, ctx):
        return None
    day = _day_number(match)
    year = _year(match) or _year_of_day(match, ctx, month, day)
    return _day_reading(year, month, day)


_TIME_AFTER = re.compile(r"\s+times?\b", re.IGNORECASE)


def _ranks_noun(match: re.Match[str], ctx: Context) -> bool:
    """Whether an ordinal word after a month ranks the noun after it rather than naming a day:
    "in March the first round of talks", "in May the second time" (a singular noun, perhaps
    after an adjective, or "time"); "on March the third protesters marched" keeps its day."""
    if not _group(match, "dayword"):
        return False
    if _TIME_AFTER.match(match.string, match.end()):
        return True
    doc = ctx.doc if ctx.doc is not None else ctx.probe_doc
    if doc is None:
        return False
    span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return False
    after = doc[span.end]
    if after.pos_ == "ADJ" and after.i + 1 < len(doc):
        after = doc[after.i + 1]
    return bool(after.tag_ == "NN")


def week_of_day(match: re.Match[str], ctx: Context) -> Reading | None:
    """"the week of March 6": the ISO week (Monday to Sunday) holding that day."""
    reading = day_month(match, ctx)
    if reading is None or not reading[0]:
        return reading
    return cal.span(*cal.week_of(dt.date.fromisoformat(reading[0])))


def week_of_month(match: re.Match[str], ctx: Context) -> Reading | None:
    """"the first week of January", "the last week of March 2020": the ISO week holding the
    month's 4th (11th, 18th, 25th) day, or its fourth-last for the last (as ISO week 1 is
    the one holding January 4), in the month's year as "January" alone would be read."""
    reading = named_month(match, ctx)
    if reading is None or not reading[0]:
        return reading
    first = cal.parse_value(reading[0])
    if first is None:   # "the first week of late May"
        return None
    nth = LEX["ordinals"].get(match["nth"].lower())
    if nth is None:   # "last", "final"
        last = dt.date(first.year, first.month, cal.last_day(first.year, first.month))
        return cal.span(*cal.week_of(last - dt.timedelta(days=3)))
    return cal.span(*cal.week_of(first + dt.timedelta(days=3 + 7 * (nth - 1))))


def _scheduled_tense(match: re.Match[str], ctx: Context) -> str | None:
    """The dating tense of a day or month named without its year; with none, a word of
    scheduling before it ("the vote is set for Sept. 8", "talks are due in June") puts it ahead."""
    tense = ctx.dating_tense(match)
    if tense is not None or not _SCHEDULED_BEFORE.search(match.string, max(0, match.start() - 24),
                                                         match.start()):
        return tense
    if ctx.doc is not None and under_past_verb(ctx.doc, match.start(), match.end()):
        return None   # "elections set for February were delayed"
    return "future"


# "set" and the verbs of moving a date need their preposition: "a record high set on Aug. 6" is past
_SCHEDULED_BEFORE = re.compile(
    r"\b(?:(?:due|scheduled|planned|slated|pencil+ed|booked|expected)\s+(?:(?:for|on|in)\s+)?"
    r"|(?:set|postponed|delayed|moved|put\s+off)\s+(?:for|to|until)\s+)$", re.IGNORECASE)


# the words before the last day of a period ("the quarter ended Sept. 30")
_PERIOD_END = re.compile(r"\b(ended|ending)\s+$", re.IGNORECASE)


def _year_of_day(match: re.Match[str], ctx: Context, month: int, day: int) -> int:
    """The year of a day named without one; a weekday named with it ("Saturday, April 25")
    picks the candidate year it falls on."""
    published, tense = ctx.pub(), _scheduled_tense(match, ctx)
    end = _PERIOD_END.search(match.string, max(0, match.start() - 10), match.start())
    if end:
        return cal.year_of_period_end(published, month, day, end[1].lower() == "ended",
                                      ctx.period_tense(match))
    weekday = _group(match, "weekday")
    if weekday and weekday[0].isupper():
        number = _weekday_number(weekday)
        fitting = {year for year in (cal.year_of_day(published, month, day, "past"),
                                     cal.year_of_day(published, month, day, "future"))
                   if cal.falls_on(year, month, day, number)}
        if len(fitting) == 1:
            return fitting.pop()
    return cal.year_of_day(published, month, day, tense)


def day_range(match: re.Match[str], ctx: Context) -> Reading | None:
    """"between 1 and 3 March", "March 1-3"."""
    month = _month_number(match)
    first, last = int(match["day"]), int(match["day2"])
    if month is None or not 1 <= first < last <= cal.last_day(2000, month):
        return None
    year = _year(match) or cal.year_of_day(ctx.pub(), month, first, ctx.dating_tense(match))
    last = min(last, cal.last_day(year, month))
    return cal.span(dt.date(year, month, first), dt.date(year, month, last))


def month_range(match: re.Match[str], ctx: Context) -> Reading | None:
    """"from March to May 2021": first day of the first month to last day of the last."""
    first, last = _month_number(match), _month_number(match, "month2")
    if first is None or last is None:
        return None
    last_year = _year(match) or cal.year_of_month(ctx.pub(), last, ctx.dating_tense(match))
    first_year = _year(match, "year0") or (last_year - 1 if first > last else last_year)
    return cal.span(dt.date(first_year, first, 1),
                    dt.date(last_year, last, cal.last_day(last_year, last)))


def year_range(match: re.Match[str], ctx: Context) -> Reading | None:
    first, last = int(match["year"]), int(match["year2"])
    if first >= last:
        return None
    return cal.span(dt.date(first, 1, 1), dt.date(last, 12, 31))


def named_month(match: re.Match[str], ctx: Context) -> Reading | None:
    """"in June", "June 2022", "last November", "late December" (a range of days)."""
    month = _month_number(match)
    if month is None:
        return None
    if match["month"].lower().rstrip(".") in LEX["ambiguous_months"] and not _has(
            match, "prep", "rel", "that", "part", "edge", "year") and not _after_target(match):
        return None
    year = _year(match) or _that_year(match, ctx) or _focus_year(match, ctx) \
        or _month_year(match, ctx, month)
    part = _group(match, "part") or _EDGE_PARTS.get((_group(match, "edge") or "").lower())
    if part:
        first, last = LEX["month_parts"][" ".join(part.lower().split())]
        return cal.span(*cal.month_days(year, month, first, last))
    return cal.month(year, month)


# "end-March", "start-June" (financial prose): the month's part of those words
_EDGE_PARTS = {"end": "the end of", "start": "the start of"}


def _that_year(match: re.Match[str], ctx: Context) -> int | None:
    """The year of "that August": the year of the latest dated expression ("burst its banks
    in the spring of 2021. It flooded again that August"), when "that" is the month's
    determiner, not the conjunction of "said that June sales fell" (the parser often takes
    the determiner for an object, so only the conjunction is ruled out)."""
    if not _group(match, "that") or ctx.latest is None:
        return None
    if ctx.doc is not None:
        that = ctx.doc.char_span(match.start("that"), match.end("that"))
        if that is None or that[0].dep_ == "mark":
            return None
    return ctx.latest.year


def _focus_year(match: re.Match[str], ctx: Context) -> int | None:
    """The year a story is telling about, for a month named alone: "In 2019, the company
    moved to Lyon. In March, it cut 300 jobs" is March 2019, not the March before
    publication. The year in focus (``Context.focus``) counts when it is not the
    publication year, its last date ends at most one sentence before the month (a line
    break, which ends a paragraph, ends it), and it lies on the side of publication the
    month's clause is on: a past year for a clause not in the future, a later year for a
    future one ("'The dam will be finished by 2020,' the engineer said in January" is this
    January). None when no other year is in focus, or with "last"/"next". A count back from
    publication ("two months ago") or a decade sets no year in focus."""
    if ctx.focus is None or _group(match, "rel") or ctx.focus[0] == ctx.pub().year:
        return None
    year, end = ctx.focus
    # the month's own first letter closes the last sentence end between them
    if "\n" in ctx.text[end:match.start()] \
            or len(_SENTENCE_END.findall(ctx.text, end, match.start() + 1)) > 1:
        return None
    future = ctx.dating_tense(match) == "future"
    if future != (year > ctx.pub().year) or _dated_near_publication(match, ctx):
        return None
    return year


def _dated_near_publication(match: re.Match[str], ctx: Context) -> bool:
    """Whether the month's sentence holds a day counted from publication ("In 2019, he was
    convicted. In March, he was released, his lawyer said on Monday"). A year that opens a
    sentence is often background in news, and a sentence reported on a day near publication
    is news of now: its bare month is read near publication too (the March before it), not
    in the year of the background. Without such a day ("…, his lawyer said.") the focus
    holds; one in another sentence says nothing of the month's."""
    left = max((m.end() for m in _SENTENCE_END.finditer(ctx.text, 0, match.start())), default=0)
    right = _SENTENCE_END.search(ctx.text, match.end())
    end = right.start() if right else len(ctx.text)
    return any(left <= at < end for at in ctx.near_publication)


_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+(?=[\"“‘(]?[A-Z])")


def _after_target(match: re.Match[str]) -> bool:
    """Whether a month that is also a word ("May", "March") follows a preposition of a
    deadline or span ("by May", "until March"), which makes it the month; not before
    "'s" ("before May's speech" is a person)."""
    before = match.string[max(match.start() - 24, 0):match.start()]
    return bool(_TARGET_BEFORE.search(before)) and not match.string.startswith(
        ("'s", "’s"), match.end())


# "due" takes only "for"/"in": "due to" gives a cause ("due to May refusing"), no deadline
_TARGET_BEFORE = re.compile(r"\b(?:by|until|till|before|through|from|due\s+(?:for|in)|(?:set|scheduled"
                            r"|planned|slated|pencil+ed|booked|postponed|delayed|moved|put\s+off)"
                            r"\s+(?:for|to|until))\s+$",
                            re.IGNORECASE)


def _month_year(match: re.Match[str], ctx: Context, month: int) -> int:
    """The year of a month named without one. "last February" written in March is the
    February a year back, and "next April" written in March the April a year ahead: the
    adjacent month would be "last month" / "next month", so "last"/"next" skips it."""
    published = ctx.pub()
    shift = LEX["relative_words"].get((_group(match, "rel") or "").lower())
    if shift is None:
        return cal.year_of_month(published, month, _scheduled_tense(match, ctx))
    if shift < 0:
        return published.year if month < published.month - 1 else published.year - 1
    if shift > 0:
        return published.year if month > published.month + 1 else published.year + 1
    return published.year


def season(match: re.Match[str], ctx: Context) -> Reading | None:
    """"this summer", "in winter 2022", "last autumn", "over the summer", "the spring of last
    year" ("early summer" is
    the summer: TimeML marks the part apart). "the" alone will do but for "fall" and before
    "of" ("the fall of Kabul", "the spring of discontent")."""
    if not _has(match, "prep", "rel", "year", "ofrel") and not _the_season(match) \
            and not _that_season(match) and not _season_bound(match):
        return None
    months = tuple(LEX["seasons"][match["season"].lower()]["months"])
    ofrel = _group(match, "ofrel")   # "the spring of last year": the spring of that year
    year = _year(match) or _relative_year(ctx, ofrel)
    if year:
        return cal.span(*cal.season_days(year, months))
    told = _that_year(match, ctx)
    if told:   # "fire broke out in 2015; that winter …": the winter that begins in 2015
        return cal.span(*cal.season_days(told + int(months[0] > months[1]), months))
    shift = LEX["relative_words"].get((_group(match, "rel") or "").lower())
    published = ctx.pub()
    if shift is None:  # "in the summer": the current season, else the latest/next one
        current = cal.season_near(published, months, 0)
        if current[0] <= published <= current[1]:
            return cal.span(*current)
        tense = ctx.tense(match)
        if tense is None and _deadline(match):   # "wants it done before the summer"
            tense = "future"
        if tense is None and ctx.doc is not None:   # "a vote is due in the fall": the nearer
            last, following = (cal.season_near(published, months, n) for n in (-1, 1))
            nearer = (following[0] - published) < (published - last[1])
            return cal.span(*(following if nearer else last))
        shift = 1 if tense == "future" else -1
    return cal.span(*cal.season_near(published, months, shift))


# a bare season as the bound of a span is the season ("cover all adults by summer", "until
# winter"); "fall" alone after them is the verb or the noun ("until fall of the regime")
_SEASON_BOUND = re.compile(r"\b(?:by|until|till|before|after|through)\s+$", re.IGNORECASE)


def _season_bound(match: re.Match[str]) -> bool:
    """A lower-case season after a bound's preposition ("by summer"; "by Summer Lee's
    estimate" is a name)."""
    return match["season"].islower() and match["season"] != "fall" \
        and bool(_SEASON_BOUND.search(match.string, max(0, match.start() - 8), match.start()))


# a deadline's preposition: a season it bounds in a clause of no past tense lies ahead
_DEADLINE = re.compile(r"\b(?:by|until|till|before)\s+(?:the\s+)?$", re.IGNORECASE)


def _deadline(match: re.Match[str]) -> bool:
    at = match.start("season")
    return bool(_DEADLINE.search(match.string, max(0, at - 12), at))


def _the_season(match: re.Match[str]) -> bool:
    return bool(_group(match, "the")) and match["season"].lower() != "fall" \
        and not _OF.match(match.string, match.end())


def _that_season(match: re.Match[str]) -> bool:
    """"that summer", not "areas that fall under" (the verb)."""
    return bool(_group(match, "that")) and match["season"].lower() != "fall"


_OF = re.compile(r"\s+of\b", re.IGNORECASE)


def quarter(match: re.Match[str], ctx: Context) -> Reading | None:
    """"the third quarter", "Q3 2021", "the first quarter of 1990", "the final quarter of
    last year" (the year's fourth)."""
    word = (_group(match, "q") or "").lower()
    number = 4 if word == "final" else LEX["ordinals"].get(word) or int(_group(match, "qn") or 0)
    # the future of a clause counts for a quarter that dates the verb, not for one that
    # names a report's figures ("expects to report a third-quarter loss")
    future = ctx.future(match) and dates_verb(ctx.text, match.start(), match.end(), ctx.doc)
    rel = _group(match, "rel")
    if word == "final" and not (rel or _year(match)):
        return _final_quarter(match, ctx)
    year = _year(match) or _relative_year(ctx, rel) \
        or cal.year_of_quarter(ctx.pub(), number, future)
    return cal.span(*cal.quarter_days(year, number))


def _final_quarter(match: re.Match[str], ctx: Context) -> Reading | None:
    """"the final quarter" alone: the fourth of the year whose quarter was just named; with
    no quarter of a year near it is a game's or a race's ("trailed in the final quarter",
    "the final quarter of the match"), no time."""
    if _OF.match(ctx.text, match.end()):
        return None
    near = context_quarter(ctx, match.start())
    if near is None:
        return cal.UNRESOLVED if ctx.probing else None
    return cal.span(*cal.quarter_days(near[0], 4))


def decade(match: re.Match[str], ctx: Context) -> Reading | None:
    """"the 1980s", "the early 1990s", "the '80s" (the century nearest publication)."""
    if match.groupdict().get("decade"):
        start = int(match["decade"])
        if start % 100 == 0 and start < 2000:   # "the 1800s": the century (the 2000s: the decade)
            return cal.span(dt.date(start, 1, 1), dt.date(start + 99, 12, 31))
    else:
        short = _short_decade(match)
        century = ctx.pub().year // 100 * 100   # no publication: which century is a guess
        start = century + short if century + short <= ctx.pub().year else century - 100 + short
    first, last = LEX["decade_parts"].get((_group(match, "part") or "").lower(), (0, 9))
    return cal.span(dt.date(start + first, 1, 1), dt.date(start + last, 12, 31))


def _short_decade(match: re.Match[str]) -> int:
    """The decade of "the '80s" (80) or "the eighties" (80)."""
    word = _group(match, "word")
    return LEX["decade_words"][word.lower()] if word else int(match["short"])


def plain_year(match: re.Match[str], ctx: Context) -> Reading | None:
    """"in 2022", "since 2021" (the text keeps "since"), "fiscal 1989"; a bare number that
    labels ("Resolution 1973"), numbers a house ("1600 Pennsylvania Avenue") or counts
    ("some 2000 protesters") is no year."""
    if match.group(0) == match["year"] and (_labelled(match) or _counts(match, ctx)):
        return None
    return cal.year(int(match["year"]))


_LABEL_BEFORE = re.compile(rf"\b(?:{LEX.alternation('number_labels')})\.?\s+(?:no\.?\s+)?$", re.IGNORECASE)
_STREET_AFTER = re.compile(
    rf"\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){{1,3}}(?:{LEX.alternation('street_nouns')})\b\.?", re.IGNORECASE)
_COUNT_BEFORE = re.compile(rf"\b(?:{LEX.alternation('count_lead_words')})\s+$", re.IGNORECASE)
_PLURAL_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?[a-z]+[^s\W]s\b")


# a determiner or possessor before a number makes it a modifier, no house number: "the 1989
# Tiananmen Square crackdown", "Egypt's 2011 Tahrir Square protests"
_DETERMINED = re.compile(r"(?:\b(?:the|a|an|this|that|these|those|its|their|his|her|our|my|your)|['’]s?)\s+$",
                         re.IGNORECASE)


def _labelled(match: re.Match[str]) -> bool:
    """A number after a capitalised noun of ``number_labels``, or before a street's name with
    no determiner before it."""
    label = _LABEL_BEFORE.search(match.string, max(0, match.start() - 24), match.start())
    if label and label.group(0)[0].isupper():
        return True
    return bool(_STREET_AFTER.match(match.string, match.end())) \
        and not _DETERMINED.search(match.string, max(0, match.start() - 8), match.start())


def _counts(match: re.Match[str], ctx: Context) -> bool:
    """A number that counts the plural noun after it: after a word of ``count_lead_words``
    ("some 2000 protesters", "more than 1800 tents"), or, with a parse, as the numeric
    modifier of a plural noun right after a verb when it is a round number ("ordered 1800
    tents"); "the 2019 elections", "won 2019 elections" and "in 2019 protests erupted" keep
    their year."""
    lead = _COUNT_BEFORE.search(match.string, max(0, match.start() - 16), match.start())
    if ctx.doc is None:
        return bool(lead) and bool(_PLURAL_AFTER.match(match.string, match.end()))
    span = ctx.doc.char_span(match.start(), match.end())
    if span is None or len(span) != 1 or span[0].i + 1 >= len(ctx.doc):
        return False
    number, noun = span[0], ctx.doc[span[0].i + 1]
    if noun.tag_ != "NNS" or head_of(number).i != noun.i:
        return False
    return bool(lead) or (number.i > 0 and ctx.doc[number.i - 1].pos_ in {"VERB", "AUX"}
                          and int(match["year"]) % 50 == 0)


def short_year(match: re.Match[str], ctx: Context) -> Reading | None:
    """"in '98", "since '05": the latest such year by publication; only after a preposition
    (a quote mark before two digits is too often something else)."""
    if not _group(match, "prep"):
        return None
    short, published = int(match["short"]), ctx.pub()
    year = published.year // 100 * 100 + short
    return cal.year(year if year <= published.year else year - 100)


def deictic_day(match: re.Match[str], ctx: Context) -> Reading | None:
    """"yesterday", "today", "tomorrow", "tonight"."""
    offset = LEX["deictic_days"][" ".join(match["word"].lower().split())]
    return cal.day(ctx.pub() + dt.timedelta(days=offset))


def relative_period(match: re.Match[str], ctx: Context) -> Reading | None:
    """"last week" (range), "this month", "next year", "earlier this year"."""
    shift = LEX["relative_words"][" ".join(match["rel"].lower().split())]
    unit = match["unit"].lower()
    rel = match["rel"].lower()
    if _group(match, "the") and rel in ("next", "previous") and unit in ("week", "month", "year"):
        if _nothing_to_count_from(match, ctx, unit, shift):
            return cal.UNRESOLVED
        told = _base_for(ctx, unit)
        if _period(told, unit, 0) != _period(ctx.pub(), unit, 0):
            # "In 2018 the plant closed. The next year it reopened": from the year told
            # ("the past month" counts from publication)
            return _counted(told, unit, shift)
    return _period(ctx.pub(), unit, shift)


def _period(date: dt.date, unit: str, shift: int) -> Reading:
    if unit == "day":
        return cal.day(date + dt.timedelta(days=shift))
    if unit == "week":
        return cal.span(*cal.week_of(date + dt.timedelta(weeks=shift)))
    if unit == "weekend":
        return cal.span(*cal.weekend_of(date + dt.timedelta(weeks=shift)))
    if unit == "month":
        first = cal.add_months(date, shift)
        return cal.month(first.year, first.month)
    if unit == "decade":
        start = (date.year + 10 * shift) // 10 * 10
        return cal.span(dt.date(start, 1, 1), dt.date(start + 9, 12, 31))
    return cal.year(date.year + shift)


def before_last(match: re.Match[str], ctx: Context) -> Reading | None:
    """"the year before last", "the week before last": two of the unit back from publication."""
    return _period(ctx.pub(), match["unit"].lower(), -2)


def weekend(match: re.Match[str], ctx: Context) -> Reading | None:
    """"the weekend", "last weekend": the latest weekend begun by publication, or the
    next one in a future clause; "this weekend" is the one of the week of publication
    unless the clause is past ("expect crowds this weekend" on a Wednesday)."""
    published = ctx.pub()
    rel = (_group(match, "rel") or "").lower()
    shift = LEX["relative_words"].get(rel, 0)
    saturday = cal.weekend_of(published)[0]
    ahead = ctx.near_future(match) or (rel == "this" and ctx.tense(match) != "past")
    if shift < 0 or (shift == 0 and saturday > published and not ahead):
        saturday -= dt.timedelta(weeks=1)
    elif shift > 0 and saturday <= published:
        saturday += dt.timedelta(weeks=1)
    return cal.span(saturday, saturday + dt.timedelta(days=1))


def ago(match: re.Match[str], ctx: Context) -> Reading | None:
    """"two days ago", "a year ago", "a decade ago" (a year)."""
    count, unit = _fortnights(_number(match["n"]), match["unit"].lower())
    if unit == "decade":
        unit, count = "year", count * 10
    if unit == "year":   # "$5 million a year ago" after a recent quarter: that quarter
        quarter = years_back(ctx, match.start(), count, recent_to=ctx.pub())
        if quarter:
            return quarter
    return _counted(ctx.pub(), unit, -count)


def from_now(match: re.Match[str], ctx: Context) -> Reading | None:
    """"ten years from now", "two weeks from today", "in a week's time": counted ahead of publication, as
    "ago" counts back (a year, a month, a week, a day)."""
    count, unit = _fortnights(_number(match["n"]), match["unit"].lower())
    if unit == "decade":
        unit, count = "year", count * 10
    return _counted(ctx.pub(), unit, count)


def _fortnights(count: int, unit: str) -> tuple[int, str]:
    """A count of fortnights as one of weeks; any other count as it is."""
    return (count * 2, "week") if unit == "fortnight" else (count, unit)


def _counted(date: dt.date, unit: str, count: int) -> Reading:
    if unit == "day":
        return cal.day(date + dt.timedelta(days=count))
    if unit == "week":
        return cal.span(*cal.week_of(date + dt.timedelta(weeks=count)))
    if unit == "month":
        first = cal.add_months(date, count)
        return cal.month(first.year, first.month)
    return cal.year(date.year + count)


def weekday(match: re.Match[str], ctx: Context) -> Reading | None:
    """"on Wednesday": publication weekday = publication day, else the latest past one
    (the next one in a future clause); "last Friday", "next Tuesday"; "since Monday" is
    the latest Monday (publication's own weekday is publication)."""
    if not match["weekday"][0].isupper():
        return None
    number = LEX["weekdays"][match["weekday"].lower()]
    published = ctx.pub()
    shift = LEX["relative_words"].get((_group(match, "rel") or "").lower())
    if (_group(match, "prep") or "").lower() == "since":
        shift = -1 if published.weekday() != number else 0   # a span since then is begun
    if shift is None or shift == 0:
        tense = "future" if ctx.near_future(match) else ctx.tense(match)
        if tense is None and scheduled_present(ctx.text, match.start(), match.end(), ctx.doc):
            tense = "future"
        if tense is None and ctx.doc is not None:  # a parsed clause in neither tense
            return cal.day(cal.weekday_nearest(published, number))
        return cal.day(cal.weekday_near(published, number, tense == "future"))
    if shift < 0:
        back = (published.weekday() - number) % 7 or 7
        return cal.day(published - dt.timedelta(days=back))
    ahead = (number - published.weekday()) % 7 or 7
    return cal.day(published + dt.timedelta(days=ahead))


def anaphoric_count(match: re.Match[str], ctx: Context) -> Reading | None:
    """"two days later", "a year earlier": counted from the latest day-granular expression
    before it in the text (the anchor), else from publication."""
    sign = LEX["anaphoric_words"][match["dir"].lower().split()[0]]
    number, unit = _fortnights(_number(match["n"]), match["unit"].lower())
    if unit == "decade":   # "a decade earlier": ten years
        number, unit = number * 10, "year"
    count = sign * number
    if unit == "year":   # "a year earlier" after a quarter: that quarter a year back
        quarter = years_back(ctx, match.start(), -count)
        if quarter:
            return quarter
    if _nothing_to_count_from(match, ctx, unit, count):
        return cal.UNRESOLVED
    if unit == "year" and count > 0 and ctx.published is not None \
            and _base_for(ctx, unit).year + count > ctx.published.year and not ctx.future(match):
        # "the 2004 bombing … Nearly two decades later, the attack raises questions" (2021):
        # a count of years that outruns publication in a clause not in the future is now
        return cal.year(ctx.published.year)
    return _counted(_base_for(ctx, unit), unit, count)


def _base_for(ctx: Context, unit: str) -> dt.date:
    """What a count of ``unit`` starts from: a day or week from the latest named day (the
    anchor), a month or year from the latest dated expression of any precision ("in March
    … the following month")."""
    if unit in ("month", "year"):
        return ctx.latest or ctx.pub()
    return ctx.base()


def _nothing_to_count_from(match: re.Match[str], ctx: Context, unit: str, count: int) -> bool:
    """Whether a count forward ("three days after that", "the next year") has no date told
    before it to count from and sits in a past clause. Counted from publication, as a count
    with nothing before it otherwise is, it would put what the clause tells as past after
    publication ("Three days after that, the army withdrew" is no day next week), and the
    next count would count from that; so it gets no value, as an expression without a
    publication date does. A future clause ("two days later, the envoys will meet") and a
    count back ("a year earlier") fit publication and keep it."""
    told = ctx.latest if unit in ("month", "year") else ctx.anchor
    return told is None and count > 0 and ctx.tense(match) == "past"


def anaphoric_next(match: re.Match[str], ctx: Context) -> Reading | None:
    """"the next day", "the following week", "the previous year" (from the anchor)."""
    sign = LEX["anaphoric_words"][match["dir"].lower()]
    unit = match["unit"].lower()
    unit = "day" if unit in _DAY_PARTS else unit
    if _nothing_to_count_from(match, ctx, unit, sign):
        return cal.UNRESOLVED
    return _counted(_base_for(ctx, unit), unit, sign)


def anaphoric_month(match: re.Match[str], ctx: Context) -> Reading | None:
    """"the following March", "the previous October": the first such month after (before)
    the latest dated expression ("In 2017 the bank raised rates … the following March it
    cut" is March 2018; after a year, the next year's: "resigned in 2016 … the following
    March" is March 2017), else after (before) publication (none in a past clause: see
    :func:`_nothing_to_count_from`)."""
    month = _month_number(match)
    if month is None:
        return None
    sign = LEX["anaphoric_words"][match["dir"].lower()]
    if _nothing_to_count_from(match, ctx, "month", sign):
        return cal.UNRESOLVED
    base = ctx.latest or ctx.pub()
    whole_year = ctx.latest is not None and ctx.latest_granularity == "year"
    if sign < 0:
        return cal.month(base.year if month < base.month and not whole_year else base.year - 1,
                         month)
    return cal.month(base.year if month > base.month and not whole_year else base.year + 1, month)


def anaphoric_weekday(match: re.Match[str], ctx: Context) -> Reading | None:
    """"the previous Friday", "the following Monday": counted from the latest named day,
    not from publication ("down 4% from the previous Friday")."""
    if not match["weekday"][0].isupper():
        return None
    number = LEX["weekdays"][match["weekday"].lower()]
    base = ctx.base()
    if LEX["anaphoric_words"][match["dir"].lower()] < 0:
        return cal.day(base - dt.timedelta(days=(base.weekday() - number) % 7 or 7))
    return cal.day(base + dt.timedelta(days=(number - base.weekday()) % 7 or 7))


def same_period(match: re.Match[str], ctx: Context) -> Reading | None:
    """"that day", "the same day", "later that year", "earlier in the month", "that evening"
    (the day, its part written by TimeML from the words): the period of
    the anchor (a day or week: the latest named day; a month or year: the latest date of
    any granularity), else of publication; a day after a month or year that holds no named
    day is a day of that month or year we do not know (:func:`_story_moved`), and a month
    after a year is a month of that year we do not know ("in 2019 … later that month": the
    year, which ``tempeval.timeml_value`` writes "2019-XX")."""
    unit = match["unit"].lower()
    unit = "day" if unit in _DAY_PARTS else unit
    moved = _story_moved(ctx, unit)
    if unit == "day" and moved:
        return moved
    if unit in ("day", "week"):
        base = ctx.base()
        return cal.day(base) if unit == "day" else cal.span(*cal.week_of(base))
    base = ctx.pub() if _compared(ctx) else ctx.latest or ctx.pub()
    if unit == "month" and base is ctx.latest and ctx.latest_granularity == "year":
        return cal.year(base.year)
    return cal.month(base.year, base.month) if unit == "month" else cal.year(base.year)


# the words before a time a figure is compared with ("higher than a year ago", "up from
# last year"): such a time is no period the story moves to
_COMPARED = re.compile(r"\b(?:than|from|compared\s+with|versus)\s+$", re.IGNORECASE)


def _compared(ctx: Context) -> bool:
    """Whether the latest dated expression is a point of comparison, which "earlier in the
    year" or "that month" does not take as its period."""
    at = ctx.latest_at
    return at > 0 and bool(_COMPARED.search(ctx.text, max(0, at - 16), at))


def _story_moved(ctx: Context, unit: str = "day") -> Reading | None:
    """The month the text last put its story at, when it told no day of it: "killed last
    October … his name was crossed out that same day" is a day of that October, not the
    Thursday named before. None when that month holds the latest named day, or when it
    dates an aside (a relative or adverbial clause: "the bank, which raised rates in June,
    said … later that day"). A year is too often an aside ("founded in 1850") to move to
    once a day is named; before any, "closed in 2019 … the same day" is a day of 2019."""
    latest, anchor = ctx.latest, ctx.anchor
    if latest is not None and unit == "day" and anchor is None and ctx.latest_granularity == "year" \
            and not _compared(ctx) and not _in_aside(ctx, ctx.latest_at, ctx.latest_end):
        return cal.year(latest.year)
    if latest is None or ctx.latest_granularity != "month" or _in_aside(ctx, ctx.latest_at, ctx.latest_end):
        return None
    if anchor and (anchor.year, anchor.month) == (latest.year, latest.month):
        return None
    return cal.month(latest.year, latest.month)


_ASIDE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "pcomp"})


# prepositions that relate a clause to another time rather than date it ("the first cut since
# January", "faster than in January", "up from last month"): such a month moves no story
_UNMOVING_PREPOSITIONS = frozenset(RELATIONAL_PREPOSITIONS | {"from", "than", "since"})


def _in_aside(ctx: Context, at: int, end: int) -> bool:
    """Whether the expression at ``at``-``end`` sits in a clause below its sentence's main verb, or
    does not date its clause's verb (a noun's date, "the biggest budget since October"), or
    hangs on a relational preposition ("since January"); without a parse: taken as one, to
    stay with the named day."""
    if ctx.doc is None:
        return True
    span = ctx.doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None:
        return True
    token = span[0]
    if any(t.dep_ in _ASIDE_DEPS for t in ancestors_of(token)):
        return True
    if not dates_verb(ctx.text, at, max(end, at + 1), ctx.doc):
        return True
    words = [token, *([token.nbor(-1)] if token.i > 0 else [])]
    for above in ancestors_of(token):
        if above.pos_ in {"VERB", "AUX"}:
            break
        words.append(above)
    return any(word.lower_ in _UNMOVING_PREPOSITIONS for word in words)


def holiday(match: re.Match[str], ctx: Context) -> Reading | None:
    """"Christmas", "Thanksgiving Day 2019", "last Christmas": in the year given, else the
    last one or the next one ("last"/"next", else the clause's tense; the nearest when the
    tense is not known, ties to the past)."""
    name = " ".join(match["holiday"].lower().split())
    if name.split()[-1] in LEX["weekdays"] and not match["holiday"][0].isupper():
        return None   # "a good Friday for stocks" is an ordinary Friday
    spec = LEX["holidays"][name]
    year = _year(match)
    if year:
        return cal.day(cal.holiday_day(spec, year))
    published = ctx.pub()
    days = [cal.holiday_day(spec, y) for y in range(published.year - 1, published.year + 2)]
    past = max(d for d in days if d <= published)
    future = min(d for d in days if d >= published)
    shift = LEX["relative_words"].get((_group(match, "rel") or "").lower())
    if shift is None:
        tense = ctx.tense(match)
        near = past if (published - past) <= (future - published) else future
        chosen = {"past": past, "future": future}.get(tense or "", near)
    else:
        chosen = {-1: past, 1: future}.get(shift, days[1])
    return cal.day(chosen)


def century(match: re.Match[str], ctx: Context) -> Reading | None:
    """"the 20th century" (1900-1999), "the nineteenth century", "this century", "the last
    century"; "the early 20th century" is the century (TimeML marks the part apart)."""
    if _group(match, "nthword"):
        number = _ordinal(match["nthword"])
    elif match.groupdict().get("nth"):
        number = int(match["nth"])
    else:
        number = ctx.pub().year // 100 + 1 + LEX["relative_words"][match["rel"].lower()]
    if not 1 <= number <= 22:
        return None
    start = (number - 1) * 100
    return cal.span(dt.date(max(start, 1), 1, 1), dt.date(start + 99, 12, 31))


def century_turn(match: re.Match[str], ctx: Context) -> Reading | None:
    """"the turn of the century": the year a century turned, nearest publication ("since the
    turn of the century" written in 2023 is 2000, "by the turn of the century" in 1989 too);
    "the turn of the 20th century" is 1900."""
    word, nth = _group(match, "nthword"), _group(match, "nth")
    if word or nth:
        return cal.year(((_ordinal(word) if word else int(nth or 0)) - 1) * 100)
    return cal.year(round(ctx.pub().year / 100) * 100)


def split_year(match: re.Match[str], ctx: Context) -> Reading | None:
    """"the 2022-23 school year", "the 2021/22 financial year", "the 1998-99 season": named
    by the year it begins in; the second year must follow the first ("2012-15" is no such year)."""
    year = int(match["year"])
    return cal.year(year) if int(match["next"]) == (year + 1) % 100 else None


def this_time(match: re.Match[str], ctx: Context) -> Reading | None:
    """"this time last year", "the same time next month": publication's day a year (month,
    week) back or ahead."""
    shift, unit = LEX["relative_words"][match["rel"].lower()], match["unit"].lower()
    published = ctx.pub()
    if unit == "week":
        return cal.day(published + dt.timedelta(weeks=shift))
    first = cal.add_months(published, shift) if unit == "month" \
        else dt.date(published.year + shift, published.month, 1)
    return _day_reading(first.year, first.month, min(published.day, cal.last_day(first.year, first.month)))


def anchored(match: re.Match[str], ctx: Context) -> Reading | None:
    """"following the Taliban's rise to power", "since the 9/11 attacks": from the day the
    named happening began (anchors.json) to publication."""
    anchor = anchor_named(match["anchor"])
    if anchor is None:
        return None
    published = ctx.published
    if published is None:   # the span runs to publication: without it, its end is unknown
        return cal.UNRESOLVED
    if published < anchor.date:
        return cal.day(anchor.date)
    return cal.span(anchor.date, published)


def reference(match: re.Match[str], ctx: Context) -> Reading | None:
    """"now", "recently", "the future", "in recent days", "several years ago": vague
    references, kept without a value. "as soon as" is a conjunction ("as soon as the
    talks end"), no reference to the future."""
    before = match.string[max(match.start() - 24, 0):match.start()]
    if match.group(0).lower() == "soon" and _AS_BEFORE.search(before) \
            and _AS_AFTER.match(match.string, match.end()):
        return None
    return cal.UNRESOLVED


_AS_BEFORE = re.compile(r"\bas\s+$", re.IGNORECASE)
# "as soon as possible" is the idiom for "soon" and stays a reference
_AS_AFTER = re.compile(r"\s+as\b(?!\s+(?:possible|practicable|feasible)\b)", re.IGNORECASE)


def _quarter_word(match: re.Match[str], ctx: Context) -> Reading | None:
    """"the quarter", "this quarter", "the latest quarter" (:func:`periods.quarter_word`);
    a bare "quarter" ("a quarter of the city") is no time."""
    if not (match["det"] or match["which"]) or not match.group(0)[-7:].islower():
        return None
    return quarter_word(match, ctx)


def _period_end(match: re.Match[str], ctx: Context) -> Reading | None:
    """"by the end of the month/week/decade/century", "the middle of the century": the month,
    week, decade or century of publication (as "the end of the year" is its year); we date to
    the period, not to its part."""
    unit = match["unit"].lower()
    published = ctx.pub()
    if unit == "week":
        return cal.span(*cal.week_of(published))
    if unit == "decade":
        return _period(published, unit, 0)
    if unit == "century":
        start = published.year // 100 * 100
        return cal.span(dt.date(start, 1, 1), dt.date(start + 99, 12, 31))
    return cal.month(published.year, published.month)


def _the_year(match: re.Match[str], ctx: Context) -> Reading | None:
    """"for the year", "a high for the year": the year of publication ("Player of the
    Year" is a title, not a time)."""
    return fiscal_year(match, ctx) if match.group(0).endswith("year") else None


def this_part_of_day(match: re.Match[str], ctx: Context) -> Reading | None:
    """"this morning", "this evening": the day of publication (TimeML adds the part of the
    day; we date to the day)."""
    return cal.day(ctx.pub())


def ordinal_day(match: re.Match[str], ctx: Context) -> Reading | None:
    """"on the 15th", "until the 3rd": a day of the month of the latest named day ("struck
    on Nov. 2 and again on the 15th"), else of publication, or of the month before or after
    it when the clause's tense puts the day on the other side of publication."""
    number = int(match["day"])
    if _group(match, "then") and not _group(match, "prep"):
        return None   # "the 15th in a row": a rank; "on the 28th in Paris" is a day
    if ctx.anchor is not None:
        year, month = ctx.anchor.year, ctx.anchor.month
    else:
        published = ctx.pub()
        tense = ctx.dating_tense(match)
        shift = -1 if tense == "past" and number > published.day else \
            1 if tense == "future" and number < published.day else 0
        first = cal.add_months(published, shift)
        year, month = first.year, first.month
    return _day_reading(year, month, number)


def new_year(match: re.Match[str], ctx: Context) -> Reading | None:
    """"in the new year": the year after publication when written in its second half
    ("the port will reopen in the new year"), else the year of publication. "the New Year"
    is the holiday's."""
    if not match.group(0).endswith("new year"):
        return None
    published = ctx.pub()
    return cal.year(published.year + int(published.month >= 7))


def measured(valuer: Valuer) -> Resolver:
    """A resolver for a duration or set of :mod:`~eventwire.when.durations`: no date (a
    duration is not when anything happened), so ``value=None``, or None when the valuer
    rejects the match ("a year" alone)."""
    def resolve(match: re.Match[str], ctx: Context) -> Reading | None:
        return cal.UNRESOLVED if valuer(match) else None
    return resolve


def overnight(match: re.Match[str], ctx: Context) -> Reading | None:
    """"Fighting continued overnight": the night into the latest named day, else into
    publication (TimeML writes the day with TNI; we date to the day). Before a noun it is an
    adjective ("an overnight stay"), which the pattern leaves out."""
    return cal.day(ctx.base())


CLOCK = (r"(?:(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d))?\s*(?P<half>[ap])(?:\.\s?m\.?|m)"
         r"|(?P<noon>noon|midday|midnight))(?:\s+(?:local\s+time|[ECMP][SD]T|GMT|UTC)(?![\w]))?")
_CLOCK = re.compile(rf"^{CLOCK}$", re.IGNORECASE)


def clock_time(text: str) -> str | None:
    """The time of day of a clock expression as TimeML writes it ("3 p.m. local time" is
    "15:00", "noon" and "midday" "12:00", "midnight" "24:00"), else None."""
    found = _CLOCK.match(text)
    if found is None:
        return None
    if found["noon"]:
        return "24:00" if found["noon"].lower() == "midnight" else "12:00"
    hour = int(found["hour"]) % 12 + (12 if found["half"].lower() == "p" else 0)
    return f"{hour:02d}:{found['minute'] or '00'}"


def clock(match: re.Match[str], ctx: Context) -> Reading | None:
    """"at 3 p.m.", "noon": a time of the latest named day ("polls open on Sunday … close at
    8 p.m."), else of publication; a day named right after it ("at 3 p.m. on Thursday") or
    another date of its sentence decides (see ``find._clock_days``). We date to the day;
    TimeML's value adds the hour (``tempeval.timeml_value``).

    "noon" or "midnight" before a word, with no word of time before it, is the word's
    modifier ("noon prayers", "the midnight deadline"): no time. A clock time of a habit
    ("at 9 p.m. every night", "each day at noon", "at 8 a.m. daily") is on no one day."""
    if match["noon"] and _NOUN_AFTER.match(ctx.text, match.end()) \
            and not _LEAD_WORD.search(ctx.text, max(0, match.start() - 40), match.start()):
        return None
    if _HABIT_AFTER.match(ctx.text, match.end()) \
            or _HABIT_BEFORE.search(ctx.text, max(0, match.start() - 40), match.start()):
        return cal.UNRESOLVED
    return cal.day(ctx.base())


_NOUN_AFTER = re.compile(r"\s+[a-z]")
_LEAD_WORD = re.compile(rf"\b(?:{LEX.alternation('clock_lead_words')})\s+$", re.IGNORECASE)
_HABIT = rf"(?:(?:every|each)\s+(?:single\s+)?\w+|{LEX.alternation('set_adverbs')})"
_HABIT_AFTER = re.compile(rf"\s*,?\s*{_HABIT}\b", re.IGNORECASE)
_HABIT_BEFORE = re.compile(rf"\b{_HABIT}\s*,?\s*(?:(?:at|from|by|until|around|about)\s+)?$",
                           re.IGNORECASE)


# rules whose expressions count from the day of publication, whatever was told before
# them: "on Monday", "yesterday", "this morning", "last weekend" (see _dated_near_publication)
NEAR_PUBLICATION = frozenset({"deictic", "weekday", "this_part_of_day", "weekend"})


# --- the rule table -------------------------------------------------------------------

_QUARTER_WORDS = r"latest|current|most\s+recent|recent|last|next|previous|prior|past|coming"

_AND = r"\s*(?:and|to|until|till|through|-|–)\s*"
_UNITS = r"(?P<unit>day|week|fortnight|month|year|decade)s?"

RULES: tuple[Rule, ...] = (
    Rule("anchor", _compile(
        rf"(?:following|after|since|in\s+the\s+wake\s+of)\s+(?P<anchor>{anchor_alternation()})"),
        anchored),
    Rule("iso", _compile(rf"{PREP}(?P<year>\d{{4}})[-/](?P<mon>\d\d)[-/](?P<day>\d\d)"), iso_date),
    Rule("numeric", _compile(rf"{PREP}(?P<a>\d{{1,2}})[/.](?P<b>\d{{1,2}})[/.](?P<year>\d{{4}})"),
         numeric_date),
    Rule("day_range", _compile(
        rf"{PREP}(?:(?:between|from)\s+)?(?:the\s+)?(?P<day>\d{{1,2}}){ORD}{_AND}(?:the\s+)?"
        rf"(?P<day2>\d{{1,2}}){ORD}\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?"), day_range),
    Rule("month_day_range", _compile(
        rf"{PREP}(?:(?:between|from)\s+)?{MONTH}\s+(?P<day>\d{{1,2}}){ORD}{_AND}"
        rf"(?P<day2>\d{{1,2}}){ORD}(?!\d)(?:,?\s+{YEAR})?"), day_range),
    Rule("day_month", _compile(
        rf"{PREP}(?:{WEEKDAY_LEAD},?\s+)?{_DAY_BEFORE_MONTH}{MONTH}"
        rf"(?:,?\s+{YEAR})?"), day_month),
    Rule("week_of_day", _compile(
        rf"{PREP}the\s+week\s+of\s+{MONTH}\s+(?P<day>\d{{1,2}}){ORD}(?!\d)(?:,?\s+{YEAR})?"), week_of_day),
    Rule("week_of_month", _compile(
        rf"{PREP}the\s+(?P<nth>{LEX.alternation('ordinals')}|last|final)\s+week\s+of\s+{MONTH}"
        rf"(?:,?\s+{YEAR})?"), week_of_month),
    Rule("month_day", _compile(
        rf"{PREP}(?:{WEEKDAY_LEAD},?\s+)?{MONTH}\s+{_DAY_AFTER_MONTH}(?:,?\s+{YEAR})?"),
        day_month),
    Rule("month_dash_range", _compile(   # "the July-September period", "in April–June 2024"
        rf"{PREP}(?:the\s+)?(?=(?-i:[A-Z])){MONTH}\s?[-–]\s?(?=(?-i:[A-Z])){month_group('month2')}"
        rf"(?:,?\s+{YEAR})?(?:\s+(?:period|quarter|months|season))?"), month_range),
    Rule("month_range", _compile(
        rf"{PREP}(?:between|from)\s+{MONTH}(?:\s+(?P<year0>(?:1[6-9]|20)\d\d))?"
        rf"\s+(?:and|to|until|till|through)\s+{month_group('month2')}(?:,?\s+{YEAR})?"),
        month_range),
    Rule("year_range", _compile(
        rf"{PREP}(?:between|from)\s+(?P<year>(?:1[6-9]|20)\d\d)\s+(?:and|to|until|till|through)"
        rf"\s+(?P<year2>(?:1[6-9]|20)\d\d)"), year_range),
    Rule("month", _compile(
        rf"{PREP}(?:(?:{REL}|(?P<that>that))\s+)?(?:(?P<part>{PARTS})(?:\s+|-)|(?P<edge>end|start)-)?{MONTH}"
        rf"(?:,?\s+(?:of\s+)?{YEAR})?"),
        named_month),
    Rule("season", _compile(
        rf"{PREP}(?:(?:{REL}|(?P<the>the)|(?P<that>that))\s+)?(?:(?:early|mid|late)[\s-]+)?"
        rf"(?P<season>{LEX.alternation('seasons')})"
        rf"(?:\s+(?:of\s+)?{YEAR}|\s+of\s+(?P<ofrel>{REL_WORD})\s+year(?![-\w'’]))?"), season),
    Rule("quarter", _compile(
        rf"{PREP}(?:the\s+)?(?P<q>{LEX.alternation('ordinals')}|final)[\s-]+quarter(?![-\w])"
        rf"(?:,?\s+(?:of\s+)?(?:fiscal\s+)?{YEAR}|\s+of\s+{REL}\s+year)?"), quarter),
    Rule("quarter_code", _compile(rf"{PREP}Q(?P<qn>[1-4])(?:\s+{YEAR})?"), quarter),
    Rule("year_quarter", _compile(
        rf"{PREP}(?:the\s+)?(?:(?P<year>(?:1[6-9]|20)\d\d)|(?P<rel>this|last|next|previous)"
        rf"\s+year['’]s)\s+(?:(?P<q>{LEX.alternation('ordinals')})[\s-]+)?(?:fiscal\s+)?"
        r"quarter(?![-\w])"), year_quarter),
    Rule("quarter_word", _compile(
        rf"{PREP}(?:(?P<det>the|this|that)\s+)?(?:(?P<which>{_QUARTER_WORDS})\s+)?"
        r"(?:fiscal\s+)?quarter(?![-\w])(?!\s+of\b)"), _quarter_word),
    Rule("period_word", _compile(
        rf"{PREP}(?:the\s+)?(?:(?P<which>latest|most\s+recent)|(?P<year>(?:1[6-9]|20)\d\d))"
        r"\s+period(?!\w)"), period_word),
    Rule("year_ago", _compile(
        r"(?:the\s+(?:quarter|period)\s+a\s+year\s+(?:earlier|ago)|(?:the\s+)?year-"
        r"(?:earlier|ago)(?:\s+(?:quarter|period))?)(?!-)"), year_ago),
    Rule("period_last_year", _compile(
        r"the\s+(?:same|corresponding|comparable|like)\s+(?:quarter|period)\s+(?:of\s+|in\s+)?"
        r"(?:last\s+year|the\s+(?:previous|prior)\s+year)(?![-\w'’])"), year_ago),
    Rule("half", _compile(
        rf"{PREP}(?:the\s+)?(?P<which>first|second|last|latter)\s+(?:half|two\s+quarters)"
        rf"(?:\s+of\s+(?:the\s+year|(?P<rel>this|last|next)\s+year|(?:fiscal\s+)?{YEAR})"
        r"|(?!\s+of\b))"), half),
    Rule("fiscal_year", _compile(
        rf"{PREP}(?:the\s+)?(?:(?P<which>current|latest|last|previous|past|prior|next|coming"
        r"|this)\s+)?fiscal\s+year(?![-\w])"), fiscal_year),
    Rule("year_end", _compile(
        r"(?:(?:the\s+)?(?P<which>)(?:year[-\s]end|year['’]s\s+end)(?![-\w])"
        r"|the\s+end\s+of\s+the\s+(?:fiscal\s+|calendar\s+)?year(?!\w))"), fiscal_year),
    Rule("month_end", _compile(
        r"the\s+(?:end|middle|start|beginning)\s+of\s+the\s+(?P<unit>month|week|decade|century)(?!\w)"),
        _period_end),
    Rule("short_year", _compile(rf"{PREP}['’](?P<short>\d\d)(?![\w'’])"), short_year),
    Rule("the_year", _compile(
        rf"the\s+(?P<which>)year(?![-\w'’])(?!\s+(?:{LEX.alternation('year_continuations')}"
        r"|(?:1[6-9]|20)\d\d)\b)"), _the_year),
    Rule("decade", _compile(
        rf"{PREP}(?:the\s+)?(?:(?P<part>early|mid|late)[\s-]+)?(?P<decade>(?:1[0-9]|20)\d0)'?s"),
        decade),
    Rule("short_decade", _compile(
        rf"{PREP}the\s+(?:(?P<part>early|mid|late)[\s-]+)?['’](?P<short>\d0)s"), decade),
    Rule("decade_word", _compile(
        rf"{PREP}the\s+(?:(?P<part>early|mid|late)[\s-]+)?"
        rf"(?P<word>{LEX.alternation('decade_words')})"), decade),
    Rule("split_year", _compile(
        rf"{PREP}(?:the\s+)?(?P<year>(?:1[6-9]|20)\d\d)[-/–](?P<next>\d\d)(?![\d/–-]|\.\d)"
        r"(?:\s+(?:(?:school|academic|financial|fiscal|tax|budget|crop|marketing)\s+)?(?:year|season|term))?"),
        split_year),
    Rule("year", _compile(
        rf"{PREP}(?:(?:fiscal(?:\s+year)?|the\s+year|calendar)\s+|FY\s?)?{YEAR}"), plain_year),
    Rule("spoken_year", _compile(rf"{PREP}{SPOKEN_YEAR}"), spoken_year),
    Rule("deictic", _compile(
        rf"(?P<word>{LEX.alternation('deictic_days')})"
        rf"(?:\s+(?:{DAY_PART}))?"), deictic_day),
    Rule("relative_period", _compile(
        rf"{PREP}(?:(?:earlier|later|early|late)\s+)?(?:(?P<the>the)\s+)?{REL}\s+"
        r"(?P<unit>week|month|year|decade)(?!\w)"), relative_period),
    Rule("weekend", _compile(rf"{PREP}(?:over\s+)?(?:{REL}|the)\s+weekend"), weekend),
    Rule("ago", _compile(
        rf"{NUM}\s+(?P<unit>day|week|fortnight|month|year|decade)s?(?:\s+or\s+so)?\s+ago"), ago),
    Rule("from_now", _compile(
        rf"{NUM}\s+(?P<unit>day|week|fortnight|month|year|decade)s?"
        r"(?:\s+from\s+(?:now|today)|['’]s?\s+time)(?!\w)"), from_now),
    Rule("weekday", _compile(
        rf"{PREP}(?:{REL}\s+)?{WEEKDAY}(?:\s+(?:{DAY_PART}))?"), weekday),
    Rule("anaphoric_count", _compile(
        rf"{NUM}\s+{_UNITS}\s+(?P<dir>later|earlier|after\s+that|before\s+that)"),
         anaphoric_count),
    Rule("anaphoric_next", _compile(
        r"(?:on\s+)?the\s+(?P<dir>next|following|previous|preceding|prior)\s+"
        + _PERIOD_UNITS), anaphoric_next),
    Rule("anaphoric_after", _compile(
        rf"the\s+{_PERIOD_UNITS}\s+(?P<dir>before|after)"
        r"(?:\s+that(?![-\w])|(?=\s*(?:[,.;:!?)]|$)))"), anaphoric_next),
    Rule("ordinal_day", _compile(
        rf"{PREP}the\s+(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)"
        r"(?=\s*(?:[,.;:!?)]|$)|\s+(?P<then>on|in|at|when|after|before|with|from|until)\s)"),
        ordinal_day),
    Rule("this_part_of_day", _compile(r"this\s+(?:morning|afternoon|evening)"), this_part_of_day),
    Rule("new_year", _compile(rf"{PREP}the\s+new\s+year(?![-\w'’])"), new_year),
    Rule("anaphoric_month", _compile(
        rf"(?:in\s+)?the\s+(?P<dir>next|following|previous|preceding|prior)\s+{MONTH}"), anaphoric_month),
    Rule("anaphoric_weekday", _compile(
        rf"(?:on\s+)?the\s+(?P<dir>next|following|previous|preceding|prior)\s+{WEEKDAY}"),
        anaphoric_weekday),
    Rule("same_period", _compile(
        r"(?:(?:later|earlier)\s+)?(?:on\s+|in\s+|during\s+)?(?:that(?:\s+same)?|the\s+same)\s+"
        rf"{_PERIOD_UNITS}(?!\w)"), same_period),
    Rule("in_the_period", _compile(
        r"(?:later|earlier)\s+in\s+the\s+(?P<unit>week|month|year)(?!\w)"), same_period),
    Rule("before_last", _compile(
        r"the\s+(?P<unit>week|month|year)\s+before\s+last(?![-\w])"), before_last),
    Rule("holiday", _compile(
        rf"{PREP}(?:{REL}\s+)?(?P<holiday>{LEX.alternation('holidays')})(?:,?\s+{YEAR})?"),
        holiday),
    Rule("century", _compile(
        rf"{PREP}(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?"
        rf"(?:(?P<nth>\d{{1,2}})(?:st|nd|rd|th)|(?P<nthword>{ORDINAL_WORDS})|{REL})[\s-]century"), century),
    Rule("century_turn", _compile(
        rf"{PREP}(?:(?:at|around|by|near|before|after)\s+)?the\s+turn\s+of\s+the\s+"
        rf"(?:(?:(?P<nth>\d{{1,2}})(?:st|nd|rd|th)|(?P<nthword>{ORDINAL_WORDS}))[\s-])?century"),
        century_turn),
    Rule("this_time", _compile(
        r"(?:(?:at|by|around)\s+)?(?:this|the\s+same)\s+time\s+(?P<rel>last|next)\s+"
        r"(?P<unit>week|month|year)(?![-\w])"), this_time),
    Rule("vague_period", _compile(
        rf"{PREP}(?:the\s+)?(?:{LEX.alternation('vague_directions')})\s+"
        r"(?:days|weeks|months|years|decades)(?!\w)"), reference),
    Rule("vague_ahead", _compile(
        rf"{PREP}(?:the\s+)?(?:(?:next|coming)\s+(?:few\s+)?)?(?:days|weeks|months|years|decades)\s+"
        r"(?:ahead|to\s+come)(?!\w)"), reference),
    Rule("vague_ago", _compile(
        rf"(?:{LEX.alternation('vague_counts')})\s+(?:days|weeks|months|years|decades)\s+ago"),
        reference),
    Rule("reference", _compile(
        rf"(?P<ref>{LEX.alternation('references')})"
        r"(?!\s+(?:few\s+|several\s+|\w+\s+)?(?:days?|weeks?|months?|years?|decades?)\b)"),
        reference),
    Rule("overnight", _compile(rf"overnight{_PHRASE_END}"), overnight),
    Rule("clock", _compile(CLOCK), clock),
    *(Rule(name, _compile(body), measured(valuer)) for name, _, body, valuer in PATTERNS),
)
