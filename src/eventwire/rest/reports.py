"""``GET /reports``: every report with its status, so that none is out of reach of the API."""

from __future__ import annotations

import re
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request

from eventwire.rest import cursor
from eventwire.rest.auth import require_read
from eventwire.rest.errors import READ_ERRORS
from eventwire.rest.models import Page
from eventwire.rest.params import checked, report_filter
from eventwire.store import EventFilter
from eventwire.store import reports as R

router = APIRouter(dependencies=[Depends(require_read)], responses=READ_ERRORS)

# a page key is one report id: no NUL (PostgreSQL text cannot), no lone surrogate (not UTF-8)
REPORT_KEY: cursor.Shape = (re.compile(r"[^\x00\ud800-\udfff]+"),)
Statuses = Annotated[list[str], Query(
    alias="status", description=f"Only reports with this status: {', '.join(R.STATUSES)}, or "
                                f"{R.UNLINKED_GROUP} for every report not in an event (repeat the "
                                "parameter or separate with commas). Default: every report.")]


Filter = Annotated[EventFilter, Depends(report_filter)]


def statuses(values: list[str]) -> list[str] | None:
    """The statuses asked for (None: all); 422 naming an unknown one and the nearest."""
    return checked("status", R.checked_statuses, values) if values else None


@router.get("/reports", response_model=Page, summary="Reports, each with its status",
            description="What each article's sentence says, by report id: the contract's event "
                        "object with `status` (`linked`: part of an event; `not_asserted`, "
                        "`low_confidence`, `no_party_country`, `no_date`: why not), `doc_id`, "
                        "`event_id` (the report's id), `event` (the id of its event, or null), "
                        "`sentence_text`, `url`, `source`, `published` and `title`. The "
                        "filters of `/events` (but `sort`: reports are listed by report id) "
                        "apply to each report; `/reports.csv` and `/reports.jsonl` download "
                        "every matching report.")
def list_reports(request: Request, where: Filter,
                 limit: Annotated[int, Query(ge=1, le=500, description="Items per page (1-500).")] = 50,
                 cursor_: Annotated[str | None, Query(alias="cursor", description="`next_cursor` "
                                                      "of the previous page.")] = None,
                 status: Statuses = [],  # noqa: B006 - FastAPI copies it
                 ) -> dict[str, Any]:
    after = cursor.decode(cursor_, REPORT_KEY)
    items, last = R.report_page(request.app.state.store, limit, after[0] if after else None,
                                statuses(status), where)
    return {"items": items, "next_cursor": cursor.encode([last] if last else None)}


@router.get("/reports/counts", summary="How many reports have each status",
            description="`{status: n}` for every status: `linked` (part of an event), "
                        "`not_asserted`, `low_confidence`, `no_party_country`, `no_date`, "
                        "among the reports matching the filters of `/reports`.")
def count_reports(request: Request, where: Filter) -> dict[str, int]:
    counts: dict[str, int] = request.app.state.store.report_counts(where)
    return counts
