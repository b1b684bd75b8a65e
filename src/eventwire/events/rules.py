"""The coding rules between a trigger match and an event: frames, PLOVER's future rules,
precision filters, merging, discourse inheritance and confidence."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from eventwire import datafiles, ontology
from eventwire.errors import ConfigError
from eventwire.events.calibration import calibrated
from eventwire.events.figurative import political_sectors
from eventwire.events.lexicon import Trigger, TriggerLexicon, class_words
from eventwire.events.match import Match
from eventwire.events.modality import cues, report_denied
from eventwire.events.roles_syntax import is_place, names_a_party
from eventwire.events.syntax import governing_verbs, subject_of
from eventwire.nlp.phrases import (
    ancestors_of,
    children_of,
    entities_for,
    head_of,
    sentence_of,
    span_text,
    span_tokens,
)

if TYPE_CHECKING:
    from eventwire.events.code import Draft
    from eventwire.records import Claim, Entity

FRAME_DEPS = datafiles.words("events", "frame_deps.tsv")
COOPERATIVE = ("CONSULT", "SUPPORT", "COOPERATE", "AID")
FORCEFUL = ("COERCE", "SANCTION", "ASSAULT", "MOBILIZE")
# acts whose pledge ("vowed to attack", "pledged to arrest") is a threat, no AGREE; not MOBILIZE:
# "offered to send troops to help" is military aid promised; nor an offer or an agreement to
# fight ("agreed to launch joint strikes", "offered to help fight"), which are cooperation
PLEDGED_FORCE = ("COERCE", "SANCTION", "ASSAULT")
PLEDGE_VERBS = ("vow", "pledge", "promise", "swear")
# acts an order brings about when it names them by a noun ("ordered a freeze of aid"): its doer's own
ORDERED_TYPES = (*FORCEFUL, "RETREAT", "CONCEDE", "AID", "ACCUSE")
CORE_DEPS = ("dobj", "nsubj", "nsubjpass", "xcomp")   # an act's core parts in a report's clause
# how an act hangs inside an accusation's gerund phrase: "of inciting *the riots*", "the strike and *the
# riots*", "of planning to *stage* ...", "a wave *of* riots", "being *behind* the attack"
CONTENT_DEPS = ("dobj", "conj", "xcomp")
CONTENT_PREPS = ("of", "behind")
# RETREAT modes of an act that is its own when announced ("will resign"), not a pledge (AGREE)
OWN_ACT_RETREATS = frozenset({"resign"})
# a decision to yield is the yield itself, to come ("has decided to ease the curfew": RETREAT or
# CONCEDE, future, as docs/annotation.md codes a decision stated), no pledge to a party (AGREE)
DECIDED_YIELD_CUES = ("decide",)
YIELD_TYPES = ("RETREAT", "CONCEDE")
# CAMEO's "express intent to yield" (035x) by what is yielded: CAMEO2PLOVER codes every one
# AGREE, so an announced release or withdrawal is an intent, not yet the retreat
INTENT_TO_YIELD = {"release": "0353", "ceasefire": "0356", "withdraw": "0356", "disarm": "0356",
                   "access": "0355", "085": "0354", "081": "0351"}
# CAMEO code of a forceful act -> CAMEO's threat of that act where frame_codes.tsv's threat of its
# type is another ("will stop funding the agency": a threat to stop aid, 1311, no threat to break
# relations, 1313)
THREAT_CODES = {"162": "1311"}
# (frame type, embedded type) -> (mode, CAMEO code); REQUEST codes are 02x for appeals, 10x for demands
FRAME_CODES = {(row["frame"], row["embedded"]): (row["mode"] or None, row["cameo"])
               for row in datafiles.table("events", "frame_codes.tsv",
                                          ("frame", "embedded", "mode", "cameo"),
                                          required=("frame", "embedded", "cameo"))}
# modality cue -> CAMEO statement code for an act only considered, hoped for or doubted
STATEMENT_CODES = {row["cue"]: row["cameo"] for row in datafiles.table(
    "events", "statement_codes.tsv", ("cue", "cameo"), required=("cue", "cameo"))}
TEMPORAL_PREPS = datafiles.words("events", "temporal_preps.tsv")
PAST_TIME_PREPS = frozenset({"after", "during", "following"})   # a time phrase on an act that took place
PREDICATE_VERBS = datafiles.words("events", "predicate_verbs.tsv")
MODALITY_PENALTY = {"asserted": 0.0, "future": 0.05, "hypothetical": 0.2, "reported_denied": 0.25}
NAMING_VERBS = ("mark", "term", "represent", "constitute", "label", "dub", "describe")
RECIPROCAL_WORDS = ("both", "two")
UNDERGO_VERBS = ("face", "receive", "suffer", "endure", "draw", "attract", "incur", "undergo")
OUTCOME_TYPES = ("ASSAULT", "COERCE")
OUTCOME_VERBS = ("kill", "wound", "injure", "leave", "claim", "displace", "destroy", "damage")


@functools.cache
def context_cues() -> dict[str, str]:
    """Lemma -> context label, from ``data/context_cues.tsv`` (schema-checked)."""
    rows = datafiles.table("events", "context_cues.tsv", ("lemma", "context"),
                           required=("lemma", "context"))
    cues = {row["lemma"]: row["context"] for row in rows}
    if not set(cues.values()) <= set(ontology.contexts()):
        raise ConfigError("context_cues.tsv: a context is not a PLOVER context label")
    return cues


def skip_sentence(sentence: SpacySpan) -> bool:
    """Questions and verbless fragments carry no events."""
    text = span_text(sentence).strip()
    return text.endswith("?") or not any(t.pos_ in ("VERB", "AUX") for t in span_tokens(sentence))


def in_scope(frame: Match, inner: Match) -> bool:
    """Is ``inner`` the act a frame trigger governs ("agreed to *offer support*")?"""
    tops = {frame.head.i} | ({frame.noun.i} if frame.noun is not None else set())
    token, hops = inner.head, 0
    while head_of(token) != token and hops < 5:
        if token.dep_ not in FRAME_DEPS:
            return False
        token, hops = head_of(token), hops + 1
        if token.i in tops:
            return True
        if frame.trigger.type == "REJECT" and token.lemma_ in cues()["report"] and report_denied(inner.head) \
                and token.lemma_.lower() not in class_words("proposed"):
            return False   # "rejected claims that its troops shot ...": the act claimed, coded denied;
            # "rejected the suggestion that they meet" rejects the meeting put forward
        if token.lemma_ in ("say", "because", "after") or token.dep_ == "ROOT":
            return token.i in tops
        if token.dep_ == "prep" and token.lower_ in TEMPORAL_PREPS:
            return False   # "agreed to offer support, following Pakistan's expulsion of ..."
    return False


def is_ground(outer: Match, inner: Match) -> bool:
    """"criticized Pakistan *for blaming* ...", "thanked India for its support", "charged him
    *with bombing*": the reason given for praise or blame is no event of its own; nor is an act the
    gerund of an accusation governs ("blamed them for inciting *the riots*")."""
    if outer.trigger.type not in ("ACCUSE", "SUPPORT") or outer.trigger.kind == "noun":
        return False
    return grounds_on(outer, inner.head) or (
        outer.trigger.type == "ACCUSE" and charged_content(outer, inner.head))


def charged_content(outer: Match, token: Token) -> bool:
    """Is ``token`` an act inside the gerund phrase of an accusation ("of staging *the protests*",
    "of planning to stage *the attacks*", "of inciting a wave of *riots*")? Only through the core
    of the phrase: a setting ("during *the protest*") is presupposed, a relative clause ("the riots
    *that swept the capital*") or a verb with its own subject reports the act as fact."""
    if any(c.dep_ == "relcl" for c in children_of(token)):
        return False
    for _ in range(6):
        if token.dep_ == "pobj" and head_of(token).lower_ in CONTENT_PREPS and head_of(token).dep_ == "prep":
            token = head_of(head_of(token))
        elif token.dep_ in CONTENT_DEPS and not (token.dep_ == "conj" and token.pos_ == "VERB"):
            token = head_of(token)   # a second gerund joined to the first is left as it is (test_roles_28)
        else:
            return False
        if token.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass")
                                                 for c in children_of(token)):
            return False
        if token.tag_ == "VBG" and grounds_on(outer, token):
            return True
    return False


