"""Quotes: block quotes after "X said:", direct quotes, "X said that ...", "according to X"."""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from eventwire.events.syntax import SAY_LEMMAS, entities_for, phrase_span
from eventwire.records import Article, Entity, Quote, Span

QUOTED = re.compile(r"[“\"]([^”\"]{3,})[”\"]")


def find_quotes(article: Article) -> None:
    """Find the article's quotes. Reads ``doc``, ``text``, ``actors``; writes ``article.quotes``."""
    article.quotes = []
    if article.doc is None:
        return
    for sentence in article.doc.sents:
        quote = (block_quote(article, sentence) or direct_quote(article, sentence)
                 or indirect_quote(article, sentence) or according_quote(article, sentence))
        if quote is not None and all(q.content.start != quote.content.start for q in article.quotes):
            article.quotes.append(quote)


def say_verb(sentence: SpacySpan) -> Token | None:
    """The sentence's reporting verb ("said", "quoted ... as saying"), if any."""
    verbs = [t for t in sentence if t.lemma_ in SAY_LEMMAS and t.pos_ == "VERB"]
    return min(verbs, key=lambda t: (t.dep_ != "ROOT", t.i), default=None)


def speaker_of(verb: Token, actors: list[Entity]) -> Span | Entity | None:
    """The subject of the reporting verb (of "quoted" in "was quoted as saying")."""
    for candidate in [verb, *list(verb.ancestors)[:3]]:
        subject = next((c for c in candidate.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            found = entities_for(subject, actors)
            return found[0] if len(found) == 1 else phrase_span(subject)
    return None


def span_of(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(text[start:end], start, end)


def block_quote(article: Article, sentence: SpacySpan) -> Quote | None:
    """"X said:" at the end of a line quotes the next paragraph."""
    text = article.text
    colon = re.compile(r":[ \t]*(?:\n|$)").search(text, sentence.start_char, sentence.end_char + 2)
    if colon is None:
        return None
    verbs = [t for t in sentence if t.lemma_ in SAY_LEMMAS and t.pos_ == "VERB" and t.idx < colon.start()]
    match = re.search(r"\S[^\n]*", text[colon.end():])
    if not verbs or match is None:
        return None
    verb = verbs[-1]
    content = span_of(text, colon.end() + match.start(), colon.end() + match.end())
    cue = Span(verb.text, verb.idx, verb.idx + len(verb))
    return Quote(speaker_of(verb, article.actors), cue, content)


def direct_quote(article: Article, sentence: SpacySpan) -> Quote | None:
    """"“…,” X said" or "X said, “…”": quoted words with a reporting verb outside them."""
    match = QUOTED.search(sentence.text)
    verb = say_verb(sentence)
    if match is None or verb is None:
        return None
    start = sentence.start_char + match.start(1)
    end = sentence.start_char + match.end(1)
    if start <= verb.idx < end:
        return None
    content = span_of(article.text, start, end)
    return Quote(speaker_of(verb, article.actors), Span(verb.text, verb.idx, verb.idx + len(verb)), content)


def indirect_quote(article: Article, sentence: SpacySpan) -> Quote | None:
    """"X said (that) ...": the reported clause is the content."""
    verb = say_verb(sentence)
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None) if verb is not None else None
    if clause is None or verb is None:
        return None
    tokens = [t for t in clause.subtree if t.dep_ != "mark" or t.head != clause]
    content = span_of(article.text, tokens[0].idx, tokens[-1].idx + len(tokens[-1]))
    content = trim_punct(article.text, content)
    return Quote(speaker_of(verb, article.actors), Span(verb.text, verb.idx, verb.idx + len(verb)), content)


def according_quote(article: Article, sentence: SpacySpan) -> Quote | None:
    """"According to X, ...": the rest of the sentence is what X says."""
    according = next((t for t in sentence if t.lower_ == "according"), None)
    if according is None:
        return None
    phrase = sorted([*according.subtree], key=lambda t: t.i)
    pobj = next((t for t in phrase if t.dep_ == "pobj"), None)
    if pobj is None:
        return None
    before = span_of(article.text, sentence.start_char, phrase[0].idx)
    after_start = phrase[-1].idx + len(phrase[-1])
    after = span_of(article.text, after_start, sentence.end_char)
    content = trim_punct(article.text, max((before, after), key=lambda s: len(s.text)))
    found = entities_for(pobj, article.actors)
    speaker = found[0] if len(found) == 1 else phrase_span(pobj)
    cue_end = phrase[0].idx + len("according to")
    return Quote(speaker, Span(article.text[phrase[0].idx:cue_end], phrase[0].idx, cue_end), content)


def trim_punct(text: str, span: Span) -> Span:
    """The span without leading/trailing commas, quotes and spaces."""
    start, end = span.start, span.end
    while start < end and text[start] in " ,;:\"“”'":
        start += 1
    while end > start and text[end - 1] in " ,;\"“”'":
        end -= 1
    return Span(text[start:end], start, end)
