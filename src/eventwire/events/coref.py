"""Discourse helpers for roles: office nouns and personal pronouns that refer back, and the
counterpart of the meeting a passage is about."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Collection
from typing import TYPE_CHECKING

from spacy.tokens import Token

from eventwire.events.lexicon import load_triggers
from eventwire.events.syntax import SAY_LEMMAS, passive_subject, subject_of
from eventwire.nlp.phrases import overlapping, sentence_of
from eventwire.records import Entity

if TYPE_CHECKING:
    from eventwire.events.code import Draft

REFERRING_KINDS = ("nominal", "pronoun")
COUNTERPART_WINDOW = 3   # sentences after a meeting in which "the meeting" is still the topic
NAMING_DETS = ("the", "this", "that", "these", "those")   # "*the* meeting": the one just told
COUNTERPART_TYPES = ("REQUEST", "ACCUSE", "AGREE", "SUPPORT", "REJECT", "THREATEN", "CONCEDE")
PERSON_PRONOUNS = ("him", "her")
PERSONAL_SUBJECTS = ("he", "she", "they", "we", "i")


def resolve_nominals(actors: list[Entity]) -> list[Entity]:
    """Copies of the actors in which an uncoded office noun ("the ambassador") takes the
    country, sector and name of the latest earlier entity holding that office.

    Reads the actors stage's ``office``, ``country`` and ``kind``; ``article.actors`` is
    left as it is.
    """
    resolved: list[Entity] = []
    for entity in actors:
        antecedent = office_antecedent(entity, resolved) if needs_antecedent(entity) else None
        if antecedent is not None:
            entity = dataclasses.replace(
                entity, country=antecedent.country, sector=entity.sector or antecedent.sector,
                name=antecedent.name, known_as=antecedent.known_as)
        resolved.append(entity)
    return resolved


def needs_antecedent(entity: Entity) -> bool:
    return entity.country is None and bool(entity.office) and entity.kind in REFERRING_KINDS


def office_antecedent(entity: Entity, earlier: list[Entity]) -> Entity | None:
    """The latest earlier coded entity whose office is the referring noun's office."""
    office = (entity.office or "").lower()
    for candidate in reversed(earlier):
        held = (candidate.office or "").lower()
        if candidate.country and held and (held == office or held.endswith(" " + office)):
            return candidate
    return None


def pronoun_antecedent(pronoun: Token, actors: list[Entity], exclude: list[Entity],
                       pronouns: Collection[str] = PERSON_PRONOUNS) -> Entity | None:
    """The person "him" or "her" (or another of `pronouns`: "his" in "ordered *his* arrest")
    refers to: the latest coded person named before it in its sentence or the one before, other
    than the act's own actor ("Trump called Erdogan and urged *him* to ..."); None for any other
    pronoun, or when there is no such person."""
    if pronoun.lower_ not in pronouns:
        return None
    sentence = sentence_of(pronoun)
    if sentence.start > 0:
        sentence = sentence_of(pronoun.doc[sentence.start - 1])   # the sentence before
    first = sentence.start_char
    before = [e for e in actors if first <= e.start and e.end <= pronoun.idx and e.kind == "person"
              and not any(e.start < x.end and x.start < e.end for x in exclude)]
    return before[-1] if before else None


def pronoun_source(draft: Draft) -> None:
    """"*He* shot one man": a personal pronoun subject of an active verb trigger is its
    source when nothing else is. The actors stage codes names and nouns, not pronouns, and
    the role model, which weighs an uncoded pronoun as a phrase, leaves such sources out.
    After a speaker named above it ("the protesters claimed that *they* attacked ...") the
    pronoun is mostly the speaker, whom the role model weighs itself; a speaker after it
    ("*He* shot one man, police said") is someone else."""
    event, head = draft.event, draft.match.head
    if event.actor or draft.nominal or passive_subject(head) is not None:
        return
    token = subject_of(head)
    if token is None or token.pos_ != "PRON" or token.lower_ not in PERSONAL_SUBJECTS or any(
            t.i < token.i and t.lemma_ in SAY_LEMMAS and
            any(c.dep_ == "nsubj" and c.pos_ != "PRON" for c in t.children) for t in head.ancestors):
        return
    start, end = token.idx, token.idx + len(token)
    if not overlapping(event.recipient, start, end):
        event.actor = [Entity(token.text, start, end, kind="pronoun")]


def meeting_counterparts(drafts: list[Draft]) -> None:
    """An exchange reported after a meeting without a named recipient ("the Taliban
    requested the meeting", "Mittal conveyed India's fears") is addressed to the other side
    of that meeting: the latest CONSULT within COUNTERPART_WINDOW earlier sentences whose
    parties include the actor's country and exactly one other country. The meeting must still
    be the topic: the exchange's sentence names it again ("requested *the meeting*",
    :func:`names_a_meeting`) or the sentence just before tells a meeting ("Their second summit
    was in Hanoi. It ended because *Pyongyang's demand* ..."). A meeting told further off is
    no link: "the Taliban have warned ..." is no warning to the side of contacts told three
    sentences earlier (roles30)."""
    for position, draft in enumerate(drafts):
        event = draft.event
        if event.recipient or not event.actor or event.type not in COUNTERPART_TYPES:
            continue
        earlier = drafts[:position]
        told = {d.event.sentence.index for d in earlier if d.event.type == "CONSULT"}
        if event.sentence.index - 1 not in told and not names_a_meeting(draft):
            continue
        other = counterpart(event.actor, event.sentence.index, earlier)
        if other:
            event.recipient = other


def names_a_meeting(draft: Draft) -> bool:
    """Whether the draft's sentence names a meeting told before: a noun of meeting with a
    definite determiner ("*the talks*", "*that meeting*")."""
    sentence = sentence_of(draft.match.head)
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in meeting_nouns()
               and any(c.dep_ == "det" and c.lower_ in NAMING_DETS for c in t.children) for t in sentence)


@functools.cache
def meeting_nouns() -> frozenset[str]:
    """The one-word nouns of the lexicon's CONSULT entries ("meeting", "talk", "visit")."""
    return frozenset(e.words[0] for e in load_triggers().entries
                     if e.type == "CONSULT" and e.kind == "noun" and len(e.words) == 1)


def counterpart(actor: list[Entity], sentence: int, earlier: list[Draft]) -> list[Entity]:
    """The entities of the other side of the latest meeting the actor took part in."""
    countries = {e.country for e in actor if e.country}
    if len(countries) != 1:
        return []
    for before in reversed(earlier):
        meeting = before.event
        if sentence - meeting.sentence.index > COUNTERPART_WINDOW:
            break
        if meeting.type != "CONSULT" or meeting.sentence.index == sentence:
            continue
        parties = meeting.actor + meeting.recipient
        others = {e.country for e in parties if e.country and e.country not in countries}
        if countries <= {e.country for e in parties} and len(others) == 1:
            return [e for e in parties if e.country in others][:1]
    return []