def grounds_on(outer: Match, token: Token) -> bool:
    """Is ``token`` the object of the "for"/"of" (or a charging verb's "with") that gives the
    reason for ``outer``'s praise or blame?"""
    owners = {outer.head.i} | ({outer.noun.i} if outer.noun is not None else set())
    if token.dep_ not in ("pobj", "pcomp"):
        return False
    prep = head_of(token)
    on_accused = head_of(prep).dep_ == "dobj" and head_of(head_of(prep)).i in owners
    if prep.lower_ in ("for", "of"):
        # "accused the rebels of carrying out ...": the parser may hang the gerund on the accused
        return head_of(prep).i in owners or (
            outer.trigger.type == "ACCUSE" and on_accused and token.tag_ == "VBG")
    # "charged the faction with bombing": a charging verb's "with", on the verb or on the accused;
    # "condemned the raid together with the arrest" joins a second act, "opened an inquiry with
    # the arrest" tells how: the arrest stays
    return (outer.trigger.type == "ACCUSE" and prep.lower_ == "with"
            and outer.head.lemma_.lower() in class_words("charge") and (head_of(prep).i in owners
                                                                        or on_accused))


def is_denial(match: Match) -> bool:
    """"X denied that ..." or "denied (having) kidnapped the workers": a denial of a report is no
    REJECT (the report is coded, denied); a gerund it governs is the act denied, as a clause is."""
    return match.head.lemma_ == "deny" and any(
        c.dep_ == "ccomp" or (c.dep_ == "xcomp" and (c.tag_ == "VBG" or any(
            a.dep_ == "aux" and a.lower_ == "having" for a in children_of(c))))
        for c in children_of(match.head))


