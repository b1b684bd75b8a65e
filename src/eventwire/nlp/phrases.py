"""Noun phrases in the parse, the actor entities standing for them, and views of a parse
built once per Doc.

The phrases are shared by the stages that map syntax to actors: events (roles) and quotes
(speakers). The views (:func:`doc_tokens`, :func:`span_tokens`, :func:`head_of`, :func:`children_of`,
:func:`ancestors_of`, :func:`sentence_of`, :func:`doc_ents`, :func:`span_ents`, :func:`doc_text`,
:func:`span_text`) give what spaCy's ``doc[i]``, ``list(span)``, ``token.head``,
``token.children``, ``token.ancestors``, ``token.sent``, ``doc.ents``, ``span.ents``,
``doc.text`` and ``span.text`` give, kept in ``doc.user_data``: spaCy builds new objects on
every such call, and every stage reads the parse many times.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import numpy
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from eventwire import datafiles
from eventwire.records import Entity, Span

# where doc_text and doc_ents keep what they build in ``doc.user_data``
_TEXT_KEY = "eventwire.text"
_ENTS_KEY = "eventwire.ents"
_SENTENCES_KEY = "eventwire.sentences"
_TOKENS_KEY = "eventwire.tokens"
_HEADS_KEY = "eventwire.heads"
_CHILDREN_KEY = "eventwire.children"
_HEAD_TOKENS_KEY = "eventwire.head_tokens"
_SENTENCE_SPANS_KEY = "eventwire.sentence_spans"
_PHRASES_KEY = "eventwire.phrases"
_ROOTS_KEY = "eventwire.entity_roots"
T = TypeVar("T")
RELATIVE_PRONOUNS = ("who", "which", "that", "whom")
# the labels of the children a noun phrase leaves out (nlp/data/phrase_deps.tsv)
CLAUSE_DEPS = datafiles.words("nlp", "phrase_deps.tsv")


def once_per_doc(doc: Doc, key: str, build: Callable[[Doc], T]) -> T:
    """``build(doc)``, built on the first call and kept in ``doc.user_data`` under `key`: for
    what the stages read many times from a parse they never change."""
    data = doc.user_data   # called near a million times per hundred articles: kept lean
    value = data.get(key)
    if value is None:
        value = data[key] = build(doc)
    return value


# the mark of a token once_per_token has not read yet (None is a value it may keep)
_UNREAD: object = object()


def once_per_token(token: Token, key: str, read: Callable[[Token], T]) -> T:
    """``read(token)``, read on the first call for the token and kept, with every other token's,
    in ``doc.user_data`` under `key`: for what the rules ask of every word of a sentence, for
    each of its candidate events."""
    values: list[Any] | None = token.doc.user_data.get(key)
    if values is None:
        values = token.doc.user_data[key] = [_UNREAD] * len(token.doc)
    found = values[token.i]
    if found is _UNREAD:
        found = values[token.i] = read(token)
    return found  # type: ignore[no-any-return]


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc: spaCy joins every token again on each access, which
    made the stages that slice the text quadratic in the document's length."""
    text = doc.user_data.get(_TEXT_KEY)   # asked for thousands of times per article
    return str(once_per_doc(doc, _TEXT_KEY, lambda d: d.text)) if text is None else text


def keep_text(doc: Doc, text: str) -> None:
    """Keep `text`, the text `doc` was parsed from (which ``doc.text`` gives back: spaCy's
    tokenizer loses no character), as :func:`doc_text`'s answer: then nothing joins the
    Doc's tokens again."""
    doc.user_data[_TEXT_KEY] = text


def doc_ents(doc: Doc) -> tuple[SpacySpan, ...]:
    """``doc.ents``, built once per Doc (spaCy builds new Spans on each access); the stages
    never change the entities of a parse."""
    return tuple(once_per_doc(doc, _ENTS_KEY, lambda d: d.ents))


def entity_at(doc: Doc, i: int) -> SpacySpan | None:
    """The entity of :func:`doc_ents` that holds token `i`, or None."""
    return next((e for e in doc_ents(doc) if e.start <= i < e.end), None)


