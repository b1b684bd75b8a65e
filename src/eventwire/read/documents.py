"""Build Articles from text or HTML plus metadata, and check user-supplied metadata."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from eventwire.read.html import extract_html
from eventwire.records import Article

# metadata a user may supply (JSONL fields, sidecar .json); user values win over guesses
FIELDS = ("id", "title", "published", "source", "url")
CONTENT = ("text", "html")


def content_id(content: str) -> str:
    """A stable id for a document: the first 16 hex digits of the sha256 of its content."""
    return hashlib.sha256(content.encode("utf-8")).hexdigest()[:16]


def rejected(where: str, problem: str) -> Article:
    """The Article standing for an input that could not be read: its id names the input."""
    return Article(id=where, origin=where, errors=[f"{where}: {problem}"])


def iso_date(value: str) -> str | None:
    """``value`` as ``YYYY-MM-DD`` if it starts with an ISO date, else None."""
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None


def metadata_problem(data: dict[str, Any], need_content: bool = True) -> str | None:
    """What is wrong with user-supplied metadata (JSONL object, sidecar), or None."""
    for name in FIELDS + CONTENT + ("author",):
        value = data.get(name)
        if value is not None and not isinstance(value, str):
            return f'field "{name}" must be a string or null, not {type(value).__name__}'
    if data.get("published") and iso_date(data["published"]) is None:
        return f'field "published" must be a date YYYY-MM-DD, not {data["published"]!r}'
    if need_content and not any(data.get(name) for name in CONTENT):
        return 'neither "text" nor "html" holds any content'
    return None


def build_article(origin: str, given: dict[str, Any], given_from: str,
                  text: str | None = None, html: str | None = None) -> Article:
    """An Article from plain ``text`` or ``html`` (text wins as body when both are given).

    Metadata guessed from the HTML is applied first and ``given`` (from ``given_from``:
    "jsonl", "sidecar" ...) after it, so what the user supplied wins. ``meta["provenance"]``
    maps each metadata field to where it came from.
    """
    content = text if text is not None else html or ""
    article = Article(id=content_id(content), origin=origin, raw_text=text, html=html)
    article.meta.update(format="text" if text is not None else "html", provenance={})
    if html is not None:
        _apply_html(article, html, given.get("url"))
    apply_metadata(article, given, given_from)
    if not (article.raw_text or "").strip():
        article.errors.append(f"{origin}: no article text found in the HTML")
    return article


def apply_metadata(article: Article, values: dict[str, Any], came_from: str) -> None:
    """Set each non-empty metadata field of ``values`` on ``article`` and record its origin."""
    for name in FIELDS:
        value = values.get(name)
        if value:
            setattr(article, name, iso_date(value) if name == "published" else value)
            article.meta["provenance"][name] = came_from
    if values.get("author"):
        article.meta["author"] = values["author"]
        article.meta["provenance"]["author"] = came_from


def _apply_html(article: Article, html: str, url: str | None) -> None:
    body, guessed = extract_html(html, url)
    if article.raw_text is None:
        article.raw_text = body
    if guessed.get("site"):
        article.meta["site"] = guessed["site"]
    apply_metadata(article, guessed, "html")
