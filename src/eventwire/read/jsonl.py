"""JSONL input: one document per line (CONTRACT.md section 1), from a file or stdin."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from eventwire.errors import InputError
from eventwire.read.documents import build_article, metadata_problem, rejected
from eventwire.read.files import iter_lines, max_bytes
from eventwire.records import Article

# arrays and objects inside each other: a document needs 2 or 3, and Python's decoder
# recurses once per level (200,000 levels exhausted it and aborted the batch)
MAX_DEPTH = 100
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')
_BRACKET = re.compile(r"[\[\]{}]")


def read_jsonl_file(path: Path) -> Iterator[Article]:
    """The documents of a ``.jsonl`` (or ``.jsonl.gz``) file, one Article per non-blank line.

    The size limit applies to each line (document), not to the file, so feed exports of
    any length can be read.
    """
    documents = 0
    number = 0
    try:
        for number, line in enumerate(iter_lines(path), start=1):
            if line.strip():
                documents += 1
                yield parse_line(line, f"{path}:{number}")
    except InputError as exc:
        yield rejected(f"{path}:{number + 1}", str(exc))
        return
    if documents == 0:
        yield rejected(str(path), "file holds no documents")


def read_jsonl_lines(lines: Iterable[str | bytes], name: str) -> Iterator[Article]:
    """One Article per non-blank line; ``name`` names the stream in origins ("<stdin>")."""
    for number, line in enumerate(lines, start=1):
        if line.strip():
            yield parse_line(line, f"{name}:{number}", "stdin" if name == "<stdin>" else "jsonl")


def parse_line(line: str | bytes, where: str, came_from: str = "jsonl") -> Article:
    """The Article of one JSONL line, or an error Article saying what is wrong with it."""
    raw = line if isinstance(line, bytes) else line.encode("utf-8", errors="surrogatepass")
    if len(raw) > max_bytes():
        return rejected(where, f"document is larger than max_bytes ({max_bytes()}); "
                               "raise EVENTWIRE_MAX_BYTES to read it")
    text = raw.decode("utf-8-sig", errors="replace")
    try:
        data = load_json(text)
    except InputError as exc:
        return rejected(where, str(exc))
    except json.JSONDecodeError as exc:
        return rejected(where, f"not valid JSON ({exc.msg} at column {exc.colno})")
    return document_from(data, where, came_from, "\ufffd" in text)


def load_json(text: str) -> Any:
    """The value of the JSON ``text``; raises InputError when it nests more than MAX_DEPTH
    levels deep, json.JSONDecodeError when it is no JSON."""
    depth = json_depth(text)
    if depth > MAX_DEPTH:
        raise InputError(f"JSON nested {depth} levels deep, more than {MAX_DEPTH}")
    return json.loads(text)


def json_depth(text: str) -> int:
    """How deep arrays and objects nest in the JSON ``text`` (brackets in strings do not
    count), found without decoding it."""
    depth = deepest = 0
    for bracket in _BRACKET.findall(_STRING.sub("", text)):
        depth += 1 if bracket in "[{" else -1
        deepest = max(deepest, depth)
    return deepest


def document_from(data: object, where: str, came_from: str, replaced: bool = False,
                  unit: str = "a line") -> Article:
    """The Article of one document object (a JSONL line, a JSON array item, a CSV row),
    or an error Article saying what is wrong with it; ``unit`` names it in errors."""
    if not isinstance(data, dict):
        return rejected(where, f"{unit} must be a JSON object, not {type(data).__name__}")
    problem = metadata_problem(data)
    if problem:
        return rejected(where, problem)
    article = build_article(where, data, came_from, text=data.get("text") or None,
                            html=data.get("html") or None)
    if replaced:
        article.meta.setdefault("warnings", []).append("invalid UTF-8 replaced with U+FFFD")
    return article
