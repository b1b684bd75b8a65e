"""Finding lexicon triggers in a parsed sentence (lemma- and POS-based)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from eventwire import datafiles
from eventwire.events.lexicon import Trigger, TriggerLexicon, class_words, word_classes
from eventwire.events.syntax import SAY_LEMMAS, prep_objects, subject_of
from eventwire.nlp.phrases import (
    children_of,
    doc_tokens,
    head_of,
    once_per_doc,
    sentence_bounds,
    sentence_of,
    span_tokens,
)

# where object_nouns keeps what it found per verb in ``doc.user_data``
_OBJECT_NOUNS_KEY = "eventwire.object_nouns"
# where word_of keeps each token's forms, and match_light the nouns each verb reaches
_FORMS_KEY = "eventwire.word_forms"
_LIGHT_NOUNS_KEY = "eventwire.light_nouns"

VERB_POS = ("VERB",)
NOUN_POS = ("NOUN", "PROPN")
OBJECT_DEPS = ("dobj", "attr", "oprd", "nsubjpass", "dative", "acomp", "advmod", "npadvmod")
ADJECTIVE_POS = ("ADJ",)
ADJECTIVE_DEPS = ("acomp", "amod", "ROOT", "conj", "advcl", "ccomp", "xcomp")
PARTICLE_DEPS = ("prt", "prep", "advmod")
# types whose verbs, with a gerund complement, say only that another act ends ("quit attacking")
ASPECTUAL_TYPES = ("RETREAT",)
POLICY_CONCESSION = "0832"   # CAMEO "accede to demands for policy change": a firm's own plans are none
MAX_GAP = 6   # tokens allowed between a light verb and its object noun
TIME_PREPS = datafiles.words("events", "time_preps.tsv")   # truly of time: no "despite", "amid", "like"
STRUGGLE_VERBS = ("fight", "battle", "struggle", "scramble")   # verbs of combat and of effort
# named entities whose proper nouns name a body, person, place or thing, not an act
NAME_ENTITIES = ("ORG", "PERSON", "GPE", "FAC", "NORP", "PRODUCT", "WORK_OF_ART", "LOC")
DEMAND_HEADS = (*SAY_LEMMAS, "warn", "announce")
QUESTION_VERBS = ("ask",)
QUESTION_MARKS = ("if", "whether")
WH_TAGS = ("WDT", "WP", "WP$", "WRB")
# verbs that a thing can be said to do as a cause ("levies help", "the plan calls for", "the
# law offers"), where a party's doing would be an act of these types
CAUSED_TYPES = ("AID", "REQUEST", "AGREE", "CONSULT")
CLAIM_VERBS = ("insist",)   # verbs of demand that also assert a fact (say_lemmas.tsv has them)
DEMAND_MODALS = ("must", "should", "shall")
HALT_DEPS = ("xcomp", "ccomp", "oprd")     # where an order says what it orders done
MODAL_DEMAND = Trigger("REQUEST", None, "100", "verb", ("must",), ("diplomatic",), 0.6,
                       frozenset({"frame"}))


@dataclass
class Match:
    """A trigger found in the text: ``head`` is the trigger token, ``tokens`` all it covers."""

    trigger: Trigger
    head: Token
    tokens: tuple[int, ...]
    noun: Token | None = None   # the object noun of a light-verb construction
    clause: Token | None = None  # the verb of a reported "must" clause (its subject is addressed)

    @property
    def rank(self) -> tuple[int, float]:
        return (len(self.trigger.words), self.trigger.weight)


def word_of(token: Token) -> frozenset[str]:
    """The forms a pattern word may match: lemma and lower-cased text, and a plural noun's
    form without its "s", which the lemmatizer sometimes misses ("set up two *bases*" has the
    lemma "basis"), and a "-men" plural's "-man"; a number with a currency sign on it ("granted
    Egypt *$2 billion*", where "billion" heads the phrase) also matches "$", the sum it is.
    Read once per token and Doc (the matchers ask for every entry of every word)."""
    forms: list[frozenset[str] | None] | None = token.doc.user_data.get(_FORMS_KEY)
    if forms is None:
        forms = once_per_doc(token.doc, _FORMS_KEY, _no_forms)
    found = forms[token.i]
    if found is None:
        found = forms[token.i] = _word_forms(token)
    return found


def _no_forms(doc: Doc) -> list[frozenset[str] | None]:
    return [None] * len(doc)


def _word_forms(token: Token) -> frozenset[str]:
    forms = {token.lemma_.lower(), token.lower_}
    if token.tag_ in ("NNS", "NNPS") and token.lower_.endswith("s") and len(token) > 3:
        forms.add(token.lower_[:-1])
    if token.tag_ in ("NNS", "NNPS") and token.lower_.endswith("men") and len(token) > 4:
        forms.add(token.lower_[:-3] + "man")    # "militiamen", which the lemmatizer may leave whole
    if token.tag_ == "CD" and any(c.tag_ == "$" for c in children_of(token)):
        forms.add("$")
    return frozenset(forms)


def match_words(words: tuple[str, ...], tokens: list[Token]) -> list[int] | None:
    """Indices of ``tokens`` matching ``words`` in order (gaps allowed), or None."""
    found, position = [], 0
    for word in words:
        while position < len(tokens) and word not in word_of(tokens[position]):
            position += 1
        if position == len(tokens):
            return None
        found.append(tokens[position].i)
        position += 1
    return found


def noun_phrase_match(words: tuple[str, ...], head: Token) -> list[int] | None:
    """Token indices when ``words`` end at ``head`` and the words before are just before it."""
    if words[-1] not in word_of(head):
        return None
    start = head.i - (len(words) - 1)
    if start < sentence_bounds(head)[0]:
        return None
    before = doc_tokens(head.doc)[start:head.i]
    if all(w in word_of(t) for w, t in zip(words[:-1], before, strict=True)):
        return [*range(start, head.i + 1)]
    return None


def of_phrase_match(words: tuple[str, ...], head: Token) -> list[int] | None:
    """Token indices when ``words`` name an act "of" ``head`` with the head's own modifiers
    between ("the lifting *of the nightly* curfew"): the words up to "of" are just before the
    "of" that ``head`` hangs from, and the last word is ``head``'s."""
    if len(words) < 3 or words[-2] != "of" or head.dep_ != "pobj" or head_of(head).lower_ != "of":
        return None
    if words[-1] not in word_of(head) or head_of(head_of(head)).i != head_of(head).i - 1:
        return None
    before = noun_phrase_match(words[:-2], head_of(head_of(head)))
    return None if before is None else [*before, head_of(head).i, head.i]


def object_nouns(verb: Token) -> list[Token]:
    """Nouns a light verb can take: objects, prepositional objects, and their conjuncts.
    Found once per verb and Doc: asked for every light-verb entry of the verb ("take",
    "make" and "hold" have dozens)."""
    found: dict[int, list[Token]] = once_per_doc(verb.doc, _OBJECT_NOUNS_KEY, lambda doc: {})
    nouns = found.get(verb.i)
    if nouns is None:
        nouns = found[verb.i] = _object_nouns(verb)
    return list(nouns)


def _object_nouns(verb: Token) -> list[Token]:
    # a passive participle's noun is its object: "the report *released* by the ministry"
    nouns = [head_of(verb)] if verb.dep_ == "acl" and verb.tag_ == "VBN" \
        and head_of(verb).pos_ in NOUN_POS else []
    for child in children_of(verb):
        if child.dep_ in OBJECT_DEPS:
            nouns.append(child)
        elif child.dep_ == "prep" and child.lower_ in TIME_PREPS:
            continue   # "called off its strike *after talks*": a time phrase holds no object
        elif child.dep_ in ("prep", "prt", "agent"):
            nouns.extend(c for c in children_of(child) if c.dep_ == "pobj")
            for grand in children_of(child):
                if grand.dep_ == "prep":
                    nouns.extend(c for c in children_of(grand) if c.dep_ == "pobj")
        elif (child.dep_ == "xcomp" and child.pos_ in NOUN_POS) or small_clause_adjective(child):
            nouns.append(child)   # "declared it *a success*", "found the mayor *guilty*"
        elif _participle_clause(child):
            # "admitted thousands of refugees *fleeing* the war", parsed as a clause of their own
            nouns.extend(c for c in children_of(child)
                         if c.dep_ == "nsubj" and c.pos_ in NOUN_POS and c.i < child.i)
    nouns += as_complements(verb, nouns)
    return nouns + [c for n in nouns for c in n.conjuncts]


def _participle_clause(child: Token) -> bool:
    """A participle without an auxiliary that the parser made a clause of the verb's ("took in
    refugees *fleeing* the war"): its subject is the verb's object."""
    return child.dep_ == "ccomp" and child.tag_ == "VBG" and not any(c.dep_ == "aux"
                                                                     for c in children_of(child))


def small_clause_adjective(child: Token) -> bool:
    """"found the mayor *guilty*": an adjective the parser hangs on the verb as a clause with the
    object for its subject is the verb's complement, as "oprd" is; "not guilty" is none."""
    return child.dep_ in ("ccomp", "xcomp") and child.pos_ == "ADJ" and \
        any(c.dep_ == "nsubj" for c in children_of(child)) and not any(c.dep_ == "neg"
                                                                       for c in children_of(child))


def as_complements(verb: Token, nouns: list[Token]) -> list[Token]:
    """What an object is said to be, which the parser hangs from the object's or the verb's
    "as" ("described the allegations *as baseless*"): the verb's own complement, as in
    "called them baseless"."""
    owners = [verb, *(noun for noun in nouns if noun.dep_ == "dobj")]
    return [g for owner in owners for c in children_of(owner) if c.dep_ == "prep" and c.lower_ == "as"
            for g in children_of(c) if g.dep_ in ("amod", "acomp")]


