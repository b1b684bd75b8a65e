"""Harm nobody did: an attack trigger caused by a natural hazard, an accident or an illness.

"555 people were killed after an earthquake rocked the island", "floods killed 40", "died in a
car crash", "four people are suffering food poisoning", "a fertilizer plant explosion": these
are disasters (CASE 2021 and ACLED code them apart from political violence), and PLOVER codes
no ASSAULT for them. A trigger is caused by a hazard when one of these is a hazard word
(``data/hazards.tsv``): a modifier of the trigger noun itself ("food poisoning"); its subject
or agent ("the quake killed", "killed by an avalanche", "Typhoon Mira killed"); or, when no one
else is its subject or agent ("rebels killed 14 in an ambush after a storm" is an attack), the
object of a preposition or the subject of a clause of cause or circumstance on it ("killed in
floods", "killed after a storm hit").
Wire copy tells most disasters in a participle hung on the clause that says what happened:
"floods swept through the valley, killing 23", "a bridge collapsed, killing six", "two trains
collided, killing 25". A trigger without a subject of its own takes the cause of the clause it
hangs on, and a clause says a hazard happened when its subject is a hazard or its verb is an
accident in itself ("collapse", "derail", "capsize": kind ``accident``), with no object that
would make it something done to someone ("the navy sank the boat").
An explosion, blast or fire is a hazard only with a word of an accident's site on it ("a gas
explosion", "the chemical plant blast", "a fire at a garment factory", "a boiler exploded"), or
said to be accidental or caused by a hazard ("a leak caused the blast"): "a blast killed 12 at
the market" stays an attack. A fire (not a blast) is one too at or in a building people live,
work, shop or are treated in, with no party's word on it ("a fire at a nightclub"; not "army
fire at the market").
A hazard that does any other act a trigger names ("Cyclone Jude *slammed* into Malawi", "the
storm *lashed* the coast", "floods *forced* thousands from their homes") is no political act
either: a verb trigger of any type whose subjects are all hazards is no event, nor is a passive
with no doer whose clause of cause says a hazard happened ("houses were burnt when a fire broke
out").
The next sentence often tells the harm in a passive with no doer ("The earthquake struck on
Friday. Hundreds of buildings were destroyed"): with no force named in either sentence and no
cause phrase of its own, that harm is the hazard's too.
A warning of a hazard or of a rising toll ("warned of further landslides", "warning that the
toll could rise", "warned that the flu season threatens to overwhelm hospitals": a ``collective``
such as "season" with a hazard on it is the hazard) is no threat, nor is a hazard that threatens
("the drought threatens the harvest").
Other doers that are no person or group count as hazards too: an animal no party owns ("a
crocodile attacked a fisherman", "a pack of stray dogs mauled"; not "the settlers' dogs" nor "the
dogs of the militia", a means of their attack), a vehicle with no force's word on it ("a speeding
truck hit the bus"; not one driven into a crowd or told of with a word of intent: "rammed",
"deliberately", "a terrorist attack"), a weapon left from an old war ("an unexploded shell went
off", "an old landmine exploded", "landmines left from the war"); a measure on a hazard ("a
magnitude 6.4 earthquake struck") is no doer of its own. A clash of air masses ("the clash of a
cold front and warm air") is weather.
"""

from __future__ import annotations

import functools

from spacy.tokens import Span, Token

from eventwire import datafiles
from eventwire.actors.knowledge import packaged_roles
from eventwire.events.lexicon import class_words
from eventwire.events.match import Match
from eventwire.events.syntax import prep_objects
from eventwire.nlp.phrases import (
    RELATIVE_PRONOUNS,
    children_of,
    doc_tokens,
    head_of,
    once_per_token,
    sentence_of,
    span_tokens,
)

CAUSE_PREPOSITIONS = frozenset({"in", "by", "after", "during", "following", "from", "amid", "due",
                                "because", "as"})
