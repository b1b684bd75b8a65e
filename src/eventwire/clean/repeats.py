"""Repeated paragraphs: exact copies ("duplicate") and cut-off copies ("truncated")."""

from __future__ import annotations

import bisect
import re

from eventwire.clean.paragraphs import Paragraph

_MIN_CHARS = 30           # short lines ("Share", "Photo: AP") repeat legitimately
_MIN_COPY_CHARS = 60      # exact copies shorter than this are kept: an interview repeats its
                          # questions, embedded posts repeat their attribution line
_QUOTES = (("‘", "'"), ("’", "'"), ("‚", "'"), ("“", '"'), ("”", '"'), ("„", '"'))
_SPACE = re.compile(r"\s+")
_SENTENCE_END = tuple(".!?\"')”’»")


def _key(text: str) -> str:
    for typographic, plain in _QUOTES:   # str.replace: several times faster than str.translate
        text = text.replace(typographic, plain)
    return _SPACE.sub(" ", text).strip().casefold()


def same_text(first: str, second: str | None) -> bool:
    """Whether two pieces of text are equal up to case, quote style and spacing."""
    return second is not None and _key(first) == _key(second)


def mark_repeats(paragraphs: list[Paragraph]) -> None:
    """Mark later exact copies "duplicate", and paragraphs that are the beginning of a
    longer paragraph "truncated" (cut mid-sentence) or "duplicate" (whole sentences)."""
    seen: set[str] = set()
    keys = {id(p): _key(p.text) for p in _candidates(paragraphs)}   # each paragraph's once
    for paragraph in _candidates(paragraphs, _MIN_COPY_CHARS):
        key = keys[id(paragraph)]
        if key in seen:
            paragraph.removed = "duplicate"
        seen.add(key)
    _mark_prefixes(_candidates(paragraphs), keys)


def _candidates(paragraphs: list[Paragraph], least: int = _MIN_CHARS) -> list[Paragraph]:
    return [p for p in paragraphs if p.kept and len(p.text) >= least]


def _mark_prefixes(paragraphs: list[Paragraph], key_of: dict[int, str]) -> None:
    # in sorted order, a key that some other key starts with is followed by such a key
    keys = sorted(key_of[id(p)] for p in paragraphs)
    for paragraph in paragraphs:
        key = key_of[id(paragraph)]
        after = bisect.bisect_right(keys, key)
        if after < len(keys) and keys[after].startswith(key):
            ended = paragraph.text.endswith(_SENTENCE_END)
            paragraph.removed = "duplicate" if ended else "truncated"
