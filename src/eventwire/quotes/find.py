"""find_quotes: the quote stage, from the finders in order of confidence."""

from __future__ import annotations

from eventwire.quotes.clause import according_quotes, clause_quotes
from eventwire.quotes.colon import colon_quotes, label_quotes
from eventwire.quotes.direct import direct_quotes
from eventwire.quotes.lexicon import load_cues
from eventwire.records import Article, Quote


def find_quotes(article: Article) -> None:
    """Find the article's quotes. Reads ``doc``, ``text``, ``actors``; writes ``article.quotes``.

    Finders run most certain first (quotation marks, colons, clause complements, "according
    to"); a later quote is dropped when its cue is taken or its content overlaps a kept one.
    """
    article.quotes = []
    if article.doc is None:
        return
    cues = load_cues()
    found = [*direct_quotes(article, cues), *colon_quotes(article, cues), *label_quotes(article, cues),
             *clause_quotes(article, cues), *according_quotes(article, cues)]
    kept: list[Quote] = []
    for quote in found:
        if not any(clashes(quote, other) for other in kept):
            kept.append(quote)
    article.quotes = sorted(kept, key=lambda q: q.content.start)


def clashes(quote: Quote, other: Quote) -> bool:
    """Same cue, or contents overlapping by half of the shorter one."""
    if quote.cue.start == other.cue.start:
        return True
    shared = min(quote.content.end, other.content.end) - max(quote.content.start, other.content.start)
    shorter = min(quote.content.end - quote.content.start, other.content.end - other.content.start)
    return shared > 0 and 2 * shared >= shorter
