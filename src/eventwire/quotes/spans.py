"""Span helpers for the quote finders: trimmed spans, token ranges and paragraphs."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Token

from eventwire.nlp.phrases import doc_text, doc_tokens
from eventwire.records import Span

PARAGRAPH = re.compile(r"[^\n]*\S[^\n]*")
EDGE_PUNCT = " \t\n,;:"
QUOTE_MARKS = "\"“”"


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
    """The doc's tokens starting inside ``[start, end)``."""
    span = doc.char_span(start, min(end, len(doc_text(doc))), alignment_mode="expand")
    if span is None:
        return []
    return [t for t in doc_tokens(doc)[span.start:span.end] if start <= t.idx < end]
