"""Negation, modality, attribution and the background flag of a trigger's clause."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.syntax import SAY_LEMMAS
from eventwire.nlp.phrases import entities_for, phrase_span
from eventwire.records import Entity, Span

FUTURE_AUX = ("will", "shall", "'ll", "wo")
HYPOTHETICAL_AUX = ("would", "could", "might", "may", "'d", "should")
FUTURE_HEADS = ("plan", "intend", "set", "aim", "prepare", "schedule", "agree", "pledge", "promise",
                "vow", "decide", "commit", "offer", "ready", "willing", "prepared", "go", "resolve",
                "undertake", "determined", "due")
HYPOTHETICAL_HEADS = ("consider", "mull", "weigh", "contemplate", "expect", "hope", "want", "wish",
                      "seek", "try", "attempt", "propose", "suggest", "explore", "study",
                      "possible", "likely", "able", "may", "could")
NEGATORS = ("not", "n't", "never", "no", "without")
FAILURE_HEADS = ("fail", "refuse", "decline", "stop", "cease")


def clause_chain(token: Token, limit: int = 4) -> list[Token]:
    """The trigger and the heads that control it (xcomp/acomp/prep chains), nearest first."""
    chain, current = [token], token
    while len(chain) <= limit and current.head != current and current.dep_ in (
            "xcomp", "acomp", "pobj", "prep", "dobj", "pcomp", "aux", "compound", "amod", "attr",
            "conj", "advcl", "nsubjpass", "nsubj"):
        if current.dep_ == "advcl" and not any(c.lower_ in ("if", "unless") for c in current.children):
            break
        if current.dep_ == "prep" and current.lower_ != "to":
            break
        current = current.head
        chain.append(current)
    return chain


def is_negated(token: Token) -> bool:
    """A ``neg`` dependent, "no"/"never" on the trigger's clause, or "failed to"."""
    for link in clause_chain(token, 2):
        if any(c.dep_ == "neg" or (c.lower_ in NEGATORS and c.dep_ in ("det", "advmod", "neg"))
               for c in link.children):
            return True
        if link != token and link.lemma_ in FAILURE_HEADS and token.dep_ != "dobj":
            return link.lemma_ == "fail"
    return False


def modality_of(token: Token) -> tuple[str, str | None]:
    """(modality, cue word) for the trigger's clause.

    The modality is asserted, future, hypothetical or reported_denied; the cue is the word
    that decided it (an auxiliary such as "would", or a head such as "consider").
    """
    for position, link in enumerate(clause_chain(token)):
        auxes = {c.lower_ for c in link.children if c.dep_ in ("aux", "auxpass")}
        marks = {c.lower_ for c in link.children if c.dep_ == "mark"}
        if found := auxes & set(HYPOTHETICAL_AUX):
            return "hypothetical", min(found)
        if marks & {"if", "unless"}:
            return "hypothetical", "if"
        if found := auxes & set(FUTURE_AUX):
            return "future", min(found)
        if position and link.lemma_ in HYPOTHETICAL_HEADS:
            return "hypothetical", link.lemma_
        if position and link.lemma_ in FUTURE_HEADS:
            return "future", link.lemma_
    for head in token.ancestors:
        if head.lemma_ == "deny" and any(c.dep_ == "ccomp" and token in c.subtree
                                         for c in head.children):
            return "reported_denied", "deny"
    return "asserted", None


def attribution_of(token: Token, actors: list[Entity]) -> Span | None:
    """The source a clause is reported by ("X said", "according to X"), as a Span."""
    source = None
    for head in token.ancestors:
        if head.lemma_ in SAY_LEMMAS and head.pos_ == "VERB":
            source = next((c for c in head.children if c.dep_ == "nsubj"), None)
            break
    root = token.sent.root
    if source is None:
        say = [c for c in root.children if c.dep_ in ("parataxis", "advcl", "ccomp")
               and c.lemma_ in SAY_LEMMAS and c != token and token not in c.subtree]
        if say:
            source = next((c for c in say[0].children if c.dep_ == "nsubj"), None)
    if source is None:
        source = according_to(token)
    if source is None or source.lower_ in ("it", "he", "she", "they", "we", "i"):
        return speaker_span(source, actors) if source is not None else None
    return speaker_span(source, actors)


def according_to(token: Token) -> Token | None:
    """The object of an "according to" phrase in the trigger's sentence."""
    for candidate in token.sent:
        if candidate.lower_ == "according":
            for prep in [candidate, *candidate.children]:
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
    return None


def speaker_span(token: Token, actors: list[Entity]) -> Span:
    """The entity covering a source/speaker token, as a plain Span; else its noun phrase."""
    found = entities_for(token, actors)
    if len(found) == 1:
        return Span(found[0].text, found[0].start, found[0].end)
    return phrase_span(token)


def is_background(token: Token) -> bool:
    """Past perfect ("had withdrawn"), "previously", or "since <year>" in the clause."""
    for link in clause_chain(token, 2):
        children = list(link.children)
        if any(c.lower_ == "had" and c.dep_ in ("aux", "auxpass") for c in children) and \
                link.tag_ == "VBN":
            return True
        if any(c.lower_ in ("previously", "formerly") for c in children):
            return True
        for prep in (c for c in children if c.lower_ == "since" and c.dep_ == "prep"):
            if any(t.like_num and len(t.text) == 4 for t in prep.subtree):
                return True
    return False
