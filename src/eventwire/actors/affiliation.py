"""What a name the knowledge base does not know says about itself and its bearer.

News names far more companies, newspapers, think tanks and ordinary people than any table
lists. A careful coder still codes them from the text: "Paperny Films" is a company and
"Yahoo News" a news outlet by their names; "Totok Soefijanto, a policy expert at Paramadina
University" works for a university; "Representative Jason Crow" is a legislator; a named
person the text gives no public role is a private person (``docs/annotation.md``: private
persons are CVL unless the context gives them another sector). The words are data
(``data/name-patterns.tsv``); none of this applies to a name the knowledge base knows.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from pathlib import Path

from spacy.tokens import Doc, Token

from eventwire.actors.knowledge import COUNTRY, DEMONYM, ActorKnowledge, normalise
from eventwire.actors.tables import DATA_DIR, NON_STATE, one_of, read_table, sector

PATTERNS = DATA_DIR / "name-patterns.tsv"
PATTERN_KINDS = DATA_DIR / "name_pattern_kinds.tsv"   # the kinds name-patterns.tsv may use
# words that end an organisation name's head: "Institute of International Studies"
_COMPLEMENT = frozenset({"of", "for", "in", "on", "at", "'s"})
# prepositions joining a person (or the noun in apposition to them) to where they work:
# "a professor at X", "Soli Ozel of X", "a co-author from X", "a spokesman for X"
_AFFILIATING = frozenset({"at", "of", "from", "with", "for"})
# prepositions to a workplace a place "in" then locates ("a nurse at the hospital in Manila");
# not "of" or "on", which lead into what a person studies or wrote ("an expert on business in
# Russia")
_WORKPLACE = frozenset({"at", "for", "with"})
# what follows an opening word that opens a name only before a number or call letters ("Channel 4",
# "Channel KTVU"): digits, or two to five capitals with digits after
_CALL_SIGN = re.compile(r"\d+[A-Za-z]?|[A-Z]{2,5}\d*")
# the most words (adjectives: "Mechanised", "Armoured Infantry") between a unit's ordinal and its head
_UNIT_ADJECTIVES = 2
# an ordinal number in a name ("82nd", "3rd", "101st"): with a unit word as head, an army's unit
ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
# participles placing an organisation where it is based ("a charity based in Oslo")
_BASED = frozenset({"base", "based", "headquarter", "headquartered"})
_DEPTH = 3   # prepositional phrases followed down from a name
_WORD = re.compile(r"[^\W_]+(?:[.'][^\W_]+)*", re.UNICODE)
# heads of a state's bodies: a telling word elsewhere in such a name says what the body
# deals with, not what it is ("the National Human Rights Commission" is no rights group)
_STATE_HEADS = frozenset({"commission", "council", "ministry", "department", "agency",
                          "authority", "office", "tribunal", "court", "committee"})


@functools.lru_cache(maxsize=4)
def _patterns(path: Path = PATTERNS) -> dict[str, dict[str, str]]:
    """kind ("head", "word", "title", "accused", "crime" ...) -> word -> sector."""
    kinds = [row["kind"] for _, row in read_table(PATTERN_KINDS, ["kind", "meaning"], {})]
    found: dict[str, dict[str, str]] = {kind: {} for kind in kinds}
    checks = {"sector": sector, "kind": one_of(*kinds)}
    for _, row in read_table(path, ["word", "sector", "kind"], checks):
        found[row["kind"]][normalise(row["word"])] = row["sector"]
    return found


def name_heads() -> frozenset[str]:
    """The head words that say what an unknown organisation is ("Foundation", "Society"):
    alone, such a word names no one organisation."""
    return frozenset(_patterns()["head"])


def org_name_sector(name: str) -> str | None:
    """The sector an organisation's name states: its head word ("Gordon Advisors" BUS,
    "the Middlebury Institute of International Studies" EDU), else a telling word anywhere
    in it ("the Roper Center for Public Opinion Research" EDU)."""
    words = [normalise(w) for w in _WORD.findall(name)]
    head = _head(words)
    patterns = _patterns()
    if head in patterns["force-part"]:
        cut = words.index(head) if head in words else len(words)
        force = next((patterns["force"][w] for w in words[:cut] if w in patterns["force"]), None)
        if force is not None and not any(w in patterns["not-unit"] for w in words[:cut]):
            return force   # "the Delmont Police Department", "the Ogun Police Command": COP
    if head in patterns["unit"] and _numbered(words, head, patterns):
        return patterns["unit"][head]   # a numbered unit: "the 82nd Division", "the 3rd Brigade"
    if head is not None and head in patterns["head"]:
        found = patterns["head"][head]
        civil = next((patterns["civil"][w] for w in words if w in patterns["civil"]), None)
        if found == "MIL" and civil is not None:
            return civil   # "the Diplomatic Corps", "the Press Corps": no force
        # a civic group of doctors or of a disease's patients is a medical one ("Nurses Without
        # Borders", "the Ruiz Cancer Foundation": MED, as docs/annotation.md codes MSF)
        medical = any(patterns["word"].get(w) == "MED" for w in words)
        # a company of broadcasting or news is an outlet ("the Harare Broadcasting Corporation",
        # "Nation Television Ltd": JRN, as newspapers are), not a maker of sets ("Orion
        # Television Industries")
        outlet = any(patterns["word"].get(w) == "JRN" for w in words[:-1]) and not _maker(words, patterns)
        return "MED" if found == "SOC" and medical else "JRN" if found == "BUS" and outlet else found
    if head in _STATE_HEADS:
        return _cause_sector(words)
    opening = next((w for w in words if w != "the"), None)
    if opening in patterns["opening"]:
        # "Radio Kivu Libre", "TV Globo": a station opens its name with what it is
        return patterns["opening"][opening]
    if opening in patterns["numbered-opening"]:
        # "Channel 4", "Channel KTVU", not "the Channel Tunnel" nor "the Channel Islands"
        written = [w for w in _WORD.findall(name) if normalise(w) != "the"]
        if len(written) > 1 and _CALL_SIGN.fullmatch(written[1]):
            return patterns["numbered-opening"][opening]
    maker = _maker(words, patterns)
    return next((patterns["word"][w] for w in words if w in patterns["word"]
                 and not (maker and patterns["word"][w] == "JRN")), None)


def _maker(words: list[str], patterns: dict[str, dict[str, str]]) -> bool:
    """Whether a name's outlet word names the goods a maker's word after it makes ("Orion
    Television Manufacturing", "Lakeside Television Industries"; not the trade paper
    "Electronics Daily News")."""
    made = [i for i, w in enumerate(words) if patterns["word"].get(w) == "JRN"]
    return bool(made) and any(w in patterns["maker"] for w in words[made[0] + 1:])


def _numbered(words: list[str], head: str, patterns: dict[str, dict[str, str]]) -> bool:
    """Whether a unit word is an army's numbered unit: an ordinal right before it, at most
    _UNIT_ADJECTIVES words between ("the 9th Mechanised Division"), and no word of a court's,
    a ministry's, a league's or a law's name (name-patterns.tsv not-unit) in the name or its
    complement ("the 2nd Division of the court", "the 1st Amendment Division")."""
    at = words.index(head) if head in words else len(words)
    ordinals = [i for i, w in enumerate(words[:at]) if ORDINAL.fullmatch(w)]
    if not ordinals or at - ordinals[-1] - 1 > _UNIT_ADJECTIVES:
        return False
    return not any(w in patterns["not-unit"] or w in _STATE_HEADS for w in words[ordinals[-1] + 1:])


def unit_sector(word: str) -> str | None:
    """The sector of a force's unit word ("regiment", "brigade": MIL; name-patterns.tsv kind
    unit), None for any other word."""
    return _patterns()["unit"].get(normalise(word))


def workplace_sector(noun: Token) -> str | None:
    """The sector of a common noun of a workplace a person runs or owns ("who runs a bakery":
    BUS; name-patterns.tsv kind workplace)."""
    return _patterns()["workplace"].get(normalise(noun.lemma_))


def last_word_sector(name: str) -> str | None:
    """The sector a name's last word states as a head or telling word of name-patterns.tsv:
    what a run of capitalised words no recogniser tagged must end in to be an organisation's
    name ("the Karachi Morning News", "the Tarvo Times")."""
    words = [normalise(w) for w in _WORD.findall(name)]
    if not words:
        return None
    return _patterns()["head"].get(words[-1]) or _patterns()["word"].get(words[-1])


# a station's call letters (North American "WXRT", "KTLA"), or a network's letters with its
# channel's number ("NBC10", "FOX5")
_STATION = re.compile(r"[KW][A-Z]{2,3}|[A-Z]{2,4}\d{1,2}")


def station_name(word: str) -> bool:
    """Whether one word is a broadcast station's name by its shape: "WXRT", "NBC10"."""
    return _STATION.fullmatch(word) is not None


