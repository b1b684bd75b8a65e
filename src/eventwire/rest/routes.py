"""The read routes: each validates its parameters and calls one store function."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from pydantic import Field

from eventwire.rest import cursor
from eventwire.rest.auth import require_read
from eventwire.rest.errors import NOT_FOUND, READ_ERRORS
from eventwire.rest.models import Health, Page, Timeline
from eventwire.store import EventFilter, pages
from eventwire.version import __version__

router = APIRouter(dependencies=[Depends(require_read)], responses=READ_ERRORS)

_CODE = re.compile(r"^[A-Z]{3}$")
Limit = Annotated[int, Query(ge=1, le=500, description="Items per page (1-500).")]
Cursor = Annotated[str | None, Query(alias="cursor", description="`next_cursor` of the previous page.")]
Codes = Annotated[list[str], Query(description="Repeat the parameter or separate with commas.")]


def _store(request: Request) -> Any:
    return request.app.state.store


def _page(page: pages.Page) -> dict[str, Any]:
    return {"items": page.items, "next_cursor": cursor.encode(page.next_key)}


def _codes(values: list[str], name: str, kind: str = "country") -> list[str]:
    """Upper-cased three-letter codes (ISO alpha-3 countries, PLOVER sectors) from repeated or
    comma-separated values; 422 otherwise."""
    codes = [code.strip().upper() for value in values for code in value.split(",") if code.strip()]
    bad = [code for code in codes if not _CODE.match(code)]
    if bad:
        raise HTTPException(422, f"query parameter {name!r}: {bad[0]!r} is not a 3-letter {kind} code")
    return codes


def _types(values: list[str]) -> list[str]:
    from eventwire.ontology.tables import plover_types

    types = [t.strip().upper() for value in values for t in value.split(",") if t.strip()]
    unknown = [t for t in types if t not in plover_types()]
    if unknown:
        raise HTTPException(422, f"query parameter 'type': {unknown[0]!r} is not a PLOVER event type")
    return types


def _country(value: str, name: str) -> str:
    """One upper-cased ISO alpha-3 country code; 422 for none, several or a bad one."""
    codes = _codes([value], name)
    if len(codes) != 1:
        raise HTTPException(422, f"query parameter {name!r}: give one 3-letter country code")
    return codes[0]


def _dyad(value: str | None) -> tuple[str, str] | None:
    if value is None:
        return None
    codes = _codes([value], "dyad")
    if len(codes) != 2:
        raise HTTPException(422, "query parameter 'dyad': give two country codes, A,B")
    return codes[0], codes[1]


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


@router.get("/events", response_model=Page, summary="Deduplicated events",
            description="One item per real-world happening, merged from its reports, with "
                        "`reports`, `num_articles`, `num_sources`, the source sentence "
                        "(`sentence_text`) and `url` of the chosen report. Filters combine with AND.")
def list_events(request: Request, limit: Limit = 50, cursor_: Cursor = None, *,
                types: Annotated[Codes, Query(alias="type")] = [],  # noqa: B006 - FastAPI copies it
                actor_country: Codes = [],  # noqa: B006
                recipient_country: Codes = [],  # noqa: B006
                actor_sector: Annotated[Codes, Query(description="PLOVER sector code of an actor "
                                                     "(GOV, MIL, ...).")] = [],  # noqa: B006
                recipient_sector: Annotated[Codes, Query(description="PLOVER sector code of a "
                                                         "recipient.")] = [],  # noqa: B006
                quad: Annotated[list[Annotated[int, Field(ge=1, le=4)]],
                                Query(description="Quad class: 1 verbal cooperation, 2 material "
                                                  "cooperation, 3 verbal conflict, 4 material "
                                                  "conflict.")] = [],  # noqa: B006
                dyad: Annotated[str | None, Query(description="Two country codes A,B, both parties "
                                                  "in either role.")] = None,
                since: Annotated[dt.date | None, Query(description="Events on or after.")] = None,
                until: Annotated[dt.date | None, Query(description="Events on or before.")] = None,
                q: Annotated[str | None, Query(min_length=1, max_length=200,
                                               description="Text in the source sentence.")] = None,
                source: Annotated[str | None, Query(max_length=200,
                                                    description="Reported by this source.")] = None,
                ) -> dict[str, Any]:
    where = EventFilter(types=_types(types), actor_country=_codes(actor_country, "actor_country"),
                        recipient_country=_codes(recipient_country, "recipient_country"),
                        actor_sector=_codes(actor_sector, "actor_sector", "sector"),
                        recipient_sector=_codes(recipient_sector, "recipient_sector", "sector"),
                        quad=quad, dyad=_dyad(dyad), since=_iso(since), until=_iso(until),
                        q=q, source=source)
    return _page(pages.event_page(_store(request), where, limit, cursor.decode(cursor_)))


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


@router.get("/articles", response_model=Page, summary="Stored articles",
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


@router.get("/timeline", response_model=Timeline, summary="Dyad timeline",
            description="Events between countries `a` and `b` (either role) per week, month or "
                        "year: counts per PLOVER quad class and mean intensity.")
def get_timeline(request: Request,
                 a: Annotated[str, Query(description="ISO alpha-3 code.")],
                 b: Annotated[str, Query(description="ISO alpha-3 code.")],
                 freq: Literal["week", "month", "year"] = "month") -> dict[str, Any]:
    a, b = _country(a, "a"), _country(b, "b")
    return {"a": a, "b": b, "freq": freq, "periods": list(_store(request).timeline(a, b, freq))}


@router.get("/stories", response_model=Page, summary="Stories",
            description="Groups of articles about the same happening: story_id, doc_ids, title, "
                        "first_published, last_published.")
def list_stories(request: Request, limit: Limit = 50, cursor_: Cursor = None) -> dict[str, Any]:
    return _page(pages.story_page(_store(request), limit, cursor.decode(cursor_)))


@router.get("/claims", response_model=Page, summary="Novelty claims with their evidence",
            description="Each claim (\"first\", \"first-ever\") with its event, the earlier events "
                        "of its type between its parties, and an assessment.")
def list_claims(request: Request, limit: Limit = 50, cursor_: Cursor = None) -> dict[str, Any]:
    return _page(pages.claim_page(_store(request), limit, cursor.decode(cursor_, cursor.CLAIM_KEY)))


@router.get("/actors", summary="What is known about an actor name",
            description="As `eventwire kb show --json`: every fact about the name (curated, user, "
                        "learned with provenance) and how a mention of it codes on `date`.")
def get_actor(request: Request,
              name: Annotated[str, Query(min_length=1, max_length=200, description="A name or kb id.")],
              date: Annotated[dt.date | None, Query(description="Code as of this day "
                                                    "(default: today).")] = None) -> dict[str, Any]:
    from eventwire.store.knowledge import describe

    return describe(_store(request), name, date or dt.date.today())


health_router = APIRouter()


@health_router.get("/health", response_model=Health, summary="Liveness",
                   responses={500: READ_ERRORS[500]},
                   description="Always open: answers when the server runs and its store answers.")
def health(request: Request) -> dict[str, Any]:
    _store(request).has_article("")   # one cheap query: the store answers
    return {"status": "ok", "version": __version__, "store": "ok"}