# phrases that give a passive a cause of its own ("were destroyed *in an air strike*", "*after* ..."):
# the cause phrases but "as", which more often tells a role ("were used as shelters")
AFTERMATH_PREPOSITIONS = CAUSE_PREPOSITIONS - {"as"}
# where an explosion or a fire happened: "a fire at a garment factory", "a blast in a mine"
SITE_PREPOSITIONS = frozenset({"at", "in", "inside", "on", "through"})
# verbs whose subject caused their object: "a leak caused the blast"
CAUSE_VERBS = frozenset({"cause", "trigger", "spark", "start", "set"})
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# modifiers that make a vehicle or an animal a force's ("a police truck", "a military van", "police dogs")
FORCE_MODIFIERS = frozenset(datafiles.words("events", "force_modifiers.tsv"))
WARNING_LEMMAS = frozenset({"warn", "caution"})
TYPES = frozenset({"ASSAULT", "THREATEN"})
ARMED_SECTORS = frozenset({"MIL", "COP", "REB", "UAF", "PRM", "SPY"})   # who attack by force
# kinds of words that tell an act was meant (a crowd a vehicle is driven into, "terrorist"),
# and everyday words that only read a nearby fire ("a market", "heavy"): they say nothing of a
# disaster alone, so the confidence model takes no context feature from them
INTENT_KINDS = frozenset({"crowd", "intent", "premises", "gunfire"})
# property destroyed or damaged (CAMEO 1712): a storm or a fire wrecks houses as often as a mob
DESTRUCTION_CAMEO = "1712"
# a fire, not a blast, and the prepositions of a building it broke out in ("a fire at a
# nightclub"): "fire on a hospital" is as often shooting
BLAZE_LEMMAS = frozenset({"fire", "blaze", "inferno"})
BLAZE_PREPOSITIONS = frozenset({"at", "in", "inside"})
# how far a participle may hang from the clause that gives its cause
# ("killing" < "wounding" < "sheltering" < "farmers" < "struck")
CLIMB = 4
CLIMB_DEPS = frozenset({"advcl", "conj", "acl", "xcomp", "dobj", "oprd", "pobj", "prep", "advmod"})
# finite verb tags: a verb the parser hung on a noun ("acl") with one of these tells a clause
# of its own, since a participle modifier would be VBN or VBG
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# an owner that makes an animal a party's means of attack: a named person, group or people
# ("Settlers' dogs" is a role noun, "the Red Dawn Brigade's dogs" a name); a place is none
# ("Kenya's elephants", "the Serengeti's lions")
OWNER_ENTS = frozenset({"PERSON", "NORP", "ORG"})
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
# prepositions of the place a vehicle was driven into or through ("ploughed into a crowd")
DRIVEN_PREPOSITIONS = frozenset({"into", "through"})
# words on "left" that make a weapon one left from an old war ("left from the war", "left behind")
LEFT_WORDS = frozenset({"from", "over", "behind"})
# a gapped conjunct's noun ("and three passengers injured"): the parser makes it the conjunct
GAPPED_POS = frozenset({"NOUN", "PROPN", "NUM", "PRON"})


@functools.cache
def _words() -> dict[str, str]:
    rows = datafiles.table("events", "hazards.tsv", ("word", "kind"), required=("word", "kind"))
    return {row["word"]: row["kind"] for row in rows}


_KINDS_KEY = "eventwire.hazard_kinds"


def word_kind(token: Token) -> str | None:
    """The kind of hazard word a token is ("hazard", "accident", "site", ...), or None; a
    plural left unlemmatized (a capital taken for a name: "Wildfires tore through") is read
    as its singular. Read once per token and Doc (the rules and the confidence features ask
    for every word of a sentence, for each of its events)."""
    return once_per_token(token, _KINDS_KEY, _word_kind)


def _word_kind(token: Token) -> str | None:
    words = _words()
    lemma, lower = token.lemma_.lower(), token.lower_
    found = next((words[f"{lemma} {c.lower_}"] for c in children_of(token)
                  if c.dep_ == "prt" and f"{lemma} {c.lower_}" in words), None)
    found = found or words.get(lemma) or words.get(lower)
    if found is None and lemma == lower and lower.endswith("s"):
        return words.get(lower[:-1])
    return found


