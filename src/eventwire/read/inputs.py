"""Expand paths (files, folders, "-") into documents, in input order."""

from __future__ import annotations

import fnmatch
import logging
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TextIO

from eventwire.errors import InputError
from eventwire.read.documents import DATE_HINT, build_article, parse_date, rejected, set_confidence, warn
from eventwire.read.encoding import printable_name
from eventwire.read.feeds import is_feed, read_feed_file
from eventwire.read.files import SUFFIXES, decode, input_kind, read_bytes
from eventwire.read.folders import Entry, folder_entries, path_problem
from eventwire.read.jsonl import read_jsonl_file, read_jsonl_lines
from eventwire.read.sidecar import load_sidecar
from eventwire.read.tables import read_csv_file, read_json_file
from eventwire.read.warc import read_warc_file
from eventwire.records import Article

log = logging.getLogger(__name__)

_READERS: dict[str, Callable[[Path], Iterator[Article]]] = {
    ".jsonl": read_jsonl_file, ".json": read_json_file, ".csv": read_csv_file,
    ".rss": read_feed_file, ".atom": read_feed_file, ".warc": read_warc_file,
}


def read_inputs(paths: Sequence[str], published: str | None = None,
                stdin: TextIO | None = None, *, include: Sequence[str] = (),
                exclude: Sequence[str] = (), follow_symlinks: bool = False) -> Iterator[Article]:
    """Yield one Article per document of ``paths``, in input order.

    Writes ``id``, ``title``, ``published``, ``source``, ``url``, ``html``, ``raw_text``,
    ``origin`` and ``meta`` (format, provenance of each field, published_confidence,
    author, site, warnings). ``paths`` holds files (.txt, .html, .htm, .jsonl, .json,
    .csv, .rss, .atom, .xml feeds, .warc, each optionally .gz), folders (read recursively
    in sorted order, keeping files whose path relative to the folder matches an
    ``include`` glob, if any, and no ``exclude`` glob) or "-" for JSONL on ``stdin``
    (sys.stdin by default); empty ``paths`` means stdin. ``published`` (YYYY-MM-DD) dates
    documents that carry no date or only a low-confidence guess. Symbolic links in folders
    are followed out of the folder only with ``follow_symlinks``; named pipes are never
    opened. An input that cannot be read yields an Article with one line in ``errors``;
    raises InputError only when ``published`` itself is not a date.
    """
    fill = _checked_date(published)
    wanted = _glob_filter(include, exclude)
    for article in map(_printable, _read_all(paths, stdin, wanted, follow_symlinks)):
        if fill and not article.errors and _guessed_date(article):
            article.published = fill
            article.meta.setdefault("provenance", {})["published"] = "argument"
            set_confidence(article)
        yield article


def _guessed_date(article: Article) -> bool:
    """Whether the article has no date, or only one guessed with low confidence."""
    return not article.published or article.meta.get("published_confidence") == "low"


def _glob_filter(include: Sequence[str], exclude: Sequence[str]) -> Callable[[str], bool]:
    """A test of a folder-relative path (with "/") against the include and exclude globs."""
    def wanted(relative: str) -> bool:
        if include and not any(fnmatch.fnmatch(relative, glob) for glob in include):
            return False
        return not any(fnmatch.fnmatch(relative, glob) for glob in exclude)
    return wanted


def _checked_date(published: str | None) -> str | None:
    if published is None:
        return None
    date = parse_date(published)
    if date is None:
        raise InputError(f"--published must be a date ({DATE_HINT}), not {published!r}")
    return date


def _printable(article: Article) -> Article:
    """``article`` with a path in its id, origin and errors made printable (printable_name)."""
    article.id = printable_name(article.id)
    article.origin = article.origin and printable_name(article.origin)
    article.errors = [printable_name(error) for error in article.errors]
    return article


def _read_all(paths: Sequence[str], stdin: TextIO | None, wanted: Callable[[str], bool],
              follow_symlinks: bool) -> Iterator[Article]:
    for given in paths or ["-"]:
        if given == "-":
            yield from read_jsonl_lines(stdin or sys.stdin, "<stdin>")
        else:
            yield from _read_path(Path(given), given, wanted, follow_symlinks)


def _read_path(path: Path, given: str, wanted: Callable[[str], bool],
               follow_symlinks: bool) -> Iterator[Article]:
    problem = path_problem(path)
    if problem:
        yield rejected(given, problem)
    elif path.is_dir():
        skipped: Counter[str] = Counter()
        for entry in folder_entries(path, wanted, follow_symlinks, skipped):
            yield from _read_entry(entry)
        if skipped:
            kinds = ", ".join(f"{n} {kind}" for kind, n in sorted(skipped.items(),
                                                                  key=lambda k: (-k[1], k[0])))
            log.warning("%s: %d %s not read: no document type (%s)", printable_name(given),
                        skipped.total(), "entry" if skipped.total() == 1 else "entries", kinds)
    else:
        yield from _read_file(path)


def _read_entry(entry: Entry) -> Iterator[Article]:
    if entry.problem:
        yield rejected(str(entry.path), entry.problem)
    else:
        yield from _read_file(entry.path)


def _read_file(path: Path) -> Iterator[Article]:
    kind = input_kind(path)
    if kind is None:
        expected = ", ".join(SUFFIXES)
        yield rejected(str(path), f"unsupported file type; expected {expected} (or .gz of them)")
    elif kind in _READERS:
        yield from _READERS[kind](path)
    elif kind == ".xml" and is_feed(path):
        yield from read_feed_file(path)
    elif kind == ".xml":
        yield rejected(str(path), "XML file is not an RSS or Atom feed")
    else:
        yield _read_document(path, kind)


def _read_document(path: Path, kind: str) -> Article:
    where = str(path)
    try:
        content, warnings = decode(read_bytes(path))
        given = load_sidecar(path)
    except InputError as exc:
        return rejected(where, str(exc))
    if kind == ".txt":
        article = build_article(where, given, "sidecar", text=content)
    else:
        article = build_article(where, given, "sidecar", html=content)
    if warnings:
        warn(article, warnings)
    return article
