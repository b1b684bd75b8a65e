"""``GET /summary``: counts of events by type, quad class, country, dyad, month, source."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel, ConfigDict, Field

from eventwire.rest.auth import require_read
from eventwire.rest.errors import READ_ERRORS
from eventwire.rest.params import checked, event_filter
from eventwire.store import EventFilter
from eventwire.store import summary as S

router = APIRouter(dependencies=[Depends(require_read)], responses=READ_ERRORS)


class Row(BaseModel):
    """One row of a grouping: its key columns (e.g. `type`; `a` and `b` for a dyad), then the
    counts; a month row also has `quad_1` to `quad_4`, its events per quad class."""

    model_config = ConfigDict(extra="allow")

    events: int = Field(description="Events (deduplicated happenings) with this key.")
    reports: int = Field(description="Their reports matching the filters.")


class Dates(BaseModel):
    """The events' dates without outliers: dates more than 1.5 interquartile ranges (at least
    18 months) before the first quartile or after the third."""

    first: str | None
    last: str | None
    outside: int = Field(description="Dated events left out of first-last as outliers.")
    earliest: str | None = Field(description="The earliest date, outliers included.")
    latest: str | None = Field(description="The latest date, outliers included.")
    dated: int = Field(description="Events with a date.")


class Summary(BaseModel):
    """Totals, dates, and the rows of each grouping asked for."""

    events: int
    reports: int
    dates: Dates
    groupings: dict[str, list[Row]] = Field(description="Rows per grouping name, in the order "
                                            "asked; ranked ones most events first.")


def _by(values: list[str]) -> tuple[str, ...]:
    """The groupings asked for; 422 naming a bad one, the nearest and every valid name."""
    return checked("by", S.check_by, values)


@router.get("/summary", response_model=Summary, summary="Counts of events",
            description="How many events (and their reports) per type, quad class, party country, "
                        "dyad, month, source, location country or report status, with the range "
                        "of their dates. Filters as for /events, combined with AND (`sort` "
                        "changes nothing here).")
def get_summary(request: Request, where: Annotated[EventFilter, Depends(event_filter)],
                by: Annotated[list[str], Query(description=f"Groupings: {', '.join(S.GROUPINGS)} "
                                               "(repeat or separate with commas; default: "
                                               f"{','.join(S.DEFAULT_BY)}).")] = [],  # noqa: B006
                top: Annotated[int, Query(ge=0, le=1000, description="Rows of each ranked "
                                          "grouping (all but quad, month, status); 0: all.")] = 20,
                ) -> dict[str, Any]:
    found = S.summarize(request.app.state.store, where, _by(by), top)
    return {"events": found.events, "reports": found.reports, "dates": asdict(found.dates),
            "groupings": found.groupings}
