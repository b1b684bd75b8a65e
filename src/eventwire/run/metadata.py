"""Correct the metadata of stored articles (publication date, source, title, URL) and re-code
what the correction affects.

An article ingested without its publication date has events that cannot be dated; ingesting
it again with the date is "unchanged" (same text), and re-coding reads the same stored date.
Here the stored article gets the new values and is re-coded from its stored text in one
transaction with the ingest log line that records the change (status ``metadata``, old →
new values): its events, their happenings and its story are redone as if it had been
ingested with the right metadata.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from eventwire.errors import InputError
from eventwire.pipeline import Snapshot
from eventwire.records import Article
from eventwire.run.recode import ArticleChange, recode_one
from eventwire.run.snapshot import store_snapshot
from eventwire.store.metadata import Selection, correction_log_row, selected_ids
from eventwire.store.store import Store

__all__ = ["FIELDS", "Correction", "Selection", "correct", "selected_ids"]

# the article fields a correction may set, in the order messages name them
FIELDS = ("published", "source", "title", "url")
# where a corrected value came from (meta["provenance"])
PROVENANCE = "correction"


@dataclass
class Correction:
    """What a correction changed in one article: each field's (old, new) value, and the
    events its re-coding added, removed and changed (or why it failed)."""

    id: str
    fields: dict[str, tuple[str | None, str]] = field(default_factory=dict)
    events: ArticleChange | None = None

    @property
    def error(self) -> str | None:
        return self.events.error if self.events else None

    def describe(self) -> str:
        """One line: the changed fields, old → new, and what re-coding did to the events."""
        changed = "; ".join(f"{name} {old or '(none)'} → {new}"
                            for name, (old, new) in self.fields.items())
        if self.events is None:
            return f"{self.id}: {changed}"
        if self.events.error:
            return f"{self.id}: {changed}; failed: {self.events.error}"
        return (f"{self.id}: {changed}; events +{self.events.added} -{self.events.removed} "
                f"~{self.events.changed}")

    def to_dict(self) -> dict[str, Any]:
        changed = {name: {"old": old, "new": new} for name, (old, new) in self.fields.items()}
        return {"id": self.id, "changed": changed,
                "events": None if self.events is None else dict(self.events.__dict__)}


def correct(store: Store, ids: Iterable[str], values: dict[str, str], *,
            knowledge: Snapshot | None = None,
            on_article: Callable[[Correction], None] | None = None) -> list[Correction]:
    """Set `values` (some of FIELDS) on each article of `ids` that differs, and re-code it;
    returns the corrections made (articles that already hold the values are left alone).

    Each article is corrected in its own transaction with its ingest log line; one whose
    re-coding fails keeps its old metadata and coding and is reported with the reason."""
    unknown = set(values) - set(FIELDS)
    if unknown:
        raise InputError(f"cannot set {', '.join(sorted(unknown))}: only {', '.join(FIELDS)}")
    snapshot = store_snapshot(store, knowledge)
    run_id = store.new_run_id()
    done = []
    for article_id in ids:
        correction = _correct_one(store, article_id, values, snapshot, run_id)
        if correction is not None:
            done.append(correction)
            if on_article:
                on_article(correction)
    return done


def _correct_one(store: Store, article_id: str, values: dict[str, str], snapshot: Snapshot,
                 run_id: str) -> Correction | None:
    """Re-code one article with `values` set (recode's own path, with an edit); None when it
    already holds them."""
    correction = Correction(article_id)

    def edit(article: Article) -> dict[str, Any] | None:
        correction.fields = {name: (getattr(article, name), value) for name, value in values.items()
                             if getattr(article, name) != value}
        if not correction.fields:
            return None
        _apply(article, correction)
        message = "; ".join(f"{name}: {old or '(none)'} → {new}"
                            for name, (old, new) in correction.fields.items())
        return correction_log_row(run_id, article, message)

    change = recode_one(store, article_id, snapshot, edit=edit, verb="correct")
    if change is None:
        return None
    correction.events = change
    return correction


def _apply(article: Article, correction: Correction) -> None:
    """Set the corrected values on the article rebuilt from its row, with their provenance."""
    provenance = article.meta.setdefault("provenance", {})
    for name, (_, new) in correction.fields.items():
        setattr(article, name, new)
        provenance[name] = PROVENANCE
    if "published" in correction.fields:
        article.meta["published_confidence"] = "given"
