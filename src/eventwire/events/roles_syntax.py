"""Dependency patterns that put an act's parties on the side its meaning gives them
(issue 19), whatever the sentence's construction:

- a dateline ("MOGADISHU, Somalia -- A U.S. airstrike killed ...") is parsed as the
  subject, with the real subject as its apposition: the apposition is the subject;
- the object noun inside a light-verb trigger ("summoned *the Chinese ambassador*",
  "rejected *Trump's proposal*") is the act's patient unless it names the act itself
  ("launched *an attack*"): a noun trigger of the event's own type;
- an object that is itself an act of someone else ("condemned the threats *made by X*",
  "rejected a request *by X*", "an offer *from X*") has that someone as the target;
- a coordinated subject of a joint act ("X and Y agreed to ...", "X and Y met") makes
  the act reciprocal: both are parties, neither is the recipient;
- a passive verb coordinated with another ("was tortured and killed") shares its patient;
- the people a light verb takes in or frees ("accepted *refugees*", "freed 37 *prisoners*")
  are its patient, the of-object of an act noun in the trigger ("lifted its blockade *of X*")
  and the phrases of a participle on it ("a ban imposed *on X*") too;
- an infinitive of purpose on a verb of contact ("summoned *the envoy* to complain") is
  addressed to the one contacted;
- whom missiles listed as the object are fired or thrown at ("fired tear gas and rubber
  bullets *at protesters*") is the target, though the parser hangs it on the last missile;
- where a verb that moves people sends them ("deported refugees *to Somalia*") and what a
  joint act is about ("a meeting *on Somalia*") are no parties;
- the object of letting or making, parsed as the infinitive's subject ("refused to allow *a
  tanker* to dock"), is acted on, and whom a refusal waits on ("will not end the strike
  until *the ministry* raises wages") is its target;
- an "in" phrase telling why ("in *a bid* to ...", "in *case* of ...") and the multi-word
  name of the act itself ("lifted *a state* of emergency") are no parties;
- a preposition that is part of the trigger ("arrive *in* X") takes the act's counterpart,
  and where shelter is sought ("sought refuge *in* X") is whom it is asked of;
- what a withdrawal takes away ("withdrew *peacekeepers* from X") is the actor's own means,
  and what a verb of creating makes ("agreed to set up *a plant* in X") no party: the place
  from which, or in which, is;
- what an act of force is done with ("pounded X *with artillery*") is no target, nor whom a
  clause it goes on with is done to ("stormed X, killing *five guards*"), and a by-phrase hung
  on the patient of an act noun ("the arrest of X *by police*") names the doer;
- one sent or held "to face charges" ("extradited *the banker* to face charges") undergoes
  them, and a trigger ending in "to" ("returned X *to* its owner") gives to whom follows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from eventwire import datafiles
from eventwire.events.lexicon import class_words, load_triggers
from eventwire.nlp.phrases import (
    children_of,
    doc_tokens,
    entities_for,
    entity_root,
    head_of,
    once_per_doc,
    sentence_of,
)
from eventwire.records import Entity

if TYPE_CHECKING:
    from collections.abc import Callable

    from eventwire.events.match import Match

DATELINE_DASHES = ("--", "-", "\u2014", "\u2013", ":", "_")   # "_": old AP wire copy
LONG_DASHES = ("--", "\u2014")  # a dateline without capitals ("Kabul, Afghanistan --")
DATELINE_REACH = 10          # tokens a dateline may span before its dash
AGENT_PREPS = ("by", "from")
JOINT_TYPES = ("AGREE", "CONSULT", "COOPERATE")
PATIENT_ACTS = ("ASSAULT", "COERCE", "ACCUSE", "SANCTION")   # acts done to someone: a participle is passive
OWN_MEANS = ("MOBILIZE", "AID")   # types whose light-verb object is the actor's means (troops, funds)
RECEIVING_VERBS = ("accept", "admit", "receive", "resettle", "take", "welcome", "host", "shelter")
DESTINATION_PREPS = ("to", "into", "against")
CONTROL_PREPS = ("with", "to", "on", "against", "into")
CONDITION_MARKS = ("until", "unless", "till", "before")
FORCE_TYPES = ("ASSAULT",)   # acts whose object is hit, a party though uncoded ("shell *the tree*")
CIRCUMSTANCE_NOUNS = ("case", "order", "addition", "return", "exchange")   # "in case of", "in return for"
# "in *the past*", "in *recent years*", "in *the coming weeks*": when an act is done, no place or party
TIME_NOUNS = frozenset(datafiles.words("events", "time_nouns.tsv"))
CONTACT_VERBS = ("summon", "call", "phone", "telephone", "meet", "visit", "invite", "receive", "host")
EXPRESSION_VERBS = datafiles.words("events", "expression_verbs.tsv")
THING_NOUNS = frozenset(datafiles.words("events", "thing_nouns.tsv"))
PARTY_NOUNS = frozenset(datafiles.words("events", "party_nouns.tsv"))   # bodies of people
DISPLACING_VERBS = frozenset(datafiles.words("events", "displacing_verbs.tsv"))
MOVING_PREPS = ("to", "into")
AIM_PREPS = ("at",)
WITHDRAWING = ("withdraw", "withdrawal", "pull", "pullout", "recall", "drawdown")
WITHDRAWAL_TYPES = ("RETREAT", "SANCTION")
PLACE_PREPS = ("in", "at")
CREATING_VERBS = ("establish", "build", "create", "construct", "found")   # and "set up" (``creating``)
ASYLUM_CAMEO = "075"
TOPIC_PREPS = ("on", "about", "over", "regarding", "concerning")
THING_ENTS = ("LAW", "WORK_OF_ART", "EVENT")
PARTY_ENTS = ("PERSON", "NORP", "ORG", "GPE", "LOC", "FAC")
# entity labels of amounts and dates: never a party, nor the doer of an act
AMOUNT_ENTS = ("DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY")
FEATURE_ENTS = ("LOC",)     # seas, straits, mountains and rivers: places, no parties
_DATELINE_KEY = "eventwire.dateline_ends"   # sentence start -> dateline_end, per Doc


def dateline_end(token: Token) -> int:
    """The index of the dash closing a dateline that opens the token's sentence
    ("KABUL, Afghanistan --"), or -1 when the sentence opens with none; found once per
    sentence (the role rules ask for every candidate)."""
    sentence = sentence_of(token)
    ends: dict[int, int] = once_per_doc(token.doc, _DATELINE_KEY, lambda _: {})
    end = ends.get(sentence.start)
    if end is None:
        end = ends[sentence.start] = _dateline_end(sentence)
    return end


def _dateline_end(sentence: SpacySpan) -> int:
    for current in sentence[:DATELINE_REACH]:
        if current.text in DATELINE_DASHES and current.i > sentence.start:
            before = sentence.doc[sentence.start:current.i]
            words = [t for t in before if not t.is_punct and not t.is_space]   # "\n\nNAIROBI ..."
            # "KABUL:", "LIMA, Peru -", "Kabul, Afghanistan --"; never "U.S. - led", "NATO - Russia"
            closed = current.text in LONG_DASHES + (":",) or any(t.text == "," for t in before)
            return current.i if closed and words and all(
                t.pos_ in ("PROPN", "NUM") or t.ent_type_ in ("DATE", "GPE") for t in words) and (
                any(t.is_upper and len(t) > 2 for t in words)
                or (current.text in LONG_DASHES and any(t.ent_type_ == "GPE" for t in words))) else -1
        if current.pos_ in ("VERB", "AUX"):
            return -1
    return -1


def real_subject(subject: Token) -> Token | None:
    """The subject itself, or for a dateline parsed as the subject the phrase after the dash
    (its apposition or conjunct); None when the dateline is all there is. A relative pronoun
    ("the gunmen *who* kidnapped ...") stands for the noun its clause describes."""
    if subject.tag_ in ("WP", "WDT") and head_of(subject).dep_ == "relcl" and \
            head_of(head_of(subject)).pos_ in ("NOUN", "PROPN"):
        subject = head_of(head_of(subject))
    end = dateline_end(subject)
    if end < 0 or subject.i > end:
        return subject
    return next((t for t in subject.subtree if t.i > end and t.dep_ in ("appos", "conj")
                 and head_of(t).i < end), None)


def relative_doer(verb: Token) -> Token | None:
    """The noun a relative clause describes when the clause's relative pronoun is the verb's
    active subject ("the gunmen *who* kidnapped ..."): the verb's doer, whatever the main
    clause does to it."""
    if verb.dep_ != "relcl" or head_of(verb).pos_ not in ("NOUN", "PROPN"):
        return None
    pronoun = next((c for c in children_of(verb) if c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT")), None)
    return head_of(verb) if pronoun is not None else None


def reduced_passive(verb: Token, event_type: str) -> Token | None:
    """The noun a passive participle describes, which undergoes the act ("two reporters
    *detained by police*", "the diplomats *being expelled*", "officers *charged* over X"): marked
    as passive by an agent or a passive auxiliary, or, unmarked, a participle of an act done to
    someone (an unmarked participle may be active: "troops *deployed* in X"). The subject of a
    verb of standing under such a participle undergoes it too (:func:`standing_patient`)."""
    standing = standing_patient(verb, event_type)
    if standing is not None:
        return standing
    relative = passive_relative(verb)
    if relative is not None:
        return relative
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or head_of(verb).pos_ not in ("NOUN", "PROPN") \
            or any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in children_of(verb)):
        return None     # an object makes it active: "The air force *carried out* strikes" misparsed
    marked = any(c.dep_ in ("agent", "auxpass") for c in children_of(verb))
    return head_of(verb) if marked or (verb.tag_ == "VBN" and event_type in PATIENT_ACTS) else None


def passive_relative(verb: Token) -> Token | None:
    """The noun a passive relative clause describes, which undergoes its act ("the man *who was
    shot* by the guard", "the towns *that were shelled*"; roles28): the clause's relative pronoun
    is its passive subject. The clause's "by" object, not the noun, does the act."""
    if verb.dep_ != "relcl" or verb.tag_ != "VBN" or head_of(verb).pos_ not in ("NOUN", "PROPN") \
            or not any(c.dep_ == "auxpass" for c in children_of(verb)):
        return None
    if not any(c.dep_ == "nsubjpass" and c.tag_ in ("WP", "WDT") for c in children_of(verb)):
        return None
    from eventwire.events.syntax import passive_subject  # syntax imports this module

    return passive_subject(verb)


# "the *reason* the militants attacked", "the *way* police treated them": what an object-less
# relative clause tells of its act, never who undergoes it
RELATIVE_CIRCUMSTANCES = frozenset(datafiles.words("events", "relative_circumstances.tsv"))


def object_relative(verb: Token, event_type: str, coded: Callable[[Token], bool]) -> Token | None:
    """The noun an object relative clause describes, which the clause's act is done to ("the
    clerk *whom* the gang kidnapped", "the journalist *that* the soldiers beat"; roles28): the
    clause's object is its relative pronoun, or, for an act done to someone, it has a subject
    and no object at all (the parser reads "that" as a mark, or there is no pronoun), when the
    noun is in an actor (`coded(noun)`) or is no noun of reason, manner, extent, time or amount
    (``RELATIVE_CIRCUMSTANCES``), known to the actors stage or not ("the *clerk* the gang
    kidnapped"): "the *reason* the militants attacked" tells why, "the *way* the rebels struck"
    how, and undergoes nothing."""
    if verb.dep_ != "relcl" or head_of(verb).pos_ not in ("NOUN", "PROPN") or when_or_amount(head_of(verb)) \
            or not any(c.dep_ == "nsubj" and c.tag_ not in ("WP", "WDT") for c in children_of(verb)):
        return None     # "the day *that* troops struck": a time, no party
    if any(c.tag_ == "WRB" for c in children_of(verb)):
        return None     # "the checkpoint *where* soldiers fired on the crowd": a place or a time
    objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
    if objects:
        return head_of(verb) if all(c.tag_ in ("WP", "WDT") for c in objects) else None
    stranded = any(c.dep_ == "prep" and not any(o.dep_ in ("pobj", "pcomp") for o in children_of(c))
                   for c in children_of(verb))      # "the post *that* the rebels fired *at*"
    if event_type in PATIENT_ACTS and not stranded and not any(
            c.dep_ in ("agent", "ccomp", "xcomp", "dative", "prt") for c in children_of(verb)) \
            and (coded(head_of(verb)) or head_of(verb).lemma_.lower() not in RELATIVE_CIRCUMSTANCES):
        return head_of(verb)
    return None


def between_objects(noun: Token) -> list[Token]:
    """The parties a joint act is named with after "between" on its own word ("a firefight
    *between the guards and the raiders*"), each conjunct apart."""
    return [party for prep in children_of(noun) if prep.dep_ == "prep" and prep.lower_ == "between"
            for obj in children_of(prep) if obj.dep_ == "pobj" for party in (obj, *obj.conjuncts)
            if not when_or_amount(party)]


LIST_DEPS = ("appos", "dep")    # deps the parser gives a list item after a comma, besides its first's


def split_list(first: Token) -> list[Token]:
    """The later items of a list the parser split at its commas, closed by "and"/"or": "The bank,
    *the broker* and *two other firms* were sued" (one verb's two passive subjects), "the mayor,
    *the police chief* and *three councillors*" (an apposition with a conjunct), "detained the
    driver, *the guard* and *two passengers*" (a loose dependent). A lone apposition ("the editor,
    *a known critic*,") is the same party: no list."""
    if first.pos_ not in ("NOUN", "PROPN"):
        return []
    following = sorted((t for t in (*children_of(first), *children_of(head_of(first))) if t.i > first.i
                        and (t.dep_ in LIST_DEPS or (t.dep_ == first.dep_
                                                     and head_of(t) == head_of(first) != t))
                        and not (t.dep_ == "appos" and describes(first, t))), key=lambda t: t.i)
    inside = {t.i for item in following for t in item.subtree}
    end = max((t.i for t in first.subtree if t.i not in inside and not t.is_punct), default=first.i)
    items: list[Token] = []
    for item in following:
        if item.left_edge.i != end + 2 or first.doc[end + 1].lower_ != ",":
            break
        items += [item, *item.conjuncts]
        end = item.right_edge.i
        if any(c.dep_ == "cc" and c.lower_ in ("and", "or") for c in children_of(item)):
            return items
    return []


def describes(first: Token, appos: Token) -> bool:
    """Whether an apposition describes its noun rather than opening a list's next item: after a
    name ("Stephen Nagy, *senior professor ... and fellow*") or indefinite ("the mayor, *a former
    lawyer* and activist")."""
    return first.pos_ == "PROPN" or appos.left_edge.lower_ in ("a", "an")


def list_mates(token: Token) -> list[Token]:
    """The other items of a list the parser split at its commas that `token` is in, the first
    of it or a later one (``split_list``): "*The army*, the police and the militia attacked"
    gives the verb two subjects, and the nearer one is taken for the doer; the last item, a
    conjunct of the one before ("the dealer and *a trader*"), is found through it."""
    anchor = token
    while anchor.dep_ == "conj" and head_of(anchor) != anchor:
        anchor = head_of(anchor)
    openers = [s for s in children_of(head_of(anchor)) if s.dep_ == anchor.dep_
               and s.i < anchor.i != head_of(s).i
               and s.pos_ in ("NOUN", "PROPN")]
    for opener in openers:
        items = split_list(opener)
        if token in items:
            return [opener, *(i for i in items if i != token)]
    return split_list(token)


def when_or_amount(noun: Token) -> bool:
    """Whether a noun tells a time or an amount, never a party ("between *Monday* and Wednesday",
    "between *20* and 30", "the *day* that troops opened fire")."""
    return noun.ent_type_ in AMOUNT_ENTS or noun.like_num or (
        noun.lemma_.lower() in TIME_NOUNS and noun.ent_type_ not in PARTY_ENTS)


STANDING_VERBS = ("stand", "remain", "stay")   # "X *stands* accused", "Y *remained* jailed"
STANDING_DEPS = ("acomp", "advcl", "xcomp", "oprd")
PLACE_HEADS = ("in", "at", "near", "outside", "inside")   # where an act is done: no doer of it
PLACE_NOUNS = frozenset(datafiles.words("events", "place_nouns.tsv"))
PLACE_ENTS = ("GPE", "LOC", "FAC")


def standing_patient(verb: Token, event_type: str) -> Token | None:
    """The subject of a verb of standing or remaining whose complement is the participle of an
    act done to someone ("two ministers *stand accused* of X", "the editor *remains jailed*"):
    it undergoes the act, as the subject of a passive does."""
    if verb.tag_ != "VBN" or verb.dep_ not in STANDING_DEPS or event_type not in PATIENT_ACTS \
            or head_of(verb).lemma_.lower() not in STANDING_VERBS \
            or any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in children_of(verb)):
        return None
    return next((c for c in children_of(head_of(verb)) if c.dep_ == "nsubj"
                 and c.pos_ in ("NOUN", "PROPN")), None)


def place_objects(verb: Token) -> set[int]:
    """The words of the places a verb says its act was done in or at ("was detained *at the
    airport*", "arrested *in the capital*"): where it happened, never who did it. An act noun
    that is no place ("killed in a *Hamas ambush*") is none: its modifiers and owner are parties."""
    found: set[int] = set()
    for obj in (o for prep in children_of(verb) if prep.dep_ == "prep" and prep.lower_ in PLACE_HEADS
                for o in children_of(prep) if o.dep_ == "pobj" and (is_place(o) or not act_noun(o))):
        # the place's own words: not what hangs on it ("killed in the attack and the battle
        # *with militants*": the attack is no place, its parties stay candidates)
        inner = {t.i for c in children_of(obj) if c.dep_ in ("prep", "conj", "cc", "relcl", "acl")
                 for t in c.subtree}
        found |= {t.i for t in obj.subtree if t.i not in inner}
    return found


def named_places(noun: Token) -> set[int]:
    """The words of the places a noun's own "in" or "at" phrase names ("the convoy *in southern
    Sudan*"): a named place or a place noun only, never a party ("fired tear gas *at the crowd*")."""
    return {t.i for prep in children_of(noun) if prep.dep_ == "prep" and prep.lower_ in PLACE_HEADS
            for o in children_of(prep) if o.dep_ == "pobj" and is_place(o) for t in o.subtree}


def is_place(noun: Token) -> bool:
    """Whether a noun names a place: a named place (GPE, LOC, FAC) or a place noun ("the
    airport"), never an act noun ("a Hamas *ambush*"), whose modifiers and owner are parties."""
    return noun.ent_type_ in PLACE_ENTS or noun.lemma_.lower() in PLACE_NOUNS


def act_noun(noun: Token) -> bool:
    """Whether a noun is one the trigger lexicon holds as an act ("ambush", "strike", "raid")."""
    return bool(load_triggers().lookup("noun", noun.lemma_.lower()))


def joint_counterparts(noun: Token) -> list[Token]:
    """The parties a joint act noun is held with ("talks *with the envoy*", "negotiations *with
    the pirates* and *the owners*"): its counterparts, whoever holds it."""
    return [party for prep in children_of(noun) if prep.dep_ == "prep" and prep.lower_ == "with"
            for obj in children_of(prep) if obj.dep_ == "pobj" for party in (obj, *obj.conjuncts)]


def shared_agent(verb: Token) -> Token | None:
    """The "by" object of a passive participle, or of the participles coordinated with it
    ("an expert *kidnapped* and presumed killed *by guerrillas*"), not of a later step
    (:func:`later_step`: "seized and *later* freed by the navy")."""
    for agent in (t for t in verb.subtree if t.dep_ == "agent"):
        word = head_of(agent)
        while word != verb and word.dep_ in ("conj", "xcomp") and not later_step(word):
            word = head_of(word)
        if word == verb:
            return next((c for c in children_of(agent) if c.dep_ == "pobj"), None)
    return None


# "arrested and *later* released": a conjoined act told as a later step, which another may take
SEQUENCE_WORDS = ("later", "then", "subsequently", "eventually", "afterwards", "afterward", "finally")


def later_step(verb: Token) -> bool:
    """Whether a conjoined participle is told as a later step than the act before it ("was
    arrested and *later* released by a judge"): its agent need not be the first act's."""
    return any(c.dep_ == "advmod" and c.lower_ in SEQUENCE_WORDS for c in children_of(verb))


PEOPLE_ENTS = ("PERSON", "NORP", "ORG")


def people_noun(noun: Token) -> bool:
    """Whether a noun can name people ("who" can stand for it): a named person, group or
    organisation, a body of people (``PARTY_NOUNS``) or a role noun of the actors stage
    ("*the rebels*", "*the miners*"), not a place or thing ("*the islands*")."""
    return noun.ent_type_ in PEOPLE_ENTS or noun.lemma_.lower() in PARTY_NOUNS or _role_noun(noun)


# endings of nouns of people ("broker", "dealer", "activist"), the actors stage's own (actors/build.py)
AGENT_SUFFIXES = tuple(datafiles.words("actors", "kb_build/agent_suffixes.tsv", overlay=False))
THING_ENDINGS = ("ment", "quarters")    # "settl*ement*", "head*quarters*": no person, though "-ent", "-er"


def person_form(noun: Token) -> bool:
    """Whether a common noun the actors stage does not know has the form of a noun of people
    ("the *broker*", "a *dealer*": an ending of ``AGENT_SUFFIXES`` after a stem of three letters
    or more, not "*fee*"), and is no thing, place, time or act noun ("the *border*", "the
    *agreement*")."""
    lemma = noun.lemma_.lower()
    return noun.tag_ in ("NN", "NNS") and not when_or_amount(noun) and lemma not in THING_NOUNS \
        and not lemma.endswith(THING_ENDINGS) \
        and any(lemma.endswith(end) and len(lemma) - len(end) >= 3 for end in AGENT_SUFFIXES) \
        and not is_place(noun) and not act_noun(noun)


def in_dateline(token: Token) -> bool:
    """Whether the token lies in the dateline opening its sentence."""
    return token.i < dateline_end(token)


def names_the_act(match: Match, event_type: str | None) -> bool:
    """Whether the light-verb object noun is the act itself ("launched *an attack*",
    "expressed *support*"): a noun trigger of the event's own type (of any type when
    `event_type` is None: "lifted its *blockade*") whose words its phrase holds. A longer
    trigger only looked up by the noun ("exchange of prisoners") does not make "freed 37
    *prisoners*" an act: the prisoners are its patient."""
    noun = match.noun
    if noun is None or spelled_out(match, noun):
        return True
    words = {w for t in noun.subtree for w in (t.lemma_.lower(), t.lower_)}
    entries = load_triggers().lookup("noun", noun.lemma_.lower())
    return any(event_type in (None, entry.type) and set(entry.words) <= words for entry in entries)


def spelled_out(match: Match, noun: Token) -> bool:
    """"lifted *a state of emergency*", "declared *a state of siege*": the trigger's own words
    go on after the object noun, inside its phrase, so the phrase is the act's multi-word name
    ("state" alone is no patient, though the actors stage may code "a state" as a government).
    A trigger ending at its noun ("freed 37 *prisoners*", "summoned *the ambassador*") leaves
    the noun its patient."""
    inside = {t.i for t in noun.subtree}
    return any(i > noun.i and i in inside for i in match.tokens)


def trigger_preps(verb: Token, match: Match) -> tuple[str, ...]:
    """"arrive *in* Monrovia", "landed *in* X", "arrived *at* X": a preposition of place on the
    verb that is part of the trigger itself. Its object is the act's counterpart (the place
    visited), though elsewhere "in" tells only where an act is done (issue 19). Other
    prepositions of a trigger ("call *for*", "press *for*") take what is asked, no party."""
    return tuple(verb.doc[i].lower_ for i in match.tokens if verb.doc[i].dep_ == "prep"
                 and verb.doc[i].head == verb and verb.doc[i].lower_ in PLACE_PREPS)


def shelter_places(verb: Token) -> list[Token]:
    """"sought refuge *in Bangladesh*", "are seeking asylum in Germany": where a verb of asking
    seeks shelter (its direct object a noun the lexicon codes as granting asylum, CAMEO 075:
    "refuge", "asylum") is whom it is asked of, the country that would give it (issue 19).
    Other aid sought "in" a place is delivered there ("seeking aid for victims in Syria").
    The "in" phrase may hang on the verb or on the noun."""
    sought = [c for c in children_of(verb) if c.dep_ == "dobj" and any(
        entry.cameo == ASYLUM_CAMEO for entry in load_triggers().lookup("noun", c.lemma_.lower()))]
    return [o for owner in (verb, *sought) for p in children_of(owner) if p.dep_ == "prep"
            and p.lower_ == "in"
            for o in children_of(p) if o.dep_ == "pobj"] if sought else []


def noun_participles(noun: Token) -> list[Token]:
    """"a travel ban *imposed* on Chadian citizens", "sanctions *levied* against X": passive
    participles on an act noun, whose prepositional phrases name the act's patient as the
    noun's own would."""
    return [c for c in children_of(noun) if c.dep_ == "acl" and c.tag_ == "VBN"]


def purpose_addressees(verb: Token) -> list[Token]:
    """"summoned *the ambassador* to complain", "called *X* to express support": the person a
    verb of contact reaches is the one the infinitive of purpose on it is addressed to (not
    so the object of other verbs: "dispatched *a team* to investigate")."""
    if verb.dep_ != "advcl" or head_of(verb).lemma_ not in CONTACT_VERBS \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb)):
        return []
    return [c for c in children_of(head_of(verb)) if c.dep_ == "dobj"]


