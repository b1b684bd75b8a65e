"""The few reads the dashboard needs beyond the store's pages: pick lists and map points."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from eventwire.store import EventFilter, Store, pages
from eventwire.store import schema as S

MAP_LIMIT = 500   # events drawn on one map page


def countries(store: Store) -> list[str]:
    """Codes of the countries that take part in some stored happening, sorted."""
    with store.transaction() as session:
        query = select(S.HappeningPartyRow.country).where(S.HappeningPartyRow.country.is_not(None)).distinct()
        return sorted(session.scalars(query))


def sources(store: Store) -> list[str]:
    """The stored articles' source names, sorted."""
    with store.transaction() as session:
        query = select(S.ArticleRow.source).where(S.ArticleRow.source.is_not(None)).distinct()
        return sorted(session.scalars(query))


def located_events(store: Store, where: EventFilter, after: pages.Key | None) -> tuple[list[dict[str, Any]],
                                                                                     pages.Key | None]:
    """Up to MAP_LIMIT events (in date order after `after`) that have a place with coordinates,
    and the key to continue after them."""
    page = pages.event_page(store, where, MAP_LIMIT, after)
    located = [event for event in page.items
               if isinstance((event.get("location") or {}).get("lat"), int | float)
               and isinstance((event.get("location") or {}).get("lon"), int | float)]
    return located, page.next_key
