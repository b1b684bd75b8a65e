"""Attacks in words and contests: an attack trigger that is not physical violence.

"The senator attacked the governor's record", "an attack on the president's plan": attacking
something said, decided or stood for is criticism, coded ACCUSE (disapprove) as "criticized"
would be; other attack words on such things ("killed the bill") are no event. "She beat her
rival in the primary", "attacked him in the debate": beating or attacking someone in a
contest is no event. "Sent doctors to fight the cholera epidemic", "battled wildfires", "a
war on poverty", "clashed with the flood waters": fighting an illness, a natural hazard
(``data/hazards.tsv``) or a scourge (poverty, hunger, a blaze) is no violence either, and no
event; nor is the struggle of rescuers (``rescuer``: "rescuers fought through the night to free
the miners") that names no one fought. The nouns are data
(``data/figurative.tsv``):
what is attacked (the verb's object, the noun trigger's "on" object, or the head of an "of"
phrase on either: "the wisdom of the plan") for the first, a contest noun in a prepositional
phrase on the trigger or its object for the second. An attack on a person or a place stays an
attack.

A measure is no attacker either: "legislation targeting Turkey", "the new tariffs target
Canada", "a law that targets journalists" name whom a decision, a tariff or a sanction is aimed
at; the act, when there is one, is coded from its own word ("imposed tariffs", "passed the
bill"). An attack trigger whose doer (its subject, or the noun its participle or relative
clause hangs on) is something said or decided, or a measure (``measure`` in the same table),
is no event.
"Pulled out ahead in the race", "pulled far out front in the race": a retreat word in a
contest is a lead taken, no withdrawal.

Sport is one contest everywhere in its sentence: "the skater *attacked* the final jump and won
the gold medal", "the batsman *struck* a century": an attack or retreat verb that sport uses
too (``play``) in a sentence with a word only sport uses (``sport`` in the table), or in a
sentence soon after one ("a heavyweight bout ... the champion was pounded in the corner"), and
no word of a force (``force``, or the ``armed`` word class) is no event; "a football player who went
on a shooting rampage" is still a shooting. Money and markets do nothing by force either: "rising
interest rates have *hit* home builders" (a ``market`` doer).

Praise and blame need a party and a matter of public life: "critics *slammed* the remake",
"the sales force *applauded* the shake-up" judge a work, a product or a figure (``work``),
and "the new tax rules *blasted* a hole in budgets" has a measure for its speaker: no event. A
state or a political speaker ("Beijing condemned the film") or a state or a political party
named in what is judged ("condemned US arms sales") makes it political (``political``).

Leaders clash in words: "the two presidents *clashed* over tariffs", "the senator clashed with
the defence secretary", "the Oval Office clash between the two leaders" exchange words, coded
ACCUSE as criticism is. A clash word (``clash`` in the table) is one of words when every party
the actors stage coded on it (its subjects and "with" objects, a noun's "between" and "with"
objects and modifiers) is a person or a group of office holders or politicians
(``TALKING_SECTORS``, not a country) heading its phrase itself ("guards of the two leaders"
is none) and the sentence names no force and no dead (``casualty``); crowds, police, troops
and countries still clash by force.

Investigating a death is no accusation: "police are investigating the sudden deaths of two
hikers" accuses no one; an inquiry verb (``inquiry``) whose direct objects are all deaths,
accidents or disappearances (``death``) is no event, while "investigating the killing",
"investigating the minister" and "opened an investigation into the death" stay.

An alert over a hazard is no mobilization: "the health ministry went on high alert over a
cholera outbreak", "hospitals were put on alert as the flu spread" ready no force. An alert
trigger (``ALERT_WORDS``) in a sentence that names an illness or a natural hazard
(``hazards.tsv``) and no force (``force`` in the table, or the ``armed`` word class) is no event.

Selling is no attack: "targeted younger customers" (``pitch_verbs.tsv`` with an ``audience``), "an attack on
its rivals with a cheaper phone" (made with a ``work``); and praise or blame in a sentence of sport
("the coach blasted the referee") judges play, unless a state or a word of public life is in it.
Counting sessions is no meeting: "held rates for a third straight meeting" (``session``), and a
"probe" with a word of space flight on it or in its clause (``space``) is a spacecraft, no inquiry.

Calling is the other such word: "called the ruling arbitrary", "calls him a dear friend", "a
venture called Orion" name someone or something; only "called the minister" with no such
predicate is a contact (CONSULT).
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Sequence

from spacy.tokens import Span, Token

from eventwire import datafiles
from eventwire.events.hazards import ARMED_SECTORS, is_hazard, word_kind
from eventwire.events.lexicon import TriggerLexicon, class_words
from eventwire.events.match import Match, word_of
from eventwire.events.modality import generic, imagined
from eventwire.events.roles_syntax import people_noun
from eventwire.events.syntax import SAY_LEMMAS, prep_objects
from eventwire.nlp.phrases import (
    RELATIVE_PRONOUNS,
    argument_heads,
    children_of,
    entities_for,
    head_of,
    once_per_token,
    overlapping,
    sentence_of,
    span_tokens,
)
from eventwire.records import Entity

TYPES = frozenset({"ASSAULT"})
CONTEST_TYPES = frozenset({"ASSAULT", "RETREAT"})   # types a contest makes no event
CONTEST_KINDS = ("contest", "election", "trophy")   # a sport's contests and elections are contests too
SPORT_SCENE_KINDS = ("sport", "trophy", "prize", "official")   # words that tell a scene of sport
WON_KINDS = ("trophy", "prize")                     # what is won in sport ("won the stage")
DEAL_TYPES = frozenset({"AGREE", "COOPERATE"})      # a club's or a player's deal is no pact
WIN_LEMMAS = frozenset({"win", "clinch", "claim", "retain", "defend", "reach"})   # "to win the title"
TOPIC_PREPS = ("over", "about")          # what a clash is over
SHOW_PREPS = ("on", "in", "during")      # the show a clash is on ("clashed on the reality show")
CLASH_MATTERS = ("work", "said", "sport", "trophy", "contest", "election")    # a clash in words is over these
DOER_KINDS = ("said", "measure", "market")
JUDGING_TYPES = frozenset({"ACCUSE", "SUPPORT"})    # praise and blame, which judge something
COURTING_TYPES = frozenset({"REQUEST"})             # an appeal that may only court an audience
ASKED_DEPS = ("xcomp", "ccomp", "advcl")           # the act an appeal asks for ("to turn out")
MUTE_KINDS = ("measure", "market")                  # doers that cannot praise or blame
PLAY_KINDS = ("play", "assail")                     # attack verbs that sport uses too
MEMBER_PREPS = ("including", "like")                # "remarks, including an attack on ..."
CRITICISM = "criticize"   # the ACCUSE entry a verbal attack takes
CONTEST_PREPS = ("in", "at", "during", "by")     # "by" a margin, a landslide
SPAN_PREPS = ("during",)     # a time a contest ran: an act in it is of the contest only on a rival
CONTACT_TYPES = frozenset({"CONSULT"})
NAMING_DEPS = ("oprd",)     # the object predicate of "called X a Y", "called X arbitrary"
SPEECH_DEPS = ("advcl", "conj")     # "attacked X, saying ...", "attacked X and blamed ..."
PLACE_CLASSES = ("ground", "base", "property")     # word classes of places attacked
TARGET_CLASSES = (*PLACE_CLASSES, "armed")          # ... and of forces and their kit
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
SPORT_REACH = 3     # sentences before a verb that may name its sport
ALERT_WORDS = frozenset({"alert", "readiness"})     # a MOBILIZE trigger that readies, no more
TALKING_SECTORS = frozenset({"GOV", "LEG", "JUD", "OPP", "PTY", "ELI"})   # who clash in words
TALKING_KINDS = frozenset({"person", "nominal", "group"})                  # not a country
CLASH_PREPS = ("with", "between", "against")
CLASH_MODIFIERS = ("poss", "compound", "amod")
STATE_ENTITIES = frozenset({"GPE", "NORP"})     # a state or a people: its judgments are political
RULING_SECTORS = frozenset({"GOV"})                 # a named ruler who may send its forces
NAMED_BODIES = frozenset({"ORG", "NORP", "GPE"})
FORCE_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION"})   # a threat of these is no rivalry
TRADING_SECTORS = frozenset({"BUS"})               # firms, whose attack "with" a product is selling
PITCH_VERBS = frozenset(datafiles.words("events", "pitch_verbs.tsv"))   # "targeted younger customers"


@functools.cache
def political_sectors() -> frozenset[str]:
    """The sector codes of actors of public life (``data/political_sectors.tsv``)."""
    return frozenset(datafiles.words("events", "political_sectors.tsv"))


@functools.cache
def _words() -> dict[str, str]:
    rows = datafiles.table("events", "figurative.tsv", ("word", "kind"), required=("word", "kind"))
    return {row["word"]: row["kind"] for row in rows}


def figurative(match: Match, actors: Sequence[Entity] = ()) -> bool:
    """Whether an attack trigger is no violence: it stands in a contest ("beat X in the
    primary"; a retreat word too: "pulled out ahead in the race"), a measure or something
    decided does it ("tariffs targeting Canada"), it fights a hazard or a scourge ("to fight
    the epidemic"), or its word cannot be said in words and it attacks something said
    ("killed the bill"); or it stands in a sentence of sport (:func:`_sporting`); or a contact
    verb names someone (:func:`naming`); or praise or blame judges no public matter
    (:func:`_judges_nothing`); or the clause says what such parties generally do
    (``modality.generic``); or an "if" clause only imagines the act (``modality.imagined``); or
    an inquiry is into deaths alone (:func:`_inquires_into_death`). ``actors`` tell an armed
    doer (:func:`_sells`)."""
    if naming(match) or generic(match.head) or imagined(match.head) or _judges_nothing(match) \
            or _inquires_into_death(match) or _alert_over_hazard(match) or _courts(match) \
            or _sport_deal(match) or _trial_procedure(match) or _frees_no_captive(match) \
            or _clash_off_field(match) or _interview_question(match) or _counted_session(match) \
            or _space_probe(match) or _judged_in_sport(match) or _advises_anyone(match, actors) \
            or _threat_in_contest(match, actors):
        return True
    if match.trigger.type not in CONTEST_TYPES:
        return False
    if _sporting(match) or _scores(match):
        return True
    # "stormed back to defeat Portugal in the final": a play verb going on from the trigger holds
    # the contest too, but only one of sport ("attacked opposition offices to crush their rivals in
    # the election" is violence)
    sport = any(_kind(t) in SPORT_SCENE_KINDS for t in span_tokens(sentence_of(match.head)))
    plays = [c for c in children_of(match.head) if c.dep_ in ("xcomp", "advcl") and _kind(c) == "play"]
    held = [obj for holder in (match.head, *_targets(match)) for obj in prep_objects(holder, CONTEST_PREPS)] \
        + [obj for holder in plays for obj in prep_objects(holder, CONTEST_PREPS)
           if sport or _kind(obj) in SPORT_SCENE_KINDS]
    if any(_kind(obj) in CONTEST_KINDS and (head_of(obj).lower_ not in SPAN_PREPS or _contested(match))
           for obj in held) and not _names_force(match.head):
        return True     # "beat her rival in the primary"; not "a drone struck the stadium during a match"
    if match.trigger.type not in TYPES:
        return _publishes(match)
    if _power_without_arms(match) or _sells(match, actors):
        return True
    if any(_kind(doer) in DOER_KINDS for doer in _doers(match)):
        return True
    if any(_scourge(t) for t in _targets(match) + _fought(match)) or _rescuers_struggle(match):
        return True
    if _reviews_work(match):
        return True
    return not _assails(match) and any(_said(t) or _prospect(t) for t in _targets(match))


def _prospect(noun: Token) -> bool:
    """A hope, a chance or an interest (``prospect``) in the very form the table gives, with no
    state or people to own it: "killed any interest in rematches", "crushed their hopes"; "struck
    American interests", "US interests" are a state's assets, which may be attacked."""
    return _words().get(noun.lower_) == "prospect" \
        and not any(c.ent_type_ in STATE_ENTITIES for c in children_of(noun) if c.dep_ in CLASH_MODIFIERS)


def _contested(match: Match) -> bool:
    """Whether an act told "during" a contest is one of the contest, not one done while it ran: a
    retreat, a verb sport uses too ("beat", "defeated"), or an attack on a rival ("attacked his
    opponent during the debate"); not one on voters ("attacked supporters during the vote")."""
    return match.trigger.type not in TYPES or _kind(match.head) == "play" \
        or any(_kind(t) == "rival" for t in _targets(match))


def naming(match: Match) -> bool:
    """Whether a contact verb names rather than contacts: it has an object predicate
    besides what it names ("called the decision a blatant case of ...", "a venture called
    Orion"); a lone "object predicate" is the parser's misreading of the called party
    ("called Putin, a former spy, ..."). Other verbs with one ("declared the group a
    terrorist organisation") are acts in their own right."""
    head = match.head
    if match.trigger.type not in CONTACT_TYPES or match.trigger.kind != "verb" or head.pos_ != "VERB":
        return False
    named = head.dep_ == "acl" or any(c.dep_ in ("dobj", "nsubjpass") for c in children_of(head))
    return named and any(c.dep_ in NAMING_DEPS for c in children_of(head))


def as_criticism(match: Match, lexicon: TriggerLexicon, actors: Sequence[Entity] = ()) -> Match:
    """The match, as criticism when an attack word that may be said in words ("attacked",
    "an attack on") attacks something said or decided, or is said to be made in words ("a
    scathing attack on the government", "a blistering attack"), else unchanged. ``actors``
    tell an armed doer, whose attack is one by force (:func:`_in_words`)."""
    if match.trigger.type not in TYPES:
        return match
    said = _assails(match) and (_in_words(match, actors) or any(_said(t) for t in _targets(match)))
    if not _clash_in_words(match, actors) and not _under_fire_in_words(match, actors) and not said:
        return match
    entry = next((e for e in lexicon.lookup("verb", CRITICISM) if e.type == "ACCUSE"), None)
    return match if entry is None else dataclasses.replace(match, trigger=entry)


def _clash_in_words(match: Match, actors: Sequence[Entity]) -> bool:
    """A clash word whose coded parties are all office holders or politicians, each heading a
    party phrase itself, in a sentence that names no force and no dead or wounded ("the two
    presidents clashed over tariffs"; not "guards of the two leaders clashed", "clashed in the
    capital, leaving dozens dead")."""
    head = match.head
    if _kind(head) != "clash" or not actors or _names_force(head) or _names_casualty(head) \
            or any(_scourge(t) for t in _fought(match)):
        return False    # "firefighters clashed with the flood waters": no words, no event
    if head.pos_ == "VERB":
        holders = [c for c in children_of(head) if c.dep_ == "nsubj"]
    else:
        holders = [c for c in children_of(head) if c.dep_ in CLASH_MODIFIERS]
    holders += prep_objects(head, CLASH_PREPS)
    heads = [h for t in holders for h in argument_heads(t)]
    if any(not overlapping(list(actors), h.idx, h.idx + len(h)) and entities_for(h, list(actors))
           for h in heads):
        return False    # "guards of the two party leaders", "supporters of the candidates"
    parties = [e for t in holders for e in entities_for(t, list(actors)) if e.sector]
    return bool(parties) and all(e.sector in TALKING_SECTORS and e.kind in TALKING_KINDS for e in parties)


def _names_force(word: Token, besides: bool = False) -> bool:
    """A word of a force in the word's sentence (``force`` in the table, or ``armed``), not one
    that only modifies another thing ("military aid", "police reform"); with `besides`, one
    other than the word itself ("targeted" is an ``armed`` word)."""
    def force(t: Token) -> bool:
        return _kind(t) == "force" or t.lemma_.lower() in class_words("armed")

    return any(force(t) and (t.dep_ not in ("amod", "compound") or force(head_of(t)))
               and not (besides and t.i == word.i) for t in span_tokens(sentence_of(word)))


def _power_without_arms(match: Match) -> bool:
    """"Hopes to *seize power* at the ballot box", "tried to *grab power* by extending his term":
    power taken (a light trigger whose noun is in word class ``rule``) is a coup, an ASSAULT,
    only when a force takes it ("the army seized power"; its own head word, not "a *rebel*
    leader") or a word of a coup (``coup``: "in a coup", "at gunpoint") is in its sentence."""
    if match.noun is None or match.noun.lemma_.lower() not in class_words("rule"):
        return False
    armed = class_words("force", "fighting_body", "armed")
    if any(_kind(doer) == "force" or doer.lemma_.lower() in armed for doer in _doers(match)):
        return False
    coup = class_words("coup")
    return not any(t.lemma_.lower() in coup or t.lower_ in coup for t in span_tokens(sentence_of(match.head)))


def _names_casualty(word: Token) -> bool:
    """A word of the dead or wounded (``casualty``) in the word's sentence."""
    return any(_kind(t) == "casualty" for t in span_tokens(sentence_of(word)))


def _alert_over_hazard(match: Match) -> bool:
    """An alert in a sentence that names a hazard and no force ("went on high alert over a
    cholera outbreak"; not "put its troops on high alert after the floods")."""
    if match.trigger.type != "MOBILIZE" or not ALERT_WORDS & set(match.trigger.words):
        return False
    sentence = sentence_of(match.head)
    return not _names_force(match.head) and any(is_hazard(t) or word_kind(t) == "ailment"
                                                for t in span_tokens(sentence))


def _inquires_into_death(match: Match) -> bool:
    """An inquiry verb whose objects are all deaths ("investigating the deaths of two people");
    "an investigation into the activist's death", announced, stays an act, and so does an
    inquiry into a death by violence or of a political person (:func:`_grave`)."""
    head = match.head
    if match.trigger.type != "ACCUSE" or _kind(head) != "inquiry" or head.pos_ != "VERB":
        return False
    objects = [c for c in children_of(head) if c.dep_ in ("dobj", "nsubjpass")]
    return bool(objects) and all(_kind(o) == "death" and not _grave(o) for o in objects)


def _grave(death: Token) -> bool:
    """A death that is a political matter: told with a verb of violence ("the deaths of
    protesters *shot* by police") or of a person of public life ("the disappearance of an
    *opposition* leader", "the deaths of two *journalists*")."""
    return any(t is not death and _kind(t) in ("violent", "political") for t in death.subtree)


def _judges_nothing(match: Match) -> bool:
    """Praise or blame of a work, a product or a figure ("critics slammed the remake",
    "praised the new album"), or with a measure or a market for its speaker ("the new
    rules blasted a hole in budgets"). A state or a political speaker, or a state or a political
    party named in what is judged ("condemned US arms sales", "Beijing condemned the film"), makes
    the judgment political (:func:`_political`)."""
    if match.trigger.type not in JUDGING_TYPES or match.head.pos_ != "VERB":
        return False
    doers = _doers(match)
    if any(_kind(doer) in MUTE_KINDS for doer in doers):
        return True
    if any(_political(d) for d in doers):
        return False    # "Beijing condemned the documentary film"
    return any(_judged_work(t) for t in _targets(match)) or _blames_no_party(match)


def _blames_no_party(match: Match) -> bool:
    """"Economists blamed the slump on high interest rates", "cut its forecast, blaming weak
    demand": blame (ACCUSE) laid only on money and markets (``market``), an ill of the economy
    (``scourge``) or a natural hazard, with no entity and no word of public life in them, accuses
    no party. A measure is some body's act: blame laid on it ("farmers blamed the new fuel tax for
    their losses") criticises its makers."""
    if match.trigger.type != "ACCUSE":
        return False
    blamed = [*_targets(match), *prep_objects(match.head, ("on",))]
    return bool(blamed) and all(
        (_kind(t) in ("market", "scourge") or word_kind(t) == "hazard")
        and not any(w.ent_type_ or _political(w) for w in t.subtree) for t in blamed)


def _judged_work(noun: Token) -> bool:
    """A work, a product or a figure judged (``work``), unnamed, with no state or word of public
    life in it, and with no "of" phrase but one on another work ("the revival of the opera"): "the
    collection of biometric data", "the show of force", "the performance of the security forces"
    are acts judged, not works."""
    return _kind(noun) == "work" and not noun.ent_type_ and not any(_political(w) for w in noun.subtree) \
        and all(_kind(o) == "work" for o in prep_objects(noun, ("of",)))


def _political(word: Token) -> bool:
    """A state or a people named ("Beijing", "US arms sales") or a word of public life
    (``political``: "the opposition party", "the ministry")."""
    return word.ent_type_ in STATE_ENTITIES or _kind(word) == "political"


def _sporting(match: Match) -> bool:
    """A verb that sport uses too ("beat", "hit", "attacked", "knocked out": kind ``play`` or
    ``assail``) in a sentence with no word of a force, a weapon or the dead ("troops", "convoy",
    "militants", "a rocket", "attackers": ``force``; "dead": ``casualty``), with
    a word only sport uses ("medal", "inning", "goalkeeper", "referee") in it or in the few
    sentences before it (:func:`_passage`): it tells play."""
    if match.head.pos_ != "VERB" or _kind(match.head) not in PLAY_KINDS:
        return False    # "the football player who went on a shooting rampage": no play word
    if _names_force(match.head) or _names_casualty(match.head):
        return False    # "the rocket struck a football pitch", "a bomb struck the team bus"
    if any(_kind(d) == "audience" for d in _doers(match)):
        return False    # "fans attacked the visiting team's bus after the derby" plays no game
    sentence = sentence_of(match.head)
    return any(_kind(t) == "sport" for passage in _passage(match.head) for t in passage) \
        or (any(_won_trophy(t) for t in span_tokens(sentence)) and not any(_kind(t) == "political"
                                                                           for t in span_tokens(sentence))) \
        or (any(scoreline(t) for t in span_tokens(sentence)) and not any(_kind(t) == "political"
                                                                         for t in span_tokens(sentence)))


def scoreline(token: Token) -> bool:
    """A score such as "2-0" or "6-4" (one token, or two small numbers around a hyphen) told of a
    side or a result: after a side named or a verb of winning ("beat Argentina 2-0", "won 3-1"),
    and not before a noun unless a sport word ("a 2-0 final"). A number range or a date range is
    none ("attacked 10-12 homes", "the night of 14-15 July", review of round 32). With a verb that
    sport uses too it tells play (round 32)."""
    text, doc = token.text, token.doc
    if "-" in text and not token.like_email:
        left, _, right = text.partition("-")
        if not (left.isdigit() and right.isdigit() and len(left) <= 2 and len(right) <= 2):
            return False
        last = token
    else:
        if not (text.isdigit() and len(text) <= 2) or token.i + 2 >= len(doc):
            return False
        dash, other = token.nbor(1), token.nbor(2)
        if dash.text not in ("-", "–") or dash.whitespace_ \
                or not (other.text.isdigit() and len(other.text) <= 2):
            return False
        last = other
    if token.ent_type_ in ("DATE", "TIME"):
        return False
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if after is not None and after.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") \
            and _kind(after) not in SPORT_SCENE_KINDS:
        return False    # "10-12 Palestinian homes", "14-15 July"
    before = doc[token.i - 1] if token.i > 0 else None
    return before is not None and (before.pos_ in ("NOUN", "PROPN") or before.lemma_.lower() in WIN_LEMMAS
                                   or _kind(before) in SPORT_SCENE_KINDS)


def _won_trophy(verb: Token) -> bool:
    """"To win the world championship", "won the stage": a verb of winning whose object is a
    sport's prize or contest (``trophy``, ``prize``) tells a sentence of sport as a sport-only word does,
    when no word of public life is there ("protesters stormed the stadium after the team won the
    match" is no play)."""
    return verb.lemma_.lower() in WIN_LEMMAS and any(
        c.dep_ == "dobj" and _kind(c) in WON_KINDS for c in children_of(verb))


def _clash_off_field(match: Match) -> bool:
    """"The pop star clashed with her label over the release date of the album", "two chefs
    clashed on the reality show": a clash word (``clash``) over a work, words or a game
    (``CLASH_MATTERS`` in a ``TOPIC_PREPS`` or ``CLASH_PREPS`` phrase), or on a show (a ``work`` in a
    ``SHOW_PREPS`` phrase: not "in the market", a place), in a sentence
    with no force, no dead, no crowd (``crowd`` in hazards.tsv, an ``audience`` such as fans or
    supporters) and no word of public life or state (leaders who clash in words are ACCUSE:
    :func:`as_criticism`), is a quarrel, no event."""
    head = match.head
    if _kind(head) != "clash" or _names_force(head) or _names_casualty(head):
        return False
    if any(_political(t) or _kind(t) == "audience" or word_kind(t) == "crowd"
           for t in span_tokens(sentence_of(head))):
        return False
    phrases = [p for p in children_of(head) if p.dep_ == "prep"]
    return any(_kind(w) in CLASH_MATTERS for p in phrases if p.lower_ in (*TOPIC_PREPS, *CLASH_PREPS)
               for w in p.subtree) or any(_kind(w) == "work" for p in phrases if p.lower_ in SHOW_PREPS
                                          for w in p.subtree)


def _sport_deal(match: Match) -> bool:
    """"The midfielder agreed a three-year deal with the Saudi club", "agreed a fee with Chelsea
    for the goalkeeper": a deal made by a player or for one (a sport-only word heading its doer or
    a "for" or "with" phrase: :func:`_dealers`), in a sentence with no word of a force or of public
    life (``political``) and no state for its doer, is a transfer or a contract, no agreement
    between parties; a sports body's deal with a firm stays a deal."""
    if match.trigger.type not in DEAL_TYPES:
        return False
    sentence = sentence_of(match.head)
    if not any(_kind(t) == "sport" for t in _dealers(match)) or _names_force(match.head):
        return False    # "India's cricket board struck a deal with a broadcaster" is a business deal
    if any(_kind(t) == "political" for t in span_tokens(sentence)):
        return False    # "the football federation agreed a deal with the sports ministry"
    return not any(d.ent_type_ in STATE_ENTITIES for d in _doers(match))


def _interview_question(match: Match) -> bool:
    """"The interviewer pressed the minister on the waiting lists", "the host asked her about
    the tour": a request verb whose doer puts questions for an audience (``questioner``) and that
    asks for no act (no "to" clause: "the host urged the minister *to resign*" stays) is a
    question, no request (docs/annotation.md §4)."""
    head = match.head
    if match.trigger.type != "REQUEST" or head.pos_ != "VERB":
        return False
    if not any(_kind(d) == "questioner" and not d.ent_type_ for d in _doers(match)):
        return False
    return not any(c.dep_ in ASKED_DEPS and any(a.lower_ == "to" for a in children_of(c))
                   for c in children_of(head))


def _dealers(match: Match) -> list[Token]:
    """Who makes a deal or whom it is for: the verb's doers and the heads of the "for" and "with"
    phrases on it or on its object ("agreed a fee with Chelsea *for the goalkeeper*")."""
    head = match.head
    holders = [head, *(c for c in children_of(head) if c.dep_ == "dobj")]
    return _doers(match) + [o for h in holders for o in prep_objects(h, ("for", "with"))]


def _trial_procedure(match: Match) -> bool:
    """Courtroom procedure between the trial's own people: a lawyer's, a prosecutor's or the
    bench's request of the jury or a witness (``trial``: "asked the jury to acquit his client",
    "asked the witness to read the email aloud"), or the bench refusing a step of the trial or a
    pleader's request ("the judge refused a request by the defence to delay the trial", "refused
    to let them add jury instructions": a ``procedure``, ``defence`` or ``prosecutor`` word, or a
    ``trial`` or ``pleader`` one, in what is refused). A court that refuses a party ("rejected the
    government's request to ban the party", "a media request to make public a court file") stays
    a refusal."""
    head = match.head
    if match.trigger.type == "REQUEST":
        return head.pos_ == "VERB" and _pleads_to_trial(head)
    if head.pos_ != "VERB" or match.trigger.type != "REJECT":
        return _asked_in_trial(match.head)
    doers = {w for d in _doers(match) if not d.ent_type_ for w in (d.lemma_.lower(), d.lower_)}
    if not doers & class_words("bench"):
        return False
    steps = class_words("procedure", "defence", "prosecutor")
    refused = [w for c in children_of(head) if c.dep_ in ("dobj", "xcomp", "ccomp") for w in c.subtree]
    return any((w.lemma_.lower() in steps or _kind(w) in ("trial", "pleader")) and not w.ent_type_
               for w in refused)


def _pleads_to_trial(verb: Token) -> bool:
    """A verb whose addressees are all the trial's own people and whose doer is the bench, the
    defence, a prosecutor or a pleader ("the lawyer asked the jury to acquit his client"), or is
    not named at all ("the witness was asked to identify the man"); a "by" phrase anywhere in it
    names someone else asking ("witnesses were asked to come forward *by police* investigating
    the shooting", the parser hanging the agent on the asked verb)."""
    named = _verb_doers(verb)
    doers = {w for d in named if not d.ent_type_ for w in (d.lemma_.lower(), d.lower_)}
    if named and not doers & class_words("bench", "defence", "prosecutor") \
            and not any(_kind(d) == "pleader" for d in named):
        return False
    if not named and any(t.lower_ == "by" and t.dep_ in ("prep", "agent") for t in verb.subtree):
        return False
    addressed = [c for c in children_of(verb) if c.dep_ in ("dobj", "dative", "nsubjpass")]
    return bool(addressed) and all(_kind(a) == "trial" for a in addressed)


def _asked_in_trial(word: Token) -> bool:
    """The act a courtroom request asks for ("asked the jury *to convict* the minister", "... to
    find him guilty and *jail* him"): with the request no event (:func:`_pleads_to_trial`), the
    act it asks for is none either; what that act only names ("asked to describe *the attack*")
    is left to its own coding."""
    asked = word
    while asked.dep_ == "conj" and head_of(asked) is not asked:
        asked = head_of(asked)
    return asked.dep_ in ("xcomp", "ccomp") and head_of(asked).pos_ == "VERB" \
        and _pleads_to_trial(head_of(asked))


def _frees_no_captive(match: Match) -> bool:
    """A release verb (``publish``) that lets go a patient or an animal, not a captive ("the
    hospital released the patient", "released two eagles into the wild"; "was released from
    hospital": ``patient``, or an animal of ``hazards.tsv``)."""
    head = match.head
    if match.trigger.type != "RETREAT" or _kind(head) != "publish" or head.pos_ != "VERB":
        return False
    freed = [c for c in children_of(head) if c.dep_ in ("dobj", "nsubjpass")]
    if freed and all(_kind(f) == "patient" or word_kind(f) == "animal" for f in freed):
        return True
    return any(_kind(o) == "patient" for o in prep_objects(head, ("from",)))


def _reviews_work(match: Match) -> bool:
    """An attack word said of a work ("the critics attacked the new opera as self-indulgent",
    "savaged the revival"): a review, unless a state or a word of public life is its doer or is
    named in the work judged, or a force is in its sentence."""
    if not _assails(match) or _names_force(match.head) or any(_political(d) for d in _doers(match)):
        return False
    return any(_judged_work(t) for t in _targets(match))


def _under_fire_in_words(match: Match, actors: Sequence[Entity] = ()) -> bool:
    """"The minister came under fire over the budget", "... from critics": to come under fire
    for something, or from people who bear no arms (:func:`_bears_arms`) in a sentence with no
    force or dead, is to be criticised; "the convoy came under fire from insurgents" is an attack."""
    head, noun = match.head, match.noun
    if match.trigger.words != ("come", "under", "fire") or noun is None:
        return False    # "came under gunfire", "... shelling": only fire is said in words
    if prep_objects(head, ("for", "over")) or prep_objects(noun, ("for", "over")):
        return True
    sources = prep_objects(head, ("from",)) + prep_objects(noun, ("from",))
    return bool(sources) and not any(_bears_arms(s, actors) for s in sources) \
        and not _names_force(head) and not _names_casualty(head)


def _bears_arms(word: Token, actors: Sequence[Entity]) -> bool:
    """Whether a party may fire shots: a word of a force or an armed body (word classes
    ``force``, ``fighting_body``, ``armed``: "militiamen", "troops"), a coded party of an armed
    sector, or a named place, whose forces may fire ("came under fire from Borduria")."""
    if word_of(word) & class_words("force", "fighting_body", "armed"):
        return True
    if word.ent_type_ in ("GPE", "LOC"):
        return True
    return any(e.sector in ARMED_SECTORS for e in entities_for(word, list(actors)))


def _scores(match: Match) -> bool:
    """"The golfer *shot a 67*": an attack verb whose object is a bare number with an article
    is a score, no one shot; "shot three protesters" names people."""
    head = match.head
    return head.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.like_num and any(d.dep_ == "det"
                                                for d in children_of(c)) for c in children_of(head))


def _passage(word: Token) -> list[Span]:
    """The word's sentence and the ``SPORT_REACH`` sentences before it: a fight report names
    its sport once ("the heavyweight bout") and then tells the rounds in plain verbs."""
    sentences = [sentence_of(word)]
    while len(sentences) <= SPORT_REACH and sentences[-1].start > 0:
        sentences.append(word.doc[sentences[-1].start - 1].sent)
    return sentences


def _assails(match: Match) -> bool:
    word = match.noun if match.noun is not None else match.head
    return _kind(word) == "assail"


def _in_words(match: Match, actors: Sequence[Entity] = ()) -> bool:
    """An attack noun with a modifier that only words have ("scathing", "verbal": kind
    ``verbal``) or one of the things said that it is listed among ("remarks ..., including an
    attack on the senator"), or an attack whose verb goes on with a verb of saying or of naming
    ("attacked Clinton, *saying* ...", "launched an attack on the spy chiefs, *calling* them
    ...", "attacked the police and *blamed* ...": kind ``speech``, or a lemma of
    ``say_lemmas.tsv``), or an office holder's attack that gives its reason in a "for" phrase
    ("attacked the bank *for raising* rates": :func:`_blamed_for`). Forces give their
    reasons for a real attack as politicians give theirs for one in words: the verb of saying
    makes no criticism when the doer is armed ("Rebels attacked a convoy, *saying* it carried
    weapons": a sector of ``ARMED_SECTORS``) or the target is a place or a force or its kit
    ("attacked the town", "attacked rebel fighters", "attacked a police patrol":
    ``TARGET_CLASSES``)."""
    word = match.noun if match.noun is not None else match.head
    if word.pos_ == "NOUN" and any(c.dep_ == "amod" and _kind(c) == "verbal" for c in children_of(word)):
        return True
    if word.pos_ == "NOUN" and word.dep_ == "pobj" and head_of(word).lower_ in MEMBER_PREPS \
            and _said(head_of(head_of(word))):
        return True     # "made remarks about the army, *including an attack on* its chief"
    head = match.head
    if head.pos_ != "VERB" or any(_target(t) for t in _targets(match)):
        return False    # "attacked the town, saying it sheltered troops" is an attack
    doers = [e for d in _doers(match) for e in entities_for(d, list(actors))]
    if any(_armed(e) for e in doers):
        return False    # "Israeli jets attacked Hamas, saying ..."
    if _blamed_for(head) and any(e.sector in TALKING_SECTORS for e in doers):
        return True     # "the president attacked the central bank for raising rates"
    return any(c.dep_ in SPEECH_DEPS and c.pos_ == "VERB" and (c.lemma_ in SAY_LEMMAS or _kind(c) == "speech")
               for c in children_of(head))


def _blamed_for(verb: Token) -> bool:
    """Whether the verb gives a deed or a thing said as its reason ("attacked the bank *for
    raising* rates", "*for its remarks*"): a politician blames that way, a force does not
    give its reasons in a "for" phrase."""
    reasons = [c for p in children_of(verb) if p.dep_ == "prep" and p.lower_ == "for"
               for c in children_of(p) if c.dep_ in ("pcomp", "pobj")]
    return any((r.tag_ == "VBG" and r.dep_ == "pcomp") or _said(r) for r in reasons)


def _target(noun: Token) -> bool:
    """A place named, a place word ("the town", "the army base", "Kelo") or a word of a force,
    its posts or its kit ("rebel fighters", "positions", "a convoy", "Hamas targets"); an
    armed party named alone ("the police", "the army") may be attacked in words (word classes
    TARGET_CLASSES)."""
    return noun.ent_type_ in PLACE_ENTITIES or noun.lemma_.lower() in class_words(*TARGET_CLASSES)


def _armed(entity: Entity) -> bool:
    return entity.sector in ARMED_SECTORS


def _courts(match: Match) -> bool:
    """An appeal to voters, fans or buyers (``audience``) that asks for no act ("appealed to
    rural voters with promises of roads", "made an appeal to young voters"), or an appeal to
    anyone that asks only for their vote (``ballot``: "appealed to pensioners to turn out on
    polling day"): a pitch, no request. "Appealed to voters *to stay home*" asks for another
    act and stays a request, "to *be* patient" too (an auxiliary's part of speech)."""
    if match.trigger.type not in COURTING_TYPES:
        return False
    holders = [match.head] if match.noun is None else [match.head, match.noun]
    asked = [c for h in holders for c in children_of(h) if c.dep_ in ASKED_DEPS and c.pos_ in ("VERB", "AUX")
             and (c.dep_ != "advcl" or any(a.lower_ == "to" for a in children_of(c)))]
    if asked:
        return all(_ballot(verb) for verb in asked)
    if any(_kind(t) != "backing" for h in holders for t in prep_objects(h, ("for",))):
        return False    # "appealed to farmers for calm" asks for something
    return any(_kind(t) == "audience" for h in holders for t in prep_objects(h, ("to",)))


def _advises_anyone(match: Match, actors: Sequence[Entity]) -> bool:
    """Advice to no one in particular: a verb of advice (``advise``: not "urged", "demanded",
    "called for") with no addressee whose act asked is a gerund, given by one who advises by
    trade (``adviser``, a ``rescuer``: "doctors advise drinking plenty of water") or asking a
    routine of one's own body or home (``routine``: "recommend wearing masks"), is health or
    safety advice, no request (round 32). A state, a body of public life, an office holder or a
    pronoun so advising ("the ministry advised avoiding travel to ...") stays a request, and so
    does any demand for an act ("unions urged scrapping the reform", review of round 32)."""
    head = match.head
    if match.trigger.type not in COURTING_TYPES or match.noun is not None or head.pos_ != "VERB" \
            or _kind(head) != "advise":
        return False
    if any(c.dep_ in ("dobj", "dative", "iobj") and c.tag_ != "VBG" for c in children_of(head)) \
            or prep_objects(head, ("on", "to")):
        return False    # "advised residents to ...", "called on the government"
    acts = [c for c in children_of(head) if c.dep_ in ("xcomp", "ccomp", "dobj") and c.tag_ == "VBG"]
    if not acts:
        return False
    doers = _doers(match)
    if not doers or any(
            d.pos_ == "PRON" or _political(d) or d.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")
            or any(e.country or e.office or e.sector in political_sectors()
                   for e in entities_for(d, list(actors)))
            for d in doers):
        return False
    return any(_kind(d) in ("adviser", "rescuer") for d in doers) \
        or all(_words().get(f"to {act.lemma_.lower()}") == "routine" for act in acts)


def _threat_in_contest(match: Match, actors: Sequence[Entity] = ()) -> bool:
    """A threat whose act is one of a contest or a market, not a harm to a party ("threatened to
    overtake its rival in the cloud market", "threatens to outsell its rivals"): the verb the
    threat goes on to has a rival for its object or a contest or market for its scene (round
    32) -> no event. Not when that verb is itself one of force or coercion ("threatened to
    arrest his rivals", "to sanction its rivals in the chip market"; a verb sport uses too, such
    as "beat", is none), nor when the doer or the rival is a state or a party of public life
    ("the junta threatened to punish its opponents", "Russia threatened to halt gas exports"):
    review of round 32."""
    if match.trigger.type != "THREATEN" or _names_force(match.head) or _names_casualty(match.head):
        return False
    if any(_public(d, actors) for d in _doers(match)):
        return False
    acts = [c for c in children_of(match.head) if c.dep_ == "xcomp" and c.pos_ == "VERB" and not _forceful(c)]
    return any(any(c.dep_ == "dobj" and _kind(c) == "rival" and not _public(c, actors)
                   for c in children_of(act))
               or any(_kind(obj) in (*CONTEST_KINDS, "market") for obj in prep_objects(act, CONTEST_PREPS))
               for act in acts)


def _forceful(verb: Token) -> bool:
    """A verb the trigger lexicon codes as force, coercion or sanction ("kill", "arrest", "halt"),
    unless sport uses it too (``play``, ``assail``: "beat")."""
    from eventwire.events.lexicon import load_triggers

    return _kind(verb) not in PLAY_KINDS and any(
        t.type in FORCE_TYPES for t in load_triggers().lookup("verb", verb.lemma_.lower()))


def _public(word: Token, actors: Sequence[Entity]) -> bool:
    """A state or a people named, a word of public life, or an actor the actors stage codes with
    an office or a political sector ("the junta", "Hamas", "President Erdogan", "Russia")."""
    return _political(word) or any(
        e.office or e.sector in political_sectors() or (e.country and e.sector not in TRADING_SECTORS)
        for e in entities_for(word, list(actors)))


def _ballot(verb: Token) -> bool:
    """A verb of casting a vote ("to vote", "to turn out": kind ``ballot``, written with "to"
    so that the noun "vote" keeps its own kind)."""
    words = [verb.lemma_.lower(), *(c.lower_ for c in children_of(verb) if c.dep_ == "prt")]
    return _words().get(f"to {words[0]}") == "ballot" or _words().get(f"to {' '.join(words)}") == "ballot"


def _publishes(match: Match) -> bool:
    """A release verb (``publish``) whose object is something said or a work, or heads an "of"
    phrase on a work ("released the full text of its ruling", "released a new album", "the
    final season of the drama"): a publication, no one freed."""
    if _kind(match.head) != "publish":
        return False
    return any(_said(t) or _kind(t) == "work" or any(_kind(o) == "work" for o in prep_objects(t, ("of",)))
               for t in _targets(match))     # "released the final season of the drama"


def _said(noun: Token) -> bool:
    """A noun of something said or decided, or one heading an "of" phrase on such a noun
    ("the logic of the proposal")."""
    return _kind(noun) == "said" or any(_kind(o) == "said" for o in prep_objects(noun, ("of",)))


def fought_harm(noun: Token) -> bool:
    """An ill or a harm that is fought, no party ("fight *corruption*", "battle *the
    epidemic*"): a scourge or hazard (:func:`_scourge`) or an ill (``{ill}`` in
    ``word_classes.tsv``), named by no entity."""
    return not noun.ent_type_ and (_scourge(noun) or noun.lemma_.lower() in class_words("ill"))


def _sells(match: Match, actors: Sequence[Entity] = ()) -> bool:
    """"The firm targeted younger customers with its new app", "launched an attack on its rivals
    with a cheaper phone": with no force in the sentence, an aiming verb (``pitch``) whose
    objects are all an audience (``audience``: customers, voters; the verbs are
    ``data/pitch_verbs.tsv``), or an attack made "with" a
    product or a work (``work``), or by firms alone (``TRADING_SECTORS``) "with" anything but a
    force or a weapon, is selling, no violence. A doer the actors stage codes as an
    armed body (``ARMED_SECTORS``), or a named state or ruling group with no "with" phrase for
    the means of a pitch ("the Taliban targeted voters at polling stations"), is a force too."""
    head = match.head
    if _names_force(head, besides=True):
        return False
    pitched = bool(prep_objects(head, ("with",)))
    for doer in _doers(match):
        for entity in entities_for(doer, list(actors)):
            if entity.sector in ARMED_SECTORS or (entity.sector in RULING_SECTORS and not pitched
                                                  and doer.ent_type_ in NAMED_BODIES):
                return False
    targets = _targets(match)
    if head.lemma_.lower() in PITCH_VERBS and targets and all(_kind(t) == "audience" for t in targets):
        return True
    holders = [head, *([match.noun] if match.noun is not None else [])]
    means = [o for h in holders for o in prep_objects(h, ("with",))]
    if any(_kind(o) == "work" for o in means):
        return True
    # "the startup declared war on plastic packaging with a new wrapper": a firm's means, no arms
    firms = [e for d in _doers(match) for e in entities_for(d, list(actors))]
    return bool(means) and bool(firms) and all(e.sector in TRADING_SECTORS for e in firms) \
        and not any(_kind(o) == "force" or o.lemma_.lower() in class_words("weapon") for o in means)


def _judged_in_sport(match: Match) -> bool:
    """"The coach blasted the referee after the defeat": praise or blame, no charge at law (a
    ``legal`` trigger or an ``accuser`` doer), with a word only sport uses (``sport``) or a match
    official (``official``) among its doers and what it judges, no force in the sentence, and no
    state or word of public life among those parties, is sport talk, no political event."""
    head = match.head
    if match.trigger.type not in JUDGING_TYPES or head.pos_ != "VERB" or _names_force(head) \
            or "legal" in match.trigger.contexts:
        return False    # "prosecutors charged the former footballer with assault": a charge at law
    doers, parties = _doers(match), [*_doers(match), *_targets(match)]
    if any(d.lemma_.lower() in class_words("accuser") for d in doers):
        return False
    if not any(_kind(w) in ("sport", "official") for p in parties for w in p.subtree):
        return False    # "criticised FIFA for ignoring abuses of workers building football stadiums"
    return not any(_political(w) or w.ent_type_ in STATE_ENTITIES for p in parties for w in p.subtree)


def _counted_session(match: Match) -> bool:
    """"Kept rates on hold for a third straight meeting", "at its policy meeting": a meeting
    noun (CONSULT) with a word (``session``) that makes it a count of a body's sessions or the
    body's own session, and no party met "with" or "between", tells no meeting between parties."""
    head = match.head
    if match.trigger.type not in CONTACT_TYPES or head.pos_ != "NOUN":
        return False
    marked = any(c.dep_ in ("amod", "compound") and _kind(c) == "session" for c in children_of(head))
    return marked and not prep_objects(head, ("with", "between"))


def _space_probe(match: Match) -> bool:
    """"NASA's probe captured images of a storm on Jupiter": the noun "probe" with a word of
    space flight or astronomy (``space``) on it or, when it is the subject, in its clause is a
    spacecraft, no inquiry; not "a probe into the solar energy contracts"."""
    head = match.head
    if head.pos_ not in ("NOUN", "PROPN") or head.lemma_.lower() != "probe":
        return False
    words = [w for c in children_of(head) if c.dep_ in ("compound", "poss", "amod", "nmod")
             for w in c.subtree]
    if head.dep_ in ("nsubj", "nsubjpass"):     # "the probe entered orbit around Mars"
        words += [w for w in head_of(head).subtree if w not in head.subtree]
    return any(_kind(w) == "space" and w.ent_type_ != "PERSON" for w in words)


def _scourge(noun: Token) -> bool:
    """An illness or natural hazard (``hazards.tsv``) or a scourge (``figurative.tsv``), or a
    noun of no people with a hazard for its compound in a sentence that names no force ("the
    flood waters"; not "flood victims", "a traffic policeman": ``roles_syntax.people_noun``; nor
    "militants killed two traffic wardens")."""
    return word_kind(noun) == "hazard" or _kind(noun) == "scourge" \
        or (not noun.ent_type_ and any(c.dep_ == "compound" and word_kind(c) == "hazard"
                                       for c in children_of(noun))
            and not people_noun(noun) and not _names_force(noun))


def _fought(match: Match) -> list[Token]:
    """What a verb trigger fights against ("fought against the virus", "clashed with the flood
    waters"), or a light verb's war or fight is "on" when the parser hangs the "on" on the verb
    ("declared war on litter")."""
    preps = ("against", "with", "on") if match.noun is not None else ("against", "with")
    return prep_objects(match.head, preps) if match.head.pos_ == "VERB" else []


def _rescuers_struggle(match: Match) -> bool:
    """"Rescuers fought through the night to free the miners", "doctors battled to save her":
    an attack verb whose doers are all rescuers (``rescuer`` in the table, or a noun with one on
    it: "rescue workers") and that names no one it is aimed at (no object, no "against", "with",
    "on" or "at" phrase) fights a hazard or an illness, no party."""
    head = match.head
    if head.pos_ != "VERB" or match.noun is not None or _names_force(head):
        return False    # "volunteers fought alongside Ukrainian troops", "before the town fell to the rebels"
    doers = _verb_doers(head)
    if not doers or not all(_rescuer(d) for d in doers):
        return False
    if not all(_rescuer(d, strictly=True) for d in doers) \
            and not any(_scourge(t) or t.lemma_.lower() in class_words("ill")
                        for t in span_tokens(sentence_of(head))):
        return False    # "volunteers fought for hours": a helper fights a hazard only where one is named
    return not _targets(match) and not prep_objects(head, ("against", "with", "on", "at"))


def _rescuer(noun: Token, strictly: bool = False) -> bool:
    """A rescuer noun, or a noun with one for its compound ("rescue workers"); unless `strictly`,
    a helper too (``helper``: volunteers, crews, who may fight in a war as well)."""
    kinds = ("rescuer",) if strictly else ("rescuer", "helper")
    return not noun.ent_type_ and (_kind(noun) in kinds or any(
        c.dep_ == "compound" and _kind(c) in kinds for c in children_of(noun)))


def _targets(match: Match) -> list[Token]:
    """What the trigger attacks: a verb's direct objects, the "on"/"against" objects of a
    noun trigger or of a light verb's noun ("launched an attack on the plan")."""
    head = match.head
    if head.pos_ != "VERB":
        return prep_objects(head, ("on", "against"))
    found = [c for c in children_of(head) if c.dep_ in ("dobj", "nsubjpass")]
    return found + (prep_objects(match.noun, ("on", "against")) if match.noun is not None else [])


def _doers(match: Match) -> list[Token]:
    """Who or what does a verb trigger's act: its subjects and "by" agents, or the noun its
    participle ("legislation *targeting* Turkey") or relative clause ("a law *that targets*
    journalists") hangs on; a coordinated verb without a subject takes the first verb's."""
    return _verb_doers(match.head)


def _verb_doers(head: Token) -> list[Token]:
    """:func:`_doers` of a verb."""
    if head.pos_ != "VERB":
        return []
    found = [c for c in children_of(head) if c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS]
    found += [g for c in children_of(head) if c.dep_ == "agent" for g in children_of(c) if g.dep_ == "pobj"]
    if (head.dep_ == "acl" and head.tag_ == "VBG") or (head.dep_ == "relcl" and not found):
        found.append(head_of(head))
    if not found and head.dep_ == "conj":   # "tariffs are passed on ... and are targeting X"
        found = [c for c in children_of(head_of(head)) if c.dep_ in ("nsubj", "nsubjpass")
                 and c.lower_ not in RELATIVE_PRONOUNS]
    return found


_KINDS_KEY = "eventwire.figurative_kinds"


def _kind(noun: Token) -> str | None:
    """The token's kind in ``data/figurative.tsv``, or None: read once per token and Doc (the
    rules ask for every word of a sentence, for each of its candidate acts)."""
    return once_per_token(noun, _KINDS_KEY, _read_kind)


def _read_kind(noun: Token) -> str | None:
    return _words().get(noun.lemma_.lower()) or _words().get(noun.lower_)


def figurative_kind(token: Token) -> str | None:
    """The kind of a word in ``data/figurative.tsv`` ("sport", "market", "work" ...), or None
    (the confidence model's scene features)."""
    return _kind(token)
