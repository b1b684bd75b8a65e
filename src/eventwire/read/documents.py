"""Build Articles from text or HTML plus metadata, and check user-supplied metadata."""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import logging
import re
from typing import Any

from eventwire.read.encoding import printable_name, storable_text
from eventwire.read.html import extract_html, fragment_text
from eventwire.records import Article

log = logging.getLogger(__name__)

# metadata a user may supply (JSONL fields, sidecar .json); user values win over guesses
FIELDS = ("id", "title", "published", "source", "url")
CONTENT = ("text", "html")
# where a publication date came from -> meta["published_confidence"]; "html" is judged
# per page (see html.date_confidence)
GIVEN = frozenset({"jsonl", "stdin", "sidecar", "argument", "api", "csv", "json"})
CONFIDENCE = {"feed": "high", "warc": "low"}
TEXT_FIELDS = FIELDS + CONTENT + ("author",)


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


# the date forms a feed or a user writes besides ISO 8601 and RFC 822 (English month names,
# whatever the locale: strptime's %B and %b read the C locale's names)
DATE_FORMS = ("%B %d, %Y", "%b %d, %Y", "%b. %d, %Y", "%B %d %Y", "%b %d %Y", "%d %B %Y",
              "%d %b %Y", "%d %B, %Y", "%Y/%m/%d", "%Y.%m.%d")