def intergovernmental_name(name: str, knowledge: ActorKnowledge) -> bool:
    """Whether an organisation's name says it is a body of governments: its head word is
    one ("Commission", "Organization": cues.tsv igo-head) and another word says it joins
    countries ("the Intergovernmental Commission on Ocean Fisheries", "the Organization for
    Economic Cooperation and Development": igo-word). A national commission has no such
    word, and "World Wildlife Fund" no such head."""
    words = [normalise(w) for w in _WORD.findall(name)]
    head = _head(words)
    return head is not None and knowledge.cue("igo-head", head) \
        and any(knowledge.cue("igo-word", w) for w in words)


def private_body(name: str, knowledge: ActorKnowledge) -> tuple[bool, str | None]:
    """Whether a name shaped like a body of governments' holds a word of a private calling
    that wins over that reading, and the sector it says: a religion's ("the World Council of
    Churches": REL, name-patterns.tsv kind private) or a sport's ("the World Boxing Council",
    cues.tsv sport-word: no sector of its own)."""
    words = [normalise(w) for w in _WORD.findall(name)]
    found = next((_patterns()["private"][w] for w in words if w in _patterns()["private"]), None)
    return found is not None or any(knowledge.cue("sport-word", w) for w in words), found


def _cause_sector(words: list[str]) -> str | None:
    """The sector of an advocacy group named by a body's word and its cause: "the Committee
    for Freedom in X", "Committee to Protect Reporters" (name-patterns.tsv kind cause). Only
    when the body's word opens the name: a word before it ("the Senate Committee for
    Justice", "the National Council for Human Rights") names whose body it is."""
    words = words[1:] if words[:1] == ["the"] else words
    if len(words) < 3 or words[0] not in _STATE_HEADS or words[1] not in ("for", "to"):
        return None
    causes = _patterns()["cause"]
    return next((causes[w] for w in words[2:] if w in causes), None)


