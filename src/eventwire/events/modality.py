"""Negation, modality, attribution and the background flag of a trigger's clause.

The words that decide are data (``data/modality_cues.tsv``); the rules here say where in the
dependency parse they must stand to govern the trigger: above it through an infinitive, an
"at"/"of"/"for" phrase, a noun's complement clause or a conditional clause.
"""

from __future__ import annotations

import functools
from typing import cast

from spacy.tokens import Token

from eventwire import datafiles
from eventwire.errors import ConfigError
from eventwire.events.syntax import SAY_LEMMAS, subject_of
from eventwire.nlp.phrases import (
    ancestors_of,
    children_of,
    doc_tokens,
    entities_for,
    head_of,
    phrase_span,
    sentence_of,
    span_tokens,
)
from eventwire.quotes.direct import direct_quotes
from eventwire.quotes.lexicon import load_cues
from eventwire.records import Article, Entity, Event, Modality, Span

FUTURE_AUX = ("will", "shall", "'ll", "wo")
HYPOTHETICAL_AUX = ("would", "could", "might", "may", "'d", "should", "must")   # "must stop detaining": owed
MODALITIES = ("future", "hypothetical")
MODAL_ROLES = ("head", "head_to", "head_passive", "wish", "attitude", "prevent",
               "suppose", "offer_act")   # rows that give a modality
REPORT_ROLES = ("report", "denial", "false", "involvement", "accuse")   # rows of reports and denials
AGREEMENT_ROLES = ("breach", "collapse", "agreement")   # rows of agreements broken or failed
# rows of habits, remembrance and timetables (the act generic, recalled or scheduled)
TIME_ROLES = ("habitual", "recalled", "retelling", "work", "finding", "tally", "schedule", "earlier")
DECISION_ROLES = ("decision_report", "occurrence")   # reported decisions; verbs of taking place
GOAL_ROLES = ("fulfil",)   # verbs that say a goal was reached: its act is done
ROLES = (*MODAL_ROLES, *REPORT_ROLES, *AGREEMENT_ROLES, *TIME_ROLES, *DECISION_ROLES, *GOAL_ROLES)
PLURAL_NOUNS = ("NNS",)
NOUN_LINKS = ("conj", "dobj", "compound")    # from a noun trigger up to its clause's verb
PRESENT_TAGS = ("VBP", "VBZ")   # "governments often threaten": the simple present of a habit
PAST_TAGS = ("VBD", "VBN")      # "said she would resign": the reported "will" of a past report
NEGATORS = ("not", "n't", "never", "no", "without")
SUBJECT_DEPS = ("nsubj", "nsubjpass")
NEGATIVE_SUBJECTS = ("nobody", "none", "noone")
NEGATIVE_DETERMINERS = ("no", "neither")
FAILURE_HEADS = ("fail", "refuse", "decline", "stop", "cease")
CONDITION_MARKS = ("if", "unless", "lest")
# a conditional clause opened by its auxiliary instead of "if": "*had* the guards fired", "*were*
# the army to withdraw", "*should* the talks fail"
INVERTED_CONDITION_AUX = ("had", "were", "should")
# tags of a bare command opening a supposition ("*Say* Mexico demanded ..."): the parser may read
# the capital as a name
OPENER_TAGS = ("VB", "NNP")
DAY_WORDS = ("yesterday", "overnight", "today", "tonight")   # an act dated to its day, no count
COUNTERFACTUAL_AUX = ("would", "could", "might", "'d")   # "... nobody *would* have died"
QUOTE_MARKS = ('"', "\u201c", "'", "\u2018")   # an opening quote mark before a bare command
COMMAND_BLOCKERS = ("nsubj", "aux", "mark")   # a subject, "to" or "will": no command ("they" arrest)
INDEFINITE_DETS = ("a", "an", "any")   # "if it backed *a* bombing": an act no one says happened
# a cue noun or verb governs an "at"/"of"/"for" phrase ("aimed at capturing", "the goal of
# reviving", "calls for talks"); other prepositions say where or when, not what is intended
CUE_PREPS = ("at", "of", "for")
MEANS_PREP = "by"   # "responded by firing": a gerund that says how the verb's act was done
PREVENTED_PREP = "from"   # "prevented the gang *from* storming": an act kept from happening
ATTITUDE_PREPS = ("about", "over", "of", "at", "on")   # "pessimism *over* holding talks"
REPORT_DEPS = ("acl", "ccomp", "appos")
CLAUSE_DEPS = datafiles.words("events", "clause_deps.tsv")
# how an act hangs below a word of remembrance: "the anniversary *of* the massacre", "a memorial
# to those *killed*", "recounts how rebels *seized*"; no subject ("the anniversary march was attacked")
# and no relative clause ("the memorial, which vandals *attacked* overnight": a new act at a memorial)
RECALLED_DEPS = ("pobj", "prep", "dobj", "acl", "ccomp", "compound")
RECALLED_HOPS = 4
EARLIER_REACH = 4    # heads up from an act that an adverb of an earlier time may stand on
EARLIER_LINKS = ("dobj", "pobj", "pcomp", "prep", "xcomp", "compound")     # ... through these


