"""Direct quotes: words between quotation marks, cued by a reporting verb beside them.

"“…,” X said", "X said, “…”", "“… . …,” she said" (one pair of marks over several
sentences), "“…,” said X. “…”" (the quote goes on after its cue: one content span from the
first mark to the last), a quote running over paragraphs (each opens with “, only the last
closes), and a quote opening the paragraph after a line "X continued:".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from eventwire.nlp.phrases import children_of, doc_text
from eventwire.quotes.lexicon import Cues
from eventwire.quotes.spans import token_span, tokens_between, trimmed
from eventwire.quotes.speaker import mention_for, speaker_of
from eventwire.records import Article, Quote, Span

MARK = re.compile(r"''|[“”\"\n]")     # '' is the quotation mark of some archives (NYT)
OPENING = ("“", '"', "''")
CLOSING = ("”", '"', "''")
DASH = re.compile(r"[ \t\xa0]*([―—–])[ \t\xa0]*(?=[A-Z])")
STOPS = (".", "!", "?")
MIN_WORDS = 3          # shorter quoted words are titles or scare quotes
MIN_VERBLESS_WORDS = 6
SIGNED_CUE_WINDOW = 4    # "….” Mr. Trump said": the cue within the next few words


def quoted_segments(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the text inside each pair of quotation marks.

    A quote left open at the end of a paragraph goes on when the next paragraph opens
    with a quotation mark; one that does not go on is dropped.
    """
    segments: list[tuple[int, int]] = []
    start: int | None = None
    line_end: int | None = None
    for mark in MARK.finditer(text):
        char = mark.group()
        if start is not None and line_end is not None and char != "\n":
            continues = char in OPENING and not text[line_end:mark.start()].strip()
            start, line_end = (start, None) if continues else (None, None)
            if continues:
                continue
        if char == "\n":
            line_end = mark.start() if start is not None and line_end is None else line_end
        elif start is not None and char in CLOSING:
            segments.append((start, mark.start()))
            start = None
        elif char in OPENING:
            start = mark.end()
    return segments


def is_speech(doc: Doc, start: int, end: int) -> bool:
    """Quoted words that read as speech: long enough, with a verb unless quite long."""
    tokens = [t for t in tokens_between(doc, start, end) if not t.is_punct]
    if len(tokens) < MIN_WORDS:
        return False
    return len(tokens) >= MIN_VERBLESS_WORDS or any(t.pos_ in ("VERB", "AUX") for t in tokens)


def judged_words(doc: Doc, start: int, end: int, cues: Cues) -> bool:
    """Quoted words that are the object of a verb of judgement ("denounced “the brutal
    occupation”"): the subject's own words, however short a phrase."""
    words = [t for t in tokens_between(doc, start, end) if not t.is_punct]
    before = [t for t in tokens_between(doc, max(0, start - 40), start) if not t.is_punct]
    return len(words) >= MIN_WORDS and bool(before) and before[-1].lemma_ in cues.quoted \
        and before[-1].pos_ == "VERB"


def direct_quotes(article: Article, cues: Cues) -> list[Quote]:
    """Every quoted segment with a cue; a segment without one continues the quote before it."""
    text = article.text
    segments = [s for s in quoted_segments(text)
                if is_speech(article.doc, *s) or judged_words(article.doc, *s, cues)]
    quotes: list[Quote] = []
    for index, (start, end) in enumerate(segments):
        verb = cue_of_segment(article, segments, index, cues)
        signed = dash_quote(article, start, end) if verb is None else None
        if signed is not None:
            quotes.append(signed)
        elif verb is not None and not inside_complement(verb, start):
            quotes.append(Quote(speaker_of(verb, article), token_span(verb), content(text, start, end)))
        elif verb is None and quotes and continues(text, quotes[-1], start):
            quotes[-1].content = trimmed(text, quotes[-1].content.start, end, ",")
    return quotes


def cue_of_segment(article: Article, segments: list[tuple[int, int]], index: int,
                   cues: Cues) -> Token | None:
    """The reporting verb after the segment, else before it, else on a colon line above it."""
    start, end = segments[index]
    before = segments[index - 1][1] if index else 0
    after = segments[index + 1][0] if index + 1 < len(segments) else len(article.text)
    return (cue_after(article.doc, end, after, cues) or cue_before(article.doc, before, start, cues)
            or colon_cue_above(article.doc, article.text, start, cues))