def denies_named_act(match: Match, denied: list[Match]) -> bool:
    """"Rejected claims that its troops shot protesters", "dismissed reports that ...": a denial
    whose report names an act coded as denied (``denied``: the article's kept acts whose
    modality is reported_denied) is not coded separately (docs/annotation.md, Denials). The act
    must be the report's clause itself or a core part of it ("accusations it is getting
    weapons *at a meeting*" names no meeting); "rejected the accusations" names none."""
    if match.trigger.type != "REJECT" or match.head.lemma_ not in cues()["denial"]:
        return False
    reports = [c for c in children_of(match.head)
               if c.dep_ in ("dobj", "nsubjpass") and c.lemma_ in cues()["report"]]
    clauses = {c.i for r in reports for c in children_of(r) if c.dep_ in ("acl", "relcl", "ccomp")}
    return any(m is not match and (m.head.i in clauses or (
        head_of(m.head).i in clauses and m.head.dep_ in CORE_DEPS)) for m in denied)


def absorb_frames(matches: list[Match]) -> list[tuple[Match, list[Match]]]:
    """Pair each frame trigger with the acts it embeds; embedded acts make no event of their own."""
    absorbed: dict[int, list[Match]] = {}
    taken: set[int] = set()
    for outer in matches:
        grounds = [m for m in matches if m is not outer and is_ground(outer, m)]
        taken.update(m.head.i for m in grounds)
        # "criticized him for refusing *to support* ...": what a ground frame embeds is part of
        # the reason given, no event either
        taken.update(m.head.i for g in grounds if g.trigger.frame
                     for m in matches if m is not g and in_scope(g, m))
    for frame in (m for m in matches if m.trigger.frame):
        if frame.head.i in taken:
            continue
        inner = [m for m in matches if m is not frame and m.head.i not in taken and in_scope(frame, m)]
        absorbed[frame.head.i] = inner
        taken.update(m.head.i for m in inner)
    return [(m, absorbed.get(m.head.i, [])) for m in matches if m.head.i not in taken]


def codes(entry: Trigger, embedded: list[Match], modality: str, cue: str | None
          ) -> tuple[str, str | None, str]:
    """(type, mode, CAMEO) after frames and PLOVER's rules for announced future acts; an act
    only considered or hoped for keeps its type but takes CAMEO's code of the statement."""
    event_type, mode, cameo = entry.type, entry.mode, entry.cameo
    if embedded:
        inner = embedded[0].trigger
        if pledged_force(entry, embedded[0]):
            event_type = "THREATEN"   # "vowed to attack the capital": a promise of force is a threat
        elif pledged_refusal(entry, embedded[0]):
            return refusal_codes(entry, embedded)   # "vowed never to lay down their arms"
        elif ordered_measure(entry, embedded[0]):
            return inner.type, inner.mode, inner.cameo   # "ordered a freeze of aid": the freeze
        found = FRAME_CODES.get((event_type, inner.type))
        if event_type == "REQUEST" and inner.type in FORCEFUL and not called_for(embedded[0]):
            found = None    # "urged the council to renew sanctions": an appeal to the body asked (02x)
        if event_type == "AGREE" and inner.type == "AGREE":
            cameo = inner.cameo
        elif found is not None:
            mode, cameo = found[0], (cameo[:2] + found[1] if len(found[1]) == 1 else found[1])
            if event_type == "THREATEN":
                cameo = THREAT_CODES.get(inner.cameo, cameo)
        if event_type == "THREATEN" and found is None:
            mode = mode or None
    elif modality == "future" and entry.type == "CONSULT" and cue in schedule_cues():
        pass    # "will meet next week": the meeting planned, CONSULT future; a pledge to meet is AGREE
    elif modality == "future" and entry.type in YIELD_TYPES and cue in DECIDED_YIELD_CUES:
        pass    # "has decided to lift the ban": the concession to come, CONCEDE future, no AGREE
    elif modality == "future" or (modality == "hypothetical" and cue in ("would", "may", "might")):
        event_type, mode, cameo = future_codes(entry)
    if modality == "hypothetical" and cue in STATEMENT_CODES:
        cameo = STATEMENT_CODES[cue]    # "is considering sending aid": CAMEO codes the statement
    if mode is not None and (event_type, mode) not in ontology.modes():
        mode = None
    return event_type, mode, cameo


_FRAMES = datafiles.table("events", "statement_frames.tsv", ("word", "role", "cameo"),
                          required=("word", "role", "cameo"))
# (word, role) -> CAMEO statement code: "claim responsibility for", "express condolences over"
STATEMENT_FRAMES = {(row["word"], row["role"]): row["cameo"] for row in _FRAMES}
# how an act hangs from a frame verb: its object, or a preposition ("for", "over", "after")
FRAME_LINKS = ("dobj", "prep", "dative")


