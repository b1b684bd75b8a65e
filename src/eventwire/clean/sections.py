"""Clutter lines and sections: reader comments, related-link blocks, boilerplate, captions,
and paragraphs in another language."""

from __future__ import annotations

import re

from eventwire.clean.language import is_foreign_block
from eventwire.clean.paragraphs import Paragraph, unbulleted
from eventwire.clean.patterns import patterns_for

_MAX_WORDS = {"prompt": 40, "comment": 8, "heading": 10, "line": 30, "caption": 40,
              "crumbs": 16}
_LINK_MAX_WORDS = 20
_TRAILING_SYMBOLS = re.compile(r"[^\w.!?:)\]\"'’”]+$")


def matches(role: str, text: str) -> bool:
    """Whether ``text`` is a clutter line of ``role`` (see data/clutter.tsv)."""
    words = len(text.split())
    if words > _MAX_WORDS[role]:
        return False
    line = _TRAILING_SYMBOLS.sub("", unbulleted(text)).strip()
    return any(p.regex.search(line) for p in patterns_for(role))


def mark_clutter(paragraphs: list[Paragraph]) -> None:
    """Mark comment sections "comments", and related blocks, boilerplate lines and
    captions "boilerplate"."""
    index = 0
    while index < len(paragraphs):
        paragraph = paragraphs[index]
        if paragraph.kept and matches("prompt", paragraph.text):
            index = _mark_comments(paragraphs, index)
        elif paragraph.kept and matches("heading", paragraph.text):
            index = _mark_links(paragraphs, index)
        else:
            if paragraph.kept and _is_boilerplate(paragraph.text):
                paragraph.removed = "boilerplate"
            index += 1


def mark_crumbs(paragraphs: list[Paragraph]) -> None:
    """Mark navigation trails and menus ("Home > World > Asia") "boilerplate"; run before
    the title is taken, since a trail is often the first line of a saved page."""
    for paragraph in paragraphs:
        if paragraph.kept and matches("crumbs", paragraph.text):
            paragraph.removed = "boilerplate"


def _is_boilerplate(text: str) -> bool:
    return matches("line", text) or matches("caption", text) or matches("crumbs", text)


def _mark_comments(paragraphs: list[Paragraph], prompt: int) -> int:
    """Mark the prompt at index ``prompt`` and the comment-like lines after it; return the
    index of the first line that is article text again."""
    paragraphs[prompt].removed = "comments"
    for index in range(prompt + 1, len(paragraphs)):
        paragraph = paragraphs[index]
        if _is_boilerplate(paragraph.text):
            paragraph.removed = "boilerplate"
        elif _looks_like_comment(paragraph):
            paragraph.removed = "comments"
        else:
            return index
    return len(paragraphs)


def _looks_like_comment(paragraph: Paragraph) -> bool:
    return (paragraph.bulleted or paragraph.indented or matches("comment", paragraph.text)
            or is_foreign_block(paragraph.text))


def _mark_links(paragraphs: list[Paragraph], heading: int) -> int:
    """Mark the heading at index ``heading`` and the link lines after it (short, no final
    period); return the index of the first line that is article text again."""
    paragraphs[heading].removed = "boilerplate"
    for index in range(heading + 1, len(paragraphs)):
        paragraph = paragraphs[index]
        if not (paragraph.bulleted or _is_link_line(paragraph.text)):
            return index
        paragraph.removed = "boilerplate"
    return len(paragraphs)


def _is_link_line(text: str) -> bool:
    return len(text.split()) <= _LINK_MAX_WORDS and not text.endswith((".", ":", ";", ","))


def mark_foreign(paragraphs: list[Paragraph]) -> None:
    """Mark paragraphs written in another language "language" (in an English article).

    A block is foreign beside English ones: when no kept paragraph reads as English (a
    one-sentence text of names and content words, "Israeli jets struck a depot in southern
    Lebanon", holds none of the frequent function words the test counts), nothing is cut here
    and the article's own language check decides."""
    kept = [paragraph for paragraph in paragraphs if paragraph.kept]
    foreign = [paragraph for paragraph in kept if is_foreign_block(paragraph.text)]
    if len(foreign) == len(kept):
        return
    for paragraph in foreign:
        paragraph.removed = "language"
