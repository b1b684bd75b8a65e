"""Coding events: triggers -> roles, modality, codes, size and claims per sentence."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import cast

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from eventwire import datafiles, ontology
from eventwire.events import detect, rules
from eventwire.events.claims import find_claims
from eventwire.events.confidence import Recorder, features, load_model
from eventwire.events.coref import (
    COUNTERPART_TYPES,
    PERSONAL_SUBJECTS,
    meeting_counterparts,
    pronoun_antecedent,
    pronoun_source,
    resolve_nominals,
)
from eventwire.events.evaluative import verdicts
from eventwire.events.figurative import as_criticism, figurative
from eventwire.events.hazards import DESTRUCTION_CAMEO, caused_by_hazard
from eventwire.events.lexicon import NONE_TYPE, TriggerLexicon, class_words
from eventwire.events.match import Match, find_matches
from eventwire.events.modality import (
    attribute_quotes,
    attribution_of,
    breached,
    cues,
    is_background,
    is_negated,
    modality_of,
)
from eventwire.events.roles import assign_roles
from eventwire.events.roles import candidates as role_candidates
from eventwire.events.roles import features as role_features
from eventwire.events.roles import load_model as roles_model
from eventwire.events.roles_syntax import (
    AIM_PREPS,
    JOINT_TYPES,
    act_agents,
    aims,
    between_parties,
    circumstance,
    condition_subjects,
    control_objects,
    destinations,
    in_dateline,
    inner_patients,
    is_means,
    joint_act,
    joint_subject,
    misattached_destinations,
    names_a_party,
    names_no_party,
    names_nobody,
    names_the_act,
    noun_participles,
    outside_dateline,
    patient_noun,
    person_form,
    purpose_addressees,
    shelter_places,
    topics,
    trigger_preps,
    withdrawing,
)
from eventwire.events.size import casualty_counts, quantities_in
from eventwire.events.syntax import (
    AMOUNT_ENTS,
    SAY_LEMMAS,
    agent_aims,
    is_possessor,
    locative_objects,
    passive_agent,
    passive_subject,
    prep_objects,
    reporting_speaker,
    response_addressees,
    subject_of,
    unique,
)
from eventwire.nlp.phrases import (
    ancestors_of,
    children_of,
    entities_for,
    entity_root,
    head_of,
    overlapping,
    phrase_span,
    sentence_of,
    span_text,
)
from eventwire.records import Article, Claim, Entity, Event, EventType, SentenceRef, Size, Span

VERB_RECIPIENT_PREPS = ("with", "to", "on", "against", "from", "at", "into", "upon")
NOUN_RECIPIENT_PREPS = ("of", "with", "to", "on", "against", "from", "in", "into", "for", "upon")
REQUEST_PREPS = ("for", "from")
AIMED_TYPES = ("ASSAULT", "PROTEST", "THREATEN")   # acts that fire or throw things at someone
LOCATIVE_TYPES = ("ASSAULT", "COERCE", "MOBILIZE", "AID")
# verbs of talking whose object is the topic talked about, never a party to the event
TALK_VERBS = datafiles.words("events", "talk_verbs.tsv")
JUDGE_VERBS = frozenset(datafiles.words("events", "judge_verbs.tsv"))
AGENT_OF_TYPES = ("RETREAT", "MOBILIZE", "PROTEST", "CONCEDE")
# acts given or made by who comes after "from" on their noun: "support *from France*", "aid
# from Norway", "a request from X", "threats from Y" (not "withdrawal from", "release from")
FROM_AGENT_TYPES = ("SUPPORT", "AID", "REQUEST", "THREATEN", "ACCUSE", "SANCTION")
# and sanctions, embargoes and boycotts (CAMEO 163, PLOVER COERCE restrict): "sanctions from
# the EU" are the EU's, where "arrests from" or "release from" name no doer
FROM_AGENT_CAMEO = ("163",)
# verbs whose subject resists an act it is the target of ("to counter *threats from Iran*",
# "Kenyan troops repelled an attack"), as the subject of ``rules.UNDERGO_VERBS`` undergoes it
DISPLACING_TYPES = ("ASSAULT", "COERCE", "SANCTION")   # acts whose destination is no target
RESISTING_VERBS = ("counter", "repel", "repulse", "resist", "withstand", "deter", "thwart", "foil")
# a candidate the dependency rules found no coded party for is kept only when the confidence
# model finds it more likely right than wrong (rules.keep, without a model, drops them all)
PARTYLESS_FLOOR = 0.5
# verbs that claim an act for their subject ("claimed responsibility", "took responsibility"):
# the first also with the act as its own object ("did not claim the attack")
CLAIM_VERBS = ("claim", "take", "accept", "assume")
# the parties whose coordinated common nouns are parties beside them (``like_party``)
CONJOINED_KINDS = ("group", "person")
# ... when they name people or bodies (``data/party_nouns.tsv``, or a noun of people by its end)
PARTY_NOUNS = frozenset(datafiles.words("events", "party_nouns.tsv"))
PEOPLE_ENDINGS = ("people", "person", "man", "men")
FORCE_TYPES = ("ASSAULT",)       # acts whose uncoded targets' conjuncts are targets too
NO_PHRASE = ("it", "this", "that", "which", "what", "who", "them", "themselves", "itself")


@dataclass
class Draft:
    """An event being built: the match, its embedded acts, and the Event itself."""

    match: Match
    event: Event
    embedded: list[Match] = field(default_factory=list)
    nominal: bool = False
    detected: dict[str, float] | None = None   # the detector's label probabilities at the trigger
    rule_parties: bool = False                 # the dependency rules found a coded party


def from_agent(match: Match) -> bool:
    """Whether who comes after "from" on the act's noun gives or makes the act."""
    return match.trigger.type in FROM_AGENT_TYPES or match.trigger.cameo in FROM_AGENT_CAMEO


