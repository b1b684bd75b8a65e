"""Downloads of a filtered event list: every matching event as CSV or JSONL, streamed.

The dashboard's "Download CSV / JSONL" links point here with the list's own query string, so
a download holds what the list shows, in its order, without its pages.
"""

from __future__ import annotations

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
from eventwire.store import EventFilter

router = APIRouter(dependencies=[Depends(require_read)], responses=READ_ERRORS)
CHUNK = 500   # events written per piece of the response
MEDIA = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson; charset=utf-8"}


def _described(fmt: str) -> dict[int | str, dict[str, Any]]:
    return {200: {"content": {MEDIA[fmt].split(";")[0]: {"schema": {"type": "string"}}},
                  "description": f"Every matching event, one {fmt.upper()} line each."}}


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


def _events(request: Request, where: EventFilter) -> Iterator[dict[str, Any]]:
    return iter(request.app.state.store.events(where, with_text=True))


def _download(pieces: Iterable[str], fmt: str) -> StreamingResponse:
    return StreamingResponse((piece.encode("utf-8") for piece in pieces), media_type=MEDIA[fmt],
                             headers={"Content-Disposition": f'attachment; filename="events.{fmt}"'})


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
