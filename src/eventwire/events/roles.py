"""Learned roles: which mention of the sentence is an event's source, and which its target.

The rules (``code.roles``) read roles off a few dependency patterns and only from coded
actors. Here every noun phrase of the sentence is a candidate; a multinomial logistic
regression over the dependency path from the trigger to the candidate, the voice, the
position, the event type and what the rules chose says whether the candidate is the source,
the target or neither. The model is data, ``data/roles.json``, written by
``python -m eventwire.events.train`` (scikit-learn) and applied here as dot products.

Reciprocal events (all parties on the actor side) keep the rules' roles. Without the file
the rules' roles stand. After the model, an act with a target but no source takes the
phrase the text marks as doing it (``syntax.doer``): both sides of the dyad (issue 19); an act noun
takes the modifier that names its doer before the model ("a *militia* raid", ``own_doer``). The
place where an act is done is its location (where/locate.py), never a target. Before the
model, what an act of force is done with ("*with* artillery") and whom a clause the trigger
goes on with is done to (", killing *five guards*") leave the target side.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Token

from eventwire import datafiles
from eventwire.events.confidence import built, read_model
from eventwire.events.coref import (
    OWNER_PRONOUNS,
    PERSONAL_SUBJECTS,
    owner_antecedent,
    owner_source,
    person_for_pronoun,
    pronoun_antecedent,
    speaker_for_pronoun,
)
from eventwire.events.lexicon import class_words, load_triggers
from eventwire.events.roles_syntax import (
    JOINT_TYPES,
    UNDER_VERBS,
    between_objects,
    blamed_doer,
    dateline_end,
    following_clauses,
    goods,
    in_dateline,
    included,
    instruments,
    joint_counterparts,
    joint_subject_words,
    list_mates,
    named_places,
    names_a_party,
    noun_agents,
    noun_patients,
    object_relative,
    occurrence_places,
    patient_agents,
    people_noun,
    person_form,
    place_objects,
    purpose_parties,
    reacting_subject,
    reduced_passive,
    relative_doer,
    shared_agent,
    trigger_parties,
    undergoer,
    undergone_sources,
)
from eventwire.events.rules import OUTCOME_TYPES, OUTCOME_VERBS
from eventwire.events.syntax import SAY_LEMMAS, doer, is_possessor, modifier_doer, passive_agent
from eventwire.nlp.phrases import (
    ancestors_of,
    children_of,
    entities_for,
    entity_root,
    head_of,
    once_per_doc,
    once_per_token,
    phrase_span,
    sentence_of,
    span_tokens,
)
from eventwire.records import Entity, Event

if TYPE_CHECKING:
    from eventwire.events.code import Draft

MODEL_FILE = "roles.json"
CLASSES = ("none", "source", "target")
HEAD_POS = ("NOUN", "PROPN", "PRON")
SKIP_DEPS = ("compound", "amod", "poss", "nmod", "npadvmod")
MAX_PATH = 4
MIN_PROBABILITY = 0.5       # to put a candidate on a side the rules filled
FILL_PROBABILITY = 0.2      # to put one on a side the rules left empty (chosen on the news tune part)
CLAUSE_DEPS = ("advcl", "ccomp", "relcl", "conj", "parataxis", "acl")   # a clause hung on a word
PATIENT_OWNED = ("COERCE", "RETREAT", "CONCEDE")   # "Lai's release": a person owning it undergoes it
FORCE_OBJECT_TYPES = ("ASSAULT", "COERCE")   # acts whose direct object is hit where the place says
OWNED_UNDERGONE = ("COERCE", "RETREAT", "CONCEDE", "ASSAULT", "SANCTION")   # "ordered *his* arrest"
# nouns of holding, release, violence or punishment whose owner undergoes them ("*Lai's* arrest", "the
# *deputy's* slaying"); a measure imposed ("Trump's *tariffs*", "its *sanctions*") is its owner's act
UNDERGONE_NOUNS = frozenset(datafiles.words("events", "undergone_nouns.tsv"))   # "Dara's *arrest*"
PERSON_KINDS = ("person", "nominal", "pronoun", "phrase")   # one who may own what is done to them

Features = dict[str, float]


def candidates(draft: Draft, actors: list[Entity]) -> list[tuple[Token, Entity]]:
    """(head token, entity) for every noun phrase of the trigger's sentence: the coded actor
    it stands for, else the phrase itself (uncoded)."""
    found: list[tuple[Token, Entity]] = []
    spans: set[tuple[int, int]] = set()
    words = draft.match.tokens
    for token, coded, phrase in _sentence_heads(draft.match.head, actors):
        if token.i in words:
            continue
        entity = coded if coded is not None else Entity(*phrase, kind="phrase")
        if (entity.start, entity.end) not in spans:
            spans.add((entity.start, entity.end))
            found.append((token, entity))
    return found


# where _sentence_heads keeps each sentence's candidate heads in ``doc.user_data``
_HEADS_KEY = "eventwire.role_heads"
SentenceHead = tuple[Token, Entity | None, tuple[str, int, int]]


def _sentence_heads(head: Token, actors: list[Entity]) -> list[SentenceHead]:
    """The candidate heads of the token's sentence, each with the first coded actor standing
    for it (else None) and its phrase (text, start, end): the same for every event of the
    sentence, so read once per sentence and actor list (:func:`candidates` leaves out the
    trigger's own words and makes a fresh phrase Entity per event)."""
    sentence = sentence_of(head)
    kept: dict[int, tuple[list[Entity], list[SentenceHead]]] = once_per_doc(
        head.doc, _HEADS_KEY, lambda _: {})
    cached = kept.get(sentence.start)
    if cached is not None and cached[0] is actors:
        return cached[1]
    dateline = dateline_end(head)      # the sentence's, shared by all its words
    # a phrase never leaves its sentence: only the actors overlapping it can stand for one
    near = [e for e in actors if e.start < sentence.end_char and sentence.start_char < e.end]
    found: list[SentenceHead] = []
    for token in span_tokens(sentence):
        if token.pos_ not in HEAD_POS or token.dep_ in SKIP_DEPS \
                or token.i < dateline or is_possessor(token):   # "India's" misparsed as object
            continue
        coded = [e for e in entities_for(token, near) if e.start <= token.idx < e.end]
        if coded:
            found.append((token, coded[0], ("", 0, 0)))
        else:
            span = phrase_span(token)
            found.append((token, None, (span.text, span.start, span.end)))
    kept[sentence.start] = (actors, found)
    return found


def path(trigger: Token, token: Token) -> str:
    """The dependency path from the trigger to the token: up to their lowest common ancestor
    (``^dep``), then down (``dep``), at most MAX_PATH steps each way. The ancestors come from
    the heads read once per Doc (:func:`ancestors_of`): asked for every candidate word."""
    up_from_token = [token, *ancestors_of(token)]
    up_from_trigger, on_trigger_side = _trigger_chain(trigger)
    below = next((n for n, t in enumerate(up_from_token) if t.i in on_trigger_side), None)
    if below is None:
        return "none"
    rise = [f"^{t.dep_}" for t in up_from_trigger[:on_trigger_side[up_from_token[below].i]]][:MAX_PATH]
    fall = [t.dep_ for t in up_from_token[:below]][::-1][:MAX_PATH]
    preps = [t.lower_ for t in up_from_token[:below] if t.dep_ == "prep"]
    return "/".join(rise + fall) + (f"|{'+'.join(preps)}" if preps else "")


# where _trigger_chain keeps each trigger's chain of heads in ``doc.user_data``
_CHAINS_KEY = "eventwire.role_chains"
Chain = tuple[list[Token], dict[int, int]]


def _trigger_chain(trigger: Token) -> Chain:
    """The trigger and its ancestors, and the trigger's chain by word index (a parse climbs
    through each word once): the same for every candidate of the event, read once per word
    and Doc."""
    chains: dict[int, Chain] = once_per_doc(trigger.doc, _CHAINS_KEY, lambda _: {})
    chain = chains.get(trigger.i)
    if chain is None:
        up_from_trigger = [trigger, *ancestors_of(trigger)]
        on_trigger_side: dict[int, int] = {}
        for n, t in enumerate(up_from_trigger):
            on_trigger_side.setdefault(t.i, n)
        chain = chains[trigger.i] = (up_from_trigger, on_trigger_side)
    return chain


def features(draft: Draft, token: Token, entity: Entity) -> Features:
    """The features of one (event, candidate) pair."""
    trigger, kind = draft.match.head, draft.event.type
    route = path(trigger, token)
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in children_of(trigger))
    before = token.i < trigger.i
    distance = abs(token.i - trigger.i)
    prep = head_of(token).lower_ if token.dep_ == "pobj" else "-"
    return {
        f"prep={prep}": 1.0,
        f"type={kind}|prep={prep}": 1.0,
        f"path={route}": 1.0,
        f"type={kind}|path={route}": 1.0,
        f"passive={passive}|path={route}": 1.0,
        f"dep={token.dep_}|before={before}": 1.0,
        f"type={kind}|dep={token.dep_}": 1.0,
        f"nominal={draft.nominal}|dep={token.dep_}": 1.0,
        f"pos={token.pos_}": 1.0,
        f"ent={token.ent_type_ or '-'}": 1.0,
        f"coded={entity.kind != 'phrase'}": 1.0,
        f"sector={entity.sector}": 1.0,
        "country": float(entity.country is not None),
        "rule_actor": float(any(_same(entity, e) for e in draft.event.actor)),
        "rule_recipient": float(any(_same(entity, e) for e in draft.event.recipient)),
        "distance": min(distance, 20) / 20,
        "pronoun": float(token.pos_ == "PRON"),
    }