def inner_patients(match: Match, actors: list[Entity]) -> list[Entity]:
    """The parties the light-verb trigger's own object names ("summoned *the Chinese
    ambassador*", "rejected *Trump's* proposal"), or those who made it ("rejected a request
    *by X*"); none when the noun names the act, is no object, is the actor's own means
    ("sent troops", "withdrew *its* forces") or its own attitude ("conveyed Chile's fears")."""
    noun = patient_noun(match)
    if noun is None:
        return served_patients(match, actors)
    return entities_for(noun, actors) or act_agents(noun, actors)


def served_patients(match: Match, actors: list[Entity]) -> list[Entity]:
    """"Police used force *to disperse the crowd*": the object of a verb of using (word class
    ``wield``) is the doer's means, never a party; the act it serves names the patient."""
    if match.noun is None or match.head.lemma_.lower() not in class_words("wield"):
        return []
    return [e for aim in children_of(match.head) if aim.dep_ in ("xcomp", "advcl") and aim.pos_ == "VERB"
            for obj in children_of(aim) if obj.dep_ == "dobj" for e in entities_for(obj, actors)]


def patient_noun(match: Match) -> Token | None:
    """The light-verb trigger's object noun when it names the act's patient ("freed 37
    *prisoners*", "accepted *refugees*"), by the tests of :func:`inner_patients`. A verb
    that takes people in ("accept", "admit", "resettle") has them as its patient even in
    an aiding act, where the object is otherwise the actor's means."""
    noun = match.noun
    means = (match.trigger.type in OWN_MEANS and match.head.lemma_ not in RECEIVING_VERBS) \
        or withdrawing(match.head, match.trigger.type)
    if noun is None or noun.dep_ not in ("dobj", "nsubjpass") or means \
            or head_of(noun).lemma_ in EXPRESSION_VERBS \
            or head_of(noun).lemma_.lower() in class_words("wield") \
            or names_the_act(match, match.trigger.type) or owned(noun):
        return None
    return noun