def doc_tokens(doc: Doc) -> list[Token]:
    """The Doc's tokens as a list, built once per Doc: ``doc[i]`` makes a new Token object
    on every call, which the loops of the stages that look at neighbouring words did millions
    of times per thousand articles; a list hands back the same object."""
    tokens = doc.user_data.get(_TOKENS_KEY)
    return once_per_doc(doc, _TOKENS_KEY, list) if tokens is None else tokens


def span_tokens(span: SpacySpan) -> list[Token]:
    """The span's tokens, a slice of :func:`doc_tokens`: iterating a spaCy Span builds a new
    Token for each of its words on every pass, and the stages pass over each sentence many
    times."""
    return doc_tokens(span.doc)[span.start:span.end]


def head_of(token: Token) -> Token:
    """``token.head``, from the heads read once per Doc: spaCy builds a new Token on every
    access, and the stages climb the parse from thousands of words per article."""
    doc = token.doc
    heads = doc.user_data.get(_HEAD_TOKENS_KEY)
    if heads is None:
        heads = once_per_doc(doc, _HEAD_TOKENS_KEY, _head_tokens)
    return heads[token.i]


def children_of(token: Token) -> list[Token]:
    """``list(token.children)`` (in text order), from the children read once per Doc: spaCy
    builds a new Token for every child on each pass."""
    doc = token.doc
    children = doc.user_data.get(_CHILDREN_KEY)
    if children is None:
        children = once_per_doc(doc, _CHILDREN_KEY, _children)
    return children[token.i]


def ancestors_of(token: Token) -> list[Token]:
    """``list(token.ancestors)``: the token's head, its head's head, ... up to the root, from
    :func:`head_of`."""
    doc = token.doc
    heads = doc.user_data.get(_HEADS_KEY)
    if heads is None:
        heads = once_per_doc(doc, _HEADS_KEY, _heads)
    tokens = doc_tokens(doc)
    found: list[Token] = []
    limit = len(tokens)
    current, head = token.i, heads[token.i]
    # spaCy stops after as many steps as the Doc has tokens, a parse without cycles sooner
    while head != current and len(found) < limit:
        found.append(tokens[head])
        current, head = head, heads[head]
    return found


def _heads(doc: Doc) -> list[int]:
    """For each token, the index of its head (spaCy keeps each head as an offset from its
    token: read as one array, not one new Token per word)."""
    offsets = doc.to_array("HEAD").astype("int64")
    heads: list[int] = (offsets + numpy.arange(len(offsets), dtype="int64")).tolist()
    return heads


def _head_tokens(doc: Doc) -> list[Token]:
    """For each token, its head (the objects of :func:`doc_tokens`)."""
    tokens = doc_tokens(doc)
    return [tokens[i] for i in once_per_doc(doc, _HEADS_KEY, _heads)]


def _children(doc: Doc) -> list[list[Token]]:
    """For each token, its children in text order (spaCy gives the left ones, then the right
    ones, each in text order)."""
    tokens = doc_tokens(doc)
    found: list[list[Token]] = [[] for _ in tokens]
    for token, head in zip(tokens, once_per_doc(doc, _HEADS_KEY, _heads), strict=True):
        if head != token.i:
            found[head].append(token)
    return found


def span_text(span: SpacySpan) -> str:
    """``span.text``, sliced from :func:`doc_text`: spaCy joins the span's tokens again (a new
    Token each) on every access."""
    return doc_text(span.doc)[span.start_char:span.end_char]


def sentence_of(token: Token) -> SpacySpan:
    """``token.sent``, from the sentence bounds read once per Doc: spaCy walks from the
    token to both ends of its sentence on every access, and the stages ask thousands of times
    per article."""
    doc = token.doc
    sentences = doc.user_data.get(_SENTENCE_SPANS_KEY)
    if sentences is None:
        sentences = once_per_doc(doc, _SENTENCE_SPANS_KEY, _sentence_spans)
    return sentences[token.i]


def sentence_bounds(token: Token) -> tuple[int, int]:
    """``(token.sent.start, token.sent.end)`` without building the Span (see
    :func:`sentence_of`)."""
    doc = token.doc
    bounds = doc.user_data.get(_SENTENCES_KEY)
    if bounds is None:
        bounds = once_per_doc(doc, _SENTENCES_KEY, _sentence_bounds)
    return bounds[token.i]


