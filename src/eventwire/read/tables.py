"""Document collections in one file: a ``.json`` array of documents and a ``.csv`` table
with a text column. Each document or row becomes one Article (or one error Article)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from eventwire.errors import InputError
from eventwire.read.documents import rejected
from eventwire.read.files import decode, max_bytes, read_bytes
from eventwire.read.jsonl import document_from, load_json
from eventwire.records import Article

# CSV header names (lower case) -> document field; the first present text column wins
TEXT_COLUMNS = ("text", "body", "content", "article", "article_text", "html")
COLUMNS = {"id": "id", "title": "title", "headline": "title", "url": "url", "link": "url",
           "published": "published", "date": "published", "source": "source",
           "author": "author"}
_DELIMITERS = ",;\t|"


def read_json_file(path: Path) -> Iterator[Article]:
    """The documents of a ``.json`` file: an array of JSONL-style objects (one object with
    "text" or "html" is one document). Origins are ``path:N``, N counting from 1."""
    try:
        text, warnings = decode(read_bytes(path))
        data = load_json(text)
    except InputError as exc:
        yield rejected(str(path), str(exc))
        return
    except json.JSONDecodeError as exc:
        yield rejected(str(path), f"not valid JSON ({exc.msg} at line {exc.lineno})")
        return
    yield from _json_documents(path, data, warnings)


def _json_documents(path: Path, data: Any, warnings: list[str]) -> Iterator[Article]:
    if isinstance(data, dict) and any(data.get(name) for name in ("text", "html")):
        data = [data]
    if not isinstance(data, list):
        yield rejected(str(path), "a .json input must hold an array of documents (a .json "
                                  "beside a file of the same name is read as its sidecar)")
        return
    if not data:
        yield rejected(str(path), "file holds no documents")
    for number, item in enumerate(data, start=1):
        article = document_from(item, f"{path}:{number}", "json", unit="an array item")
        yield _warned(article, warnings)


def read_csv_file(path: Path) -> Iterator[Article]:
    """The rows of a ``.csv`` file with a header, one Article per row.

    The text column is the first of TEXT_COLUMNS in the header (case-insensitive); id,
    title, url, published/date, source and author columns are used when present. The
    delimiter (",", ";", tab, "|") is sniffed. Origins are ``path:N``, N the row number
    counting the header as row 1.
    """
    try:
        text, warnings = decode(read_bytes(path))
        rows = _rows(text)
        header = next(rows, None)
        columns = _columns(header)
    except (InputError, csv.Error) as exc:
        yield rejected(str(path), str(exc))
        return
    yield from _row_documents(path, rows, columns, warnings)


def _rows(text: str) -> Iterator[list[str]]:
    csv.field_size_limit(max(csv.field_size_limit(), max_bytes()))  # one article per field
    try:
        dialect: Any = csv.Sniffer().sniff(text[:8192], delimiters=_DELIMITERS)
    except csv.Error:
        dialect = csv.excel
    return csv.reader(io.StringIO(text, newline=""), dialect)


def _columns(header: list[str] | None) -> dict[int, str]:
    """Column index -> document field; raises InputError when there is no text column."""
    if not header:
        raise InputError("file holds no header row")
    names = [name.strip().lstrip("\ufeff").lower() for name in header]
    text = next((name for name in TEXT_COLUMNS if name in names), None)
    if text is None:
        raise InputError(f"no text column: expected one of {', '.join(TEXT_COLUMNS)}; "
                         f"the header has {', '.join(header)}")
    fields = {i: COLUMNS[name] for i, name in enumerate(names) if name in COLUMNS}
    fields[names.index(text)] = "html" if text == "html" else "text"
    return _first_of_each(fields)


def _first_of_each(fields: dict[int, str]) -> dict[int, str]:
    """Keep the first column mapped to each field ("date" after "published" is dropped)."""
    seen: dict[str, int] = {}
    for index in sorted(fields):
        seen.setdefault(fields[index], index)
    return {index: name for name, index in seen.items()}


def _row_documents(path: Path, rows: Iterator[list[str]], columns: dict[int, str],
                   warnings: list[str]) -> Iterator[Article]:
    documents = 0
    number = 1
    try:
        for number, row in enumerate(rows, start=2):
            if any(cell.strip() for cell in row):
                documents += 1
                article = document_from(_row_data(row, columns), f"{path}:{number}", "csv",
                                        unit="a row")
                yield _warned(article, warnings)
    except csv.Error as exc:
        yield rejected(f"{path}:{number + 1}", f"malformed CSV: {exc}")
        return
    if documents == 0:
        yield rejected(str(path), "file holds no documents")


def _row_data(row: list[str], columns: dict[int, str]) -> dict[str, str | None]:
    """The document fields of one row; text and html cells are kept exactly as written."""
    data: dict[str, str | None] = {}
    for index, name in columns.items():
        cell = row[index] if index < len(row) else ""
        value = cell if name in ("text", "html") else cell.strip()
        data[name] = value if value.strip() else None
    return data


def _warned(article: Article, warnings: list[str]) -> Article:
    if warnings and not article.errors:
        article.meta.setdefault("warnings", []).extend(warnings)
    return article
