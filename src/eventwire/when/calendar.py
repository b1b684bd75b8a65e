"""Date arithmetic behind the normalisation rules, and the value shapes of CONTRACT.md.

A *reading* is ``(value, value_end, granularity)``: day "YYYY-MM-DD", month "YYYY-MM",
year "YYYY", range (first day, last day).
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Any

from eventwire.records import Granularity

Reading = tuple[str | None, str | None, Granularity]

UNRESOLVED: Reading = (None, None, "unknown")


def day(date: dt.date) -> Reading:
    return date.isoformat(), None, "day"


def month(year: int, number: int) -> Reading:
    return f"{year:04d}-{number:02d}", None, "month"


def year(number: int) -> Reading:
    return f"{number:04d}", None, "year"


def span(first: dt.date, last: dt.date) -> Reading:
    return first.isoformat(), last.isoformat(), "range"


def last_day(year_: int, month_: int) -> int:
    return calendar.monthrange(year_, month_)[1]


def month_days(year_: int, month_: int, first: int = 1, last: int = 31) -> tuple[dt.date, dt.date]:
    """Days ``first``..``last`` of a month, ``last`` clipped to the month's length."""
    end = min(last, last_day(year_, month_))
    return dt.date(year_, month_, first), dt.date(year_, month_, end)