def names_time(token: Token) -> bool:
    """A preposition whose object is a date or time ("called the king *on* Saturday") is no
    particle of the verb: that is no "call on"."""
    return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in children_of(token))


def particles(verb: Token) -> list[Token]:
    """The verb's own particles after it, however long the object between ("forced the UN
    refugee agency, UNHCR, out of the country"; "the strike was called off"). A preposition
    counts only without an object of its own ("out" of "out of"): "called for X, but *on* Y"
    is no "call on"."""
    return [c for c in verb.rights if c.dep_ in PARTICLE_DEPS
            and not (c.dep_ == "prep" and any(g.dep_ == "pobj" for g in children_of(c)))]


def match_verb(entry: Trigger, verb: Token) -> Match | None:
    """A verb entry: the lemma, then particles/prepositions among the following tokens,
    or among the verb's own particles when a long object stands between."""
    if entry.needs_object:
        return match_transitive(entry, verb)
    if entry.by_munition and not fired_munition(verb):
        return None
    if entry.type in ASPECTUAL_TYPES and any(c.dep_ == "xcomp" and c.tag_ == "VBG"
                                             for c in children_of(verb)):
        return None   # "quit intimidating Taiwan": when another act ends, no resignation
    if len(entry.words) == 1:
        return Match(entry, verb, (verb.i,))
    if entry.aimed and not aimed(verb, entry.words[-1]):
        return None
    tokens = doc_tokens(verb.doc)
    after = [t for t in tokens[verb.i + 1:min(verb.i + 1 + MAX_GAP, sentence_bounds(verb)[1])]
             if not names_time(t)]
    rest = match_words(entry.words[1:], after)
    if rest is None or any(tokens[i].head.i not in (verb.i, *rest) and not particle_on_object(tokens[i], verb)
                           for i in rest):
        rest = match_words(entry.words[1:], [t for p in particles(verb) for t in p.subtree])
        if rest is None or any(tokens[i].head.i not in (verb.i, *rest) for i in rest):
            return None
    return Match(entry, verb, (verb.i, *rest))


def particle_on_object(word: Token, verb: Token) -> bool:
    """"Set *free* two hostages", "let *free* forty prisoners": the verb's own complement right
    after it, which the parser hangs on the object that follows as its modifier."""
    return word.i == verb.i + 1 and word.dep_ == "amod" and head_of(word).dep_ == "dobj" \
        and head_of(head_of(word)).i == verb.i


def fired_munition(verb: Token) -> bool:
    """Whether a verb's subject is a munition (``{munition}``, itself or a compound before it:
    "mortar *rounds* landed", "a *rocket* fell"), not a firm of that name ("Shell fell 2%")."""
    subject = subject_of(verb)
    if subject is None or subject.ent_type_:
        return False
    munitions = class_words("munition")
    return any(w.lemma_.lower() in munitions or w.lower_ in munitions
               for w in (subject, *(c for c in children_of(subject) if c.dep_ == "compound")))


def aimed(verb: Token, preposition: str) -> bool:
    """Whether the verb may be aimed at what its preposition names (``Trigger.aimed``): no
    direct object, and, passive, its own preposition without an object of its own."""
    if any(c.dep_ == "dobj" for c in children_of(verb)):
        return False
    # a participle after a noun is passive too ("workers *fired* at random sued")
    passive = (verb.dep_ == "acl" and verb.tag_ == "VBN") or any(
        c.dep_ in ("nsubjpass", "auxpass") for c in children_of(verb))
    if not passive:
        return True
    return any(c.lower_ == preposition and c.dep_ in ("prep", "prt")
               and not any(g.dep_ == "pobj" for g in children_of(c)) for c in children_of(verb))


def match_transitive(entry: Trigger, verb: Token) -> Match | None:
    """A verb entry flagged ``object``: the verb with a direct object (or, passive, a subject),
    and the entry's preposition among its own children however long the object between
    ("returned an 18th-century manuscript, missing since 1943, *to* Italy"), or after the
    object on the object itself ("returned the looted bronzes *to* Benin")."""
    objects = [c.i for c in children_of(verb) if (c.dep_ == "dobj" and c.i > verb.i) or c.dep_ == "nsubjpass"]
    if not objects:
        return None   # "that" of a relative clause, parsed as the object before the verb, is none
    own = [c for c in children_of(verb) if c.dep_ in ("prep", "prt", "dative") and c.i > min(objects)]
    # the parser often hangs the preposition on the object ("returned [the looted bronzes to Benin]",
    # "returned dozens of [artifacts to Peru]")
    own += [c for i in objects if i > verb.i for n in _of_chain(verb.doc[i]) for c in n.rights
            if c.dep_ == "prep" and c.lower_ != "of"]
    rest = [next((c.i for c in own if c.lower_ == word), None) for word in entry.words[1:]]
    if any(i is None for i in rest):
        return None
    return Match(entry, verb, (verb.i, *(i for i in rest if i is not None)))


def _of_chain(noun: Token) -> list[Token]:
    """The noun and the nouns its "of" phrases name in turn ("dozens of artifacts")."""
    chain = [noun]
    while True:
        nxt = next((g for c in chain[-1].children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in children_of(c) if g.dep_ == "pobj"), None)
        if nxt is None or len(chain) > 3:
            return chain
        chain.append(nxt)