def _same(a: Entity, b: Entity) -> bool:
    return a.start < b.end and b.start < a.end


@dataclass(frozen=True)
class RoleModel:
    """Per-class weights and biases of a multinomial logistic regression."""

    weights: dict[str, dict[str, float]]
    biases: dict[str, float]

    @functools.cached_property
    def _rows(self) -> dict[str, tuple[float, float, float]]:
        """Each feature's weights for the three classes together (0.0 where a class has none):
        one look-up per feature instead of three."""
        names = {name for c in CLASSES for name in self.weights[c]}
        return {name: (self.weights["none"].get(name, 0.0), self.weights["source"].get(name, 0.0),
                       self.weights["target"].get(name, 0.0)) for name in names}

    def probabilities(self, found: Features) -> dict[str, float]:
        # summed in the features' order per class, as one class at a time would: the same floats
        none = source = target = 0.0
        rows = self._rows
        for name, value in found.items():
            row = rows.get(name)
            if row is not None:
                none += row[0] * value
                source += row[1] * value
                target += row[2] * value
        scores = {"none": self.biases["none"] + none, "source": self.biases["source"] + source,
                  "target": self.biases["target"] + target}
        top = max(scores.values())
        exps = {c: math.exp(s - top) for c, s in scores.items()}
        total = sum(exps.values())
        return {c: e / total for c, e in exps.items()}


@functools.cache
def load_model(filename: str = MODEL_FILE) -> RoleModel | None:
    """The shipped role model, or None when the package has none (the rules' roles stand)."""
    return built(filename, "role model", read_model(filename, "role model"),
                 lambda data: RoleModel({c: {k: float(v) for k, v in data["weights"][c].items()}
                                         for c in CLASSES},
                                        {c: float(data["biases"][c]) for c in CLASSES}))


def assign_roles(draft: Draft, actors: list[Entity], model: RoleModel) -> None:
    """The roles of one event: the model's (:func:`model_roles`), then the parties a pronoun stands
    for (``coref.speaker_for_pronoun``, ``coref.person_for_pronoun``) and the patient of an act noun
    merged into the verb of its outcome (:func:`outcome_patients`)."""
    model_roles(draft, actors, model)
    owner_source(draft, actors, _owner_undergoes(draft))
    speaker_for_pronoun(draft, actors)
    person_for_pronoun(draft, actors)
    outcome_patients(draft, actors)
    dead_in_act(draft, actors)
    passive_doer(draft, actors)
    included_parties(draft, actors)
    blamed_source(draft, actors)


