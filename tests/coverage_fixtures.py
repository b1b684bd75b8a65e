"""A small store where two outlets report one attack with different tolls (issue 24's
surfaces): hand-built coded articles, no model needed."""

from __future__ import annotations

from eventwire.store import Store
from tests.factories import article, event

# two reports of one shelling that disagree on the dead, and an event with one report
ATTACK = ("a:ev-1", "b:ev-1")
SINGLE = "c:ev-1"


def fill_disagreeing(store: Store) -> None:
    """Wire (first, 12 dead) and Daily (a day later, 9 dead) report one shelling of Khost;
    Solo reports a meeting nobody else does."""
    for doc, source, day, dead in (("a", "Wire", "09", 12), ("b", "Daily", "10", 9)):
        shelling = event(doc, 1, type_="ASSAULT", actor=("PAK",), recipient=("AFG",), dead=dead,
                         place="Khost")
        store.add_article(article(doc, [shelling], source=source, published=f"2025-01-{day}",
                                  text="Pakistani forces shelled Khost, killing villagers."))
    store.add_article(article("c", [event("c", 1)], source="Solo"))


def happening_of(store: Store, event_id: str) -> str:
    """The id of the event (happening) the report `event_id` is part of."""
    return next(e["id"] for e in store.events() if any(r["event_id"] == event_id for r in e["reports"]))
