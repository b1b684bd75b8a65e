"""The dashboard's pages: thin handlers that read the store and fill one template each.

Query parameters are reported on the page rather than answered with a JSON error, since
people type into these forms. A bad filter of an event list (the REST API's names and checks,
`eventwire.filters`) is a 422 page with the hint and no list; other bad values are ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse, Response

from eventwire import filters
from eventwire.dashboard import charts, lists, queries, render, worldmap
from eventwire.dashboard.reports import read_filter as read_report_filter
from eventwire.dashboard.reports import report_listing, unlinked_count
from eventwire.errors import FilterError
from eventwire.rest import cursor
from eventwire.rest.auth import require_read
from eventwire.store import EventFilter, Store, pages
from eventwire.version import __version__

# scripts, styles and images from this server only; nothing inline, no frames, no plugins
POLICY = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
          "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
PAGE_SIZE = 50
FREQUENCIES = ("week", "month", "year")
_PERIOD = re.compile(r"^\d{4}(-\d{2}|-W\d{2})?$")

router = APIRouter(prefix="/ui", dependencies=[Depends(require_read)], include_in_schema=False)


def _page(template: str, status: int = 200, **context: Any) -> HTMLResponse:
    html = render.render(template, version=__version__, **context)
    return HTMLResponse(html, status_code=status, headers={"Content-Security-Policy": POLICY})


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


@dataclass
class Form:
    """The query parameters of a page, checked; `problems` says what was ignored and why."""

    values: dict[str, str]
    problems: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, request: Request, names: tuple[str, ...]) -> Form:
        return cls({name: request.query_params.get(name, "").strip()[:200] for name in names})

    def country(self, name: str) -> str | None:
        try:
            codes = filters.countries(self.values[name], name)
        except FilterError as exc:
            self.problems.append(str(exc))
            return None
        self.values[name] = codes[0] if codes else ""
        return self.values[name] or None

    def cursor(self, sort: str | None = None) -> pages.Key | None:
        """The page's cursor; with `sort`, one of an event list in that order."""
        given = self.values.get("cursor") or None
        try:
            return cursor.decode_events(given, sort) if sort else cursor.decode(given)
        except HTTPException:
            self.problems.append("cursor: not a cursor this page made; showing the first page")
            return None


# the contract's "/ is the dashboard": its overview page, outside the /ui prefix
home_router = APIRouter(dependencies=[Depends(require_read)], include_in_schema=False)


@home_router.get("/", response_class=HTMLResponse)
@router.get("", response_class=HTMLResponse)
@router.get("/", response_class=HTMLResponse)
def overview(request: Request) -> HTMLResponse:
    from eventwire.dashboard.overview import overview as summary

    store = _store(request)
    unlinked, by_status = unlinked_count(store)
    return _page("overview.html", nav="overview", counts=store.counts(), **summary(store),
                 reports=by_status, unlinked=unlinked)


@router.get("/dyad", response_class=HTMLResponse)
def dyad(request: Request) -> HTMLResponse:
    from eventwire.dashboard.overview import shown_dyad

    form = Form.of(request, ("a", "b", "freq", "period", "cursor"))
    store = _store(request)
    a, b = form.country("a"), form.country("b")
    if form.problems:     # a country that is none: say so, rather than show another dyad
        return _page("dyad.html", 422, nav="dyad", form=form, a=None, refused=True)
    shown = shown_dyad(store, a, b)
    if shown is None:
        return _page("dyad.html", nav="dyad", form=form, a=None)
    a, b, chosen = shown
    form.values.update(a=a, b=b)
    freq = form.values["freq"] if form.values["freq"] in FREQUENCIES else "month"
    form.values["freq"] = freq
    period = form.values["period"] if _PERIOD.match(form.values["period"]) else None
    timeline = list(store.timeline(a, b, freq))
    since, until = charts.period_bounds(period) if period else (None, None)
    where = EventFilter(dyad=(a, b), since=since, until=until, sort=filters.LIST_SORT)
    events = pages.event_page(store, where, PAGE_SIZE, form.cursor(where.sort))
    query = urlencode({name: value for name, value in (("dyad", f"{a},{b}"), ("since", since),
                                                       ("until", until), ("sort", where.sort)) if value})
    downloads = {kind: f"/events.{kind.lower()}?{query}" for kind in ("CSV", "JSONL")}
    return _page("dyad.html", nav="dyad", form=form, a=a, b=b, freq=freq, period=period,
                 chart=charts.build(timeline, freq), events=events.items, downloads=downloads,
                 next_cursor=cursor.encode(events.next_key), countries=queries.countries(store),
                 quads=charts.QUADS, chosen=chosen)


