"""Dependency-parse helpers of the event coder (noun phrases live in ``nlp/phrases.py``)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Token

from eventwire import datafiles
from eventwire.events.roles_syntax import AMOUNT_ENTS as AMOUNT_ENTS  # re-exported: code.py reads it here
from eventwire.events.roles_syntax import (
    coordinated_patient,
    later_step,
    names_a_party,
    people_noun,
    real_subject,
)
from eventwire.nlp.phrases import children_of, head_of
from eventwire.records import Entity

SAY_LEMMAS = datafiles.words("events", "say_lemmas.tsv")
OBJECT_CONTROL_PREPS = ("for", "of", "with")   # the gerund's subject is the verb's object
MODIFIER_DEPS = ("compound", "amod", "nmod")   # "a *rebel* attack", "the *police* crackdown"
# entity labels of a modifier that does the act its noun names ("an *Israeli* raid"): a place
# ("the *Nairobi* attack") is where it was done, and a name there is often a place mislabelled
# ("the *Ghazni* attacks"); a coded person or group is the rules' (``code.noun_roles``)
DOER_ENTS = ("NORP",)
STANCE_PREFIXES = ("anti", "pro", "counter")   # "*anti*-government protests": against, not by
LEADING_PARTICIPLES = ("lead", "led", "back", "backed", "sponsor", "sponsored")   # "a *Saudi*-led strike"
# role words that, before an act noun, say its field and not who does it ("*military*
# cooperation", "*public* protests", "*security* talks")
FIELD_ADJECTIVES = ("military", "public", "security", "civil", "civilian", "national", "international",
                    "local", "community")


def unique(entities: Iterable[Entity]) -> list[Entity]:
    """Entities without repeats; one span coded to two countries ("the two sides") stays two."""
    found: list[Entity] = []
    for entity in entities:
        key = (entity.start, entity.end, entity.country)
        if all(entity is not other and key != (other.start, other.end, other.country)
               for other in found):
            found.append(entity)
    return found


def is_possessor(token: Token) -> bool:
    """A noun carrying a possessive "'s" ("India's fears" misparsed with "India" as object)."""
    return any(c.dep_ == "case" and c.lower_ in ("'s", "’s", "'") for c in children_of(token))


def governing_verbs(token: Token) -> Iterator[Token]:
    """The token (if verbal) and the verbs above it, nearest first, within the sentence."""
    current = token
    while True:
        if current.pos_ in ("VERB", "AUX") or current.dep_ == "ROOT":
            yield current
        if head_of(current) == current:
            return
        current = head_of(current)


def subject_of(verb: Token, depth: int = 0) -> Token | None:
    """The active subject of a verb, inherited through control, coordination and relatives.
    Of two subjects the parser gives one verb, the nearer one before it is the subject; the
    other is mostly a dateline ("NAIROBI, Kenya (AP) _ *The ambassador* wrapped up ...")."""
    subjects = [c for c in children_of(verb) if c.dep_ in ("nsubj", "csubj")]
    if subjects:
        before = [c for c in subjects if c.i < verb.i]
        return real_subject(before[-1] if before else subjects[0])
    if depth > 4 or head_of(verb) == verb:
        return None
    prep = gerund_preposition(verb)
    if prep is not None:
        return gerund_subject(prep, depth)
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj"):
        # a free participle ("..., re-establishing a presence") shares the subject of the
        # clause just before it
        before = [c for c in children_of(head_of(verb)) if c.i < verb.i and c.pos_ == "VERB"
                  and c.dep_ in ("advcl", "conj") and c.tag_ != "VBG"]
        for clause in reversed(before):
            found = next((c for c in children_of(clause) if c.dep_ == "nsubj"), None)
            if found is not None:
                return found
    carried = carried_subject(verb)
    if carried is not None:
        return real_subject(carried)
    if verb.dep_ in ("xcomp", "conj", "advcl", "pcomp", "acomp"):
        # an adjectival trigger ("Chad is *willing* to ...") has its copula's subject
        return subject_of(head_of(verb), depth + 1)
    if verb.dep_ in ("relcl", "acl") and head_of(verb).pos_ in ("NOUN", "PROPN"):
        return head_of(verb)
    return None


def gerund_preposition(verb: Token) -> Token | None:
    """The preposition on a verb whose gerund the verb is, or is conjoined with (issue 19,
    roles28): "convicted X *of* torturing", "accused X of arming Y and *of* shelling Z" (a
    preposition conjoined with the first), "condemned X *for* robbing Y and then attacking Z"
    (the second gerund, which the parser hangs on the verb, shares the first one's preposition).
    None when the verb is no such gerund or has a subject of its own."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb)):
        return None
    prep = head_of(verb)
    if verb.dep_ == "pcomp":
        while prep.dep_ == "conj" and head_of(prep).dep_ == "prep" and head_of(prep) != prep:
            prep = head_of(prep)        # "of arming X and *of* shelling Y"
        if prep.dep_ == "prep" and (head_of(prep).pos_ in ("VERB", "AUX") or charged_party(prep) is not None):
            return prep
        return None
    if verb.tag_ != "VBG" or verb.dep_ != "conj" or prep.pos_ not in ("VERB", "AUX") or prep.tag_ == "VBG":
        return None
    earlier = [c for c in children_of(prep) if c.dep_ == "prep" and c.i < verb.i
               and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in children_of(c))]
    return earlier[-1] if earlier else None