def model_roles(draft: Draft, actors: list[Entity], model: RoleModel) -> None:
    """Give each side the candidate the model finds most likely for it, when it reaches
    MIN_PROBABILITY: the source first, then the most likely target among the other candidates.
    A side that already holds the chosen candidate keeps all its parties (a coordination); a
    party moved to the other side leaves this one, so reversed roles are swapped."""
    counterparts = joint_noun(draft, actors)
    if counterparts and draft.event.actor:
        return                                   # holder and counterpart of a joint act noun
    coordinated = not draft.event.recipient and len(draft.event.actor) > 1
    entry = draft.match.trigger     # a one-sided act of coordinated doers may still have a target
    if coordinated and (entry is None or entry.reciprocal or draft.event.type in JOINT_TYPES):
        return                                   # reciprocal: every party on the actor side
    trigger = draft.match.head
    own_doer(draft)
    undergoing = undergone(draft, actors) or passive_owner(draft, actors)
    agentless = passive_patient(draft, actors)
    aside = drop_instruments(draft, actors) | drop_following(draft) | without_goods(draft)
    places = no_place_doer(draft, actors)
    if draft.nominal and entry is not None and not entry.reciprocal and draft.event.type not in JOINT_TYPES:
        aside |= occurrence_places(draft.match.head)     # "the ambush happened *between X and Y*"
    joint = join_subjects(draft, actors)
    found = [(entity, model.probabilities(features(draft, token, entity)), other_clause(trigger, token))
             for token, entity in candidates(draft, actors) if token.i not in aside]
    scored = [(entity, probabilities) for entity, probabilities, _ in found]
    # a side the rules left empty takes no bystander of another clause (:func:`other_clause`)
    # an agentless participle takes a source only from its own words ("expelled *from X*")
    own = (trigger.left_edge.idx, _subtree_end(trigger)) if agentless else None
    judge = _reacting(draft)
    judged = (judge != (0, 0) and not draft.event.actor) or owner_undergoes(draft)
    source = max((s for s in _fillers(found, draft.event.actor)
                  if (own is None or own[0] <= s[0].start < own[1])
                  and not judge[0] <= s[0].start < judge[1]
                  and not any(p[0] <= s[0].start < p[1] for p in places)
                  and not any(_same(s[0], c) for c in counterparts)),
                 key=lambda s: s[1]["source"], default=None)
    if source is not None and source[1]["source"] >= _needed(draft.event.actor) \
            and not _unseen(draft, scored) and not _relative_doer(draft) and not coordinated \
            and not _pronoun_doer(draft) and not undergoing and not judged:
        _put(draft, "actor", "recipient", source[0])
    chosen = draft.event.actor
    # who judges the act is on neither side: "*the chairman of the Commission* condemned the attacks"
    others = [s for s in _fillers(found, draft.event.recipient) if not any(_same(s[0], e) for e in chosen)
              and not judge[0] <= s[0].start < judge[1]]
    target = max(others, key=lambda s: s[1]["target"], default=None)
    if target is not None and target[1]["target"] >= _needed(draft.event.recipient) \
            and not (joint and not draft.event.recipient):
        _put(draft, "recipient", "actor", target[0])
    if counterparts:        # the model found the holder of a joint act noun; its counterpart stays
        draft.event.recipient = [c for c in counterparts if not any(_same(c, a) for a in draft.event.actor)]
    add_doer(draft)
    trigger_noun_owner(draft, actors)
    add_purpose_party(draft, actors)
    add_trigger_party(draft, actors)
    relative_patient(draft, actors)
    between_sides(draft, actors)
    listed_parties(draft, actors)


def relative_patient(draft: Draft, actors: list[Entity]) -> None:
    """An object relative clause's act is done to the noun the clause describes ("the clerk
    *whom* the gang kidnapped", ``roles_syntax.object_relative``): that noun is the target, in
    place of its relative pronoun, and on no other side (roles28). A joint act ("the officials
    *whom* the leader met with") keeps every party on the source side."""
    if draft.nominal or draft.event.type in JOINT_TYPES:
        return
    noun = object_relative(draft.match.head, draft.event.type, lambda t: bool(entities_for(t, actors)))
    if noun is None:
        return
    event = draft.event
    patient = entities_for(noun, actors) or [_phrase(noun)]
    pronouns = [c for c in children_of(draft.match.head) if c.dep_ == "dobj"]
    event.actor = [e for e in event.actor if not any(_same(e, p) for p in patient)]
    event.recipient = patient + [e for e in event.recipient if not any(_same(e, p) for p in patient)
                                 and not any(e.start <= t.idx < e.end for t in pronouns)]


