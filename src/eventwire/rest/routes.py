"""The read routes: each validates its parameters and calls one store function."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request

from eventwire import filters
from eventwire.errors import FilterError
from eventwire.rest import cursor
from eventwire.rest.auth import require_read
from eventwire.rest.errors import NOT_FOUND, READ_ERRORS
from eventwire.rest.models import EventPage, Health, Page, Timeline
from eventwire.rest.params import event_filter, known_parameters, refusal
from eventwire.store import EventFilter, Store, pages
from eventwire.version import __version__

router = APIRouter(dependencies=[Depends(require_read)], responses=READ_ERRORS)
# the routes that take query parameters refuse one they do not read (422 with the nearest)
KNOWN_ONLY = [Depends(known_parameters)]

Limit = Annotated[int, Query(ge=1, le=500, description="Items per page (1-500).")]
Cursor = Annotated[str | None, Query(alias="cursor", description="`next_cursor` of the previous page.")]


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def _page(page: pages.Page) -> dict[str, Any]:
    return {"items": page.items, "next_cursor": cursor.encode(page.next_key)}


def _country(value: str, name: str) -> str:
    """One upper-cased ISO alpha-3 country code; a 422 with a hint for a bad one ("Russia":
    did you mean RUS?), and for none or several."""
    try:
        codes = filters.countries(value, name)
    except FilterError as exc:
        raise refusal(exc) from None
    if len(codes) != 1:
        raise HTTPException(422, f"query parameter {name!r}: give one ISO alpha-3 country code")
    return codes[0]


@router.get("/events", response_model=EventPage, summary="Deduplicated events",
            description="One item per real-world happening, merged from its reports, with "
                        "`reports`, `num_articles`, `num_sources`, the source sentence "
                        "(`sentence_text`) and `url` of the chosen report, newest first by "
                        "default (`sort`). Filters combine with AND; an unknown parameter or "
                        "value is a 422 with a hint. `total` counts the matching events. "
                        "`/events.csv` and `/events.jsonl` download them all.")
def list_events(request: Request, where: Annotated[EventFilter, Depends(event_filter)],
                limit: Limit = 50, cursor_: Cursor = None) -> dict[str, Any]:
    store = _store(request)
    page = pages.event_page(store, where, limit, cursor.decode_events(cursor_, where.sort))
    return {**_page(page), "total": store.count_events(where)}


@router.get("/events/{event_id:path}", summary="One event with its reports",
            responses=NOT_FOUND,
            description="The deduplicated event (by its id or a report's event id) with every "
                        "report: its article, the source sentence, and the trigger, actor and "
                        "recipient spans as `marks` with offsets relative to the sentence.")
def get_event(request: Request, event_id: str) -> dict[str, Any]:
    event = pages.event_detail(_store(request), event_id)
    if event is None:
        raise HTTPException(404, f"no event with id {event_id!r}")
    return event


@router.get("/articles", response_model=Page, summary="Stored articles", dependencies=KNOWN_ONLY,
            description="id, title, published, source, url and num_events of each stored "
                        "article, by publication date.")
def list_articles(request: Request, limit: Limit = 50, cursor_: Cursor = None,
                  source: Annotated[str | None, Query(description="Only this source.")] = None,
                  ) -> dict[str, Any]:
    return _page(pages.article_page(_store(request), limit, cursor.decode(cursor_), source=source))


@router.get("/articles/{article_id:path}", summary="One stored article", responses=NOT_FOUND,
            description="The article's stored contract line: cleaned `text`, what was `removed` "
                        "in cleaning, `events`, `actors`, `places`, `times` and `quotes`.")
def get_article(request: Request, article_id: str) -> dict[str, Any]:
    article = _store(request).article(article_id)
    if article is None:
        raise HTTPException(404, f"no article with id {article_id!r}")
    return dict(article)


@router.get("/timeline", response_model=Timeline, summary="Dyad timeline", dependencies=KNOWN_ONLY,
            description="Events between countries `a` and `b` (either role) per week, month or "
                        "year: counts per PLOVER quad class and mean intensity.")
def get_timeline(request: Request,
                 a: Annotated[str, Query(description="ISO alpha-3 code.")],
                 b: Annotated[str, Query(description="ISO alpha-3 code.")],
                 freq: Literal["week", "month", "year"] = "month") -> dict[str, Any]:
    a, b = _country(a, "a"), _country(b, "b")
    return {"a": a, "b": b, "freq": freq, "periods": list(_store(request).timeline(a, b, freq))}


@router.get("/stories", response_model=Page, summary="Stories", dependencies=KNOWN_ONLY,
            description="Groups of articles about the same happening: story_id, doc_ids, title, "
                        "first_published, last_published.")
def list_stories(request: Request, limit: Limit = 50, cursor_: Cursor = None) -> dict[str, Any]:
    return _page(pages.story_page(_store(request), limit, cursor.decode(cursor_)))


@router.get("/claims", response_model=Page, summary="Novelty claims with their evidence",
            dependencies=KNOWN_ONLY,
            description="Each claim (\"first\", \"first-ever\") with its event, the earlier events "
                        "of its type between its parties, and an assessment.")
def list_claims(request: Request, limit: Limit = 50, cursor_: Cursor = None) -> dict[str, Any]:
    return _page(pages.claim_page(_store(request), limit, cursor.decode(cursor_, cursor.CLAIM_KEY)))


@router.get("/actors", summary="What is known about an actor name", dependencies=KNOWN_ONLY,
            description="As `eventwire kb show --json`: every fact about the name (curated, user, "
                        "learned with provenance) and how a mention of it codes on `date`.")
def get_actor(request: Request,
              name: Annotated[str, Query(min_length=1, max_length=200, description="A name or kb id.")],
              date: Annotated[dt.date | None, Query(description="Code as of this day "
                                                    "(default: today).")] = None) -> dict[str, Any]:
    from eventwire.run.facts import describe

    return describe(_store(request), name, date or dt.date.today())


health_router = APIRouter()


@health_router.get("/health", response_model=Health, summary="Liveness",
                   responses={500: READ_ERRORS[500]},
                   description="Always open: answers when the server runs and its store answers.")
def health(request: Request) -> dict[str, Any]:
    _store(request).has_article("")   # one cheap query: the store answers
    return {"status": "ok", "version": __version__, "store": "ok"}