@functools.cache
def cues() -> dict[str, dict[str, str]]:
    """Role -> {lemma: modality} from ``data/modality_cues.tsv`` (schema-checked)."""
    rows = datafiles.table("events", "modality_cues.tsv", ("lemma", "role", "modality"),
                           required=("role", "lemma"))
    found: dict[str, dict[str, str]] = {role: {} for role in ROLES}
    for row in rows:
        if row["role"] not in ROLES or (row["role"] in MODAL_ROLES and row["modality"] not in MODALITIES):
            raise ConfigError(f"modality_cues.tsv: bad row {row}")
        found[row["role"]][row["lemma"]] = row["modality"]
    return found


def infinitive(token: Token) -> bool:
    """A "to" infinitive ("to attack")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(token))


def cue_noun_before(token: Token) -> Token | None:
    """The cue noun just before an infinitive the parser hung elsewhere ("a plot to bomb" read
    as "charged ... to bomb")."""
    to = next((c for c in children_of(token) if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None or to.i == 0:
        return None
    noun = token.doc[to.i - 1]
    return noun if noun.pos_ == "NOUN" and cue_word(noun) else None


def cue_word(token: Token) -> bool:
    return token.lemma_ in cues()["head"] or token.lemma_ in cues()["head_to"]


def governor(current: Token) -> Token | None:
    """The token that controls ``current``'s clause, or None where the control stops (a free
    adverbial clause, a "that" clause, a place or time phrase)."""
    head = head_of(current)
    if head == current:
        return None
    if current.dep_ == "xcomp" and infinitive(current) and (noun := cue_noun_before(current)) is not None:
        return noun     # "foiled a plot to bomb", the infinitive hung from the verb: the plot holds it
    if current.dep_ in ("acl", "advcl") and infinitive(current):
        # "a plan to expel" goes on up; "the first country to recognize" does not
        # "is looking to Washington to veto": the infinitive of a verb of intent, made
        # adverbial by the parser ("has gone to repairs instead of to direct aid" is no plan)
        return cue_noun_before(current) or (head if (current.dep_ == "acl" and cue_word(head)) or (
            head.pos_ == "VERB" and intent_verb(head)) else None)
    if current.dep_ == "advcl":
        return head if conditional(current) else None
    if current.dep_ == "prep" and current.lower_ == MEANS_PREP and head.pos_ in ("VERB", "AUX") \
            and any(c.dep_ == "pcomp" for c in children_of(current)):
        return head     # "could retaliate *by attacking*": the means is as real as the act it serves
    if current.dep_ == "prep" and current.lower_ == PREVENTED_PREP and head.lemma_ in cues()["prevent"]:
        return head     # "stopped the gang from storming the bank": the storming never began
    if current.dep_ == "prep" and current.lower_ != "to":
        if current.lower_ in ATTITUDE_PREPS and attitude_word(head):
            return head
        return head if current.lower_ in CUE_PREPS and head.lemma_ in cues()["head"] else None
    if current.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(current)):
        return None     # "demanded a ransom, but talks broke off": a clause of its own
    if current.dep_ == "ccomp" and supposed(head, current):
        return head     # "Imagine the rebels seized the capital": a clause only supposed
    if current.dep_ == "ccomp" and infinitive(current):
        # "expects Pyongyang to launch": an infinitive with its own subject, parsed as a
        # clausal complement, is as unrealised as the plain infinitive ("expects to launch")
        return head
    return head if current.dep_ in CLAUSE_DEPS else None


def clause_chain(token: Token, limit: int = 4) -> list[Token]:
    """The trigger and the heads that control it (xcomp/acomp/prep/acl chains), nearest first."""
    chain = [token]
    while len(chain) <= limit and (head := governor(chain[-1])) is not None:
        chain.append(head)
    return chain


def conditional(clause: Token) -> bool:
    """An "if"/"unless" clause, or one opened by "should" ("should the talks fail"); not
    "even if" or "as if"."""
    marks = [c for c in children_of(clause) if c.dep_ == "mark"]
    if any(m.lower_ in CONDITION_MARKS for m in marks):
        return not any(c.lower_ in ("even", "as") for c in [*children_of(clause), *marks[0].children]
                       if c.i < clause.i) and conditions_head(clause, marks[0])
    return inverted_aux(clause) is not None


def inverted_aux(clause: Token) -> str | None:
    """The auxiliary that opens a conditional clause before its subject ("*should* the talks
    fail", "*had* the guards opened fire": a counterfactual), or a "were" that opens a clause whose
    infinitive has its own subject ("*were* the army to withdraw"); None for any other clause. A
    "had" or "were" must be the clause's first word and the clause not the sentence's main one
    ("Had they met before?" asks)."""
    first = clause.left_edge
    if clause.lower_ == "were" and clause == first and clause.dep_ != "ROOT":
        to_clause = any(c.dep_ in ("ccomp", "xcomp") and infinitive(c) for c in children_of(clause))
        return "were" if to_clause else None
    subject = next((c for c in children_of(clause) if c.dep_ in SUBJECT_DEPS), None)
    if subject is None:
        return None
    return next((c.lower_ for c in children_of(clause) if c.i < subject.i and (
        c.lower_ == "should" or (c.lower_ in INVERTED_CONDITION_AUX and c == first
                                 and c.dep_ in ("aux", "auxpass") and clause.dep_ != "ROOT"))), None)


def denied_counterfactual(clause: Token) -> bool:
    """A past condition contrary to fact, negated: "*had* troops *not* fired on the crowd, nobody
    would have died", "if the guards had not opened fire, the prisoners would have fled". The act
    took place: asserted and not negated, whatever the main clause says ("nobody")."""
    if clause.dep_ == "ROOT" or not any(c.dep_ == "neg" for c in children_of(clause)):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "had" for c in children_of(clause)):
        return False
    if inverted_aux(clause) == "had":
        return True
    return any(c.dep_ == "mark" and c.lower_ == "if" for c in children_of(clause)) and any(
        c.dep_ == "aux" and c.lower_ in COUNTERFACTUAL_AUX for c in children_of(head_of(clause)))


def conditions_head(clause: Token, mark: Token) -> bool:
    """Does the "if" clause condition the verb it hangs from? It does when it opens the
    sentence or follows a comma or that verb's own words ("will attack the town (only) if ..."); an
    "if" after another verb's words asks whether ("tell the world if ...") and was misattached."""
    own = {t.i for t in clause.subtree}     # "only if": the clause's own words before its mark
    at = next((i for i in range(mark.i - 1, sentence_of(mark).start - 1, -1) if i not in own), None)
    before = mark.doc[at] if at is not None else None
    if before is None or before.is_punct or before.pos_ in ("CCONJ", "SCONJ"):
        return True
    verb = next((t for t in [before, *ancestors_of(before)] if t.pos_ in ("VERB", "AUX")), None)
    return verb is None or verb == head_of(clause)


def imagined(token: Token) -> bool:
    """Whether the trigger names an act only imagined inside an "if" clause: a noun with an
    indefinite article on the way up to the clause's verb, the trigger itself ("a law lets
    victims sue only if the state backed *a bombing*") or a noun whose relative clause holds it
    ("if you had *a gang* that was killing people"). "If *the attack* was ordered by the
    government" presupposes the attack, and the clause's own verb ("if they attack") takes the
    hypothetical modality instead (:func:`modality_of`)."""
    path: list[Token] = []
    for current in [token, *ancestors_of(token)]:
        if current.dep_ == "advcl" and path and _if_clause(current):
            return any(n.pos_ == "NOUN" and _indefinite(n) for n in path)
        path.append(current)
    return False


def _if_clause(clause: Token) -> bool:
    marks = [c for c in children_of(clause) if c.dep_ == "mark" and c.lower_ in CONDITION_MARKS]
    return bool(marks) and not any(c.lower_ in ("even", "as") for c in marks[0].children)


def _indefinite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in INDEFINITE_DETS for c in children_of(noun))


