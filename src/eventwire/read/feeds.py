"""RSS 2.0 (and RSS 1.0) and Atom feed files: one Article per item or entry.

An item's link becomes ``url``, its title ``title``, its ``pubDate``/``published``/
``updated``/``dc:date`` ``published``, its author ``meta["author"]`` and the feed's title
``source``. The body is the item's embedded HTML (``content:encoded``, Atom ``content``,
``description``, ``summary``), extracted through the same HTML path as a page.
"""

from __future__ import annotations

import html.entities
import re
import xml.etree.ElementTree as ET
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from eventwire.errors import InputError
from eventwire.read.documents import build_article, parse_date, rejected
from eventwire.read.files import decode, open_binary, read_bytes
from eventwire.records import Article

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_ENTITY = re.compile(r"&([A-Za-z][A-Za-z0-9]*);")
_XML_ENTITIES = {"amp", "lt", "gt", "quot", "apos"}
_BODY = ("encoded", "content", "description", "summary")   # first present wins
_DATES = ("pubDate", "published", "date", "updated", "issued", "modified")
_FEED_ROOTS = ("rss", "feed", "RDF")
_HEAD_BYTES = 4096


def read_feed_file(path: Path) -> Iterator[Article]:
    """The items of an RSS or Atom feed file (``.rss``, ``.atom``, ``.xml``, or their .gz)."""
    try:
        root = parse_feed(path)
    except InputError as exc:
        yield rejected(str(path), str(exc))
        return
    items = [e for e in root.iter() if _local(e.tag) in ("item", "entry")]
    if not items:
        yield rejected(str(path), "feed holds no items")
    source = _text(_channel(root), "title")
    for number, item in enumerate(items, start=1):
        yield item_article(item, f"{path}:{number}", source)


def parse_feed(path: Path) -> ET.Element:
    """The root element of the feed at ``path``; raises InputError if it is no feed."""
    text, _ = decode(read_bytes(path))
    text = _ENTITY.sub(_html_entity, _XML_DECLARATION.sub("", text, count=1))
    try:
        root = ET.fromstring(text)
    except ET.ParseError as exc:
        raise InputError(f"not well-formed XML ({exc})") from exc
    if _local(root.tag) not in _FEED_ROOTS:
        raise InputError(f"XML root is <{_local(root.tag)}>, not an RSS or Atom feed "
                         "(<rss>, <feed> or <rdf:RDF>)")
    return root


def is_feed(path: Path) -> bool:
    """Whether an ``.xml`` file's root element is a feed (only its first bytes are read)."""
    try:
        with open_binary(path) as handle:
            head, _ = decode(handle.read(_HEAD_BYTES))
    except (OSError, EOFError, zlib.error):
        return True   # let the feed reader report the problem
    match = re.search(r"<([A-Za-z][\w.-]*:)?([A-Za-z][\w.-]*)[\s>/]", _strip_prolog(head))
    return match is not None and match.group(2) in _FEED_ROOTS


def _strip_prolog(text: str) -> str:
    """``text`` without its XML declaration, comments, doctype and processing instructions."""
    return re.sub(r"<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>", "", text, flags=re.DOTALL)


def item_article(item: ET.Element, where: str, source: str | None) -> Article:
    """The Article of one RSS item or Atom entry."""
    given = {"url": _link(item), "title": _text(item, "title"), "source": source,
             "published": _published(item), "author": _author(item)}
    kind, body = _body(item)
    if not body:
        return rejected(where, "feed item has no content (no description, summary or "
                               "content)")
    if kind == "text":
        return build_article(where, given, "feed", text=body)
    return build_article(where, given, "feed", html=body, fragment=True)


def _body(item: ET.Element) -> tuple[str, str | None]:
    """("html" or "text", the item's richest body)."""
    for name in _BODY:
        element = _child(item, name)
        if element is not None and "".join(element.itertext()).strip():
            return _content(element)
    return "html", None


def _content(element: ET.Element) -> tuple[str, str]:
    kind = element.get("type", "html")
    if kind == "xhtml" or len(element):   # inline markup, not escaped HTML
        inner = "".join(ET.tostring(child, encoding="unicode") for child in element)
        return "html", (element.text or "") + inner
    return ("text" if kind == "text" else "html"), element.text or ""


def _link(item: ET.Element) -> str | None:
    for link in (e for e in item if _local(e.tag) == "link"):
        if link.get("href") and link.get("rel", "alternate") == "alternate":
            return link.get("href")
        if link.text and link.text.strip():
            return link.text.strip()
    guid = _child(item, "guid")
    permalink = guid is not None and guid.get("isPermaLink", "true") == "true"
    return _text(item, "guid") if permalink else None


def _published(item: ET.Element) -> str | None:
    for name in _DATES:
        date = parse_date(_text(item, name))
        if date:
            return date
    return None


def _author(item: ET.Element) -> str | None:
    author = _child(item, "author")
    if author is not None and len(author):
        return _text(author, "name")
    return _text(item, "author") or _text(item, "creator")


def _channel(root: ET.Element) -> ET.Element:
    channel = _child(root, "channel")
    return channel if channel is not None else root


def _child(element: ET.Element, name: str) -> ET.Element | None:
    return next((e for e in element if _local(e.tag) == name), None)


def _text(element: ET.Element, name: str) -> str | None:
    child = _child(element, name)
    text = "".join(child.itertext()).strip() if child is not None else ""
    return text or None


def _local(tag: Any) -> str:
    """A tag without its namespace ("{http://www.w3.org/2005/Atom}entry" -> "entry")."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _html_entity(match: re.Match[str]) -> str:
    """HTML named entities (&nbsp; &rsquo; ...) that XML does not define, as characters."""
    name = match.group(1)
    if name in _XML_ENTITIES or name not in html.entities.name2codepoint:
        return match.group()
    return chr(html.entities.name2codepoint[name])