def owned(noun: Token) -> bool:
    """"its borders", "their arms": a noun the subject's own possessive pronoun marks."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in children_of(noun))


def act_agents(noun: Token, actors: list[Entity]) -> list[Entity]:
    """Who made the act an object noun names: "a request *by X*", "an offer *from X*",
    "the threats made *by X*"."""
    found: list[Entity] = []
    verb = head_of(noun)
    for conjunct in noun.conjuncts:
        # "condemned the act of aggression and the threats *made by X*": each act listed
        found += [e for e in act_agents(conjunct, actors) if e not in found] if conjunct.i > noun.i else []
    # "rejected a proposal by X", the by-phrase misattached to the active verb
    misattached = [c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "by" and c.i > noun.i] \
        if noun.dep_ == "dobj" and not any(c.dep_ == "auxpass" for c in children_of(verb)) else []
    for child in [*children_of(noun), *misattached]:
        if child.dep_ == "prep" and child.lower_ in AGENT_PREPS:
            found += [e for obj in children_of(child) if obj.dep_ == "pobj"
                      for e in entities_for(obj, actors)]
        elif child.dep_ == "acl" and child.tag_ == "VBN":
            found += [e for agent in children_of(child) if agent.dep_ == "agent"
                      for obj in children_of(agent) if obj.dep_ == "pobj"
                      for e in entities_for(obj, actors)]
    return found


def joint_subject(head: Token, event_type: str, actor: list[Entity]) -> bool:
    """"X and Y agreed to ...", "X and Y met": a joint act whose subject coordinates two
    or more different parties."""
    if event_type not in JOINT_TYPES or len({e.country or e.text for e in actor}) < 2:
        return False
    subject = next((c for c in children_of(head) if c.dep_ == "nsubj"), None)
    return subject is not None and any(c.dep_ == "conj" for c in children_of(subject))


def joint_act(head: Token, event_type: str, actor: list[Entity]) -> bool:
    """A reciprocal act by its syntax: a joint subject, or "between X and Y" on the noun
    trigger; no uncoded phrase is then its recipient."""
    between = head.pos_ in ("NOUN", "PROPN") and len(actor) > 1 and any(
        c.dep_ == "prep" and c.lower_ == "between" for c in children_of(head))
    return between or joint_subject(head, event_type, actor)


def coordinated_patient(verb: Token) -> Token | None:
    """"was tortured and *killed*": a passive participle coordinated with a passive verb
    and without a subject of its own shares that verb's patient."""
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or \
            any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb)):
        return None
    return next((c for c in children_of(head_of(verb)) if c.dep_ == "nsubjpass"), None)


