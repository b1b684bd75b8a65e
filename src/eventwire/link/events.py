"""Which coded events describe the same real-world happening.

Two reports are one happening when they have the same PLOVER type, compatible sets of
party countries (one contains the other, allowing for a party one report missed),
overlapping date windows given their granularity (two day-precise dates must be the same
day), and no contradicting location country. The store finds candidates through an index
on (country, type, date), so linking cost grows with the number of events, not its square.
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Any

# how precise a date is; lower is better
PRECISION = {"day": 0, "range": 1, "month": 2, "year": 3, "unknown": 4}

# an event dated only by its article happened up to this many days before publication
UNDATED_WINDOW_DAYS = 7
# reports of one happening often date it a day apart (time zones, an overnight attack, a
# "yesterday" counted from another day): day-precise dates this close can be one happening
# when the reports also agree on everything else (:func:`near_day`, :func:`same_place`)
NEAR_DAYS = 1
# place resolutions precise enough to tell one town's happening from another's
TOWN_RESOLUTIONS = ("city",)
# a report dated by a range longer than this ("since the Taliban takeover in August 2021,
# India has supplied ...") sums up an activity of many happenings: it joins none dated to a day
LONG_RANGE_DAYS = 62


def is_real(event: dict[str, Any]) -> bool:
    """True for an asserted, non-negated event at or above the ``min_confidence`` setting:
    one that can be a happening."""
    return (event.get("modality") == "asserted" and not event.get("negated")
            and float(event.get("confidence") or 0.5) >= min_confidence())


def min_confidence() -> float:
    """The ``min_confidence`` setting, checked: a number from 0 to 1."""
    from eventwire import settings
    from eventwire.errors import ConfigError

    value = settings.get("min_confidence")
    try:
        number = float(value)
    except ValueError:
        number = float("nan")
    if not 0 <= number <= 1:               # also NaN: not a number at all
        raise ConfigError(f"EVENTWIRE_MIN_CONFIDENCE={value!r}: not a number from 0 to 1")
    return number


def _countries(entities: list[dict[str, Any]]) -> set[str]:
    return {e["country"] for e in entities if e.get("country")}


def parties(event: dict[str, Any]) -> set[str]:
    """The countries of an event's actors and recipients together."""
    return _countries(event.get("actor", [])) | _countries(event.get("recipient", []))


def parties_compatible(known: set[str], new: set[str], date: dict[str, Any],
                       known_granularity: str) -> bool:
    """Whether two party sets can describe one happening.

    Equal sets always can; one inside the other can when the smaller still names two
    countries, or when both reports date the happening to the same precise day (a report
    that codes only one side of a dyad is common, a coincidence on a vaguer date is not).
    """
    if known == new:
        return True
    if not (known <= new or new <= known):
        return False
    return min(len(known), len(new)) >= 2 or (
        known_granularity == "day" and date.get("granularity") == "day")


def dates_agree(known_granularity: str, known_value: str, date: dict[str, Any],
                known_end: str = "") -> bool:
    """Two day-precise dates must be the same day; coarser dates only need to overlap, but a
    range longer than LONG_RANGE_DAYS (an activity summed up over months) and a day do not
    make one happening. `known_end` is the last day the known date allows."""
    if known_granularity == "day" and date.get("granularity") == "day":
        return known_value == str(date.get("value"))[:10]
    if known_granularity == "day" and date.get("granularity") == "range":
        return _days(*window(date)) <= LONG_RANGE_DAYS
    if known_granularity == "range" and date.get("granularity") == "day":
        return _days(known_value, known_end) <= LONG_RANGE_DAYS
    return True


def _days(first: str | None, last: str | None) -> int:
    """Days from `first` to `last` (ISO dates); 0 when either is missing or unreadable."""
    try:
        return (dt.date.fromisoformat(str(last)[:10]) - dt.date.fromisoformat(str(first)[:10])).days
    except ValueError:
        return 0


def near_day(known_granularity: str, known_value: str, date: dict[str, Any]) -> bool:
    """Two day-precise dates on different days at most NEAR_DAYS apart: one happening
    only if the reports agree on its parties and its town as well."""
    if known_granularity != "day" or date.get("granularity") != "day" or not known_value:
        return False
    try:
        apart = abs((dt.date.fromisoformat(known_value[:10])
                     - dt.date.fromisoformat(str(date.get("value"))[:10])).days)
    except ValueError:
        return False
    return 0 < apart <= NEAR_DAYS


def same_place(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    """Whether two locations name one town: both resolved to a town, the same gazetteer
    entry (or, without ids, the same name in the same country). A country or a region is
    too wide to tell two happenings a day apart from one."""
    if not a or not b or a.get("resolution") not in TOWN_RESOLUTIONS \
            or b.get("resolution") not in TOWN_RESOLUTIONS:
        return False
    if a.get("geonameid") and b.get("geonameid"):
        return bool(a["geonameid"] == b["geonameid"])
    return bool(a.get("name") and a.get("country")) and \
        (a.get("name"), a.get("country")) == (b.get("name"), b.get("country"))


def window(date: dict[str, Any] | None) -> tuple[str | None, str | None]:
    """The first and last day (ISO) an event's date allows, from its granularity."""
    if not date or not date.get("value"):
        return None, None
    value, granularity = str(date["value"]), date.get("granularity", "unknown")
    if granularity == "range" and date.get("value_end"):
        return value[:10], str(date["value_end"])[:10]
    if len(value) == 4:
        return f"{value}-01-01", f"{value}-12-31"
    if len(value) == 7:
        year, month = int(value[:4]), int(value[5:7])
        return f"{value}-01", f"{value}-{calendar.monthrange(year, month)[1]:02d}"
    if granularity == "unknown":
        day = dt.date.fromisoformat(value[:10])
        return (day - dt.timedelta(days=UNDATED_WINDOW_DAYS)).isoformat(), day.isoformat()
    return value[:10], value[:10]


def merge_date(current: dict[str, Any] | None, new: dict[str, Any] | None) -> dict[str, Any] | None:
    """The more precise of two dates (the current one on a tie)."""
    if not new or not new.get("value"):
        return current
    if not current or not current.get("value"):
        return new
    rank = PRECISION.get
    return new if rank(new.get("granularity", "unknown"), 4) < rank(
        current.get("granularity", "unknown"), 4) else current
