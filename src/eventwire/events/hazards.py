"""Harm nobody did: an attack trigger caused by a natural hazard, an accident or an illness.

"555 people were killed after an earthquake rocked the island", "floods killed 40", "died in a
car crash", "four people are suffering food poisoning", "a fertilizer plant explosion": these
are disasters (CASE 2021 and ACLED code them apart from political violence), and PLOVER codes
no ASSAULT for them. A trigger is caused by a hazard when one of these is a hazard word
(``data/hazards.tsv``): a modifier of the trigger noun itself ("food poisoning"); its subject
or agent ("the quake killed", "killed by an avalanche"); or, when no one else is its subject
or agent ("rebels killed 14 in an ambush after a storm" is an attack), the object of a
preposition or the subject of a clause of cause or circumstance on it ("killed in floods",
"killed after a storm hit").
An explosion, blast or fire is a hazard only with a word of an accident's site on it
("a gas explosion", "the chemical plant blast"): "a blast killed 12 at the market" stays an
attack.
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from eventwire import datafiles
from eventwire.events.match import Match

CAUSE_PREPOSITIONS = frozenset({"in", "by", "after", "during", "following", "from", "amid", "due",
                                "because", "as"})
TYPES = frozenset({"ASSAULT"})


@functools.cache
def _words() -> dict[str, str]:
    rows = datafiles.table("events", "hazards.tsv", ("word", "kind"), required=("word", "kind"))
    return {row["word"]: row["kind"] for row in rows}


def caused_by_hazard(match: Match) -> bool:
    """Whether the match is an attack trigger that a hazard caused (see the module doc)."""
    if match.trigger.type not in TYPES:
        return False
    head = match.head
    # coordinated verbs share their cause ("were killed and injured after a quake hit")
    verbs = [head, *(c for c in head.children if c.dep_ == "conj"),
             *([head.head] if head.dep_ == "conj" else [])]
    if is_hazard(head, as_trigger=True):
        return True
    doers = [] if _elliptical_passive(head) else [c for c in head.children if c.dep_ in ("nsubj", "agent")]
    if any(not is_hazard(_agent_noun(doer)) for doer in doers):
        return False    # someone did it ("rebels killed 14 in an ambush after a storm")
    return any(is_hazard(noun) for verb in verbs for noun in _causes(verb))


def _elliptical_passive(verb: Token) -> bool:
    """"were killed and dozens injured": a participle joined to a passive without an auxiliary
    of its own is passive too, and its parsed subject is the patient."""
    return verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.head.children) \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _agent_noun(token: Token) -> Token:
    """The noun of a subject or of a "by" agent phrase."""
    if token.dep_ == "agent":
        return next((c for c in token.children if c.dep_ == "pobj"), token)
    return token


def is_hazard(noun: Token, as_trigger: bool = False) -> bool:
    """A hazard noun, an explosion noun with an accident's site on it, or (for a trigger
    noun, which is itself an attack word) one with a hazard on it ("food poisoning")."""
    kinds = _words()
    modifiers = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]
    modifier_kinds = {kinds.get(m.lemma_.lower()) for m in modifiers}
    if as_trigger:
        return bool(modifier_kinds & {"hazard"}) or (
            kinds.get(noun.lemma_.lower()) == "blast" and "site" in modifier_kinds)
    kind = kinds.get(noun.lemma_.lower())
    return kind == "hazard" or (kind == "blast" and "site" in modifier_kinds)


def _causes(head: Token) -> list[Token]:
    """The nouns that may say what caused the trigger: its subject or agent, prepositional
    objects, the subject of a clause on it ("after a quake hit")."""
    found = []
    for child in head.children:
        if child.dep_ in ("nsubj", "npadvmod"):
            found.append(child)
        elif child.dep_ in ("agent", "prep") and child.lower_ in CAUSE_PREPOSITIONS:
            found += [o for o in child.children if o.dep_ == "pobj"]
            found += [o for p in child.children if p.dep_ == "pcomp" for o in p.children if o.dep_ == "pobj"]
        elif child.dep_ == "advcl":
            found += [s for s in child.children if s.dep_ in ("nsubj", "nsubjpass")]
    return found