def code_events(article: Article, triggers: TriggerLexicon) -> None:
    """Code the events of an article.

    Reads ``article.doc``, ``article.actors`` (office nouns are resolved on copies),
    ``article.text``; writes ``article.events`` (ids ``{article.id}:ev-{n}`` in text order).
    ``date`` and ``location`` stay None; :func:`~eventwire.events.refine_modes` runs later.
    """
    article.events = []
    if article.doc is None:
        return
    drafts: list[Draft] = []
    pending: list[tuple[set[str], Claim]] = []
    actors = resolve_nominals(article.actors)
    for index, sentence in enumerate(article.doc.sents):
        found = code_sentence(article, actors, sentence, index, triggers, drafts, pending)
        rules.settle_claims(pending, found)
        drafts += found
    settle_recipients(drafts, actors)
    attribute_quotes(article, [d.event for d in drafts])
    learned_roles(drafts, actors)
    per_sentence = Counter(d.event.sentence.index for d in drafts)
    model = load_model() if Recorder.confidence else None
    for draft in drafts:
        described = features(draft, per_sentence[draft.event.sentence.index]) \
            if model is not None or Recorder.on else None
        draft.event.confidence = model.probability(described) \
            if model is not None and described is not None else rules.confidence(draft)
        draft.event.features = described if Recorder.on else None
    if model is not None and not Recorder.on:
        drafts = [d for d in drafts if d.rule_parties or d.event.confidence >= PARTYLESS_FLOOR]
    settle_sources(drafts, article.doc, actors)
    denied = [d.match for d in drafts if d.event.modality == "reported_denied"]   # the acts kept
    drafts = [d for d in drafts if not rules.denies_named_act(d.match, denied)]
    for number, draft in enumerate(sorted(drafts, key=lambda d: d.event.trigger.start), start=1):
        draft.event.id = f"{article.id}:ev-{number}"
        article.events.append(draft.event)


def settle_sources(drafts: list[Draft], doc: Doc, actors: list[Entity]) -> None:
    """The last word on each side, after the confidence, which was weighed with the sides
    as the roles left them: the conjuncts of a party (``coordinated_parties``), every party
    of a joint act on one side (``joint_parties``), no thing on a side, no reporter as the
    doer of an act a noun names (``reporter_no_doer``), a pronoun subject as the source
    (``coref.pronoun_source``)."""
    for draft in drafts:
        for side in ("recipient", "actor") if draft.event.recipient else ():
            coordinated_parties(draft.event, doc, actors, side, alike=not draft.match.trigger.reciprocal)
        if draft.match.trigger.reciprocal:
            # the reporter first: "Officials said the talks with X failed" is no meeting of officials
            reporter_no_doer(draft)
            joint_parties(draft.event, doc)
    drop_things(drafts, doc)
    for draft in drafts:
        drop_places(draft)
        reporter_no_doer(draft)
        disowned_doer(draft)
        pronoun_source(draft)


def drop_places(draft: Draft) -> None:
    """No side holds where the people an act moves are sent, or what a joint act is about
    (``no_party_objects``), though the role model or the conjuncts put it there: "deported
    173 women and children *to Turkey*" has the deported as its target, "a meeting *on
    Afghanistan*" has no Afghan party (issue 19)."""
    event, doc = draft.event, draft.match.head.doc
    elsewhere = no_party_objects(draft.match.head, draft.match)
    if not elsewhere:
        return

    def placed(entity: Entity) -> bool:
        # a phrase goes only when it is the place ("deported *2,374 migrants to Honduras*" stays),
        # and so a coded party: the actors stage may code the patient with its destination
        if entity.kind == "phrase":
            return entity_root(doc, entity) in elsewhere
        return any(overlapping([entity], t.idx, t.idx + len(t)) and phrase_span(t).start <= entity.start
                   for t in elsewhere)

    event.actor = [e for e in event.actor if not placed(e)]
    event.recipient = [e for e in event.recipient if not placed(e)]


def reporter_no_doer(draft: Draft) -> None:
    """"The UN said sexual violence was used as a weapon", "India condemned the attacks on
    hospitals": who reports or judges an act that a noun names is not its doer, though the
    sentence may name no one else. Going up from the noun, through clauses with no subject
    of their own, to a verb that reports or judges (``judge_verbs.tsv``: "said", "condemned";
    not "announced" or "declared", whose subject often did what it tells), that verb's subject
    leaves the actor side. A noun with a possessor keeps its actor ("Russia
    said its strikes hit ..."), and a clause with a subject of its own is where the doer is
    ("X said it launched attacks")."""
    head = draft.match.head
    # a gerund heading a subject names the act as a noun would ("X says *fighting* in Y has
    # forced thousands to flee")
    named = draft.nominal or (head.tag_ == "VBG" and head.dep_ in ("nsubj", "nsubjpass"))
    if not named or not draft.event.actor or any(c.dep_ == "poss" for c in children_of(head)):
        return
    for verb in ancestors_of(head):
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        if verb.lemma_.lower() in JUDGE_VERBS:
            reporters = [e for c in children_of(verb) if c.dep_ == "nsubj"
                         for e in overlapping(draft.event.actor, c.idx, c.idx + 1)]
            draft.event.actor = [e for e in draft.event.actor if e not in reporters]
            return
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c != head for c in children_of(verb)):
            return


def disowned_doer(draft: Draft) -> None:
    """"The militants did not claim responsibility for the attack": a claim of an act that is
    negated names no doer. The act a noun names, as the object of a verb of claiming ("did not
    claim the attack") or of a noun of involvement under one ("has not claimed *responsibility*
    for the bombing", ``modality_cues.tsv``), loses that verb's subject from its actor side. A
    claim made gives the act its doer ("Y claimed responsibility for the bombing": Y's attack),
    and a denial ("denied involvement") is the modality's ``reported_denied``."""
    token = draft.match.head
    if not draft.nominal or not draft.event.actor:
        return
    above = head_of(head_of(token))
    through_involvement = (token.dep_ == "pobj" and head_of(token).dep_ == "prep"
                           and above.lemma_ in cues()["involvement"])
    if through_involvement:
        token = above
    verb = head_of(token)
    # "take", "accept", "assume" claim an act only through a noun of involvement: "has not
    # taken the offensive" is no disowned attack
    claims = verb.lemma_ == CLAIM_VERBS[0] or (through_involvement and verb.lemma_ in CLAIM_VERBS)
    if token.dep_ != "dobj" or not claims or not is_negated(verb):
        return
    for subject in (c for c in children_of(verb) if c.dep_ == "nsubj"):
        phrase = phrase_span(subject)
        claimants = overlapping(draft.event.actor, phrase.start, phrase.end)
        draft.event.actor = [e for e in draft.event.actor if e not in claimants]


