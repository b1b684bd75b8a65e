"""The query parameters of the REST read routes: the event filters (`eventwire.filters`, the
names and checks every surface shares) and the refusal of a parameter no route reads."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Annotated, Any, TypeVar

from fastapi import HTTPException, Query, Request

from eventwire import filters
from eventwire.errors import FilterError, InputError
from eventwire.store import EventFilter

T = TypeVar("T")

Many = Annotated[list[str] | None, Query(description="Repeat the parameter or separate with commas.")]
Country = Annotated[list[str] | None, Query(description="ISO alpha-3 code (RUS, IND, ...); repeat "
                                                        "the parameter or separate with commas.")]


def route_parameters(request: Request) -> list[str]:
    """The names of the query parameters the matched route (with its dependencies) declares."""
    dependant = getattr(request.scope.get("route"), "dependant", None)
    return _query_names(dependant) if dependant is not None else []


def _query_names(dependant: Any) -> list[str]:
    names = [param.alias for param in dependant.query_params]
    return names + [name for sub in dependant.dependencies for name in _query_names(sub)]


def known_parameters(request: Request) -> None:
    """422 for a query parameter the route does not read, naming the nearest it does: a
    misspelt filter would otherwise be ignored and answer with everything."""
    try:
        filters.check_names(request.query_params, route_parameters(request))
    except FilterError as exc:
        raise refusal(exc) from None


def checked(name: str, check: Callable[[list[str]], T], values: list[str]) -> T:
    """`check(values)`; its InputError as the API's 422, naming the query parameter `name`."""
    try:
        return check(values)
    except InputError as exc:
        raise HTTPException(422, f"query parameter {name!r}: {exc}") from None


def refusal(exc: FilterError) -> HTTPException:
    """A FilterError as the API's 422, naming the query parameter."""
    return HTTPException(422, f"query parameter {exc.param!r}: {exc.problem}")


def event_filter(
    request: Request,
    type_: Annotated[list[str] | None, Query(alias="type", description="PLOVER event type (ASSAULT, "
                                             "CONSULT, ...); repeat or separate with commas.")] = None,
    actor_country: Country = None,
    recipient_country: Country = None,
    location_country: Annotated[list[str] | None, Query(description="ISO alpha-3 code of the country "
                                                        "where the event happened.")] = None,
    actor_sector: Annotated[list[str] | None, Query(description="PLOVER sector code of an actor "
                                                    "(GOV, MIL, ...).")] = None,
    recipient_sector: Annotated[list[str] | None, Query(description="PLOVER sector code of a "
                                                        "recipient.")] = None,
    actor: Annotated[str | None, Query(max_length=200, description="Text in a party's name or "
                                       "mention (either role), any case.")] = None,
    quad: Annotated[list[str] | None, Query(description="Quad class: 1 verbal cooperation, 2 "
                                            "material cooperation, 3 verbal conflict, 4 material "
                                            "conflict.")] = None,
    dyad: Annotated[str | None, Query(description="Two country codes A,B, both parties in either "
                                      "role.")] = None,
    since: Annotated[str | None, Query(description="Events on or after: YYYY-MM-DD, YYYY-MM or "
                                       "YYYY (its first day).")] = None,
    until: Annotated[str | None, Query(description="Events on or before: YYYY-MM-DD, YYYY-MM or "
                                       "YYYY (its last day).")] = None,
    q: Annotated[str | None, Query(min_length=1, max_length=200,
                                   description="Text in the source sentence.")] = None,
    source: Annotated[str | None, Query(max_length=200, description="Reported by this source.")] = None,
    sort: Annotated[str, Query(description="date, type, intensity or reports; a leading - sorts "
                               "descending. Default -date: newest first.")] = filters.LIST_SORT,
) -> EventFilter:
    """The filter of an event list, read through the one parser (`eventwire.filters`).

    The parameters are declared for validation of their form and for the OpenAPI description;
    the values are read from the query string as a whole, so that a parameter the route does
    not read is refused (422) rather than ignored."""
    params = {name: request.query_params.getlist(name) for name in request.query_params}
    try:
        return filters.from_query(params, also=route_parameters(request))
    except FilterError as exc:
        raise refusal(exc) from None


def report_filter(request: Request, **_declared: Any) -> EventFilter:
    """The filter of a report list: the event filters without `sort` (reports are listed by
    report id), refused (422) when given rather than ignored."""
    if "sort" in request.query_params:
        raise refusal(FilterError("sort", "reports are listed by report id; sort orders event "
                                          "lists only"))
    return event_filter(request)


# its parameters as FastAPI reads them: those of event_filter but sort, declared once there
_event_parameters = inspect.signature(event_filter).parameters.values()
report_filter.__signature__ = inspect.signature(event_filter).replace(  # type: ignore[attr-defined]
    parameters=[p for p in _event_parameters if p.name != "sort"])
