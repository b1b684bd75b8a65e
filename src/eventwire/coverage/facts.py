"""The facts one report carries: what one coded event of one coded article says.

Reads the contract's article line (``eventwire code`` output, or a stored article's ``coded``)
and one of its ``events``; writes a :class:`~eventwire.coverage.model.ReportFacts`. Nothing is
re-coded: the facts are the coder's, gathered in one flat record so that reports of one
happening can be compared field by field (``coverage/discrepancies.py``).
"""

from __future__ import annotations

import re
from typing import Any

from eventwire.coverage.model import Party, Quote, ReportFacts
from eventwire.read.documents import url_domain


def report_facts(article: dict[str, Any], event: dict[str, Any],
                 published: str | None = None) -> ReportFacts:
    """The facts `event` (one of `article`'s ``events``) carries; `published` overrides the
    article's date (a store passes its column). ``lag_days`` and ``first`` stay unset: only
    the reader of a whole happening knows its first report."""
    url = article.get("url")
    domain = url_domain(url) if url else None
    date = event.get("date") or {}
    place = event.get("location") or {}
    size = event.get("size") or {}
    return ReportFacts(
        event_id=event["id"], article_id=str(article.get("id") or ""),
        source=article.get("source") or domain, domain=domain, url=url,
        published=published or article.get("published"), lag_days=None, first=False,
        sentence=sentence_text(article, event), type=event["type"], mode=event.get("mode"),
        parties=parties(event), date=date_text(date),
        granularity=(date.get("granularity") or "unknown") if date.get("value") else "unknown",
        place=place.get("name") or place.get("text"), place_country=place.get("country"),
        place_resolution=place.get("resolution") or "unknown",
        dead=size.get("dead"), injured=size.get("injured"), arrested=size.get("arrested"),
        quantities=list(size.get("quantities") or []),
        modality=event.get("modality") or "asserted", negated=bool(event.get("negated")),
        attribution=(event.get("attribution") or {}).get("text"),
        quotes=nearby_quotes(article, event))


def sentence_text(article: dict[str, Any], event: dict[str, Any]) -> str:
    """The text of the sentence `event` was coded from ("" when the offsets are missing)."""
    sentence = event.get("sentence") or {}
    start, end = sentence.get("start"), sentence.get("end")
    if start is None or end is None:
        return ""
    return str(article.get("text") or "")[start:end].strip()


def parties(event: dict[str, Any]) -> list[Party]:
    """The event's actors, then its recipients, as :class:`Party` records."""
    return [Party(role=role, text=entity.get("text") or "", name=entity.get("name"),
                  country=entity.get("country"), sector=entity.get("sector"))
            for role in ("actor", "recipient") for entity in event.get(role) or []]


def date_text(date: dict[str, Any]) -> str | None:
    """An event date as one string: its value, or "value..value_end" for a range."""
    value = date.get("value")
    if not value:
        return None
    end = date.get("value_end")
    return f"{value}..{end}" if end and end != value else str(value)


def nearby_quotes(article: dict[str, Any], event: dict[str, Any]) -> list[Quote]:
    """The article's quotations that bear on the event: those whose words, cue or speaker lie in
    the paragraph of the event's sentence (a speaker introduced there may be quoted in the
    paragraph after a colon, so the next paragraph counts when the sentence's ends with one)."""
    window = paragraph_window(str(article.get("text") or ""), event.get("sentence") or {})
    if window is None:
        return []
    return [quote_of(article, quote) for quote in article.get("quotes") or [] if touches(quote, window)]


def paragraph_window(text: str, sentence: dict[str, Any]) -> tuple[int, int] | None:
    """The offsets of the paragraph holding `sentence` (and of the next one when it ends with
    a colon), or None when the sentence has no offsets."""
    start, end = sentence.get("start"), sentence.get("end")
    if start is None or end is None:
        return None
    end = start + len(text[start:end].rstrip())   # a sentence may hold the break after it
    first = text.rfind("\n\n", 0, start) + 1
    last = text.find("\n\n", end)
    last = len(text) if last < 0 else last
    if text[:last].rstrip().endswith(":"):
        following = text.find("\n\n", last + 2)
        last = len(text) if following < 0 else following
    return first, last


def touches(quote: dict[str, Any], window: tuple[int, int]) -> bool:
    """Whether the quote's words, cue or speaker overlap `window` (offsets)."""
    spans = (quote.get(part) or {} for part in ("content", "cue", "speaker"))
    return any(span.get("start") is not None and span["start"] < window[1] and span["end"] > window[0]
               for span in spans)


def quote_of(article: dict[str, Any], quote: dict[str, Any]) -> Quote:
    """One of the article's quotes (a contract quote object) as a :class:`Quote`, its
    speaker's country resolved by :func:`speaker_countries` when only one fits."""
    speaker = quote.get("speaker") or {}
    countries = speaker_countries(article, speaker)
    return Quote(speaker=speaker.get("text"),
                 speaker_country=next(iter(countries)) if len(countries) == 1 else None,
                 content=(quote.get("content") or {}).get("text") or "")


def speaker_countries(article: dict[str, Any], speaker: dict[str, Any]) -> set[str]:
    """The countries a speaker may belong to: its own when coded, else those of the article's
    other mentions of the same kind of body ("the ministry" after "India's External Affairs
    Ministry"): one country resolves a bare body, several leave it ambiguous."""
    if speaker.get("country"):
        return {speaker["country"]}
    head = _head(speaker.get("text") or "")
    if not head or not speaker.get("sector"):
        return set()
    return {mention["country"] for mention in article.get("actors") or []
            if mention.get("country") and mention.get("start") != speaker.get("start")
            and mention.get("sector") == speaker["sector"] and head in _words(mention.get("text") or "")}


def _head(text: str) -> str | None:
    """The last word of a mention ("the Foreign Ministry" -> "ministry")."""
    found = _words(text)
    return found[-1] if found else None


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z]+", text.lower())