def caused_by_hazard(match: Match) -> bool:
    """Whether the match is an attack or property-destruction trigger that a hazard caused, or
    a warning of a hazard (see the module doc)."""
    destruction = match.trigger.cameo == DESTRUCTION_CAMEO
    head = match.head
    if match.trigger.type not in TYPES and not destruction:
        return _hazard_does(head) or _hazard_befell(head)
    if match.trigger.type == "THREATEN":     # a warning of a hazard; a hazard "threatens" crops
        return (head.lemma_.lower() in WARNING_LEMMAS and _warns_of_hazard(head)) or _hazard_does(head)
    if is_hazard(head, as_trigger=True) or _caused_blast(head) or _weather_clash(head):
        return True
    if word_kind(head) == "blast" and head.pos_ == "VERB":
        subjects = [c for c in children_of(head) if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects and all(_accidental(s) or is_hazard(s) for s in subjects):
            return True     # "a gas cylinder exploded"
    # coordinated verbs share their cause ("were killed and injured after a quake hit")
    verbs = [head, *(c for c in children_of(head) if c.dep_ == "conj"),
             *([head_of(head)] if head.dep_ == "conj" else []), *_gapped_participles(head)]
    # a bare number is the count of the victims, no doer ("left 12 dead and more than 50 injured")
    doers = [] if _elliptical_passive(head) else _without_scale([c for c in children_of(head)
                                                                 if c.dep_ in ("nsubj", "agent")
                                                                 and c.pos_ != "NUM"])
    if destruction and doers and all(word_kind(_agent_noun(d)) in ("blast", "weapon")
                                     or any(is_hazard(t) for t in _own_words(d)) for d in doers):
        return True     # "a fire destroyed the mosque": no one is said to have set it; a hazard
        # anywhere in a misparsed subject ("the earthquake damaged schools") is one too; a
        # bomb's destruction is its attack's, coded on its own ("a car bomb destroyed the church")
    if any(not is_hazard(_antecedent(_agent_noun(doer))) for doer in doers):
        return False    # someone did it ("rebels killed 14 in an ambush after a storm")
    if any(is_hazard(_antecedent(noun)) for verb in verbs for noun in _causes(verb)):
        return True
    if any(_hazard_clause(c) for verb in verbs for c in _cause_clauses(verb)):
        return True     # "were wounded when a boiler exploded", "after being hit by a tree"
    if not doers and not _has_subject(head) and _host_is_hazard(head):
        return True
    return _after_hazard(head)


def _after_hazard(verb: Token) -> bool:
    """"The earthquake struck the coast on Friday. Hundreds of buildings *were destroyed*": a
    passive with no doer and no cause of its own (no agent, no "after"/"during"/... phrase) in a
    sentence that names no force, right after a sentence that names a hazard and no force, tells
    the hazard's harm, as a participle hung on the hazard's clause would; the sentence before must
    have the hazard for a subject."""
    if verb.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in children_of(verb)):
        return False
    if any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in AFTERMATH_PREPOSITIONS)
           for c in children_of(verb)):
        return False
    sentence = sentence_of(verb)
    if sentence.start == 0 or _arms_named(sentence):
        return False
    before = verb.doc[sentence.start - 1].sent
    # the hazard does something there ("the earthquake *that struck*", "floods swept"), not a
    # word in passing ("accused them of spraying her with a deer scent")
    return any(t.dep_ in ("nsubj", "nsubjpass") and is_hazard(_antecedent(t)) for t in before) \
        and not _arms_named(before)


def _arms_named(sentence: Span) -> bool:
    """A force, an armed body or a weapon named anywhere in the sentence ("rebels", "troops", "a
    bomb", a force's modifier such as "police"), the broad test a hazard's aftermath needs;
    ``figurative._names_force`` is a narrower one of a word's sentence, which leaves out a force
    word that only modifies another thing ("military aid") and adds figurative.tsv's ``force``."""
    armed = class_words("force", "fighting_body", "armed") | FORCE_MODIFIERS
    return any(t.lemma_.lower() in armed or t.lower_ in armed or word_kind(t) in ("weapon", "gunfire")
               for t in span_tokens(sentence))


def _gapped_participles(verb: Token) -> list[Token]:
    """The participles of a gapped conjunct, which the parser hangs on its noun ("a driver was
    killed and three passengers *injured* when their minibus hit a truck": "passengers" a conjunct
    of "killed", "injured" its modifier); a cause clause is often hung on the last of them."""
    return [a for c in children_of(verb) if c.dep_ == "conj" and c.pos_ in GAPPED_POS
            for a in children_of(c) if a.dep_ == "acl" and a.tag_ == "VBN"]


