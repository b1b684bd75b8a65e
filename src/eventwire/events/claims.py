"""Novelty claims: "first", "first-ever", "for the first time", "never before", "first since".

A claim says that an event between political actors is new: "for the first time", "never
before", "the first ... since 2013", a "first" that qualifies an event ("first-ever
meeting", "first direct talks") or an actor who did something first ("the first Indian
prime minister to visit Kabul"). An ordinal "first" is no claim: "first place", "the first
refugees", "the first half", "the first round".
"""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from eventwire import datafiles
from eventwire.nlp.phrases import doc_text as text_of
from eventwire.nlp.phrases import head_of, sentence_of, span_text, span_tokens
from eventwire.records import Claim

FIRST = re.compile(r"\bfor the first time\b|\bnever before\b|\bfirst(?:[- ]ever)?\b", re.IGNORECASE)
# phrases that claim novelty whatever they qualify
ALWAYS = re.compile(r"^(?:for the first time|never before)$", re.IGNORECASE)
EXTENSIONS = ("since", "at", "between", "with", "in")
_NOUNS = datafiles.table("events", "claim_nouns.tsv", ("lemma", "kind"), required=("lemma", "kind"))
# nouns naming an event whose "first" is a novelty claim (lemmas)
EVENT_NOUNS = frozenset(row["lemma"] for row in _NOUNS if row["kind"] == "event")
# nouns naming a political actor: "the first X to visit" claims that X had never done so
ACTOR_NOUNS = frozenset(row["lemma"] for row in _NOUNS if row["kind"] == "actor")


def claim_head(sentence: SpacySpan, start: int) -> Token | None:
    """The noun (or verb) a claim word at char ``start`` is about."""
    token = next((t for t in span_tokens(sentence) if t.idx <= start < t.idx + len(t)), None)
    if token is None:
        return None
    if token.lower_ in ("for",):
        return head_of(token)
    while token.dep_ in ("amod", "advmod", "compound", "punct", "npadvmod") and head_of(token) != token:
        token = head_of(token)
        if token.pos_ in ("NOUN", "PROPN", "VERB"):
            break
    return token


def claim_end(head: Token, end: int) -> int:
    """The claim's end: the head noun, its prepositional tail, and a following "since ..."."""
    if head.pos_ in ("NOUN", "PROPN"):
        end = max(end, head.idx + len(head))
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ in EXTENSIONS:
                last = max(child.subtree, key=lambda t: t.i)
                end = max(end, last.idx + len(last))
    doc, sentence_end = head.doc, sentence_of(head).end
    after = next((t for t in doc[head.i + 1:sentence_end] if t.idx >= end and not t.is_punct), None)
    if after is not None and after.lower_ in ("since", "at") and after.idx - end <= 3:
        phrase = head_of(after) if after.dep_ == "mark" else after
        last = max(phrase.subtree, key=lambda t: t.i)
        end = max(end, last.idx + len(last))
    return end


def find_claims(sentence: SpacySpan) -> list[tuple[Token, Claim]]:
    """(head token, Claim) for each novelty claim in the sentence."""
    text, offset = span_text(sentence), sentence.start_char
    found = []
    for match in FIRST.finditer(text):
        start = offset + match.start()
        head = claim_head(sentence, start)
        if head is None:
            continue
        end = claim_end(head, offset + match.end())
        doc_text = text_of(sentence.doc)
        newline = doc_text.find("\n", start, end)
        end = end if newline < 0 else newline
        if novelty(match.group(), head, doc_text[start:end]):
            found.append((head, Claim("first", doc_text[start:end], start, end)))
    return found


def novelty(phrase: str, head: Token, claim_text: str) -> bool:
    """Whether the claim word `phrase` about `head` claims that a political event is new,
    rather than counting ("first place", "the first refugees", "the first round")."""
    if ALWAYS.match(phrase) or re.search(r"\bsince\b", claim_text, re.IGNORECASE):
        return True
    if head.pos_ not in ("NOUN", "PROPN"):
        return False
    if head.lemma_.lower() in EVENT_NOUNS or head.lower_ in EVENT_NOUNS:
        return True
    # "the first Indian prime minister to visit Kabul", "the first time bombers had flown there"
    return head.lemma_.lower() in ACTOR_NOUNS | {"time"} and any(
        child.dep_ in ("acl", "relcl") and child.pos_ in ("VERB", "AUX") for child in head.rights)
