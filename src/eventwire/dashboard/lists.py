"""The dashboard's event lists (events page, map): the filter read from the query string by
the one parser REST uses, the page in its sort order, the total and the download links.

A bad filter value or an unknown parameter is a 422 page that says what is wrong, with the
hint, and shows no list: an empty list would read as "no such events".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from fastapi import Request

from eventwire import filters
from eventwire.errors import FilterError
from eventwire.store import EventFilter, Store

# the sorts offered on the page, and how they read; the default (-date) is left out of the address
SORT_CHOICES = (("", "newest first"), ("date", "oldest first"), ("-reports", "most reports"),
                ("type", "type"), ("intensity", "most conflictual"), ("-intensity", "most cooperative"))


@dataclass
class Listing:
    """What an event list page shows: the filter (None when refused), the HTTP status."""

    where: EventFilter | None
    status: int = 200
    problems: list[str] = field(default_factory=list)


def read_filter(request: Request, also: tuple[str, ...] = ("cursor",)) -> Listing:
    """The event filter of the page's query string; a refused Listing (422) when a value or a
    parameter name is wrong."""
    params = {name: request.query_params.getlist(name) for name in request.query_params}
    try:
        return Listing(filters.from_query(params, also=also))
    except FilterError as exc:
        return Listing(None, 422, [str(exc)])


def download_query(request: Request) -> str:
    """The page's query string without its cursor: the filters a download link carries."""
    pairs = [(name, value) for name, value in request.query_params.multi_items()
             if name != "cursor" and value.strip()]
    return "?" + urlencode(pairs) if pairs else ""


def page_context(request: Request, listing: Listing, store: Store) -> dict[str, Any]:
    """The total and download links of a list page (none for a refused filter)."""
    if listing.where is None:
        return {"total": None, "downloads": None, "sort_choices": SORT_CHOICES}
    query = download_query(request)
    return {"total": store.count_events(listing.where), "sort_choices": SORT_CHOICES,
            "downloads": {"CSV": f"/events.csv{query}", "JSONL": f"/events.jsonl{query}"}}