def _hazard_befell(verb: Token) -> bool:
    """A passive with no doer, said of property (word class ``property`` or a ``premises`` word:
    "dozens of houses", not people, whose arrest a storm does not make), whose clause of cause says
    a hazard happened ("dozens of houses *were burnt* when a fire broke out in the camp"): the
    hazard's harm, whatever type its word has."""
    if verb.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in children_of(verb)) \
            or any(c.dep_ == "agent" for c in children_of(verb)) or _arms_named(sentence_of(verb)):
        return False
    patients = [o for c in children_of(verb) if c.dep_ == "nsubjpass"    # "dozens of houses": the houses
                for o in (prep_objects(c, ("of",)) if c.pos_ in ("NOUN", "NUM") and not _property(c)
                          else [c])]
    return bool(patients) and all(_property(o) for o in patients) \
        and any(_hazard_clause(c) for c in _cause_clauses(verb))


def _property(noun: Token) -> bool:
    return noun.lemma_.lower() in class_words("property") or word_kind(noun) == "premises"


def _hazard_does(verb: Token) -> bool:
    """A verb whose subjects are all hazards ("Tropical Cyclone Jude slammed into ...")."""
    if verb.pos_ != "VERB":
        return False
    subjects = _without_scale([_antecedent(c) for c in children_of(verb) if c.dep_ == "nsubj"])
    return bool(subjects) and all(is_hazard(s) for s in subjects)


def _without_scale(subjects: list[Token]) -> list[Token]:
    """Subjects without a measure the parser split off a hazard ("a *magnitude* 6.4 earthquake
    struck": kind ``scale``), when another subject is left."""
    kept = [s for s in subjects if word_kind(s) != "scale"]
    return kept or subjects


def _weather_clash(noun: Token) -> bool:
    """A clash noun with weather or a hazard among its "of" or "between" objects and no name
    there ("the clash of a cold front and warm air"): kind ``weather``."""
    if noun.pos_ != "NOUN":
        return False
    parties = [o for p in children_of(noun) if p.dep_ == "prep" and p.lower_ in ("of", "between")
               for o in children_of(p) if o.dep_ == "pobj"]
    parties += [c for o in parties for c in children_of(o) if c.dep_ == "conj"]
    return any(word_kind(o) in ("weather", "hazard") for o in parties) \
        and not any(o.ent_type_ or o.pos_ == "PROPN" for o in parties)


def _own_words(noun: Token) -> list[Token]:
    """The words of a noun phrase without its clauses and prepositional phrases: "rebels
    fleeing the floods" are rebels, not a flood."""
    found = [noun]
    for child in children_of(noun):
        if child.dep_ not in ("relcl", "acl", "advcl", "prep", "appos", "punct"):
            found += _own_words(child)
    return found


def _elliptical_passive(verb: Token) -> bool:
    """"were killed and dozens injured": a participle joined to a passive without an auxiliary
    of its own is passive too, and its parsed subject is the patient."""
    return verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in children_of(head_of(verb))) \
        and not any(c.dep_ in ("aux", "auxpass") for c in children_of(verb))