def civic_body_name(name: str) -> bool:
    """Whether a name's head word is a body's that is never a state's ("Museum", "Forum",
    "Archive", "Alliance": name-patterns.tsv kind body, sector UNK), unlike a "Council" or a
    "Committee", which a state has as often."""
    head = _head([normalise(w) for w in _WORD.findall(name)])
    return head is not None and _patterns()["body"].get(head) == "UNK" and head not in _STATE_HEADS


def state_body_sector(name: str) -> str | None:
    """The sector of a state's public body a name's head word says ("Service", "Board",
    "Bureau": GOV, name-patterns.tsv kind body), for a name that holds a country's word: "the
    Kenya Wildlife Service" is Kenya's government's, no company."""
    head = _head([normalise(w) for w in _WORD.findall(name)])
    found = _patterns()["body"].get(head) if head is not None else None
    return found if found != "UNK" else None


def body_name(name: str) -> bool:
    """Whether an organisation's name ends in a word for a body of people or an institution
    that is never a company ("the Cambodian League", "the Chinese American Museum",
    name-patterns.tsv kinds body and head): a country in such a name does not make it one."""
    head = _head([normalise(w) for w in _WORD.findall(name)])
    patterns = _patterns()
    return head is not None and (head in patterns["body"] or head in _STATE_HEADS
                                 or patterns["head"].get(head, "BUS") != "BUS")


def name_head_sector(name: str) -> str | None:
    """The sector the head word of a name states, ignoring telling words elsewhere in it:
    what a name the entity recogniser took for a person or a building must show to be an
    organisation ("Gordon Advisors", "the John Birch Society"; not "Tara Reid's Treatment")."""
    head = _head([normalise(w) for w in _WORD.findall(name)])
    return _patterns()["head"].get(head) if head is not None else None