def generic(token: Token) -> bool:
    """Whether the trigger's clause says what a party generally does, no act: a verb in the
    simple present with a word of habit (``habitual`` rows: "often", "usually", "tend to"),
    whether its subject is a kind ("*governments* often threaten sanctions", "*diplomats* tend
    to meet") or one party ("the tycoon often threatens lawsuits", "the ministry routinely
    denies requests": a habit, no particular act). "The governments often met" tells past acts
    and stays an event. A verb joined to the habit's verb is judged by itself: with a subject
    of its own ("..., and on Monday *they attacked* a truck") it is a clause of its own, and
    without one its own tense decides
    ("often attack convoys and *attacked* a truck on Monday")."""
    verb = clause_verb(token)
    own_subject = any(c.dep_ in SUBJECT_DEPS for c in children_of(verb))
    climbs = verb.dep_ == "xcomp" or (verb.dep_ == "conj" and not own_subject)
    chain = [verb, *([head_of(verb)] if climbs else [])]
    if kind_described(verb) or habit_named(verb):
        return True
    habit = cues()["habitual"]
    if not any(t.lemma_ in habit or any(c.dep_ == "advmod" and c.lower_ in habit for c in children_of(t))
               for t in chain):
        return False
    top = chain[-1]
    tensed = top if verb.dep_ == "xcomp" else verb     # "tend to meet"; "often attack and loot"
    subject = next((c for c in children_of(top) if c.dep_ == "nsubj"), None)
    return tensed.tag_ in PRESENT_TAGS and subject is not None


def habit_named(verb: Token) -> bool:
    """An act named as someone's habit or practice, no particular act: "it was a long-standing
    *habit* of Pakistan to hold its neighbours responsible", "it is the *practice* of the army to
    detain suspects" (a noun of habit, ``habitual`` rows, governing the verb or standing as the
    attribute of the copula it hangs on)."""
    if verb.dep_ not in ("advcl", "xcomp", "acl") or head_of(verb).i == verb.i:
        return False
    habit, head = cues()["habitual"], head_of(verb)
    return (head.pos_ == "NOUN" and head.lemma_ in habit) or (
        head.lemma_ == "be" and any(c.dep_ == "attr" and c.lemma_ in habit for c in children_of(head)))