def _has_subject(verb: Token) -> bool:
    """A subject of its own; a bare number is the victims' count, none ("and 50 injured")."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "agent", "expl") and c.pos_ != "NUM"
               for c in children_of(verb))


def _agent_noun(token: Token) -> Token:
    """The noun of a subject or of a "by" agent phrase."""
    if token.dep_ == "agent":
        return next((c for c in children_of(token) if c.dep_ == "pobj"), token)
    return token


def _antecedent(token: Token) -> Token:
    """For a relative pronoun, the noun its clause hangs on ("the earthquake *that* struck the
    coast"); else the token. Not a noun the text says someone made ("the fire that destroyed
    the mosque was *started by a mob*"): that act has a doer."""
    if token.lower_ in RELATIVE_PRONOUNS and head_of(token).dep_ == "relcl":
        noun = head_of(head_of(token))
        if not any(c.dep_ == "agent" for c in children_of(head_of(noun))):
            return noun
    return token


def is_hazard(noun: Token, as_trigger: bool = False) -> bool:
    """A hazard noun, a storm's name ("Typhoon Mira"), an explosion noun with an accident's
    site on it, a weapon left from an old war, an animal or a group of them, a vehicle with no
    force's word on it, a measure of a hazard ("a heat wave"), or (for a trigger noun, which is
    itself an attack word) one with a hazard on it ("food poisoning"); a thing a hazard moved
    ("debris thrown up by the tornado")."""
    modifiers = [c for c in children_of(noun) if c.dep_ in ("compound", "amod", "nmod")]
    modifier_kinds = {word_kind(m) for m in modifiers}
    if as_trigger:
        return bool(modifier_kinds & {"hazard", "ailment"}) or _named_earlier(noun, modifiers) \
            or (word_kind(noun) == "blast" and _accidental(noun)) \
            or (any(_animal(m) for m in modifiers if m.dep_ == "compound") and not _owned(noun))
    kind = word_kind(noun)
    if noun.pos_ == "PROPN" and any(word_kind(m) == "hazard" for m in modifiers if m.dep_ == "compound"):
        return True
    if kind == "hazard" or (kind == "blast" and _accidental(noun)) or _remnant(noun, modifiers):
        return True
    if noun.pos_ != "NOUN" or noun.ent_type_:
        return False    # a name is a party's ("the Tamil Tigers", "the Grey Wolves")
    if any(is_hazard(_agent_noun(a)) for c in children_of(noun) if c.dep_ == "acl"
           for a in children_of(c) if c.tag_ == "VBN" and a.dep_ == "agent"):
        return True     # a thing a hazard moved: "debris thrown up by the tornado"
    if kind == "animal" or any(_animal(m) for m in modifiers if m.dep_ == "compound"):
        # "a crocodile", "a shark attack", not "police dogs" nor "the settlers' dogs"
        return not _forces(noun, modifiers) and not _owned(noun)
    if kind == "vehicle":
        return _driven_by_no_one(noun, modifiers)
    # "a wave of floods", and a hazard compound on it: "a heat wave"
    return kind == "collective" and (any(is_hazard(o) for o in prep_objects(noun, ("of",))) or any(
        word_kind(m) == "hazard" for m in modifiers if m.dep_ == "compound"))


def _animal(word: Token) -> bool:
    return word.pos_ == "NOUN" and not word.ent_type_ and word_kind(word) == "animal"


def _driven_by_no_one(vehicle: Token, modifiers: list[Token]) -> bool:
    """A vehicle in an accident: no force's word on it ("a police truck"), no word of intent in
    its clause ("deliberately", "a terrorist attack": kind ``intent``), not the subject of a
    verb of a deliberate act ("a truck *rammed* into the crowd": kind ``deliberate``) nor of one
    that hits a weapon ("the car hit a roadside bomb"), a crowd ("a van hit a group of
    worshippers": kind ``crowd``) or blows up ("a car exploded")."""
    verb = _clause_verb(vehicle)
    clause = list(verb.subtree) if verb is not None else list(sentence_of(vehicle))
    if _forces(vehicle, modifiers) or any(word_kind(t) == "intent" for t in clause):
        return False
    if verb is None:
        return True
    hit = [c for c in children_of(verb) if c.dep_ == "dobj"] + _places(verb)
    # the people it hit, not the place it happened at ("hit a motorbike at the rally")
    driven_at = [c for c in children_of(verb) if c.dep_ == "dobj"] + [
        o for p in children_of(verb) if p.dep_ == "prep" and p.lower_ in DRIVEN_PREPOSITIONS
        for o in children_of(p) if o.dep_ == "pobj"]
    crowd = any(word_kind(o) == "crowd" for o in driven_at)
    # a car that blows up is a car bomb unless an accident's word says otherwise ("a tanker")
    return word_kind(verb) not in ("deliberate", "blast") and not crowd and not any(_weapon(o) for o in hit)


def _forces(noun: Token, modifiers: list[Token]) -> bool:
    """A force's word or a weapon on a noun or as its owner ("a police truck", "army dogs",
    "the police's dogs")."""
    return any(m.lemma_.lower() in FORCE_MODIFIERS or word_kind(m) == "weapon"
               for m in [*modifiers, *(c for c in children_of(noun) if c.dep_ == "poss")])


def _owned(animal: Token) -> bool:
    """An animal a party owns, by a possessive or an "of" phrase ("the settlers' dogs", "dogs of
    the militia"): set on people, it is that party's means of attack."""
    owners = [c for c in children_of(animal) if c.dep_ == "poss"] + prep_objects(animal, ("of",))
    return any(_party_owner(o) for o in owners)


def _party_owner(owner: Token) -> bool:
    """A named person, group or people, a name the parser gave no type, a force, an armed or
    criminal role ("the gang's dogs") or a group named by its role ("the settlers' dogs"); one
    person named by an unarmed role is no party setting them on anyone ("the farmer's dogs")."""
    if owner.ent_type_ in OWNER_ENTS or (owner.pos_ == "PROPN" and owner.ent_type_ not in PLACE_ENTS):
        return True
    if owner.lemma_.lower() in FORCE_MODIFIERS:
        return True
    roles = packaged_roles()
    role = roles.get(owner.lower_) or roles.get(owner.lemma_.lower())
    return role is not None and (role.sector in ARMED_SECTORS or role.sector == "CRM"
                                 or owner.tag_ in ("NNS", "NNPS"))


def _weapon(noun: Token) -> bool:
    """A weapon a vehicle hit, not one left from an old war ("the car hit a roadside bomb")."""
    modifiers = [c for c in children_of(noun) if c.dep_ in ("compound", "amod", "nmod")]
    armed = word_kind(noun) == "weapon" or any(word_kind(m) == "weapon" for m in modifiers)
    return armed and not _remnant(noun, modifiers)


def _remnant(noun: Token, modifiers: list[Token]) -> bool:
    """A weapon left from an old war, gone off by accident: "an unexploded shell", "an old
    landmine", "a mortar round left over from the war", "landmines left from the war", "shells
    that were left behind" (kind ``remnant`` on it or anywhere in a clause on it)."""
    if word_kind(noun) not in ("weapon", "munition") and not any(word_kind(m) == "weapon" for m in modifiers):
        return False
    # not a word on another noun of the clause ("shells fired at an *old* school")
    clauses = [w for c in children_of(noun) if c.dep_ in ("acl", "relcl") for w in c.subtree
               if w.dep_ not in ("amod", "compound", "nmod")]
    return any(word_kind(m) == "remnant" or _left_from(m) for m in [*modifiers, *clauses])


def _left_from(verb: Token) -> bool:
    """"left from the war", "left behind": a weapon no one is said to have left ("a bomb left by
    militants", "a bomb left in a car" were planted)."""
    return verb.lemma_.lower() == "leave" and any(c.lower_ in LEFT_WORDS for c in children_of(verb)) \
        and not any(c.dep_ == "agent" for c in children_of(verb))


def _named_earlier(noun: Token, modifiers: list[Token]) -> bool:
    """"suffering food poisoning ... symptoms of Scombroid poisoning": a trigger noun with no
    weapon on it takes the hazard of the same noun told of earlier in the text."""
    if noun.pos_ != "NOUN" or any(word_kind(m) == "weapon" for m in modifiers):
        return False
    earlier = next((t for t in reversed(doc_tokens(noun.doc)[:noun.i])
                    if t.lemma_ == noun.lemma_ and t.pos_ == "NOUN"), None)
    return earlier is not None and any(word_kind(m) == "hazard" for m in children_of(earlier)
                                       if m.dep_ in ("compound", "amod", "nmod"))


def _accidental(noun: Token, look_back: bool = True) -> bool:
    """An explosion, a fire or the thing that blew up, where an accident happens: a site word
    as the noun or on it ("a gas cylinder", "the plant blast"), in the place it happened at
    ("a fire at a garment factory", "explosions tore through an industrial area") or said of
    it ("the blaze, which was accidental"); else, when it is definite and no weapon is on it,
    the nearest explosion told of earlier in the text was one ("a gas explosion ... the blast
    killed 12")."""
    if word_kind(noun) == "site":
        return True
    modifiers = [c for c in children_of(noun) if c.dep_ in ("compound", "amod", "nmod")]
    if word_kind(noun) == "weapon" or any(word_kind(m) == "weapon" for m in modifiers):
        return False
    verb = _clause_verb(noun)
    if verb is not None and word_kind(verb) == "ignite":
        return True     # "a fire broke out in the market": no one is said to have set it
    places = _places(noun) + _places(verb)
    if word_kind(noun) == "blast":
        places += _objects(verb)    # "fire gutted a warehouse", not "police fired tear gas"
    for word in [*modifiers, *places, *(c for o in places for c in children_of(o))]:
        if word.dep_ in ("compound", "amod", "nmod", "pobj", "appos", "dobj") and word_kind(word) == "site":
            return True
    if any(word_kind(w) == "site" for r in children_of(noun) if r.dep_ in ("relcl", "appos")
           for w in r.subtree if w.dep_ in ("acomp", "amod", "attr")) or _caused_blast(noun):
        return True
    if _blaze_in_premises(noun, modifiers, verb):
        return True
    if not look_back or not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in children_of(noun)):
        return False    # "a blast" tells of a new one
    earlier = next((t for t in reversed(doc_tokens(noun.doc)[:noun.i])
                    if word_kind(t) == "blast" and t.pos_ == "NOUN"), None)
    return earlier is not None and _accidental(earlier, look_back=False)


