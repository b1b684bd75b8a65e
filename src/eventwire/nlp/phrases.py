"""Noun phrases in the parse, and the actor entities standing for them.

Shared by the stages that map syntax to actors: events (roles) and quotes (speakers).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.records import Entity, Span

RELATIVE_PRONOUNS = ("who", "which", "that", "whom")
CLAUSE_DEPS = ("relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "cc", "punct", "parataxis",
               "mark", "advmod", "appos")


def argument_heads(token: Token) -> list[Token]:
    """The token and its coordinated conjuncts; a relative pronoun stands for its antecedent."""
    if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ in ("relcl", "acl"):
        token = token.head.head
    return [token, *token.conjuncts]


def phrase_tokens(token: Token) -> list[Token]:
    """The token's noun phrase: its subtree without clauses, conjuncts, appended material or
    line breaks (a phrase never runs into the next line)."""
    found, todo = [], [token]
    while todo:
        current = todo.pop()
        found.append(current)
        todo.extend(c for c in current.children if not c.is_space and c.dep_ not in CLAUSE_DEPS
                    and not (c.dep_ == "prep" and c.lower_ != "of"))
    return sorted(found, key=lambda t: t.i)


def phrase_span(token: Token) -> Span:
    """The token's noun phrase as a Span of the document text."""
    tokens = phrase_tokens(token)
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    return Span(token.doc.text[start:end], start, end)


def overlaps(entity: Entity, token: Token) -> bool:
    return entity.start < token.idx + len(token) and token.idx < entity.end


def entities_for(token: Token | None, actors: list[Entity]) -> list[Entity]:
    """Entities standing for the noun phrase headed by ``token`` (and its conjuncts)."""
    if token is None:
        return []
    found: list[Entity] = []
    for head in argument_heads(token):
        at_head = [e for e in actors if overlaps(e, head)]
        inside = at_head or [e for e in actors if any(overlaps(e, t) for t in phrase_tokens(head))]
        found += [e for e in inside if e not in found]
    return found