def match_adjective(entry: Trigger, adjective: Token) -> Match | None:
    """An adjective entry: a predicative adjective governing the act it is ready for
    ("Norway is *willing* to send material", "ready to host a meeting"); without an act
    ("the troops are ready") it is no trigger, nor with a passive one ("not ready to be
    repatriated": what is done to the subject is no offer of it)."""
    if adjective.dep_ not in ADJECTIVE_DEPS:
        return None
    acts = [c for c in children_of(adjective) if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
    if not acts or any(g.dep_ == "auxpass" for act in acts for g in children_of(act)):
        return None
    return Match(entry, adjective, (adjective.i,))


def of_objects(nouns: list[Token]) -> dict[Token, Token]:
    """The objects of an "of" hanging from each object noun ("declared a state *of siege*"),
    with their "of": a pattern's noun phrase may end there when it spans the "of"."""
    return {grand: child for noun in nouns for child in children_of(noun)
            if child.dep_ == "prep" and child.lower_ == "of"
            for grand in children_of(child) if grand.dep_ == "pobj"}


def dated_compounds(nouns: list[Token]) -> list[Token]:
    """The nouns before a date that the parser made its compounds: in "spoke by *phone* Sunday"
    the day heads the phrase, but the phone is what the verb is done by."""
    return [c for noun in nouns if noun.ent_type_ in ("DATE", "TIME")
            for c in children_of(noun) if c.dep_ == "compound" and c.i < noun.i and not c.ent_type_]


def effort_compounds(nouns: list[Token]) -> dict[Token, Token]:
    """The compounds that name what an ``{effort}`` noun undertakes, with that noun ("launched a
    *mediation* effort", "undertook a *mediation* mission"): a light verb reaches its act there."""
    efforts = class_words("effort")
    return {c: noun for noun in nouns if noun.lemma_.lower() in efforts
            for c in children_of(noun) if c.dep_ == "compound" and c.i < noun.i}


def match_light(entry: Trigger, verb: Token) -> Match | None:
    """A light-verb entry: the verb, middle words, and an object noun phrase at the end."""
    nouns, of_any, of_batch, named, forms = light_nouns(verb)
    if entry.words[-1] not in forms:
        return None   # every match below ends at a noun taking the entry's last word
    # a find holds of what a store holds: "found a pile *of* grenades"; any act holds of what
    # a batch holds ("carried out a series *of* raids", ``{batch}``)
    through_of = of_any if "of" in entry.words or entry.found_by_anyone else of_batch
    for noun in [*nouns, *through_of, *named]:
        if abs(noun.i - verb.i) > MAX_GAP + 3 or (entry.needs_object and _prepositional(noun)):
            continue    # an entry flagged object takes its noun unprepositioned: "fired *on* the governor"
        if noun.i < verb.i and verb.dep_ == "acl" and noun.i == head_of(verb).i and entry.type != "NONE" \
                and not entry.found_by_anyone and not any(c.dep_ == "agent" for c in children_of(verb)):
            continue    # the noun a participle describes makes an act only with its doer ("a fire
            # *set by rioters*"); without one it serves no-event rows ("the report released"):
            # "lifted sanctions *imposed* on X" tells of no new sanction
        for size in range(len(entry.words) - 1, 0, -1):
            covered = noun_phrase_match(entry.words[-size:], noun)
            middle = entry.words[1:len(entry.words) - size]
            # the entry's "of" is the one the noun hangs from, in the noun's phrase or among the words
            # before it ("suspended publication *of* the country's largest daily")
            if covered is None or (noun in through_of and covered[0] > through_of[noun].i
                                   and "of" in entry.words and middle[-1:] != ("of",)):
                continue
            low, high = sorted((verb.i, covered[0]))
            between = doc_tokens(verb.doc)[low + 1:high]
            found = match_words(middle, between) if middle else []
            if found is None and noun.i < verb.i:
                found = match_words(middle, particles(verb))   # "the strike was called off"
            if found is not None:   # through "of", the verb's own object is the noun
                owner = through_of[noun].head if noun in through_of else named.get(noun, noun)
                return Match(entry, verb, (verb.i, *found, *covered), owner)
    return None


def _prepositional(noun: Token) -> bool:
    """Is the noun (or the first of the conjuncts it stands among) a preposition's object?"""
    while noun.dep_ == "conj" and head_of(noun) != noun:
        noun = head_of(noun)
    return noun.dep_ == "pobj"


LightNouns = tuple[list[Token], dict[Token, Token], dict[Token, Token], dict[Token, Token], frozenset[str]]


def light_nouns(verb: Token) -> LightNouns:
    """What :func:`match_light` reaches from a verb, the same for every entry: the verb's object
    nouns with the compounds before a date, the objects of an "of" on any of them and on a
    ``{batch}`` noun, and the compounds of an ``{effort}`` noun; last, every form (:func:`word_of`)
    of all of them, which a match's last word must be among. Found once per verb and Doc (a
    light verb has dozens of entries); the callers only read them."""
    found: dict[int, LightNouns] = once_per_doc(verb.doc, _LIGHT_NOUNS_KEY, lambda doc: {})
    nouns_of = found.get(verb.i)
    if nouns_of is None:
        nouns = object_nouns(verb)
        nouns += dated_compounds(nouns)
        batch = class_words("batch")
        of_any = of_objects(nouns)
        of_batch = of_objects([n for n in nouns if n.lemma_.lower() in batch])
        of_batch.update(counted_objects(nouns))
        named = effort_compounds(nouns)
        forms = frozenset(form for noun in [*nouns, *of_any, *of_batch, *named] for form in word_of(noun))
        nouns_of = found[verb.i] = (nouns, of_any, of_batch, named, forms)
    return nouns_of


def counted_objects(nouns: list[Token]) -> dict[Token, Token]:
    """The nouns a number noun (``{quantity}``) is "of", with their "of", through a second number
    ("took in *thousands of* asylum seekers", "admitted *tens of thousands of* refugees"): a light
    verb's object is what is counted."""
    quantity = class_words("quantity")
    found: dict[Token, Token] = {}
    counted = [n for n in nouns if n.lemma_.lower() in quantity or n.lower_ in quantity]
    for _ in range(2):
        step = of_objects(counted)
        found.update(step)
        counted = [n for n in step if n.lemma_.lower() in quantity or n.lower_ in quantity]
    return found


def verb_tagged_adjective(token: Token) -> bool:
    """"two groups pelted stones and *torched* vehicles": a past form the tagger took for an
    adjective is a verb when it has a direct object of its own."""
    return token.pos_ in ADJECTIVE_POS and token.lower_.endswith("ed") and \
        any(c.dep_ == "dobj" for c in children_of(token))


def past_stems(word: str) -> set[str]:
    """The verbs a regular past form may come from, for a verb the tagger took for an
    adjective: "torched" torch, "raced" race, "kidnapped" kidnap, "occupied" occupy."""
    stems = {word[:-2], word[:-1]}
    if len(word) > 4 and word[-3] == word[-4]:
        stems.add(word[:-3])
    if word.endswith("ied"):
        stems.add(word[:-3] + "y")
    return stems


def misread_past(token: Token, lexicon: TriggerLexicon) -> bool:
    """A past verb whose lemma the lemmatizer got wrong and no entry has ("raped" as "rap"),
    while a verb its regular past form comes from has one."""
    return token.pos_ in VERB_POS and token.tag_ in ("VBD", "VBN") and token.lower_.endswith("ed") \
        and token.lemma_.lower() not in lexicon.words \
        and any(stem in lexicon.words for stem in past_stems(token.lower_))


def of_ground(entry: Trigger, noun: Token) -> bool:
    """Whether a noun entry holds for what it is "of": ground ceded is "of" a place ("the
    handover *of the district*", "the surrender of Kandahar"), ``{ground}`` or ``{base}`` or a
    named place. Entries without the ``ground`` flag always hold."""
    if not entry.of_ground:
        return True
    ground = class_words("ground", "base")
    return any(p.lemma_.lower() in ground or p.ent_type_ in ("GPE", "LOC", "FAC")
               for p in prep_objects(noun, ("of",)))


def by_workers(noun: Token) -> bool:
    """Whether a noun names a labour act: a body of workers (``{workforce}``) owns it as its
    agent, owner or modifier ("a strike *by dock workers*", "the *nurses'* strike", "a *miners*
    strike"), people are "on" it ("guards *on strike*"), or it is for or over terms of work
    (``{labour}``: "a strike *for higher wages*")."""
    workforce, terms = class_words("workforce"), class_words("labour")
    if noun.dep_ == "pobj" and head_of(noun).lower_ == "on" and noun.tag_ == "NN" \
            and not any(c.dep_ in ("det", "poss") for c in children_of(noun)):
        return True   # "guards on strike", not "briefed the UN on *its strikes*"
    owners = [c for c in children_of(noun) if c.dep_ in ("poss", "compound", "amod", "nmod")]
    owners += prep_objects(noun, ("by",))
    return any({o.lemma_.lower(), o.lower_} & workforce for o in owners) or \
        any(a.lemma_.lower() in terms for a in prep_objects(noun, ("for", "over", "against")))


def struck_by_workers(verb: Token) -> bool:
    """Whether a verb "strike" without an object is a walkout: its subject is a body of workers
    (``{workforce}``: "miners struck") or it is for or over terms of work ("struck for better
    pay"). "Workers struck a guard" has an object and stays an assault."""
    if any(c.dep_ == "dobj" for c in children_of(verb)):
        return False
    subject = subject_of(verb)
    if subject is not None and {subject.lemma_.lower(), subject.lower_} & class_words("workforce"):
        return True
    return any(a.lemma_.lower() in class_words("labour") for a in prep_objects(verb, ("for", "over")))


def labour_strike(match: Match, lexicon: TriggerLexicon) -> Match:
    """"A strike by dock workers", "the teachers' strike": a noun that workers own is their
    strike (the lexicon's PROTEST strike entry for the same noun, "labour strike"), no attack;
    an air, drone or missile strike has no such owner. Workers who "struck" went on strike
    (the PROTEST strike light entry, :func:`struck_by_workers`)."""
    head = match.head
    if match.trigger.kind == "verb" and match.trigger.words == ("strike",) and head.pos_ in VERB_POS:
        if not struck_by_workers(head):
            return match
        walkout = next((e for e in lexicon.lookup("light", "go")
                        if e.type == "PROTEST" and e.mode == "strike"), None)
        return match if walkout is None else Match(walkout, head, (head.i,))
    if match.trigger.kind != "noun" or match.trigger.type == "PROTEST" or len(match.trigger.words) > 1 \
            or not by_workers(head):
        return match   # "an air strike by Israeli pilots" is the air strike the lexicon names
    entry = next((e for e in lexicon.lookup("noun", match.trigger.words[-1])
                  if e.type == "PROTEST" and e.mode == "strike"), None)
    return match if entry is None else Match(entry, head, match.tokens)


def phrasal_other(entry: Trigger, verb: Token, lexicon: TriggerLexicon) -> bool:
    """Whether the verb carries a particle the entry lacks that the lexicon knows as another
    type's phrasal verb: "called *off* the general strike" is no call for one ("call off"
    entries are CONCEDE); "sent *in* troops" still sends them."""
    extra = [c.lower_ for c in children_of(verb) if c.dep_ == "prt" and c.lower_ not in entry.words]
    return bool(extra) and any(other.words[1:2] == (particle,) and other.type != entry.type
                               for particle in extra for kind in ("light", "verb")
                               for other in lexicon.lookup(kind, verb.lemma_.lower()))


def candidates(token: Token, lexicon: TriggerLexicon) -> list[Match]:
    """Every lexicon match headed by ``token``."""
    found: list[Match] = []
    lemma = token.lemma_.lower()
    if lemma not in lexicon.words and token.lower_ not in lexicon.words \
            and not token.lower_.endswith("ed"):
        return found   # most words: no entry, and no past form read as another word
    tagged_adjective = verb_tagged_adjective(token)
    misread = misread_past(token, lexicon)
    if lemma not in lexicon.words and token.lower_ not in lexicon.words \
            and not tagged_adjective and not misread:
        return found
    if token.pos_ in VERB_POS or tagged_adjective:
        keys = {lemma, token.lower_} if token.pos_ in VERB_POS else past_stems(token.lower_)
        if misread:
            keys = past_stems(token.lower_)
        for key in keys:
            lights = lexicon.lookup("light", key)
            # match_light finds nothing for an entry whose last word no noun of the verb's takes
            forms = light_nouns(token)[4] if lights else frozenset()
            found += [act_of_a_run(m, lexicon) for e in lights if e.words[-1] in forms
                      and not phrasal_other(e, token, lexicon) and (m := match_light(e, token))]
            found += [m for e in lexicon.lookup("verb", key) if (m := match_verb(e, token))]
    if token.pos_ in ADJECTIVE_POS or token.tag_ == "VBN":
        for key in {lemma, token.lower_}:
            found += [m for e in lexicon.lookup("adj", key) if (m := match_adjective(e, token))]
    if (token.pos_ in NOUN_POS or (token.tag_ == "VBG" and token.dep_ in ("nsubj", "dobj", "pobj"))) \
            and not in_a_name(token):
        for key in {lemma, token.lower_}:
            found += [Match(e, token, tuple(c)) for e in lexicon.lookup("noun", key)
                      if not (e.mode == "sexual" and token.dep_ == "compound")
                      and of_ground(e, token) and (c := noun_phrase_match(e.words, token))]
            # "the lifting of the nightly curfew": the act is the noun the "of" hangs from
            found += [Match(e, head_of(head_of(token)), tuple(c)) for e in lexicon.lookup("noun", key)
                      if not noun_phrase_match(e.words, token) and (c := of_phrase_match(e.words, token))]
    return found


def in_a_name(token: Token) -> bool:
    """A proper noun that modifies the name of a body, person or place ("*Amnesty* International",
    "the *Peace* Corps", "*Relief* Road") names it: no act of the noun's own. The name's root
    stays: "the G20 *Summit* opened", "the Geneva *Talks*" name the act."""
    if token.pos_ != "PROPN" or token.ent_type_ not in NAME_ENTITIES:
        return False
    entity = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    return entity is None or entity.root.i != token.i


def struggle_to_do(match: Match) -> bool:
    """"Leaders *battled to contain* the fallout", "fought to keep their jobs": a verb of combat
    with a to-infinitive tells of an effort at that act, no armed clash, unless an armed body
    does it."""
    if match.trigger.type != "ASSAULT" or len(match.trigger.words) > 1 or match.head.pos_ not in VERB_POS:
        return False
    if match.head.lemma_.lower() not in STRUGGLE_VERBS:
        return False
    subject = subject_of(match.head)
    if subject is not None and subject.lemma_.lower() in class_words("armed", "force", "fighting_body"):
        return False   # "rebels fought to hold the town", "police battled to disperse" are clashes
    aims = [c for c in children_of(match.head)
            if c.dep_ in ("xcomp", "advcl") and any(g.dep_ == "aux" and g.lower_ == "to"
                                                    for g in children_of(c))]
    return bool(aims) and not any(fights_for_ground(match.head, aim) for aim in aims)


def fights_for_ground(verb: Token, aim: Token) -> bool:
    """"Battled to *capture* the airport", "fought to hold *the city*", "fought to hold the
    bridge *against* the militia": an aim of arms (a ``combat_aim`` verb), ground held or taken,
    or an adversary, make the fight a clash."""
    if aim.lemma_.lower() in class_words("combat_aim"):
        return True
    if any(c.dep_ == "dobj" and c.lemma_.lower() in class_words("ground") for c in children_of(aim)):
        return True
    return any(t.dep_ == "prep" and t.lower_ == "against" for t in (*children_of(verb), *aim.subtree))


def struck_by_hand(match: Match) -> bool:
    """"Soldiers *hit out at* the crowd with rifle butts": a verb of verbal attack whose subject is
    a force or that strikes with an instrument is a blow (ASSAULT), no reproach."""
    if match.trigger.type != "ACCUSE" or len(match.trigger.words) < 2 or match.head.pos_ not in VERB_POS:
        return False
    if match.head.lemma_.lower() not in class_words("lash"):
        return False
    subject = subject_of(match.head)
    if subject is not None and subject.lemma_.lower() in class_words("armed", "force", "fighting_body"):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "with" for c in children_of(match.head))


