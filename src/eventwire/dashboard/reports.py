"""What the dashboard's Reports page and its counts need from the store."""

from __future__ import annotations

from typing import Any

from fastapi import HTTPException

from eventwire.errors import InputError
from eventwire.rest import cursor
from eventwire.rest.reports import REPORT_KEY
from eventwire.store import reports as R


def report_listing(store: Any, values: dict[str, str], problems: list[str], size: int) -> dict[str, Any]:
    """The template context of one page of reports: `reports`, `next_cursor`, the `counts`
    per status, the statuses with their `meanings`. A bad status or cursor is added to
    `problems` and ignored (people type into these forms)."""
    statuses = _statuses(values, problems)
    items, last = R.report_page(store, size, _after(values, problems), statuses)
    return {"reports": items, "next_cursor": cursor.encode([last] if last else None),
            "counts": store.report_counts(), "statuses": R.STATUSES, "meanings": R.MEANINGS,
            "unlinked_group": R.UNLINKED_GROUP}


def _statuses(values: dict[str, str], problems: list[str]) -> list[str] | None:
    try:
        return R.checked_statuses([values["status"]]) if values["status"] else None
    except InputError as exc:
        problems.append(f"status: {exc}")
        values["status"] = ""
        return None


def _after(values: dict[str, str], problems: list[str]) -> str | None:
    try:
        key = cursor.decode(values.get("cursor") or None, REPORT_KEY)
    except HTTPException:
        problems.append("cursor: not a cursor this page made; showing the first page")
        return None
    return key[0] if key else None


def unlinked_count(store: Any) -> tuple[int, dict[str, int]]:
    """How many reports are not part of any event, and the counts per status."""
    counts: dict[str, int] = store.report_counts()
    return sum(counts[name] for name in R.UNLINKED), counts