def _blaze_in_premises(noun: Token, modifiers: list[Token], verb: Token | None) -> bool:
    """A fire, not a blast, at or in a building people live, work, shop or are treated in, or
    one it gutted (kind ``premises``: "a fire at a nightclub", "a fire gutted the market"), with
    no party's word on it: "Israeli fire", "army fire", "sniper fire" (kind ``gunfire``) and fire
    "from" or "by" someone are shooting."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in BLAZE_LEMMAS:
        return False
    if any(m.ent_type_ or m.pos_ == "PROPN" or m.lemma_.lower() in FORCE_MODIFIERS
           or word_kind(m) in ("gunfire", "weapon") for m in [*modifiers, *prep_objects(noun, ("of",))]):
        return False
    if any(c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by") for c in children_of(noun)):
        return False
    places = [o for t in (noun, verb) if t is not None for p in children_of(t)
              if p.dep_ == "prep" and p.lower_ in BLAZE_PREPOSITIONS
              for o in children_of(p) if o.dep_ == "pobj"]
    places += _objects(verb)
    return any(word_kind(w) == "premises" for o in places
               for w in [o, *(c for c in children_of(o) if c.dep_ in ("compound", "nmod"))])


def _places(token: Token | None) -> list[Token]:
    """The nouns of the place phrases on a noun or a verb ("at a factory", "through an area")."""
    if token is None:
        return []
    return [o for p in children_of(token) if p.dep_ == "prep" and p.lower_ in SITE_PREPOSITIONS
            for o in children_of(p) if o.dep_ == "pobj"]


def _objects(verb: Token | None) -> list[Token]:
    """A verb's direct objects: the place a fire or a blast took ("fire gutted a warehouse")."""
    return [] if verb is None else [c for c in children_of(verb) if c.dep_ == "dobj"]