def coordinated_parties(event: Event, doc: Doc, actors: list[Entity], side: str = "recipient",
                        alike: bool = True) -> None:
    """"urged *Europe and the United States* to ...", "support for businesses in *Nigeria
    and other African countries*": the phrases coordinated with a party are parties on its
    side too. The rules take the conjuncts of an object only where an actor stands for it,
    and the role model puts one candidate on a side; a conjunct no actor stands for joins as
    an uncoded phrase when it names a party (``roles_syntax.names_a_party``), not the means
    or instruments listed with a patient ("provided *X* with aircraft, vehicles and
    weapons"), or when it is a common noun of the party's sort (``like_party``; not for a
    joint act, `alike` False, whose sides ``joint_parties`` merges only when all name parties).
    Only an act with a target: on a side alone, several actors mean a joint act."""
    parties: list[Entity] = getattr(event, side)
    for entity in list(parties):
        root = entity_root(doc, entity)
        if root is None:
            continue
        for conjunct in root.conjuncts:
            taken = event.actor + event.recipient
            at = conjunct.idx, conjunct.idx + 1
            if conjunct.pos_ not in ("NOUN", "PROPN") or in_dateline(conjunct) or overlapping(taken, *at):
                continue
            coded = overlapping(actors, *at)
            phrase = phrase_span(conjunct)
            party = names_a_party(conjunct) or (alike and like_party(event, entity, root, conjunct))
            if coded or (party and not overlapping(taken, phrase.start, phrase.end)):
                parties.append(coded[0] if coded else
                               Entity(phrase.text, phrase.start, phrase.end, kind="phrase"))


def like_party(event: Event, entity: Entity, root: Token, conjunct: Token) -> bool:
    """Whether a common noun coordinated with a party is a party of the same sort: with
    people ("abducted *the aid workers* and *their driver*") the conjunction gives both one
    role, and so with an uncoded phrase hit by force ("attacked *the village* and *the
    market*", "stormed a palace and other *buildings*"), and so with a coded nominal of no
    people ("attacked the village, the market and *the school*"). Elsewhere an uncoded phrase
    is mostly a thing, and its conjuncts things too ("banned *protests* and *freedom of
    expression*"), and beside a coded thing or office the nouns listed are the means
    ("provided X with *aircraft*, vehicles and weapons"), and beside people, among them a
    nominal whose head (`root`) has a person's form (``person_form``), only nouns of people
    or bodies ("seized the smugglers and *their boats*", "attacked a journalist and *his
    car*": no boats, no car)."""
    if conjunct.pos_ != "NOUN":
        return False
    people = entity.kind in CONJOINED_KINDS or (entity.kind == "nominal" and (
        person_form(root) or root.lemma_.lower().endswith(PEOPLE_ENDINGS)))
    if entity.kind in ("phrase", "nominal") and not people:
        return event.type in FORCE_TYPES
    # beside people, only nouns of people or bodies: "seized the smugglers and *their boats*"
    # joins no boats
    lemma = conjunct.lemma_.lower()
    return people and (
        names_a_party(conjunct) or lemma in PARTY_NOUNS or lemma.endswith(PEOPLE_ENDINGS))


def joint_parties(event: Event, doc: Doc) -> None:
    """"will meet X for *talks*": the role model may make the other party of a joint act its
    target; it is a party beside the first, as the rules have it (``build_draft``). Not so
    when a target is no party (the topic or the place: "*discussed* global security"): the
    sides stay as the model left them."""
    def party(entity: Entity) -> bool:
        return entity.kind != "phrase" or ((root := entity_root(doc, entity)) is not None
                                           and names_a_party(root))

    # a lone counterpart stays the target ("negotiations with the kidnappers": no source)
    if event.actor and event.recipient and all(party(e) for e in event.recipient):
        event.actor, event.recipient = unique(event.actor + event.recipient), []


def drop_things(drafts: list[Draft], doc: Doc) -> None:
    """No side holds a thing in place of a party (``roles_syntax.names_no_party``): "Papandreou
    condemned *the killings*" has no target; nor a party that names no one
    (``roles_syntax.names_nobody``: "*no group* has claimed the blast"). An act of several
    parties keeps its recipient: with none, every party on the actor side would read as a
    joint act."""
    for draft in drafts:
        event = draft.event
        event.actor = [e for e in event.actor
                       if not names_no_party(e, doc, "actor") and not names_nobody(e, doc)]
        recipient = [e for e in event.recipient
                     if not names_no_party(e, doc, "recipient") and not names_nobody(e, doc)]
        if recipient or len(event.actor) < 2:
            event.recipient = recipient


def learned_roles(drafts: list[Draft], actors: list[Entity]) -> None:
    """The role model's sources and targets (``events/roles.py``); while training, each
    candidate's features are kept on the event."""
    model = roles_model() if Recorder.roles else None
    if model is None and not Recorder.on:
        return
    for draft in drafts:
        if Recorder.on:
            draft.event.role_features = [(e.start, e.end, role_features(draft, token, e))
                                         for token, e in role_candidates(draft, actors)]
        if model is not None:
            assign_roles(draft, actors, model)


def settle_recipients(drafts: list[Draft], actors: list[Entity]) -> None:
    """Recipients from the discourse (the dyad, the meeting's other side), else the
    person a pronoun patient refers to, else the uncoded phrase the act is done to."""
    rules.inherit_recipients(drafts)
    meeting_counterparts(drafts)
    for draft in drafts:
        if not draft.event.recipient:
            draft.event.recipient = pronoun_recipients(draft, actors) or phrase_recipients(draft)


