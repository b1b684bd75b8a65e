"""Split raw text into paragraphs (one per non-blank line) and join the ones kept.

A paragraph is a line: plain-text feeds put paragraphs on single lines, sometimes with a
blank line between them and sometimes not (seed 000 repeats its lede on the line just
before the full paragraph). Each paragraph's ``text`` is a slice of the raw text, so the
cleaned text is made only of pieces of the input.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from eventwire.records import RemovalKind

_BULLET = re.compile(r"^(?:[•·▪‣◦●○■□➤►▶]+\s*|[*>|–—-]+\s+)")


@dataclass
class Paragraph:
    """One non-blank line of the raw text, and what cleaning decided about it."""

    text: str                  # the line without surrounding whitespace
    start: int                 # offset of ``text`` in the raw text
    blank_before: bool         # a blank line separates it from the line before
    indented: bool
    removed: RemovalKind | None = None  # set once a rule removes it

    @property
    def kept(self) -> bool:
        return self.removed is None

    @property
    def bulleted(self) -> bool:
        return bool(_BULLET.match(self.text))

    @property
    def words(self) -> int:
        return len(self.text.split())


def split_paragraphs(raw: str) -> list[Paragraph]:
    """The non-blank lines of ``raw``, in order."""
    paragraphs: list[Paragraph] = []
    blank = False
    offset = 0
    for line in raw.split("\n"):
        stripped = line.strip()
        if stripped:
            start = offset + line.index(stripped)
            paragraphs.append(Paragraph(stripped, start, blank, line[:1].isspace()))
        blank = not stripped and bool(paragraphs)
        offset += len(line) + 1
    return paragraphs


def join_paragraphs(paragraphs: Iterable[Paragraph]) -> str:
    """The kept paragraphs, separated by "\\n\\n" where the input had a blank line between
    them (or between anything removed from between them) and by "\\n" otherwise."""
    pieces: list[str] = []
    blank = False
    for paragraph in paragraphs:
        blank = blank or paragraph.blank_before
        if paragraph.kept:
            if pieces:
                pieces.append("\n\n" if blank else "\n")
            pieces.append(paragraph.text)
            blank = False
    return "".join(pieces)


def unbulleted(text: str) -> str:
    """``text`` without a leading bullet or dash."""
    return _BULLET.sub("", text)