def clause_verb(token: Token) -> Token:
    """The verb whose clause holds the trigger: itself, or the verb above a noun and the nouns
    it is joined to ("conducts bombings and *assaults*")."""
    current = token
    while current.pos_ not in ("VERB", "AUX") and current.dep_ in NOUN_LINKS and head_of(current) != current:
        current = head_of(current)
    return current if current.pos_ in ("VERB", "AUX") else head_of(token)


def kind_described(verb: Token) -> bool:
    """A relative clause in the simple present on a bare plural ("journalists *who criticise*
    him", "groups that oppose the dam"): it says which kind of party is meant, no act. Not when
    the clause the noun stands in is itself in the present, as a headline or a narrative present
    tells acts ("Police arrest protesters *who storm* parliament", "Residents who flee the
    shelling say ..."), unless that clause is itself a habit."""
    if verb.dep_ != "relcl" or verb.tag_ not in PRESENT_TAGS:
        return False
    noun = head_of(verb)
    if noun.tag_ not in PLURAL_NOUNS or any(
            c.dep_ in ("det", "poss", "nummod", "predet") for c in children_of(noun)):
        return False
    governor = head_of(noun)
    while governor.pos_ not in ("VERB", "AUX") and head_of(governor).i != governor.i:
        governor = head_of(governor)
    if governor.pos_ not in ("VERB", "AUX") or governor.tag_ not in PRESENT_TAGS:
        return True
    habit = cues()["habitual"]     # a generic present: "often sues reporters who criticise him"
    return governor.lemma_ in habit or any(c.dep_ == "advmod" and c.lower_ in habit
                                           for c in children_of(governor))


def is_negated(token: Token) -> bool:
    """A ``neg`` dependent, "no"/"never" on the trigger's clause, a subject that says no one
    did it ("*no country* has recognized", "*nobody* was arrested", "*neither side* attacked"),
    "failed to", or an agreement broken or collapsed ("violated the ceasefire": the ceasefire
    was not observed)."""
    if breached(token):
        return True
    for link in clause_chain(token, 2):
        if denied_counterfactual(link):
            return False    # "had troops not fired on the crowd, nobody would have died"
        if any(c.dep_ == "neg" or (c.lower_ in NEGATORS and c.dep_ in ("det", "advmod", "neg"))
               or (c.dep_ in SUBJECT_DEPS and _nobody(c)) for c in children_of(link)):
            return True
        if link != token and link.lemma_ in FAILURE_HEADS and token.dep_ != "dobj":
            return link.lemma_ == "fail"
    return False


def _nobody(subject: Token) -> bool:
    """A subject that names no one: "nobody", "none (of them)", or a noun under "no" or
    "neither" ("no country", "no one", "neither side")."""
    return subject.lower_ in NEGATIVE_SUBJECTS or any(
        c.lower_ in NEGATIVE_DETERMINERS and c.dep_ in ("det", "preconj") for c in children_of(subject))


def breached(token: Token) -> bool:
    """An agreement that is the object of a breach ("broke the truce", "the truce was broken")
    or the subject of a collapse ("the ceasefire collapsed", "the truce broke down")."""
    if token.lemma_.lower() not in cues()["agreement"] and token.lower_ not in cues()["agreement"]:
        return False
    head = head_of(token)
    if token.dep_ in ("dobj", "nsubjpass"):
        return head.lemma_ in cues()["breach"]
    if token.dep_ == "nsubj":
        return head.lemma_ in cues()["collapse"] or (
            head.lemma_ == "break" and any(c.dep_ == "prt" and c.lower_ == "down" for c in children_of(head)))
    return False


def modality_of(token: Token) -> tuple[Modality, str | None]:
    """(modality, cue word) for the trigger's clause.

    The modality is asserted, future, hypothetical or reported_denied; the cue is the word
    that decided it (an auxiliary such as "would", a head such as "consider" or "plot", "if",
    "?" for a question, "deny" or "false" for a report denied).
    """
    if question(token):
        return "hypothetical", "?"
    if quoted_command(token):
        return "hypothetical", "imperative"
    if denied := report_denied(token):
        return "reported_denied", denied
    if token.pos_ == "NOUN" and (offered := cues()["offer_act"].get(token.lemma_.lower())):
        return cast(Modality, offered), token.lemma_.lower()   # "launched a takeover bid": not yet a deal
    chain = clause_chain(token)
    if wish := wished(chain[-1]) or attitude(chain[1:]):
        return "hypothetical", wish
    for below, link in zip([None, *chain[:-1]], chain, strict=True):
        if denied_counterfactual(link):
            return "asserted", None     # "had troops not fired": they did
        if found := link_modality(link, below):
            return found
    return "asserted", None