def statement_about(head: Token) -> str | None:
    """CAMEO's code of a statement about the act at `head` (``statement_frames.tsv``): "X
    claimed responsibility for *the bombing*" (015), "expressed condolences over *the attack*"
    (018), "claimed that they had *attacked* the base" (015: a pronoun subject claims its own
    act; "claimed that the army is shelling" reports another's). The act keeps its type."""
    child, token = head, head_of(head)
    while token.i != child.i:
        lemma = token.lemma_.lower()
        code = STATEMENT_FRAMES.get((lemma, "verb"))
        if code is not None and child.dep_ in FRAME_LINKS and any(
                c.dep_ == "dobj" and _frame_object(c, code) for c in children_of(token)):
            return code
        code = STATEMENT_FRAMES.get((lemma, "self"))
        if code is not None and child.dep_ == "ccomp" and _clause_verb(head, child) and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "PRP" for c in children_of(child)):
            return code
        child, token = token, head_of(token)
    return None


def _clause_verb(head: Token, clause: Token) -> bool:
    """Whether `head` is the claimed clause's own verb or a conjunct of it ("claimed that they
    had attacked and burned the base"), not an act deeper in it ("claim that they protect
    herders from *attacks* by militias" claims no attack)."""
    while head.i != clause.i and head.dep_ == "conj":
        head = head_of(head)
    return head.i == clause.i


def _frame_object(noun: Token, code: str) -> bool:
    """Whether a frame verb's object (or a compound in it: "a condolence message") is one of
    the frame's objects with this code."""
    return any(STATEMENT_FRAMES.get((t.lemma_.lower(), "object")) == code
               for t in (noun, *(c for c in children_of(noun) if c.dep_ == "compound")))


@functools.cache
def schedule_cues() -> frozenset[str]:
    """The cues of a plan or timetable (``schedule`` rows of modality_cues.tsv): "will meet",
    "is set to hold talks" keep a meeting CONSULT with modality future."""
    return frozenset(cues()["schedule"])


def pledged_force(entry: Trigger, inner: Match) -> bool:
    """Whether an AGREE frame is a vow of force ("vowed to attack", "pledged to arrest"). A vow
    never to use force or to end it ("vowed never to attack civilians", "pledged to end the
    shelling", "promised to stop bombing": a stopping word, word class ``halt``) is a pledge."""
    return entry.type == "AGREE" and inner.trigger.type in PLEDGED_FORCE and \
        entry.words[0] in PLEDGE_VERBS and not _restrained(inner.head)


def called_for(inner: Match) -> bool:
    """"Called *for sanctions* against the generals", "pressed for the expulsion of the envoy": a
    measure of force asked for by name, with no body asked to take it, is a demand against its
    target (CAMEO 10x, frame_codes.tsv), where asking a body to act is an appeal to it (02x)."""
    head = inner.head
    return inner.trigger.kind == "noun" and head.dep_ == "pobj" and head_of(head).lower_ == "for"


def ordered_measure(entry: Trigger, inner: Match) -> bool:
    """"Ordered *a freeze of aid*", "ordered *air strikes* on the camps", "ordered *the release* of
    the prisoners": an order whose object is a measure or an act of force, named by a noun, is that
    act done by the one who orders it, no demand put to anyone (as "order arrest" in the lexicon)."""
    head = inner.head
    if head.dep_ == "pobj" and head_of(head).lower_ == "of" and head_of(head_of(head)).i in inner.tokens:
        head = head_of(head_of(head))   # "a freeze *of* aid" is found at its last word
    return entry.type == "REQUEST" and entry.words == ("order",) and inner.trigger.kind == "noun" \
        and inner.trigger.type in ORDERED_TYPES and head.dep_ == "dobj" \
        and head_of(head).lemma_.lower() == "order"


def pledged_refusal(entry: Trigger, inner: Match) -> bool:
    """Whether a pledge is one never to yield or cooperate ("vowed *never* to lay down their arms",
    "pledged *not* to negotiate with", "swore never to release them"): a refusal (REJECT), no
    promise to a party. A pledge never to use force stays a pledge (:func:`pledged_force`)."""
    return entry.type == "AGREE" and entry.words[0] in PLEDGE_VERBS and \
        inner.trigger.type in (*YIELD_TYPES, *COOPERATIVE) and _restrained(inner.head)


def _restrained(act: Token) -> bool:
    """Is the act under a pledge negated or governed by a stopping word, on the way up to the
    pledge verb ("never to *attack*", "to end the *shelling*")? Negations and stopping words
    cancel in pairs: "not to stop *attacking*" is no restraint, so only an odd count is one."""
    token, hops, count = act, 0, 0
    while hops < 4:
        count += sum(1 for c in children_of(token) if c.dep_ == "neg" or c.lower_ == "never")
        if token is not act and token.lemma_.lower() in class_words("halt"):
            count += 1
        if head_of(token) == token or head_of(token).lemma_.lower() in PLEDGE_VERBS:
            break
        token, hops = head_of(token), hops + 1
    return count % 2 == 1