def pronoun_recipients(draft: Draft, actors: list[Entity]) -> list[Entity]:
    """"Trump called Erdogan and urged *him* to ...": a personal pronoun patient stands for
    the person it refers to (``coref.pronoun_antecedent``)."""
    token = recipient_token(draft.match, draft.nominal)
    if token is None or token.pos_ != "PRON":
        return []
    found = pronoun_antecedent(token, actors, draft.event.actor)
    if found is None:
        return []
    return [found if found.start >= sentence_of(token).start_char else at_pronoun(found, token)]


def at_pronoun(found: Entity, pronoun: Token) -> Entity:
    """The person a pronoun refers to, named in the sentence before, as a mention at the pronoun:
    the event's parties stay in the sentence that states it, with the person's name and codes."""
    return Entity(pronoun.text, pronoun.idx, pronoun.idx + len(pronoun), name=found.name or found.text,
                  country=found.country, sector=found.sector, office=found.office,
                  known_as=found.known_as, kind=found.kind)


def code_sentence(article: Article, actors: list[Entity], sentence: SpacySpan, index: int,
                  lexicon: TriggerLexicon, earlier: list[Draft],
                  pending: list[tuple[set[str], Claim]]) -> list[Draft]:
    """The events of one sentence, with size, quantities and claims attached."""
    if rules.skip_sentence(sentence):
        return []
    found = find_matches(sentence, lexicon)
    matches = [as_criticism(m, lexicon, actors) for m in found if m.trigger.type != NONE_TYPE
               and not rules.is_denial(m) and not caused_by_hazard(m) and not figurative(m, actors)]
    model = Recorder.detector or (detect.load_model() if Recorder.detect else None)
    probabilities: dict[int, dict[str, float]] = {}
    if model is not None:
        probabilities = detect.scores(sentence, found, model)
    learned = Recorder.on or (Recorder.confidence and load_model() is not None)
    drafts = []
    for match, embedded in rules.absorb_frames(matches):
        draft = build_draft(article, actors, sentence, index, match, embedded)
        if draft is not None and (learned or rules.keep(draft)):
            draft.detected = probabilities.get(match.head.i)
            drafts.append(draft)
            for meeting in refused_meetings(article, actors, sentence, index, draft):
                meeting.detected = probabilities.get(meeting.match.head.i)
                drafts.append(meeting)
    drafts += condemnation_drafts(article, actors, sentence, index, lexicon, earlier + drafts)
    drafts = rules.merge_outcomes(merge_coordinated(rules.merge_same(own_objects(drafts, lexicon))))
    attach_sizes(sentence, drafts)
    attach_quantities(sentence, drafts)
    attach_claims(sentence, drafts, earlier, lexicon, pending)
    return drafts


def refused_meetings(article: Article, actors: list[Entity], sentence: SpacySpan, index: int,
                     draft: Draft) -> list[Draft]:
    """"Refused to meet the envoy", "declined to hold talks": besides the REJECT ``meet``, the
    meeting refused, coded negated (docs/annotation.md §4); a proposal of talks rejected is not
    a meeting refused by its own party."""
    if draft.event.type != "REJECT" or draft.event.mode != "meet" or draft.match.trigger.kind != "verb":
        return []
    found = []
    for inner in draft.embedded:
        infinitive = inner.head if inner.head.dep_ == "xcomp" else head_of(inner.head)
        if inner.trigger.type != "CONSULT" or infinitive.dep_ != "xcomp" \
                or head_of(infinitive).i != draft.match.head.i:
            continue
        meeting = build_draft(article, actors, sentence, index, inner, [])
        if meeting is not None:
            meeting.event.negated = True
            found.append(meeting)
    return found


def condemnation_drafts(article: Article, actors: list[Entity], sentence: SpacySpan, index: int,
                        lexicon: TriggerLexicon, earlier: list[Draft]) -> list[Draft]:
    """"“The shelling is *barbaric*,” the minister said": a condemnation with no verb of accusing
    is an ACCUSE from the speaker to the doer of the act judged (``events/evaluative.py``), unless
    the sentence already holds one."""
    if any(d.event.type == "ACCUSE" and d.event.sentence.index == index for d in earlier):
        return []
    found = []
    for verdict in verdicts(article, sentence, lexicon, actors, [d.event for d in earlier]):
        draft = build_draft(article, actors, sentence, index, verdict.match, [])
        if draft is not None:
            draft.event.actor = verdict.actor
            draft.event.recipient = [e for e in verdict.recipient if e not in verdict.actor]
            draft.rule_parties = bool(draft.event.actor or draft.event.recipient)
            found.append(draft)
    return found


def own_objects(drafts: list[Draft], lexicon: TriggerLexicon) -> list[Draft]:
    """"Insurgents ambushed *a convoy*, wounding five soldiers": a verb's direct object is its
    patient even when the actors stage coded nothing there, so before the sentence's acts of
    one type merge, an act with a clause of its type hanging on it takes that object
    (uncoded, unless it names an act itself: "mobilize *protests*"), and the first does not
    take the second's patient."""
    for draft in drafts:
        head = draft.match.head
        if draft.nominal or draft.event.recipient or not any(
                other.event.type == draft.event.type and not other.nominal
                and head_of(other.match.head) == head
                and other.match.head.dep_ in ("advcl", "conj") for other in drafts if other is not draft):
            continue
        token = recipient_token(draft.match, nominal=False)
        if token is not None and token.dep_ == "dobj" and head_of(token) == head \
                and not lexicon.lookup("noun", token.lemma_.lower()):
            draft.event.recipient = phrase_recipients(draft)
    return drafts


