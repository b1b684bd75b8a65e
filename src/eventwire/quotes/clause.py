"""Indirect quotes: "X said (that) …", "…, X said", "…, X said, …", "according to X, …",
"X vowed to …", "X urged Y to …", "X called for …".

The content of "X said that …" is the complement clause with its "that"; of "…, X said"
the clause around the cue; of "according to X" the rest of the sentence; of "vowed to …" the
infinitive; of "urged Y to …" the object and its infinitive. Which verb takes which content
is its kind in ``data/cues.tsv``. A quote needs a speaker here: "I think", "you know" and
"we believe" are hedges, not attributions.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Token

from eventwire.nlp.phrases import children_of, doc_text, doc_tokens, head_of, phrase_tokens, sentence_of
from eventwire.quotes.lexicon import Cues
from eventwire.quotes.spans import clause_span, token_span
from eventwire.quotes.speaker import mention_for, speaker_of
from eventwire.records import Article, Entity, Quote, Span

HEDGING_SUBJECTS = ("i", "you", "we")
OBJECT_DEPS = ("dobj", "xcomp", "ccomp", "oprd")
OBJECT_PREPS = ("for", "on", "as")


def clause_quotes(article: Article, cues: Cues) -> list[Quote]:
    """A quote for every cue verb with a subject and a clause complement."""
    quotes = []
    verbs = (t for t in doc_tokens(article.doc) if t.pos_ in ("VERB", "AUX") and cues.complement(t.lemma_))
    for verb in verbs:
        said = complement(article.text, verb, cues) or parenthetical(article.text, verb)
        speaker = speaker_of(verb, article)
        if said is not None and speaker is not None and not hedge(verb, speaker, cues):
            quotes.append(Quote(speaker, token_span(verb), said))
    return quotes


def hedge(verb: Token, speaker: Span | Entity, cues: Cues) -> bool:
    """"I think", "you know", "we believe": a speaker's hedge, not an attribution."""
    return verb.lemma_ in cues.clause and speaker.text.lower() in HEDGING_SUBJECTS


def complement(text: str, verb: Token, cues: Cues) -> Span | None:
    """The verb's clause complement ("said [that the talks were useful]", "vowed [to fight]")."""
    if verb.lemma_ in cues.object:
        return object_content(text, verb)
    deps = ("ccomp", "xcomp") if verb.lemma_ in cues.intent else ("ccomp",)
    clause = next((c for c in children_of(verb) if c.dep_ in deps), None)
    if clause is None:
        return None
    return clause_span(text, on_line(verb, clause.subtree))


def object_content(text: str, verb: Token) -> Span | None:
    """The object and what is said of it: "urged [voters to register]", "called [for a recount]",
    "called [on X to act]", "called [him a fraud]", "described [him as a fraud]".

    Not a naming participle or passive ("a stream called Miracle Run", "he was called a fraud").
    """
    if verb.dep_ in ("acl", "amod") or any(c.dep_ == "auxpass" for c in children_of(verb)):
        return None
    parts = [c for c in verb.rights
             if c.dep_ in OBJECT_DEPS or (c.dep_ == "prep" and c.lower_ in OBJECT_PREPS)]
    if not any(c.dep_ != "dobj" for c in parts):
        return None
    return clause_span(text, on_line(verb, (t for part in parts for t in part.subtree)))


def parenthetical(text: str, verb: Token) -> Span | None:
    """"The talks, X said, were useful": the clause around (or before) a parenthetical cue.

    The span runs over the whole clause, the cue inside it included.
    """
    if verb.dep_ != "parataxis":
        return None
    inner = {t.i for t in verb.subtree}
    return clause_span(text, on_line(verb, (t for t in head_of(verb).subtree if t.i not in inner)))


def according_quotes(article: Article, cues: Cues) -> list[Quote]:
    """"According to X, …" and "…, according to X": the rest of the clause is X's."""
    quotes = []
    doc = article.doc
    words = [t.lower_ for t in doc_tokens(doc)]
    for phrase in cues.phrases:
        size = len(phrase)
        for i in phrase_starts(words, phrase):
            quote = according_quote(article, doc[i], size)
            quotes += [quote] if quote is not None else []
    return quotes


def phrase_starts(words: list[str], phrase: Sequence[str]) -> list[int]:
    """Where in ``words`` (lower case, one per token) ``phrase`` begins, in order."""
    phrase = tuple(phrase)
    size, first = len(phrase), phrase[0]
    return [i for i, word in enumerate(words) if word == first and tuple(words[i:i + size]) == phrase]


def according_quote(article: Article, first: Token, length: int) -> Quote | None:
    """The quote cued by the phrase starting at ``first``; its object is the speaker.

    Leading the sentence, the phrase quotes the rest of it; inside or after it, what comes
    before. Word order decides, not the parse, which often misattaches "according to".
    """
    last = first.doc[min(first.i + length - 1, len(first.doc) - 1)]
    source = next((c for c in children_of(last) if c.dep_ in ("pobj", "pcomp")), None)
    if source is None:
        return None
    sentence = on_line(first, sentence_of(first))
    speaker_end = phrase_tokens(source)[-1].i
    leading = [t for t in sentence if t.i < first.i and not (t.is_punct or t.dep_ == "cc")]
    clause = ([t for t in sentence if t.i > speaker_end] if not leading
              else [t for t in sentence if t.i < first.i])
    said = clause_span(article.text, clause)
    cue = Span(article.text[first.idx:last.idx + len(last)], first.idx, last.idx + len(last))
    return Quote(mention_for(source, article), cue, said) if said is not None else None


def on_line(anchor: Token, tokens: Iterable[Token]) -> list[Token]:
    """The tokens on the same line (paragraph) as ``anchor``."""
    text = doc_text(anchor.doc)
    start = text.rfind("\n", 0, anchor.idx) + 1
    end = text.find("\n", anchor.idx)
    end = len(text) if end < 0 else end
    return [t for t in tokens if start <= t.idx < end and not t.is_space]