def _clause_verb(noun: Token) -> Token | None:
    """The verb a noun is the subject of, also through "a series of": "explosions tore"."""
    if noun.dep_ == "pobj" and head_of(noun).lower_ == "of":
        noun = head_of(head_of(noun))
    return head_of(noun) if noun.dep_ in ("nsubj", "nsubjpass") else None


def _caused_blast(noun: Token) -> bool:
    """"a leak caused the blast", "a gas leak set off an explosion": an attack noun that a
    hazard caused."""
    verb = head_of(noun)
    if noun.dep_ not in ("dobj", "nsubjpass") or verb.lemma_.lower() not in CAUSE_VERBS:
        return False
    causes = [c for c in children_of(verb) if c.dep_ == "nsubj"] if noun.dep_ == "dobj" else \
        [_agent_noun(c) for c in children_of(verb) if c.dep_ == "agent"]
    return bool(causes) and all(is_hazard(c) or _accidental(c, look_back=False) for c in causes)


def _hazard_clause(verb: Token) -> bool:
    """A clause that says a hazard happened: its subject is a hazard ("floods swept through"),
    its verb an accident with no object ("the bridge collapsed", "two trains collided"), or a
    blast of something at an accident's site ("a boiler exploded")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    # a passive's doer is its agent: "a rickshaw was crushed by a falling tree"
    agents = [_agent_noun(c) for c in children_of(verb) if c.dep_ == "agent"]
    subjects = agents or _without_scale([_antecedent(c) for c in children_of(verb)
                                         if c.dep_ in ("nsubj", "nsubjpass")])
    if not subjects and verb.dep_ == "acl" and verb.tag_ in FINITE_TAGS:
        subjects = [head_of(verb)]  # a headline clause parsed as a modifier: "A landslide buried
        # dozens of homes, killing 14" (a finite past, no participle of the noun's own)
    if subjects and all(is_hazard(s) for s in subjects) or _caused_by(verb):
        return True
    objects = any(c.dep_ in ("dobj", "agent") for c in children_of(verb))
    kind = word_kind(verb)
    if kind in ("accident", "hazard") and not objects:
        return True
    return kind == "blast" and bool(subjects) and all(_accidental(s) for s in subjects)


def _caused_by(verb: Token) -> bool:
    """A clause a hazard made happen: "heavy snow caused the roof to give way", "the storm
    caused the bridge to fall"."""
    head = head_of(verb)
    if verb.dep_ not in ("ccomp", "xcomp") or head.lemma_.lower() not in CAUSE_VERBS:
        return False
    causes = [c for c in children_of(head) if c.dep_ == "nsubj"]
    return bool(causes) and all(is_hazard(c) for c in causes)