def meets_an_obligation(match: Match) -> bool:
    """"Tehran will *meet* its commitments", "met the deadline": meeting an obligation is no
    meeting (CONSULT)."""
    if match.trigger.type != "CONSULT" or match.head.pos_ not in VERB_POS:
        return False
    if match.head.lemma_.lower() != "meet":
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in class_words("obligation")
               for c in children_of(match.head))


def halts_others_dissent(match: Match) -> bool:
    """"The government suspended the opposition march", "police postponed the rally": an
    authority that calls off someone else's dissent concedes nothing: it restricts it
    (:func:`dissent_halted_by_authority`); "the union called off *its* strike" concedes."""
    if match.trigger.type != "CONCEDE" or match.noun is None or match.head.pos_ not in VERB_POS:
        return False
    if match.noun.lemma_.lower() not in class_words("dissent"):
        return False
    subject = subject_of(match.head)
    if subject is None or subject.lemma_.lower() not in class_words("authority"):
        return False
    return not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in children_of(match.noun))


def briefs_the_public(match: Match) -> bool:
    """"Briefed *reporters* on the talks", "gave a briefing *to investors*": a briefing of the
    press, an audience or a firm's or team's own people (``{press}``, ``{audience}``,
    ``{briefed_public}``) is a statement or an update, no consultation (CONSULT "brief"); so is
    a briefing given to no party named ("gave a briefing on the floods", review of round 32)."""
    if match.trigger.type != "CONSULT" or match.trigger.words[-1] not in ("brief", "briefing") \
            or match.head.pos_ not in VERB_POS:
        return False
    listeners = class_words("press", "audience", "briefed_public")
    objects = [c for c in children_of(match.head) if c.dep_ in ("dobj", "nsubjpass", "dative")]
    if match.noun is not None:   # "gave a briefing *to reporters*", "a *press* briefing"
        from eventwire.events.roles_syntax import names_a_party

        objects = prep_objects(match.head, ("to",)) + prep_objects(match.noun, ("to", "for"))
        if any(c.dep_ == "compound" and c.lower_ in ("press", "news", "media")
               for c in children_of(match.noun)):
            return True
        if not any(names_a_party(o) for obj in objects for o in (obj, *obj.conjuncts)):
            return True     # "gave a briefing on the floods": no one briefed, no consultation
    return any(o.lemma_.lower() in listeners for obj in objects for o in (obj, *obj.conjuncts))


def visit_by_a_thing(match: Match) -> bool:
    """"Rockets *landed in* the north": a weapon that arrives somewhere pays no visit; nor does a
    police body that reaches a scene ("a *police unit* arrived at the scene", ``{police_body}``)."""
    if match.trigger.mode != "visit" or match.head.pos_ not in VERB_POS:
        return False
    subject = subject_of(match.head)
    if subject is None:
        return False
    return subject.lemma_.lower() in class_words("weapon") or _names(_counted(subject), "police_body") \
        or _names(subject, "police_body")


def act_of_a_run(match: Match, lexicon: TriggerLexicon) -> Match:
    """"Launched a spate *of bombings*", "carried out a string *of attacks on army posts*": a
    light verb that reaches its act through a ``{batch}`` noun codes the act noun's own entry
    (its type, mode and CAMEO code) and takes its target from the act noun; the verb only adds
    its subject as the actor."""
    if match.trigger.kind != "light" or match.noun is None \
            or match.noun.lemma_.lower() not in class_words("batch"):
        return match
    acts = [act for act in prep_objects(match.noun, ("of",)) if act.i in match.tokens]
    for act in acts:
        own = [e for key in {act.lemma_.lower(), act.lower_} for e in lexicon.lookup("noun", key)]
        entry = next((e for e in own if e.type != "NONE" and noun_phrase_match(e.words, act)), None)
        if entry is not None:
            trigger = replace(match.trigger, type=entry.type, mode=entry.mode, cameo=entry.cameo)
            return Match(trigger, match.head, match.tokens, act)
    return match


def modal_demands(sentence: SpacySpan) -> list[Match]:
    """"X said that Y must stop ...": a reported obligation is X's demand addressed to Y.
    Reads the children once per Doc (:func:`children_of`): asked for every word."""
    found = []
    for verb in span_tokens(sentence):
        must = next((c for c in children_of(verb) if c.dep_ == "aux" and c.lower_ == "must"), None)
        if must is None or verb.dep_ != "ccomp" or head_of(verb).lemma_ not in DEMAND_HEADS:
            continue
        if head_of(verb).tag_ == "VBG" and head_of(verb).dep_ in ("advcl", "xcomp", "conj"):
            continue   # "staged rallies ..., saying he must resign": the rally is the act
        if not any(c.dep_ == "nsubj" for c in children_of(verb)):
            continue
        found.append(Match(MODAL_DEMAND, head_of(verb), (head_of(verb).i,), clause=verb))
    return found


def question_scope(match: Match) -> set[int] | None:
    """"Was asked if the club could sign him", "asked whether he would run", "Asked about the
    appeal, the prosecutor said ...": "ask" with a clause of "if", "whether" or a wh-word, or
    with "about", puts a question (an interview's), no request for an act (CAMEO 02). The
    tokens the question is about (None when the match is no question): what is asked about
    is not told as done ("asked about the status of negotiations")."""
    head = match.head
    if match.trigger.type != "REQUEST" or head.lemma_ not in QUESTION_VERBS:
        return None
    children = children_of(head)
    # the parser often hangs "if ..." as an adverbial clause: a question only where the verb
    # asks for nothing else ("asked them to leave if ..." asks for an act)
    asks_for = any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for") for c in children)
    for child in children:
        marked = any(c.dep_ == "mark" and c.lower_ in QUESTION_MARKS for c in children_of(child))
        wh_clause = doc_tokens(head.doc)[child.left_edge.i].tag_ in WH_TAGS
        if (child.dep_ == "prep" and child.lower_ == "about") \
                or (child.dep_ == "ccomp" and (marked or wh_clause)) \
                or (child.dep_ == "advcl" and marked and not asks_for):
            return {t.i for t in child.subtree}
    return None


def done_by_a_means(match: Match) -> bool:
    """"The levies help young children attend preschool", "the software helps farmers", "the
    plan calls for lower taxes", "helped by low interest rates and warm weather": where every
    doer of a verb of aid, request, promise or contact is a means, a measure or a condition
    (``{means}`` in ``word_classes.tsv``), the verb tells what the thing does or provides for,
    no act of a party (PLOVER codes what actors do). Every sense of the verb goes: the plan
    that "calls for" makes no phone call either."""
    head = match.head
    if match.trigger.type not in CAUSED_TYPES or match.trigger.kind not in ("verb", "light") \
            or head.pos_ not in VERB_POS:
        return False
    children = children_of(head)
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in children)
    doers = [g for c in children if c.dep_ == "agent" for g in children_of(c) if g.dep_ == "pobj"]
    doers += [c for d in doers for c in d.conjuncts]
    # under a verb with an object of its own, that object is the doer ("the laws prevent
    # aid workers *to negotiate*"), which subject_of would skip for the governing subject
    controlled = head.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in children_of(head_of(head)))
    if not passive and not controlled and (subject := subject_of(head)) is not None:
        doers.append(subject)
    means = word_classes().get("means", ())
    return bool(doers) and all(d.lemma_.lower() in means and not d.ent_type_ for d in doers)


