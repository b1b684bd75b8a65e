"""Downloads of a filtered event or report list: every matching one as CSV or JSONL, streamed.

The dashboard's "Download CSV / JSONL" links point here with the list's own query string, so
a download holds what the list shows, in its order, without its pages. The request time limit
does not cut a download off (`limits.RequestTimeout`): it streams to its end.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import StreamingResponse

from eventwire.export import write_csv
from eventwire.rest.auth import require_read
from eventwire.rest.errors import READ_ERRORS
from eventwire.rest.params import event_filter
from eventwire.rest.reports import Filter, Statuses, statuses
from eventwire.store import EventFilter
from eventwire.store import reports as R

router = APIRouter(dependencies=[Depends(require_read)], responses=READ_ERRORS)
CHUNK = 500   # events written per piece of the response
MEDIA = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson; charset=utf-8"}


def _described(fmt: str, what: str = "event") -> dict[int | str, dict[str, Any]]:
    return {200: {"content": {MEDIA[fmt].split(";")[0]: {"schema": {"type": "string"}}},
                  "description": f"Every matching {what}, one {fmt.upper()} line each."}}


@router.get("/events.csv", response_class=StreamingResponse, responses=_described("csv"),
            summary="Download the events as CSV",
            description="Every event matching the filters of `/events` (same parameters, same "
                        "order), as `eventwire events --format csv` writes them: the columns of "
                        "docs/codebook.md, provenance included.")
def events_csv(request: Request, where: Annotated[EventFilter, Depends(event_filter)]) -> StreamingResponse:
    return _download(_csv(_events(request, where)), "csv")


@router.get("/events.jsonl", response_class=StreamingResponse, responses=_described("jsonl"),
            summary="Download the events as JSONL",
            description="Every event matching the filters of `/events` (same parameters, same "
                        "order), one JSON object per line, as `eventwire events --format jsonl` "
                        "writes them.")
def events_jsonl(request: Request, where: Annotated[EventFilter, Depends(event_filter)]) -> StreamingResponse:
    return _download((json.dumps(event, ensure_ascii=False) + "\n" for event in _events(request, where)),
                     "jsonl")


@router.get("/reports.csv", response_class=StreamingResponse, responses=_described("csv", "report"),
            summary="Download the reports as CSV",
            description="Every report matching the filters of `/reports` (same parameters, "
                        "report id order), as `eventwire reports --format csv` writes them: its "
                        "status, ids, the columns of an event and its article's url, source and "
                        "publication date.")
def reports_csv(request: Request, where: Filter,
                status: Statuses = [],  # noqa: B006 - FastAPI copies it
                ) -> StreamingResponse:
    return _download(_report_csv(_reports(request, where, statuses(status))), "csv", "reports")


@router.get("/reports.jsonl", response_class=StreamingResponse, responses=_described("jsonl", "report"),
            summary="Download the reports as JSONL",
            description="Every report matching the filters of `/reports` (same parameters, "
                        "report id order), one JSON object per line, as `eventwire reports` "
                        "writes them.")
def reports_jsonl(request: Request, where: Filter,
                  status: Statuses = [],  # noqa: B006 - FastAPI copies it
                  ) -> StreamingResponse:
    found = _reports(request, where, statuses(status))
    return _download((json.dumps(report, ensure_ascii=False) + "\n" for report in found), "jsonl",
                     "reports")


def _events(request: Request, where: EventFilter) -> Iterator[dict[str, Any]]:
    return iter(request.app.state.store.events(where, with_text=True))


def _reports(request: Request, where: EventFilter, chosen: list[str] | None) -> Iterator[dict[str, Any]]:
    return iter(request.app.state.store.reports(where, status=chosen))


def _download(pieces: Iterable[str], fmt: str, name: str = "events") -> StreamingResponse:
    return StreamingResponse((piece.encode("utf-8") for piece in pieces), media_type=MEDIA[fmt],
                             headers={"Content-Disposition": f'attachment; filename="{name}.{fmt}"'})


def _csv(events: Iterator[dict[str, Any]]) -> Iterator[str]:
    """The CSV of `events` as `export.write_csv` writes it, CHUNK events a piece: its header
    once, then each piece's rows without the header `write_csv` starts every piece with."""
    header = _written([])
    yield header
    while chunk := list(islice(events, CHUNK)):
        yield _written(chunk)[len(header):]


def _written(events: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    write_csv(events, out)
    return out.getvalue()


def _report_csv(reports: Iterator[dict[str, Any]]) -> Iterator[str]:
    """The CSV of `reports` (`store.reports.report_columns`): its header, then CHUNK reports
    a piece."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=R.report_columns(), lineterminator="\n")
    writer.writeheader()
    yield _drained(out)
    while chunk := list(islice(reports, CHUNK)):
        writer.writerows(R.flat_report(report) for report in chunk)
        yield _drained(out)


def _drained(out: io.StringIO) -> str:
    """What `out` holds, which it then forgets."""
    text = out.getvalue()
    out.seek(0)
    out.truncate()
    return text
