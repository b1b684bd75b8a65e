"""In-document coreference beyond names: titles ("the minister") and subject pronouns.

Both rules only copy the coding of an earlier mention; neither guesses. A title takes the
most recent person whose office ends in it; a pronoun is resolved only when it is the
subject of its sentence's main verb and the previous sentence's subject is a coded actor
of the right kind (a person for he/she, a group or organisation for they).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from eventwire.actors.knowledge import ROLE, ActorKnowledge, normalise
from eventwire.actors.mentions import Group
from eventwire.nlp.phrases import span_tokens
from eventwire.records import Entity

_SUBJECT = ("nsubj", "nsubjpass")
_PRONOUN_KINDS = {"he": ("person",), "she": ("person",), "they": ("group", "organisation")}


def title_antecedent(doc: Doc, group: Group, entity: Entity, seen: list[tuple[int, Entity]],
                     knowledge: ActorKnowledge) -> Entity:
    """"the minister" -> the latest earlier person whose office ends in "minister"."""
    phrase = _bare_title(doc, group, knowledge)
    if phrase is None:
        return entity
    for _, earlier in reversed(seen):
        if earlier.kind == "person" and earlier.office and \
                normalise(earlier.office).endswith(phrase) and earlier.country:
            return replace(entity, name=earlier.name, country=earlier.country,
                           sector=earlier.sector, office=earlier.office,
                           known_as=earlier.known_as, kind="person")
    return entity


def _bare_title(doc: Doc, group: Group, knowledge: ActorKnowledge) -> str | None:
    """The role phrase of a mention that is only "the" + a singular office title."""
    if group.plural or any(u.kind != ROLE for u in group.units) or group.root.best is None:
        return None
    role = knowledge.roles.get(group.root.best.key)
    if role is None or role.kind not in ("role", "member") or not role.office or role.plural:
        return None
    if doc[group.start].lower_ != "the" or len(group.units) != 1:
        return None
    return role.phrase


def with_pronouns(doc: Doc, text: str, entities: list[Entity]) -> list[Entity]:
    """`entities` plus one Entity (kind "pronoun") per safely resolved subject pronoun."""
    found: list[Entity] = []
    sentences = list(doc.sents)
    for previous, sentence in zip(sentences, sentences[1:], strict=False):
        pronoun = _subject_pronoun(sentence)
        antecedent = _subject_entity(previous, entities) if pronoun is not None else None
        if pronoun is None or antecedent is None:
            continue
        if antecedent.kind in _PRONOUN_KINDS[pronoun.lower_] and \
                not _person_before(entities, sentence.start_char, pronoun.idx):
            end = pronoun.idx + len(pronoun.text)
            found.append(replace(antecedent, text=text[pronoun.idx:end], start=pronoun.idx,
                                 end=end, kind="pronoun"))
    return sorted([*entities, *found], key=lambda e: e.start) if found else entities


def _subject_pronoun(sentence: Span) -> Token | None:
    """A he/she/they that is the subject of the sentence's main verb."""
    return next((t for t in span_tokens(sentence) if t.lower_ in _PRONOUN_KINDS and t.dep_ in _SUBJECT
                 and t.head == sentence.root), None)


def _subject_entity(sentence: Span, entities: list[Entity]) -> Entity | None:
    """The one coded entity holding the main verb's subject, if exactly one does."""
    subject = next((t for t in sentence.root.children if t.dep_ in _SUBJECT), None)
    if subject is None:
        return None
    holding = [e for e in entities if e.start <= subject.idx < e.end and (e.country or e.sector)]
    return holding[0] if len(holding) == 1 else None


def _person_before(entities: list[Entity], start: int, end: int) -> bool:
    """Whether another person is named in the sentence before the pronoun."""
    return any(e.kind == "person" and start <= e.start < end for e in entities)