def add_months(date: dt.date, count: int) -> dt.date:
    """The first day of the month ``count`` months from ``date``'s month."""
    index = date.year * 12 + date.month - 1 + count
    return dt.date(index // 12, index % 12 + 1, 1)


def week_of(date: dt.date) -> tuple[dt.date, dt.date]:
    """Monday..Sunday of the ISO week holding ``date``."""
    monday = date - dt.timedelta(days=date.weekday())
    return monday, monday + dt.timedelta(days=6)


def weekend_of(date: dt.date) -> tuple[dt.date, dt.date]:
    """Saturday..Sunday of the week holding ``date``."""
    saturday = week_of(date)[0] + dt.timedelta(days=5)
    return saturday, saturday + dt.timedelta(days=1)


def weekday_near(published: dt.date, weekday: int, future: bool) -> dt.date:
    """The news convention: the publication weekday is the publication day; otherwise the
    most recent past one, or the next one when the clause is in the future tense."""
    back = (published.weekday() - weekday) % 7
    if back == 0:
        return published
    if future:
        return published + dt.timedelta(days=7 - back)
    return published - dt.timedelta(days=back)


def weekday_nearest(published: dt.date, weekday: int) -> dt.date:
    """The nearest such weekday to publication, for a clause in neither the past nor the
    future tense ("the board meets Tuesday"), a day ahead counting as farther (see
    PAST_LEAN: "a premium over Thursday's close" on a Monday is last Thursday's)."""
    back = (published.weekday() - weekday) % 7
    return published - dt.timedelta(days=back) if back <= (7 - back) * PAST_LEAN else \
        published + dt.timedelta(days=7 - back)


# News mostly reports what happened: with no tense to go by, a date ahead of publication
# counts as half again as far away as one behind it.
PAST_LEAN = 1.5


def year_of_month(published: dt.date, month_: int, tense: str | None) -> int:
    """The year of a bare month: the latest one begun by publication in a past clause, the
    first one not over in a future clause, else the nearer one (see PAST_LEAN)."""
    past = published.year if month_ <= published.month else published.year - 1
    future = published.year if month_ >= published.month else published.year + 1
    if tense is None:
        gap_back = (published.month - month_) % 12
        gap_ahead = (month_ - published.month) % 12
        return future if gap_ahead * PAST_LEAN < gap_back else past
    return future if tense == "future" else past


def year_of_day(published: dt.date, month_: int, day_: int, tense: str | None) -> int:
    """The year of day/month: latest not after publication (past), first not before it
    (future), else the nearer of the two (see PAST_LEAN)."""
    this = _safe_date(published.year, month_, day_)
    past = published.year if this <= published else published.year - 1
    future = published.year if this >= published else published.year + 1
    if tense is None:
        back = (published - _safe_date(past, month_, day_)).days
        ahead = (_safe_date(future, month_, day_) - published).days
        return future if ahead * PAST_LEAN < back else past
    return future if tense == "future" else past


# a report names a period "ending" on a day when it is under way or over by about a quarter
JUST_ENDED_DAYS = 92


def year_of_period_end(published: dt.date, month_: int, day_: int, ended: bool,
                       tense: str | None = None) -> int:
    """The year of the last day of a period "ended" or "ending" on a day named without its
    year: the latest such day by publication for "ended", or for "ending" told in the past
    tense (a period told as over: "sales rose in the year ending June 30"); for "ending"
    otherwise that one too when at most a quarter back (a report on a period just over: "the
    quarter ending Sept. 30" in October), else the next ("the fiscal year ending June 30, the
    company expects ..." in October is next June's). ``tense`` is the clause's, as
    ``tense.period_tense`` gives it."""
    past = year_of_day(published, month_, day_, "past")
    if ended or tense == "past" or (published - _safe_date(past, month_, day_)).days <= JUST_ENDED_DAYS:
        return past
    return year_of_day(published, month_, day_, "future")


def falls_on(year_: int, month_: int, day_: int, weekday: int) -> bool:
    """Whether a day of a year is the given weekday (Monday 0); False if no such day."""
    try:
        return dt.date(year_, month_, day_).weekday() == weekday
    except ValueError:
        return False


def _safe_date(year_: int, month_: int, day_: int) -> dt.date:
    return dt.date(year_, month_, min(day_, last_day(year_, month_)))


def season_days(year_: int, months: tuple[int, int]) -> tuple[dt.date, dt.date]:
    """A season of ``year_``; a season that wraps the new year (winter) starts in December
    of ``year_`` - 1, so "winter 2022" is December 2021 to February 2022."""
    first, last = months
    start_year = year_ - 1 if first > last else year_
    return dt.date(start_year, first, 1), dt.date(year_, last, last_day(year_, last))


def season_near(published: dt.date, months: tuple[int, int], shift: int) -> tuple[dt.date, dt.date]:
    """"last" (-1: the latest season over by publication), "this" (0: the one of the
    publication year; in December "this winter" is the one just begun) or "next" (+1: the
    first one not yet begun)."""
    if shift < 0:
        year_ = published.year + 1
        while season_days(year_, months)[1] >= published:
            year_ -= 1
        return season_days(year_, months)
    if shift > 0:
        year_ = published.year - 1
        while season_days(year_, months)[0] <= published:
            year_ += 1
        return season_days(year_, months)
    wraps = months[0] > months[1]
    return season_days(published.year + int(wraps and published.month >= months[0]), months)


def quarter_days(year_: int, number: int) -> tuple[dt.date, dt.date]:
    first_month = 3 * (number - 1) + 1
    return (dt.date(year_, first_month, 1),
            dt.date(year_, first_month + 2, last_day(year_, first_month + 2)))


def year_of_quarter(published: dt.date, number: int, future: bool) -> int:
    """The most recent quarter ``number`` begun by publication (next one if future)."""
    first, last = quarter_days(published.year, number)
    if future:
        return published.year if last >= published else published.year + 1
    return published.year if first <= published else published.year - 1


def parse_value(value: str, end: bool = False) -> dt.date | None:
    """The first (or last, ``end=True``) day a value stands for; None if not a date."""
    try:
        if len(value) == 4:
            return dt.date(int(value), 12, 31) if end else dt.date(int(value), 1, 1)
        if len(value) == 7:
            y, m = int(value[:4]), int(value[5:7])
            return dt.date(y, m, last_day(y, m)) if end else dt.date(y, m, 1)
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def holiday_day(spec: list[Any], year_: int) -> dt.date:
    """The day of a holiday of lexicon.json in ``year_``: ``[month, day]``, or ``[month,
    weekday, n]`` for the n-th weekday of the month (n = -1: the last), or ``[11,
    "election", 0]`` for the United States' Election Day (the Tuesday after the first
    Monday of November), or ``[3, "easter", offset]`` for a day ``offset`` days from
    Western Easter Sunday ("Good Friday" is -2). A fourth item of the weekday form counts
    days on from that weekday: Black Friday is ``[11, "thursday", 4, 1]``, the day after
    Thanksgiving (not always the fourth Friday)."""
    month_, which = spec[0], spec[1]
    if isinstance(which, int):
        return dt.date(year_, month_, which)
    if which == "election":
        first_monday = _nth_weekday(year_, month_, 0, 1)
        return first_monday + dt.timedelta(days=1)
    if which == "easter":
        return easter(year_) + dt.timedelta(days=spec[2])
    offset = spec[3] if len(spec) > 3 else 0
    return _nth_weekday(year_, month_, WEEKDAY_NUMBERS[which], spec[2]) + dt.timedelta(days=offset)


def easter(year_: int) -> dt.date:
    """Western Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm)."""
    a, b, c = year_ % 19, year_ // 100, year_ % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    weekday_gap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * weekday_gap) // 433
    month_ = (h + weekday_gap - 7 * m + 90) // 25
    return dt.date(year_, month_, (h + weekday_gap - 7 * m + 33 * month_ + 19) % 32)


WEEKDAY_NUMBERS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
                   "saturday": 5, "sunday": 6}


def _nth_weekday(year_: int, month_: int, weekday: int, n: int) -> dt.date:
    if n > 0:
        first = dt.date(year_, month_, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.date(year_, month_, last_day(year_, month_))
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