def merge_coordinated(drafts: list[Draft]) -> list[Draft]:
    """"Gunmen stormed *a police post* and killed *nine officers*": verbs of one type
    coordinated under one subject tell one happening, though each kept its own object
    (``own_objects``), so ``rules.merge_same`` found their targets at odds. The later verb
    goes into the first, which keeps its trigger (the counts either verb governs come to it)
    and takes the other's parties, a coded party before an uncoded phrase. A verb with a
    subject of its own ("... and *soldiers* killed five"), another type ("arrested X and
    released Y"), polarity or modality stays apart."""
    by_token = {d.event.trigger_token: d for d in drafts}
    gone: set[int] = set()
    for draft in sorted(drafts, key=lambda d: d.match.head.i):
        head = draft.match.head
        first = by_token.get(head_of(head).i)
        if draft.nominal or head.dep_ != "conj" or first is None or first is draft \
                or first.nominal or not same_act(first.event, draft.event) \
                or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children_of(head)):
            continue
        first.rule_parties = first.rule_parties or draft.rule_parties
        for side in ("actor", "recipient"):
            merged = getattr(first.event, side) + [
                e for e in getattr(draft.event, side)
                if not overlapping(getattr(first.event, side), e.start, e.end)]
            setattr(first.event, side, sorted(merged, key=lambda e: e.kind == "phrase"))
        by_token[head.i] = first     # "stormed, looted and burned": a conjunct of this one too
        gone.add(id(draft))
    return [d for d in drafts if id(d) not in gone]


def same_act(first: Event, other: Event) -> bool:
    """Whether two coordinated verbs' events may be one act: one type, polarity and modality,
    and no party of one on the other's opposite side."""
    def crossed(side: list[Entity], opposite: list[Entity]) -> bool:
        return any(overlapping(opposite, a.start, a.end) for a in side)

    return not crossed(first.actor, other.recipient) and not crossed(first.recipient, other.actor) \
        and first.type == other.type and first.negated == other.negated \
        and first.modality == other.modality


def locative(match: Match, also: tuple[str, ...] = ()) -> bool:
    """Whether a trigger with no object of its own may take the place it happens in as its
    target ("troops attacked the town"): acts on a place and its people, not the destruction
    of property (CAMEO 1712: "torched cars in Nairobi" harms the cars' owners, not Kenya)."""
    return match.trigger.type in LOCATIVE_TYPES + also and match.trigger.cameo != DESTRUCTION_CAMEO


def build_draft(article: Article, actors: list[Entity], sentence: SpacySpan, index: int,
                match: Match, embedded: list[Match]) -> Draft | None:
    """A Draft for one trigger match (None when it makes no event)."""
    head, entry = match.head, match.trigger
    nominal = entry.kind == "noun"
    if (nominal and rules.not_an_occurrence(head)) or rules.participle_as_noun(head):
        return None
    actor, recipient = roles(head, match, actors, nominal)
    for inner in embedded:
        if not recipient:
            recipient = roles(inner.head, inner, actors, inner.trigger.kind == "noun")[1]
    actor, recipient = outside_dateline(actor, head), outside_dateline(recipient, head)
    # a one-sided act of force ("an attack ... between X and Y") takes no "between" of its verb
    one_sided = entry.type in DISPLACING_TYPES and not entry.reciprocal
    joint = between_parties(head, actors, not one_sided) if nominal else []
    if len(joint) > 1:
        actor, recipient = unique(actor + joint), []   # "talks between X and Y"
    if joint_subject(head, entry.type, actor):
        recipient = []                          # "X and Y agreed to ...": both are parties
    if entry.reciprocal or (rules.reciprocal_subject(head) and (entry.type in JOINT_TYPES or not recipient)):
        # "the two sides agreed", "both sides accused each other"; not "two journalists accused *the
        # police*", whose act has a target of its own
        actor, recipient = unique(actor + recipient), []
    recipient = [e for e in recipient if e not in actor]
    modality, cue = modality_of(head)
    event_type, mode, cameo = rules.codes(entry, embedded, modality, cue)
    cameo = rules.statement_about(head) or cameo   # "claimed responsibility for the attack"
    if event_type == "ASSAULT" and mode is None:
        # "a *grenade* attack", "*rockets* hit the town"; a code finer than plain force (a killing
        # 1823, a breached truce 196) stays
        mode, weapon_cameo = rules.weapon_mode(head) or (None, cameo)
        cameo = weapon_cameo if cameo == rules.FORCE_CAMEO else cameo
    if event_type == "PROTEST" and mode == "demo":
        mode, cameo = rules.unrest_mode(head) or (mode, cameo)   # "scuffles broke out at the march"
    negated = is_negated(head)
    # a refused concession, and an agreement not reached, are REJECT; an agreement reached and
    # then broken ("violated the truce"), or not reached yet, stays a negated AGREE
    if negated and event_type in ("AGREE", "CONCEDE") and (modality != "asserted" or (
            event_type == "AGREE" and reaching_agreement(match) and not breached(head)
            and not pending(head))):
        event_type, mode, cameo, negated = (*rules.refusal_codes(entry, embedded), False)
    trigger_end = max(head.idx + len(head), *(head.doc[i].idx + len(head.doc[i]) for i in match.tokens))
    trigger_start = min(head.doc[i].idx for i in match.tokens)
    event = Event(
        id="", type=cast(EventType, event_type), mode=mode,   # the lexicon's types are checked on load
        contexts=rules.contexts_for(entry, embedded, sentence),
        actor=actor, recipient=recipient, date=None, location=None,
        cameo=cameo, quad=ontology.quad(event_type),
        intensity=ontology.intensity(event_type, mode),
        trigger=Span(article.text[trigger_start:trigger_end], trigger_start, trigger_end),
        sentence=SentenceRef(index, sentence.start_char, sentence.end_char),
        negated=negated, modality=modality, background=is_background(head),
        attribution=attribution_of(head, actors), size=Size(), claims=[],
        trigger_token=head.i,
    )
    return Draft(match, event, embedded, nominal, rule_parties=bool(actor or recipient))


def pending(head: Token) -> bool:
    """"have not *yet* reached an agreement": an agreement still awaited is no refusal."""
    return any(c.lower_ == "yet" for c in children_of(head))


