"""Dyad timelines: events between two countries per week, month or year."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import Select, and_, func, select
from sqlalchemy.orm import Session, aliased

from eventwire.errors import InputError
from eventwire.ontology import quad
from eventwire.store import schema as S

Period = Callable[[str], str]

_FREQUENCIES = {"week": "week", "w": "week", "month": "month", "m": "month", "me": "month",
                "year": "year", "y": "year", "ye": "year", "a": "year"}


def period_of(freq: str) -> Period:
    """The function from an ISO date to its period label for `freq`."""
    name = _FREQUENCIES.get(freq.lower())
    if name is None:
        raise InputError(f"unknown timeline frequency {freq!r}: use week, month or year")
    return {"week": _week, "month": lambda day: day[:7], "year": lambda day: day[:4]}[name]


def _week(day: str) -> str:
    year, week, _ = dt.date.fromisoformat(_first_day(day)).isocalendar()
    return f"{year}-W{week:02d}"


def _first_day(value: str) -> str:
    return value + "-01-01" if len(value) == 4 else value + "-01" if len(value) == 7 else value[:10]


def timeline_query(a: str, b: str) -> Select[Any]:
    """(date, type, mean report intensity) of each happening with both `a` and `b` among its
    parties.

    The party index is walked from `a` and probed for `b` by its primary key (happening,
    country), so the cost follows the number of `a`'s happenings: callers pass the rarer
    country as `a`. Reports' intensities come from the (happening, intensity) index.
    """
    first = aliased(S.HappeningPartyRow)
    second = aliased(S.HappeningPartyRow)
    return (select(S.HappeningRow.date_value, S.HappeningRow.type, func.avg(S.EventRow.intensity))
            .select_from(first)
            .join(second, and_(second.happening_id == first.happening_id, second.country == b))
            .join(S.HappeningRow, S.HappeningRow.id == first.happening_id)
            .join(S.EventRow, S.EventRow.happening_id == S.HappeningRow.id)
            .where(first.country == a)
            .group_by(S.HappeningRow.id, S.HappeningRow.date_value, S.HappeningRow.type))


def _rarer_first(session: Session, a: str, b: str) -> tuple[str, str]:
    """`a` and `b`, the country with fewer happenings first (two counts on the party index)."""
    def happenings(country: str) -> int:
        return session.scalar(select(func.count()).select_from(S.HappeningPartyRow)
                              .where(S.HappeningPartyRow.country == country)) or 0

    return (a, b) if happenings(a) <= happenings(b) else (b, a)


def dyad_query(a: str, b: str) -> Any:
    """(date, type, mean report intensity) of each happening with both `a` and `b` (two
    different countries) among its parties: one range of the dyad index."""
    low, high = sorted((a, b))
    mean = S.HappeningDyadRow.intensity_sum / func.nullif(S.HappeningDyadRow.intensity_count, 0)
    return (select(S.HappeningDyadRow.date_value, S.HappeningDyadRow.type, mean)
            .where(S.HappeningDyadRow.a == low, S.HappeningDyadRow.b == high))


def dyad_timeline(session: Session, a: str, b: str, period: Period) -> Iterator[dict[str, Any]]:
    """Per period (oldest first): events, counts per quad class, mean intensity."""
    query = timeline_query(*_rarer_first(session, a, b)) if a == b else dyad_query(a, b)
    rows = session.execute(query)
    buckets: dict[str, dict[str, Any]] = {}
    labels: dict[str, str] = {}       # date -> period label: a dyad's dates repeat
    quads: dict[str, str] = {}        # type -> quad class
    for date_value, type_, intensity in rows:
        if not date_value:
            continue
        label = labels.get(date_value)
        if label is None:
            label = labels[date_value] = period(date_value)
        bucket = buckets.get(label)
        if bucket is None:
            bucket = buckets[label] = {"quad": {"1": 0, "2": 0, "3": 0, "4": 0}, "events": 0,
                                       "intensities": []}
        bucket["events"] += 1
        quad_class = quads.get(type_)
        if quad_class is None:
            quad_class = quads[type_] = str(quad(type_))
        bucket["quad"][quad_class] += 1
        if intensity is not None:
            bucket["intensities"].append(float(intensity))
    for label in sorted(buckets):
        bucket = buckets[label]
        values = bucket.pop("intensities")
        yield {"period": label, **bucket, "mean_intensity": sum(values) / len(values) if values else None}
