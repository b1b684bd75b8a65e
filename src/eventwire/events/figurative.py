"""Attacks in words and contests: an attack trigger that is not physical violence.

"The senator attacked the governor's record", "an attack on the president's plan": attacking
something said, decided or stood for is criticism, coded ACCUSE (disapprove) as "criticized"
would be; other attack words on such things ("killed the bill") are no event. "She beat her
rival in the primary", "attacked him in the debate": beating or attacking someone in a
contest is no event. The nouns are data (``data/figurative.tsv``):
what is attacked (the verb's object, the noun trigger's "on" object, or the head of an "of"
phrase on either: "the wisdom of the plan") for the first, a contest noun in a prepositional
phrase on the trigger or its object for the second. An attack on a person or a place stays an
attack.
"""

from __future__ import annotations

import dataclasses
import functools

from spacy.tokens import Token

from eventwire import datafiles
from eventwire.events.lexicon import TriggerLexicon
from eventwire.events.match import Match
from eventwire.events.syntax import prep_objects

TYPES = frozenset({"ASSAULT"})
CRITICISM = "criticize"   # the ACCUSE entry a verbal attack takes
CONTEST_PREPS = ("in", "at", "during")


@functools.cache
def _words() -> dict[str, str]:
    rows = datafiles.table("events", "figurative.tsv", ("word", "kind"), required=("word", "kind"))
    return {row["word"]: row["kind"] for row in rows}


def figurative(match: Match) -> bool:
    """Whether an attack trigger is no violence: it stands in a contest ("beat X in the
    primary"), or its word cannot be said in words and it attacks something said ("killed
    the bill")."""
    if match.trigger.type not in TYPES:
        return False
    holders = [match.head, *_targets(match)]
    if any(_kind(obj) == "contest" for holder in holders for obj in prep_objects(holder, CONTEST_PREPS)):
        return True
    return not _assails(match) and any(_said(t) for t in _targets(match))


def as_criticism(match: Match, lexicon: TriggerLexicon) -> Match:
    """The match, as criticism when an attack word that may be said in words ("attacked",
    "an attack on") attacks something said or decided, else unchanged."""
    if match.trigger.type not in TYPES or not _assails(match) or not any(_said(t) for t in _targets(match)):
        return match
    entry = next((e for e in lexicon.lookup("verb", CRITICISM) if e.type == "ACCUSE"), None)
    return match if entry is None else dataclasses.replace(match, trigger=entry)


def _assails(match: Match) -> bool:
    word = match.noun if match.noun is not None else match.head
    return _kind(word) == "assail"


def _said(noun: Token) -> bool:
    """A noun of something said or decided, or one heading an "of" phrase on such a noun
    ("the logic of the proposal")."""
    return _kind(noun) == "said" or any(_kind(o) == "said" for o in prep_objects(noun, ("of",)))


def _targets(match: Match) -> list[Token]:
    """What the trigger attacks: a verb's direct objects, the "on"/"against" objects of a
    noun trigger or of a light verb's noun ("launched an attack on the plan")."""
    head = match.head
    if head.pos_ != "VERB":
        return prep_objects(head, ("on", "against"))
    found = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass") and c is not match.noun]
    return found + (prep_objects(match.noun, ("on", "against")) if match.noun is not None else [])


def _kind(noun: Token) -> str | None:
    return _words().get(noun.lemma_.lower()) or _words().get(noun.lower_)