def future_codes(entry: Trigger) -> tuple[str, str | None, str]:
    """Announced future cooperation or yield is AGREE (a pledge; a yield's intent is CAMEO 035x,
    "they will release the hostages": 0353), but "will resign" keeps its RETREAT (a resignation
    is no yield promised to a party; PLOVER GSR codes the RETREAT itself). Announced force is
    THREATEN ("will impose sanctions", "plans to extend the curfew"), as CAMEO's 13x and both
    PLOVER golds code it; an announced protest or boycott ("said they will boycott the vote") is
    a threat of dissent (CAMEO 133), not yet the protest."""
    if entry.type in COOPERATIVE:
        return "AGREE", None, FRAME_CODES[("AGREE", entry.type)][1]
    if entry.type == "RETREAT" and entry.mode not in OWN_ACT_RETREATS:
        return "AGREE", None, INTENT_TO_YIELD.get(entry.mode or entry.cameo,
                                                  FRAME_CODES[("AGREE", "RETREAT")][1])
    if entry.type == "CONCEDE":
        return "AGREE", None, FRAME_CODES[("AGREE", "CONCEDE")][1]
    if entry.type in FORCEFUL or entry.type == "PROTEST":
        mode, cameo = FRAME_CODES[("THREATEN", entry.type)]
        return "THREATEN", mode, THREAT_CODES.get(entry.cameo, cameo)
    return entry.type, entry.mode, entry.cameo


def refusal_codes(entry: Trigger, embedded: list[Match]) -> tuple[str, str | None, str]:
    """"Would not lift the curfew": a refused future concession is REJECT; so is an agreement
    not reached ("failed to reach a deal", "the two sides did not agree": CAMEO 127, not 03x),
    which is no agreement with a negation on it, but a rejection of the other side's terms."""
    inner = embedded[0].trigger.type if embedded else entry.type
    mode, cameo = FRAME_CODES.get(("REJECT", inner), (None, "120"))
    return "REJECT", mode, cameo


# word class -> ASSAULT mode and CAMEO code of an act done with its members, the first found winning
WEAPON_MODES = tuple((row["class"], row["mode"], row["cameo"]) for row in datafiles.table(
    "events", "weapon_modes.tsv", ("class", "mode", "cameo"), required=("class", "mode", "cameo")))
MEANS_DEPS = ("nsubj", "agent", "prep")           # a verb's doer, "by", "with", "in" phrases
MEANS_PREPS = ("with", "by", "in", "of", "from")  # "killed *in* an air raid", "fire *from* tanks"
WEAPON_MODIFIER_DEPS = ("compound", "amod", "nmod", "nummod")   # "*two mortar* shells": syntax's, and numbers
PLACE_MEANS_PREPS = ("in", "of", "from")   # their object's modifiers count unless it is a place
FORCE_CAMEO = "190"   # plain force, which a weapon word makes finer
PROPEL_VERBS = ("hurl", "throw", "fire", "launch", "lob", "drop", "detonate", "plant", "use")


def weapon_mode(head: Token) -> tuple[str, str] | None:
    """The mode and CAMEO code (weapon_modes.tsv) of an ASSAULT that has no mode from its
    trigger, from a weapon word in the act's own phrase (``arms_*`` word classes): "a *grenade*
    attack", "*mortar shells* struck the school", "killed in an *air raid*", "attacked the post
    *with chlorine gas*", "hurled *grenades* at a crowd, killing two". A weapon elsewhere in the
    sentence gives none."""
    words = {t.lemma_.lower() for t in means_words(head)} | {t.lower_ for t in means_words(head)}
    for name, mode, cameo in WEAPON_MODES:
        if words & class_words(name):
            return mode, cameo
    return None


PEACEFUL = ("peaceful", "peacefully")   # "marched *peacefully*", "a *peaceful* rally": no riot
UNREST_MODIFIER_DEPS = ("compound", "amod", "nmod")
TIME_PREPS = frozenset(datafiles.words("events", "time_preps.tsv"))
RIOT_CAMEO = "145"   # the lexicon's PROTEST riot entries ("riot", "throw stones", "clash with police")


def unrest_mode(head: Token) -> tuple[str, str] | None:
    """("riot", its CAMEO) for a demonstration told with unrest in its own clause (``{unrest}``):
    "protesters marched as scuffles broke out", "the protesters turned violent"; None for a
    peaceful one, and for unrest that only names police kit ("*riot* police") or is in a phrase of
    time ("a day after *clashes*")."""
    if any(c.lemma_.lower() in PEACEFUL for c in children_of(head)):
        return None
    unrest, kit = class_words("unrest"), class_words("unrest_kit")
    for token in span_tokens(sentence_of(head)):
        if token.lemma_.lower() in unrest and (token.lemma_.lower() != "violent"
                                                or token.dep_ in ("acomp", "oprd")) \
                and not (token.dep_ in UNREST_MODIFIER_DEPS and head_of(token).lemma_.lower() in kit) \
                and _same_clause(token, head) and not _in_time_phrase(token):
            return "riot", RIOT_CAMEO
    return None


def _clause(token: Token) -> Token:
    """The verb heading the clause a word stands in (the sentence's root at most)."""
    while token.pos_ not in ("VERB", "AUX") and token.dep_ != "ROOT" and head_of(token) != token:
        token = head_of(token)
    return token