def outcome_patients(draft: Draft, actors: list[Entity]) -> None:
    """"*The navy's shelling of the harbour* killed six fishermen": a casualty verb whose subject is
    an act noun of its own type tells that act's outcome, and the coder keeps one event for the two
    (``rules.merge_same``, ``rules.merge_outcomes``); the act noun's own patient ("of", "on" or
    "against" it, ``roles_syntax.noun_patients``) stays a target beside the dead, and its doer is
    only who the noun names (``roles_syntax.noun_agents``): "the blast at a rally *by the leader*
    killed 22" has no source."""
    verb, event = draft.match.head, draft.event
    if draft.nominal or event.type not in OUTCOME_TYPES or verb.lemma_.lower() not in OUTCOME_VERBS:
        return
    noun = next((c for c in children_of(verb) if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    if noun is None or event.type not in _noun_types(noun):
        return
    # the doer is named on the act noun ("the militia's assault", "by insurgents"), never beside it
    own = noun_agents(noun)
    event.actor = [e for e in event.actor if any(e.start <= noun.doc[i].idx < e.end for i in own)]
    # "*Hamas* said its rocket attack killed two soldiers": the party "its" or "their" stands for
    owner = next((c for c in children_of(noun) if c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS), None)
    party = owner_antecedent(owner, actors) if owner is not None else None
    if party is not None:
        event.actor = [party]
    taken = event.actor + event.recipient
    found = [e for t in noun_patients(noun) for e in (entities_for(t, actors) or [_phrase(t)])]
    event.recipient = [e for e in found if not any(_same(e, x) for x in taken)] + event.recipient


DYING_VERBS = ("die", "perish")   # "five civilians *died in* the airstrike": the subject underwent it


def dead_in_act(draft: Draft, actors: list[Entity]) -> None:
    """"Five civilians *died in* the Israeli airstrike", "the reporter, who died in a missile
    strike": whoever died in an act of force told as a noun underwent it, so an act noun without
    a target takes the subject of the verb of dying its "in" phrase hangs on (roles32)."""
    event, noun = draft.event, draft.match.head
    if not draft.nominal or event.recipient or event.type not in OUTCOME_TYPES or noun.dep_ != "pobj":
        return
    prep = head_of(noun)
    verb = head_of(prep)
    if prep.lower_ != "in" or verb.lemma_ not in DYING_VERBS:
        return
    subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in ("who", "that") and verb.dep_ == "relcl":
        subject = head_of(verb)
    if subject is not None and subject.pos_ == "NUM":     # "*18 of* their fighters died in ..."
        subject = next((o for p in children_of(subject) if p.dep_ == "prep" and p.lower_ == "of"
                        for o in children_of(p) if o.dep_ == "pobj"), subject)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return
    found = entities_for(subject, actors) or ([_phrase(subject)] if names_a_party(subject) or
                                              people_noun(subject) else [])
    event.recipient = [e for e in found if not any(_same(e, a) for a in event.actor)]


def passive_doer(draft: Draft, actors: list[Entity]) -> None:
    """"a service for an officer gunned down *by the suspects*": the "by" agent of a passive
    verb trigger does the act, so a source the model took from another clause (the subject of
    the verb the patient hangs on) gives way to it, coded or as a phrase naming a party
    (roles32). A source inside the trigger's own clause stays."""
    if draft.nominal:
        return
    head = draft.match.head
    # the trigger's own "by" phrase: not one of a participle coordinated with it ("a report to be
    # released next month and *seen by* Reuters")
    agent = next((o for c in children_of(head) if c.dep_ == "agent" for o in children_of(c)
                  if o.dep_ == "pobj"), None)
    event = draft.event
    if agent is None or in_dateline(agent) or agent.i in draft.match.tokens:
        return
    span = phrase_span(agent)
    own = (head.left_edge.idx, _subtree_end(head))
    if any(e.start < span.end and span.start < e.end for e in event.actor) or \
            any(own[0] <= e.start < own[1] for e in event.actor):
        return
    found = entities_for(agent, actors) or ([_phrase(agent)] if names_a_party(agent) or people_noun(agent)
                                            else [])
    if not found or any(e.start < span.end and span.start < e.end for e in event.recipient):
        return
    event.actor = found


def blamed_source(draft: Draft, actors: list[Entity]) -> None:
    """Without a source, or with only the one who blames, an act noun one is blamed, punished or
    held for ("blamed *the rebels* for the bombing", ``roles_syntax.blamed_doer``) has that one as
    its source; so has the casualty verb of a relative clause on such a noun ("for an attack *that
    killed* 21 people"). Such a source counts as one the rules found (``Draft.rule_parties``)."""
    event, head = draft.event, draft.match.head
    relative = head.dep_ == "relcl" and head_of(head).pos_ == "NOUN"
    act = head if draft.nominal else (head_of(head) if relative else None)
    doer_token = blamed_doer(act) if act is not None else None
    if doer_token is None or in_dateline(doer_token):
        return
    # who blames is no doer: "*Peru* blamed the rebels for an attack that killed 12"
    blamer = [(c.left_edge.idx, _subtree_end(c)) for c in children_of(head_of(doer_token))
              if c.dep_ == "nsubj"]
    if any(not any(start <= e.start < end for start, end in blamer) for e in event.actor):
        return
    found = entities_for(doer_token, actors) or ([_phrase(doer_token)] if names_a_party(doer_token)
                                                 or _of_people(doer_token) else [])
    event.actor = [e for e in found if not any(_same(e, r) for r in event.recipient)]
    # a party the syntax names, as the dependency rules' own: the act keeps under the partyless floor
    draft.rule_parties = draft.rule_parties or bool(event.actor)


def included_parties(draft: Draft, actors: list[Entity]) -> None:
    """A party's "including" phrase ("arrested 100 gang members, *including the leader of the
    clan*", ``roles_syntax.included``) names parties on its side: each joins, coded or as a
    phrase when it names a party or people."""
    event, doc = draft.event, draft.match.head.doc
    for side in (event.actor, event.recipient):
        for entity in list(side):
            root = entity_root(doc, entity)
            if root is None:
                continue
            for item in included(root):
                found = entities_for(item, actors) or \
                    ([_phrase(item)] if names_a_party(item) or _of_people(item) else [])
                side += [f for f in found if not any(_same(f, t) for t in event.actor + event.recipient)]


def _owner_undergoes(draft: Draft) -> bool:
    """Whether the owner of the act noun undergoes it ("*its* release", "*their* arrest",
    ``UNDERGONE_NOUNS`` of acts done to someone)."""
    return draft.event.type in OWNED_UNDERGONE and draft.match.head.lemma_.lower() in UNDERGONE_NOUNS


def _noun_types(noun: Token) -> set[str]:
    """The event types the trigger lexicon gives a noun ("shelling": ASSAULT)."""
    return {e.type for e in load_triggers().lookup("noun", noun.lemma_.lower())}


def passive_owner(draft: Draft, actors: list[Entity]) -> bool:
    """Before the model, "*Ghana's* proposal was rejected *by the union*": the owner of the passive
    subject noun inside the trigger is whom the act answers, its target, and the "by" object its
    source, though the rules read the owner as the doer (its troops stand for it). Returns whether
    it set the sides: the model then changes no source."""
    noun, verb, event = draft.match.noun, draft.match.head, draft.event
    if draft.nominal or noun is None or noun.dep_ != "nsubjpass" or head_of(noun).i != verb.i:
        return False
    agent = passive_agent(verb)
    owners = [c for c in children_of(noun) if c.dep_ == "poss"]
    if agent is None or not owners or in_dateline(agent):
        return False
    found = [e for o in owners for e in (entities_for(o, actors) or _owner_phrase(o, actors, []))]
    if not found:
        return False
    event.actor = entities_for(agent, actors) or [_phrase(agent)]
    event.recipient = [e for e in found if not any(_same(e, a) for a in event.actor)]
    return bool(event.recipient)


def between_sides(draft: Draft, actors: list[Entity]) -> None:
    """A joint act noun named with its parties after "between" and given no source ("a firefight
    *between the guards and the raiders*", ``roles_syntax.between_objects``) takes them all on
    the source side, reciprocal, as an act between two parties is coded; one entity naming
    both ("the guards and the raiders") is the whole source (roles28)."""
    event, noun = draft.event, draft.match.head
    if event.actor or noun.pos_ not in ("NOUN", "PROPN", "VERB") \
            or (noun.pos_ == "VERB" and noun.tag_ != "VBG"):
        return
    named = between_objects(noun)
    if len(named) < 2:
        return      # "between" one party: a place or a time ("between Mosul and ..." misparsed)
    parties = [e for t in named for e in ([a for a in actors if a.start <= t.idx < a.end] or [_phrase(t)])]
    if not all(any(_same(r, p) for p in parties) for r in event.recipient):
        return      # a target of its own
    event.actor = [p for i, p in enumerate(parties) if not any(_same(p, q) for q in parties[:i])]
    event.recipient = []    # "talks between X and Y" read with both as targets


def listed_parties(draft: Draft, actors: list[Entity]) -> None:
    """A party in a list the parser split at its commas takes the list's other items on its side
    (``roles_syntax.list_mates``; docs/annotation.md: "for a list, take the whole coordination"),
    each an actor or a phrase: "*The bank*, the broker and two other firms were sued by
    regulators", "The army, the police and *the militia* attacked". In a list with a party in it
    (an actor, a party noun) an uncoded item joins when it names people (``people_noun``), has
    the form of a noun of people (``person_form``: "the *broker*") or names a
    business (``{firm}``: "two other *firms*"), whether or not the actors stage knows it; the
    things listed with a person stay off ("The mayor, *the budget* and *the roads* were
    criticised"), and in a list of things only items that name a party join."""
    event, doc = draft.event, draft.match.head.doc
    for side in (event.actor, event.recipient):
        listed = len(side)
        for entity in list(side):
            root = entity_root(doc, entity)
            if root is None or in_dateline(root):
                continue
            mates = list_mates(root)
            party = any(entities_for(t, actors) or names_a_party(t) or people_noun(t) for t in (root, *mates))
            for item in mates:
                taken = event.actor + event.recipient
                coded = [a for a in actors if a.start <= item.idx < a.end]
                named = names_a_party(item) or (party and _of_people(item))
                found = coded[:1] or ([_phrase(item)] if named else [])
                side += [f for f in found if not any(_same(f, t) for t in taken)]
        if len(side) > listed:
            side.sort(key=lambda e: e.start)    # in the list's order


def _of_people(noun: Token) -> bool:
    """Whether a common noun names people or has their form ("the *clerk*", "the *broker*"), or
    names a business (``{firm}``: "two other *firms*")."""
    return people_noun(noun) or person_form(noun) or noun.lemma_.lower() in class_words("firm")


def joint_noun(draft: Draft, actors: list[Entity]) -> list[Entity]:
    """A joint act noun held "with" a party ("her talks *with the envoy*", "negotiations *with the
    pirates*", ``roles_syntax.joint_counterparts``): that party is the counterpart, the target,
    and the noun's possessor, when it has one, the source (docs/annotation.md: "the minister said
    after *her* talks with the envoy": the source is "her"); without one the rules' other parties
    stay the source. Returns the counterparts set: with a source, the model, which may take the
    counterpart or a speaker above for the source, then changes none; without one, it may find
    the holder ("Rubio will join X for *the talks* with Y"), never among the counterparts."""
    noun, event = draft.match.head, draft.event
    if not draft.nominal or event.type not in JOINT_TYPES or noun.i not in draft.match.tokens:
        return []
    parties = [e for t in joint_counterparts(noun) if t.i not in draft.match.tokens and not in_dateline(t)
               for e in ([a for a in event.actor + event.recipient if a.start <= t.idx < a.end]
                         or entities_for(t, actors) or ([_phrase(t)] if names_a_party(t) else []))]
    if not parties:
        return []
    owner = next((c for c in children_of(noun) if c.dep_ == "poss"), None)
    held = [e for e in event.actor if not any(_same(e, p) for p in parties)]
    if owner is not None:
        held = entities_for(owner, actors) or [_phrase(owner)]
    event.actor = [e for e in held if not any(_same(e, p) for p in parties)]
    event.recipient = [p for i, p in enumerate(parties) if not any(_same(p, q) for q in parties[:i])]
    return event.recipient


def no_place_doer(draft: Draft, actors: list[Entity]) -> list[tuple[int, int]]:
    """The places a verb trigger says its act was done in or at ("was arrested *in the
    capital*", ``roles_syntax.place_objects``), which leave its source side and may not be put
    there, and leave its target side when another party is on it: where an act is done is its
    location, not a party to it. Returns their character spans."""
    if draft.nominal:
        return []
    head, doc = draft.match.head, draft.match.head.doc
    # the place the parser hangs on the object hit ("attacked *the convoy in southern Sudan*")
    entry = draft.match.trigger
    forced = draft.event.type in FORCE_OBJECT_TYPES and not (entry is not None and entry.reciprocal)
    hit = [o for o in children_of(head) if forced and o.dep_ == "dobj" and o.pos_ in ("NOUN", "PROPN")
           and o.i not in draft.match.tokens]
    words = (place_objects(head) | {i for o in hit for i in named_places(o)}) - set(draft.match.tokens)
    spans = [(doc[i].idx, doc[i].idx + len(doc[i])) for i in sorted(words)]
    event = draft.event
    event.actor = [e for e in event.actor if not any(start <= e.start < end for start, end in spans)]
    # "remains jailed *in Istanbul*": no target beside the editor; a place that is all the target
    # ("arrived *in Kisumu*", "sought refuge *in the embassy*") stays, unless it is where the
    # object of an act of force was hit: that object is the target (roles30)
    held = [e for e in event.recipient if not any(start <= e.start < end for start, end in spans)]
    named = {doc[i].idx for o in (head, *hit) for i in named_places(o)}
    if not held and hit and event.recipient and all(e.start in named for e in event.recipient):
        held = [e for o in hit for e in (entities_for(o, actors) or [_phrase(o)])]
    event.recipient = held or event.recipient
    return spans


def drop_instruments(draft: Draft, actors: list[Entity]) -> set[int]:
    """Take what an act of force is done with off its target side ("pounded the hideouts
    *with heavy artillery*", ``roles_syntax.instruments``); a side left empty takes the
    direct object hit, coded or as a phrase. Returns the instruments' word indices: no
    candidate for either side."""
    tools = [] if draft.nominal else instruments(draft.match.head, draft.event.type, set(draft.match.tokens))
    spans = [phrase_span(t) for t in tools]
    event = draft.event
    held = [e for e in event.recipient if not any(e.start < s.end and s.start < e.end for s in spans)]
    if not held and event.recipient:
        held = [e for o in children_of(draft.match.head) if o.dep_ == "dobj" and o.i not in draft.match.tokens
                for e in (entities_for(o, actors) or [_phrase(o)])]
    event.recipient = held
    return {t.i for tool in tools for t in tool.subtree}


def without_goods(draft: Draft) -> set[int]:
    """Take what a verb of acquiring gets off its target side ("bought *tanks* from South
    Korea", ``roles_syntax.goods``): the seller is the counterpart. Returns the goods' word
    indices: no candidate for either side."""
    if draft.nominal:
        return set()
    inside = {t.i for noun in goods(draft.match.head) for t in noun.subtree}
    doc = draft.match.head.doc
    spans = [(doc[i].idx, doc[i].idx + len(doc[i])) for i in inside]
    draft.event.recipient = [e for e in draft.event.recipient
                             if not any(e.start < end and start < e.end for start, end in spans)]
    return inside


def join_subjects(draft: Draft, actors: list[Entity]) -> bool:
    """Make a verb trigger that is a joint act of the parties its subject coordinates ("*Kenya
    and Tanzania* agreed to share data on *border crossings*", ``roles_syntax.joint_subject_words``):
    an uncoded phrase then leaves the target side, and the model fills no empty one, so the act
    stays reciprocal (issue 19). Returns whether the act is such a joint act."""
    head = draft.match.head
    if draft.nominal or draft.event.type not in JOINT_TYPES or not joint_subject_words(head):
        return False
    event = draft.event
    event.recipient = [e for e in event.recipient if e.kind != "phrase"]
    if not event.recipient:       # every party the subject coordinates on the actor side
        subject = next(c for c in children_of(head) if c.dep_ == "nsubj")
        for party in (subject, *subject.conjuncts):    # a conjunct the actors stage left uncoded too
            own = [e for e in entities_for(party, actors) if e.start <= party.idx < e.end] or [_phrase(party)]
            event.actor += [e for e in own if not any(_same(e, a) for a in event.actor)]
    return True


def drop_following(draft: Draft) -> set[int]:
    """Take off the target side whom a clause the verb trigger goes on with is done to
    ("stormed a police station, killing *three officers*", ``roles_syntax.following_clauses``)
    while a target of the trigger's own stays, unless only an uncoded phrase would stay for a
    coded party taken off ("stormed the town, killing five Somali soldiers"); victims of a
    country none of the own targets has stay too. Returns those clauses' word indices (no
    candidate then), or none when a victim stayed."""
    if draft.nominal:
        return set()
    inside = following_clauses(draft.match.head, set(draft.match.tokens)) - second_acts(draft)
    doc = draft.match.head.doc
    spans = [(doc[i].idx, doc[i].idx + len(doc[i])) for i in inside]
    event = draft.event
    own = [e for e in event.recipient if not any(e.start < end and start < e.end for start, end in spans)]
    coded = [e for e in event.recipient if e not in own and e.kind != "phrase"]
    if not own or (coded and all(e.kind == "phrase" for e in own)):
        return set()       # "stormed *the town*, killing five *Somali soldiers*": a coded party stays
    # victims of another country than the act's own targets stay: they are whom the dyad is
    # with ("attacked the Crocus City Hall, killing 60 *Russians*")
    countries = {e.country for e in own if e.country}
    kept = [e for e in coded if e.country and e.country not in countries]
    event.recipient = own + kept
    return inside if not kept else set()


def second_acts(draft: Draft) -> set[int]:
    """The word indices of the verbs coordinated with a verb trigger that tell a second act of
    its type, no casualty it led to ("detained the organisers and *arrested twelve students*",
    "shelled Kidal and *bombed Tessalit*"): merged into the trigger's event (``code.merge_coordinated``),
    they keep the targets they name (roles32); "attacked the base and *killed* twelve soldiers"
    tells the attack's outcome, whose victims leave the target side."""
    head = draft.match.head
    lexicon = load_triggers()
    acts = [c for c in children_of(head) if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > head.i
            and c.lemma_ not in OUTCOME_VERBS
            and any(t.type == draft.event.type for t in lexicon.lookup("verb", c.lemma_.lower()))]
    return {t.i for c in acts for t in c.subtree}


def _phrase(token: Token) -> Entity:
    span = phrase_span(token)
    return Entity(span.text, span.start, span.end, kind="phrase")


def other_clause(trigger: Token, token: Token) -> bool:
    """Whether the candidate lies outside a clause that holds the trigger and has a subject of
    its own, a noun: "X says bodies were found since *the attacks* began" (the attacks' clause
    has its subject; the bodies belong to the finding), "Survivors told *VOA* the attackers
    singled out passengers, *shooting* many". A bystander there is no party, whatever the role
    model's path says (issue 19). A clause without a subject ("stormed the village, *killing*
    five") shares its doer, and a pronoun subject ("X said *it* will release Y", "the attack,
    *which* killed five") stands for a noun outside."""
    up_from_token = {t.i for t in (token, *ancestors_of(token))}
    rise = itertools.takewhile(lambda t: t.i not in up_from_token, _trigger_chain(trigger)[0])
    return any(_own_clause(t) and not _reporter(token, t) for t in rise)


# where _own_clause keeps its answer per word in ``doc.user_data``
_OWN_CLAUSE_KEY = "eventwire.own_clause"


def _own_clause(verb: Token) -> bool:
    """A finite clause hung on a word, with a noun subject ("for an aide *to be extradited*"
    is the authorizer's act: no finite clause). Read once per word and Doc (asked for the
    words above the trigger for every candidate)."""
    return once_per_token(verb, _OWN_CLAUSE_KEY, _is_own_clause)


def _is_own_clause(verb: Token) -> bool:
    return verb.pos_ in ("VERB", "AUX") and verb.dep_ in CLAUSE_DEPS and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")
        for c in children_of(verb)) and not any(
        c.dep_ in ("aux", "auxpass", "mark") and c.lower_ == "to" for c in children_of(verb))


def _reporter(token: Token, clause: Token) -> bool:
    """"*Putin* said his country will not lift the ban": the subject of a verb above a
    reported clause may be taken for the doer of the act it reports (the dev sets' reading; a
    coded-news judge takes the country), as the role model learned; whom it is told to is not
    ("told *VOA* the attackers singled out ..."), nor the reporter of words that the clause says
    someone else spoke (:func:`speech_of_its_own`)."""
    return clause.dep_ == "ccomp" and token.dep_ == "nsubj" and head_of(token) in ancestors_of(clause) \
        and not speech_of_its_own(clause)


def speech_of_its_own(clause: Token) -> bool:
    """"The ambassador said *critics had called* the policy shameful": a reported clause that
    is itself speech (a verb of saying or of naming, ``naming`` entries) by a subject noun of
    its own has that speaker, never the reporter."""
    speech = clause.lemma_.lower() in SAY_LEMMAS or clause.lemma_.lower() in naming_verbs()
    return speech and any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in children_of(clause))