def insists_on_a_fact(match: Match) -> bool:
    """"China insists it is committed to peace", "insisted that the talks would go on": a
    clause told as fact makes "insist" a claim, no demand; a demand's clause is a bare
    subjunctive or takes "must" or "should" ("insisted that Russia withdraw / must withdraw")."""
    head = match.head
    if match.trigger.type != "REQUEST" or match.trigger.kind != "verb" or head.lemma_ not in CLAIM_VERBS:
        return False
    clauses = [c for c in children_of(head) if c.dep_ == "ccomp"]
    if not clauses:
        return False
    for clause in clauses:
        auxiliaries = [c for c in children_of(clause) if c.dep_ in ("aux", "auxpass")]
        if any(a.lower_ in DEMAND_MODALS for a in auxiliaries):
            return False
        if clause.tag_ == "VB" and not auxiliaries:
            return False    # a bare subjunctive: "insisted that Russia withdraw"
    return True


def orders_no_stop(match: Match) -> bool:
    """"Ordered the paper to stop printing", "ordered two channels to suspend broadcasts",
    "ordered police to close the newspaper": an order to an outlet is censorship (COERCE
    censor) only when what it orders is a stop (``{halt}`` in ``word_classes.tsv``); "ordered
    a paper on pension reform", "ordered the channel to air the speech" order no stop. For
    entries flagged ``halt``: True when the match is to go."""
    if not match.trigger.halting:
        return False
    halts = word_classes().get("halt", ())
    steps = [c for c in children_of(match.head) if c.dep_ in HALT_DEPS]
    if match.noun is not None:      # "the outlet ordered closed", "ordered X to close the outlet"
        steps += [c for c in children_of(match.noun) if c.dep_ in HALT_DEPS + ("acl", "amod")]
        steps.append(head_of(match.noun))
    seen: set[int] = set()
    while steps:
        step = steps.pop()
        if step.i in seen or step.i == match.head.i:
            continue
        seen.add(step.i)
        if step.lemma_.lower() in halts or step.lower_ in halts:
            return False
        steps += [c for c in children_of(step) if c.dep_ in HALT_DEPS]
    return True


def sought_by_no_accuser(match: Match) -> bool:
    """"The prosecutor sought a life sentence", "the state is seeking the death penalty", "the
    activist sought a conviction of the officers": a penalty sought against someone accuses
    them (ACCUSE 115). "The defence sought a suspended sentence", "lawyers for the defendant
    sought a lighter sentence" accuse no one: their own client is spared. The match goes
    (True) when its doer is not one who brings charges (``{accuser}`` in
    ``word_classes.tsv``) and either speaks for the accused (``{defence}``) or seeks a
    lenient penalty (``{lenient}``: "a reduced sentence"). For entries flagged ``accuser``."""
    if not match.trigger.by_accuser:
        return False
    children = children_of(match.head)
    forms = [{d.lemma_.lower(), d.lower_} for d in _doers(match.head, children)]
    if any(f & class_words("accuser") for f in forms):
        return False
    if any(f & class_words("defence") for f in forms):
        return True
    lenient = class_words("lenient")
    return match.noun is not None and any(c.dep_ in ("amod", "compound") and c.lower_ in lenient
                                          for c in children_of(match.noun))


def procedural_request(match: Match) -> bool:
    """"The defence lawyer asked the court to postpone the hearing", "the defendant's lawyers
    requested more time", "the judge granted the prosecution's request for an adjournment": a
    request of the bench (a common-noun court, judge or jury: ``{bench}`` in
    ``word_classes.tsv``), a lawyer (``{defence}``) or a prosecutor (``{prosecutor}``) for a step
    of the trial (``{procedure}``, in what is asked, not in whom it is asked: :func:`_requested`)
    is courtroom procedure, no request or concession between parties; so is the bench's order to
    the trial's own people ("the judge ordered *the witness* to leave": a ``{bench}`` or
    ``{procedure}`` word addressed, :func:`_addressed`). Named courts ("the
    International Court of Justice"), a court's order to a party
    ("ordered him to hand over $650 million") and a lawyer's request to anyone outside the
    trial ("asked the government to free him") stay. True when the match is to go."""
    entry = match.trigger
    if entry.kind not in ("verb", "light") or not (
            entry.type == "REQUEST" or (entry.type == "CONCEDE" and "request" in entry.words)):
        return False
    children = children_of(match.head)
    forms = [{d.lemma_.lower(), d.lower_} for d in _doers(match.head, children) if not d.ent_type_]
    pleaders = class_words("bench", "defence", "prosecutor")
    if not any(f & pleaders for f in forms):
        return False
    steps = class_words("procedure")
    bench = class_words("bench")
    if any(f & bench for f in forms) and any(
            t.lemma_.lower() in steps | bench and not t.ent_type_ for t in _addressed(children)):
        return True     # "the judge ordered the witness to leave", "told the jury to ...": the trial's own
    return any(t.lemma_.lower() in steps and not t.ent_type_ for t in _requested(match, children))


def _doers(head: Token, children: list[Token]) -> list[Token]:
    """Who does what a verb says: its passive agent ("was sought *by prosecutors*"), else its
    subject."""
    agents = [g for c in children if c.dep_ == "agent" for g in children_of(c) if g.dep_ == "pobj"]
    subject = subject_of(head)
    return agents or ([subject] if subject is not None else [])


def _addressed(children: list[Token]) -> list[Token]:
    """Whom a request addresses: the verb's object or dative ("ordered *the witness* to leave"), or
    the subject the parser gives the act asked for ("told [*the jury* to disregard]")."""
    found = [c for c in children if c.dep_ in ("dobj", "dative")]
    return found + [s for c in children if c.dep_ in ("xcomp", "ccomp")
                    for s in children_of(c) if s.dep_ == "nsubj"]


def _requested(match: Match, children: list[Token]) -> list[Token]:
    """What a request asks for, without whom it asks: the act it governs ("asked the court *to
    annul the results*"), what it is "for" ("asked the judge *for a recess*"), else its object
    ("requested *more time*"). The court or judge addressed is no step of the trial asked for."""
    asked = [c for c in children if c.dep_ in ("xcomp", "ccomp")
             or (c.dep_ == "prep" and c.lower_ == "for")]
    if not asked:
        asked = [c for c in children if c.dep_ == "dobj" and c.i not in match.tokens]
        asked += [t for i in match.tokens[1:] for t in (match.head.doc[i],)
                  for c in children_of(t) if c.dep_ == "prep" and c.lower_ == "for"]
    return [t for c in asked for t in c.subtree]


def protest_in_words(match: Match, lexicon: TriggerLexicon) -> Match:
    """"Protested that the vote was rigged": a protest that takes a clause says what it
    objects to, an official complaint (ACCUSE, the "protest to" entry), no demonstration."""
    head = match.head
    if match.trigger.type != "PROTEST" or match.trigger.kind != "verb" or head.lemma_ != "protest" \
            or not (any(c.dep_ == "ccomp" for c in children_of(head)) or reports_before(head)):
        return match
    entry = next((e for e in lexicon.lookup("verb", "protest") if e.type == "ACCUSE"), None)
    return match if entry is None else Match(entry, head, (head.i,))


def reports_before(verb: Token) -> bool:
    """"The rules violate press freedom, a union *protested*": a finite verb after the clause
    it reports, its speaker set off by a comma, often parsed as a clause hung on the last noun
    (acl) or a parataxis; no object of its own ("protested the decision" may be a march)."""
    # a past tense read as a participle ("a union protested" as "a union [that was] protested")
    # has no "by" agent
    if verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN") or verb.dep_ not in ("acl", "parataxis", "relcl") \
            or verb.i < sentence_of(verb).root.i or any(c.dep_ in ("dobj", "ccomp", "agent")
                                                for c in children_of(verb)):
        return False
    speaker = head_of(verb) if verb.dep_ == "acl" else subject_of(verb)
    edge = speaker.left_edge.i if speaker is not None else verb.i
    return edge > sentence_of(verb).start and verb.doc[edge - 1].text == ","


def forces_charging(match: Match, lexicon: TriggerLexicon) -> Match:
    """"Cavalry charged across the valley": a rush (a ``NONE`` "charge {heading}" entry) by an
    armed body (``{force}``) is a charge at an enemy, the ASSAULT "charge {stormed}" entry; a
    chef who "charged into the kitchen" stays no event."""
    head = match.head
    if match.trigger.type != "NONE" or match.trigger.words[0] != "charge" or match.trigger.kind != "verb":
        return match
    subject = subject_of(head)
    if subject is None or subject.lemma_.lower() not in class_words("force"):
        return match
    charges = [e for e in lexicon.lookup("light", "charge") if e.type == "ASSAULT"]
    return Match(min(charges, key=lambda e: len(e.words)), head, match.tokens) if charges else match


def seized_people(match: Match, lexicon: TriggerLexicon) -> Match:
    """"A foreign engineer *was seized* by armed men", "gunmen seized two aid workers": a seizure
    (the verb "seize") whose object is people (``{captive}``) is an abduction, the lexicon's
    ASSAULT "abduct" entry; "seized arms from him" and "seized a ship" stay seizures."""
    head = match.head
    if match.trigger.type != "COERCE" or match.trigger.kind != "verb" or head.lemma_.lower() != "seize":
        return match
    captives = class_words("captive")
    if not any(c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in captives or c.lower_ in captives)
               for c in children_of(head)):
        return match
    entry = next((e for e in lexicon.lookup("verb", "abduct") if e.type == "ASSAULT"), None)
    return match if entry is None else Match(entry, head, match.tokens)