def _same_clause(word: Token, head: Token) -> bool:
    """Whether two words stand in one clause, or one's clause hangs right on the other's ("marched
    *as* scuffles broke out")."""
    mine, theirs = _clause(word), _clause(head)
    return mine == theirs or head_of(mine) == theirs or head_of(theirs) == mine


def _in_time_phrase(word: Token) -> bool:
    """Whether a word stands in a phrase that only says when ("a day *after* deadly clashes")."""
    clause = _clause(word)
    while word != clause and head_of(word) != word:
        if word.dep_ == "npadvmod" or (word.dep_ == "prep" and word.lower_ in TIME_PREPS):
            return True
        word = head_of(word)
    return False


def means_words(head: Token) -> list[Token]:
    """The words of an act's doer, instrument and modifiers (not its target)."""
    found = _modifiers(head)
    subject = subject_of(head) if head.pos_ == "VERB" else None
    if subject is not None:      # "rockets fired from the hills *hit* the town": a conjunct's doer
        found += [subject, *_modifiers(subject)]
    for child in children_of(head):
        if (child.dep_ in MEANS_DEPS and child.dep_ != "prep") or child.lower_ in MEANS_PREPS:
            # "in an *air* raid", never "in the *air* terminal" or "from the *rocket* base"
            found += [w for t in _objects(child) for w in (t, *_modifiers(t))
                      if w == t or child.lower_ not in PLACE_MEANS_PREPS or not is_place(t)]
        elif child.dep_ == "dobj":
            # "hurled *grenades*"; "attacked the post with gas", its "with" misattached to the object
            means = [child] if head.lemma_.lower() in PROPEL_VERBS else []
            means += [t for c in children_of(child) if c.lower_ == "with" for t in _objects(c)]
            found += [w for t in means for w in (t, *_modifiers(t))]
    if head.dep_ == "advcl" and head.tag_ == "VBG" and head_of(head).pos_ == "VERB":
        found += means_words(head_of(head))   # "hurled grenades at the bus, *killing* two"
    return found


def _objects(child: Token) -> list[Token]:
    """A preposition's objects ("with chlorine gas"), or the child itself (a doer)."""
    if child.dep_ in ("prep", "agent"):
        return [t for t in children_of(child) if t.dep_ == "pobj"]
    return [child]


def _modifiers(token: Token) -> list[Token]:
    """The compounds and adjectives of a noun, with theirs ("a *sarin gas* attack")."""
    found = []
    for child in children_of(token):
        if child.dep_ in WEAPON_MODIFIER_DEPS:
            found += [child, *_modifiers(child)]
    return found


def contexts_for(entry: Trigger, embedded: list[Match], sentence: SpacySpan) -> list[str]:
    """Trigger defaults, embedded acts' defaults, then cues in the sentence, in that order."""
    found = list(entry.contexts)
    for inner in embedded:
        found += [c for c in inner.trigger.contexts if c not in found]
    cues = context_cues()
    for token in span_tokens(sentence):
        label = cues.get(token.lemma_.lower())
        if label is not None and label not in found:
            found.append(label)
    return found


def not_an_occurrence(noun: Token) -> bool:
    """Nominal triggers that refer back or describe ("This marked the first meeting") are no event."""
    if noun.dep_ in ("attr", "oprd"):
        return True
    if noun.dep_ == "dobj" and head_of(noun).lemma_ in PREDICATE_VERBS:
        return head_of(noun).lemma_ in NAMING_VERBS and not reports(head_of(noun)) or any(
            c.dep_ in ("oprd", "xcomp") for c in children_of(head_of(noun)))
    if noun.dep_ == "pobj" and head_of(noun).lower_ in TEMPORAL_PREPS:
        # "during a clash between two gangs", "after a shootout *with police*": an act with its
        # parties named is one that happened; "with" a party only after or during it ("before
        # talks with Macron", "despite the ceasefire with Hamas" tell none that happened)
        return not any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "between")
                       or (c.dep_ == "prep" and c.lower_ == "with" and head_of(noun).lower_ in PAST_TIME_PREPS
                           and any(_public_party(o) for o in children_of(c) if o.dep_ == "pobj"))
                       for c in children_of(noun))
    return False


def _public_party(noun: Token) -> bool:
    """A party named ("with Hamas", "with Macron") or a role noun of public life, alone or with
    its compound ("with police", "with rebels", "with border guards"), not one of trade ("a
    meeting with investors")."""
    if noun.ent_type_:
        return names_a_party(noun)
    from eventwire.actors.knowledge import packaged_roles

    roles = packaged_roles()
    phrases = [noun.lower_, noun.lemma_.lower(),
               *(f"{c.lower_} {noun.lower_}" for c in children_of(noun) if c.dep_ == "compound")]
    return any(phrase in roles and roles[phrase].sector in political_sectors() for phrase in phrases)