@router.get("/events", response_class=HTMLResponse)
def events(request: Request) -> HTMLResponse:
    """The filtered event list (the REST API's names and checks), newest first by default."""
    form = Form.of(request, (*filters.NAMES, "cursor"))
    listing = lists.read_filter(request)
    form.problems += listing.problems
    store = _store(request)
    page = pages.event_page(store, listing.where, PAGE_SIZE, form.cursor(listing.where.sort)) \
        if listing.where else pages.Page()
    from eventwire.ontology.tables import plover_types

    return _page("events.html", listing.status, nav="events", form=form,
                 events=page.items if listing.where else None, **lists.page_context(request, listing, store),
                 next_cursor=cursor.encode(page.next_key), types=sorted(plover_types()),
                 countries=queries.countries(store), sources=queries.sources(store),
                 unlinked=unlinked_count(store)[0])


@router.get("/reports", response_class=HTMLResponse)
def reports(request: Request) -> HTMLResponse:
    """Every report with its status, filtered by the event filters and status; the counts
    per status on top."""
    form = Form.of(request, (*filters.NAMES, "status", "cursor"))
    found = read_report_filter(request)
    form.problems += found.problems
    store = _store(request)
    from eventwire.ontology.tables import plover_types

    return _page("reports.html", found.status, nav="reports", form=form,
                 **report_listing(store, request, found, form.problems, PAGE_SIZE),
                 types=sorted(plover_types()), countries=queries.countries(store),
                 sources=queries.sources(store))


@router.get("/events/{event_id:path}/coverage", response_class=HTMLResponse)
def coverage(request: Request, event_id: str) -> HTMLResponse:
    """Every report of one event side by side (before `event`, whose id takes every path)."""
    from eventwire.coverage import grid
    from eventwire.coverage.discrepancies import outlet
    from eventwire.coverage.read import happening_coverage

    found = happening_coverage(_store(request), event_id)
    if found is None:
        return _page("missing.html", 404, nav="events", what="event", id=event_id)
    return _page("coverage.html", nav="events", coverage=found, rows=grid.rows(found),
                 outlets={report.event_id: outlet(report) for report in found.reports})


@router.get("/events/{event_id:path}", response_class=HTMLResponse)
def event(request: Request, event_id: str) -> HTMLResponse:
    found = pages.event_detail(_store(request), event_id)
    if found is None:
        return _page("missing.html", 404, nav="events", what="event", id=event_id)
    sentences = [render.marked_sentence(report) for report in found["reports"]]
    return _page("event.html", nav="events", event=found, sentences=sentences)


@router.get("/articles/{article_id:path}", response_class=HTMLResponse)
def article(request: Request, article_id: str) -> HTMLResponse:
    found = _store(request).article(article_id)
    if found is None:
        return _page("missing.html", 404, nav="events", what="article", id=article_id)
    event_id = request.query_params.get("event")
    return _page("article.html", nav="events", article=found, event_id=event_id,
                 parts=render.marked_article(found, event_id))


@router.get("/claims", response_class=HTMLResponse)
def claims(request: Request) -> HTMLResponse:
    form = Form.of(request, ("cursor",))
    try:
        page = pages.claim_page(_store(request), PAGE_SIZE, form.cursor())
    except ValueError:
        form.problems.append("cursor: not a cursor this page made; showing the first page")
        page = pages.claim_page(_store(request), PAGE_SIZE)
    return _page("claims.html", nav="claims", form=form, claims=page.items,
                 next_cursor=cursor.encode(page.next_key))


@router.get("/map", response_class=HTMLResponse)
def world_map(request: Request) -> HTMLResponse:
    form = Form.of(request, (*filters.NAMES, "cursor"))
    listing = lists.read_filter(request)
    form.problems += listing.problems
    located, next_key = queries.located_events(_store(request), listing.where,
                                               form.cursor(listing.where.sort)) \
        if listing.where else ([], None)
    points = [(*worldmap.project(e["location"]["lat"], e["location"]["lon"]), e) for e in located]
    from eventwire.ontology.tables import plover_types

    return _page("map.html", listing.status, nav="map", form=form, refused=listing.where is None,
                 downloads=lists.page_context(request, listing, _store(request))["downloads"],
                 countries=worldmap.countries(), points=points,
                 width=worldmap.WIDTH, height=worldmap.HEIGHT, next_cursor=cursor.encode(next_key),
                 types=sorted(plover_types()), limit=queries.MAP_LIMIT)


# ---------------------------------------------------------------------- static files

_STATIC = {"dashboard.css": "text/css; charset=utf-8",
           "dashboard.js": "text/javascript; charset=utf-8",
           "favicon.svg": "image/svg+xml", "apidocs.js": "text/javascript; charset=utf-8"}


@router.get("/static/{name}")
def static(name: str) -> Response:
    """One of the dashboard's own files, by name from a fixed list (never a path from the URL)."""
    if name not in _STATIC:
        raise HTTPException(404, f"no static file {name!r}")
    body = (render.HERE / "static" / name).read_bytes()
    return Response(body, media_type=_STATIC[name], headers={"Cache-Control": "max-age=3600"})