def names_no_object(match: Match) -> bool:
    """For entries flagged ``named``: True (the match goes) when the noun is the verb's object
    ("called *his friend*") rather than what the object is called, a predicate of the object
    ("called the minister *a liar*", "called the ruling *arbitrary*") or its "as" complement;
    and when the naming is a participle after another act, the reason its doer gives for it
    ("attacked the fighters, *describing* them as terrorists"), unless that act is speech."""
    noun, head = match.noun, match.head
    if not match.trigger.naming or noun is None:
        return False
    if head.tag_ == "VBG" and head.dep_ == "advcl" and head_of(head).lemma_.lower() not in SAY_LEMMAS:
        return True
    if noun.dep_ not in ("oprd", "acomp", "xcomp", "ccomp") and head_of(noun).lower_ != "as":
        return True
    named = named_object(match)
    return named is not None and not names_what_is_judged(match, named)


def named_object(match: Match) -> Token | None:
    """What a naming verb names ("called *the ruling* arbitrary", "described *him* as a
    hero"): its direct object, or the subject of the small clause the parser made of it."""
    small_clause = list(children_of(match.noun)) if match.noun is not None else []
    found = [c for c in children_of(match.head) if c.dep_ == "dobj" and c != match.noun]
    return next(iter(found + [c for c in small_clause if c.dep_ == "nsubj"]), None)


OWN_POSSESSIVES = ("his", "her", "its", "their", "our", "my")   # the speaker's own act


def names_what_is_judged(match: Match, named: Token) -> bool:
    """Whether a naming can condemn or praise what it names. Condemnation holds of what a
    verdict may be said of (``evaluative.judgeable``: "called the raid barbaric", not "the
    earthquake a catastrophe"); praise of a party ("called him a hero") or of an act its speaker
    shares in or did not do ("called the summit a success", "hailed Kenya's reforms"), not the
    speaker's own ("called the attack a success") or no act ("the election result historic")."""
    from eventwire.events.evaluative import judgeable  # evaluative builds on this module
    from eventwire.events.lexicon import load_triggers
    from eventwire.events.roles_syntax import names_a_party

    lexicon = load_triggers()
    if match.trigger.type != "SUPPORT":
        return judgeable(named, lexicon, [], [], sentence_of(named))
    if names_a_party(named) or named.lower_ in ("him", "her", "them"):
        return True
    acts = [e for e in lexicon.lookup("noun", named.lemma_.lower()) if e.type != "NONE"]
    if any(e.reciprocal for e in acts):
        return True
    doers = [c for c in children_of(named) if c.dep_ == "poss"] + prep_objects(named, ("by",))
    speaker = subject_of(match.head)
    others = [d for d in doers if d.lower_ not in OWN_POSSESSIVES
              and (speaker is None or d.lower_ != speaker.lower_)]
    return bool(acts) and bool(others)


def done_by_a_firm(match: Match) -> bool:
    """"The airline suspended flights after a technical fault", "the museum suspended its tours":
    a restriction or a cut-off whose every doer is a business named by a common noun (``{firm}``)
    is how it runs its service, no coercion or sanction between parties. A named firm is an
    actor and stays ("Lufthansa suspended flights to Tehran"), as does a state's suspension,
    and so does the act of a firm that acts for a state (:func:`acts_for_a_state`). So is a
    firm's dismissal of its own officers ("the bank fired two senior officials": a light
    RETREAT resign entry), staffing, no one leaving a public post, and a firm's dropping of its
    own plans ("the company scrapped plans for a new plant": a light CONCEDE policy entry),
    business, no concession to anyone."""
    dismissal = match.trigger.type == "RETREAT" and match.trigger.mode == "resign" \
        and match.trigger.kind == "light"
    own_plans = match.trigger.type == "CONCEDE" and match.trigger.cameo == POLICY_CONCESSION \
        and match.trigger.kind == "light"
    if not (dismissal or own_plans) and (match.trigger.type not in ("COERCE", "SANCTION")
                                         or match.trigger.kind not in ("verb", "light")):
        return False
    doers = _doers(match.head, children_of(match.head))
    firms = class_words("firm")
    return bool(doers) and all(d.lemma_.lower() in firms and not d.ent_type_ for d in doers) \
        and not acts_for_a_state(match.head, doers)


def acts_for_a_state(head: Token, doers: list[Token]) -> bool:
    """"The *state* energy company cut off gas to Ukraine", "suspended flights *on the
    government's orders*", "after the EU imposed *sanctions*": a firm of the state
    (``{state_firm}``) or an act done for a state's order or sanction (``{firm_reason}``) is a
    state's act, no service run. (A named destination alone is no sign: "flights to Lagos"
    are suspended after a fault too.)"""
    owned = class_words("state_firm")
    if any(m.lower_ in owned or m.lemma_.lower() in owned for d in doers for m in children_of(d)):
        return True
    reasons = class_words("firm_reason")   # whose orders, which sanctions: not "in order to"
    return any(t.lemma_.lower() in reasons
               and (t.tag_ == "NNS" or any(m.dep_ in ("det", "poss", "amod", "compound")
                                           for m in children_of(t)))
               for c in children_of(head) if c.dep_ in ("prep", "advcl") for t in c.subtree)


def firm_meeting(match: Match) -> bool:
    """"The shareholders met in Frankfurt", "the retailer's board will meet on Monday", "a
    shareholder meeting": a business's own body (``{firm_body}``, or a board of one) meeting alone is one
    party at work, no CONSULT; meeting someone ("the board met the minister") stays."""
    head = match.head
    if match.trigger.type != "CONSULT" or head.lemma_.lower() not in ("meet", "meeting"):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in children_of(head)):
        return False   # "the shareholder meeting with the finance minister"
    if head.pos_ == "VERB":
        body = subject_of(head)
        if any(c.dep_ == "dobj" for c in children_of(head)):
            return False
    else:
        body = next((c for c in children_of(head) if c.dep_ == "compound"), None)
    return body is not None and _firm_body(body) and not _of_firms(body)


def _of_firms(body: Token) -> bool:
    """Whether a body's phrase names two or more organisations ("the shareholders *of Acme and
    Beta*", "the boards *of the two companies*"): a meeting between firms, no firm's own."""
    owners = [o for p in children_of(body) if p.dep_ == "prep" and p.lower_ == "of"
              for obj in children_of(p) if obj.dep_ == "pobj" for o in (obj, *obj.conjuncts)]
    counted = any(o.tag_ in ("NNS", "NNPS") and any(c.dep_ == "nummod" or c.lower_ == "both"
                                                     for c in children_of(o)) for o in owners)
    return len(owners) > 1 or counted


def _firm_body(noun: Token) -> bool:
    """Whether a noun names a business's own members, or a board with a business in its phrase."""
    members = class_words("firm_body")
    if noun.lemma_.lower() in members:
        return True
    own = members | class_words("firm")
    return noun.lemma_.lower() == "board" and any(
        t.lemma_.lower() in own and not t.ent_type_ for t in noun.subtree if t.i != noun.i)


def find_matches(sentence: SpacySpan, lexicon: TriggerLexicon) -> list[Match]:
    """Non-overlapping matches in a sentence: longer patterns first, then higher weight. No
    match done by a means or insisting on a fact; a question is none, and nothing it asks
    about is one."""
    found = [retyped(m, lexicon) for token in span_tokens(sentence) for m in candidates(token, lexicon)
             if not done_by_a_means(m) and not insists_on_a_fact(m) and not done_by_a_firm(m)
             and not names_no_object(m) and not visit_by_a_thing(m) and not struggle_to_do(m)
             and not struck_by_hand(m) and not meets_an_obligation(m)
             and not orders_no_stop(m) and not sought_by_no_accuser(m)
             and not procedural_request(m) and not firm_meeting(m) and not curbed_act(m)
             and not stance_mobilized(m) and not done_by_a_hazard_host(m) and not access_kept_out(m)
             and not civil_exercise(m) and not no_crowd_protest(m) and not riot_by_no_crowd(m)
             and not treated_in_a_manner(m) and not briefs_the_public(m)]
    questions = [(m, scope) for m in found if (scope := question_scope(m)) is not None]
    asked = {i for _, scope in questions for i in scope}
    found = [m for m in found if m.head.i not in asked and not any(m is q for q, _ in questions)]
    found += modal_demands(sentence)
    found.sort(key=lambda m: m.rank, reverse=True)
    taken: set[int] = set()
    chosen = []
    for found_match in found:
        if taken.isdisjoint(found_match.tokens):
            chosen.append(found_match)
            taken.update(found_match.tokens)
    kept = [m for m in chosen if not frames_no_event(m, chosen) and not attacked_participants(m, chosen)]
    return sorted(kept, key=lambda m: m.head.i)


def done_by_a_hazard_host(match: Match) -> bool:
    """"A wildfire burnt down dozens of homes", parsed as a noun with a participle on it: a verb
    hung on a hazard noun (``hazards.is_hazard``) that has a direct object of its own is that
    hazard's doing, no act of a party."""
    from eventwire.events.hazards import is_hazard  # hazards builds on this module

    head = match.head
    return head.pos_ in VERB_POS and head.dep_ == "acl" and any(c.dep_ == "dobj" for c in children_of(head)) \
        and is_hazard(head_of(head))


def access_kept_out(match: Match) -> bool:
    """"Is not allowed to leave", "only citizens are allowed to enter", "the act allowed merchants into
    the country": a verb of letting in (a RETREAT access verb entry) that is negated or passive tells
    of a restriction, no access granted (docs/annotation.md codes a refusal as COERCE restrict), and a
    law's or a measure's letting in (``{means}``) is no act of a party."""
    head = match.head
    if match.trigger.mode != "access" or match.trigger.kind != "verb" or head.pos_ not in VERB_POS:
        return False
    children = children_of(head)
    if any(c.dep_ in ("neg", "auxpass", "nsubjpass") or c.lower_ == "never" for c in children):
        return True
    doers = _doers(head, children)
    means = class_words("means") | {"act"}
    return bool(doers) and all(_antecedent_of(d).lemma_.lower() in means for d in doers)


