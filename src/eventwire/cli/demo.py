"""`eventwire demo`: ingest the bundled samples into the demo's own store and show dyads and
the India–Afghanistan timeline.

The demo keeps its own store (``demo.db`` in the user data folder, or ``--db``), apart from
the store the other commands use by default: a user's own articles are never mixed with the
samples, and a second run says plainly that the samples are already coded. Samples a store
holds from an older coder version are re-coded first, so the demo never shows what a
previous release found.
"""

from __future__ import annotations

import shutil
import textwrap
from collections import Counter
from importlib import resources
from pathlib import Path
from typing import Any

import platformdirs
from rich.console import Console
from rich.table import Table
from sqlalchemy.engine import make_url

from eventwire.api import IngestReport, ingest
from eventwire.cli.progress import advance, progress_bar
from eventwire.records import Article
from eventwire.store import Store
from eventwire.store.store import store_location, store_url

TIMELINE_DYAD = ("IND", "AFG")
# columns when the output is no terminal (piped, or a terminal that does not say its width)
DEFAULT_WIDTH = 100
# rich's table: "│ " before each column, " " after it, and the closing "│"
_CELL_PADDING, _ELLIPSIS = 3, "…"
# the narrowest source sentence column worth showing, however narrow the terminal
MIN_SENTENCE = 24
# lines of the source sentence per timeline row
SENTENCE_LINES = 2


def samples_folder() -> Path:
    """The folder of sample articles shipped with the package."""
    return Path(str(resources.files("eventwire") / "samples"))


def demo_store() -> str:
    """The URL of the demo's own store: ``demo.db`` in the user data folder."""
    return f"sqlite:///{Path(platformdirs.user_data_dir('eventwire', appauthor=False)) / 'demo.db'}"


def run_demo(db: str | None, *, fresh: bool = False, workers: int | None = None) -> None:
    """Code the samples into the store `db` (default: :func:`demo_store`) and print what the
    store holds: counts, events per dyad and the India–Afghanistan timeline."""
    url = store_url(db or demo_store())
    where = store_location(url)
    if fresh:
        _delete_sqlite(url)
    console = Console(width=shutil.get_terminal_size((DEFAULT_WIDTH, 24)).columns)
    console.print(f"Coding the sample articles in {samples_folder()} into {where}",
                  markup=False, highlight=False, soft_wrap=True)
    with Store(url) as store:
        recoded = _recode_stale(store)
        report = _ingest_samples(store, workers)
        events = list(store.events(with_text=True))
        counts = store.counts()
    if recoded:
        console.print(recoded, markup=False, highlight=False)
    console.print(outcome(report), markup=False, highlight=False)
    console.print(f"The store holds {counts['articles']} articles: {counts['events']} reports "
                  f"(what one sentence says), merged into {counts['happenings']} events "
                  f"(real-world happenings), in {counts['stories']} stories.", highlight=False)
    console.print(_dyad_table(events))
    timeline = [e for e in events if set(TIMELINE_DYAD) <= _parties(e)]
    console.print(_timeline_table(timeline, console.width))
    console.print(f"See more:\n  eventwire events --db {where}\n  eventwire serve --db {where}",
                  markup=False, highlight=False, soft_wrap=True)


def _ingest_samples(store: Store, workers: int | None) -> IngestReport:
    """Ingest the samples with a progress bar on stderr (when it is a terminal)."""
    errors = Console(stderr=True)
    progress = progress_bar(errors, "coding", "docs", errors.is_terminal)
    with progress:
        task = progress.add_task("coding", total=None, rate=0.0)

        def on_article(article: Article, status: str) -> None:
            advance(progress, task)
            if status in ("failed", "conflict"):
                errors.print(f"eventwire: {'; '.join(article.errors) or article.id}",
                             markup=False, highlight=False, soft_wrap=True)

        return ingest(sample_documents(), store, None, workers=workers, on_article=on_article)


def _recode_stale(store: Store) -> str:
    """Re-code the store when it holds articles from another coder version (a demo store kept
    from an earlier release) and say so; "" when there are none. Without this a second run
    would call the samples "already coded" and show the old release's events. Every article
    is re-coded and the store relinked, so the demo shows what a fresh run shows."""
    from eventwire.run.recode import recode
    from eventwire.store.recode import recode_ids

    if not recode_ids(store, everything=False):
        return ""
    errors = Console(stderr=True)
    progress = progress_bar(errors, "re-coding", "docs", errors.is_terminal)
    with progress:
        task = progress.add_task("re-coding", total=len(recode_ids(store, everything=True)), rate=0.0)
        report = recode(store, everything=True,
                        on_article=lambda change: advance(progress, task))
    said = "The store held articles coded by another coder version: "
    if not report.recoded:
        return said + f"none could be re-coded ({report.failed} failed and keep their old coding)."
    failed = f"; {report.failed} failed and keep their old coding" if report.failed else ""
    done = f"all {report.recoded}" if report.recoded == report.selected else \
        f"{report.recoded} of {report.selected}"
    return said + f"re-coded {done} with coder {report.coder_version}{failed}."


