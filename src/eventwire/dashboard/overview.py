"""What the dashboard's home shows beyond the store's counts: events per month and quad
class, the top dyads and countries, the latest events, and the date range without outliers."""

from __future__ import annotations

from typing import Any

from eventwire.dashboard import charts
from eventwire.store import Store, summary

TOP = 10      # rows of the top dyads and countries
RECENT = 10   # latest events listed


def overview(store: Store) -> dict[str, Any]:
    """The home page's context: `dates` (a summary.DateRange), `chart` (events per month, or
    None), `dyads` and `countries` (charts.Rank lists), `recent` (events, newest first),
    `waiting` (articles in the link queue: their reports are in no event until relinked)."""
    found = summary.summarize(store, by=("month", "dyad", "country"), top=TOP)
    return {"dates": found.dates, "events": found.events,
            "chart": charts.monthly(found.groupings["month"], found.dates.first, found.dates.last),
            "dyads": charts.ranking(found.groupings["dyad"]),
            "countries": charts.ranking(found.groupings["country"]),
            # an outlier's date (a mistaken 2050) is not the latest news
            "recent": summary.recent_events(store, RECENT, until=found.dates.last),
            "quads": charts.QUADS, "waiting": store.waiting_articles()}


def shown_dyad(store: Store, a: str | None, b: str | None) -> tuple[str, str, dict[str, Any] | None] | None:
    """The dyad page's countries: `a` and `b` when both are given; else the store's most
    active dyad (with the one country given, when it has a dyad): the third item, {"a", "b",
    "events", "given": the country given or None}, lets the page say it chose. None when the
    store has no dyad at all."""
    if a and b:
        return a, b, None
    chosen = summary.most_active_dyad(store, a or b) or summary.most_active_dyad(store)
    if chosen is None:
        return None
    given = a or b if (a or b) in (chosen["a"], chosen["b"]) else None
    first, second = (chosen["b"], chosen["a"]) if given == chosen["b"] else (chosen["a"], chosen["b"])
    return first, second, {**chosen, "given": given}