def reports(verb: Token) -> bool:
    """"Witnesses described the attack": "describe" with no "as" reports the act, it names none."""
    return verb.lemma_ == "describe" and not any(c.dep_ == "prep" and c.lower_ == "as"
                                                 for c in children_of(verb))


def participle_as_noun(head: Token) -> bool:
    """"evacuated *the wounded*", "buried the dead": a participle standing for people."""
    return head.tag_ == "VBN" and head.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass") and \
        any(c.dep_ == "det" for c in children_of(head))


def reciprocal_subject(head: Token) -> bool:
    """"The two sides discussed ...", "both sides agreed": the subject names every party."""
    subject = subject_of(head) if head.pos_ == "VERB" else None
    return subject is not None and any(
        c.lower_ in RECIPROCAL_WORDS for c in [subject, *children_of(subject)])


def governing_actor(noun: Token, actors: list[Entity]) -> list[Entity]:
    """For a nominal event without a possessor: the subject of the clause that governs it."""
    for verb in governing_verbs(head_of(noun)):
        found = entities_for(subject_of(verb), actors)
        if found:
            return found
    return []


def keep(draft: Draft) -> bool:
    """Without a confidence model, precision by rule: an event needs at least one coded party.
    (With one, every candidate is kept and ``rule_parties`` is one of the model's features.)"""
    return bool(draft.event.actor or draft.event.recipient)


def compatible(a: list[Entity], b: list[Entity]) -> bool:
    ids_a, ids_b = {id(e) for e in a}, {id(e) for e in b}
    return not ids_a or not ids_b or ids_a <= ids_b or ids_b <= ids_a


def merge_same(drafts: list[Draft]) -> list[Draft]:
    """One happening per sentence and type: same-type drafts with compatible parties merge,
    unless they are distinct acts (:func:`distinct_acts`), a party of one undergoes the other
    (:func:`_crossed`), or one is told as background and the other not."""
    kept: list[Draft] = []
    for draft in drafts:
        other = next((k for k in kept if k.event.type == draft.event.type
                      and not distinct_acts(k, draft)
                      and compatible(k.event.actor, draft.event.actor)
                      and compatible(k.event.recipient, draft.event.recipient)
                      and not _crossed(k, draft)
                      and k.event.negated == draft.event.negated
                      and k.event.background == draft.event.background), None)
        if other is None:
            kept.append(draft)
            continue
        # the draft the rules found a coded party for stays (a partyless one may not absorb it),
        # then the verbal one
        base, extra = (other, draft) if _rank(other) <= _rank(draft) else (draft, other)
        base.rule_parties = base.rule_parties or extra.rule_parties
        for role in ("actor", "recipient"):
            merged = getattr(base.event, role) + [e for e in getattr(extra.event, role)
                                                   if e not in getattr(base.event, role)]
            setattr(base.event, role, merged)
        kept[kept.index(other)] = base
    return kept


def _crossed(a: Draft, b: Draft) -> bool:
    """Whether a party acts in one draft and undergoes the other ("the rebel leader who seized
    power ... was killed in an ambush"): merged, one party would sit on both sides."""
    return any(e in b.event.recipient for e in a.event.actor) or \
        any(e in a.event.actor for e in b.event.recipient)


def distinct_acts(a: Draft, b: Draft) -> bool:
    """Two verbs of one type with different modes tell two acts ("was ousted ..., when both
    countries withdrew their ambassadors"); a noun and a verb of one type tell one."""
    return not a.nominal and not b.nominal and None not in (a.event.mode, b.event.mode) \
        and a.event.mode != b.event.mode


def _rank(draft: Draft) -> tuple[bool, bool]:
    return (not draft.rule_parties, draft.nominal)


def merge_outcomes(drafts: list[Draft]) -> list[Draft]:
    """"Pakistan's airstrikes in Afghanistan, which killed 46 civilians in late December",
    "an Israeli strike killed 90": the casualty verb tells the outcome of the nominal attack,
    so it becomes the attack's clause (``trigger_token``, for dating) and makes no event of
    its own."""
    by_token = {d.event.trigger_token: d for d in drafts}
    for draft in [d for d in drafts if d.nominal and d.event.type in OUTCOME_TYPES]:
        verb = outcome_verb(draft.match.head)
        other = by_token.get(verb.i) if verb is not None else None
        if verb is None or (other is not None and other.event.type != draft.event.type):
            continue
        draft.event.trigger_token = verb.i
        if other is not None and other is not draft:
            draft.rule_parties = draft.rule_parties or other.rule_parties
            drafts = [d for d in drafts if d is not other]
    return merge_consequences(drafts)