def attitude(links: list[Token]) -> str | None:
    """The attitude word above the trigger ("expressed pessimism over holding talks", "is
    skeptical of the plan to meet"): the act is only the attitude's topic."""
    return next((word for t in links if (word := attitude_word(t))), None)


def attitude_word(token: Token) -> str | None:
    """The token's lemma or form if it is an attitude word: the participle "terrified" is an
    attitude where its verb "terrify" is none."""
    return next((w for w in (token.lemma_.lower(), token.lower_) if w in cues()["attitude"]), None)


def wished(top: Token) -> str | None:
    """The wish word whose "that" clause holds the trigger's clause (``top``, the last link
    of its chain): "said it hoped Togo would release the fishermen", "voiced hope that the
    new government will help" wish for the act, whatever the clause's own "will" says."""
    if top.dep_ not in ("ccomp", "acl") or infinitive(top):
        return None
    head = head_of(top)
    # the lemmatizer reads "hoped" as "hop": the form less its ending is tried too
    forms = {head.lemma_.lower(), head.lower_, head.lower_[:-1], head.lower_.removesuffix("ing") + "e"}
    return next((form for form in sorted(forms) if form in cues()["wish"]), None)


def intent_verb(head: Token) -> bool:
    """Whether a verb's infinitive is only intended: a hypothetical ``head`` row ("aims"), or a
    ``head_to`` row that counts only over an infinitive ("is looking to Washington to veto";
    "looked at the attack" is no intent)."""
    lemma = head.lemma_
    return (cues()["head"].get(lemma) or cues()["head_to"].get(lemma)) == "hypothetical"


def link_modality(link: Token, below: Token | None) -> tuple[Modality, str] | None:
    """What one link of the chain says: its auxiliaries, its marks, a conditional clause
    hanging from it, or (above the trigger, the link ``below`` it) its own lemma as a cue;
    a ``head_to`` noun counts only over an infinitive ("a bid to oust")."""
    auxes = {c.lower_ for c in children_of(link) if c.dep_ in ("aux", "auxpass")}
    marks = {c.lower_ for c in children_of(link) if c.dep_ == "mark"}
    # not when the trigger is the would-clause's subject ("said the ban would not stop her": the
    # ban is no plan), unless the verb is one of taking place ("said the talks would take place")
    if reported_decision(link, auxes, marks) and (below is None or below.dep_ not in SUBJECT_DEPS
                                                  or link.lemma_ in cues()["occurrence"]):
        return "future", "would"
    if found := auxes & set(HYPOTHETICAL_AUX):
        return "hypothetical", min(found)
    if marks & set(CONDITION_MARKS) or {"so", "as"} <= marks:
        return "hypothetical", "if" if marks & set(CONDITION_MARKS) else "so as"
    if any(c.dep_ == "advcl" and conditional(c) for c in children_of(link)):
        return "hypothetical", "if"
    if (inverted := inverted_aux(link)) is not None:
        return "hypothetical", inverted
    if (supposing := supposed_opening(link)) is not None:
        return cast(Modality, cues()["suppose"][supposing]), supposing
    if found := auxes & set(FUTURE_AUX):
        return "future", min(found)
    if below is not None and (timed := scheduled_subject(link, below)):
        return "future", timed
    if below is None or below.dep_ in ("nsubj", "nsubjpass", "conj"):
        return None     # the subject of "aims to" is not what is aimed at
    if link.lemma_ in cues()["head_passive"] and any(c.dep_ == "auxpass" for c in children_of(link)):
        # "is expected to sign"; cues() lets head rows give only MODALITIES
        return cast(Modality, cues()["head_passive"][link.lemma_]), link.lemma_
    if (purpose := purpose_subject(link, below)) is not None:
        return purpose
    if link.lemma_ in cues()["prevent"] and below.lower_ == PREVENTED_PREP:
        return cast(Modality, cues()["prevent"][link.lemma_]), link.lemma_
    if supposed(link, below):
        return cast(Modality, cues()["suppose"][link.lemma_]), link.lemma_
    if fulfilled(link):
        return None     # "reached its goal of resettling 10,000 refugees": done, not intended
    lemma = cue_lemma(link)
    modality = cues()["head"].get(lemma) or (cues()["head_to"].get(lemma) if infinitive(below) else None)
    return (cast(Modality, modality), lemma) if modality else None


def supposed(link: Token, below: Token) -> bool:
    """Is the link a bare command to suppose what its clause tells ("*Imagine* the rebels seized
    the capital", "*Say* Mexico demanded proof": a ``suppose`` row)? The act is only imagined."""
    return link.lemma_ in cues()["suppose"] and link.tag_ == "VB" and below.dep_ == "ccomp" \
        and not any(c.dep_ in COMMAND_BLOCKERS for c in children_of(link))


