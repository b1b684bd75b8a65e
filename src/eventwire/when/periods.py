"""Reporting periods: quarters, halves, fiscal years and year-ago comparisons.

Business and economic news reports figures by period and compares them with "a year
earlier". Such a comparison means the same period one year back: after "third-quarter
profit rose", "$5 million a year ago" is the third quarter of the year before, not the whole
year. The resolvers here read the latest quarter named before them (``Context.quarter``).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from eventwire.when import calendar as cal
from eventwire.when.calendar import Reading
from eventwire.when.lexicon import load_lexicon

if TYPE_CHECKING:
    from eventwire.when.rules import Context

LEX = load_lexicon()

# a comparison reads the quarter named within this many characters before it: a paragraph
# or two of an earnings report, not a quarter mentioned far up in an unrelated passage
QUARTER_REACH = 1500
# the rules whose expressions say which quarter a report is about; a comparison ("a year
# earlier") names another quarter but does not change the one reported on
NAMING_QUARTERS = frozenset({"quarter", "quarter_code", "year_quarter", "quarter_word"})


def quarter_of(reading: Reading) -> tuple[int, int] | None:
    """(year, number) when a reading is exactly one calendar quarter, else None."""
    value, value_end, _ = reading
    if not value or not value_end:
        return None
    first, last = dt.date.fromisoformat(value), dt.date.fromisoformat(value_end)
    number = (first.month - 1) // 3 + 1
    if (first, last) == cal.quarter_days(first.year, number):
        return first.year, number
    return None


def quarter_reading(year: int, number: int) -> Reading:
    """The quarter ``number`` of ``year``, counting on past the year's ends (0 is the last
    quarter of the year before, 5 the first of the year after)."""
    index = year * 4 + number - 1
    return cal.span(*cal.quarter_days(index // 4, index % 4 + 1))


def context_quarter(ctx: Context, at: int) -> tuple[int, int] | None:
    """The latest quarter named before offset ``at`` and near enough to it, else None."""
    if ctx.quarter is None or at - ctx.quarter[2] > QUARTER_REACH:
        return None
    return ctx.quarter[0], ctx.quarter[1]


def publication_quarter(published: dt.date) -> tuple[int, int]:
    return published.year, (published.month - 1) // 3 + 1


def years_back(ctx: Context, at: int, years: int,
               recent_to: dt.date | None = None) -> Reading | None:
    """"a year earlier" after a quarter: that quarter ``years`` years back; else None.

    With ``recent_to`` (publication, for "a year ago", which counts from it) only a quarter
    among the last four begun by that date counts."""
    near = context_quarter(ctx, at)
    if near is None:
        return None
    if recent_to is not None:
        year, number = publication_quarter(recent_to)
        if not 0 <= (year * 4 + number) - (near[0] * 4 + near[1]) <= 4:
            return None
    return quarter_reading(near[0] - years, near[1])


def year_ago(match: re.Match[str], ctx: Context) -> Reading | None:
    """"year-earlier profit", "the year-ago quarter", "the quarter a year earlier", "the
    corresponding period last year": the latest quarter one year back, else the year
    before publication."""
    return years_back(ctx, match.start(), 1) or cal.year(ctx.pub().year - 1)


_QUARTER_SHIFT = {"current": 0, "next": 1, "coming": 1, "last": -1, "previous": -1,
                  "prior": -1, "past": -1}
_ANAPHORIC_QUARTER = frozenset({"previous", "prior"})


def quarter_word(match: re.Match[str], ctx: Context) -> Reading | None:
    """"the quarter", "the latest quarter", "this quarter", "the current quarter", "next
    quarter": the quarter just named (the one a report is about), else counted from the
    quarter of publication ("the quarter" alone: the last one completed)."""
    which = " ".join((match["which"] or match["det"]).lower().split())
    ended = _quarter_ended(match, ctx)
    if ended:
        return ended
    near = context_quarter(ctx, match.start())
    if which in ("the", "latest", "most recent", "recent", "this", "that") and near:
        return quarter_reading(*near)
    if which == "that":
        return None
    if which in _ANAPHORIC_QUARTER and near:
        # "the prior quarter" in a report on the second quarter is the first, whatever
        # quarter the report came out in ("last quarter" counts from publication)
        return quarter_reading(near[0], near[1] - 1)
    year, number = publication_quarter(ctx.pub())
    shift = _QUARTER_SHIFT.get(which, 0 if which == "this" else -1)
    return quarter_reading(year, number + shift)


_ENDED = re.compile(r"\s+(?:ended|ending)\s+(?P<month>[A-Z][a-z]{2,8})\.?\s+(?P<day>\d{1,2})(?!\d)")


def _quarter_ended(match: re.Match[str], ctx: Context) -> Reading | None:
    """"the quarter ended Sept. 30": the calendar quarter that ends that day, of the
    latest year in which that day is not after publication (a reported quarter is over),
    or, for "ending", the quarter under way at publication.
    A fiscal quarter ending another month ("ended July 31") is left to the other rules."""
    found = _ENDED.match(match.string, match.end())
    month = LEX["months"].get(found["month"].lower()) if found else None
    if found is None or month is None or month % 3 or \
            int(found["day"]) != cal.last_day(2001, month):
        return None
    published = ctx.pub()
    first, last = cal.quarter_days(published.year, month // 3)
    under_way = found.group(0).lstrip().lower().startswith("ending") and first <= published
    year = published.year if last <= published or under_way else published.year - 1
    return quarter_reading(year, month // 3)


def period_word(match: re.Match[str], ctx: Context) -> Reading | None:
    """"the latest period", "the 1988 period": the quarter just named, else the last
    quarter completed by publication ("the latest period" is a report's; "period" alone
    is no time: "the period of martial law"); "the 1988 period" with no quarter near is
    the year."""
    near = context_quarter(ctx, match.start())
    year = match["year"]
    if year:
        return quarter_reading(int(year), near[1]) if near else cal.year(int(year))
    if near:
        return quarter_reading(*near)
    # "the latest period" is a report's: with no quarter named, the last one completed
    year_now, number = publication_quarter(ctx.pub())
    return quarter_reading(year_now, number - 1)


def year_quarter(match: re.Match[str], ctx: Context) -> Reading | None:
    """"the 1988 second quarter", "this year's third quarter", "last year's quarter" (the
    quarter just named, in that year; with none named, the year)."""
    year = int(match["year"]) if match["year"] else \
        ctx.pub().year + LEX["relative_words"][match["rel"].lower()]
    word = (match["q"] or "").lower()
    if word:
        return quarter_reading(year, LEX["ordinals"][word])
    near = context_quarter(ctx, match.start())
    return quarter_reading(year, near[1]) if near else cal.year(year)


def half(match: re.Match[str], ctx: Context) -> Reading | None:
    """"the first half of 1990", "the second half", "the first two quarters of 1990":
    January to June or July to December; without a year, the latest half begun by
    publication (the next one in a future clause)."""
    second = match["which"].lower() in ("second", "last", "latter")
    months = (7, 12) if second else (1, 6)
    year = int(match["year"]) if match["year"] else _half_year(match, ctx, months[0])
    return cal.span(dt.date(year, months[0], 1),
                    dt.date(year, months[1], cal.last_day(year, months[1])))


def _half_year(match: re.Match[str], ctx: Context, first_month: int) -> int:
    published = ctx.pub()
    rel = (match["rel"] or "").lower()
    if rel:
        return published.year + int(LEX["relative_words"][rel])
    if ctx.future(match):
        return published.year if published.month < first_month + 6 else published.year + 1
    return published.year if published.month >= first_month else published.year - 1


def fiscal_year(match: re.Match[str], ctx: Context) -> Reading | None:
    """"the year", "the fiscal year", "the current fiscal year", "year-end", "by year's
    end", "the end of the year": the year of publication; "the latest/last/previous fiscal
    year": the one before (a fiscal year is named by the calendar year it ends in, so the
    one under way at publication is the publication year's; "the fiscal year ending June
    30" is the year of that June 30, see ``calendar.year_of_period_end``)."""
    which = (match["which"] or "").lower()
    shift = {"latest": -1, "last": -1, "previous": -1, "past": -1, "prior": -1,
             "next": 1, "coming": 1}.get(which, 0)
    found = _ENDED.match(match.string, match.end())
    month = LEX["months"].get(found["month"].lower()) if found else None
    if found and month and not shift:   # "the fiscal year ending June 30": the June's year
        ended = found.group(0).split()[0].lower() == "ended"
        day = int(found["day"])
        return cal.year(cal.year_of_period_end(ctx.pub(), month, day, ended, ctx.period_tense(match)))
    return cal.year(ctx.pub().year + shift)
