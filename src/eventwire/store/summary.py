"""Aggregates over the store's events (happenings): how many by type, quad class, party
country, dyad, month, source and place, and a date range that one odd date cannot stretch.

Every count is one GROUP BY over the reports that match an :class:`EventFilter` (the
reports `Store.events` reads), joined to what the grouping needs: a row's `events` counts
the distinct events among them, `reports` the reports themselves. An event with several
party countries counts once for each of them, so the rows of `country` and `dyad` add up
to more than the total.

An event's date, for its month, the date range and the latest events, is the earliest date of
its matched reports: the key `eventwire events` sorts by and its --since/--until filter, not
the start of the happening's linking window (a year's first day, a week before a publication
date).
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, distinct, func, select
from sqlalchemy.orm import Session

from eventwire.errors import InputError
from eventwire.filters import EventFilter
from eventwire.ontology.tables import plover_types
from eventwire.store import schema as S
from eventwire.store.happenings import merge_happenings
from eventwire.store.reading import add_text, filtered

if TYPE_CHECKING:
    from eventwire.store.store import Store

GROUPINGS = ("type", "quad", "country", "dyad", "month", "source", "location_country", "status")
DEFAULT_BY = ("type", "quad", "country", "dyad", "month", "source", "status")
# the columns of each grouping's rows
COLUMNS = {"type": ("type",), "quad": ("quad",), "country": ("country",), "dyad": ("a", "b"),
           "month": ("month",), "source": ("source",), "location_country": ("location_country",),
           "status": ("status",)}
COUNTS = ("events", "reports")
QUAD_COUNTS = tuple(f"quad_{q}" for q in range(1, 5))   # month rows: events per quad class
# a date further than this many interquartile ranges outside the middle half is an outlier
# (Tukey's fence): in news, an event of long ago mentioned for context, or a mistaken year
FENCE = 1.5
MIN_SPREAD = dt.timedelta(days=365)   # the interquartile range of a store bunched in days


@dataclass
class DateRange:
    """The dates of the events: `first` to `last` leaves out the `outside` events dated far
    from the others (`earliest`, `latest`: the extremes with them)."""

    first: str | None = None
    last: str | None = None
    outside: int = 0
    earliest: str | None = None
    latest: str | None = None
    dated: int = 0


@dataclass
class Summary:
    """Totals, the date range, and the rows of each grouping asked for, in order."""

    events: int = 0
    reports: int = 0
    dates: DateRange = field(default_factory=DateRange)
    groupings: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


def columns(name: str) -> tuple[str, ...]:
    """The columns of the rows of grouping `name`, in order."""
    return COLUMNS[name] + COUNTS + (QUAD_COUNTS if name == "month" else ())


def frames(found: Summary) -> dict[str, Any]:
    """One pandas DataFrame per grouping of `found`, with its columns even when empty."""
    from eventwire.frames import _require

    pandas = _require("pandas")
    return {name: pandas.DataFrame(rows, columns=list(columns(name)))
            for name, rows in found.groupings.items()}


def check_by(names: Iterable[str]) -> tuple[str, ...]:
    """The grouping names of `names` (each may hold several, comma-separated), in order and
    once each; an empty list means the default ones. Raises InputError naming a bad one."""
    found: list[str] = []
    names = [names] if isinstance(names, str) else names
    for name in (part.strip().lower() for value in names for part in value.split(",")):
        if name and name not in GROUPINGS:
            near = difflib.get_close_matches(name, GROUPINGS, n=1)
            hint = f"did you mean {near[0]}? " if near else ""
            raise InputError(f"{name!r} is not a summary grouping; {hint}use one of "
                             f"{', '.join(GROUPINGS)}")
        if name and name not in found:
            found.append(name)
    return tuple(found) or DEFAULT_BY


def summarize(store: Store, where: EventFilter | None = None, by: Iterable[str] = DEFAULT_BY,
              top: int = 20) -> Summary:
    """The summary of the events matching `where`: totals, dates and the groupings `by`;
    ranked groupings keep their `top` rows (0: all)."""
    names = check_by(by)
    if top < 0:
        raise InputError(f"top must be 0 (all rows) or more, not {top}")
    with store.transaction() as session:
        where = where or EventFilter()
        matched = matched_reports(where)
        events, reports = session.execute(select(func.count(distinct(matched.c.happening)),
                                                 func.count(matched.c.report))).one()
        return Summary(events=events, reports=reports, dates=date_range(session, matched),
                       groupings={name: group(session, matched, name, top, where) for name in names})


def matched_reports(where: EventFilter) -> Any:
    """The reports that are part of an event and match `where`: (report, happening, article,
    day: the report's date).

    `where.q` keeps reports of articles whose text contains it (the listing then checks the
    sentence itself); `include_unreal` adds nothing: reports that are not part of an event
    have no event to count."""
    query = filtered(select(S.EventRow.id.label("report"), S.EventRow.happening_id.label("happening"),
                                  S.EventRow.article_id.label("article"),
                                  S.EventRow.date_value.label("day")), where)
    return query.where(S.EventRow.happening_id.is_not(None)).subquery("matched")


def group(session: Session, matched: Any, name: str, top: int,
          where: EventFilter) -> list[dict[str, Any]]:
    """The rows of grouping `name`: its key columns, then events and reports."""
    if name == "quad":
        return _quads(_rows(session, matched, "type", 0))
    if name == "month":
        return _months(session, matched)
    if name == "status":
        return _statuses(session, matched, where)
    return _rows(session, matched, name, top)


def _keys(name: str) -> dict[str, Any]:
    """The key columns of a ranked grouping, by the name each has in a row."""
    keys: dict[str, dict[str, Any]] = {
        "type": {"type": S.HappeningRow.type},
        "country": {"country": S.HappeningPartyRow.country},
        "dyad": {"a": S.HappeningDyadRow.a, "b": S.HappeningDyadRow.b},
        "source": {"source": S.ArticleRow.source},
        "location_country": {"location_country": S.HappeningRow.location_country}}
    return keys[name]


def _joined(matched: Any, name: str, columns: list[Any]) -> Select[Any]:
    """SELECT `columns` over the matched reports, joined to the table grouping `name` reads."""
    query = select(*columns).select_from(matched)
    if name == "country":
        return query.join(S.HappeningPartyRow, S.HappeningPartyRow.happening_id == matched.c.happening)
    if name == "dyad":
        return query.join(S.HappeningDyadRow, S.HappeningDyadRow.happening_id == matched.c.happening)
    if name == "source":
        return query.join(S.ArticleRow, S.ArticleRow.id == matched.c.article)
    return query.join(S.HappeningRow, S.HappeningRow.id == matched.c.happening)


def _rows(session: Session, matched: Any, name: str, top: int) -> list[dict[str, Any]]:
    """Rows of a ranked grouping: most events first, then most reports, then by key; the
    row of an unknown key last."""
    keys = _keys(name)
    events = func.count(distinct(matched.c.happening))
    reports = func.count(distinct(matched.c.report))
    query = (_joined(matched, name, [*keys.values(), events, reports])
             .group_by(*keys.values())
             # an unknown key (no source, no place) last, whatever its count
             .order_by(*(c.is_(None) for c in keys.values()), events.desc(), reports.desc(),
                       *keys.values()))
    if top:
        query = query.limit(top)
    return [{**dict(zip(keys, row[:-2], strict=True)), "events": row[-2], "reports": row[-1]}
            for row in session.execute(query)]


def _quads(types: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows per quad class from rows per type (an event has one type, so they add up)."""
    counts: dict[int, dict[str, Any]] = {}
    for row in types:
        quad = _quad(row["type"])
        found = counts.setdefault(quad, {"quad": quad, "events": 0, "reports": 0})
        found["events"] += row["events"]
        found["reports"] += row["reports"]
    return [counts[quad] for quad in sorted(counts)]


def _quad(type_: str) -> int:
    """The quad class of a stored type; 0 for a type no longer in the ontology."""
    known = plover_types().get(type_)
    return known.quad if known else 0


def event_days(matched: Any) -> Any:
    """(happening, day, reports) of the matched events: the earliest date of each one's
    matched reports (None when none is dated) and how many reports matched."""
    return (select(matched.c.happening, func.min(matched.c.day).label("day"),
                   func.count(matched.c.report).label("reports"))
            .group_by(matched.c.happening).subquery("days"))


def _months(session: Session, matched: Any) -> list[dict[str, Any]]:
    """Rows per month of the event's date (a year alone for events dated to a year), oldest
    first, with the events of each quad class."""
    days = event_days(matched)
    month = func.substr(days.c.day, 1, 7)
    rows = session.execute(select(month, S.HappeningRow.type, func.count(), func.sum(days.c.reports))
                           .join(S.HappeningRow, S.HappeningRow.id == days.c.happening)
                           .where(days.c.day.is_not(None))
                           .group_by(month, S.HappeningRow.type))
    months: dict[str, dict[str, Any]] = {}
    for label, type_, events, reports in rows:
        found = months.setdefault(label, {"month": label, "events": 0, "reports": 0,
                                          **dict.fromkeys(QUAD_COUNTS, 0)})
        found["events"] += events
        found["reports"] += int(reports)
        quad = _quad(type_)
        if quad:
            found[f"quad_{quad}"] += events
    return [months[label] for label in sorted(months)]


def _statuses(session: Session, matched: Any, where: EventFilter) -> list[dict[str, Any]]:
    """Every report matching `where` by its status (`store/reports.py`), zeros too: the
    linked ones with their events, then those that are part of no event."""
    from eventwire.store import reports

    counts = reports.report_counts(session, where)
    events = session.scalar(select(func.count(distinct(matched.c.happening)))) or 0
    return [{"status": name, "events": events if name == reports.LINKED else 0, "reports": n}
            for name, n in counts.items()]


# ---------------------------------------------------------------------- the date range

def date_range(session: Session, matched: Any) -> DateRange:
    """The range of the matched events' dates without the outliers: dates more than FENCE
    interquartile ranges (at least MIN_SPREAD) below the first quartile or above the third.
    Percentiles would call the 2% at the ends of any store outliers; this fence leaves a
    store of evenly spread dates whole and drops a stray 1860 or 2050 from a store of this
    decade."""
    days = event_days(matched)
    dates = select(days.c.day).where(days.c.day.is_not(None)).subquery("dates")
    dated = session.scalar(select(func.count()).select_from(dates)) or 0
    if not dated:
        return DateRange()
    low, high = (_nth(session, dates, int(share * (dated - 1))) for share in (0.25, 0.75))
    query = select(func.min(dates.c.day), func.max(dates.c.day), func.count())
    fence = _fence(low, high)
    if fence:
        query = query.where(dates.c.day >= fence[0], dates.c.day <= fence[1])
    first, last, kept = session.execute(query).one()
    earliest, latest = session.execute(select(func.min(dates.c.day), func.max(dates.c.day))).one()
    return DateRange(first=first, last=last, outside=dated - kept, earliest=earliest, latest=latest,
                     dated=dated)


def _fence(low: str, high: str) -> tuple[str, str] | None:
    """The first and last date that are no outliers, given the quartiles; None when a
    quartile is no ISO date (nothing is then left out)."""
    try:
        spread = max(_day(high) - _day(low), MIN_SPREAD) * FENCE
        return _shifted(low, -spread), _shifted(high, spread)
    except ValueError:
        return None


def _nth(session: Session, dates: Any, n: int) -> str:
    """The `n`-th date (from 0) in date order."""
    return str(session.scalar(select(dates.c.day).order_by(dates.c.day).offset(n).limit(1)))


def _day(value: str) -> dt.date:
    """A stored date ("2021", "2021-08" or "2021-08-15") as its first day."""
    padded = value + "-01-01" if len(value) == 4 else value + "-01" if len(value) == 7 else value[:10]
    return dt.date.fromisoformat(padded)


def _shifted(value: str, by: dt.timedelta) -> str:
    """`value`'s first day moved by `by`, as an ISO date, within the years a date can have."""
    try:
        return (_day(value) + by).isoformat()
    except OverflowError:
        return "0001-01-01" if by < dt.timedelta(0) else "9999-12-31"


# ---------------------------------------------------------------------- for the dashboard

def recent_events(store: Store, limit: int = 10, until: str | None = None) -> list[dict[str, Any]]:
    """The `limit` events with the latest dates (the earliest of each one's reports, up to
    `until`, e.g. the end of the date range without outliers), newest first, with their
    source sentences."""
    day = func.min(S.EventRow.date_value)
    query = (select(S.EventRow.happening_id).where(S.EventRow.happening_id.is_not(None),
                                                   S.EventRow.date_value.is_not(None))
             .group_by(S.EventRow.happening_id)
             .order_by(day.desc(), S.EventRow.happening_id.desc()).limit(limit))
    if until:
        query = query.having(day <= until)
    with store.transaction() as session:
        events = list(merge_happenings(session, list(session.scalars(query))))
        add_text(session, events)
    return events


def most_active_dyad(store: Store, country: str | None = None) -> dict[str, Any] | None:
    """The dyad (two different countries) with the most events, with `country` when given:
    {"a", "b", "events"}, or None when the store has none."""
    events = func.count(distinct(S.HappeningDyadRow.happening_id))
    query = (select(S.HappeningDyadRow.a, S.HappeningDyadRow.b, events)
             .where(S.HappeningDyadRow.a != S.HappeningDyadRow.b)
             .group_by(S.HappeningDyadRow.a, S.HappeningDyadRow.b)
             .order_by(events.desc(), S.HappeningDyadRow.a, S.HappeningDyadRow.b).limit(1))
    if country:
        query = query.where((S.HappeningDyadRow.a == country) | (S.HappeningDyadRow.b == country))
    with store.transaction() as session:
        row = session.execute(query).first()
    return {"a": row[0], "b": row[1], "events": row[2]} if row else None