def goods_head_sector(name: str) -> str | None:
    """The sector a name's last word states when it is goods a producer's name ends with
    (name-patterns.tsv goods: "Tarkwa Gold"); whether the name is a company's at all is the
    caller's to judge."""
    words = [normalise(w) for w in _WORD.findall(name)]
    return _patterns()["goods"].get(words[-1]) if len(words) >= 2 else None


def _head(words: list[str]) -> str | None:
    """The last word before a complement ("of", "for" ...), else the last word; a trailing
    "International" is no head ("Forest Watch International" is a watch group)."""
    if len(words) > 1 and words[-1] == "international":
        words = words[:-1]
    cut = next((i for i, w in enumerate(words) if w in _COMPLEMENT and i > 0), len(words))
    return words[cut - 1].rstrip(".") if cut else None


def name_country(doc: Doc, start: int, end: int, knowledge: ActorKnowledge) -> str | None:
    """The country a capitalised country name or demonym inside an organisation's name
    names ("the Australian Strategic Policy Institute" AUS), the longest match first."""
    words = [normalise(t.text) for t in doc[start:end]]
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            if not doc[start + i].text[:1].isupper():
                continue
            codes = [e.key for e in knowledge.lookup(tuple(words[i:i + size]))
                     if e.kind in (COUNTRY, DEMONYM) and e.key not in NON_STATE]
            if codes:
                return codes[0]
    return None


def title_sector(doc: Doc, title_start: int, title_end: int, person_start: int) -> str | None:
    """The sector of a capitalised title written right before a name, where the title names
    a narrower office than the noun alone: "Republican Representative Andy Barr" (LEG)."""
    if title_end != person_start or not doc[title_start].text[:1].isupper():
        return None
    return _patterns()["title"].get(normalise(doc[title_start:title_end].text))


def affiliated_tokens(doc: Doc, person_end: int) -> list[Token]:
    """Tokens naming where a person works, nearest first: the objects of "at"/"of"/"for"...
    after the name ("Soli Ozel of Kadir Has University") or after the noun in apposition to
    it ("Robert Manning, a senior fellow at the Atlantic Council"), and the objects of such
    phrases inside them ("head of production for Paperny Films")."""
    name = doc[person_end - 1]
    found: list[Token] = []
    level = [name, *described_as(doc, person_end)]
    for _ in range(_DEPTH):
        level = [obj for noun in level for prep in noun.children
                 if prep.dep_ == "prep" and prep.lower_ in _AFFILIATING
                 for obj in prep.children if obj.dep_ == "pobj"]
        found.extend(level)
    return found + _where_antecedent(name)


def served_tokens(doc: Doc, person_end: int) -> list[Token]:
    """Objects of "to" after the noun the text says the person is: "Helen Wu, senior adviser
    to the Heritage Museum" (an adviser "to" a body works for it as one "at" it does)."""
    return [obj for noun in described_as(doc, person_end) for prep in noun.children
            if prep.dep_ == "prep" and prep.lower_ == "to"
            for obj in prep.children if obj.dep_ == "pobj"]


def placed_in(doc: Doc, person_end: int, led: Sequence[Token] = ()) -> list[Token]:
    """Objects of "in" that place a person where they work, nearest first: after the noun
    in apposition to the name or a copula's noun ("Ana Ruiz, a police officer in Mumbai"),
    or what a relative clause says they run (`led`: "who runs a bakery in Quito"), or after
    the workplace that noun places them at ("a nurse at the Central Hospital in Manila")."""
    level = [*described_as(doc, person_end), *led]
    found: list[Token] = []
    for _ in range(_DEPTH):
        found.extend(obj for noun in level for prep in noun.children
                     if prep.dep_ == "prep" and prep.lower_ == "in"
                     for obj in prep.children if obj.dep_ == "pobj")
        level = [obj for noun in level for prep in noun.children
                 if prep.dep_ == "prep" and prep.lower_ in _WORKPLACE
                 for obj in prep.children if obj.dep_ == "pobj"]
    return found


def owning_places(doc: Doc, person_end: int) -> list[Token]:
    """Possessives among the tokens naming where a person works, which say where the workplace
    is: "Ana Ruiz of Istanbul's Tessaly University" (the parser may hang the possessive on "of"
    itself)."""
    return [t for t in affiliated_tokens(doc, person_end) if any(c.tag_ == "POS" for c in t.children)]


