"""The top of a plain-text article: a title line, a byline, a dateline."""

from __future__ import annotations

import re
from typing import Any

from eventwire.clean.paragraphs import Paragraph
from eventwire.clean.repeats import same_text

_TITLE_MAX_WORDS = 25
_BYLINE = re.compile(r"^by\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|&|de|van|von|al))*$",
                     re.IGNORECASE)
_PLACE = r"[A-Z][\w.'’-]*(?:[ /][A-Z][\w.'’-]*){0,3}(?:,\s*[A-Z][a-z]+(?: [A-Z][a-z]+)?)?"
_DATE = (r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?"
         r"|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?)")
_DATELINE = re.compile(
    rf"^(?P<place>{_PLACE})(?:,\s*(?P<date>{_DATE}))?\s*"
    r"(?:\((?P<agency>[A-Za-z][A-Za-z .&/-]{0,40})\))?\s*(?P<sep>:|--?|–|—)\s+(?=\S)"
)


def take_title(paragraphs: list[Paragraph], title: str | None) -> str | None:
    """Mark a title line at the top removed ("title"); return the article's title.

    With a known ``title`` the top line goes only if it repeats it; without one, a short
    line with no final period followed by body text becomes the title.
    """
    kept = [p for p in paragraphs if p.kept][:2]
    if len(kept) < 2:
        return title
    top, body = kept
    if (same_text(top.text, title) if title else _looks_like_title(top, body)):
        top.removed = "title"
        return title or top.text
    return title


def _looks_like_title(top: Paragraph, body: Paragraph) -> bool:
    if not 2 <= top.words <= _TITLE_MAX_WORDS or top.text[-1] in ".,;:":
        return False
    if not (top.text[0].isupper() or top.text[0].isdigit() or top.text[0] in "\"'‘“"):
        return False
    return body.blank_before or len(body.text) > 1.5 * len(top.text)


def take_byline(paragraphs: list[Paragraph], meta: dict[str, Any]) -> None:
    """Mark a "By Jane Smith" line among the first two kept lines removed ("boilerplate")
    and keep the name as ``meta["author"]`` unless one is known."""
    for paragraph in [p for p in paragraphs if p.kept][:2]:
        if paragraph.words <= 8 and _BYLINE.match(paragraph.text):
            paragraph.removed = "boilerplate"
            meta.setdefault("author", paragraph.text[3:].strip())
            return


def take_dateline(paragraphs: list[Paragraph]) -> tuple[str, int, dict[str, str | None]] | None:
    """Cut a dateline ("New Delhi:", "KABUL, Aug 31 (Reuters) -") off the first kept
    paragraph; return the text cut, its offset in the raw text and its parts."""
    first = next((p for p in paragraphs if p.kept), None)
    match = _DATELINE.match(first.text) if first else None
    if first is None or match is None or not _plausible(match, first.text[match.end():]):
        return None
    cut = match.group().rstrip()
    start = first.start
    first.text, first.start = first.text[match.end():], first.start + match.end()
    parts = {"place": match["place"], "date": match["date"], "agency": match["agency"]}
    return cut, start, parts


def _plausible(match: re.Match[str], rest: str) -> bool:
    """A colon needs a sentence after it; a dash needs an all-caps place, a date or an
    agency (so that "Mr Smith - who ..." is no dateline)."""
    if not rest[:1].isupper() and rest[:1] not in "\"'‘“":
        return False
    if match["sep"] == ":":
        return len(match["place"].split()) <= 4
    place = match["place"].split(",")[0]
    return place.isupper() or bool(match["date"] or match["agency"])
