"""Discourse helpers for roles: office nouns and personal pronouns that refer back, and the
counterpart of the meeting a passage is about."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Collection
from typing import TYPE_CHECKING

from spacy.tokens import Token

from eventwire.events.lexicon import load_triggers
from eventwire.events.syntax import SAY_LEMMAS, named_speaker, passive_subject, plan_or_stance, subject_of
from eventwire.nlp.phrases import (
    ancestors_of,
    children_of,
    entities_for,
    head_of,
    overlapping,
    phrase_span,
    sentence_of,
    span_tokens,
)
from eventwire.records import Entity

if TYPE_CHECKING:
    from eventwire.events.code import Draft

REFERRING_KINDS = ("nominal", "pronoun")
COUNTERPART_WINDOW = 3   # sentences after a meeting in which "the meeting" is still the topic
NAMING_DETS = ("the", "this", "that", "these", "those")   # "*the* meeting": the one just told
COUNTERPART_TYPES = ("REQUEST", "ACCUSE", "AGREE", "SUPPORT", "REJECT", "THREATEN", "CONCEDE")
PERSON_PRONOUNS = ("him", "her")
PERSONAL_SUBJECTS = ("he", "she", "they", "we", "i")
GROUP_PRONOUNS = ("they", "we")        # a reported clause's subject that may stand for a group speaker
PATIENT_PRONOUNS = ("he", "she", "him", "her")   # a person undergoing an act, named earlier in the sentence
PLURAL_TAGS = ("NNS", "NNPS")
OWNER_PRONOUNS = ("its", "their")   # owners of an act noun that stand for a body or a group
BODY_PREPS = ("for", "of")      # "a spokesman *for the coalition*": the body a speaker speaks for


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
            any(c.dep_ == "nsubj" and c.pos_ != "PRON" for c in children_of(t)) for t in ancestors_of(head)):
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
               and any(c.dep_ == "det" and c.lower_ in NAMING_DETS
                       for c in children_of(t)) for t in span_tokens(sentence))


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


def group_speaker(pronoun: Token, actors: list[Entity]) -> list[Entity]:
    """The speaker a plural pronoun subject of a reported clause stands for: "*Police* said *they*
    arrested two men", "*Opposition parties* say *they* will boycott the vote". A plural or
    coordinated speaker is the group for any clause; a singular one only for its plans or stance
    ("a spokesman said they will support the call": the body he speaks for, named after "for"
    or "of", else the spokesman), as ``syntax.reporting_speaker`` reads "he", "she" and "it".
    The speaker's coded entities, else its phrase; none when no speaker is named."""
    if pronoun.lower_ not in GROUP_PRONOUNS:
        return []
    speaker = named_speaker(pronoun)
    if speaker is None:
        return []
    plural = speaker.tag_ in PLURAL_TAGS or any(c.dep_ == "conj" for c in children_of(speaker))
    if not plural:
        if not plan_or_stance(head_of(pronoun)):
            return []
        body = next((o for p in children_of(speaker) if p.dep_ == "prep" and p.lower_ in BODY_PREPS
                     for o in children_of(p) if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")), None)
        speaker = body if body is not None else speaker
    return entities_for(speaker, actors) or [_phrase(speaker)]


def speaker_for_pronoun(draft: Draft, actors: list[Entity]) -> None:
    """An act whose subject is "they" or "we" reported by a group (:func:`group_speaker`) has that
    group as its source, in place of the bare pronoun or of no source: the pronoun names no one
    the record can use, and the speaker is named in the same sentence. A party of its own the
    roles found stays."""
    event, head = draft.event, draft.match.head
    if draft.nominal:
        return
    pronoun = next((c for c in children_of(head) if c.dep_ == "nsubj" and c.pos_ == "PRON"), None)
    if pronoun is None or not all(_at(e, pronoun) for e in event.actor):
        return
    found = [e for e in group_speaker(pronoun, actors) if not any(_same(e, r) for r in event.recipient)]
    if found:
        event.actor = found


def person_for_pronoun(draft: Draft, actors: list[Entity]) -> None:
    """A bare "he", "she", "him" or "her" on the target side stands for the person named before it
    in the same sentence ("*Omar Farah* fled after *he* was threatened by militants",
    :func:`pronoun_antecedent`), other than the act's source: that mention is the party. A
    person named only in the sentence before, or with another person (not the source) named
    before it in the sentence, stays at the pronoun (``code.at_pronoun``)."""
    event = draft.event
    sentence = sentence_of(draft.match.head)
    for n, entity in enumerate(event.recipient):
        pronoun = next((t for t in span_tokens(sentence) if t.idx == entity.start and t.pos_ == "PRON"), None)
        if pronoun is None or pronoun.lower_ not in PATIENT_PRONOUNS or not _at(entity, pronoun):
            continue
        person = pronoun_antecedent(pronoun, actors, event.actor, PATIENT_PRONOUNS)
        if person is None or person.start < sentence.start_char \
                or any(_same(person, e) for e in event.actor + event.recipient):
            continue
        # two persons before it ("X stabbed Y before *he* was arrested"): either may be meant
        others = [e for e in actors if sentence.start_char <= e.start and e.end <= pronoun.idx
                  and e.kind == "person" and not _same(e, person)
                  and not any(_same(e, a) for a in event.actor)]
        if not others:
            event.recipient[n] = person


def _at(entity: Entity, token: Token) -> bool:
    return entity.start <= token.idx < entity.end and entity.end <= token.idx + len(token)


def _same(a: Entity, b: Entity) -> bool:
    return a.start < b.end and b.start < a.end


def _phrase(token: Token) -> Entity:
    span = phrase_span(token)
    return Entity(span.text, span.start, span.end, kind="phrase")


def owner_source(draft: Draft, actors: list[Entity], undergone: bool) -> None:
    """"The Council condemned *Iran* over *its* missile tests": an act noun owned by "its" or
    "their" is done by the party the pronoun stands for, the latest one named before it in the
    sentence that is not a single person (:func:`owner_antecedent`), not by the subject of the verb
    above it; that party leaves the target side. An act its owner undergoes (`undergone`:
    "*its* release") keeps its sides."""
    noun, event = draft.match.head, draft.event
    if not draft.nominal or undergone:
        return
    owner = next((c for c in children_of(noun) if c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS), None)
    if owner is None or any(_at(e, owner) for e in event.actor):
        return
    party = owner_antecedent(owner, actors)
    if party is None:
        return
    event.actor = [party]
    event.recipient = [e for e in event.recipient if not _same(e, party)]


def owner_antecedent(owner: Token, actors: list[Entity]) -> Entity | None:
    """The party a possessive "its" or "their" stands for, among the coded entities before it in its
    sentence that are no single person, nor inside the phrase the pronoun opens: the subject of the
    verb its phrase hangs on, or of a verb above it ("*Israel* briefed the UN on its strikes",
    :func:`governing_subject`), else the latest one ("the Council condemned *Iran* over its
    tests")."""
    first = sentence_of(owner).start_char
    before = [e for e in actors if first <= e.start and e.end <= owner.idx and e.kind != "person"]
    if not before:
        return None
    subject = governing_subject(owner, before)
    return subject if subject is not None else before[-1]


BLAMING_OWNER_TYPES = ("ACCUSE", "SANCTION", "COERCE")   # verbs that hold their object to its own acts


def governing_subject(owner: Token, parties: list[Entity]) -> Entity | None:
    """The first of `parties` that is the subject of the nearest verb above `owner` with such a
    subject ("*Hamas* said its attack killed ...", "*Israel* briefed the UN on its strikes"); None
    under a verb of accusing, punishing or holding (its object answers for its own acts: "condemned
    *Iran* over its tests", "summoned the ambassador over its raids") or without such a verb. A
    party the owned noun is coordinated with is that party ("discuss *Myanmar* and its crackdown")."""
    noun = head_of(owner)
    if noun.dep_ == "conj":
        start, end = head_of(noun).idx, head_of(noun).idx + len(head_of(noun))
        found = [e for e in parties if e.start < end and start < e.end]
        if found:
            return found[0]
    for verb in ancestors_of(owner):
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        if _blames(verb):
            return None
        for subject in (c for c in children_of(verb) if c.dep_ == "nsubj" and owner not in list(c.subtree)):
            start, end = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
            found = [e for e in parties if start <= e.start and e.end <= end]
            if found:
                return found[0]
    return None


def _blames(verb: Token) -> bool:
    """Whether the lexicon codes `verb`, alone or with its object ("summon *ambassador*"), as an
    act of ``BLAMING_OWNER_TYPES``."""
    lexicon, lemma = load_triggers(), verb.lemma_.lower()
    if any(e.type in BLAMING_OWNER_TYPES for e in lexicon.lookup("verb", lemma)):
        return True
    objects = {c.lemma_.lower() for c in children_of(verb) if c.dep_ == "dobj"}
    return any(e.type in BLAMING_OWNER_TYPES and objects & set(e.words[1:])
               for e in lexicon.lookup("light", lemma))