def between_parties(noun: Token, actors: list[Entity], mutual: bool = True) -> list[Entity]:
    """"Cooperation *between X and Y*", "talks between X and Y": the parties of a joint act
    named after "between" (both sides; the act is reciprocal). The parser may hang the phrase on
    the verb the act noun is the subject of ("fighting *continued* between X and Y", "a summit
    *will take place* between X and Y"): only for a `mutual` act; for a one-sided act of force
    "between" on its verb tells the place ("the attack *took place* between Mosul and Kirkuk")."""
    owners = [noun]
    if noun.dep_ == "compound" and head_of(noun).pos_ == "NOUN":
        owners.append(head_of(noun))    # "the ceasefire agreement between X and Y"
    verb = owners[-1].head
    if mutual and owners[-1].dep_ in ("nsubj", "nsubjpass") and verb.pos_ in ("VERB", "AUX"):
        owners.append(verb)
    return [e for owner in owners for prep in children_of(owner)
            if prep.dep_ == "prep" and prep.lower_ == "between"
            for obj in children_of(prep) if obj.dep_ == "pobj" for e in entities_for(obj, actors)]


def occurring(verb: Token) -> bool:
    """A verb of happening (word class ``occur``, or "take place")."""
    return verb.lemma_.lower() in class_words("occur") or (
        verb.lemma_.lower() == "take" and any(c.dep_ == "dobj" and c.lemma_.lower() == "place"
                                              for c in children_of(verb)))


def occurrence_places(noun: Token) -> set[int]:
    """"The ambush *happened between Goma and Rutshuru*": the word indices of the "between"
    phrase of the verb of happening an act noun is the subject of, which tells where the act was,
    not whom it was done to; and the word "place" of "took place", which is the verb's own."""
    verb = head_of(noun)
    if noun.dep_ != "nsubj" or not occurring(verb):
        return set()
    idiom = {c.i for c in children_of(verb) if c.dep_ == "dobj" and c.lemma_.lower() == "place"}
    return idiom | {t.i for prep in children_of(verb) if prep.dep_ == "prep" and prep.lower_ == "between"
                    for t in prep.subtree}


def is_means(verb: Token, obj: Token, event_type: str) -> bool:
    """"deployed *troops* to Mali", "sent *aid* to X": with a destination named, the object
    of a mobilizing or aiding verb is the actor's means, not the recipient; and so what a
    withdrawal takes away (:func:`withdrawing`)."""
    if obj.dep_ == "dobj" and withdrawing(verb, event_type):
        return True
    return event_type in OWN_MEANS and obj.dep_ == "dobj" and bool(
        [o for c in children_of(verb) if c.dep_ in ("prep", "dative") and c.lower_ in DESTINATION_PREPS
         for o in children_of(c) if o.dep_ == "pobj"] or misattached_destinations(obj))