def supposed_opening(link: Token) -> str | None:
    """The ``suppose`` row ("Say", "Imagine") that opens the sentence as a bare command the parser
    hung on the clause's own verb ("*Say* Mexico demanded that ...", read as an auxiliary): the
    clause is only supposed. None when the word is not the first, before the clause's subject."""
    subject = next((c for c in children_of(link) if c.dep_ in SUBJECT_DEPS), None)
    if subject is None:
        return None
    opener = sentence_of(link)[0]
    if head_of(opener) != link or opener.i >= subject.i or opener.tag_ not in OPENER_TAGS:
        return None
    lemma = opener.lower_     # a capital read as a name ("Say" as NNP) keeps its form as lemma
    return lemma if lemma in cues()["suppose"] and opener.dep_ in ("aux", "advmod", "dep", "intj") else None


def fulfilled(link: Token) -> bool:
    """Is the link a goal noun that a verb says was reached ("reached its goal of ...",
    "achieved its aim of ...": a ``fulfil`` row)? The act below it is then no mere intent."""
    verb = head_of(link)
    if link.dep_ not in ("dobj", "nsubjpass") or verb.lemma_ not in cues()["fulfil"] \
            or link.lemma_ not in cues()["head"]:
        return False
    failed = verb.dep_ == "xcomp" and head_of(verb).lemma_ in FAILURE_HEADS     # "failed to reach"
    return not failed and not any(c.lower_ in NEGATORS for c in children_of(verb) if c.dep_ == "neg")


def cue_lemma(verb: Token) -> str:
    """The verb's lemma, or the form less its ending where the lemmatizer missed a cue ("hopes"
    read as "hop"); only a real ending is taken off ("plant" is no "plan", "got" no "go")."""
    if verb.pos_ != "VERB" or verb.lemma_ in cues()["head"] or verb.lemma_ in cues()["head_to"]:
        return verb.lemma_
    word = verb.lower_    # "hopes", "hoped" less their s or d; "hoping" less -ing plus e
    forms = ([word[:-1]] if word.endswith(("es", "ed")) else []) \
        + ([word.removesuffix("ing") + "e"] if word.endswith("ing") else [])
    return next((form for form in forms if form in cues()["head"]), verb.lemma_)


def scheduled_subject(link: Token, below: Token) -> str | None:
    """"The summit is scheduled to take place in June", "talks are due to begin", "the veto is
    expected to come": an act named by the subject of a timetable's infinitive of occurrence (a
    passive or adjective ``schedule`` row over an ``occurrence`` row) is planned; "the rebels plan
    to attack" plans no rebels, and "their sentences are due to end" were passed already."""
    if below.dep_ not in SUBJECT_DEPS or below.pos_ != "NOUN":
        return None
    for word in (link, *(c for c in children_of(link) if c.dep_ == "acomp")):
        timed = word.pos_ == "ADJ" or any(c.dep_ == "auxpass" for c in children_of(word))
        if timed and word.lemma_ in cues()["schedule"] and any(
                c.dep_ == "xcomp" and infinitive(c) and c.lemma_ in cues()["occurrence"]
                for c in [*children_of(link), *children_of(word)]):
            return word.lemma_
    return None


def reported_decision(link: Token, auxes: set[str], marks: set[str]) -> bool:
    """"Announced she *would resign*", "said it would expel the envoy": a "would" clause told by
    a verb of saying or deciding (a ``decision_report`` row) is a decided plan, the reported
    "will", which only a verb in the past shifts ("analysts *say* Tehran would welcome it" guess);
    a condition ("would strike if ..."), "would have" (a counterfactual) or a question keeps it
    hypothetical."""
    if "would" not in auxes or "have" in auxes or link.dep_ != "ccomp":
        return False
    if marks & set(CONDITION_MARKS) or any(c.dep_ == "advcl" and conditional(c) for c in children_of(link)):
        return False
    say = head_of(link)
    return say.lemma_ in cues()["decision_report"] and say.tag_ in PAST_TAGS and not any(
        c.dep_ == "advcl" and conditional(c) for c in children_of(say))


def purpose_subject(link: Token, below: Token) -> tuple[Modality, str] | None:
    """"The aim is *to reach* a deal", "the purpose isn't to invade": an infinitive after "be"
    whose subject is a cue noun of intent takes that noun's modality."""
    if link.lemma_ != "be" or not infinitive(below):
        return None
    subject = next((c for c in children_of(link) if c.dep_ == "nsubj"), None)
    modality = cues()["head"].get(subject.lemma_) if subject is not None else None
    return (cast(Modality, modality), subject.lemma_) if modality and subject is not None else None


def question(token: Token) -> bool:
    """Is the trigger's clause a question (the first stop after it in the sentence is "?")?"""
    rest = doc_tokens(token.doc)[token.i:sentence_of(token).end]
    stop = next((t for t in rest if t.text in (".", "!", "?")), None)
    return stop is not None and stop.text == "?"


def quoted_command(token: Token) -> bool:
    """Is the trigger a bare command that opens quoted words (a banner reading "Arrest the
    ministers", a crowd chanting "Expel the envoy")? It asks for the act; no one did it."""
    if token.tag_ != "VB" or token.i == 0 or token.doc[token.i - 1].text not in QUOTE_MARKS:
        return False
    return not any(c.dep_ in COMMAND_BLOCKERS for c in children_of(token))