def merge_consequences(drafts: list[Draft]) -> list[Draft]:
    """"Rebels shelled the town, killing four civilians": a casualty participle on an attack
    verb tells the attack's outcome, not a second attack. Its event goes into the attack's,
    whose recipient it gives when the attack has none; its counts go to the attack (the
    attack's verb governs them)."""
    by_token = {d.event.trigger_token: d for d in drafts}
    for draft in [d for d in drafts if not d.nominal and d.event.type in OUTCOME_TYPES]:
        for child in children_of(draft.match.head):
            other = by_token.get(child.i)
            if other is None or other is draft or other.event.type != draft.event.type \
                    or child.dep_ != "advcl" or child.tag_ != "VBG" or child.lemma_ not in OUTCOME_VERBS:
                continue
            draft.rule_parties = draft.rule_parties or other.rule_parties
            draft.event.recipient += [e for e in other.event.recipient if e not in draft.event.recipient]
            drafts = [d for d in drafts if d is not other]
    return drafts


def outcome_verb(noun: Token) -> Token | None:
    """A casualty verb the noun is the subject of ("an Israeli strike killed 90"), or in a
    relative clause on the noun or on its prepositional object."""
    if noun.dep_ == "nsubj" and head_of(noun).lemma_ in OUTCOME_VERBS:
        return head_of(noun)
    holders = [noun, *(o for p in children_of(noun) if p.dep_ == "prep"
                       for o in children_of(p) if o.dep_ == "pobj")]
    for holder in holders:
        for child in children_of(holder):
            if child.dep_ == "relcl" and child.lemma_ in OUTCOME_VERBS:
                return child
    return None


def same_parties(a: list[Entity], b: list[Entity]) -> bool:
    return bool(a) and _party_keys(a) == _party_keys(b)


def _party_keys(entities: list[Entity]) -> set[str]:
    return {e.country or e.text for e in entities}


def inherit_recipients(drafts: list[Draft]) -> None:
    """A cooperative event without a recipient takes the last recipients of the same actor
    within the two previous sentences (the dyad the text is about): those with a country,
    never a phrase such as "all diplomats" that names no other party."""
    for position, draft in enumerate(drafts):
        event = draft.event
        if event.recipient or not event.actor or event.quad not in (1, 2) or event.type == "CONSULT":
            continue
        for before in reversed(drafts[:position]):
            if event.sentence.index - before.event.sentence.index > 2:
                break
            earlier = before.event
            dyad = [e for e in earlier.recipient if e.country]
            if dyad and earlier.quad in (1, 2) and same_parties(earlier.actor, event.actor):
                event.recipient = dyad
                break


def nearest_draft(token: Token, drafts: list[Draft], types: tuple[str, ...]) -> Draft | None:
    """The draft whose trigger is the token, governs it, or else the nearest of ``types``."""
    by_token = {d.event.trigger_token: d for d in drafts}
    for candidate in [token, *ancestors_of(token)]:
        if candidate.i in by_token:
            return by_token[candidate.i]
    for child in token.subtree:
        if child.i in by_token:
            return by_token[child.i]
    typed = [d for d in drafts if d.event.type in types]
    return min(typed, key=lambda d: abs((d.event.trigger_token or 0) - token.i), default=None)


def claimed_draft(head: Token, drafts: list[Draft], earlier: list[Draft],
                  lexicon: TriggerLexicon) -> Draft | None:
    """The event a claim is about: here if its head is (or governs) a trigger, else the last
    earlier event of the type its head noun names ("the first official encounter")."""
    for draft in drafts:
        if head.i in draft.match.tokens or draft.event.trigger_token == head.i:
            return draft
    named = {e.type for e in lexicon.lookup("noun", head.lemma_.lower())}
    if named:
        pool = [d for d in drafts + earlier[::-1] if d.event.type in named]
        return pool[0] if pool else None
    for token in ancestors_of(head):
        found = next((d for d in drafts if d.event.trigger_token == token.i), None)
        if found is not None:
            return found
    return min(drafts, key=lambda d: abs((d.event.trigger_token or 0) - head.i), default=None)


def confidence(draft: Draft) -> float:
    """The calibrated confidence: the dev-set precision of events with this evidence."""
    return calibrated(evidence(draft))


def evidence(draft: Draft) -> float:
    """Evidence in [0, 1]: trigger strength, parties found, modality, embedding, negation."""
    event = draft.event
    score = 0.3 + 0.45 * draft.match.trigger.weight
    score += 0.1 * any(e.country for e in event.actor)
    score += 0.1 * any(e.country for e in event.recipient)
    score += 0.05 * bool(draft.embedded)
    score -= MODALITY_PENALTY[event.modality]
    score -= 0.1 * event.negated + 0.05 * event.background
    score -= 0.1 * embedded_in_other(draft)
    return round(min(max(score, 0.05), 0.99), 2)


def embedded_in_other(draft: Draft) -> bool:
    """Is the trigger inside a noun phrase or clause headed by another content word?"""
    head = draft.match.head
    return head.dep_ in ("pobj", "compound", "relcl", "acl", "amod") and draft.nominal


def settle_claims(pending: list[tuple[set[str], Claim]], drafts: list[Draft]) -> None:
    """Attach claims waiting for a later event of the type they name ("termed the meeting
    the first ...", before the meeting is reported)."""
    for named, claim in list(pending):
        draft = next((d for d in drafts if d.event.type in named), None)
        if draft is not None:
            draft.event.claims.append(claim)
            pending.remove((named, claim))