def withdrawing(word: Token | None, event_type: str) -> bool:
    """"withdrew *peacekeepers* from Sinai", "completed its withdrawal *of troops* from Iraq",
    "recalled *its ambassador*": what an act of withdrawing takes away, the direct object of
    the verb or the of-object of the noun, is the actor's own means (its troops, envoys,
    funds), no party; where from is the target (issue 19). Only in the withdrawal itself (a
    retreat or a sanction): "demanded *the withdrawal* of X's forces" is a request of X."""
    return word is not None and event_type in WITHDRAWAL_TYPES and word.lemma_.lower() in WITHDRAWING


def misattached_destinations(obj: Token) -> list[Token]:
    """"sent vehicles and a team of paratroopers *to Lebanon*": the parser hangs the verb's
    destination on the last noun of a long object, where it reads as the noun's own phrase.
    The objects of "to" or "into" phrases on the object's nouns (the object, its conjuncts and
    their of-objects, not nouns deeper in: "give its view on events concerning aid *to X*"):
    for a mobilizing or aiding verb they are where the means go (:func:`is_means`), so the
    destination is the recipient, not the means (issue 19)."""
    nouns, found = [obj], []
    while nouns:
        noun = nouns.pop()
        for child in children_of(noun):
            if child.dep_ == "conj":
                nouns.append(child)
            elif child.dep_ == "prep" and child.lower_ == "of":
                nouns += [o for o in children_of(child) if o.dep_ == "pobj"]
            elif child.dep_ in ("prep", "dative") and child.lower_ in ("to", "into"):
                found += [o for o in children_of(child) if o.dep_ == "pobj"]
    return sorted(found, key=lambda t: t.i)


def aims(verb: Token) -> list[Token]:
    """"fired tear gas, rubber bullets and stun grenades *at demonstrators*", "threw stones and
    bottles *at police*": whom a verb of firing or throwing aims its missiles at. The parser
    hangs the "at" phrase on the last of the missiles listed as the object, where it reads as
    that noun's own; it is the act's target (issue 19). Only on a list: on a single object the
    phrase may be its place ("shot a guard *at the bank*")."""
    return [o for c in children_of(verb) if c.dep_ == "dobj" and c.conjuncts for noun in (c, *c.conjuncts)
            for p in children_of(noun) if p.dep_ == "prep" and p.lower_ in AIM_PREPS
            for o in children_of(p) if o.dep_ == "pobj"]


def destinations(verb: Token) -> list[Token]:
    """"deported 40 refugees *to Somalia*", "were deported to *Honduras and Venezuela*", "sent
    the migrants back *to Libya*": where a verb that moves people (``displacing_verbs.tsv``, or
    any verb with "back") sends them, on the verb, on its "back" or hung on its object
    (:func:`misattached_destinations`), with the conjuncts. A place the patient is moved to
    is no party to the act: the people moved are its target (issue 19). Callers keep to acts
    of force and coercion: in aid or mobilization the destination receives what is sent
    (:func:`is_means`)."""
    back = [c for c in children_of(verb) if c.lower_ == "back" and c.dep_ in ("prt", "advmod")]
    if verb.lemma_.lower() not in DISPLACING_VERBS and not back:
        return []
    found = [o for owner in [verb, *back] for p in children_of(owner)
             if p.dep_ == "prep" and p.lower_ in MOVING_PREPS for o in children_of(p) if o.dep_ == "pobj"]
    found += [o for c in children_of(verb) if c.dep_ == "dobj" for o in misattached_destinations(c)]
    return sorted({t for o in found for t in (o, *o.conjuncts)}, key=lambda t: t.i)


def topics(head: Token, noun: Token | None) -> list[Token]:
    """"held a meeting *on Somalia*", "talks *about Ukraine*", "met *over Gaza*": what a joint
    act is about, the objects of topic prepositions on its verb or noun. A topic is no party,
    though it names a country (issue 19)."""
    owners = [head, *([noun] if noun is not None else [])]
    found = [o for owner in owners for p in children_of(owner) if p.dep_ == "prep" and p.lower_ in TOPIC_PREPS
             for o in children_of(p) if o.dep_ == "pobj"]
    return [t for o in found for t in (o, *o.conjuncts)]


def outside_dateline(entities: list[Entity], token: Token) -> list[Entity]:
    """The entities that do not lie in the dateline opening the token's sentence."""
    end = dateline_end(token)
    if end < 0:
        return entities
    limit = token.doc[end].idx
    return [e for e in entities if e.start >= limit]


def control_objects(verb: Token, depth: int = 0, things: bool = True) -> list[Token]:
    """"threatened to shell *the tree*", "refused to allow *a plane* to land", "agreed to
    meet *Y*": with no object of its own, a verb's party is the object of the act it
    controls (its xcomp, and the xcomp's xcomp). Without `things` (for an uncoded phrase,
    which no actor vouches for as a party) a direct object counts only when it names a party
    or is hit by force ("threatened to *shell* the tree"), not what is withdrawn, shared or
    set up ("threatened to withdraw *trade preferences*", "agreed to share *information*"), a
    prepositional object only when it names no act or thing ("refused to respond to *a
    request* from X": the request is no party), and only in a to-infinitive (:func:`_infinitive`)."""
    found: list[Token] = []
    if addressed(verb):
        return found
    for clause in (c for c in children_of(verb) if c.dep_ == "xcomp" and c.pos_ == "VERB"
                   and (things or _infinitive(c))):
        if creating(clause):
            found += creation_places(clause)     # "agreed to set up a station *at Digha*"
            continue
        # "offered to send troops *to Uganda*": a destination or addressee before the object
        # ("willing to withdraw *its troops*": the actor's own troops are no party)
        found += [o for p in children_of(clause) if p.dep_ == "prep" and p.lower_ in CONTROL_PREPS
                  for o in children_of(p) if o.dep_ == "pobj" and (things or not _act_or_thing(o))] or \
            [c for c in children_of(clause) if c.dep_ in ("dobj", "dative") and not owned(c)
             and not owners_thing(c, clause) and (things or _party_object(c, clause))] or \
            raised_objects(clause)
        if not found and depth < 1:
            found += control_objects(clause, depth + 1, things)
    return found


ADDRESS_PARTICLES = ("on", "upon")   # "called *on* X to ...": the particle's object is addressed
OBJECT_PRONOUNS = ("him", "her", "them", "us", "me", "you")


def addressed(verb: Token) -> bool:
    """Whether a verb names whom it reaches before the act it controls: a party as its direct
    object ("urged *him* to work with X", "asked *the envoy* to leave") or as the object of
    its particle ("called *on fellow senators* to oppose X"). That party, coded or not, is the
    one addressed, the act's target; the object of the controlled act is what the addressee
    is to act on, no party of this act (docs/annotation.md: "urged Israel to allow aid")."""
    objects = [c for c in children_of(verb) if c.dep_ in ("dobj", "dative")] + [
        o for p in children_of(verb) if p.dep_ == "prt" and p.lower_ in ADDRESS_PARTICLES
        for o in children_of(p) if o.dep_ == "pobj"]
    return any(o.lower_ in OBJECT_PRONOUNS or (o.pos_ in ("NOUN", "PROPN") and names_a_party(o)
                                               and not owned(o))
               for o in objects)


# nouns made from verbs of acts: "*North Korea's* denuclearisation", "Iran's *deployment*"
ACT_SUFFIXES = ("tion", "sion", "ment")


# nouns of a process made from a verb of doing ("denuclearisation", "militarization",
# "nationalisation"): an act of their owner whatever the lexicon holds; not the bodies so named
PROCESS_SUFFIXES = ("isation", "ization", "ification")
BODY_PROCESS_NOUNS = ("organisation", "organization", "civilisation", "civilization")


def owners_act(noun: Token) -> bool:
    """Whether a noun names an act or conduct of its owner (a noun of the trigger lexicon, or
    one made with ``ACT_SUFFIXES`` from a verb of the trigger lexicon: "*deployment*" of deploy,
    "*negotiation*" of negotiate), not a thing the owner has ("Iran's *port*", "China's fishing
    *fleet*"). A suffix alone makes no act: "*equipment*", "*government*", "*nation*" name
    things and bodies, as their verbs (if any) are no acts of the lexicon; but a process noun
    (``PROCESS_SUFFIXES``: "*denuclearisation*") is its owner's act. The owner of a thing
    a joint act is about or uses is no party of it (docs/annotation.md: a party acts or is
    acted upon); the owner of an act is. A place noun ("the *station*", ``is_place``) is a thing."""
    if act_noun(noun):
        return True
    lemma = noun.lemma_.lower()
    if lemma.endswith(PROCESS_SUFFIXES) and lemma not in BODY_PROCESS_NOUNS:
        return True   # "North Korea's *denuclearisation*": a process its owner goes through
    lexicon = load_triggers()
    return not is_place(noun) and any(lexicon.lookup("verb", s) for s in verb_stems(lemma))