def dash_quote(article: Article, start: int, end: int) -> Quote | None:
    """"“…” ― Sonya Herridge": a quote signed with a dash and a name after its closing mark."""
    close = end + 2 if article.text.startswith("''", end) else end + 1
    dash = DASH.match(article.text, close)
    name = dash and tokens_between(article.doc, dash.end(), dash.end() + 80)
    if not dash or not name or name[0].pos_ != "PROPN":
        return None
    run = next((name[:i] for i, t in enumerate(name) if t.pos_ != "PROPN"), name)
    cue = Span(dash.group(1), dash.start(1), dash.end(1))
    return Quote(mention_for(run[-1], article), cue, content(article.text, start, end))


def content(text: str, start: int, end: int) -> Span:
    """The quoted words without the marks; a trailing comma goes, a full stop stays."""
    return trimmed(text, start, end, ",")


def clause_tokens(doc: Doc, start: int, end: int, backwards: bool) -> Iterator[Token]:
    """Tokens from ``start`` (or back from ``end``) up to a sentence stop or a line break."""
    tokens = tokens_between(doc, start, end)
    for token in reversed(tokens) if backwards else tokens:
        if token.text in STOPS or "\n" in token.text_with_ws[:-1] or token.text.isspace():
            return
        yield token


def cue_after(doc: Doc, start: int, end: int, cues: Cues) -> Token | None:
    """The first reporting verb after the closing mark, within its sentence ("…,” she said).

    After quoted words that end a sentence ("….”) the cue must follow in a short clause of
    its own ("he asked.").
    """
    tokens = tokens_between(doc, start, end)
    tokens = tokens[1:] if tokens and tokens[0].text in CLOSING else tokens
    if not tokens or tokens[0].text in STOPS:
        return None
    following = list(clause_tokens(doc, tokens[0].idx, end, False))
    if ends_sentence(doc, start) and not short_clause(doc, following):
        return None
    return next((t for t in following if is_cue(t, cues)), None)


def short_clause(doc: Doc, tokens: list[Token]) -> bool:
    """A few words closed by a full stop ("….” Vitter demanded."), not a lead-in to more quoted words."""
    if not tokens or len(tokens) > SIGNED_CUE_WINDOW:
        return False
    after = tokens[-1].i + 1
    return after >= len(doc) or doc[after].text in STOPS or "\n" in tokens[-1].text_with_ws


def ends_sentence(doc: Doc, close: int) -> bool:
    """Do the quoted words end with a full stop, question or exclamation mark?"""
    return doc_text(doc)[:close].rstrip().endswith(STOPS)


def cue_before(doc: Doc, start: int, end: int, cues: Cues) -> Token | None:
    """The nearest reporting verb before the opening mark, within its sentence."""
    return next((t for t in clause_tokens(doc, start, end, True) if is_cue(t, cues)), None)


def is_cue(token: Token, cues: Cues) -> bool:
    return token.pos_ in ("VERB", "AUX") and cues.direct(token.lemma_)


def colon_cue_above(doc: Doc, text: str, start: int, cues: Cues) -> Token | None:
    """The reporting verb of the line above when it ends in ":" and the quote opens its paragraph."""
    line_start = text.rfind("\n", 0, start) + 1
    above = text[:line_start].rstrip()
    if text[line_start:start].strip() not in OPENING or not above.endswith(":"):
        return None
    tokens = tokens_between(doc, text.rfind("\n", 0, len(above)) + 1, len(above))
    return next((t for t in reversed(tokens) if is_cue(t, cues)), None)


def inside_complement(verb: Token, start: int) -> bool:
    """Does the quote sit inside its cue's clause complement, after words of its own ("said that “…”")?

    Then the clause is the content, and the clause finder gives it.
    """
    clause = next((c for c in children_of(verb) if c.dep_ == "ccomp"), None)
    if clause is None:
        return False
    first = clause.left_edge.idx
    last = clause.right_edge.idx + len(clause.right_edge)
    lead = doc_text(verb.doc)[first:max(first, start - 1)]
    return first <= start < last and any(c.isalnum() for c in lead)


def continues(text: str, quote: Quote, start: int) -> bool:
    """Does a cue-less quote go on the previous one, its cue standing between them?"""
    between = text[quote.content.end:start]
    return "\n" not in between and quote.content.end <= quote.cue.start < start
