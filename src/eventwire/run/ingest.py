"""Ingest: read, code and store documents, one transaction per document, then settle the
run's stories.

The loop is the same whoever codes (this process, local worker processes or a Dask
cluster: a :data:`Coder`), so that dedup, conflicts and story linking do not depend on it.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from eventwire.errors import EventwireError, StoreUnavailable
from eventwire.pipeline import Snapshot
from eventwire.records import Article
from eventwire.run.pool import code_stream
from eventwire.run.protocol import RunStore
from eventwire.run.snapshot import store_snapshot

log = logging.getLogger(__name__)

# called after each document with the article and what became of it ("stored", "failed" ...)
OnArticle = Callable[[Article, str], None]
# codes a stream of articles against a snapshot, yielding them coded, in order
Coder = Callable[[Iterable[Article], Snapshot], Iterator[Article]]


@dataclass
class IngestReport:
    """What one ingest run did."""

    run_id: str
    stored: int = 0
    # stored articles re-coded with other content under their id (ingest with replace=True)
    replaced: int = 0
    unchanged: int = 0
    # documents whose id is stored with other content, which is kept
    conflicts: int = 0
    failed: int = 0
    events: int = 0
    # stored articles linked to their stories again at the end (Store.settle_stories)
    settled: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)
    # the run's stored reports per status (linked, or why not: Store.report_counts)
    reports: dict[str, int] = field(default_factory=dict)
    # stored or replaced documents without a publication date: their events cannot be dated
    undated: int = 0
    # stored or replaced documents per language other than English: no coder reads them
    other_languages: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {**self.__dict__, "warnings": self.warnings()}

    def warnings(self) -> list[str]:
        """What the run stored but cannot code well, one line each: documents in a language
        with no coder, and most documents without a publication date."""
        found = [f"no coder for language {code!r}: {n} document{'s' * (n != 1)} stored without "
                 "events (eventwire codes English)" for code, n in sorted(self.other_languages.items())]
        kept = self.stored + self.replaced
        if kept and self.undated * 2 > kept:
            found.append(f"{self.undated} of {kept} documents have no publication date; their events "
                         "cannot be dated — pass --published or fix later with "
                         "`eventwire articles set --published`")
        return found


def ingest(paths: Sequence[str], store: RunStore, published: str | None = None, *, clean: bool = True,
           workers: int | None = None, replace: bool = False,
           on_article: OnArticle | None = None,
           on_settle: Callable[[], None] | None = None,
           include: Sequence[str] = (), exclude: Sequence[str] = (),
           languages: Collection[str] | None = ("en",),
           follow_symlinks: bool = False) -> IngestReport:
    """Read, code and store every document under `paths`; already stored ids are skipped.

    A document whose id is stored with other content is a conflict (the stored version is
    kept), unless `replace` re-codes the stored article with the new content. Each document
    is committed on its own, so a failure later in the batch loses nothing stored before it;
    a failure of the store itself (:class:`StoreUnavailable`) stops the run, keeping what
    was stored. `on_article(article, status)` is called after each document,
    `on_settle()` before the run's stories are settled (:meth:`Store.settle_stories`).
    `include`, `exclude`, `languages` and `follow_symlinks` are as for
    :func:`eventwire.api.code_documents`.
    """
    from eventwire.read import read_inputs

    articles = read_inputs(list(paths), published=published, include=include, exclude=exclude,
                           follow_symlinks=follow_symlinks)
    return ingest_articles(articles, store, clean=clean, workers=workers or os.cpu_count() or 1,
                           on_article=on_article, on_settle=on_settle, languages=languages,
                           replace=replace)


def ingest_documents(documents: Iterable[Any], store: RunStore, *, clean: bool = True,
                     on_article: OnArticle | None = None,
                     languages: Collection[str] | None = ("en",)) -> IngestReport:
    """Code and store in-memory documents (dicts in the JSONL document shape of CONTRACT.md),
    in this process; a document that is not valid fails with its reason in the report."""
    from eventwire.read.jsonl import document_from

    articles = (document_from(data, f"<request>:{number}", "api", unit="a document")
                for number, data in enumerate(documents, start=1))
    return ingest_articles(articles, store, clean=clean, workers=1, on_article=on_article,
                           languages=languages)


def ingest_articles(articles: Iterable[Article], store: RunStore, *, clean: bool, workers: int,
                    on_article: OnArticle | None, languages: Collection[str] | None,
                    coder: Coder | None = None, on_settle: Callable[[], None] | None = None,
                    replace: bool = False) -> IngestReport:
    """Code and store `articles` (the body of every ingest); `coder` replaces the local
    worker processes (Dask)."""
    report = IngestReport(run_id=store.new_run_id())
    started = time.monotonic()
    snapshot = store_snapshot(store)
    fresh = _unstored(articles, store, report, on_article, replace)
    coder = coder or (lambda stream, snapshot: code_stream(
        stream, clean=clean, workers=workers, knowledge=snapshot, languages=languages))
    _store_all(coder(fresh, snapshot), store, report, on_article, replace)
    if report.stored:
        # the first articles of a young store were linked with few document frequencies
        if on_settle:
            on_settle()
        _settle(store, report)
    if report.stored or report.replaced:
        try:
            report.reports = store.report_counts(run_id=report.run_id)
        except EventwireError as exc:   # what was stored is kept: keep the report
            report.errors.append(str(exc))
    report.seconds = time.monotonic() - started
    return report


def _settle(store: RunStore, report: IngestReport) -> None:
    try:
        report.settled = store.settle_stories(report.run_id)
    except EventwireError as exc:   # every article is stored and linked: keep the report
        log.warning("%s", exc)
        report.errors.append(str(exc))


def _unstored(articles: Iterable[Article], store: RunStore, report: IngestReport,
              on_article: OnArticle | None, replace: bool) -> Iterator[Article]:
    """The articles to code: those not stored yet, and with `replace` those stored with other
    content. Those stored with the same content are logged unchanged, those stored with other
    content (without `replace`) as conflicts. Where the store cannot tell before coding
    ("unknown"), :meth:`Store.add_article` compares the coded texts."""
    for article in articles:
        found = "none" if article.errors else store.stored_content(article)
        if found == "same":
            _skip(article, store, report, on_article, "unchanged")
        elif found == "different" and not replace:
            _skip(article, store, report, on_article, "conflict")
        else:
            yield article


def _skip(article: Article, store: RunStore, report: IngestReport,
          on_article: OnArticle | None, status: str) -> None:
    """Count and log a document left uncoded: "unchanged" or a "conflict"."""
    _count(article, report, status)
    store.log(report.run_id, article, status, "; ".join(article.errors) or None)
    if on_article:
        on_article(article, status)


def _store_all(articles: Iterable[Article], store: RunStore, report: IngestReport,
               on_article: OnArticle | None, replace: bool) -> None:
    """Store each coded article; a failure of the store itself stops the run."""
    try:
        for article in articles:
            status = _store_one(article, store, report, replace)
            if on_article:
                on_article(article, status)
    except StoreUnavailable as exc:
        raise StoreUnavailable(f"{exc}; the ingest stopped, what it stored before is kept") from exc


def _store_one(article: Article, store: RunStore, report: IngestReport, replace: bool) -> str:
    if article.errors:
        return _fail(article, store, report, "; ".join(article.errors))
    try:
        # logged in the article's own transaction: a crash leaves no stored article unlogged
        status = store.add_article(article, run_id=report.run_id, replace=replace)
    except StoreUnavailable:
        raise   # the store failed, not this article: nothing more can be stored
    except EventwireError as exc:
        article.errors.append(str(exc))
        return _fail(article, store, report, str(exc))
    _count(article, report, status)
    return status


def _count(article: Article, report: IngestReport, status: str) -> None:
    """Count one document's outcome; a conflict's one-line report goes to the document's
    errors and the run's."""
    if status == "conflict":
        _count_conflict(article, report)
    elif status == "unchanged":
        report.unchanged += 1
    else:
        if status == "replaced":
            report.replaced += 1
        else:
            report.stored += 1
        report.events += len(article.events)
        _count_uncodable(article, report)


def _count_conflict(article: Article, report: IngestReport) -> None:
    from eventwire.store.store import conflict_message

    message = conflict_message(article)
    article.errors.append(message)
    report.errors.append(message)
    report.conflicts += 1


def _count_uncodable(article: Article, report: IngestReport) -> None:
    """Count a stored document that has no publication date or is in a language other than
    English (no coder reads it: it is stored with no events)."""
    from eventwire.clean.language import ARTICLE_CONFIDENCE

    if not article.published:
        report.undated += 1
    sure = article.meta.get("language_probability", 1.0) >= ARTICLE_CONFIDENCE
    if article.language and article.language != "en" and sure:
        report.other_languages[article.language] = report.other_languages.get(article.language, 0) + 1


def _fail(article: Article, store: RunStore, report: IngestReport, message: str) -> str:
    report.failed += 1
    report.errors.append(message)
    store.log(report.run_id, article, "failed", message)
    return "failed"
