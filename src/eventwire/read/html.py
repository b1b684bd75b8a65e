"""Extract the article body and metadata from HTML with trafilatura (dates via htmldate),
and say how far the publication date can be trusted."""

from __future__ import annotations

import functools
import html as htmllib
import logging
import re
from typing import Any

import trafilatura

from eventwire import datafiles
from eventwire.errors import ConfigError

log = logging.getLogger(__name__)

# precision over guesses: no date taken from free text of the page. Bodies favour precision
# too: a stray related-links block codes false events (Zyte dev F1 0.961 -> 0.967)
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
_DATE_KINDS = ("meta", "jsonld", "time")
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_JSONLD_DATE = re.compile(r'"(\w+)"\s*:\s*"([^"]{8,40})"')
_BLOCK_TAG = re.compile(r"<\s*/?\s*(?:p|div|br|li|h[1-6]|blockquote|tr|section|article)\b[^>]*>",
                        re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")
_WHITESPACE = re.compile(r"\s+")
_SPACES = re.compile(r"[ \t\r\f\v\xa0]+")


def extract_html(html: str, url: str | None = None) -> tuple[str | None, dict[str, Any]]:
    """The body text of ``html`` (paragraphs joined by "\\n") and guessed metadata.

    The metadata dict has ``title``, ``author``, ``site``, ``source`` (the site name),
    ``url``, ``published`` and ``published_confidence`` ("high" when the page states the
    date in its metadata, "low" otherwise) where trafilatura found them. The body is None
    when no article text could be found.
    """
    try:
        document = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, favor_precision=True,
            date_extraction_params=_DATE_PARAMS,
        )
    except Exception as exc:  # noqa: BLE001 - a broken page is one bad document, not a crash
        log.warning("trafilatura failed on a page: %r", exc)
        return None, {}
    if document is None or isinstance(document, dict):  # a dict only when as_dict=True
        return None, {}
    guesses = _guesses(document)
    if guesses["published"]:
        guesses["published_confidence"] = date_confidence(html, guesses["published"])
    return document.text or None, guesses


def _guesses(document: Any) -> dict[str, Any]:
    site = document.sitename or None
    return {
        "title": document.title or None,
        "author": document.author or None,
        "site": site,
        "source": site,
        "url": document.url or None,
        "published": document.date or None,
    }


def date_confidence(html: str, date: str) -> str:
    """"high" if the page's metadata states ``date`` (YYYY-MM-DD...) and it is not the first
    of January, "low" for a date found only elsewhere (URL, copyright footer, body text)."""
    day = date[:10]
    if day.endswith("-01-01"):
        return "low"
    return "high" if day in stated_dates(html) else "low"


def stated_dates(html: str) -> set[str]:
    """The days (YYYY-MM-DD) the page states as its date in meta tags, JSON-LD or <time>."""
    from lxml import html as lxml_html

    try:
        tree = lxml_html.fromstring(html)
    except (ValueError, TypeError, SyntaxError):  # lxml raises ParserError, a SyntaxError
        return set()
    values = _meta_dates(tree) + _jsonld_dates(tree) + _time_dates(tree)
    return {f"{m[1]}-{m[2]}-{m[3]}" for m in map(_ISO_DAY.search, values) if m}


def _meta_dates(tree: Any) -> list[str]:
    names = date_sources()["meta"]
    found = []
    for meta in tree.iter("meta"):
        keys = (meta.get(a, "").strip().lower() for a in ("name", "property", "itemprop",
                                                          "http-equiv"))
        if any(key in names for key in keys):
            found.append(meta.get("content", ""))
    return found


def _jsonld_dates(tree: Any) -> list[str]:
    keys = date_sources()["jsonld"]
    scripts = tree.xpath('//script[contains(@type, "ld+json")]/text()')
    return [value for script in scripts for key, value in _JSONLD_DATE.findall(script)
            if key.lower() in keys]


def _time_dates(tree: Any) -> list[str]:
    props = date_sources()["time"]
    return [time.get("datetime", "") for time in tree.iter("time")
            if time.get("itemprop", "").lower() in props or time.get("pubdate") is not None]


@functools.cache
def date_sources() -> dict[str, frozenset[str]]:
    """data/date_sources.tsv as kind -> names; raises ConfigError naming a bad row."""
    found: dict[str, set[str]] = {kind: set() for kind in _DATE_KINDS}
    rows = datafiles.table("read", "date_sources.tsv", ("kind", "name"), required=("kind", "name"))
    for number, row in enumerate(rows, start=1):
        if row["kind"] not in found or row["name"] != row["name"].lower():
            raise ConfigError(f"date_sources.tsv row {number} must be kind<TAB>lower-case name "
                              f"with kind one of {', '.join(_DATE_KINDS)}: {row}")
        found[row["kind"]].add(row["name"])
    return {kind: frozenset(names) for kind, names in found.items()}


def fragment_text(html: str) -> str:
    """The text of a small HTML fragment (a feed item's summary), one line per block.

    Used when trafilatura finds no article in a fragment too short for its heuristics.
    """
    flat = _WHITESPACE.sub(" ", html)   # source line breaks are spaces; blocks make lines
    text = htmllib.unescape(_TAG.sub("", _BLOCK_TAG.sub("\n", flat)))
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)