def described_as(doc: Doc, person_end: int) -> list[Token]:
    """The nouns the text says the person is: in apposition to the name ("Ana Ruiz, a
    police officer") or after a copula ("Ana Ruiz is a reporter")."""
    name = doc[person_end - 1]
    return [*(c for c in name.children if c.dep_ == "appos"), *copular_nouns(doc, person_end)]


def copular_nouns(doc: Doc, person_end: int) -> list[Token]:
    """The nouns a copula says the person is: "Ana Ruiz is a reporter for the Harbour Courier"
    (the copular twin of the apposition "Ana Ruiz, a reporter for ...")."""
    name = _name_head(doc, person_end)
    if name.dep_ != "nsubj" or name.head.lemma_ != "be":
        return []
    return [c for c in name.head.children if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN")]


def led_objects(doc: Doc, person_end: int, knowledge: ActorKnowledge) -> list[Token]:
    """What a relative clause says the person leads or runs: "Ana Ruiz, who heads the
    Greenway Foundation" (the verbs are cues.tsv's lead-verb)."""
    verbs = [verb for verb in _relative_verbs(_name_head(doc, person_end), "nsubj")
             if knowledge.cue("lead-verb", verb.lemma_)]
    return [obj for verb in verbs + _leading_verbs(doc, person_end, knowledge)
            for obj in verb.children if obj.dep_ == "dobj"]


def _leading_verbs(doc: Doc, person_end: int, knowledge: ActorKnowledge) -> list[Token]:
    """A lead-verb in the present whose subject the person is: "Ana Ruiz chairs the Delmar
    Energy board" (the word right after the name counts too: the parser may read an unknown
    name as the verb and "chairs" as a noun)."""
    name = _name_head(doc, person_end)
    verbs = [name.head] if name.dep_ == "nsubj" and name.head.i != name.i else []
    if person_end < len(doc):
        verbs.append(doc[person_end])
    return [v for v in dict.fromkeys(verbs) if v.lower_.endswith("s")
            and (knowledge.cue("lead-verb", v.lower_[:-1]) or knowledge.cue("lead-verb", v.lower_[:-2]))]


def _relative_verbs(name: Token, subject_dep: str) -> list[Token]:
    """The verbs of the relative clauses on `name` whose subject (`subject_dep`: nsubj, or
    nsubjpass for "who was arrested") is the relative pronoun: "X, who heads ..."."""
    return [verb for verb in name.children if verb.dep_ == "relcl"
            and any(c.dep_ == subject_dep and c.lower_ in ("who", "that") for c in verb.children)]


def _name_head(doc: Doc, person_end: int) -> Token:
    token = doc[person_end - 1]
    while token.dep_ in ("compound", "flat") and token.head.i != token.i:
        token = token.head
    return token


def _where_antecedent(name: Token) -> list[Token]:
    """The place a "where" clause holding the name hangs on: "Beaumont Hospital, where
    spokeswoman Ilene Wolff said ..." (the person works there)."""
    token = name
    while token.dep_ in ("compound", "flat", "appos", "nsubj", "nsubjpass") \
            and token.head.i != token.i:
        token = token.head
        if token.dep_ == "relcl" and any(c.lower_ == "where" and c.dep_ == "advmod"
                                         for c in token.children):
            return [token.head]
    return []


def located_in(doc: Doc, start: int, end: int, knowledge: ActorKnowledge) -> list[Token]:
    """Objects of "in" after an organisation's name: "Koya University in Iraqi Kurdistan",
    after a noun in apposition to it that names a kind of organisation ("Morningside Recovery,
    a clinic in Newport Beach"; not "a major investor in Kenya", where it does business), and
    after "based"/"headquartered" on the name or that noun (:func:`based_in`)."""
    head = _mention_head(doc, start, end)
    holders = [head, *(c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN"
                       and organisation_noun(c, knowledge))]
    return in_objects([*holders, *_based_verbs(head, start)], lambda i: i >= end)


def organisation_noun(noun: Token, knowledge: ActorKnowledge) -> bool:
    """Whether a common noun names a kind of organisation (cues.tsv org-noun, or a name's head
    word of name-patterns.tsv: "company", "lender", "clinic"), not a part one plays ("investor",
    "player", "leader")."""
    return knowledge.cue("org-noun", noun.text) or knowledge.cue("org-noun", noun.lemma_) \
        or normalise(noun.lemma_) in _patterns()["head"]


def apposed_modifiers(doc: Doc, start: int, end: int) -> list[Token]:
    """Modifiers of a common noun in apposition to an organisation's name, for the country
    they name: "Liberty Radio, a private Haitian station" (the noun need not be a role noun)."""
    head = _mention_head(doc, start, end)
    return [m for noun in head.children if noun.dep_ == "appos" and noun.pos_ == "NOUN"
            for m in noun.children if m.dep_ in ("amod", "compound") and m.i < noun.i]


def based_in(doc: Doc, start: int, end: int) -> list[Token]:
    """Objects of "in" after "based"/"headquartered" on an organisation's name or the noun in
    apposition to it: "Brenlow Foods, a company based in Nairobi". Such a base outranks a
    place inside the name ("London Financial, a lender based in Ontario" is Canadian)."""
    return in_objects(_based_verbs(_mention_head(doc, start, end), start), lambda i: i >= end)


def _mention_head(doc: Doc, start: int, end: int) -> Token:
    """The first word of ``doc[start:end]`` whose head lies outside it (or is itself)."""
    return next((t for t in doc[start:end] if t.head.i < start or t.head.i >= end
                 or t.head.i == t.i), doc[end - 1])


def _based_verbs(head: Token, start: int) -> list[Token]:
    """"based"/"headquartered" on the mention's head or a noun in apposition to it."""
    nouns = [head, *(c for c in head.children if c.dep_ == "appos")]
    if head.dep_ == "appos" and head.head.i < start:
        nouns.append(head.head)   # the name the mention is in apposition to
    return [verb for noun in nouns for verb in noun.children
            if verb.dep_ == "acl" and verb.lemma_.lower() in _BASED]


def in_objects(holders: list[Token], where: Callable[[int], bool]) -> list[Token]:
    """Objects of an "in" on one of the `holders` whose position `where` accepts."""
    return [obj for holder in holders for prep in holder.children
            if prep.dep_ == "prep" and prep.lower_ == "in" and where(prep.i)
            for obj in prep.children if obj.dep_ == "pobj"]


def private_sector(doc: Doc, person_end: int) -> str:
    """The sector of a named private person: CRM when the text arrests, charges, convicts
    or sentences them ("Ana Ruiz was convicted of fraud", "Ana Ruiz, who is suspected of
    arson"), else CVL."""
    return "CVL" if _accusing_verb(doc, person_end) is None else "CRM"


def charged_with_crime(doc: Doc, person_end: int) -> bool:
    """Whether the verb accusing the person names an ordinary crime ("charged with murder",
    "arrested on suspicion of fraud", "convicted of killing his wife"): one that makes a
    criminal even of a person arrested in a public role, whom an arrest alone, or a charge of
    "illegal assembly", leaves in that role (docs/annotation.md)."""
    verb = _accusing_verb(doc, person_end)
    if verb is None:
        return False
    crimes = _patterns()["crime"]
    heads = [verb]
    for _ in range(_DEPTH):
        heads = [obj for head in heads for prep in head.children if prep.dep_ == "prep"
                 for obj in prep.children if obj.dep_ in ("pobj", "pcomp")]
        # the crime itself, or a noun it modifies ("on murder charges")
        words = [t for obj in heads
                 for t in (obj, *(c for c in obj.children if c.dep_ == "compound"))]
        if any(t.lemma_.lower() in crimes or t.lower_ in crimes for t in words):
            return True
    return False


def _accusing_verb(doc: Doc, person_end: int) -> Token | None:
    """The verb that arrests, charges, convicts or sentences the person: the one they are
    the object of ("police arrested Ana Ruiz") or whose relative clause on them says so
    ("Ana Ruiz, who was arrested on Monday")."""
    token = doc[person_end - 1]
    while token.dep_ in ("compound", "flat", "appos") and token.head.i != token.i:
        token = token.head
    accused = _patterns()["accused"]
    if token.dep_ in _OBJECT_DEPS:
        return token.head if token.head.lemma_.lower() in accused else None
    return next((verb for verb in _relative_verbs(token, "nsubjpass")
                 if verb.lemma_.lower() in accused), None)