def charged_party(prep: Token) -> Token | None:
    """The object a verb's "of"/"for"/"with" phrase is hung on by the parser, when that object
    is a party charged or praised ("convicted *the officer* of beating X and of threatening Y"):
    the gerunds in the phrase are its acts, not the object's attributes."""
    noun = head_of(prep)
    if prep.lower_ not in OBJECT_CONTROL_PREPS or noun.dep_ not in ("dobj", "nsubjpass") \
            or head_of(noun).pos_ not in ("VERB", "AUX") or not (noun.pos_ == "PROPN" or names_a_party(noun)):
        return None
    return noun


def carried_subject(verb: Token) -> Token | None:
    """The passive subject of the verb above that an active verb below it does: the infinitive
    of a raising or control passive ("*the two leaders* are set to hold talks", "*X* was
    expected / asked to resign") and an active verb coordinated with a passive one ("*X* was
    charged with fraud and will resign"). A coordinated bare participle ("was arrested and
    *charged*"), or one with a complement ("was convicted and *found guilty*"), is passive
    itself (``shared_patient``)."""
    if verb.dep_ not in ("xcomp", "conj") or verb.pos_ not in ("VERB", "AUX") \
            or any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "agent") for c in children_of(verb)):
        return None
    if verb.dep_ == "conj" and not any(c.dep_ == "aux" for c in children_of(verb)) and (
            verb.tag_ == "VBN" or any(c.dep_ in ("acomp", "oprd") for c in children_of(verb))):
        return None     # "was convicted and *found guilty*": a participle read as a past tense
    if verb.dep_ == "conj" and not any(c.dep_ == "auxpass" for c in children_of(head_of(verb))):
        return None
    return next((c for c in children_of(head_of(verb)) if c.dep_ == "nsubjpass"), None)


SPEAKER_PRONOUNS = ("it", "he", "she")   # a reported clause's subject that may be its speaker


def reporting_speaker(pronoun: Token) -> Token | None:
    """The named subject of the say verb whose reported clause a pronoun is the subject of
    ("*Norway* said it was ready to host talks", "*the minister* announced that he would
    step down"); None when the pronoun is no such subject or the speaker is a pronoun too.
    A past act a person's "he" or "she" tells ("the prosecutor said *she attacked* her
    neighbour") is mostly someone else's, a suspect's: that speaker stands only for a clause of
    its own plans or stance (``plan_or_stance``); a body's "it" tells its own acts too ("the army
    said *it launched* attacks"). Whether the pronoun agrees with the speaker in kind is for
    the caller to judge."""
    if pronoun.lower_ not in SPEAKER_PRONOUNS or (
            pronoun.lower_ != "it" and not plan_or_stance(head_of(pronoun))):
        return None
    speaker = named_speaker(pronoun)
    if speaker is None or speaker.tag_ in ("NNS", "NNPS") \
            or any(c.dep_ == "conj" for c in children_of(speaker)):
        return None     # "analysts said it ...": a singular pronoun stands for no plural speaker
    return real_subject(speaker)


def named_speaker(pronoun: Token) -> Token | None:
    """The subject, not a pronoun, of the say verb whose reported clause a pronoun is the subject
    of ("*the minister* said he ..."), whether or not the pronoun stands for it."""
    if pronoun.pos_ != "PRON" or pronoun.dep_ != "nsubj":
        return None
    clause = head_of(pronoun)
    while clause.dep_ in ("xcomp", "conj") and head_of(clause) != clause:
        clause = head_of(clause)
    say = head_of(clause)
    if clause.dep_ != "ccomp" or say.lemma_.lower() not in SAY_LEMMAS or say.i > pronoun.i:
        return None
    speaker = next((c for c in children_of(say) if c.dep_ == "nsubj"), None)
    return None if speaker is None or speaker.pos_ == "PRON" else speaker


def plan_or_stance(verb: Token) -> bool:
    """Whether a reported clause tells its subject's plans or stance, not a past act ("she
    attacked", "it had destroyed", "did not attack"): a modal ("would resign", "will host"), a
    present ("is ready", "has not visited", "plans to"), a copula ("was ready to", "was
    willing") or a verb of intent with an infinitive ("decided to withdraw")."""
    children = children_of(verb)
    auxiliaries = [c for c in children if c.dep_ in ("aux", "auxpass")]
    past = auxiliaries[0].tag_ == "VBD" if auxiliaries else verb.tag_ == "VBD"
    return not past or verb.lemma_ == "be" or any(c.dep_ == "xcomp" for c in children)


