"""The dashboard's pages: thin handlers that read the store and fill one template each.

Query parameters are read leniently: a bad value is reported on the page (and ignored)
rather than answered with a JSON error, since people type into these forms.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse, Response

from eventwire.dashboard import charts, queries, render, worldmap
from eventwire.rest import cursor
from eventwire.rest.auth import require_read
from eventwire.store import EventFilter, pages
from eventwire.version import __version__

# scripts, styles and images from this server only; nothing inline, no frames, no plugins
POLICY = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
          "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
PAGE_SIZE = 50
FREQUENCIES = ("week", "month", "year")
_COUNTRY = re.compile(r"^[A-Z]{3}$")
_PERIOD = re.compile(r"^\d{4}(-\d{2}|-W\d{2})?$")

router = APIRouter(prefix="/ui", dependencies=[Depends(require_read)], include_in_schema=False)


def _page(template: str, status: int = 200, **context: Any) -> HTMLResponse:
    html = render.render(template, version=__version__, **context)
    return HTMLResponse(html, status_code=status, headers={"Content-Security-Policy": POLICY})


def _store(request: Request) -> Any:
    return request.app.state.store


@dataclass
class Form:
    """The query parameters of a page, checked; `problems` says what was ignored and why."""

    values: dict[str, str]
    problems: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, request: Request, names: tuple[str, ...]) -> Form:
        return cls({name: request.query_params.get(name, "").strip()[:200] for name in names})

    def country(self, name: str) -> str | None:
        value = self.values[name].upper()
        if value and not _COUNTRY.match(value):
            self.problems.append(f"{name}: {self.values[name]!r} is not a 3-letter country code")
            return None
        self.values[name] = value
        return value or None

    def day(self, name: str) -> str | None:
        value = self.values[name]
        try:
            return dt.date.fromisoformat(value).isoformat() if value else None
        except ValueError:
            self.problems.append(f"{name}: {value!r} is not a date (YYYY-MM-DD)")
            return None

    def type(self, name: str) -> str | None:
        from eventwire.ontology.tables import plover_types

        value = self.values[name].upper()
        if value and value not in plover_types():
            self.problems.append(f"{name}: {self.values[name]!r} is not a PLOVER event type")
            return None
        return value or None

    def cursor(self) -> pages.Key | None:
        try:
            return cursor.decode(self.values.get("cursor") or None)
        except HTTPException:
            self.problems.append("cursor: not a cursor this page made; showing the first page")
            return None


# the contract's "/ is the dashboard": its overview page, outside the /ui prefix
home_router = APIRouter(dependencies=[Depends(require_read)], include_in_schema=False)


@home_router.get("/", response_class=HTMLResponse)
@router.get("", response_class=HTMLResponse)
@router.get("/", response_class=HTMLResponse)
def overview(request: Request) -> HTMLResponse:
    store = _store(request)
    first, last = queries.dated_range(store)
    return _page("overview.html", nav="overview", counts=store.counts(), first=first, last=last)


@router.get("/dyad", response_class=HTMLResponse)
def dyad(request: Request) -> HTMLResponse:
    form = Form.of(request, ("a", "b", "freq", "period", "cursor"))
    a, b = form.country("a") or "IND", form.country("b") or "AFG"
    form.values.update(a=a, b=b)
    freq = form.values["freq"] if form.values["freq"] in FREQUENCIES else "month"
    form.values["freq"] = freq
    period = form.values["period"] if _PERIOD.match(form.values["period"]) else None
    store = _store(request)
    timeline = list(store.timeline(a, b, freq))
    since, until = charts.period_bounds(period) if period else (None, None)
    where = EventFilter(dyad=(a, b), since=since, until=until)
    events = pages.event_page(store, where, PAGE_SIZE, form.cursor())
    return _page("dyad.html", nav="dyad", form=form, a=a, b=b, freq=freq, period=period,
                 chart=charts.build(timeline, freq), events=events.items,
                 next_cursor=cursor.encode(events.next_key), countries=queries.countries(store),
                 quads=charts.QUADS)


@router.get("/events", response_class=HTMLResponse)
def events(request: Request) -> HTMLResponse:
    form = Form.of(request, ("type", "actor", "recipient", "since", "until", "q", "source", "cursor"))
    where = EventFilter(types=[t for t in [form.type("type")] if t],
                        actor_country=[c for c in [form.country("actor")] if c],
                        recipient_country=[c for c in [form.country("recipient")] if c],
                        since=form.day("since"), until=form.day("until"),
                        q=form.values["q"] or None, source=form.values["source"] or None)
    store = _store(request)
    page = pages.event_page(store, where, PAGE_SIZE, form.cursor())
    from eventwire.ontology.tables import plover_types

    return _page("events.html", nav="events", form=form, events=page.items,
                 next_cursor=cursor.encode(page.next_key), types=sorted(plover_types()),
                 countries=queries.countries(store), sources=queries.sources(store))


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
    form = Form.of(request, ("type", "since", "until", "cursor"))
    where = EventFilter(types=[t for t in [form.type("type")] if t], since=form.day("since"),
                        until=form.day("until"))
    located, next_key = queries.located_events(_store(request), where, form.cursor())
    points = [(*worldmap.project(e["location"]["lat"], e["location"]["lon"]), e) for e in located]
    from eventwire.ontology.tables import plover_types

    return _page("map.html", nav="map", form=form, countries=worldmap.countries(), points=points,
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

