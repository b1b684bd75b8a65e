"""Re-code stored articles after a coder update (lexicon, knowledge base or code).

Each article is rebuilt from its stored row, coded again against the snapshot extended with
the store's facts, compared with its stored coding, and replaced in one transaction
(``eventwire.store.recode``), so the store is as if the article had been ingested with the
new coder.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from eventwire import version
from eventwire.errors import StoreError
from eventwire.pipeline import Snapshot, code_article
from eventwire.records import Article
from eventwire.run.snapshot import store_snapshot
from eventwire.store.recode import recode_ids, replace_article, stored_coding
from eventwire.store.store import Store


@dataclass
class ArticleChange:
    """What re-coding changed in one article's events (counts), or why it failed."""

    id: str
    added: int = 0
    removed: int = 0
    changed: int = 0
    error: str | None = None

    @property
    def any(self) -> bool:
        return bool(self.added or self.removed or self.changed)


@dataclass
class RecodeReport:
    """What one recode run did (or, with dry_run, would do)."""

    coder_version: str
    dry_run: bool = False
    selected: int = 0
    recoded: int = 0
    failed: int = 0
    events_added: int = 0
    events_removed: int = 0
    events_changed: int = 0
    # articles linked again from scratch at the end of a full recode (Store.relink)
    relinked: int = 0
    articles: list[ArticleChange] = field(default_factory=list)

    def count(self, change: ArticleChange) -> None:
        if change.error:
            self.failed += 1
        else:
            self.recoded += 1
            self.events_added += change.added
            self.events_removed += change.removed
            self.events_changed += change.changed
        if change.error or change.any:
            self.articles.append(change)

    def to_dict(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        data["articles"] = [dict(change.__dict__) for change in self.articles]
        return data


def recode(store: Store, *, everything: bool = False, dry_run: bool = False,
           knowledge: Snapshot | None = None,
           on_article: Callable[[ArticleChange], None] | None = None) -> RecodeReport:
    """Re-code the stored articles coded with another coder version (all with `everything`).

    Each article is replaced in its own transaction; one that fails to re-code or to store
    keeps its old coding and is reported with its reason. `dry_run` codes and compares but
    writes nothing. `knowledge` is the snapshot to code against (default: the installed
    one), extended with the store's user and learned facts. Returns the counts of events
    added, removed and changed.

    With `everything`, the run ends by relinking the whole store (:meth:`Store.relink`):
    every article is coded against the facts all stored articles teach and linked in one
    canonical order, so the store no longer depends on how its articles were split into
    ingest runs, and a second full recode with the same coder changes nothing.
    """
    report = RecodeReport(coder_version=version.CODER_VERSION, dry_run=dry_run)
    snapshot = store_snapshot(store, knowledge)
    for article_id in recode_ids(store, everything):
        report.selected += 1
        change = recode_one(store, article_id, snapshot, dry_run)
        assert change is not None   # only an edit skips an article
        report.count(change)
        if on_article:
            on_article(change)
    if everything and not dry_run:
        report.relinked = store.relink()
    return report


# applies new values (a metadata correction) to an article rebuilt from its row, before it is
# coded again; returns the ingest log row that records the change, or None to leave the
# article alone (it already holds the values)
Edit = Callable[[Article], dict[str, Any] | None]


def recode_one(store: Store, article_id: str, snapshot: Snapshot, dry_run: bool = False, *,
               edit: Edit | None = None, verb: str = "re-code") -> ArticleChange | None:
    """Re-code one stored article from its row and replace it (`dry_run`: compare only).

    `edit` first sets new values on the rebuilt article; its log row is written with the new
    coding, and None from it skips the article (returns None). `verb` names the work in
    error messages."""
    stored = stored_coding(store, article_id)
    if stored is None:   # removed since the run started
        return ArticleChange(article_id, error="no longer in the store")
    article, old_events = stored
    log_row = edit(article) if edit else None
    if edit and log_row is None:
        return None
    # the stored text is the coded text: cleaning again would shift every offset
    code_article(article, snapshot, clean=False, languages=None)
    article.doc = None
    if article.errors:
        return ArticleChange(article_id, error="; ".join(article.errors))
    change = compare_events(article_id, old_events, article.to_dict()["events"])
    if dry_run:
        return change
    try:
        replace_article(store, article, log_row=log_row, verb=verb)
    except StoreError as exc:
        change = ArticleChange(article_id, error=str(exc))
    return change


def compare_events(article_id: str, old: list[dict[str, Any]], new: list[dict[str, Any]]) -> ArticleChange:
    """Events matched by their trigger span: added, removed, and changed (any field but the id)."""
    before, after = _by_trigger(old), _by_trigger(new)
    changed = sum(1 for key in before.keys() & after.keys() if before[key] != after[key])
    return ArticleChange(article_id, added=len(after.keys() - before.keys()),
                         removed=len(before.keys() - after.keys()), changed=changed)


def _by_trigger(events: list[dict[str, Any]]) -> dict[tuple[Any, ...], dict[str, Any]]:
    found: dict[tuple[Any, ...], dict[str, Any]] = {}
    for event in events:
        trigger = event.get("trigger") or {}
        key = (trigger.get("start"), trigger.get("end"), event.get("type"))
        found[key] = {k: v for k, v in event.items() if k != "id"}
    return found


def iter_changes(report: RecodeReport) -> Iterator[str]:
    """One line per article that changed or failed, for the CLI."""
    for change in report.articles:
        if change.error:
            yield f"{change.id}: failed: {change.error}"
        else:
            yield f"{change.id}: +{change.added} -{change.removed} ~{change.changed} events"