def report_denied(token: Token) -> str | None:
    """The cue when the trigger's clause is denied ("denied that its jets bombed", "denied
    shelling") or is the content of a report denied or called false ("dismissed reports that
    ...", "reports that ... were false")."""
    below = token
    for head in ancestors_of(token):
        if head.lemma_ == "deny" and (below.dep_ in ("ccomp", "xcomp") or (below.dep_ == "dobj" and (
                below.tag_ == "VBG" or below.lemma_ in cues()["involvement"]))):
            return "deny"   # "denied that ...", "denied shelling", "denied involvement in the raid"
        if head.lemma_ in cues()["report"] and (below.dep_ in REPORT_DEPS or _content_clause(below) or (
                below.dep_ == "prep" and below.lower_ in ("of", "about"))):
            return report_verdict(head)
        below = head
    return denied_after(token)


def _content_clause(clause: Token) -> bool:
    """A "that" clause the parser hung on a noun as a relative clause ("claims in some media
    that India had fired ..."): its "that" is a mark, where a relative clause's is its subject
    or object."""
    return clause.dep_ == "relcl" and any(c.dep_ == "mark" and c.lower_ == "that"
                                          for c in children_of(clause))


def denied_after(token: Token) -> str | None:
    """A denial later in the sentence of what the trigger's clause reports: "…, a charge that
    Russia denies", "…, which Moscow denies", "although Moscow denies any involvement" (a
    suspect "who denies involvement", or "he denies", speaks of something else)."""
    if token.lemma_ in cues()["accuse"] or token.lemma_ in cues()["report"] or token.lemma_ in SAY_LEMMAS:
        return None     # the charge itself was made; what it charges is denied
    for verb in doc_tokens(token.doc)[token.i + 1:sentence_of(token).end]:
        if verb.lemma_ != "deny" or verb.pos_ != "VERB":
            continue
        subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ in ("who", "he", "she", "they"):
            continue
        for obj in (c for c in children_of(verb) if c.dep_ == "dobj"):
            if obj.lower_ in ("which", "that", "it", "this") or obj.lemma_ in cues()["report"] \
                    or obj.lemma_ in cues()["involvement"]:
                return "deny"
    return None


def report_verdict(report: Token) -> str | None:
    """The word that denies a report noun or calls it false, if any: a verb of denial over it,
    a predicate after it ("reports that ... were false"), a word of falsity on it ("false
    claims that ..."), or on a report that names it ("the false reports referred to claims
    that ...")."""
    # "dismissed as false a report"
    verb = head_of(head_of(report)) if report.dep_ == "pobj" else head_of(report)
    if report.dep_ in ("dobj", "nsubjpass", "pobj") and verb.lemma_ in cues()["denial"]:
        return verb.lemma_
    falsity = cues()["false"]
    subject = next((c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass") and c.i < report.i
                    and c.lemma_ in cues()["report"]), None)
    for noun in (report, subject):
        called = next((c.lemma_ for c in children_of(noun) if c.dep_ == "amod"
                       and c.lemma_.lower() in falsity), None) if noun is not None else None
        if called:
            return called
    return next((t.lemma_ for t in verb.subtree if t.lemma_.lower() in falsity and t.pos_ in ("ADJ", "NOUN")
                 and t.dep_ not in ("amod", "compound") and t.i > report.i), None)


def attribution_of(token: Token, actors: list[Entity]) -> Span | None:
    """The source a clause is reported by ("X said", "according to X"), as a Span."""
    source = None
    for head in ancestors_of(token):
        if head.lemma_ in SAY_LEMMAS and head.pos_ == "VERB":
            source = next((c for c in children_of(head) if c.dep_ == "nsubj"), None)
            break
    root = sentence_of(token).root
    if source is None:
        say = [c for c in children_of(root) if c.dep_ in ("parataxis", "advcl", "ccomp")
               and c.lemma_ in SAY_LEMMAS and c != token and token not in c.subtree]
        if say:
            source = next((c for c in say[0].children if c.dep_ == "nsubj"), None)
    if source is None:
        source = according_to(token)
    if source is None or source.lower_ in ("it", "he", "she", "they", "we", "i"):
        return speaker_span(source, actors) if source is not None else None
    return speaker_span(source, actors)


def quoted_speakers(article: Article) -> list[tuple[Span, Span]]:
    """(quoted words, speaker) of each direct quote with a speaker: a quote goes on over
    sentences after its cue ("“…,” she said. “…”"), where no sentence names a speaker."""
    found = []
    for quote in direct_quotes(article, load_cues()):
        if quote.speaker is not None:
            speaker = quote.speaker
            found.append((quote.content, Span(speaker.text, speaker.start, speaker.end)))
    return found


def quote_speaker(article: Article, token: Token) -> Span | None:
    """The speaker of the direct quote the token stands in, if any."""
    return next((speaker for content, speaker in quoted_speakers(article)
                 if content.start <= token.idx < content.end), None)