@functools.cache
def naming_verbs() -> frozenset[str]:
    """The verbs of the lexicon's naming entries ("call", "brand", "describe")."""
    return frozenset(e.words[0] for e in load_triggers().entries if e.naming)


def add_doer(draft: Draft) -> None:
    """Without a source after the model, the phrase the text marks as doing the act, uncoded
    ("was sued *by shareholders*", "an attack *by gunmen*", the by-phrase the parser hangs on
    a noun trigger's patient: "the arrest of X *by police*"), as the rules give an act without
    a coded target the phrase it is done to (``code.phrase_recipients``): both sides of the
    dyad (issue 19)."""
    event = draft.event
    if event.actor or not event.recipient:
        return
    token = doer(draft.match.head, draft.nominal) or next(
        iter(patient_agents(draft.match.head) if draft.nominal else []), None)
    if token is None or in_dateline(token):
        return
    _phrase_doer(event, token)


def add_purpose_party(draft: Draft, actors: list[Entity]) -> None:
    """Without a target after the model, or with only what a verb of sending sends, the party
    its infinitive of purpose acts on ("sent engineers to support *the coast guard*",
    ``roles_syntax.purpose_parties``), coded or as a phrase; so too for a verb of sending the
    trigger takes as its infinitive ("offered to send engineers to help *the army*": what is
    offered is help to the army, roles30)."""
    if draft.nominal:
        return
    verb, event = draft.match.head, draft.event
    senders = [(verb, event.type)] + [(m.head, m.trigger.type) for m in draft.embedded
                                      if m.head.dep_ == "xcomp" and head_of(m.head).i == verb.i]
    for sender, kind in senders:
        sent = [phrase_span(c) for c in children_of(sender) if c.dep_ == "dobj"]
        if any(not any(e.start < s.end and s.start < e.end for s in sent) for e in event.recipient):
            continue        # a target of the act's own stays
        found = [e for o in purpose_parties(sender, kind)
                 for e in (entities_for(o, actors) or ([_phrase(o)] if names_a_party(o) else []))]
        if found and not any(_same(e, a) for e in found for a in event.actor):
            event.recipient = found
            return