def gerund_subject(prep: Token, depth: int) -> Token | None:
    """The subject of a gerund in a verb's prepositional phrase (issue 19): the verb's
    object or patient for a reason or charge ("convicted *Ahmed* of attacking the embassy",
    "*Ahmed* was charged with killing ...", "praised *X* for helping ..."), else the verb's
    own subject ("Israel retaliated by attacking ...", "after attacking the convoy, the
    rebels fled")."""
    verb = head_of(prep)
    charged = charged_party(prep)
    if charged is not None:
        return charged
    if prep.lower_ in OBJECT_CONTROL_PREPS:
        patient = next((c for c in children_of(verb) if c.dep_ in ("dobj", "nsubjpass")), None)
        if patient is not None:
            return patient
    return subject_of(verb, depth + 1)


def passive_agent(verb: Token) -> Token | None:
    """The ``by`` object of a passive verb, or of the passive participle coordinated with it
    that shares its subject ("was arrested and questioned *by police*"), unless that participle
    is a later step, which another may take ("was arrested and *later* released by a judge",
    :func:`~eventwire.events.roles_syntax.later_step`)."""
    for child in children_of(verb):
        if child.dep_ == "agent":
            return next((c for c in children_of(child) if c.dep_ == "pobj"), None)
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in children_of(verb)):
        return None
    joined = (c for c in children_of(verb) if c.dep_ == "conj" and c.tag_ == "VBN" and not later_step(c)
              and not any(s.dep_ in ("nsubj", "nsubjpass", "auxpass") for s in children_of(c)))
    return next((agent for c in joined if (agent := passive_agent(c)) is not None), None)


RELATIVE_WORDS = ("which", "who", "whom", "that")


def passive_subject(verb: Token) -> Token | None:
    """The patient of a passive verb: its own passive subject, else the one it shares. A
    relative pronoun stands for the noun its clause hangs on ("the town, *which* was shelled")."""
    own = next((c for c in children_of(verb) if c.dep_ in ("nsubjpass", "csubjpass")), None)
    if own is not None and own.lower_ in RELATIVE_WORDS and verb.dep_ == "relcl" \
            and head_of(verb).pos_ in ("NOUN", "PROPN"):
        return _antecedent(head_of(verb), own)
    if own is not None:
        return own
    return coordinated_patient(verb) or shared_patient(verb)


def _antecedent(noun: Token, pronoun: Token) -> Token:
    """The noun a relative pronoun stands for. The parser hangs it on the nearest noun; "who"
    after an of-phrase stands for the noun the phrase hangs on when the nearest cannot be a
    person ("the inhabitants of *the islands* who were expelled") or its number disagrees with
    the clause's verb where the other's agrees ("the leader of *the rebels* who was shot");
    else it stays ("the leader of *the rebels* who were killed")."""
    if pronoun.lower_ not in ("who", "whom") or noun.dep_ != "pobj" or head_of(noun).lower_ != "of" \
            or head_of(head_of(noun)).pos_ not in ("NOUN", "PROPN"):
        return noun
    owner = head_of(head_of(noun))
    verb = head_of(pronoun)
    if not people_noun(noun) or (_agrees(verb, owner) and not _agrees(verb, noun)):
        return owner
    return noun


PLURAL_VERBS = ("were", "are", "have")    # the auxiliaries of a plural subject
SINGULAR_VERBS = ("was", "is", "has")


def _agrees(verb: Token, noun: Token) -> bool:
    """Whether a noun's number may go with the verb of a relative clause ("who *were* killed":
    plural); unknown number agrees."""
    words = [c.lower_ for c in children_of(verb) if c.dep_ in ("aux", "auxpass")] + [verb.lower_]
    plural = noun.tag_ in ("NNS", "NNPS")
    if any(w in PLURAL_VERBS for w in words):
        return plural or noun.tag_ not in ("NN", "NNP")
    if any(w in SINGULAR_VERBS for w in words):
        return not plural
    return True


def shared_patient(verb: Token) -> Token | None:
    """The patient of a passive participle without a subject of its own (issue 19): the noun
    it modifies when it names its agent ("the killer, *shot dead by police*"), or the subject
    it takes from the clause it hangs on ("tried to stop him but *was gunned down by X*",
    "a woman seen *being shot by a militant*"). Without the passive marks (an agent or a
    passive auxiliary) a participle on a noun may be active ("troops *deployed* in X")."""
    if verb.tag_ not in ("VBN", "VBD") or any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb)):
        return None     # the parser tags some participles as past tenses ("shot dead by police")
    agent = any(c.dep_ == "agent" for c in children_of(verb))
    if verb.dep_ == "acl" and agent and head_of(verb).pos_ in ("NOUN", "PROPN", "PRON"):
        return head_of(verb)
    if verb.dep_ in ("conj", "xcomp") and (agent or any(c.dep_ == "auxpass" for c in children_of(verb))):
        return subject_of(verb)
    return None