def attribute_quotes(article: Article, events: list[Event]) -> None:
    """Events told inside a direct quote are the quoted speaker's report, not the reporter's:
    an event with no attribution of its own gets the quote's speaker."""
    quotes = quoted_speakers(article) if any(e.attribution is None for e in events) else []
    for event in (e for e in events if e.attribution is None):
        event.attribution = next((speaker for content, speaker in quotes
                                  if content.start <= event.trigger.start < content.end), None)


def according_to(token: Token) -> Token | None:
    """The object of an "according to" phrase in the trigger's sentence."""
    for candidate in span_tokens(sentence_of(token)):
        if candidate.lower_ == "according":
            for prep in [candidate, *children_of(candidate)]:
                pobj = next((c for c in children_of(prep) if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
    return None


def speaker_span(token: Token, actors: list[Entity]) -> Span:
    """The entity covering a source/speaker token, as a plain Span; else its noun phrase."""
    found = entities_for(token, actors)
    if len(found) == 1:
        return Span(found[0].text, found[0].start, found[0].end)
    return phrase_span(token)


def is_background(token: Token) -> bool:
    """Past perfect ("had withdrawn"), an adverb of an earlier time ("previously"; "once" after the
    subject, also on a word the act hangs from: :func:`_earlier_above`), or "since <year>" in the
    clause, or an act recalled by a word of remembrance above it (:func:`recalled`). The "had" of a condition
    contrary to fact is its mood, no earlier time ("had troops not fired, nobody would have died")."""
    if recalled(token):
        return True
    if _earlier_above(token):
        return True
    for link in clause_chain(token, 2):
        children = list(children_of(link))
        if any(c.lower_ == "had" and c.dep_ in ("aux", "auxpass") for c in children) and \
                link.tag_ == "VBN" and not conditional(link):
            return True
        if any(_earlier(c, children) for c in children):
            return True
        for prep in (c for c in children if c.lower_ == "since" and c.dep_ == "prep"):
            if any(t.like_num and len(t.text) == 4 for t in prep.subtree):
                return True
    return False


def _earlier_above(token: Token) -> bool:
    """An adverb of an earlier time on the act's word or on a word it hangs from as an object
    or a phrase (``EARLIER_LINKS``): "who was *once* jailed for leading a protest" recalls the
    protest, the reason for the jailing, with the jailing."""
    word = token
    for _ in range(EARLIER_REACH):
        children = children_of(word)   # read once per Doc, not a new list per child
        if any(_earlier(c, children) for c in children):
            return True
        if word.dep_ not in EARLIER_LINKS or head_of(word) is word:
            return False
        word = head_of(word)
    return False


def _earlier(word: Token, clause: list[Token]) -> bool:
    """An adverb of an earlier time (an ``earlier`` row: "previously", "formerly"); one marked
    ``inner`` ("once") only after its clause's subject ("who was *once* jailed"), not opening a
    condition ("*once* the army withdraws")."""
    kind = cues()["earlier"].get(word.lower_)
    if kind is None:
        return False
    return kind != "inner" or any(c.dep_ in ("nsubj", "nsubjpass") and c.i < word.i for c in clause)


def recalled(token: Token) -> str | None:
    """The word of remembrance (a ``recalled`` row) the act hangs below, if any: "marked the
    anniversary *of* the massacre", "a memorial to those killed in the coup", "the film recounts
    how rebels seized the capital" recall a past act, no new one."""
    act = token
    for _ in range(RECALLED_HOPS):
        if token.dep_ not in RECALLED_DEPS or head_of(token) == token:
            return None
        token = head_of(token)
        lemma = token.lemma_.lower()
        if lemma in cues()["recalled"]:
            return lemma
        if lemma in cues()["retelling"] and told_by_a_work(token):
            return lemma
        if lemma in cues()["finding"] and told_by_a_work(token) and not dated_to_a_day(act):
            return lemma
    return None


def dated_to_a_day(act: Token) -> bool:
    """Whether the act's own clause names the day or night it happened ("figures show soldiers shot
    12 people *on Saturday*", "... shelled the town *overnight*"): a tally's finding then reports
    that act, no count of earlier ones ("police have killed 37 people this year")."""
    return any((c.dep_ == "prep" and c.lower_ == "on" and any(o.ent_type_ == "DATE" for o in children_of(c)))
               or (c.dep_ in ("npadvmod", "advmod") and (c.lower_ in DAY_WORDS or c.ent_type_ == "TIME"))
               for c in children_of(act))


def told_by_a_work(verb: Token) -> bool:
    """"The *film* recounts how rebels seized the capital": a work that retells recalls the act;
    "witnesses recounted how soldiers opened fire" reports it. A tally that shows or finds ("a
    *tally* shows police have killed 37 people this year") counts acts from before it."""
    subject = subject_of(verb)
    if subject is None:
        return False
    kinds = ("work", "tally") if verb.lemma_.lower() in cues()["retelling"] else ("tally",)
    lemma = subject.lemma_.lower()
    if cues()["tally"].get(lemma) == "plural" and subject.tag_ != "NNS":
        return False    # "an opposition *figure* revealed that ...": a person, no tally
    return any(lemma in cues()[kind] for kind in kinds)