DATE_HINT = 'YYYY-MM-DD, "June 26, 2024", "26 June 2024", "2024/06/26" or an RSS date'
_WEEKDAY = re.compile(r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+", re.IGNORECASE)


def parse_date(value: str | None) -> str | None:
    """``value`` as YYYY-MM-DD, else None: ISO 8601 (``2024-06-26``, ``20240626``), RFC 822
    as in RSS ``pubDate`` (``Wed, 26 Jun 2024 10:00:00 GMT``), or a written date
    (``June 26, 2024``, ``26 June 2024``, ``Jun 26, 2024``, ``2024/06/26``; DATE_FORMS)."""
    if not value or not value.strip():
        return None
    value = value.strip()
    iso = iso_date(value)
    if iso:
        return iso
    try:
        return email.utils.parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return _written_date(value)


def _written_date(value: str) -> str | None:
    text = " ".join(_WEEKDAY.sub("", value).split())
    for form in DATE_FORMS:
        try:
            return dt.datetime.strptime(text, form).date().isoformat()
        except ValueError:
            continue
    return None


# the longest document id: the store's ``articles.id`` column (PostgreSQL enforces it, SQLite
# would not, so it is checked when the document is read, alike for both)
MAX_ID_CHARS = 200


def metadata_problem(data: dict[str, Any], need_content: bool = True) -> str | None:
    """What is wrong with user-supplied metadata (JSONL object, sidecar), or None."""
    for name in TEXT_FIELDS:
        value = data.get(name)
        if value is not None and not isinstance(value, str):
            return f'field "{name}" must be a string or null, not {type(value).__name__}'
    if isinstance(data.get("id"), str) and len(data["id"]) > MAX_ID_CHARS:
        return f'field "id" is {len(data["id"])} characters, more than {MAX_ID_CHARS}'
    if data.get("published") and parse_date(data["published"]) is None:
        return f'field "published" must be a date ({DATE_HINT}), not {data["published"]!r}'
    if need_content and not any(data.get(name) for name in CONTENT):
        return 'neither "text" nor "html" holds any content'
    return None


def build_article(origin: str, given: dict[str, Any], given_from: str,
                  text: str | None = None, html: str | None = None,
                  fragment: bool = False) -> Article:
    """An Article from plain ``text`` or ``html`` (text wins as body when both are given).

    Metadata guessed from the HTML is applied first and ``given`` (from ``given_from``:
    "jsonl", "sidecar", "feed" ...) after it, so what the user supplied wins.
    ``meta["provenance"]`` maps each metadata field to where it came from and
    ``meta["published_confidence"]`` says how sure the date is ("given", "high", "low").
    A ``fragment`` (a feed item's HTML) too short for trafilatura keeps its plain text.
    Lone surrogates and NUL characters are taken out of the text and metadata first, with
    a warning (:func:`~eventwire.read.encoding.storable_text`).
    """
    given, warnings = _storable({**given, "text": text, "html": html})
    text, html = given.pop("text"), given.pop("html")
    content = text if text is not None else html or ""
    article = Article(id=content_id(content), origin=origin, raw_text=text, html=html)
    article.meta.update(format="text" if text is not None else "html", provenance={})
    page_confidence = None
    if html is not None:
        page_confidence = _apply_html(article, html, given.get("url"))
        if fragment and not (article.raw_text or "").strip():
            article.raw_text = fragment_text(html)
    apply_metadata(article, given, given_from)
    source_from_url(article)
    set_confidence(article, page_confidence)
    if not (article.raw_text or "").strip():
        article.errors.append(f"{origin}: no article text found in the HTML")
    if warnings:
        warn(article, warnings)
    return article


def _storable(values: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """``values`` with each of its TEXT_FIELDS made storable, and the warnings saying how."""
    clean = dict(values)
    warnings: list[str] = []
    for name in TEXT_FIELDS:
        if isinstance(clean.get(name), str):
            clean[name], found = storable_text(clean[name], name)
            warnings += found
    return clean, warnings


def warn(article: Article, warnings: list[str]) -> None:
    """Add ``warnings`` to ``meta["warnings"]`` and log them in one line naming the input."""
    log.warning("%s: %s", printable_name(article.origin or article.id), "; ".join(warnings))
    article.meta.setdefault("warnings", []).extend(warnings)


def set_confidence(article: Article, confidence: str | None = None) -> None:
    """Set ``meta["published_confidence"]`` from where ``published`` came from (``confidence``
    is the HTML page's own judgement, used when the date came from the page)."""
    came_from = article.meta.get("provenance", {}).get("published")
    if not article.published or came_from is None:
        article.meta.pop("published_confidence", None)
    elif came_from in GIVEN:
        article.meta["published_confidence"] = "given"
    else:
        article.meta["published_confidence"] = CONFIDENCE.get(came_from, confidence or "low")


def apply_metadata(article: Article, values: dict[str, Any], came_from: str) -> None:
    """Set each non-empty metadata field of ``values`` on ``article`` and record its origin."""
    for name in FIELDS:
        value = parse_date(values.get(name)) if name == "published" else values.get(name)
        if value:
            setattr(article, name, value)
            article.meta["provenance"][name] = came_from
    if values.get("author"):
        article.meta["author"] = values["author"]
        article.meta["provenance"]["author"] = came_from


def source_from_url(article: Article) -> None:
    """Name an article without a source after its URL's registered domain, without ``www.``
    (``https://www.voanews.com/a/x.html`` -> ``voanews.com``; a host with no public suffix,
    such as ``localhost``, as it is), so that feeds and pages that give a URL but no
    source name still count as a source of their own. A given source is never replaced."""
    if article.source or not article.url:
        return
    domain = url_domain(article.url)
    if domain:
        article.source = domain
        article.meta["provenance"]["source"] = "url"


def url_domain(url: str) -> str | None:
    """The registered domain of `url` (``news.bbc.co.uk`` -> ``bbc.co.uk``), else its host
    without ``www.``; None when `url` has no host."""
    from urllib.parse import urlsplit

    from tld import get_fld

    try:
        host = (urlsplit(url.strip()).hostname or "").rstrip(".")
    except ValueError:
        return None
    if not host:
        return None
    domain = get_fld(host, fix_protocol=True, fail_silently=True)
    return domain or host.removeprefix("www.")


def _apply_html(article: Article, html: str, url: str | None) -> str | None:
    """Body and metadata from ``html``; returns the page's date confidence."""
    body, guessed = extract_html(html, url)
    if article.raw_text is None:
        article.raw_text = body
    if guessed.get("site"):
        article.meta["site"] = guessed["site"]
    apply_metadata(article, guessed, "html")
    return guessed.get("published_confidence")