def verb_stems(word: str) -> set[str]:
    """The verbs a noun with one of ``ACT_SUFFIXES`` may be made from ("settlement": settle,
    "deportation": deport, "negotiation": negotiate, "invasion": invade); none for another noun."""
    if word.endswith("ment"):
        return {word[:-4]}
    if word.endswith("tion"):
        return {word[:-3] + "e", word[:-5], word[:-5] + "e", word[:-4] + "e", word[:-3]} - {""}
    if word.endswith("sion"):
        return {word[:-4] + "de", word[:-4] + "d", word[:-3] + "e"}
    return set()


def owners_thing(noun: Token, verb: Token) -> bool:
    """Whether a controlled verb's object is a thing named only by its owner, which the verb
    uses, shares or builds but does no act to ("agreed to use *Iran's port*"): the owner is
    no party. An act of the lexicon done to it makes the owner its target ("threatened to
    seize *Iran's tanker*"), as does an object that names a party ("agreed to meet *Chile's
    president*")."""
    return any(c.dep_ == "poss" for c in children_of(noun)) and not names_a_party(noun) \
        and not owners_act(noun) and not load_triggers().lookup("verb", verb.lemma_.lower())


def creating(verb: Token) -> bool:
    """Whether a verb brings its object into being ("establish", "build", "set up")."""
    lemma = verb.lemma_.lower()
    return lemma in CREATING_VERBS or (lemma == "set" and any(c.dep_ == "prt" and c.lower_ == "up"
                                                               for c in children_of(verb)))


def creation_places(verb: Token) -> list[Token]:
    """"agreed to set up a research institute *in Barcelona*", "to build a cable station at
    *Digha*": what a verb of creating makes did not exist before the act, and is no party to
    it; the party is the place where it is made, the object of an "in" or "at" phrase on the
    verb or on its object (issue 19)."""
    owners = [verb, *(c for c in children_of(verb) if c.dep_ == "dobj")]
    return [o for owner in owners for p in children_of(owner) if p.dep_ == "prep" and p.lower_ in PLACE_PREPS
            for o in children_of(p) if o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME")]


def _infinitive(verb: Token) -> bool:
    """A to-infinitive ("threatened *to shell*"), not a gerund telling a past act ("admitted
    *killing* two coworkers": the admission has no target there)."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb))


def _act_or_thing(noun: Token) -> bool:
    """"refused to respond to *a request* from X": a common noun naming an act (a noun of the
    trigger lexicon) or a thing (``thing_nouns.tsv``), not a party, unless it is a role noun."""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and not noun.ent_type_ and not _role_noun(noun) and (
        lemma in THING_NOUNS or bool(load_triggers().lookup("noun", lemma)))


def _party_object(noun: Token, verb: Token) -> bool:
    """Whether an uncoded object of a controlled verb is a party: one named or a role noun, or
    what force hits ("threatened to shell *the tree*"); an ill or a scourge fought ("vowed to
    fight *corruption*": ``figurative.fought_harm``) is none, nor a geographic feature that is
    not hit ("threatened to close *the Strait of Hormuz*", the parser's ``LOC``)."""
    from eventwire.events.figurative import fought_harm  # figurative needs this module

    if fought_harm(noun):
        return False
    if _forceful(verb):
        return True
    return names_a_party(noun) and noun.ent_type_ not in FEATURE_ENTS


def _forceful(verb: Token) -> bool:
    """Whether a verb is an act of force in the trigger lexicon ("shell", "storm", "bomb")."""
    return any(entry.type in FORCE_TYPES for entry in load_triggers().lookup("verb", verb.lemma_.lower()))


def raised_objects(verb: Token) -> list[Token]:
    """"refused to allow *a cargo plane* to land", "forced *the ship* to turn back": the object
    of a verb of letting or making is parsed as the subject of the infinitive after it; it is
    the one the verb acts on."""
    return [s for c in children_of(verb) if c.dep_ in ("ccomp", "xcomp")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c))
            for s in children_of(c) if s.dep_ == "nsubj" and s.pos_ in ("NOUN", "PROPN")]


def circumstance(noun: Token) -> bool:
    """Whether the object of an "in" phrase tells why or on what occasion an act is done, not
    where: "in *a bid* to stem the spread", "in *an effort* to end ...", "in *case* of more
    fighting", "arrested in *the incident*". Its noun takes an infinitive of purpose, makes a
    fixed phrase with "in" (``CIRCUMSTANCE_NOUNS``), names a time ("in *the past*",
    ``TIME_NOUNS``) or names an act (a noun of the trigger lexicon). Such a phrase is no place
    the act is done to (``code.recipient_token``)."""
    if noun.pos_ != "NOUN" or noun.ent_type_:
        return False
    purpose = any(c.dep_ in ("acl", "relcl") and any(a.dep_ == "aux" and a.lower_ == "to"
                                                     for a in children_of(c))
                  for c in children_of(noun))
    bare = not any(c.dep_ in ("det", "poss") for c in children_of(noun))
    lemma = noun.lemma_.lower()
    return purpose or (bare and noun.lower_ in CIRCUMSTANCE_NOUNS) or lemma in TIME_NOUNS or bool(
        load_triggers().lookup("noun", lemma))


def condition_subjects(verb: Token) -> list[Token]:
    """"will not end the strike *until the ministry* raises wages", "refused to lift the ban
    unless *Kenya* frees the crew", "will not return *before the army* leaves": a refusal
    that holds until someone acts is aimed at who must act, the subject of the until, unless
    or before clause on the refusing verb or on the verb it refuses (issue 19), and of the
    clauses joined to it ("until wages are paid and *the minister* resigns"). Callers keep
    to refusals: "waited until *the rain* stopped" has no party there."""
    verbs = [verb, *(c for c in children_of(verb) if c.dep_ == "xcomp")]
    conditions = [c for v in verbs for c in children_of(v) if c.dep_ == "advcl"
                  and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in children_of(c))]
    return [s for c in conditions for clause in (c, *joined_conditions(c))
            for s in children_of(clause) if s.dep_ in ("nsubj", "nsubjpass") and s.pos_ in ("NOUN", "PROPN")]


def joined_conditions(condition: Token) -> list[Token]:
    """The clauses joined to a condition clause: its own conjuncts, and a clause the parser
    hangs on the main verb that follows the condition right after its "and" ("will not end
    the strike before the pay is reviewed *and the manager is sacked*"), with no modal or
    negation of its own (a second act of the main subject would have them: "will not ...
    until X acts *and* will not talk")."""
    joined = [j for j in condition.conjuncts if j.pos_ in ("VERB", "AUX")]
    doc, end = condition.doc, condition.right_edge.i + 1
    if end >= len(doc) or doc[end].dep_ != "cc" or doc[end].head != head_of(condition):
        return joined
    return joined + [j for j in children_of(head_of(condition)) if j.dep_ == "conj"
                     and j.left_edge.i == end + 1
                     and j.pos_ in ("VERB", "AUX")
                     and not any(c.dep_ == "neg" or c.tag_ == "MD" for c in children_of(j))]