def _reacting(draft: Draft) -> tuple[int, int]:
    """The characters of the subject of a verb reacting to the act noun ("*the UN* condemned the
    attack", ``roles_syntax.reacting_subject``), which the model may not make its source; the
    rules' source there leaves, and without another the model adds none. (0, 0) when there is none."""
    subject = reacting_subject(draft.match.head) if draft.nominal else None
    if subject is None:
        return (0, 0)
    span = (subject.left_edge.idx, _subtree_end(subject))
    event = draft.event
    event.actor = [e for e in event.actor if not span[0] <= e.start < span[1]]
    owners = [c.idx for c in children_of(draft.match.head) if c.dep_ == "poss"]
    if event.type in PATIENT_OWNED and event.actor and not event.recipient \
            and all(any(e.start <= at < e.end for at in owners) for e in event.actor):
        event.actor, event.recipient = [], event.actor    # "condemned *Lai's* arrest": Lai undergoes it
    return span


def owner_undergoes(draft: Draft) -> bool:
    """"*Mech Dara's* arrest drew condemnation", "the *deputy's* slaying": a person who owns an
    act noun of holding, release, violence or punishment (``UNDERGONE_NOUNS``) undergoes the act,
    its target; a country or a body owning it, a measure imposed ("Trump's tariffs") and an act
    noun with a target of its own ("the police's arrest *of X*") keep the owner as the source.
    Moves such a lone owner to the target side before the model, which then adds no source.
    Returns whether it did."""
    event, noun = draft.event, draft.match.head
    if not draft.nominal or not event.actor or event.recipient or noun.lemma_.lower() not in UNDERGONE_NOUNS \
            or any(c.dep_ in ("prep", "acl") and c.lower_ not in ("in", "at", "from", "over", "for")
                   for c in children_of(noun)):
        return False
    owners = [c for c in children_of(noun) if c.dep_ == "poss"]
    if not owners or not all(e.kind in PERSON_KINDS and any(e.start <= o.idx < e.end for o in owners)
                             for e in event.actor):
        return False
    event.actor, event.recipient = [], event.actor
    return True