def reaching_agreement(match: Match) -> bool:
    """Whether a trigger tells of agreeing itself ("did not *agree*", "failed to *reach a
    deal*", "no *accord*": a noun of ``modality_cues.tsv``'s agreements), whose negation is a
    refusal; a promise, offer or assurance not made ("can give no assurance", "did not offer
    enough") is no rejection of anyone's terms."""
    words = {match.head.lemma_.lower(), *(match.head.doc[i].lemma_.lower() for i in match.tokens)}
    return bool(words & {"agree", "reach", *cues()["agreement"]})


def roles(head: Token, match: Match, actors: list[Entity], nominal: bool
          ) -> tuple[list[Entity], list[Entity]]:
    """(actor, recipient) entities from the dependency parse around the trigger."""
    if nominal:
        return noun_roles(head, match, actors)
    return verb_roles(head, match, actors)


def verb_roles(verb: Token, match: Match, actors: list[Entity]) -> tuple[list[Entity], list[Entity]]:
    """Active: subject acts on objects; passive: the ``by`` agent acts on the subject."""
    patient = passive_subject(verb)
    if patient is not None and (match.noun is None or patient != match.noun):
        actor = entities_for(passive_agent(verb), actors)
        recipient = entities_for(patient, actors)
    else:
        subject = subject_of(verb)
        actor = entities_for(subject, actors) or speaker_parties(subject, actors)
        recipient = []
        for child in children_of(verb):
            if child.dep_ in ("dobj", "dative", "iobj") and child != match.noun and \
                    verb.lemma_ not in TALK_VERBS and not is_possessor(child) and \
                    not is_means(verb, child, match.trigger.type):
                recipient += entities_for(child, actors) or act_agents(child, actors)
        recipient += inner_patients(match, actors)
        if match.clause is not None:
            recipient += entities_for(subject_of(match.clause), actors)
    preps = VERB_RECIPIENT_PREPS + (REQUEST_PREPS if match.trigger.type in ("REQUEST", "SUPPORT",
                                                                             "ACCUSE") else ())
    preps += trigger_preps(verb, match)       # "arrive *in* X"
    elsewhere = no_party_objects(verb, match)
    givers: list[Entity] = []
    for owner in [verb, *([match.noun] if match.noun is not None else [])]:
        # "launched a probe *of* X", "lifted its blockade *of* X": the of-object of an act noun
        # in the trigger is its patient
        own = ("of",) if owner is match.noun and names_the_act(match, None) \
            and not withdrawing(match.noun, match.trigger.type) else ()   # "withdrawal *of troops*"
        for obj in prep_objects(owner, preps + own):
            if obj == match.noun or (owner is match.noun and obj.i in match.tokens):
                continue     # "lifted a state *of emergency*": the act's own name
            if obj in elsewhere:
                recipient += topic_owners(obj, actors)
                continue
            if head_of(obj).lower_ == "from" and from_agent(match) \
                    and match.noun is not None and names_the_act(match, match.trigger.type):
                givers += entities_for(obj, actors)     # "won support *from Japan*"
            else:
                recipient += entities_for(obj, actors)
    if givers:
        actor, recipient = givers, actor + recipient
    if not recipient:
        recipient = [e for obj in means_destinations(verb, match) for e in entities_for(obj, actors)]
    if not recipient and match.trigger.type in AIMED_TYPES:
        recipient = [e for obj in aims(verb) for e in entities_for(obj, actors)]
    if not recipient and match.noun is not None:
        recipient = [e for participle in noun_participles(match.noun)
                     for obj in prep_objects(participle, preps) for e in entities_for(obj, actors)]
    if not recipient:
        recipient = [e for obj in response_addressees(verb) for e in entities_for(obj, actors)]
    if not recipient and match.trigger.type in COUNTERPART_TYPES:
        recipient = [e for obj in purpose_addressees(verb) for e in entities_for(obj, actors)]
    if not recipient and refusal(verb, match):
        recipient = [e for obj in condition_subjects(verb) for e in entities_for(obj, actors)]
    if not recipient and not match.trigger.reciprocal:
        recipient = [e for obj in control_objects(verb) for e in entities_for(obj, actors)]
    if not recipient and locative(match, ("COOPERATE",)):
        recipient = [e for obj in locative_objects(verb) for e in entities_for(obj, actors)]
    if not recipient and match.trigger.type == "REQUEST":
        recipient = [e for obj in shelter_places(verb) for e in entities_for(obj, actors)]
    if not actor and withdrawing(verb, match.trigger.type):
        # "to pull *all U.S. troops* from X": the forces withdrawn are the withdrawer's own
        # (``roles_syntax.withdrawing``) and stand for it
        actor = [e for obj in children_of(verb) if obj.dep_ == "dobj" for e in entities_for(obj, actors)]
    if match.noun is not None and not actor:
        # "its troops" stand for their owner, but a patient's own modifier is no owner: in
        # "accept *returned* asylum seekers" the entity "returned" lies in is the seekers
        inside = patient_noun(match) is not None
        actor = [e for e in possessors(match.noun, actors)
                 if not (inside and e.start <= match.noun.idx < e.end)]
    return unique(actor), unique(e for e in recipient if e not in actor)


def speaker_parties(pronoun: Token | None, actors: list[Entity]) -> list[Entity]:
    """The speaker a reported clause's pronoun subject stands for ("Norway said *it* was ready to
    host talks", "the minister announced that *he* would step down"), when the two agree in
    kind: "he" or "she" a person (a name, or a noun of an office one holds), "it" a country or a
    body ("it" after a person, or "she" after a country, is someone or something else)."""
    speaker = reporting_speaker(pronoun) if pronoun is not None else None
    if pronoun is None or speaker is None:
        return []
    personal = pronoun.lower_ in PERSONAL_SUBJECTS
    return [e for e in entities_for(speaker, actors) if _a_person(e) == personal]


def _a_person(entity: Entity) -> bool:
    """Whether an entity is one person: a named one, or a noun of an office a person holds (not
    of a body: word class ``body_office``)."""
    if entity.kind == "person":
        return True
    return entity.kind == "nominal" and entity.office is not None and \
        entity.office.split()[-1].lower() not in class_words("body_office")