def names_no_party(entity: Entity, doc: Doc, side: str) -> bool:
    """Whether an uncoded phrase on a side (``actor`` or ``recipient``) is a thing, not a
    party: its head is a common noun naming a thing said, decided, done or owned
    (``data/thing_nouns.tsv``: "denies *any wrongdoing*", "vetoed *the legislation*") or, as
    the recipient, an act ("condemned *the killings*": an act done to an act has no party
    there), or a named law, treaty, work or event (the parser's ``LAW``, ``WORK_OF_ART`` and
    ``EVENT``: "talks to amend *the Paris Agreement*"), or why or when it is done
    (:func:`circumstance`: "declared a ceasefire in *a bid* to ...", ``TIME_NOUNS``: "jailed for *five
    years*"). An act or a weapon may still be said
    to do an act ("*a bomb* exploded in the park", "*Coalition airstrikes* hit ..."), and
    other gold standards take it as the doer.
    A role noun of the actors stage ("*demonstrators*", "*prisoners*": people, though the
    lexicon looks acts up by them too), a noun of a body of people (``data/party_nouns.tsv``:
    "ambushed *a police patrol*") and a phrase naming someone in it ("*Russia's* statement")
    stay parties."""
    if entity.kind != "phrase":
        return False
    head = entity_root(doc, entity)
    if head is None:
        return False
    lemma = head.lemma_.lower()
    if head.ent_type_ in THING_ENTS or (
            head.dep_ == "pobj" and head_of(head).lower_ == "in" and circumstance(head)):
        return True
    if head.pos_ == "NOUN" and lemma in TIME_NOUNS and head.ent_type_ not in PARTY_ENTS:
        return True     # "shot *multiple times*", "sentenced to *five years*": how long or how often
    if head.pos_ != "NOUN" or head.ent_type_ or _role_noun(head) or lemma in PARTY_NOUNS or any(
            c.dep_ in ("compound", "poss", "nmod") and (c.pos_ == "PROPN" or c.ent_type_)
            for c in children_of(head) if c.i < head.i):
        return False
    return lemma in THING_NOUNS or (side == "recipient" and bool(load_triggers().lookup("noun", lemma)))


NOBODY = ("nobody", "noone", "none")


def names_nobody(entity: Entity, doc: Doc) -> bool:
    """Whether a party says that no one is there: "*No group* has claimed responsibility for
    the blast", "*no country* has recognised the junta", "*neither side* signed". The act may
    still have happened, but it has no doer (or no target) on that side. "Neither X nor Y"
    names X and Y, with the clause negated for both: the parties stay."""
    head = entity_root(doc, entity)
    if head is None:
        return False
    return head.lower_ in NOBODY or any(
        c.dep_ == "det" and (c.lower_ == "no" or (c.lower_ == "neither" and not head.conjuncts))
        for c in children_of(head))


def names_a_party(head: Token) -> bool:
    """Whether a noun names someone who can act or be acted on: a named person, group,
    organisation or place (the parser's entity types), or a role noun of the actors stage
    ("*refugees*", "other *countries*")."""
    return head.ent_type_ in PARTY_ENTS or _role_noun(head)


def _role_noun(head: Token) -> bool:
    from eventwire.actors.knowledge import packaged_roles

    roles = packaged_roles()
    return head.lower_ in roles or head.lemma_.lower() in roles


INSTRUMENT_PREPS = ("with",)
INSTRUMENT_TYPES = ("ASSAULT", "COERCE")   # acts of force, whose "with" phrase is what they are done with


def instruments(verb: Token, event_type: str, trigger: set[int]) -> list[Token]:
    """"pounded the hideouts *with heavy artillery*", "dispersed the crowd *with water
    cannon*": what an act of force that has a direct object is done with, the objects of a
    "with" phrase on the verb and their conjuncts. The weapon is no target, though the
    actors stage may code it as a military party ("artillery"); the direct object is hit.
    Without an object the phrase is the counterpart ("clashed *with police*"), and so is a
    name ("closed its borders *with Togo*"): a weapon is a common noun. An object that is part
    of the trigger is the act itself ("exchanged gunfire *with guards*": the counterpart)."""
    if event_type not in INSTRUMENT_TYPES or verb.pos_ != "VERB" \
            or not any(c.dep_ == "dobj" and c.i not in trigger for c in children_of(verb)):
        return []
    found = [o for p in children_of(verb) if p.dep_ == "prep" and p.lower_ in INSTRUMENT_PREPS
             for o in children_of(p) if o.dep_ == "pobj"]
    return [t for o in found for t in (o, *o.conjuncts) if t.pos_ == "NOUN" and t.ent_type_ not in PARTY_ENTS]


PATIENT_PREPS = ("of", "on", "against")   # "the shelling *of* X", "an attack *on* X", "a raid *against* X"