def undergone(draft: Draft, actors: list[Entity]) -> bool:
    """Before the model, the subject of a verb of undergoing whose object is the act noun is its
    target, not its source ("*the mayor* faces charges", ``roles_syntax.undergoer``); the source
    is only who the noun says made it ("charges *from* X"), and the model adds none. Returns
    whether the act is undergone. A light verb's noun counts too ("*the convoy* came under fire
    *from insurgents*"): who it comes from is the source."""
    noun = draft.match.noun or draft.match.head
    subject = undergoer(noun, draft.event.type)
    if subject is None:
        return False
    event = draft.event
    # coming under an act says who undergoes it whatever the subject is ("*the convoy* came under fire")
    named = names_a_party(subject) or (head_of(subject).lemma_.lower() in UNDER_VERBS
                                       and subject.pos_ in ("NOUN", "PROPN"))
    patient = entities_for(subject, actors) or ([_phrase(subject)] if named else [])
    if not patient:
        return False
    source = [e for t in undergone_sources(noun) for e in entities_for(t, actors) or [_phrase(t)]]
    if source:
        event.actor = source
    event.actor = [e for e in event.actor if not any(_same(e, p) for p in patient)]
    # one sent "to face charges" (``roles_syntax.controller``) is all the charges' target: the
    # sender and the destination the rules read on the clause above are not
    controlled = head_of(subject).i != subject.i and subject.dep_ != "nsubj"
    kept = [] if controlled else \
        [e for e in event.recipient if not any(_same(e, p) for p in patient + source)]
    event.recipient = patient + kept
    return True


def trigger_noun_owner(draft: Draft, actors: list[Entity]) -> None:
    """Without a target after the model, the owner of the noun inside a verb trigger where the
    owner undergoes what the noun names: a person or thing held or freed ("ordered *the
    captain's* release", "ordered *his* arrest", ``UNDERGONE_NOUNS``), or whose proposal, plan or
    demand is the passive subject of the verb ("*Ecuador's* proposal was rejected by X"). The
    model never weighs a possessor (:func:`candidates`); the active "rejected *X's* proposal" the
    rules read already. A noun with an object of its own ("the release *of* X") keeps it (roles30)."""
    noun, event = draft.match.noun, draft.event
    if draft.nominal or event.recipient or noun is None or noun.i == draft.match.head.i \
            or any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(noun)):
        return
    undergone_noun = noun.lemma_.lower() in UNDERGONE_NOUNS and event.type in OWNED_UNDERGONE
    if not undergone_noun and noun.dep_ != "nsubjpass":
        return
    owners = [c for c in children_of(noun) if c.dep_ == "poss"]
    found = [e for o in owners for e in (entities_for(o, actors) or _owner_phrase(o, actors, event.actor))]
    if found and not any(_same(e, a) for e in found for a in event.actor):
        event.recipient = found


OWNING_PERSONS = ("his", "her")   # possessive pronouns that stand for a person