def _antecedent_of(token: Token) -> Token:
    """The noun a relative pronoun stands for ("the act, *which* allowed ..."), else the token."""
    if token.tag_ in WH_TAGS and head_of(token).dep_ == "relcl":
        return head_of(head_of(token))
    return token


def curbed_act(match: Match) -> bool:
    """"Lifted restrictions *on contacts* with Taiwan", "a ban *on protests*", "curbs *on meetings*":
    an act noun that a restriction (``{curb}``) is "on" is what is restricted, no act done."""
    head = match.head
    if match.trigger.kind != "noun" or head.dep_ != "pobj" or head_of(head).lower_ not in ("on", "against"):
        return False
    owner = head_of(head_of(head))
    return owner.pos_ in NOUN_POS and owner.lemma_.lower() in class_words("curb")


def stance_mobilized(match: Match) -> bool:
    """"Reinforced its commitment to refugees", "strengthened its resolve": a verb of mobilisation
    whose object is a stance held (``{stance}``) readies no forces."""
    if match.trigger.type != "MOBILIZE" or match.trigger.kind != "verb" or match.head.pos_ not in VERB_POS:
        return False
    objects = [c for c in children_of(match.head) if c.dep_ in ("dobj", "nsubjpass")]
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in children_of(match.head)):
        return False    # "reinforced its commitment *with* a grant": help given (helped_with_aid)
    return bool(objects) and all(o.lemma_.lower() in class_words("stance") for o in objects)


def attacked_participants(match: Match, chosen: list[Match]) -> bool:
    """"Troops shot dead twelve *protesters*", "fired on demonstrators": people named for
    taking part in a protest (``{demonstrator}``) whom an attack or a coercion in the sentence
    is aimed at (its object, or the object of its preposition) are its targets, no protest of
    their own; a march they held is told by its own verb ("demonstrators *marching*")."""
    noun = match.head
    if match.trigger.type != "PROTEST" or match.trigger.kind != "noun" \
            or noun.lemma_.lower() not in class_words("demonstrator"):
        return False
    if noun.dep_ in ("dobj", "nsubjpass"):
        verb = head_of(noun)
    elif noun.dep_ == "pobj" and head_of(noun).dep_ == "prep":
        verb = head_of(head_of(noun))
    else:
        return False
    return any(m.trigger.type in ("ASSAULT", "COERCE") and m.head.i == verb.i for m in chosen)


def retyped(match: Match, lexicon: TriggerLexicon) -> Match:
    """The match as the entry its context makes it: a protest in words, a labour strike, a
    force's charge, people seized, forces arriving, relief deployed, drills alone or with a
    partner (each leaves any other match as it is)."""
    for retype in (protest_in_words, labour_strike, forces_charging, seized_people, forces_arriving,
                   relief_deployed, drills_by_partners, access_to_outlet, helped_with_aid, riot_by_crowd,
                   dissent_halted_by_authority, clash_with_crowd):
        match = retype(match, lexicon)
    return match


def dissent_halted_by_authority(match: Match, lexicon: TriggerLexicon) -> Match:
    """"The government suspended the opposition march", "the governor cancelled the rally": an
    authority that calls off someone else's dissent (:func:`halts_others_dissent`) restricts it,
    the lexicon's COERCE "ban protest" entry; "the union called off its strike" stays a climb-down."""
    if not halts_others_dissent(match):
        return match
    ban = _entry(lexicon, "light", "ban", "COERCE", ("ban", "protest"))
    return match if ban is None else Match(ban, match.head, match.tokens, match.noun)


def _first_side(head: Token) -> list[Token]:
    """Who a clash is told as done by: the verb's subject, the first of two ("*protesters* and
    police clashed"), or the noun's first "between" object ("clashes between *demonstrators* and
    police"). The side clashed "with", or named second, is not among them."""
    if head.pos_ in VERB_POS:
        subject = subject_of(head)
        return [] if subject is None else [subject]
    first = prep_objects(head, ("between",))
    return first[:1]


def clash_with_crowd(match: Match, lexicon: TriggerLexicon) -> Match:
    """"Protesters clashed with security forces", "clashes between demonstrators and police": a
    clash told as done by a crowd in protest (``{demonstrator}``, the first-named side) is a riot,
    the lexicon's PROTEST "clash with police" entry. "Police clashed with protesters", told as the
    force's doing, stays an ASSAULT, as the news gold codes it; so does a clash of armed bodies."""
    if match.trigger.type != "ASSAULT" or match.head.lemma_.lower() not in ("clash", "scuffle"):
        return match
    if not any(_names(side, "demonstrator") for side in _first_side(match.head)):
        return match
    riot = _entry(lexicon, "light", "clash", "PROTEST")
    return match if riot is None else Match(riot, match.head, match.tokens, match.noun)


def riot_by_crowd(match: Match, lexicon: TriggerLexicon) -> Match:
    """"An angry *mob* ransacked the office", "*looters* raided the shops", "rioters set fire": looting,
    ransacking or damage that the lexicon has as a seizure (a COERCE match of a ``{riot_act}`` verb)
    whose subject is a crowd (``{rioting_crowd}``) is a riot, the lexicon's PROTEST "rampage" entry.
    Property destroyed (ASSAULT "destroy": "rioters torched three buses") and force against people
    ("hurled petrol bombs at police") by the same crowd stay attacks."""
    head = match.head
    if match.trigger.type != "COERCE" or head.pos_ not in VERB_POS \
            or head.lemma_.lower() not in class_words("riot_act"):
        return match
    subjects = [c for c in children_of(head) if c.dep_ == "nsubj"]
    if head.dep_ in ("conj", "advcl", "xcomp") and not subjects:
        subjects = [c for c in children_of(head_of(head))
                    if c.dep_ == "nsubj"]   # "went on a rampage, torching"
    if not subjects or not all(_names(s, "rioting_crowd") for s in subjects):
        return match
    riot = _entry(lexicon, "verb", "rampage", "PROTEST")
    return match if riot is None else Match(riot, head, match.tokens, match.noun)