def refusal(verb: Token, match: Match) -> bool:
    """Whether a verb trigger refuses: one of rejecting ("refused", "rejected") or a negated
    act ("will not end the strike"), which ``build_draft`` codes as a rejection. A negated
    act told in the past ("troops *did not withdraw* until peacekeepers arrived", "never
    left until ...") tells when it was done, no refusal that waits on another party."""
    return match.trigger.type == "REJECT" or (is_negated(verb) and not told_past(verb))


def told_past(verb: Token) -> bool:
    """A verb in the simple past or with a past auxiliary ("withdrew", "did not withdraw",
    "was not freed"), not a modal or a present ("will not", "would not", "does not")."""
    auxiliaries = [c for c in children_of(verb) if c.dep_ in ("aux", "auxpass")]
    if auxiliaries:
        return auxiliaries[0].tag_ == "VBD"
    return verb.tag_ == "VBD"


def no_party_objects(head: Token, match: Match) -> list[Token]:
    """The objects of the trigger's prepositions that name no party to the act: where a verb
    that moves people sends them in an act of force or coercion ("deported refugees *to
    Somalia*", ``roles_syntax.destinations``; not in aid, mobilization or a release, whose
    destination receives what is sent or freed) and what a joint act
    is about ("a meeting *on Somalia*", ``roles_syntax.topics``)."""
    found = destinations(head) if match.trigger.type in DISPLACING_TYPES and head.pos_ == "VERB" else []
    if match.trigger.type in JOINT_TYPES:
        found += topics(head, match.noun)
    return found


def topic_owners(topic: Token, actors: list[Entity]) -> list[Entity]:
    """"failed to reach agreement on *North Korea's* denuclearisation": the possessor of a
    topic of a joint act that is the possessor's act or conduct is mostly the other party;
    the owner of a thing talked about ("talks on *China's* fishing fleet",
    ``roles_syntax.owners_act``) is none, nor a place the topic is, or names ("talks on
    Ukraine", "a deal on the *Irish* border")."""
    from eventwire.events.roles_syntax import owners_act

    if not owners_act(topic):
        return []
    return [e for c in children_of(topic) if c.dep_ == "poss" for e in entities_for(c, actors)]


def means_destinations(verb: Token, match: Match) -> list[Token]:
    """"Britain sent vehicles and a team of paratroopers *to Lebanon*": the destination the
    parser hung on the last noun of the means a verb sends (``roles_syntax.is_means``)."""
    return [obj for child in children_of(verb) if child.dep_ == "dobj" and child != match.noun
            and is_means(verb, child, match.trigger.type) for obj in misattached_destinations(child)]


def possessors(noun: Token, actors: list[Entity]) -> list[Entity]:
    """Entities in the noun's possessive, adjectival or compound modifiers, or its by-phrase."""
    found = []
    for child in children_of(noun):
        if child.dep_ in ("poss", "amod", "compound", "nmod") and child.i < noun.i:
            found += entities_for(child, actors)
    found += entities_for(passive_agent(noun) or next(iter(prep_objects(noun, ("by",))), None), actors)
    if not found:
        # "the threats *made by* X", "attacks carried out by X": the agent of a participle on the noun
        found += [e for c in children_of(noun) if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")
                  for e in entities_for(passive_agent(c), actors)]
    return found


def noun_roles(noun: Token, match: Match, actors: list[Entity]) -> tuple[list[Entity], list[Entity]]:
    """"India's condemnation of Pakistan": the possessor acts, the of/with/to object receives."""
    actor = possessors(noun, actors)
    recipient = []
    preps = NOUN_RECIPIENT_PREPS if match.trigger.type in LOCATIVE_TYPES else \
        tuple(p for p in NOUN_RECIPIENT_PREPS if p != "in")
    elsewhere = no_party_objects(noun, match)
    for obj in prep_objects(noun, preps) + agent_aims(noun):
        if obj in elsewhere:
            recipient += topic_owners(obj, actors)
            continue
        if (head_of(obj).lower_ == "of" and match.trigger.type in AGENT_OF_TYPES) or \
                (head_of(obj).lower_ == "from" and from_agent(match)):
            actor += entities_for(obj, actors)
        else:
            recipient += entities_for(obj, actors)
    if noun.dep_ == "dobj" and head_of(noun).lemma_ in rules.UNDERGO_VERBS + RESISTING_VERBS \
            and (not actor or not recipient):
        # "Kenya received a request *from Uganda*": who receives it is the target
        recipient += [e for e in rules.governing_actor(noun, actors) if e not in actor]
    elif not actor and noun.dep_ in ("dobj", "conj"):
        actor = rules.governing_actor(noun, actors)
    if not actor:
        actor = crowd_doers(noun, actors)
    return unique(actor), unique(e for e in recipient if e not in actor)


CROWD_KINDS = ("nominal", "group")


def crowd_doers(noun: Token, actors: list[Entity]) -> list[Entity]:
    """A trigger noun that names the people doing the act, as the subject of its clause
    ("*Protesters* turned violent", "thousands of *demonstrators* poured into the streets"): the
    coded group it heads is its own source. Named as an object ("police arrested *protesters*")
    it tells of no act of theirs."""
    subject = noun
    if noun.dep_ == "pobj" and head_of(noun).lower_ == "of":
        subject = head_of(head_of(noun))          # "thousands of protesters", "some of the strikers"
        if not (subject.like_num or subject.ent_type_ == "CARDINAL"
                or subject.lemma_.lower() in class_words("share")):
            return []   # "the *arrest* of protesters": an act done to them
    if subject.dep_ != "nsubj" or head_of(subject).lemma_.lower() in SAY_LEMMAS:
        return []       # "demonstrators *said* ...", "protesters *were arrested*": no act of theirs
    if _festive(head_of(subject)):
        return []       # "demonstrators *celebrated* the verdict", "... in *celebration*"
    return [e for e in overlapping(actors, noun.idx, noun.idx + len(noun))
            if e.kind in CROWD_KINDS and entity_root(noun.doc, e) == noun]