def _host_is_hazard(trigger: Token) -> bool:
    """Whether the clause a subjectless participle hangs on says a hazard happened ("floods
    swept through three villages, killing 23"); the climb stops at the first clause with a
    subject of its own."""
    token = trigger
    for _ in range(CLIMB):
        count = token.dep_ in ("nsubj", "nsubjpass") and token.pos_ == "NUM"    # "and four killed after"
        if (token.dep_ not in CLIMB_DEPS and not count) or head_of(token) is token:
            return False
        token = head_of(token)
        if _hazard_clause(token):
            return True
        if token.pos_ in ("VERB", "AUX") and _has_subject(token):
            return False
    return False


def _warns_of_hazard(verb: Token) -> bool:
    """"warned of further landslides", "warning that the toll could rise": a warning whose
    subject matter is a hazard or a count of the dead."""
    topics = [o for p in children_of(verb) if p.dep_ == "prep" and p.lower_ in ("of", "about")
              for o in children_of(p) if o.dep_ == "pobj"]
    topics += [s for c in children_of(verb) if c.dep_ == "ccomp"
               for s in children_of(c) if s.dep_ in ("nsubj", "nsubjpass")]
    return bool(topics) and any(is_hazard(t) or word_kind(t) == "casualty" for t in topics)


def _cause_clauses(verb: Token) -> list[Token]:
    """The clauses on a verb that may say what caused it: adverbial ones ("when a boiler
    exploded") and the verbs of cause prepositions ("after being hit by a falling tree")."""
    found = [c for c in children_of(verb) if c.dep_ == "advcl"]
    return found + [c for p in children_of(verb) if p.dep_ == "prep" and p.lower_ in CAUSE_PREPOSITIONS
                    for c in children_of(p) if c.dep_ == "pcomp"]


def _causes(head: Token) -> list[Token]:
    """The nouns that may say what caused the trigger: its subject or agent, prepositional
    objects, the subject of a clause on it ("after a quake hit")."""
    found = []
    for child in children_of(head):
        if child.dep_ in ("nsubj", "npadvmod"):
            found.append(child)
        elif child.dep_ in ("agent", "prep") and child.lower_ in CAUSE_PREPOSITIONS:
            found += [o for o in children_of(child) if o.dep_ == "pobj"]
            found += [o for p in children_of(child) if p.dep_ == "pcomp" for o in children_of(p)
                      if o.dep_ == "pobj"]
        elif child.dep_ == "advcl":
            found += [s for s in children_of(child) if s.dep_ in ("nsubj", "nsubjpass")]
    return found
