"""Dyad timelines: events between two countries per week, month or year."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

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


def dyad_timeline(session: Session, a: str, b: str, period: Period) -> Iterator[dict[str, Any]]:
    """Per period (oldest first): events, counts per quad class, mean intensity."""
    both = (select(S.HappeningPartyRow.happening_id).where(S.HappeningPartyRow.country == a)
            .intersect(select(S.HappeningPartyRow.happening_id).where(S.HappeningPartyRow.country == b)))
    rows = session.execute(
        select(S.HappeningRow.date_value, S.HappeningRow.type, func.avg(S.EventRow.intensity))
        .join(S.EventRow, S.EventRow.happening_id == S.HappeningRow.id)
        .where(S.HappeningRow.id.in_(both))
        .group_by(S.HappeningRow.id, S.HappeningRow.date_value, S.HappeningRow.type))
    buckets: dict[str, dict[str, Any]] = {}
    for date_value, type_, intensity in rows:
        if not date_value:
            continue
        bucket = buckets.setdefault(period(date_value), {"quad": {"1": 0, "2": 0, "3": 0, "4": 0},
                                                         "events": 0, "intensities": []})
        bucket["events"] += 1
        bucket["quad"][str(quad(type_))] += 1
        if intensity is not None:
            bucket["intensities"].append(float(intensity))
    for label in sorted(buckets):
        bucket = buckets[label]
        values = bucket.pop("intensities")
        yield {"period": label, **bucket, "mean_intensity": sum(values) / len(values) if values else None}