def sample_documents() -> list[str]:
    """The sample documents by path: the folder also holds its README, which is no article
    and would only earn a "not read" warning if the folder were given whole."""
    from eventwire.read.folders import folder_entries

    return [str(entry.path) for entry in folder_entries(samples_folder())]


def outcome(report: IngestReport) -> str:
    """What the run did to the demo store, in words: a second run says the samples are
    already coded rather than "0 stored"."""
    kept = f"; {report.conflicts} conflicts and {report.failed} failed" \
        if report.conflicts or report.failed else ""
    if not report.stored and not report.replaced and report.unchanged:
        return (f"Already coded: {report.unchanged} sample articles unchanged{kept} "
                "(--fresh codes them again).")
    unchanged = f", {report.unchanged} already coded" if report.unchanged else ""
    return (f"Coded {report.stored} sample articles ({report.events} reports) in "
            f"{report.seconds:.1f} s{unchanged}{kept}.")


def _delete_sqlite(url: str) -> None:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        for suffix in ("", "-wal", "-shm"):
            Path(parsed.database + suffix).unlink(missing_ok=True)


def _countries(entities: list[dict[str, Any]]) -> str:
    return "+".join(sorted({e["country"] for e in entities if e.get("country")})) or "?"


def _parties(event: dict[str, Any]) -> set[str]:
    return {e["country"] for e in event.get("actor", []) + event.get("recipient", []) if e.get("country")}


def _dyad_table(events: list[dict[str, Any]]) -> Table:
    dyads: Counter[tuple[str, str]] = Counter()
    cooperation: Counter[tuple[str, str]] = Counter()
    for event in events:
        dyad = (_countries(event.get("actor", [])), _countries(event.get("recipient", [])))
        dyads[dyad] += 1
        cooperation[dyad] += (event.get("quad") or 0) in (1, 2)
    table = Table(title="Events per dyad (actor → recipient)")
    for column in ("actor", "recipient", "events", "cooperation", "conflict"):
        numeric = column in ("events", "cooperation", "conflict")
        table.add_column(column, justify="right" if numeric else "left")
    for (actor, recipient), n in dyads.most_common(20):
        table.add_row(actor, recipient, str(n), str(cooperation[(actor, recipient)]),
                      str(n - cooperation[(actor, recipient)]))
    return table


TIMELINE_COLUMNS = ("date", "type", "actor → recipient", "where", "articles", "source sentence")


def _timeline_table(events: list[dict[str, Any]], width: int) -> Table:
    """The timeline in `width` columns: the source sentence gets what the other columns
    leave, cut at a word boundary."""
    rows = [_timeline_cells(event) for event in
            sorted(events, key=lambda e: str((e.get("date") or {}).get("value") or ""))]
    fixed = [max([len(name)] + [len(row[i]) for row in rows])
             for i, name in enumerate(TIMELINE_COLUMNS[:-1])]
    room = max(MIN_SENTENCE, width - sum(fixed) - _CELL_PADDING * len(TIMELINE_COLUMNS) - 1)
    table = Table(title="India–Afghanistan timeline")
    for name in TIMELINE_COLUMNS:
        table.add_column(name, no_wrap=True)
    for row in rows:
        table.add_row(*row[:-1], fit(row[-1], room))
    return table


def _timeline_cells(event: dict[str, Any]) -> list[str]:
    date = event.get("date") or {}
    return [str(date.get("value") or "?"), event["type"],
            f"{_countries(event.get('actor', []))} → {_countries(event.get('recipient', []))}",
            (event.get("location") or {}).get("name") or "", str(event.get("num_articles", 1)),
            event.get("sentence_text") or ""]


def fit(text: str, width: int, lines: int = SENTENCE_LINES) -> str:
    """`text` wrapped at word boundaries into at most `lines` lines of at most `width`
    characters, the last cut with "…" when the text goes on."""
    wrapped = textwrap.wrap(" ".join(text.split()), width, break_on_hyphens=False) or [""]
    if len(wrapped) > lines:
        wrapped = wrapped[:lines - 1] + [shorten(" ".join(wrapped[lines - 1:]), width)]
    return "\n".join(wrapped)


def shorten(text: str, width: int) -> str:
    """`text` on one line in at most `width` characters, cut at a word boundary with "…"
    (a single word longer than `width` is cut inside it)."""
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    cut = text[:width - len(_ELLIPSIS) + 1]
    space = cut.rfind(" ")
    kept = cut[:space] if space > 0 else cut[:width - len(_ELLIPSIS)]
    return kept.rstrip(" ,;:") + _ELLIPSIS
