"""Expand paths (files, folders, "-") into documents, in input order."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from eventwire.errors import InputError
from eventwire.read.documents import build_article, iso_date, rejected
from eventwire.read.files import SUFFIXES, decode, input_kind, read_bytes
from eventwire.read.jsonl import read_jsonl_file, read_jsonl_lines
from eventwire.read.sidecar import load_sidecar
from eventwire.records import Article

log = logging.getLogger(__name__)


def read_inputs(paths: Sequence[str], published: str | None = None,
                stdin: TextIO | None = None) -> Iterator[Article]:
    """Yield one Article per document of ``paths``, in input order.

    Writes ``id``, ``title``, ``published``, ``source``, ``url``, ``html``, ``raw_text``,
    ``origin`` and ``meta`` (format, provenance of each field, author, site, warnings).
    ``paths`` holds files (.txt, .html, .htm, .jsonl, optionally .gz), folders (read
    recursively in sorted order) or "-" for JSONL on ``stdin`` (sys.stdin by default);
    empty ``paths`` means stdin. ``published`` (YYYY-MM-DD) dates documents that carry no
    date. An input that cannot be read yields an Article with one line in ``errors``;
    raises InputError only when ``published`` itself is not a date.
    """
    fill = _checked_date(published)
    for article in _read_all(paths, stdin):
        if fill and not article.errors and not article.published:
            article.published = fill
            article.meta.setdefault("provenance", {})["published"] = "argument"
        yield article


def _checked_date(published: str | None) -> str | None:
    if published is None:
        return None
    date = iso_date(published)
    if date is None:
        raise InputError(f"--published must be a date YYYY-MM-DD, not {published!r}")
    return date


def _read_all(paths: Sequence[str], stdin: TextIO | None) -> Iterator[Article]:
    for given in paths or ["-"]:
        if given == "-":
            yield from read_jsonl_lines(stdin or sys.stdin, "<stdin>")
        else:
            yield from _read_path(Path(given), given)


def _read_path(path: Path, given: str) -> Iterator[Article]:
    if path.is_dir():
        for member in _folder_files(path):
            yield from _read_file(member)
    elif path.exists():
        yield from _read_file(path)
    else:
        yield rejected(given, "no such file or folder")


def _folder_files(folder: Path) -> list[Path]:
    """Input files under ``folder``, recursively, sorted; hidden files are skipped."""
    found = (p for p in folder.rglob("*") if p.is_file() and input_kind(p))
    visible = (p for p in found if not any(part.startswith(".")
                                           for part in p.relative_to(folder).parts))
    return sorted(visible, key=lambda p: p.relative_to(folder).parts)


def _read_file(path: Path) -> Iterator[Article]:
    kind = input_kind(path)
    if kind == ".jsonl":
        yield from read_jsonl_file(path)
    elif kind is None:
        expected = ", ".join(SUFFIXES)
        yield rejected(str(path), f"unsupported file type; expected {expected} (or .gz of them)")
    else:
        yield _read_document(path, kind)


def _read_document(path: Path, kind: str) -> Article:
    where = str(path)
    try:
        content, warnings = decode(read_bytes(path))
        given = load_sidecar(path)
    except InputError as exc:
        return rejected(where, str(exc))
    body = {"text": content} if kind == ".txt" else {"html": content}
    article = build_article(where, given, "sidecar", **body)
    if warnings:
        log.warning("%s: %s", where, "; ".join(warnings))
        article.meta.setdefault("warnings", []).extend(warnings)
    return article
