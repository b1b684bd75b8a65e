"""Quotes after a colon: "X said: …" (the rest of the sentence) and block quotes.

A line ending in "X said:" quotes the next paragraph (a block quote, with or without
quotation marks).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from eventwire.nlp.phrases import doc_tokens, sentence_of
from eventwire.quotes.lexicon import Cues
from eventwire.quotes.spans import QUOTE_MARKS, paragraphs, token_span, tokens_between, trimmed
from eventwire.quotes.speaker import speaker_of
from eventwire.records import Article, Entity, Quote, Span

MAX_CUE_DISTANCE = 4   # "said on Tuesday:", "told reporters:"
# a line opening with a speaker's name and a colon: transcripts ("PENCE: Well, ...") and
# headlines ("Pat Caddell: Democrat voters worried ...")
LABEL = re.compile(r"[\"“']*([A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}):[ \t]+(?=\S)")


def colon_quotes(article: Article, cues: Cues) -> list[Quote]:
    """A quote for every colon that closes a reporting clause."""
    quotes = []
    for colon in (t for t in doc_tokens(article.doc) if t.text == ":"):
        verb = cue_of_colon(colon, cues)
        said = after_colon(article.text, colon) if verb is not None else None
        if verb is not None and said is not None:
            quotes.append(Quote(speaker_of(verb, article), token_span(verb), said))
    return quotes


def cue_of_colon(colon: Token, cues: Cues) -> Token | None:
    """The reporting verb a few words before the colon, in the same line."""
    start = max(sentence_of(colon).start, colon.i - MAX_CUE_DISTANCE - 1)
    before = [t for t in colon.doc[start:colon.i] if "\n" not in t.text_with_ws]
    for token in reversed(before):
        if token.pos_ in ("VERB", "AUX") and cues.direct(token.lemma_):
            return token
    return None


def after_colon(text: str, colon: Token) -> Span | None:
    """The rest of the sentence after the colon, or the next paragraph when the line ends there."""
    line_end = text.find("\n", colon.idx)
    line_end = len(text) if line_end < 0 else line_end
    if text[colon.idx + 1:line_end].strip():
        sentence = colon.doc[colon.i + 1].sent if colon.i + 1 < len(colon.doc) else sentence_of(colon)
        end = min(max(sentence.end_char, colon.idx + 1), line_end)
        return block(text, colon.idx + 1, end)
    return next_paragraph(text, line_end)


def next_paragraph(text: str, start: int) -> Span | None:
    """The first non-blank line after ``start``, without enclosing quotation marks."""
    while start < len(text) and text[start].isspace():
        start += 1
    end = text.find("\n", start)
    return block(text, start, len(text) if end < 0 else end)


def block(text: str, start: int, end: int) -> Span | None:
    span = trimmed(text, start, end, QUOTE_MARKS)
    return span if len(span.text.split()) >= 2 else None


def label_quotes(article: Article, cues: Cues) -> list[Quote]:
    """"PENCE: Well, look ...": a line opened by a speaker label quotes the rest of the line."""
    quotes = []
    for start, end in paragraphs(article.text):
        label = LABEL.match(article.text, start, end)
        speaker = label_speaker(article, label.start(1), label.end(1), cues) if label else None
        said = block(article.text, label.end(), end) if label else None
        if label and speaker is not None and said is not None and len(said.text.split()) >= 3:
            quotes.append(Quote(speaker, Span(":", label.end(1), label.end(1) + 1), said))
    return quotes


def label_speaker(article: Article, start: int, end: int, cues: Cues) -> Span | Entity | None:
    """The label as a speaker: an actor entity spelling it, or a name (in capitals, or proper nouns)."""
    entity = next((e for e in article.actors if (e.start, e.end) == (start, end)), None)
    if entity is not None:
        return entity
    written = article.text[start:end]
    tokens = tokens_between(article.doc, start, end)
    if any(t.lower_ in cues.not_labels for t in tokens):
        return None
    shouted = written.isupper() and sum(c.isalpha() for c in written) >= 3
    named = bool(tokens) and all(t.pos_ == "PROPN" for t in tokens)
    return Span(written, start, end) if shouted or named else None