def prep_objects(token: Token, preps: Iterable[str]) -> list[Token]:
    """Objects of the token's prepositions named in ``preps`` ("with", "to" ...). A particle
    the parser gives an object is such a preposition ("called *on* fellow senators to ...")."""
    wanted = set(preps)
    found = []
    for child in children_of(token):
        if child.dep_ in ("prep", "dative", "prt") and child.lower_ in wanted:
            found += [c for c in children_of(child) if c.dep_ == "pobj"]
    return found


AGENT_AIM_PREPS = ("on", "against", "upon")


def agent_aims(noun: Token) -> list[Token]:
    """The target of an act noun that the parser hangs on its "by" object ("the attack by the
    rebels *on the convoy*": "on" after "rebels")."""
    return [o for agent in prep_objects(noun, ("by",)) for o in prep_objects(agent, AGENT_AIM_PREPS)]


def locative_objects(token: Token) -> list[Token]:
    """Objects of the token's "in" phrases, and of an "in" phrase inside those
    ("invested in development work in Afghanistan")."""
    found = prep_objects(token, ("in",))
    return found + [inner for obj in found for inner in prep_objects(obj, ("in",))]


def response_addressees(verb: Token) -> list[Token]:
    """"In response to Afghanistan's request, India agreed ...": the possessor or
    of-object of the request the act answers."""
    found = []
    for response in prep_objects(verb, ("in",)) + prep_objects(verb, ("at",)):
        if response.lemma_ not in ("response", "request", "invitation", "behest", "urging"):
            continue
        asks = prep_objects(response, ("to",)) if response.lemma_ == "response" else [response]
        for ask in asks:
            found += [c for c in children_of(ask) if c.dep_ == "poss"] + prep_objects(ask, ("of",))
    return found


def doer(trigger: Token, nominal: bool) -> Token | None:
    """The noun the text marks as doing the act, coded or not: a passive's ``by`` agent ("was
    sued *by shareholders*"), a noun trigger's by-phrase ("an attack *by gunmen*") or else its
    party-naming modifier ("a *rebel* attack", :func:`modifier_doer`); None when
    there is none, or it is no noun or names an amount or date. A subject or a possessor is
    not enough: the role model has weighed those already, and an unmarked subject of a gerund
    is often what caused or suffered the act ("the car killing civilians")."""
    if nominal:
        found = passive_agent(trigger) or next(iter(prep_objects(trigger, ("by",))), None)
        if found is None:
            return modifier_doer(trigger)
    elif passive_subject(trigger) is not None:
        found = passive_agent(trigger)
    else:
        return None
    if found is None or found.pos_ not in ("NOUN", "PROPN") or found.ent_type_ in AMOUNT_ENTS:
        return None
    return found


def modifier_doer(noun: Token) -> Token | None:
    """The modifier of an act noun that names who does it, uncoded: "a *rebel* attack on the
    depot", "the *police* crackdown on X", "an *Israeli* raid" (a role noun of the actors stage,
    or a people). A place ("the *Kabul* bombing"), a thing ("a *car* bomb") or an adjective
    of the act's kind ("*military* cooperation", "*public* protests") is no doer."""
    for child in reversed([c for c in children_of(noun) if c.i < noun.i and c.dep_ in MODIFIER_DEPS]):
        if _prefixed(child):
            continue        # "*anti-government* protests": the government is what they are against
        leader = _leader(child)
        if leader is not None:
            return leader
        if child.ent_type_ in DOER_ENTS or (not child.ent_type_ and child.lower_ not in FIELD_ADJECTIVES
                                            and names_a_party(child)):
            return child
    return None


def _leader(word: Token) -> Token | None:
    """The party hyphened to a participle of leading ("a *Saudi*-led strike", "a *US*-backed
    offensive"): whoever leads or backs the act does it."""
    if word.lemma_.lower() not in LEADING_PARTICIPLES:
        return None
    return next((c for c in children_of(word) if c.i < word.i and c.dep_ in ("npadvmod", "compound", "nmod")
                 and (c.ent_type_ in DOER_ENTS or names_a_party(c))), None)


def _prefixed(word: Token) -> bool:
    """Whether a stance prefix is hyphened to the word ("anti-", "pro-", "counter-")."""
    doc, i = word.doc, word.i
    return i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in STANCE_PREFIXES \
        or word.lower_.split("-", 1)[0] in STANCE_PREFIXES