def _owner_phrase(owner: Token, actors: list[Entity], exclude: list[Entity]) -> list[Entity]:
    """An uncoded owner as a party: a noun's phrase; "his" or "her" with the coding of the latest
    coded person before it in its sentence or the one before, other than the act's own actor
    ("convicted *Jorge Salas* and ordered *his* arrest"), else bare; no other pronoun ("ordered
    *its* release", "*their* proposal": a target that names no one is worse than none)."""
    if owner.pos_ != "PRON":
        return [_phrase(owner)]
    if owner.lower_ not in OWNING_PERSONS:
        return []
    end = owner.idx + len(owner.text)
    person = pronoun_antecedent(owner, actors, exclude, OWNING_PERSONS)
    if person is None:
        return [Entity(owner.text, owner.idx, end, kind="pronoun")]
    return [dataclasses.replace(person, text=owner.text, start=owner.idx, end=end, kind="pronoun")]


def add_trigger_party(draft: Draft, actors: list[Entity]) -> None:
    """After the model, the party a trigger names in its own "with" or "against" phrase, or after
    the "to" it ends with ("clashed *with police*", "returned X to *its owner*",
    ``roles_syntax.trigger_parties``) is the target: the model sees no word of the trigger."""
    found = [e for t in trigger_parties(draft.match) for e in (entities_for(t, actors) or [_phrase(t)])]
    event = draft.event
    if found and not any(_same(e, a) for e in found for a in event.actor) \
            and not any(_same(e, r) for e in found for r in event.recipient):
        event.recipient = found


def own_doer(draft: Draft) -> None:
    """Before the model, an act noun without a source takes the modifier that names who does
    it, uncoded ("a *militia* raid on X", ``syntax.modifier_doer``), and so does one whose
    source the model may take from outside the noun, an uncoded subject of a verb above it ("*a
    reporter* covered the police raid on X"): the noun's own word says more. Never a candidate, the
    modifier stays after the model (:func:`_unseen`)."""
    event, noun = draft.event, draft.match.head
    if not draft.nominal or any(noun.left_edge.idx <= e.start < _subtree_end(noun) or e.kind != "phrase"
                                for e in event.actor):
        return      # a source of the noun's own, or a coded one, stays
    token = modifier_doer(noun)
    if token is None or token.i in draft.match.tokens or in_dateline(token):
        return
    _phrase_doer(event, token)


def passive_patient(draft: Draft, actors: list[Entity]) -> bool:
    """Before the model, a passive participle's noun is its target and its "by" object its only
    source ("two reporters *detained by the police*"), where the rules read the noun as the doer.
    Returns whether the participle names no agent: the model, which reads its path through the
    main clause, may then give it none ("a soldier *killed* in X" was not killed by the subject)."""
    head = draft.match.head
    noun = None if draft.nominal else reduced_passive(head, draft.event.type)
    if noun is None:
        return False
    event = draft.event
    patient = [e for word in (noun, *noun.conjuncts)      # "*two soldiers and a driver* stand accused"
               for e in ([a for a in event.actor if a.start <= word.idx < a.end]
                         or entities_for(word, actors))]
    patient = [p for i, p in enumerate(patient) if not any(_same(p, q) for q in patient[:i])]
    if not patient:
        return False
    agent = shared_agent(head)
    event.actor = (entities_for(agent, actors) or [_phrase(agent)]) if agent is not None else \
        [e for e in event.actor if not any(_same(e, p) for p in patient)]
    event.recipient = patient + [e for e in event.recipient if not any(_same(e, p) for p in patient)
                                 and not any(_same(e, a) for a in event.actor)]
    return agent is None


def _phrase_doer(event: Event, token: Token) -> None:
    """The phrase of ``token`` as the event's only source, unless it is one of its targets."""
    found = _phrase(token)
    if not any(_same(found, e) for e in event.recipient):
        event.actor = [found]


def _subtree_end(token: Token) -> int:
    last = token.doc[token.right_edge.i]
    return last.idx + len(last)


def _unseen(draft: Draft, scored: list[tuple[Entity, dict[str, float]]]) -> bool:
    """Whether the rules' actor of a noun trigger is none of the candidates: the model cannot
    weigh it, and the rules' reading stands (issue 19). The noun's own possessor or modifier
    ("*Iraq's* invasion of Kuwait", "the *U.S.* airstrike") is never a candidate. (A light
    verb's possessor, "withdraw *its* troops", is no actor of its own and may be replaced, and
    so may a person owning an act done to people, who is mostly its patient: "*Lai's*
    release", "*Zamora's* arrest".)"""
    actor = draft.event.actor
    if not draft.nominal or not actor or \
            (draft.event.type in PATIENT_OWNED and all(e.kind == "person" for e in actor)):
        return False
    return not any(_same(e, s[0]) for e in actor for s in scored)


def _relative_doer(draft: Draft) -> bool:
    """Whether the rules' actor is the noun whose relative pronoun is the trigger's subject
    ("Officials condemned *the gunmen* who kidnapped ..."): the model, which weighs the noun by
    its path through the main clause, may not replace it."""
    noun = relative_doer(draft.match.head)
    return noun is not None and any(e.start <= noun.idx < e.end for e in draft.event.actor)


def _pronoun_doer(draft: Draft) -> bool:
    """Whether the trigger verb's own subject is a personal pronoun no speaker named above it
    stands for ("the governor criticized the senator after *she* attacked ..."): the pronoun is
    the source (``coref.pronoun_source``), and the model, which weighs an uncoded pronoun low,
    may not put a party of another clause in its place."""
    head = draft.match.head
    if draft.nominal or draft.event.actor:
        return False
    pronoun = next((c for c in children_of(head) if c.dep_ == "nsubj"), None)
    if pronoun is None or pronoun.lower_ not in PERSONAL_SUBJECTS:
        return False
    return not any(t.i < pronoun.i and t.lemma_ in SAY_LEMMAS and
                   any(c.dep_ == "nsubj" and c.pos_ != "PRON"
                       for c in children_of(t)) for t in ancestors_of(head))


def _fillers(found: list[tuple[Entity, dict[str, float], bool]], side: list[Entity]
             ) -> list[tuple[Entity, dict[str, float]]]:
    """The candidates that may take a side: any where the rules filled it, none of another
    clause where they left it empty."""
    return [(entity, probabilities) for entity, probabilities, elsewhere in found if side or not elsewhere]


def _needed(side: list[Entity]) -> float:
    return MIN_PROBABILITY if side else FILL_PROBABILITY


def _put(draft: Draft, side: str, other: str, entity: Entity) -> None:
    """Make `entity` the party on `side` (unless it is there already) and off `other`."""
    if not any(_same(entity, e) for e in getattr(draft.event, side)):
        setattr(draft.event, side, [entity])
    setattr(draft.event, other, [e for e in getattr(draft.event, other) if not _same(entity, e)])
