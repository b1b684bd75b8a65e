"""The orders of an event list: by date, type, intensity or number of reports, either way.

An event (happening) sorts by a key: its value under the sort, then (for every sort but date)
its date, then its id, so that the order is total and a page can start right after the last
key of the previous one (keyset pages, `store/pages.py`). By date, the key is the earliest date
of the event's matching reports (the latest, newest first); by type, intensity (the mean of its
reports') or number of reports, it is the event's own, whatever the filter. Events without an
intensity sort last either way; undated events first by date, last otherwise.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import and_, func, or_, select

from eventwire.store import schema as S

Filtered = Callable[[Any], Any]   # adds a filter's conditions on EventRow to a query
# where an event without an intensity sorts: after every PLOVER score (-10 to +10) either way
NO_INTENSITY = 100.0


def descending(sort: str) -> bool:
    return sort.startswith("-")


def is_by_date(sort: str) -> bool:
    return sort.lstrip("-") == "date"


def after(columns: Sequence[Any], key: Sequence[Any] | None, *, reverse: bool = False) -> Any:
    """The condition "`columns` come after `key`" in lexicographic order (before it with
    `reverse`), or None without a key."""
    if not key:
        return None
    conditions = []
    for i, (column, value) in enumerate(zip(columns, key, strict=True)):
        equal = [c == v for c, v in zip(columns[:i], key[:i], strict=True)]
        conditions.append(and_(*equal, column < value if reverse else column > value))
    return or_(*conditions)


def dated(filtered: Filtered, sort: str, key: Sequence[str] | None = None,
          among: list[str] | None = None) -> Any:
    """(event, key date) of the matching events (those `among` only, when given) with a key
    after `key`, in key order: the earliest date of its matching reports ("" when undated, first),
    or for "-date" the latest ("" last)."""
    reverse = descending(sort)
    date = func.coalesce((func.max if reverse else func.min)(S.EventRow.date_value), "")
    query = filtered(select(S.EventRow.happening_id, date))
    query = query.where(S.EventRow.happening_id.is_not(None) if among is None
                        else S.EventRow.happening_id.in_(among))
    query = query.group_by(S.EventRow.happening_id)
    condition = after((date, S.EventRow.happening_id), key, reverse=reverse)
    if condition is not None:
        query = query.having(condition)
    columns = (date, S.EventRow.happening_id)
    return query.order_by(*(c.desc() for c in columns) if reverse else columns)


def ranked(filtered: Filtered, sort: str, key: Sequence[str] | None = None) -> Any:
    """(event, value, date) of the matching events with a key after `key`, in key order, for
    a sort by type, intensity or reports."""
    reverse = descending(sort)
    value = _value(sort.lstrip("-"), reverse)
    date = func.coalesce(S.HappeningRow.date_value, "9999" if not reverse else "")
    matching = filtered(select(S.EventRow.happening_id)).where(S.EventRow.happening_id.is_not(None))
    query = select(S.HappeningRow.id, value, date).where(S.HappeningRow.id.in_(matching))
    columns = (value, date, S.HappeningRow.id)
    condition = after(columns, typed(sort, key), reverse=reverse)
    if condition is not None:
        query = query.where(condition)
    return query.order_by(*(c.desc() for c in columns) if reverse else columns)


def keyed(filtered: Filtered, sort: str) -> Any:
    """(event, key values ...) of every matching event in `sort` order."""
    return dated(filtered, sort) if is_by_date(sort) else ranked(filtered, sort)


def typed(sort: str, key: Sequence[str] | None) -> list[Any] | None:
    """A ranked key's values as the database compares them (a number for intensity, reports)."""
    if not key:
        return None
    convert: Callable[[str], Any] = {"intensity": float, "reports": int}.get(sort.lstrip("-"), str)
    return [convert(key[0]), *key[1:]]


def _value(name: str, reverse: bool) -> Any:
    if name == "type":
        return S.HappeningRow.type
    if name == "reports":
        return S.HappeningRow.num_reports
    mean = S.HappeningRow.intensity_sum / func.nullif(S.HappeningRow.intensity_count, 0)
    return func.coalesce(mean, -NO_INTENSITY if reverse else NO_INTENSITY)
