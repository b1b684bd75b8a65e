"""What the dashboard's Reports page and its counts need from the store.

The page takes the event filters of the events page (the REST API's names and checks,
`eventwire.filters`) and a status; a bad one is a 422 page with the hint and no list, as on
the events page: an empty list would read as "no such reports".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from fastapi import HTTPException, Request

from eventwire.dashboard import lists
from eventwire.errors import InputError
from eventwire.rest import cursor
from eventwire.rest.reports import REPORT_KEY
from eventwire.store import EventFilter, Store
from eventwire.store import reports as R


@dataclass
class ReportFilter:
    """The filter of the Reports page: event filters and statuses (None: refused, 422)."""

    where: EventFilter | None
    statuses: list[str] | None = None
    status: int = 200
    problems: list[str] = field(default_factory=list)


def read_filter(request: Request) -> ReportFilter:
    """The page's filter from its query string; refused with the problem when a filter, the
    status or a parameter name is wrong, or a sort is given (reports are listed by id)."""
    listing = lists.read_filter(request, also=("cursor", "status"))
    if listing.where is None:
        return ReportFilter(None, status=listing.status, problems=listing.problems)
    if request.query_params.get("sort"):
        return ReportFilter(None, status=422, problems=["sort: reports are listed by report id; "
                                                        "sort orders event lists only"])
    given = request.query_params.get("status", "").strip()
    try:
        return ReportFilter(listing.where, R.checked_statuses([given]) if given else None)
    except InputError as exc:
        return ReportFilter(None, status=422, problems=[str(exc)])


def report_listing(store: Store, request: Request, found: ReportFilter, problems: list[str],
                   size: int) -> dict[str, Any]:
    """The template context of one page of reports: `reports` (None when the filter is
    refused), `next_cursor`, the `counts` per status among the reports the filters match,
    the statuses with their `meanings`, and the `downloads` of every matching report. A bad
    cursor is added to `problems` and ignored."""
    context = {"statuses": R.STATUSES, "meanings": R.MEANINGS, "unlinked_group": R.UNLINKED_GROUP}
    if found.where is None:
        return {**context, "reports": None, "next_cursor": None, "downloads": None,
                "counts": store.report_counts()}
    items, last = R.report_page(store, size, _after(request, problems), found.statuses, found.where)
    query = lists.download_query(request)
    return {**context, "reports": items, "next_cursor": cursor.encode([last] if last else None),
            "counts": store.report_counts(found.where),
            "downloads": {"CSV": f"/reports.csv{query}", "JSONL": f"/reports.jsonl{query}"}}


def _after(request: Request, problems: list[str]) -> str | None:
    try:
        key = cursor.decode(request.query_params.get("cursor") or None, REPORT_KEY)
    except HTTPException:
        problems.append("cursor: not a cursor this page made; showing the first page")
        return None
    return key[0] if key else None


def unlinked_count(store: Store) -> tuple[int, dict[str, int]]:
    """How many reports are not part of any event, and the counts per status."""
    counts: dict[str, int] = store.report_counts()
    return sum(counts[name] for name in R.UNLINKED), counts