def _festive(verb: Token) -> bool:
    """Whether `verb`, or a noun of its "in" phrase, tells of joy or grief (word class
    ``festive``): a crowd celebrating or mourning makes no protest of its own."""
    words = class_words("festive")
    if verb.lemma_.lower() in words:
        return True
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(o.lemma_.lower() in words
                                                             for o in children_of(c))
               for c in children_of(verb))


def phrase_recipients(draft: Draft) -> list[Entity]:
    """Without a coded recipient, the phrase the act is done to ("lifted a travel ban on
    *Chadian citizens*", "imposed a curfew in *parts of Kashmir*"), uncoded."""
    token = recipient_token(draft.match, draft.nominal)
    if token is None or token.pos_ not in ("NOUN", "PROPN", "PRON") or token.lower_ in NO_PHRASE \
            or token.ent_type_ in AMOUNT_ENTS or draft.match.trigger.reciprocal \
            or joint_act(draft.match.head, draft.event.type, draft.event.actor):
        return []
    span = phrase_span(token)
    parties = draft.event.actor
    if any(e.start < span.end and span.start < e.end for e in parties):
        return []
    return [Entity(span.text, span.start, span.end, kind="phrase")]


HAVEN_ENTS = ("GPE", "ORG", "NORP")   # a country, a city, an organisation


def recipient_token(match: Match, nominal: bool) -> Token | None:
    """The token heading the act's patient or addressee, by the same syntax as ``roles``."""
    head = match.head
    if nominal:
        return next(iter(prep_objects(head, ("of", "against", "on", "to", "with")) + agent_aims(head)), None)
    patient = passive_subject(head)
    if patient is not None and patient != match.noun:
        return patient
    sheltering = shelter_places(head) if match.trigger.type == "REQUEST" else []
    if sheltering:
        # "sought refuge *in X*": whom it is asked of, when X is a party ("in Bolivia", "in the
        # Swiss embassy"); a refuge that is no party ("in a church") is no target
        havens = [p for p in sheltering
                  if p.ent_type_ in HAVEN_ENTS or p.lemma_.lower() in class_words("haven")]
        return havens[0] if havens else None
    objects = [c for c in children_of(head) if c.dep_ in ("dobj", "dative", "iobj")
               and c != match.noun and not (match.noun is not None and c in ancestors_of(match.noun))
               and not is_possessor(c) and head.lemma_ not in TALK_VERBS
               and not is_means(head, c, match.trigger.type)]   # "donated *supplies* to X"
    elsewhere = no_party_objects(head, match)
    patient = patient_noun(match) if elsewhere else None
    if patient is not None:
        objects.append(patient)   # "deported *40 refugees* to Somalia": not where they went
    for owner in [head, *([match.noun] if match.noun is not None else [])]:
        # as in ``verb_roles``: the trigger's own preposition ("arrive *in* X") and the
        # of-object of an act noun in it ("lifted its blockade *of* X"), when it names a party
        own = trigger_preps(head, match) if owner is head else ()
        objects += [o for o in prep_objects(owner, VERB_RECIPIENT_PREPS + own)
                    if o != match.noun and o not in elsewhere]
        if owner is match.noun and names_the_act(match, None) and not withdrawing(owner, match.trigger.type):
            # only a party: "an investigation of *the killing*" is no target
            objects += [o for o in prep_objects(owner, ("of",))
                        if o.i not in match.tokens and names_a_party(o)]
    objects += means_destinations(head, match)
    aimed = [*prep_objects(head, AIM_PREPS), *aims(head)] if match.trigger.type in AIMED_TYPES else []
    if aimed and all(min(match.tokens) <= o.i <= max(match.tokens) for o in objects if o.dep_ == "dobj"):
        # "fired rubber bullets and tear gas *at the crowd*": the missiles the trigger names are
        # no target
        return aimed[0]
    if not objects and refusal(head, match):
        # "will not end the strike until *the ministry* raises wages": the party who must act
        objects = [s for s in condition_subjects(head) if names_a_party(s)]
    if not objects and not match.trigger.reciprocal:
        objects = control_objects(head, things=False)     # "threatened to shell *the tree*"
    if not objects and locative(match, ("RETREAT", "CONCEDE")):
        objects = [*locative_objects(head)]
        objects += locative_objects(match.noun) if match.noun is not None else []
        objects = [o for o in objects if not circumstance(o)]
    return objects[0] if objects else None


def attach_sizes(sentence: SpacySpan, drafts: list[Draft]) -> None:
    """Dead/injured/arrested counts go to the event whose trigger governs or is the count's verb."""
    for token, field_name, count in casualty_counts(sentence):
        draft = rules.nearest_draft(token, drafts, ("ASSAULT", "COERCE", "PROTEST", "MOBILIZE"))
        if draft is not None and getattr(draft.event.size, field_name) is None:
            setattr(draft.event.size, field_name, count)


def attach_quantities(sentence: SpacySpan, drafts: list[Draft]) -> None:
    """Quantities in a sentence go to its AID event nearest them, else its MOBILIZE (troops,
    warships), else COOPERATE, else AGREE/SUPPORT."""
    for start, quantity in quantities_in(span_text(sentence), sentence.start_char):
        for wanted in (("AID",), ("MOBILIZE",), ("COOPERATE",), ("AGREE", "SUPPORT")):
            candidates = [d for d in drafts if d.event.type in wanted]
            if candidates:
                best = min(candidates, key=lambda d: abs(d.event.trigger.start - start))
                best.event.size.quantities.append(quantity)
                break


def attach_claims(sentence: SpacySpan, drafts: list[Draft], earlier: list[Draft],
                  lexicon: TriggerLexicon, pending: list[tuple[set[str], Claim]]) -> None:
    """A claim goes to the event it is about: its head's event here, the last such event
    before, or (kept in ``pending``) the next event of the type its head noun names."""
    for head, claim in find_claims(sentence):
        draft = rules.claimed_draft(head, drafts, earlier, lexicon)
        if draft is not None:
            draft.event.claims.append(claim)
            continue
        named = {e.type for e in lexicon.lookup("noun", head.lemma_.lower())}
        if named:
            pending.append((named, claim))