def _sentence_spans(doc: Doc) -> list[SpacySpan]:
    """For each token, its sentence: one Span per sentence, shared by its tokens (the stages
    only read it)."""
    spans: dict[int, SpacySpan] = {}
    found = []
    for start, end in once_per_doc(doc, _SENTENCES_KEY, _sentence_bounds):
        span = spans.get(start)
        if span is None:
            span = spans[start] = doc[start:end]
        found.append(span)
    return found


def _sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """For each token, the (start, end) of its sentence."""
    bounds: list[tuple[int, int]] = []
    for sentence in doc.sents:
        bounds += [(sentence.start, sentence.end)] * (sentence.end - sentence.start)
    return bounds


def span_ents(span: SpacySpan) -> list[SpacySpan]:
    """``span.ents`` (the entities wholly inside the span, as spaCy finds them: in order,
    stopping at the first that runs past its end) from the entities read once per Doc."""
    found = []
    for ent in doc_ents(span.doc):
        if ent.start >= span.start:
            if ent.end > span.end:
                break
            found.append(ent)
    return found


def argument_heads(token: Token) -> list[Token]:
    """The token and its coordinated conjuncts; a relative pronoun stands for its antecedent."""
    if token.lower_ in RELATIVE_PRONOUNS and head_of(token).dep_ in ("relcl", "acl"):
        token = head_of(head_of(token))
    return [token, *token.conjuncts]


def phrase_tokens(token: Token) -> list[Token]:
    """The token's noun phrase: its subtree without clauses, conjuncts, appended material or
    line breaks (a phrase never runs into the next line). Reads the children once per Doc
    (:func:`children_of`): asked for every candidate head, and kept per Doc, since the
    stages ask for the phrases of the same heads again."""
    phrases: dict[int, list[Token]] = once_per_doc(token.doc, _PHRASES_KEY, lambda d: {})
    found = phrases.get(token.i)
    if found is None:
        found = phrases[token.i] = _phrase_tokens(token)
    return list(found)


def _phrase_tokens(token: Token) -> list[Token]:
    found, todo = [], [token]
    while todo:
        current = todo.pop()
        found.append(current)
        todo.extend(c for c in children_of(current) if not c.is_space and c.dep_ not in CLAUSE_DEPS
                    and not (c.dep_ == "prep" and c.lower_ != "of"))
    return sorted(found, key=lambda t: t.i)


def phrase_span(token: Token) -> Span:
    """The token's noun phrase as a Span of the document text."""
    tokens = phrase_tokens(token)
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    return Span(doc_text(token.doc)[start:end], start, end)


def entities_for(token: Token | None, actors: list[Entity]) -> list[Entity]:
    """Entities standing for the noun phrase headed by ``token`` (and its conjuncts)."""
    if token is None:
        return []
    found: list[Entity] = []
    for head in argument_heads(token):
        start = head.idx
        inside = overlapping(actors, start, start + len(head))
        if not inside:
            tokens = phrase_tokens(head)  # once per head, not once per entity
            # only entities within the phrase's reach can overlap one of its tokens
            near = overlapping(actors, tokens[0].idx, tokens[-1].idx + len(tokens[-1]))
            if near:
                bounds = [(t.idx, t.idx + len(t)) for t in tokens]
                inside = [e for e in near if any(e.start < end and begin < e.end for begin, end in bounds)]
        found += [e for e in inside if e not in found]
    return found


def overlapping(actors: list[Entity], start: int, end: int) -> list[Entity]:
    """The actors (in order) whose characters overlap [start, end)."""
    return [e for e in actors if e.start < end and start < e.end]


def entity_root(doc: Doc, entity: Entity) -> Token | None:
    """The syntactic head of the words an entity (or any character range with ``start`` and
    ``end``) covers, or None when they cover no word. Kept per Doc and range: the stages ask
    for the same entities' roots many times."""
    roots: dict[tuple[int, int], Token | None] = once_per_doc(doc, _ROOTS_KEY, lambda d: {})
    key = (entity.start, entity.end)
    if key not in roots:
        span = doc.char_span(entity.start, entity.end, alignment_mode="expand")
        roots[key] = span.root if span is not None else None
    return roots[key]