def _doer_of(head: Token) -> Token | None:
    """Who does the act a verb or an act noun tells: the verb's subject (a conjoined or
    dependent verb's own, else the one it hangs on), the noun's owner ("the militia's
    rampage"), or the subject of the verb the noun is the object of ("went on a rampage")."""
    if head.pos_ in VERB_POS:
        subjects = [c for c in children_of(head) if c.dep_ == "nsubj"]
        if not subjects and head.dep_ in ("conj", "advcl", "xcomp"):
            subjects = [c for c in children_of(head_of(head)) if c.dep_ == "nsubj"]
        return subjects[0] if subjects else None
    owner = next((c for c in children_of(head) if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    verb = head_of(head_of(head)) if head.dep_ == "pobj" else head_of(head) if head.dep_ == "dobj" else None
    return None if verb is None or verb.pos_ not in VERB_POS else _doer_of(verb)


def _armed_crowd(noun: Token) -> bool:
    """Whether a crowd noun is said to bear arms ("*armed* youths"): armed men, no rioters."""
    return any(c.dep_ == "amod" and c.lower_ in ("armed", "heavily-armed") for c in children_of(noun))


def riot_by_no_crowd(match: Match) -> bool:
    """"A gunman went on a shooting *rampage*", "the militia's rampage", "a gunman *barricaded*
    himself inside": a rampage is a riot (PROTEST 145) only by a crowd (``{rioting_crowd}``, not
    armed), and barricading oneself in blocks no road. A rampage whose doer goes unnamed stays."""
    if match.trigger.type != "PROTEST":
        return False
    head = match.head
    if "barricade" in match.trigger.words and head.pos_ in VERB_POS:
        return any(c.dep_ == "dobj" and c.lower_.endswith(("self", "selves")) for c in children_of(head))
    if "rampage" not in match.trigger.words:
        return False
    noun = match.noun if match.noun is not None else head
    doer = _doer_of(noun)
    return doer is not None and (not _names(doer, "rioting_crowd") or _armed_crowd(doer))


def treated_in_a_manner(match: Match) -> bool:
    """"Treats refugees *with contempt*", "treated them *as criminals*", "treats migrants
    *harshly*": a way of dealing with people (``{manner_of_dealing}``), no care given (AID)."""
    head = match.head
    if match.trigger.type != "AID" or head.lemma_.lower() != "treat" or head.pos_ not in VERB_POS:
        return False
    manners = class_words("manner_of_dealing")
    for c in children_of(head):
        if c.dep_ == "prep" and c.lower_ in ("as", "like"):
            return True
        if c.dep_ == "prep" and c.lower_ == "with" and any(
                o.dep_ == "pobj" and o.lemma_.lower() in manners for o in children_of(c)):
            return True
        if c.dep_ == "advmod" and c.lower_ in manners:
            return True
    return False


def no_crowd_protest(match: Match) -> bool:
    """"Shares *rallied*", "prices marched higher", "volunteers *marched* the coast to raise money for
    research": a protest verb whose subject is what moves on a market (``{market_mover}``), or whose
    purpose is to raise money, is no protest."""
    head = match.head
    if match.trigger.type != "PROTEST" or match.trigger.kind != "verb" or head.pos_ not in VERB_POS:
        return False
    if any(c.dep_ == "nsubj" and _names(c, "market_mover") for c in children_of(head)):
        return True
    money = class_words("money") | class_words("funds")
    return any(c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() == "raise"
               and any(o.dep_ == "dobj" and (o.lemma_.lower() in money or o.lower_ in money)
                       for o in children_of(c))
               for c in children_of(head))


def helped_with_aid(match: Match, lexicon: TriggerLexicon) -> Match:
    """"Backed the refugees *with a grant* of $40 million", "reinforced its commitment *with* food aid":
    support or a stance that a party gives "with" material help (a noun the lexicon has as AID) is
    that aid given (CAMEO 07), told by the verb."""
    if match.trigger.type not in ("SUPPORT", "MOBILIZE") or match.head.pos_ not in VERB_POS:
        return match
    entry = _aid_given_with(match.head, lexicon)
    if entry is None:
        return match
    trigger = replace(match.trigger, type=entry.type, mode=entry.mode, cameo=entry.cameo,
                      contexts=entry.contexts)
    return Match(trigger, match.head, match.tokens, match.noun)


def _aid_given_with(verb: Token, lexicon: TriggerLexicon) -> Trigger | None:
    """The AID noun entry of what a verb is done "with" ("with a new grant", "with 50 million euros
    *in* humanitarian aid"), or None."""
    given = prep_objects(verb, ("with",))
    for noun in [*given, *(o for g in given for o in prep_objects(g, ("in", "of")))]:
        found = [e for key in word_of(noun) for e in lexicon.lookup("noun", key)
                 if e.type == "AID" and noun_phrase_match(e.words, noun)]
        if found:
            return max(found, key=lambda e: (len(e.words), e.weight))
    return None


def access_to_outlet(match: Match, lexicon: TriggerLexicon) -> Match:
    """"The regulator *blocked access* to opposition news websites": access blocked to a news
    outlet (``{outlet}``) is censorship (the COERCE "block website" entry), no road blocked in
    protest."""
    noun = match.noun
    if match.trigger.type != "PROTEST" or noun is None or noun.lemma_.lower() != "access":
        return match
    if not any(_names(t, "outlet") for t in prep_objects(noun, ("to",))):
        return match
    entry = _entry(lexicon, "light", "block", "COERCE", ("block", "website"))
    return match if entry is None else Match(entry, match.head, match.tokens, noun)


def _entry(lexicon: TriggerLexicon, kind: str, key: str, event_type: str, words: tuple[str, ...] | None = None
           ) -> Trigger | None:
    """The lexicon's entry of `event_type` looked up by `key` (with these words, when given)."""
    return next((e for e in lexicon.lookup(kind, key)
                 if e.type == event_type and (words is None or e.words == words)), None)


def _counted(noun: Token) -> Token:
    """What a number noun or a body of troops is "of" ("hundreds *of soldiers*", "a contingent *of
    troops*"), else the noun itself ("the commander of the army" is no army)."""
    found = prep_objects(noun, ("of",))
    counts = _names(noun, "quantity") or _names(noun, "arriving_force")
    return found[0] if found and counts else noun


def _names(noun: Token, name: str) -> bool:
    """Whether a noun, alone or with the compound or modifier before it ("blue *helmets*"), is a
    member of word class `name`."""
    members = class_words(name)
    forms = {noun.lemma_.lower(), noun.lower_}
    forms |= {f"{c.lower_} {form}" for c in children_of(noun) if c.dep_ in ("compound", "amod")
              for form in set(forms)}
    return bool(forms & members)


def _peacekeeping(noun: Token) -> bool:
    """Whether a force is one sent to keep a peace ("*peacekeeping* troops", "blue helmets")."""
    return _names(noun, "peacekeeper") or any(c.lemma_.lower() in ("peacekeeping", "un")
                                              for c in children_of(noun))


def forces_arriving(match: Match, lexicon: TriggerLexicon) -> Match:
    """"Indian troops *arrived in* Male", "peacekeepers *landed in* Juba": forces (``{arriving_force}``)
    that arrive somewhere are deployed, no visit (CONSULT): MOBILIZE (the "deploy troop" entry), or
    AID for forces that keep a peace (the "deploy {peacekeeper}" entry, CAMEO 074). A minister who
    arrives stays a visit."""
    if match.trigger.mode != "visit" or match.trigger.kind != "verb" or match.head.pos_ not in VERB_POS:
        return match
    subject = subject_of(match.head)
    if subject is None:
        return match
    force = _counted(subject)
    if not (_names(force, "arriving_force") or _names(subject, "arriving_force")):
        return match
    if _peacekeeping(force) or _peacekeeping(subject):
        entry = _entry(lexicon, "light", "deploy", "AID", ("deploy", "peacekeeper"))
    else:
        entry = _entry(lexicon, "light", "deploy", "MOBILIZE", ("deploy", "troop"))
    return match if entry is None else Match(entry, match.head, match.tokens)


def relief_deployed(match: Match, lexicon: TriggerLexicon) -> Match:
    """"Deployed *medical teams*", "mobilised *funds*", "reinforced its *commitment*": a verb of
    mobilisation (a one-word MOBILIZE entry) whose object is help, or people sent to help
    (``{care_team}``, or a team or unit with a ``{care_kind}`` modifier), is aid given (the lexicon's
    AID "provide" entry), no forces readied."""
    if match.trigger.type != "MOBILIZE" or match.trigger.kind != "verb" or len(match.trigger.words) > 1:
        return match
    objects = [c for c in children_of(match.head) if c.dep_ in ("dobj", "nsubjpass")]
    if not objects or not all(_relief(o) for o in objects):
        return match
    entry = _entry(lexicon, "verb", "provide", "AID", ("provide",))
    return match if entry is None else Match(entry, match.head, match.tokens)


def _relief(noun: Token) -> bool:
    noun = _counted(noun)
    if _names(noun, "care_team"):
        return True
    kinds = class_words("care_kind")
    return any(c.lemma_.lower() in kinds or c.lower_ in kinds for c in noun.subtree
               if c.dep_ in ("compound", "amod") and head_of(c).i == noun.i) or \
        any(t.lower_ == "rescue" for t in noun.subtree if t.i < noun.i)


def drills_by_partners(match: Match, lexicon: TriggerLexicon) -> Match:
    """Military drills (``{drill}``) are military cooperation (COOPERATE 062) when held with another
    party: a ``{joint_mark}`` word ("*joint* drills"), a "with" partner ("exercises *with* the Indian
    navy"), or two parties doing them ("Turkey *and* Azerbaijan began drills", "the armies *of* Ghana
    *and* Togo"); one army's own drills are a show of force (MOBILIZE 150)."""
    if match.trigger.type not in ("COOPERATE", "MOBILIZE"):
        return match
    noun = match.noun if match.noun is not None else match.head
    if not _names(noun, "drill") or noun.pos_ not in NOUN_POS:
        return match
    joint = _held_jointly(noun, match.head)
    if joint == (match.trigger.type == "COOPERATE"):
        return match
    entry = _entry(lexicon, "light", "hold", "COOPERATE", ("hold", "joint", "exercise")) if joint else \
        _entry(lexicon, "light", "hold", "MOBILIZE", ("hold", "military", "exercise"))
    return match if entry is None else Match(entry, match.head, match.tokens, match.noun)


def civil_exercise(match: Match) -> bool:
    """"The election commission began *an exercise* to update the voter rolls": a drill word a
    civil body's work shares (``{loose_drill}``) is a military drill only with a ``{drill_mark}`` or
    ``{joint_mark}`` word on it ("*naval* exercises", "*joint* exercises"), or done by an armed body
    or with one (the subject, its owner "of", or a "with" partner: ``{drill_mark}`` or
    ``{arriving_force}``, "the *navy* took part in exercises")."""
    if match.trigger.type not in ("COOPERATE", "MOBILIZE"):
        return False
    noun = match.noun if match.noun is not None else match.head
    if noun.pos_ not in NOUN_POS or noun.lemma_.lower() not in class_words("loose_drill"):
        return False
    marks = class_words("drill_mark") | class_words("joint_mark")
    if any(c.lemma_.lower() in marks or c.lower_ in marks for c in children_of(noun)
           if c.dep_ in ("amod", "compound", "nmod")):
        return False
    head = match.head
    bodies = [t for o in ([noun] + ([head] if head.pos_ in VERB_POS else []))
              for t in prep_objects(o, ("with", "between", "among", "by"))]
    subject = subject_of(head) if head.pos_ in VERB_POS else None
    if subject is not None:
        bodies += [subject, *subject.conjuncts, *prep_objects(subject, ("of",))]
        # "China began exercises near Taiwan": a state's exercises are its forces' unless they
        # have a purpose of their own ("an exercise to update the rolls")
        if subject.ent_type_ == "GPE" and not any(c.dep_ in ("acl", "relcl") for c in children_of(noun)):
            return False
    return not any(_names(b, "drill_mark") or _names(b, "arriving_force") for b in bodies)


def _held_jointly(noun: Token, head: Token) -> bool:
    marks = class_words("joint_mark")
    if any(c.lemma_.lower() in marks or c.lower_ in marks for c in children_of(noun)):
        return True
    owners = [noun] + ([head] if head.pos_ in VERB_POS else [])
    if any(c.dep_ == "prep" and c.lower_ in ("with", "between", "among") for o in owners
           for c in children_of(o)):
        return True
    subject = subject_of(head) if head.pos_ in VERB_POS else None
    if subject is None:
        return False
    parties = [subject, *prep_objects(subject, ("of",))]
    return any(p.conjuncts or any(c.lower_ in ("two", "both") for c in children_of(p)) for p in parties)


def frames_no_event(match: Match, chosen: list[Match]) -> bool:
    """"The airline agreed to buy 40 jets", "the fund agreed to buy a stake": a frame whose only
    governed act is a construction that is no event (commerce, a ``NONE`` entry) promises no
    political act either. The frame stays when it governs anything else."""
    if not match.trigger.frame:
        return False
    acts = [c for c in children_of(match.head) if c.dep_ in ("xcomp", "ccomp")]
    if not acts:
        return False
    blocked = {m.head.i for m in chosen if m.trigger.type == "NONE"}
    return all(act.i in blocked for act in acts)
