"""``GET /events/{id}/coverage``: every report of one event side by side, with discrepancies.

Its router is included before the one of ``GET /events/{id}``, whose id takes every path
(ids may hold a "/"), so that ``…/coverage`` reaches this route.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request

from eventwire.rest.auth import require_read
from eventwire.rest.errors import NOT_FOUND, READ_ERRORS

router = APIRouter(dependencies=[Depends(require_read)], responses=READ_ERRORS)


@router.get("/events/{event_id:path}/coverage", summary="One event's reports side by side",
            responses=NOT_FOUND,
            description="The coverage of a deduplicated event (by its id or a report's event id), "
                        "as `eventwire compare --format jsonl` writes it: `happening_id`, `type`, "
                        "`story_id`, `reports` (each report's outlet, publication, lag behind the "
                        "first report, sentence and the facts it carries: parties, date, place, "
                        "tolls, quantities, modality, attribution, quotes) and `discrepancies` "
                        "(`kind`, `field`, `sides`: each value with the report ids saying it, "
                        "`detail`). See docs/coverage.md.")
def get_coverage(request: Request, event_id: str) -> dict[str, Any]:
    from eventwire.coverage.read import happening_coverage

    coverage = happening_coverage(request.app.state.store, event_id)
    if coverage is None:
        raise HTTPException(404, f"no event with id {event_id!r}")
    return coverage.to_dict()