def noun_patients(noun: Token) -> list[Token]:
    """"the shelling *of the harbour*", "an airstrike *on the market* by jets": the objects of an
    act noun's "of", "on" or "against" phrase, with their conjuncts, that are no time or amount."""
    found = [o for p in children_of(noun) if p.dep_ == "prep" and p.lower_ in PATIENT_PREPS
             for o in children_of(p) if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")]
    return [t for o in found for t in (o, *o.conjuncts)
            if t.lemma_.lower() not in TIME_NOUNS and t.ent_type_ not in AMOUNT_ENTS]


def noun_agents(noun: Token) -> set[int]:
    """The word indices of what may name the doer of an act noun: its own modifiers and possessor
    ("*the militia's* assault", "*Kenyan* drones") and a "by" phrase on it, on its patient or on a
    participle on it ("an attack on the convoy *by insurgents*", "claimed *by X*"); never a "by"
    phrase deeper in ("the blast at a rally *by the leader*": the leader held the rally)."""
    own = [c for c in children_of(noun) if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < noun.i]
    holders = [noun, *(o for p in children_of(noun) if p.dep_ == "prep" and p.lower_ in PATIENT_PREPS
                       for o in children_of(p) if o.dep_ == "pobj"),
               *(c for c in children_of(noun) if c.dep_ == "acl")]     # "an attack *claimed by* X"
    own += [h for holder in holders for c in children_of(holder)
            if c.dep_ in ("prep", "agent") and c.lower_ == "by" for h in children_of(c) if h.dep_ == "pobj"]
    return {t.i for o in own for t in o.subtree}


BLAMING_PREPS = ("for", "of", "over")
# accused of an act, or held or convicted for it (type, mode; None: any mode); a sanction or an
# expulsion "over" an act falls on whoever answers for it ("sanctioned *Russian banks* over the
# invasion"), no doer of it
BLAMING_KINDS = (("ACCUSE", None), ("COERCE", "arrest"), ("SANCTION", "convict"))


def blamed_doer(act: Token) -> Token | None:
    """"Colombia blamed *the rebels* for the bombing", "*a teenager* was arrested for the attack":
    the one a verb of accusing, holding or convicting (a verb the lexicon codes one of
    ``BLAMING_KINDS``) takes for an act noun in its "for", "of" or "over" phrase did that act: its
    direct object, or its passive subject. None when the noun is in no such phrase."""
    prep = head_of(act)
    if act.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in BLAMING_PREPS:
        return None
    verb = head_of(prep)
    if verb.pos_ != "VERB" or not any((e.type, mode) in BLAMING_KINDS for e in
                                      load_triggers().lookup("verb", verb.lemma_.lower())
                                      for mode in (None, e.mode)):
        return None
    return next((c for c in children_of(verb) if c.dep_ in ("dobj", "nsubjpass")
                 and c.pos_ in ("NOUN", "PROPN")),
                None)


INCLUDING_PREPS = ("including",)


def included(noun: Token) -> list[Token]:
    """"arrested 100 gang members, *including the leader of the clan*": the nouns a party's
    "including" phrase names, with their conjuncts; they share its role."""
    # "dozens *of protesters*, including ...": the phrase hangs on the quantity the party is of
    holders = [noun, head_of(head_of(noun))] if noun.dep_ == "pobj" and head_of(noun).lower_ == "of" \
        else [noun]
    found = [o for h in holders for p in children_of(h) if p.dep_ == "prep" and p.lower_ in INCLUDING_PREPS
             for o in children_of(p) if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")]
    return [t for o in found for t in (o, *o.conjuncts)]


def patient_agents(noun: Token) -> list[Token]:
    """"the arrest of the reporter *by police*": the parser hangs the by-phrase of an act noun
    on its of-object, where it reads as the patient's own; it names the act's doer when it
    names a party ("the killing of a man by *the river*" does not)."""
    return [a for p in children_of(noun) if p.dep_ == "prep" and p.lower_ == "of"
            for o in children_of(p) if o.dep_ == "pobj"
            for b in children_of(o) if b.dep_ == "prep" and b.lower_ == "by"
            for a in children_of(b) if a.dep_ == "pobj" and names_a_party(a)]


def following_clauses(verb: Token, trigger: set[int]) -> set[int]:
    """The word indices of the clauses a verb trigger goes on with, sharing its subject:
    "stormed a police station, *killing three officers*", "attacked the base and *killed
    twelve soldiers*". Those clauses tell other acts, or what the act led to; whom they are
    done to is not whom the trigger's act is done to when that is named on its own."""
    clauses = [c for c in children_of(verb) if c.dep_ in ("advcl", "conj") and c.pos_ == "VERB"
               and c.i > verb.i and c.i not in trigger
               and not any(s.dep_ in ("nsubj", "nsubjpass", "mark") for s in children_of(c))]
    return {t.i for c in clauses for t in c.subtree}


ACQUIRING_VERBS = ("buy", "purchase", "acquire", "import", "procure", "obtain")
SELLER_PREPS = ("from",)


def goods(verb: Token) -> list[Token]:
    """"bought *tanks* from South Korea", "purchased *fighter jets* from France": what a verb
    of acquiring gets from a party its from-phrase names. The goods are no target, though the
    actors stage may code them as a military party ("tanks"); the seller is the counterpart.
    Without a seller named the object stays as it is."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ACQUIRING_VERBS:
        return []
    sellers = [o for p in children_of(verb) if p.dep_ == "prep" and p.lower_ in SELLER_PREPS
               for o in children_of(p) if o.dep_ == "pobj" and names_a_party(o)]
    objects = [c for c in children_of(verb) if c.dep_ == "dobj" and not names_a_seller(c)]
    return [t for o in objects for t in (o, *o.conjuncts)] if sellers else []


def names_a_seller(noun: Token) -> bool:
    """Whether a direct object is itself a named party ("bought *Boeing* from its owners":
    a company bought is the act's patient, no goods)."""
    return noun.pos_ == "PROPN" or noun.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")


JOINT_MODIFIERS = ("compound", "amod", "nmod")


def joint_subject_words(verb: Token) -> bool:
    """"*Kenya and Tanzania* agreed to ...", "*UK and EU* negotiators agreed ...", "*Nigerian
    and British* forces met ...": whether the subject of a verb, or a modifier of its head
    noun, coordinates parties, so the act is a joint one of theirs (``JOINT_TYPES``), with no
    party of its own on the other side (issue 19)."""
    subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    modifiers = [c for c in children_of(subject) if c.dep_ in JOINT_MODIFIERS and _named(c)]
    words = (subject, *modifiers)
    if not any(c.dep_ == "cc" and c.lower_ == "and" for w in words for c in children_of(w)):
        return False        # "the neighborhood *or* people accepted them": one or the other
    # "UK and EU negotiators": the parser may hang both names on the noun, the "and" on the first
    return len(modifiers) > 1 or any(c.dep_ == "conj" and _named(c) for w in words for c in children_of(w))


def _named(token: Token) -> bool:
    return token.pos_ == "PROPN" or bool(token.ent_type_) or names_a_party(token)


def purpose_parties(verb: Token, event_type: str) -> list[Token]:
    """"sent engineers *to support the Libyan coast guard*", "were deployed to relieve *the
    Angolan units*": the objects of a mobilizing or aiding verb's infinitive of purpose.
    Callers keep to parties (coded ones or role nouns, not "sent food to feed *the hungry*").
    The people or goods sent are the actor's means (:func:`is_means`); the party the purpose
    names is the target, as a destination would be (issue 19)."""
    if event_type not in OWN_MEANS or verb.pos_ != "VERB":
        return []
    clauses = [c for c in children_of(verb) if c.dep_ == "advcl" and c.pos_ == "VERB" and _infinitive(c)]
    return [o for c in clauses for o in children_of(c) if o.dep_ in ("dobj", "dative")]


UNDERGOING_VERBS = ("face", "suffer", "undergo", "endure", "risk")
UNDER_VERBS = ("come",)    # "came *under* fire": the subject undergoes what follows "under"
PARTY_PREPS = ("with", "against")    # "clashed *with police*": a party named inside the trigger
GIVING_PREP = "to"    # "returned X *to* its owner": a trigger's last word, before whom it is given to


def undergoer(noun: Token, event_type: str) -> Token | None:
    """The subject of a verb of undergoing whose object is the act noun ("*the mayor* faces
    charges", "*the convoy* suffered an attack", "*the convoy* came under fire"): the act is done
    to it, not by it."""
    verb = undergoing_verb(noun)
    if event_type not in PATIENT_ACTS or verb is None:
        return None
    subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None) or controller(verb)
    return real_subject(subject) if subject is not None else None


def controller(verb: Token) -> Token | None:
    """Who an infinitive without a subject of its own is said of, when it hangs on an act done to
    someone: "extradited *the banker* to face charges", "*the banker* was extradited to face
    charges", "the extradition *of the mayor* to face charges" (roles30): the object, the passive
    subject, or the "of" object of the noun it hangs on."""
    if not _infinitive(verb) or verb.dep_ not in ("advcl", "xcomp", "acl"):
        return None
    above = head_of(verb)
    if above.pos_ == "VERB":
        found = [c for c in children_of(above) if c.dep_ == "nsubjpass"] or \
            [c for c in children_of(above) if c.dep_ == "dobj"]
    elif above.pos_ == "NOUN":
        found = [o for p in children_of(above) if p.dep_ == "prep" and p.lower_ == "of"
                 for o in children_of(p) if o.dep_ == "pobj"]
    else:
        found = []
    return found[0] if found else None


def undergoing_verb(noun: Token) -> Token | None:
    """The verb of undergoing the act noun stands under: its object ("faces *charges*") or the
    object of "under" after a verb of coming under ("came under *fire*")."""
    verb = head_of(noun)
    if noun.dep_ == "dobj" and verb.lemma_.lower() in UNDERGOING_VERBS:
        return verb
    if noun.dep_ in ("pobj", "pcomp") and verb.lower_ == "under" \
            and head_of(verb).lemma_.lower() in UNDER_VERBS:
        return head_of(verb)
    return None


def undergone_sources(noun: Token) -> list[Token]:
    """Who the act is undergone from: the "from" phrase of the act noun or of its verb of
    undergoing ("came under fire *from insurgents*")."""
    verb = undergoing_verb(noun)
    heads = [noun] if verb is None else [noun, verb]
    return [o for h in heads for p in children_of(h) if p.dep_ == "prep" and p.lower_ == "from"
            for o in children_of(p) if o.dep_ == "pobj"]


def trigger_parties(match: Match) -> list[Token]:
    """The parties a multi-word trigger names in its own "with", "against" or "to" phrase
    ("clashed *with police*", "returned a statue *to its owner*"): the lexicon entry holds them,
    and they are the act's target, in place of what is given back (roles30). A noun of people by
    its form ("the *owner*", ``person_form``) names one too."""
    tokens = doc_tokens(match.head.doc)     # only the trigger's own words, in document order
    own = [tokens[i] for i in sorted(match.tokens)]
    named = [t for t in own if t.dep_ == "pobj" and head_of(t).lower_ in PARTY_PREPS
             and head_of(t).i in match.tokens
             and names_a_party(t)]
    # an entry ending in "to" ("return ... to") names whom in the words after it
    given = [o for p in own if p.lower_ == GIVING_PREP and p.dep_ == "prep" and p.i == max(match.tokens)
             for o in children_of(p) if o.dep_ == "pobj" and (names_a_party(o) or person_form(o))]
    return named or given


# verbs by which someone takes a stand on an act or looks into it: their subject is no party of the act,
# each with the prepositions it reacts through (empty: any)
REACTING_VERBS = {row["lemma"]: tuple(row["preps"].split()) for row in datafiles.table(
    "events", "reacting_verbs.tsv", ("lemma", "preps"), required=("lemma",))}


def own_act(noun: Token) -> bool:
    """Whether an act noun's possessor points back to the clause's subject ("condemned *its
    own* airstrike"): the subject's own act."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" and any(o.lower_ == "own" for o in children_of(noun))
               for c in children_of(noun))


def reacting_subject(noun: Token) -> Token | None:
    """The subject of a verb that reacts to the act noun ("*the UN* condemned the attack",
    "*crowds* demonstrated against the strikes", "*police* are investigating the bombing"):
    who judges or looks into an act has not done it. Not one that rallies *for* an act (a verb
    of dissent reacts through its own prepositions) nor one that owns it ("condemned *its own*
    airstrike")."""
    prep = head_of(noun) if noun.dep_ == "pobj" and head_of(noun).dep_ == "prep" else None
    verb = head_of(prep) if prep is not None else head_of(noun)
    preps = REACTING_VERBS.get(verb.lemma_.lower())
    if noun.dep_ not in ("dobj", "pobj") or preps is None or own_act(noun):
        return None
    if prep is not None and preps and prep.lower_ not in preps:
        return None
    return next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
