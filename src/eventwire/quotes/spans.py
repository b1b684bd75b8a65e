"""Span helpers for the quote finders: trimmed spans, token ranges and paragraphs."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Token

from eventwire.nlp.phrases import doc_tokens, once_per_doc
from eventwire.records import Span

PARAGRAPH = re.compile(r"[^\n]*\S[^\n]*")
EDGE_PUNCT = " \t\n,;:"
QUOTE_MARKS = "\"“”"
_OFFSETS_KEY = "eventwire.quotes.offsets"   # each token's character offset, per Doc


def trimmed(text: str, start: int, end: int, strip: str = EDGE_PUNCT) -> Span:
    """The span ``[start, end)`` without leading/trailing characters from ``strip``."""
    while start < end and (text[start].isspace() or text[start] in strip):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in strip):
        end -= 1
    return Span(text[start:end], start, end)


def clause_span(text: str, tokens: Iterable[Token]) -> Span | None:
    """The text from the first to the last token, without a dangling "and"/"but", edge
    punctuation or a final stop.

    A quotation mark is trimmed only when the span holds no other one (unbalanced).
    """
    ordered = sorted(tokens, key=lambda t: t.i)
    while ordered and ordered[-1].dep_ == "cc":
        ordered.pop()
    if not ordered:
        return None
    span = trimmed(text, ordered[0].idx, ordered[-1].idx + len(ordered[-1]), EDGE_PUNCT + ".")
    if sum(span.text.count(m) for m in QUOTE_MARKS) == 1:
        span = trimmed(text, span.start, span.end, EDGE_PUNCT + "." + QUOTE_MARKS)
    return span if span.text else None


def token_span(token: Token) -> Span:
    """One token as a Span."""
    return Span(token.text, token.idx, token.idx + len(token))


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each non-blank line, without its surrounding spaces."""
    for match in PARAGRAPH.finditer(text):
        span = trimmed(text, match.start(), match.end(), "")
        yield span.start, span.end


def tokens_between(doc: Doc, start: int, end: int) -> list[Token]:
    """The doc's tokens starting inside ``[start, end)``: found by bisecting the tokens'
    offsets (read once per Doc), where ``doc.char_span`` built a Span on each call."""
    if not 0 <= start < end:
        return []   # as char_span gave (nothing, or an error for an end before the start)
    offsets = once_per_doc(doc, _OFFSETS_KEY, lambda d: [t.idx for t in doc_tokens(d)])
    return doc_tokens(doc)[bisect.bisect_left(offsets, start):bisect.bisect_left(offsets, end)]
