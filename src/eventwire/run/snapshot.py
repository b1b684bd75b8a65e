"""The snapshot a run codes against: the installed one, extended with a store's facts.

Before an ingest or a recode, the user-added and learned actor facts in the store are merged
into a copy of the snapshot once (curated > user > learned), so that a later article that
names someone only by what an earlier one taught is coded from it. Worker processes get the
facts, not the snapshot: each one builds its own copy once (:func:`with_facts`).
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from eventwire.pipeline import Snapshot, default_snapshot

if TYPE_CHECKING:
    from eventwire.actors.facts import Fact
    from eventwire.run.protocol import RunStore


def with_facts(snapshot: Snapshot, facts: list[Fact]) -> Snapshot:
    """A copy of `snapshot` whose actor knowledge includes `facts` (user and learned ones);
    the actors package is imported only then, so that coding without facts starts sooner."""
    if not facts:
        return snapshot
    from eventwire.actors.facts import extend_actor_knowledge

    extended = copy.copy(snapshot)
    extended.actors = extend_actor_knowledge(snapshot.actors, facts)
    return extended


def extra_facts(snapshot: Snapshot | None) -> list[Fact]:
    """The user/learned facts merged into `snapshot`'s actors, if it was extended (a snapshot
    whose actors were never loaded holds none, and is not made to load them here)."""
    if snapshot is None or "actors" not in snapshot.__dict__:
        return []
    return list(snapshot.actors.facts)


def store_snapshot(store: RunStore, snapshot: Snapshot | None = None) -> Snapshot:
    """The snapshot for a run over `store`: `snapshot` (default: the installed one) plus the
    store's user and learned facts, taken once before coding starts."""
    from eventwire.run.facts import stored_facts

    return with_facts(snapshot or default_snapshot(), stored_facts(store))
