"""Who is quoted: the subject of the cue verb, as an actor mention where there is one."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from eventwire.nlp.phrases import children_of, entities_for, head_of, phrase_span
from eventwire.records import Article, Entity, Span

# dependencies through which a cue verb inherits its subject ("went on to say",
# "quoted ... as saying", "said ..., adding that")
INHERIT_DEPS = ("xcomp", "conj", "advcl", "pcomp", "prep")
SUBJECT_DEPS = ("nsubj", "nsubjpass")
RELATIVES = ("who", "which", "that", "whom")
PERSONAL = ("he", "she", "him", "her")


def subject_token(verb: Token) -> Token | None:
    """The speaker's head token: the subject of the verb or of the verb it depends on
    ("X was quoted as saying"), the agent of a passive cue, None for "it is said"."""
    if any(c.dep_ == "auxpass" for c in children_of(verb)):
        return passive_agent(verb)      # "it was reported (by X) that": the agent speaks
    current = verb
    for _ in range(4):
        subject = next((c for c in children_of(current) if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            return antecedent(subject)
        if current.dep_ == "acl" and head_of(current).pos_ in ("NOUN", "PROPN"):
            return head_of(current)          # "a statement saying that ..."
        if current.dep_ not in INHERIT_DEPS or head_of(current) == current:
            return None
        current = head_of(current)
    return None


def passive_agent(verb: Token) -> Token | None:
    """The object of a passive verb's "by" phrase, if any."""
    agent = next((c for c in children_of(verb) if c.dep_ == "agent"), None)
    found = next((c for c in children_of(agent) if c.dep_ == "pobj"), None) if agent is not None else None
    return antecedent(found) if found is not None else None


def antecedent(subject: Token) -> Token:
    """A relative pronoun stands for the noun its clause modifies ("Smith, who said")."""
    if subject.lower_ in RELATIVES and head_of(subject).dep_ == "relcl":
        return head_of(head_of(subject))
    return subject


def speaker_of(verb: Token, article: Article) -> Span | Entity | None:
    """The speaker of a cue verb; None when the verb has no subject on its line."""
    subject = subject_token(verb)
    if subject is None or "\n" in article.text[min(subject.idx, verb.idx):max(subject.idx, verb.idx)]:
        return None     # a subject across a line break is a misparse (a heading, a time stamp)
    return mention_for(subject, article)


def mention_for(token: Token, article: Article) -> Span | Entity:
    """The actor mention for a speaker token: an Entity when one stands for it, else its phrase."""
    found = entities_for(token, article.actors) or appositive_entities(token, article)
    found = [e for e in found if "\n" not in e.text]   # a mention never runs over a line break
    if len(found) == 1:
        return found[0]
    if not found and token.lower_ in PERSONAL:
        return pronoun_mention(token, article.actors)
    return phrase_span(token)


def appositive_entities(token: Token, article: Article) -> list[Entity]:
    """Entities named in apposition ("the group's spokesman, Suhail Shaheen, said")."""
    found: list[Entity] = []
    for appositive in (c for c in children_of(token) if c.dep_ == "appos"):
        found += entities_for(appositive, article.actors)
    return found


def pronoun_mention(token: Token, actors: list[Entity]) -> Span | Entity:
    """A personal pronoun coded as the nearest person mentioned before it.

    Used only when the actors stage gave the pronoun no entity of its own; the span stays
    the pronoun's, the coding (name, country, sector ...) is the antecedent's.
    """
    before = [e for e in actors if e.end <= token.idx and e.kind in ("person", "pronoun")]
    span = Span(token.text, token.idx, token.idx + len(token))
    if not before:
        return span
    earlier = max(before, key=lambda e: e.end)
    return replace(earlier, text=span.text, start=span.start, end=span.end, kind="pronoun")
