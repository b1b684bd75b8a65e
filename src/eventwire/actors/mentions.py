"""Finding actor mentions in a parsed document.

Two steps. :func:`find_units` marks *units*: longest lexicon matches (countries, demonyms,
capitals, organisations, people, role nouns) plus spaCy PERSON/ORG entities the lexicon does
not know. :func:`group_units` then joins units that belong to one noun phrase by following
the dependency tree upwards (compound, amod, poss, appos, "of"/"to" complements), so
"India's Foreign Secretary Vikram Misri" is one mention while "India" in "India's
condemnation" stays a mention of its own. Conjuncts ("India and Pakistan") are separate
heads, hence separate mentions, and so is a person owning a role noun or another person
("Ana Ruiz's attorney", "President Tom Baker's envoy Lee Moss"), except a leader's
government, regime or army, which names the state.

City names after a locative preposition ("in Dubai") are dropped. Capitals and metonyms ("Washington", "the
Kremlin") are kept only where they act (subject, object, possessor, conjunct of those).
Country names after a locative preposition and demonyms modifying a non-actor noun
("Israeli air raids", "Afghan soil") are kept as country mentions: human coders often take
them as the target or source of the event, and the events stage decides by syntax.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from spacy.tokens import Doc, Span, Token

from eventwire.actors.affiliation import (
    body_name,
    intergovernmental_name,
    last_word_sector,
    name_head_sector,
    name_heads,
    org_name_sector,
    state_body_sector,
    station_name,
    unit_sector,
)
from eventwire.actors.knowledge import (
    CAPITAL,
    COUNTRY,
    DEMONYM,
    METONYM,
    ORG,
    PERSON,
    PLACE,
    PROPER_KINDS,
    ROLE,
    ActorKnowledge,
    Entry,
    Period,
    normalise,
)
from eventwire.actors.places import (
    clock_tokens,
    is_gazetteer_place,
    named_countries,
    natural_feature_units,
    place_units,
    town_demonyms,
)
from eventwire.actors.tables import NON_STATE
from eventwire.clean.patterns import adjective_only_words, english_lexicon
from eventwire.nlp.phrases import doc_ents, doc_tokens, head_of, once_per_doc, sentence_bounds

# how strongly an entry kind claims a unit when a phrase has several readings
_PRIORITY = {PERSON: 0, ORG: 1, ROLE: 2, COUNTRY: 3, CAPITAL: 4, METONYM: 5, DEMONYM: 6,
             PLACE: 7}
_ATTACH_DEPS = frozenset({"compound", "amod", "poss", "nmod", "nn", "flat", "appos"})
_ACTING_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "poss", "appos", "agent", "dative",
                          "attr", "ROOT", "npadvmod"})
_SPAN_POS = frozenset({"DET", "ADJ", "NUM", "PART", "NOUN", "PROPN", "VERB", "ADV", "PRON"})
_PLACE_KINDS = frozenset({COUNTRY, CAPITAL, METONYM, PLACE})
# double quotation marks only: a lone "'" or "’" is as often a plural's possessive
_DOUBLE_QUOTES = frozenset({'"', "“", "”", "``", "''", "„"})
# sectors of the state bodies a leader's possessive names as a whole ("Ana Ruiz's regime")
_LEADERS_STATE = frozenset({"GOV", "MIL"})
_POSSESSIVE_TOKENS = 2   # "'s", or "’" and "s" as the tokenizer splits them
# sectors of unknown names "of" a country makes that country's ("Harlow Pharmaceuticals of India")
_HOMED = frozenset({"BUS", "JRN"})
# labels of works and laws the recogniser gives a capitalised organisation's name at times
_WORK_LABELS = ("LAW", "WORK_OF_ART", "PRODUCT")
_NAME_WORDS = 3   # at most this many proper nouns after a title make a name (_titled_names)
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})   # generational suffixes of a name


@dataclass
class Unit:
    """A token range naming something: lexicon entries, or an unknown NER PERSON/ORG."""

    start: int
    end: int
    entries: list[Entry] = field(default_factory=list)
    label: str | None = None   # "PERSON" / "ORG" for a name the lexicon does not know
    mark: str | None = None    # "sponsor" (US-backed), "opposed" (anti-India), "destination"
    # the name fits several known people or organisations and nothing tells them apart
    ambiguous: bool = False
    owner: bool = False   # a person owning the role noun after it: a mention of their own
    described: bool = False   # a name right after a noun saying what it is (_described_names)

    @property
    def best(self) -> Entry | None:
        entries = self.entries   # asked hundreds of thousands of times; most units have one
        if len(entries) < 2:
            return entries[0] if entries else None
        return min(entries, key=lambda e: _PRIORITY[e.kind])

    @property
    def kind(self) -> str | None:
        entries = self.entries
        if len(entries) == 1:
            return entries[0].kind   # what self.best gives, without asking it (hot)
        best = self.best
        return best.kind if best else (PERSON if self.label == "PERSON" else ORG)

    def head(self, doc: Doc) -> Token:
        """The unit's syntactic head: its first token whose head lies outside the unit (heads
        read once per Doc: asked for every unit, many times)."""
        tokens = doc_tokens(doc)
        for token in tokens[self.start:self.end]:
            head = head_of(token).i
            if not self.start <= head < self.end or head == token.i:
                return token
        return tokens[self.end - 1]


@dataclass
class Group:
    """One mention: units joined under a root unit, and the character span they cover."""

    root: Unit
    units: list[Unit]
    start: int          # token range
    end: int
    plural: bool = False  # the head is a plural noun ("Nigerians", "militants")
    nearby: list[Unit] = field(default_factory=list)  # known organisations in the head's clause


def find_units(doc: Doc, knowledge: ActorKnowledge, date: dt.date | None = None) -> list[Unit]:
    """Lexicon units (longest match first) plus unknown NER PERSON/ORG entities; on ``date``,
    the generic name of a body dissolved before it is read word by word (:func:`_match_at`)."""
    norm = [normalise(token.text) for token in doc_tokens(doc)]
    units: list[Unit] = []
    i = 0
    while i < len(doc):
        unit = _match_at(doc, norm, i, knowledge, date)
        if unit is None:
            i += 1
            continue
        units.append(unit)
        i = unit.end
    clocks = clock_tokens(doc)
    units = [u for u in units if not _language_compound(doc, u, knowledge)
             and clocks.isdisjoint(range(u.start, u.end))]
    units = _add_places(doc, units, knowledge)
    units = _titled_names(doc, _surname_orgs(doc, _merge_entities(doc, units, knowledge), knowledge),
                          knowledge)
    units = _apposed_names(doc, units, knowledge)
    units = _who_names(doc, units)
    units = _verb_named_people(doc, units, knowledge)
    units = _described_names(doc, units, knowledge)
    units = _shaped_names(doc, units)
    units = _suffixed_names(doc, units, knowledge)
    units = _country_in_names(doc, units, knowledge)
    units = _initialled_names(doc, units)
    units = _add_surnames(doc, units, knowledge)
    units = _other_given_names(doc, units, knowledge)
    units = _longer_names(doc, units, knowledge)
    units = _add_surnames(doc, units, knowledge)   # again: a known given name grew into "Pavel Brisk"
    units = _longer_org_names(doc, units, knowledge)
    units = [u for u in units
             if not _goods_compound(doc, u, knowledge) and not _thing_unit(doc, u, knowledge)
             and not _postal_code(doc, u, knowledge)]
    _short_company_names(doc, units, knowledge)
    for unit in units:
        unit.mark = _mark(doc, unit, knowledge)
    return units


def _language_compound(doc: Doc, unit: Unit, knowledge: ActorKnowledge) -> bool:
    """Whether the demonym `unit` opens a hyphened compound naming a language ("an
    English-language daily", "Arabic-speaking residents": cues.tsv language-compound), no
    nationality."""
    return unit.kind == DEMONYM and unit.end + 1 < len(doc) and doc[unit.end].text == "-" \
        and knowledge.cue("language-compound", doc[unit.end + 1].lower_)


def _goods_compound(doc: Doc, unit: Unit, knowledge: ActorKnowledge) -> bool:
    """Whether the one-word person `unit` opens its sentence before a noun of goods or nature
    (cues.tsv goods-noun) it qualifies: "Rice prices rose", "Bush fires spread" name no one,
    however the word was capitalised."""
    token = doc[unit.start]
    return unit.kind == PERSON and unit.end - unit.start == 1 and _opens_sentence(token) \
        and token.dep_ == "compound" and token.head.i == token.i + 1 and token.head.is_lower \
        and knowledge.cue("goods-noun", token.head.lemma_)


def _postal_code(doc: Doc, unit: Unit, knowledge: ActorKnowledge) -> bool:
    """Whether `unit` is a US state's postal code in capitals right after a town and a comma
    (cues.tsv postal-code): "Police in Dallas, TX arrested ..." names the place, no actor."""
    token = doc[unit.start]
    return unit.end - unit.start == 1 and token.is_upper and unit.start >= 2 \
        and doc[unit.start - 1].text == "," and doc[unit.start - 2].is_title \
        and knowledge.cue("postal-code", token.text)


def _thing_unit(doc: Doc, unit: Unit, knowledge: ActorKnowledge) -> bool:
    """Whether an unknown one-word name is a common noun opening its sentence as a thing's
    subject (:func:`_thing_subject`): "Stone is quarried above the village" after "Judge Ana
    Stone", which the recogniser tags an organisation, names no one."""
    return unit.end - unit.start == 1 and unit.best is None \
        and _thing_subject(doc[unit.start], knowledge)


def _short_company_names(doc: Doc, units: list[Unit], knowledge: ActorKnowledge) -> None:
    """An unknown one-word name the sentence then calls "it" is the one known company whose
    name is that word and a generic company word: "Ford said it would cut jobs" (Ford Motor)."""
    surnames = {doc[u.end - 1].lower_ for u in units if u.kind == PERSON and u.end - u.start > 1}
    for unit in units:
        if unit.end - unit.start != 1 or unit.entries or not _called_it(doc[unit.start]) \
                or doc[unit.start].lower_ in surnames:
            continue
        found = _company_by_first_word(knowledge).get(normalise(doc[unit.start].text), [])
        if len({e.key for e in found}) == 1:
            unit.entries = [found[0]]


def _called_it(token: Token) -> bool:
    """Whether the name is the subject of a verb and "it" comes next in its sentence within a
    few words, no "he" or "she" before it, as the subject of a verb of the clause the name's
    verb says: "Ford said (on Monday that) it would ..."; not "it" opening "be" and a noun
    ("Ford said it was a hard year"), which says nothing of the name."""
    after = [t for t in token.sent if token.i < t.i <= token.i + 6]
    pronouns = [t for t in after if t.lower_ in ("it", "he", "she", "they")]
    if token.dep_ != "nsubj" or not pronouns or pronouns[0].lower_ != "it":
        return False
    it, verb = pronouns[0], pronouns[0].head
    return it.dep_ in ("nsubj", "nsubjpass") and verb.head.i == token.head.i and verb.dep_ == "ccomp" \
        and not (verb.lemma_ == "be" and any(c.dep_ == "attr" for c in verb.children))


_COMPANY_CACHE: dict[int, tuple[ActorKnowledge, dict[str, list[Entry]]]] = {}


def _company_by_first_word(knowledge: ActorKnowledge) -> dict[str, list[Entry]]:
    """Known organisations by the first word of a name whose other words only say it is a
    company (cues.tsv company-tail: "Ford Motor", "Tarrow Group")."""
    cached = _COMPANY_CACHE.get(id(knowledge))
    if cached is not None and cached[0] is knowledge:
        return cached[1]
    tails = knowledge.cues.get("company-tail", set())
    index: dict[str, list[Entry]] = {}
    for key, entries in knowledge.phrases.items():
        if 2 <= len(key) <= 3 and all(w in tails for w in key[1:]):
            index.setdefault(key[0], []).extend(e for e in entries if e.kind == ORG)
    _COMPANY_CACHE[id(knowledge)] = (knowledge, index)
    return index


def _opens_sentence(token: Token) -> bool:
    """Whether only punctuation stands between the start of the token's sentence and it."""
    start, _ = sentence_bounds(token)   # no sentence Span built (twice) per call
    return all(t.is_punct for t in doc_tokens(token.doc)[start:token.i])


def _match_at(doc: Doc, norm: list[str], i: int, knowledge: ActorKnowledge,
              date: dt.date | None = None) -> Unit | None:
    """The longest lexicon phrase starting at token ``i``. A name of several words that
    only a body dissolved before ``date`` bears, and that is a country's role noun
    (:func:`_composed`), is left to its words: "Afghan police" or "Afghan army" after 2021 are no longer the
    republic's forces but still the country's police and army (AFG COP, AFG MIL)."""
    for length in range(min(knowledge.first.get(norm[i], 0), len(doc) - i), 0, -1):
        key = tuple(norm[i:i + length])
        entries = knowledge.lookup(key)
        entries = [e for e in entries if _case_ok(e, doc, i, i + length)
                   and not _verb_role(e, doc[i + length - 1], knowledge)
                   and not _adjective_outlet(e, doc, i, i + length, knowledge)
                   and not _lowered_title(e, doc[i], knowledge)]
        if length > 1 and entries and all(e.kind == ORG and knowledge.dissolved(e.key, date)
                                          for e in entries) and _composed(key, knowledge):
            continue
        if entries:
            return Unit(i, i + length, entries)
    return None


def _composed(key: tuple[str, ...], knowledge: ActorKnowledge) -> bool:
    """Whether a name is a country's or a demonym's role noun ("afghan police", "afghan
    national army"), which its words code without the name; not a party's or a body's
    proper name ("national congress party")."""
    first = {e.kind for e in knowledge.lookup(key[:1])}
    return bool(first & {COUNTRY, DEMONYM}) and any(
        e.kind == ROLE for e in knowledge.lookup(key[-1:]))


def _add_places(doc: Doc, units: list[Unit], knowledge: ActorKnowledge) -> list[Unit]:
    """The lexicon's units plus gazetteer places standing for their country ("Lagos
    authorities"); the countries the lexicon found decide between readings."""
    if not knowledge.places:
        return units
    features = {i for start, end in natural_feature_units(doc) for i in range(start, end)}
    units = [u for u in units
             if u.kind not in _PLACE_KINDS or not features.issuperset(range(u.start, u.end))]
    taken = [(u.start, u.end, u.kind) for u in units] + [(i, i + 1, None) for i in sorted(features)]
    countries = named_countries((u.kind, u.best.key if u.best else None) for u in units)
    found = [Unit(start, end, [entry]) for start, end, entry in place_units(doc, taken, countries)]
    covered = features | {i for u in [*units, *found] for i in range(u.start, u.end)}
    found += [Unit(start, end, [Entry(DEMONYM, code)]) for start, end, code
              in town_demonyms(doc, covered, countries, lambda name: _country_named(name, knowledge))]
    if not found:
        return units
    inside = {i for u in found for i in range(u.start, u.end)}   # "Wales" in "New South Wales"
    kept = [u for u in units if u.start not in inside]
    kept += [tail for u in units if u.start in inside and u.end - 1 not in inside
             and (tail := _tail_unit(doc, u, inside, knowledge)) is not None]
    return sorted(kept + found, key=lambda u: u.start)


def _tail_unit(doc: Doc, unit: Unit, inside: set[int], knowledge: ActorKnowledge) -> Unit | None:
    """What is left of a phrase a place's name took the first words of ("officials" of "State
    officials" after "Kano State"), when the lexicon holds it."""
    start = next(i for i in range(unit.start, unit.end) if i not in inside)
    entries = knowledge.lookup(tuple(normalise(t.text) for t in doc[start:unit.end]))
    return Unit(start, unit.end, entries) if entries else None


def _country_named(name: str, knowledge: ActorKnowledge) -> str | None:
    """The code of the country the countries table calls ``name`` ("Hong Kong"), if any."""
    codes = {e.key for e in knowledge.lookup(tuple(normalise(w) for w in name.split()))
             if e.kind == COUNTRY}
    return codes.pop() if len(codes) == 1 else None


def _lowered_title(entry: Entry, token: Token, knowledge: ActorKnowledge) -> bool:
    """A title that is one only in capitals ("DA Ana Ruiz", cues.tsv cased-title) written
    otherwise: "da" is a particle of names ("Lula da Silva")."""
    return entry.kind == ROLE and knowledge.cue("cased-title", entry.key) and not token.is_upper


def _verb_role(entry: Entry, token: Token, knowledge: ActorKnowledge) -> bool:
    """A role noun read as a verb ("sources state that") is no role; "acting" may be a verb."""
    return (entry.kind == ROLE and token.pos_ == "VERB"
            and knowledge.roles[entry.key].kind != "modifier")


def _adjective_outlet(entry: Entry, doc: Doc, start: int, end: int, knowledge: ActorKnowledge) -> bool:
    """"daily", "weekly" (cues.tsv outlet-adjective) ending the phrase ``start:end`` are an
    outlet as a noun ("the daily said"), in lower case before the outlet's name ("the Ugandan
    daily Kampala Mirror") or closing a longer phrase of sectors.tsv that modifies no noun
    after it ("the opposition daily said"; the parser often calls it an adverb there); no
    outlet as an adjective or adverb ("daily protests", "printed weekly")."""
    i = end - 1
    token = doc[i]
    if entry.kind != ROLE or not knowledge.cue("outlet-adjective", token.text) or token.pos_ == "NOUN":
        return False
    after = doc[end] if end < len(doc) else None
    if end - start > 1 and (after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ")):
        return False
    named = after is not None and after.pos_ == "PROPN" and after.is_title
    return not (token.is_lower and named)


def _case_ok(entry: Entry, doc: Doc, start: int, end: int) -> bool:
    """Abbreviations match case-sensitively; proper names need a capital letter somewhere."""
    if entry.exact:
        return "".join(t.text for t in doc[start:end]) == entry.exact.replace(" ", "")
    if entry.kind in PROPER_KINDS:
        return any(t.text[:1].isupper() or t.text[:1].isdigit() for t in doc[start:end])
    return True


def _merge_entities(doc: Doc, units: list[Unit], knowledge: ActorKnowledge) -> list[Unit]:
    """Add NER PERSON/ORG names the lexicon missed; a longer PERSON name swallows the
    place names inside it ("Michael Jordan"), an ORG name whose words say what it is the
    role nouns and country names inside it ("Christian News Service", "Australian Strategic
    Policy Institute": the coder reads its country from the name). A natural feature's name is
    none ("The Nile flooded the valley")."""
    features = {i for start, end in natural_feature_units(doc) for i in range(start, end)}
    clocks = clock_tokens(doc)
    for ent in doc_ents(doc):
        ent = _past_dateline(doc, ent, clocks)
        if ent.label_ not in ("PERSON", "ORG", "FAC", *_WORK_LABELS) \
                or features.issuperset(t.i for t in ent if t.lower_ != "the") \
                or _opening_adjective(doc, ent.start, ent.end):
            continue
        start, end = _strip_possessive(doc, ent.start, ent.end)
        label = "ORG" if _org_shaped(doc, start, end, ent.label_) else ent.label_
        if label == "FAC" or label in _WORK_LABELS:
            continue
        inside = [u for u in units if u.start < ent.end and ent.start < u.end]
        if label == "ORG" and not inside and _person_shaped(doc, units, start, end, knowledge):
            label = "PERSON"
        elif label == "PERSON" and _body_who(doc[end - 1]):
            label = "ORG"   # "Harwick Rovers, who were relegated": a club, not a person
        if label == "PERSON" and any(_given_name_org(doc, u, start, end) for u in inside):
            units = [u for u in units if not _given_name_org(doc, u, start, end)]
            inside = [u for u in inside if u in units]
        if label == "PERSON" and inside and all(
                (u.kind in _PLACE_KINDS | {DEMONYM} or _other_bearer(doc, u, start, knowledge))
                and ent.start <= u.start and u.end <= ent.end
                and (u.end - u.start) < end - start for u in inside):
            units = [u for u in units if u not in inside]
            inside = []
        if label == "PERSON" and inside and all(_surname_org(u, start, end) for u in inside) \
                and _said_a_person(doc, units, doc[end - 1], knowledge):
            units = [u for u in units if u not in inside]   # "Ana Vale, a director": no company
            inside = []
        partial = [u for u in inside if label == "ORG" and _partial_alias(doc, u, start, end, knowledge)]
        if partial:
            units = [u for u in units if u not in partial]
            inside = [u for u in inside if u not in partial]
        if label == "ORG" and inside and _named_org(doc, start, end, inside, knowledge):
            units = [u for u in units if u not in inside]
            inside = []
        if not inside and end > start:
            units.append(Unit(start, end, label=label))
    return sorted(units, key=lambda u: u.start)


def _past_dateline(doc: Doc, ent: Span, clocks: set[int]) -> Span:
    """The name of an entity the recogniser ran on from a dateline line ("Posted 7:02 PM
    PDT", then "Ana Ruiz" on the next line): what follows its last line break and its clock
    time. A name never spans two lines of a text; it may be empty."""
    start = ent.start
    for i in range(ent.start, ent.end - 1):
        if "\n" in doc[i].text_with_ws:
            start = i + 1
    while start < ent.end and (start in clocks or doc[start].is_space):
        start += 1
    return ent if start == ent.start else Span(doc, start, ent.end, label=ent.label_)


def _partial_alias(doc: Doc, unit: Unit, start: int, end: int, knowledge: ActorKnowledge) -> bool:
    """Whether a known organisation's one-word alias, not its own name, is only a word of a
    longer name the recogniser tagged whose last word is a force's unit word of another sector
    than the organisation's ("The Falcon Regiment" is no regiment of the civic group also called
    "Falcon"): a common lower-case word (the English lexicon) such an alias often is names
    nothing there. A group's own alias before a body word stays ("The Houthi Movement", "Hamas
    spokesman"), as does an alias no English word ("Lashkar Brigade")."""
    if unit.end - unit.start != 1 or unit.best is None or unit.best.kind != ORG or unit.best.exact \
            or not start <= unit.start < end - 1:
        return False
    last = doc[end - 1]
    head_sector = unit_sector(last.text)
    if not last.is_title or head_sector is None:
        return False
    word = normalise(doc[unit.start].text)
    rows = knowledge.orgs.get(unit.best.key, [])
    return bool(rows) and word in english_lexicon() \
        and all(normalise(row.name) != word and row.sector != head_sector for row in rows)


def _opening_adjective(doc: Doc, start: int, end: int) -> bool:
    """Whether a name is only a sentence's capitalised first word, an adjective on the noun after
    it ("*Fierce* fighting raged", "*Heavy* shelling continued"): the recogniser's misfire, no
    organisation or person."""
    token = doc[start]
    return end - start == 1 and bool(token.is_sent_start) and token.pos_ == "ADJ" and token.dep_ == "amod"


def _person_shaped(doc: Doc, units: list[Unit], start: int, end: int,
                   knowledge: ActorKnowledge) -> bool:
    """Whether a name the recogniser took for an organisation is a person's: two or three
    capitalised words, none saying what an organisation is, that a person's title right
    before them modifies ("presidential adviser Mesut Arslan"), or that own a noun only
    people are or have one in apposition ("Dale Moss's wife", "Carl Brenner, another partner")."""
    if not 2 <= end - start <= _NAME_WORDS or not all(t.is_title for t in doc[start:end]) \
            or org_name_sector(doc[start:end].text) is not None:
        return False
    last = doc[end - 1]
    title = doc[start - 1] if start > 0 else None
    titled = title is not None and title.dep_ == "compound" and title.head.i == last.i \
        and any(u.end == start and _person_title(u, knowledge) for u in units)
    owned = last.dep_ == "poss" and knowledge.cue("person-noun", last.head.lemma_)
    person_noun = any(t.dep_ == "appos" and t.pos_ == "NOUN" and knowledge.cue("person-noun", t.lemma_)
                      for t in last.children)
    return titled or owned or person_noun or _said_a_person(doc, units, last, knowledge)


def _surname_orgs(doc: Doc, units: list[Unit], knowledge: ActorKnowledge) -> list[Unit]:
    """A known organisation's name after capitalised given names no recogniser tagged, that
    the text says is a person's (:func:`_said_a_person`), is a surname: "Ana Vale, a director
    of the institute" or "Ana Vale, who chairs the board" is no mining company."""
    covered = {i for u in units for i in range(u.start, u.end)}
    found: dict[int, Unit] = {}
    for unit in units:
        if unit.kind != ORG or unit.best is None or unit.label is not None:
            continue
        start = _given_names(doc, unit.start, covered)
        if start < unit.start and all(t.ent_type_ == "" for t in doc[start:unit.end]) \
                and _said_a_person(doc, units, doc[unit.end - 1], knowledge):
            found[id(unit)] = Unit(start, unit.end, label="PERSON")
    return [found.get(id(u), u) for u in units] if found else units


def _surname_org(unit: Unit, start: int, end: int) -> bool:
    """Whether a known organisation is matched by the surname alone of a person's name."""
    return unit.kind == ORG and unit.best is not None and start < unit.start and unit.end == end


def _said_a_person(doc: Doc, units: list[Unit], name: Token, knowledge: ActorKnowledge) -> bool:
    """Whether the text says the name is a person's: a person's title in apposition to it
    ("Ana Vale, director of the institute") or a "who" clause on it."""
    if _who_clause(name):
        return True
    appositions = [c.i for c in name.children if c.dep_ == "appos"]
    return bool(appositions) and any(u.head(doc).i in appositions for u in units
                                     if _person_title(u, knowledge))


def _who_clause(name: Token) -> bool:
    """Whether a relative clause set off by a comma, with "who" its subject, hangs on the
    name: "Ana Ruiz, who heads the union" ("who" stands for people, "which" for bodies). British
    usage says "who" of bodies too: a name that reads as a body's (:func:`_body_shaped`), or
    that "the" opens ("The Velvet Lanterns, who headlined ..."), has none."""
    return _comma_who(name) and not _body_shaped(name) \
        and not any(c.dep_ == "det" and c.lower_ == "the" for c in name.children)


def _body_who(name: Token) -> bool:
    """Whether a ", who" clause hangs on a name that reads as a body's: "Harwick Rovers, who
    were relegated" is a club, whatever the recogniser tagged ("the" alone says nothing
    here: "The Reverend Ana Ruiz, who ...")."""
    return _comma_who(name) and _body_shaped(name)


def _comma_who(name: Token) -> bool:
    """Whether a relative clause set off by a comma, with "who" its subject, hangs on the name."""
    comma = name.i + 1 < len(name.doc) and name.doc[name.i + 1].text == ","
    return comma and any(verb.dep_ == "relcl" and verb.i > name.i
                         and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "who"
                                 for c in verb.children)
                         for verb in name.children)


def _body_shaped(name: Token) -> bool:
    """Whether a name's last word reads as a body's, not one person's: a word the tagger calls
    plural ("Marrow Brothers") or a verb agreeing with a plural ("Blue
    Harbour, who run the ferry", "Tarn Valley, who were beaten", "Dunmore Athletic ... top the
    league", which the parser hangs on the name as a bare verb). Conjoined names ("Ana Ruiz and
    Tom Baker, who were freed") are several people, not a body."""
    if name.dep_ == "conj" or any(c.dep_ == "conj" for c in name.children):
        return False
    verbs = [v for v in name.children if v.dep_ == "relcl"
             or v.dep_ == "acl" and v.tag_ == "VB" and not any(c.dep_ == "aux" for c in v.children)]
    if name.dep_ in ("nsubj", "nsubjpass"):
        verbs.append(name.head)
    plural = any(t.tag_ == "VBP" or t.lower_ == "were" or t.tag_ == "VB" and t.dep_ == "acl"
                 for v in verbs for t in [v, *(c for c in v.children if c.dep_ in ("aux", "auxpass"))])
    return plural or name.tag_ == "NNPS"


def _verb_named_people(doc: Doc, units: list[Unit], knowledge: ActorKnowledge) -> list[Unit]:
    """Two capitalised proper nouns no recogniser tagged, opening a sentence as the subject of
    a person-verb in the present (cues.tsv person-verb), are a person's name: "Ana Ruiz chairs
    the board". Only person-verbs: "Delmar Energy owns the mill" is left alone; so is a name
    saying it is an organisation or a place the gazetteer knows."""
    covered = {i for u in units for i in range(u.start, u.end)}
    found = []
    for sent in doc.sents:
        if len(sent) < 3:
            continue
        first, last, verb = sent[0], sent[1], sent[2]
        span = doc[first.i:last.i + 1]
        if all(t.pos_ == "PROPN" and t.is_title and t.is_alpha and not t.ent_type_
               and t.i not in covered for t in span) \
                and last.dep_ == "nsubj" and last.head.i == verb.i and verb.tag_ == "VBZ" \
                and knowledge.cue("person-verb", verb.lemma_) \
                and first.lower_ not in adjective_only_words() \
                and org_name_sector(span.text) is None and not is_gazetteer_place(span.text):
            found.append(Unit(first.i, last.i + 1, label="PERSON"))
    return sorted(units + found, key=lambda u: u.start) if found else units


def _who_names(doc: Doc, units: list[Unit]) -> list[Unit]:
    """Two or three capitalised proper nouns no recogniser tagged, followed by ", who ...",
    are a person's name: "Ilse Marrow, who heads the dockers' union" (a name saying it is an
    organisation, or a place the gazetteer knows, is left alone; so is one an adjective opens:
    "Civil Defence, who arrived within minutes")."""
    covered = {i for u in units for i in range(u.start, u.end)}
    found = []
    for name in doc:
        if name.i + 1 >= len(doc) or not _bare_name_word(name) or name.i in covered \
                or not _who_clause(name):
            continue
        start = name.i
        while start > 0 and name.i - start < _NAME_WORDS - 1 and _bare_name_word(doc[start - 1]) \
                and doc[start - 1].i not in covered:
            start -= 1
        span = doc[start:name.i + 1]
        if len(span) >= 2 and org_name_sector(span.text) is None and not is_gazetteer_place(span.text) \
                and doc[start].lower_ not in adjective_only_words():
            found.append(Unit(start, name.i + 1, label="PERSON"))
    return sorted(units + found, key=lambda u: u.start) if found else units


def _person_title(unit: Unit, knowledge: ActorKnowledge) -> bool:
    """Whether a unit is a role noun of a person's office or occupation (not a modifier)."""
    role = knowledge.roles.get(unit.best.key) if unit.kind == ROLE and unit.best else None
    return role is not None and role.kind in ("role", "member") and bool(role.sector)


def _org_shaped(doc: Doc, start: int, end: int, label: str) -> bool:
    """Whether a name the recogniser took for a person or a building is an organisation's by
    its own words: a capitalised head word that names a kind of organisation ("Gordon
    Advisors", "the John Birch Society" tagged PERSON), or any telling word in a building's
    name ("Morningside Recovery", "Promises Treatment Center": clinics, not places)."""
    if label == "FAC":
        return org_name_sector(doc[start:end].text) is not None
    if label in _WORK_LABELS:
        # "The Tirana Evening Herald" tagged a law: a paper's head word ends the name
        return end - start >= 2 and doc[end - 1].is_title \
            and name_head_sector(doc[start:end].text) is not None
    if label == "PERSON" and end - start == 1 and station_name(doc[start].text):
        return True   # "NBC10's Tom Baker": a station owns the reporter
    return label == "PERSON" and end - start >= 2 and doc[end - 1].is_title \
        and name_head_sector(doc[start:end].text) is not None


def _given_name_org(doc: Doc, unit: Unit, start: int, end: int) -> bool:
    """A one-word organisation opening a person's name after a capitalised title, before
    the surname: "Detective Dawn Retzlaff" names no newspaper."""
    titled = start < unit.start or (unit.start > 0 and doc[unit.start - 1].is_title
                                    and doc[unit.start - 1].pos_ == "PROPN")
    return unit.kind == ORG and unit.end - unit.start == 1 and titled \
        and unit.end < end and doc[unit.end].pos_ == "PROPN" and doc[unit.end].is_title


def _titled_names(doc: Doc, units: list[Unit], knowledge: ActorKnowledge) -> list[Unit]:
    """Capitalised proper nouns right after a capitalised office title are a person's name,
    where the model tagged none: "Representative Ana Ruiz and Representative Tom Baker"
    (the small model often leaves the first of two titled names untagged). So are two or
    three after any title the parse makes their modifier, even tagged as a place, unless
    the gazetteer knows them as one: "presidential adviser Mesut Arslan" (tagged GPE or FAC)."""
    covered = {i for u in units for i in range(u.start, u.end)}
    found = []
    for unit in units:
        if not _person_title(unit, knowledge):
            continue
        end = unit.end
        # a name inside an ORG entity the title opens: "Constable Brett Auclair" (_titled_org)
        kinds = ("", "PERSON", "GPE", "FAC") + (("ORG",) if doc[unit.start].ent_iob_ == "B"
                                                and doc[unit.start].ent_type_ == "ORG" else ())
        while end < len(doc) and end not in covered and end - unit.end < _NAME_WORDS \
                and doc[end].pos_ == "PROPN" and doc[end].is_title and doc[end].ent_type_ in kinds:
            end += 1
        title = doc[unit.end - 1]
        # the title outside the name's entity: "Queen" opens the hospital "Queen Mary Central"
        modifies = end - unit.end >= 2 and title.dep_ == "compound" and title.head.i == end - 1 \
            and doc[unit.end].ent_iob_ != "I" and not is_gazetteer_place(doc[unit.end:end].text)
        plain = (doc[unit.start].is_title or _cased_title(unit, knowledge)) and (all(
            t.ent_type_ in ("", "PERSON") for t in doc[unit.end:end])
            or _titled_org(doc, unit, end, knowledge))
        if end > unit.end and (plain or modifies) \
                and (end == len(doc) or doc[end].pos_ != "PROPN") \
                and org_name_sector(doc[unit.end:end].text) is None:
            found.append(Unit(unit.end, end, label="PERSON"))
            covered.update(range(unit.end, end))
    return sorted(units + found, key=lambda u: u.start)


def _titled_org(doc: Doc, title: Unit, end: int, knowledge: ActorKnowledge) -> bool:
    """Whether the recogniser took a titled name for one organisation, title and all:
    "Constable Brett Auclair" tagged ORG is a constable, where two or three capitalised
    words after the title say nothing of an organisation ("Queen Mary Hospital" does). The
    title must be an office of its own ("Constable", "Judge"), not a rank or noun that opens
    names of bodies ("General Statistics Office", "Migrant Operations Center")."""
    role = knowledge.roles.get(title.best.key) if title.best is not None else None
    span = doc[title.start:end]
    return role is not None and role.kind == "role" and bool(role.office) \
        and len(span.ents) == 1 and span.ents[0].label_ == "ORG" \
        and (span.ents[0].start, span.ents[0].end) == (title.start, end) \
        and (end - title.end >= 2 or _cased_title(title, knowledge)) \
        and org_name_sector(span.text) is None \
        and not any(normalise(t.text) in knowledge.roles for t in doc[title.end:end])


def _cased_title(title: Unit, knowledge: ActorKnowledge) -> bool:
    """Whether a title is one written only in capitals ("DA", cues.tsv cased-title): after
    it, one capitalised word is a surname ("DA Jones"), as two or three are a full name."""
    return title.best is not None and knowledge.cue("cased-title", title.best.key)


def _apposed_names(doc: Doc, units: list[Unit], knowledge: ActorKnowledge) -> list[Unit]:
    """Two or three capitalised proper nouns in apposition with a person's title or
    occupation are that person's name, however the recogniser tagged them (a place, a
    building, nothing): "Another passenger, Allah Rakha, said" or "said Dana Kovacs, a
    public sector worker". The name must not be a known place; one that says it is an
    organisation is that organisation ("Tarrow Mining, a Lagos-based company")."""
    covered = {i for u in units for i in range(u.start, u.end)}
    found = []
    for unit in units:
        if not _person_title(unit, knowledge):
            continue
        title = unit.head(doc)
        heads = [t for t in title.children if t.dep_ == "appos"]
        if title.dep_ == "appos":
            heads.append(title.head)
        for head in heads:
            start = head.i
            while start > 0 and head.i - start < _NAME_WORDS - 1 and _name_word(doc[start - 1]):
                start -= 1
            span = doc[start:head.i + 1]
            # one word is a name only beside a noun of organisations ("Tellurin, a mining company")
            one_org = len(span) == 1 and head.pos_ == "PROPN" and knowledge.cue("org-noun", title.text)
            if (len(span) >= 2 or one_org) and all(_name_word(t) for t in span) \
                    and not covered.intersection(range(start, head.i + 1)) \
                    and (head.i + 1 == len(doc) or not _name_word(doc[head.i + 1])) \
                    and not is_gazetteer_place(span.text):
                # "Tarrow Mining, a Lagos-based company": a name saying it is an organisation
                label = "PERSON" if org_name_sector(span.text) is None and not one_org else "ORG"
                found.append(Unit(start, head.i + 1, label=label))
                covered.update(range(start, head.i + 1))
    return sorted(units + found, key=lambda u: u.start)


def _described_names(doc: Doc, units: list[Unit], knowledge: ActorKnowledge) -> list[Unit]:
    """Capitalised words right after a noun that says what an organisation is are that
    organisation's name, however the recogniser tagged them: "the Zambian broadcaster Lusaka
    One" (tagged with a capital inside), "the Bolivian news agency Andesur" (tagged a place),
    "the advocacy group Sauti Yetu" (tagged a person). The noun is a role noun of
    cues.tsv's org-noun kind (never a person's title: "journalist Ana Ruiz" stays a person);
    a known person or organisation, or a whole name the gazetteer knows, stays what it is."""
    found: list[Unit] = []
    dropped: set[int] = set()
    for unit in units:
        if unit.kind != ROLE or unit.end >= len(doc) \
                or not knowledge.cue("org-noun", doc[unit.end - 1].text) \
                or doc[unit.end - 1].tag_ in ("NNS", "NNPS"):
            continue
        end = unit.end
        while end < len(doc) and end - unit.end < _NAME_WORDS + 1 and doc[end].ent_type_ != "NORP" \
                and (_name_word(doc[end]) or (end > unit.end and doc[end].ent_iob_ == "I"
                                              and doc[end].is_title) or _upper_head(doc, unit, end)):
            end += 1   # "Lusaka One": a word of the name's entity may be a number's
        inside = [u for u in units if u.start < end and unit.end < u.end]
        if end == unit.end or (end < len(doc) and doc[end].pos_ == "PROPN") \
                or any(u.start < unit.end or u.end > end for u in inside) \
                or any(u.best is not None and u.kind not in (COUNTRY, CAPITAL, PLACE, DEMONYM)
                       for u in inside) \
                or is_gazetteer_place(doc[unit.end:end].text):
            continue
        dropped.update(id(u) for u in inside)
        found.append(Unit(unit.end, end, label="ORG", described=True))
    if not found:
        return units
    return sorted([u for u in units if id(u) not in dropped] + found, key=lambda u: u.start)


def _shaped_names(doc: Doc, units: list[Unit]) -> list[Unit]:
    """A run of two or more capitalised proper nouns after "the", or opening a prose sentence
    as its subject, that no recogniser tagged and whose last word says what an organisation is,
    is that organisation's name: "the Karachi Morning News", "the Tarvo Times", "Harlow Mining
    of Ghana said ...". Place names before its last word stay its words
    (the coder reads the country from them); any other unit inside, or a place ending the run
    ("the Russian Federation"), leaves the run alone."""
    tokens = doc_tokens(doc)   # doc[i] makes a new Token on every call
    found: list[Unit] = []
    dropped: set[int] = set()
    for start in range(len(doc)):
        if not _bare_name_word(tokens[start]) or not (start > 0 and tokens[start - 1].lower_ == "the"
                                                      or tokens[start].is_sent_start):
            continue
        end = start
        while end < len(doc) and end - start <= _NAME_WORDS and _bare_name_word(tokens[end]):
            end += 1
        if tokens[start].is_sent_start and (tokens[end - 1].dep_ not in ("nsubj", "nsubjpass")
                                            or not _prose_sentence(tokens[start])):
            continue
        inside = [u for u in units if u.start < end and start < u.end]
        if end - start < 2 or (end < len(doc) and tokens[end].pos_ == "PROPN") \
                or any(u.start < start or u.end >= end or u.kind not in _PLACE_KINDS | {DEMONYM}
                       for u in inside) \
                or last_word_sector(doc[start:end].text) is None:
            continue
        dropped.update(id(u) for u in inside)
        found.append(Unit(start, end, label="ORG"))
    if not found:
        return units
    return sorted([u for u in units if id(u) not in dropped] + found, key=lambda u: u.start)


def _suffixed_names(doc: Doc, units: list[Unit], knowledge: ActorKnowledge) -> list[Unit]:
    """Capitalised proper nouns no recogniser tagged, with or without "the", ended by a word
    only organisations' names end in (cues.tsv name-suffix: "Inc", "Ltd", "TV"), are that
    organisation's name: "Tembo TV showed ...", "Delmora Inc said ...". Any unit inside but a
    place's leaves the run alone (the coder reads the country from a place's words), and so
    does a country's name or a demonym alone ("Iran FM": its foreign minister)."""
    found: list[Unit] = []
    dropped: set[int] = set()
    taken = {i for u in units for i in range(u.start, u.end)}
    tokens, suffixes = doc_tokens(doc), knowledge.cues.get("name-suffix", ())   # knowledge.cue's test
    for end in range(1, len(doc)):
        last = tokens[end]
        if normalise(last.text) not in suffixes or not (last.is_upper or last.is_title) \
                or last.i in taken:
            continue
        start = end
        while start > 0 and end - start < _NAME_WORDS and _bare_name_word(doc[start - 1]):
            start -= 1
        inside = [u for u in units if u.start <= end and start < u.end]
        if start == end or (start > 0 and doc[start - 1].pos_ == "PROPN") \
                or any(u.start < start or u.end > end or u.kind not in _PLACE_KINDS | {DEMONYM}
                       for u in inside) \
                or any(u.start == start and u.end == end and u.kind in (COUNTRY, DEMONYM) for u in inside):
            # a country or demonym alone before "FM" or "TV" is its foreign minister or a
            # word of a longer phrase ("Iran FM said", "Ghana TV debates"), no station
            continue
        dropped.update(id(u) for u in inside)
        found.append(Unit(start, end + 1, label="ORG"))
    if not found:
        return units
    return sorted([u for u in units if id(u) not in dropped] + found, key=lambda u: u.start)


def _country_in_names(doc: Doc, units: list[Unit], knowledge: ActorKnowledge) -> list[Unit]:
    """A country's name inside a longer run of capitalised words no recogniser tagged is
    an organisation's name, not the country: "Dog Rescue Free Kenya", "Fiji Harbour Auto"
    (the coder reads the country from the name). Two or more other words make the run; a
    headline's capitals ("Kenya Floods Kill Dozens") make none."""
    found: list[Unit] = []
    dropped: set[int] = set()
    taken = {i for u in units for i in range(u.start, u.end)}
    for unit in units:
        if unit.kind != COUNTRY or unit.best is None \
                or not all(t.is_title or t.is_upper for t in doc[unit.start:unit.end]):
            continue   # "the Islamic Republic of Iran Shipping Lines" is left to its words
        start, end = unit.start, unit.end
        while start > 0 and start - 1 not in taken and _run_word(doc[start - 1]):
            start -= 1
        while end < len(doc) and end not in taken and _run_word(doc[end]):
            end += 1
        if (end - start) - (unit.end - unit.start) < 2 or doc[start].is_sent_start \
                and start == unit.start or knowledge.cue("place-head", doc[end - 1].text):
            continue   # "the East and South China Seas"
        if start == unit.start and _title_realm(doc, units, start, end, knowledge):
            # "envoy for Sudan Ana Brecht": the name is hers, the country the title's realm (a
            # title's capitals make a short sentence look like a headline: no test of prose)
            dropped.add(id(unit))
            found.append(Unit(unit.end, end, label="PERSON"))
        elif _prose_sentence(doc[unit.start]):
            # an actor wherever it stands, as a name said to be an organisation is
            dropped.add(id(unit))
            found.append(Unit(start, end, label="ORG", described=True))
    if not found:
        return units
    return sorted([u for u in units if id(u) not in dropped] + found, key=lambda u: u.start)


def _title_realm(doc: Doc, units: list[Unit], start: int, end: int, knowledge: ActorKnowledge) -> bool:
    """Whether a country opening a run of capitalised words is a person's title's realm and
    the words after it the person's name: "EU special envoy for Sudan Ana Brecht" (a person's
    title, then "for", then the country and two or three name words that say no organisation).
    Not "of", which names the body the title is of: "the director of Fiji Harbour Auto". The
    coder gives the name the title's office (document._title_for_place)."""
    prep = doc[start - 1] if start > 0 else None
    rest = doc[next(u.end for u in units if u.start == start):end]
    if prep is None or prep.lower_ not in ("for", "of") or not 2 <= len(rest) <= _NAME_WORDS \
            or org_name_sector(rest.text) is not None or last_word_sector(rest.text) is not None:
        return False
    if prep.lower_ == "for":
        return any(u.end == prep.i and _person_title(u, knowledge) for u in units)
    return any(_person_title(u, knowledge) and _with_portfolio(doc, u, prep.i) for u in units)


def _with_portfolio(doc: Doc, title: Unit, end: int) -> bool:
    """Whether the title's words up to `end` name its portfolio, so that "of" after them
    names its realm: "Minister of Foreign Affairs of", "Minister for Trade of"; not "the
    director of", whose "of" names the body."""
    if title.end == end:
        return title.end - title.start >= 2
    words = doc[title.end + 1:end]
    return title.end < end and doc[title.end].lower_ in ("for", "of") and 1 <= len(words) <= 3 \
        and all(t.is_title or t.lower_ == "and" for t in words)


def _initialled_names(doc: Doc, units: list[Unit]) -> list[Unit]:
    """"Judge Ana M . Ruiz": a text tokenised with a space before the period of a middle
    initial leaves the recogniser's name ending at the initial; the surname after the period
    is the name's (any unit it made of the surname alone goes)."""
    starts = {u.start: u for u in units}
    dropped: set[int] = set()
    for unit in units:
        end = unit.end
        if end < len(doc) and _initial(doc[end]) and not _initial(doc[end - 1]):
            end += 1   # the initial left out of the name too: "Judge Ana" "M" "." "Ruiz"
        if unit.label != "PERSON" or unit.best is not None or end + 1 >= len(doc) \
                or not _initial(doc[end - 1]) or doc[end].text != "." or not _name_word(doc[end + 1]):
            continue
        after = starts.get(end + 1)
        if after is not None and (after.kind != PERSON or after.best is not None):
            continue
        surname = end + 2
        while surname < len(doc) and surname - end <= _NAME_WORDS and _name_word(doc[surname]):
            surname += 1
        if after is not None:
            dropped.add(id(after))
        unit.end = max(surname, after.end if after is not None else surname)
    return [u for u in units if id(u) not in dropped] if dropped else units


def _initial(token: Token) -> bool:
    return len(token.text) == 1 and token.is_upper


def _run_word(token: Token) -> bool:
    """A capitalised proper noun in no entity or in a facility's ("Fiji Harbour Auto" is
    often tagged a building); a place's words make a place ("the South China Sea")."""
    return token.pos_ == "PROPN" and token.is_title and token.is_alpha \
        and token.ent_type_ in ("", "FAC")


def _prose_sentence(token: Token) -> bool:
    """Whether the token's sentence is written in lower case mostly, not as a headline."""
    words = [t for t in token.sent if t.is_alpha]
    return 2 * sum(t.is_lower for t in words) >= len(words)


def _bare_name_word(token: Token) -> bool:
    """A capitalised proper noun the recogniser put in no entity (or in a place's)."""
    return token.pos_ == "PROPN" and token.is_title and token.is_alpha \
        and token.ent_type_ in ("", "GPE", "LOC")


def _upper_head(doc: Doc, unit: Unit, i: int) -> bool:
    """Whether an upper-case word after a name's first word is a head word saying what the
    organisation is: "the broadcaster Himal TV", "the station Kivu FM"."""
    return i > unit.end and doc[i].is_upper and doc[i].pos_ == "PROPN" \
        and normalise(doc[i].text) in name_heads()


def _name_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.is_title and token.is_alpha \
        and token.ent_type_ in ("", "PERSON", "GPE", "FAC", "ORG")


def _named_org(doc: Doc, start: int, end: int, inside: list[Unit],
               knowledge: ActorKnowledge) -> bool:
    """Whether an ORG entity is one organisation its own words name ("Gordon Advisors",
    "the International Sorghum Council"), holding no known person or organisation, only
    role nouns and country names. A station's name may hold a known organisation that is no
    outlet: "Radio Kivu Libre" is a station, not the party "Libre" (an outlet's own station
    stays the outlet's: "BBC Radio")."""
    name = doc[start:end].text
    sector = org_name_sector(name)
    # a known surname after other words is no person of the name ("Song Lam Energy")
    return all((u.kind in (ROLE, DEMONYM, *_PLACE_KINDS)
                or (sector == "JRN" and _no_outlet(u, knowledge))
                or (sector is not None and _other_bearer(doc, u, start, knowledge))
                or _named_after(doc, u, end))
               and start <= u.start and u.end <= end for u in inside) \
        and (sector is not None or intergovernmental_name(name, knowledge)
             or _country_and_name(doc, start, end, inside, knowledge)
             or _country_body(doc, start, end, inside))


def _country_and_name(doc: Doc, start: int, end: int, inside: list[Unit],
                      knowledge: ActorKnowledge) -> bool:
    """Whether an ORG entity is a country's name or demonym and capitalised words no role
    noun is among: "Fiji Island Auto", "Kenya Fresh Flowers" are a company the country
    places, not the country's government (the coder codes it BUS). Not a part another name
    owns: "VOA's Bosnian Service" is the outlet's. Nor a name whose head word is a body's that
    is no company ("the Cambodian League", "the Chinese American Museum"): such a name stays
    the recogniser's, a mention of its own beside a person's title "of" or "to" it; nor one
    modifying a weapon's noun, the weapon's name ("U.S. Patriot missiles" are no company)."""
    if (start > 0 and doc[start - 1].tag_ == "POS") or body_name(doc[start:end].text):
        return False
    last = doc[end - 1]
    if last.dep_ == "compound" and last.head.i >= end \
            and knowledge.cue("weapon-word", last.head.lemma_):
        return False   # a weapon's name: "U.S. Patriot missiles" (not "an Air India flight")
    covered = {i for u in inside for i in range(u.start, u.end)}
    rest = [t for t in doc[start:end] if t.i not in covered and t.is_alpha]
    return bool(inside) and bool(rest) and all(u.kind in (COUNTRY, DEMONYM) for u in inside) \
        and all(t.is_title or t.is_upper for t in rest)


def _named_after(doc: Doc, unit: Unit, end: int) -> bool:
    """Whether a known person's surname is what an organisation is named after, right before
    the head word ending its name: "the Ruto Foundation", "the Morales Institute" are no
    person's mention."""
    return unit.kind == PERSON and unit.end - unit.start == 1 and unit.end == end - 1 \
        and name_head_sector(doc[unit.start:end].text) is not None


def _country_body(doc: Doc, start: int, end: int, inside: list[Unit]) -> bool:
    """Whether an ORG entity is a state's body named with its country's word: "the Zambian
    Electoral Commission", "the Kenya Revenue Board" (name-patterns.tsv kind body, sector GOV);
    the coder reads the country from the name. Not a part another name owns ("Meridian
    Radio's Somali Service")."""
    return bool(inside) and all(u.kind in (COUNTRY, DEMONYM) for u in inside) \
        and not any(t.tag_ == "POS" for t in doc[max(start - 1, 0):end]) \
        and state_body_sector(doc[start:end].text) is not None


def _no_outlet(unit: Unit, knowledge: ActorKnowledge) -> bool:
    """Whether a unit is a known organisation none of whose rows is a news outlet."""
    return unit.kind == ORG and unit.best is not None \
        and all(row.sector != "JRN" for row in knowledge.orgs.get(unit.best.key, []))


def _other_bearer(doc: Doc, unit: Unit, start: int, knowledge: ActorKnowledge) -> bool:
    """A known person matched by the surname alone inside a longer name whose given names
    are none of theirs: "Oskar Fischer" is not the known "Heinz Fischer"."""
    if unit.kind != PERSON or unit.best is None or unit.start <= start:
        return False
    given = {normalise(t.text) for t in doc[start:unit.start] if t.is_alpha}
    names = {normalise(w) for e in unit.entries if e.kind == PERSON
             for row in knowledge.people.get(e.key, []) for w in row.name.split()}
    return bool(given) and not given & names


def _other_given_names(doc: Doc, units: list[Unit], knowledge: ActorKnowledge) -> list[Unit]:
    """A known person matched by the surname alone, after given names the model did not tag
    as a PERSON, is someone else when none of the given names is theirs: "Wladimir
    Klitschko" is not the known "Vitali Klitschko"; the name becomes an unknown person."""
    covered = {i for u in units for i in range(u.start, u.end)}
    kept = []
    for unit in units:
        start = _given_names(doc, unit.start, covered) if unit.kind == PERSON and unit.best else \
            unit.start
        if start < unit.start and _other_bearer(doc, unit, start, knowledge) \
                and not _headline(doc[unit.start].sent):
            unit = Unit(start, unit.end, label="PERSON")
        kept.append(unit)
    return kept


def _longer_names(doc: Doc, units: list[Unit], knowledge: ActorKnowledge) -> list[Unit]:
    """A known person of two words whose name the recogniser's PERSON name goes on past with
    a capitalised word that is none of theirs is someone else: "Ana Maria Ruiz" is not a
    known "Ana Maria", nor "Juan Carlos de la Cruz" the king (the mirror of
    :func:`_other_given_names`); the whole name becomes an unknown person. Not a one-word
    alias: "Ranil Wickremesinge" is the known Ranil misspelt, unless the one word is the last
    of the known name, a surname no given name follows: "Pavel Strunov" is not the known "Petr
    Pavel". A generational suffix ("Jr.") goes on no name."""
    # the rest of the name may be an unknown PERSON unit of its own ("Ruiz")
    covered = {i for u in units if u.best is not None for i in range(u.start, u.end)}
    kept: list[Unit] = []
    for unit in units:
        if kept and kept[-1].label == "PERSON" and unit.best is None and unit.start < kept[-1].end:
            continue
        alone = unit.kind == PERSON and unit.best is not None and _surname_alone(doc, unit, knowledge)
        given = unit.kind == PERSON and unit.best is not None and not alone \
            and _given_alone(doc, unit, units, knowledge)
        name = next((e for e in doc_ents(doc) if e.label_ == "PERSON"
                     and e.start <= unit.start and e.end > unit.end), None) \
            if unit.kind == PERSON and unit.best is not None \
            and (unit.end - unit.start == 2 or alone or given) else None
        end = name.end if name is not None else _given_name_end(doc, unit, knowledge) if alone else 0
        if alone and end and not _surname_opening(doc, unit, end, units):
            end = 0
        if given and end and (_misspelt(doc[unit.end:end], unit, knowledge)
                              or _place_or_body_after(doc, unit, units, knowledge)):
            end = 0
        if end and not covered & set(range(unit.end, end)) and not _headline(doc[unit.start].sent):
            more = {normalise(t.text) for t in doc[unit.end:end]
                    if t.is_alpha and t.is_title} - NAME_SUFFIXES
            if _none_of_its_words(more, unit, PERSON, knowledge.people):
                unit = Unit(unit.start, end, label="PERSON")
        kept.append(unit)
    return kept


def _given_alone(doc: Doc, unit: Unit, units: list[Unit], knowledge: ActorKnowledge) -> bool:
    """Whether a one-word known person's unit is the first word of each of its people's names
    (a one-word name, or the given name or surname-first family name opening a longer one), with
    no title before it: a full name opening with it that goes on with other words is someone
    else's ("Hassan Nour" is not the known one-named "Hassan", "Xi Wenli" not "Xi Jinping"); a
    titled one ("King Abdullah bin ...") is the known person under a longer style."""
    if unit.end - unit.start != 1 or any(u.end == unit.start and u.kind == ROLE for u in units):
        return False
    word = normalise(doc[unit.start].text)
    names = [[normalise(w) for w in row.name.split()] for e in unit.entries
             if e.kind == PERSON for row in knowledge.people.get(e.key, [])]
    return bool(names) and all(n[0] == word for n in names)


def _misspelt(words: Span, unit: Unit, knowledge: ActorKnowledge) -> bool:
    """Whether the words after a known person's first name are the rest of their name written
    otherwise: in parts or joined ("Lai Ching Te" for "Lai Ching-te"), romanised otherwise, part
    for part with the same initials ("Yoon Seok-youl" for "Yoon Suk Yeol"), or misspelt
    ("Ranil Wickremesinge" for "Ranil Wickremesinghe")."""
    parts = [normalise(t.text) for t in words if t.is_alpha]
    rows = [[normalise(p) for p in _NAME_PARTS.split(row.name) if p] for e in unit.entries
            if e.kind == PERSON for row in knowledge.people.get(e.key, [])]
    for rest in (row[1:] for row in rows):
        if rest and "".join(parts) == "".join(rest):
            return True
        if len(rest) == len(parts) > 1 and all(
                a[0] == b[0] and SequenceMatcher(None, a, b).ratio() >= _RESPELT
                for a, b in zip(parts, rest, strict=True)):
            return True
    names = {normalise(w) for row in rows for w in row}
    return any(SequenceMatcher(None, p, name).ratio() >= _MISSPELT for p in parts for name in names)


# a known name's words split on spaces and hyphens ("Chan-o-cha": three parts)
_NAME_PARTS = re.compile(r"[\s\-\u2010-\u2015]+")
# how alike one part of a romanised name and the known name's part are, both with one initial
_RESPELT = 0.5
# how alike a word and a known name's word are for the word to be the name misspelt
_MISSPELT = 0.8


def _place_or_body_after(doc: Doc, unit: Unit, units: list[Unit], knowledge: ActorKnowledge) -> bool:
    """Whether a known one-word name is followed by a place's or an organisation's name the
    recogniser took into the person's name, both modifying a common noun after them: "Nawaz
    Lahore rally" is the known Nawaz at a rally in Lahore ("Hassan Nour, a member" stays a name
    of its own, though a village is called Nour)."""
    if unit.end + 1 >= len(doc):
        return False
    word, noun = doc[unit.end], doc[unit.end + 1]
    if not word.is_alpha or noun.pos_ != "NOUN" or not noun.is_lower or word.head.i != noun.i:
        return False
    after = next((u for u in units if u.start == unit.end), None)
    if after is not None:
        return after.kind in _PLACE_KINDS or after.kind == ORG
    return is_gazetteer_place(word.text) or any(
        e.kind in _PLACE_KINDS or e.kind == ORG for e in knowledge.lookup((normalise(word.text),)))


def _given_name_end(doc: Doc, unit: Unit, knowledge: ActorKnowledge) -> int:
    """The end of the bare capitalised proper nouns right after a known surname that the
    recogniser put in no person's name ("teacher Pavel Novotny", tagged an organisation),
    none an organisation's head or suffix word ("Pavel Foundation"), or 0."""
    end = unit.end
    while end < len(doc) and end - unit.end < 2 and doc[end].pos_ == "PROPN" and doc[end].is_title \
            and doc[end].is_alpha and doc[end].ent_type_ in ("", "PERSON", "ORG") \
            and normalise(doc[end].text) not in name_heads() \
            and not knowledge.cue("name-suffix", doc[end].text):
        end += 1
    return end if end > unit.end else 0


def _surname_opening(doc: Doc, unit: Unit, end: int, units: list[Unit]) -> bool:
    """Whether a known surname opening the name `unit`:`end` opens an unknown person's name
    rather than standing for its person: not after a determiner ("the Biden Harris
    campaign"), not when the name modifies a noun after it ("the Sunak Johnson feud"), not
    when another known person's name follows it ("Putin Xi talks")."""
    before = doc[unit.start - 1] if unit.start > 0 else None
    after = doc[end] if end < len(doc) else None
    return not ((before is not None and before.pos_ == "DET")
                or (after is not None and after.pos_ == "NOUN" and after.is_lower)
                or any(u.start == unit.end and u.best is not None and u.kind == PERSON for u in units))


def _surname_alone(doc: Doc, unit: Unit, knowledge: ActorKnowledge) -> bool:
    """Whether a one-word known person's unit is the last word of each of its people's names
    and none of their other words: their surname alone, which in a longer name ends it."""
    if unit.end - unit.start != 1:
        return False
    word = normalise(doc[unit.start].text)
    names = [_without_suffix([normalise(w) for w in row.name.split()]) for e in unit.entries
             if e.kind == PERSON for row in knowledge.people.get(e.key, [])]
    return bool(names) and all(len(n) > 1 and n[-1] == word and word not in n[:-1] for n in names)


def _without_suffix(words: list[str]) -> list[str]:
    """A name's words without the generational suffix ending it: "Ferdinand Marcos Jr." ends
    in the surname "Marcos"."""
    while len(words) > 1 and words[-1].rstrip(".") in NAME_SUFFIXES:
        words = words[:-1]
    return words


def _longer_org_names(doc: Doc, units: list[Unit], knowledge: ActorKnowledge) -> list[Unit]:
    """A known organisation of two words or more whose name the recogniser's ORG name opens
    with capitalised words that are none of its own, and no place, is another organisation:
    "the Liberty Reform Party" is not a known "Reform Party" (the organisations' mirror of
    :func:`_longer_names`); the whole name becomes an unknown one. Not an abbreviation, nor
    a name its own country's word opens ("the Estonian Reform Party" is the known one); a
    name another country's word opens is another body ("the Korean American Heritage
    Foundation" is no Heritage Foundation, "the Kenya Red Cross" no international one): the
    country's words stay, the rest is an unknown name."""
    covered = {i for u in units for i in range(u.start, u.end)}
    kept: list[Unit] = []
    for unit in units:
        name = next((e for e in doc_ents(doc) if e.label_ == "ORG"
                     and e.start < unit.start and e.end == unit.end), None) \
            if unit.kind == ORG and unit.best is not None and unit.end - unit.start > 1 else None
        if name is not None and _foreign_opening(doc, units, name.start, unit, knowledge):
            unit = Unit(unit.start, unit.end, label="ORG")
        elif name is not None and not covered & set(range(name.start, unit.start)) \
                and not _headline(doc[unit.start].sent):
            more = {normalise(t.text) for t in doc[name.start:unit.start]
                    if t.is_alpha and t.is_title and t.pos_ != "DET"}   # not "The United Nations"
            if _none_of_its_words(more, unit, ORG, knowledge.orgs):
                unit = Unit(name.start, unit.end, label="ORG")
        kept.append(unit)
    return kept


def _none_of_its_words(words: set[str], unit: Unit, kind: str, rows: dict[str, list[Period]]) -> bool:
    """Whether there are `words` and none is a word of the names (in `rows`, by entry key) of
    the unit's known entries of `kind`: the recogniser's longer name is someone else's."""
    names = {normalise(w) for e in unit.entries if e.kind == kind
             for row in rows.get(e.key, []) for w in row.name.split()}
    return bool(words) and not words & names


def _foreign_opening(doc: Doc, units: list[Unit], start: int, unit: Unit,
                     knowledge: ActorKnowledge) -> bool:
    """Whether the words of a recognised name before a known organisation's name (from
    ``start``) are countries' or demonyms, one of them a country the organisation is not of
    ("Korean" before "Heritage Foundation", USA); not before the name of a body acting across
    countries, whose national branches a country's word names."""
    opening = [u for u in units if start <= u.start and u.end <= unit.start]
    words = {i for u in opening for i in range(u.start, u.end)}
    if not opening or any(u.kind not in (COUNTRY, DEMONYM) or u.best is None for u in opening) \
            or any(i not in words and doc[i].pos_ != "DET" for i in range(start, unit.start)):
        return False
    own = {row.country for e in unit.entries if e.kind == ORG for row in knowledge.orgs.get(e.key, [])}
    if not own or own & NON_STATE:
        return False   # "the Kenya Red Cross" is a branch of a body across countries
    return any(u.best.key not in own for u in opening)  # type: ignore[union-attr]


def _headline(sentence: Span) -> bool:
    """A sentence in title case ("Mom Corners Obama On Taxes"), where capitals say nothing."""
    words = [t for t in sentence if t.is_alpha and len(t) > 3]
    return bool(words) and all(t.is_title or t.is_upper for t in words)


def _add_surnames(doc: Doc, units: list[Unit], knowledge: ActorKnowledge) -> list[Unit]:
    """A bare proper noun repeating the surname of a named person ("Mittal" after "Deepak
    Mittal"), known to the knowledge base or not, is that person, even where the model
    misses it as a PERSON."""
    surnames = {doc[u.end - 1].lower_ for u in units
                if u.kind == PERSON and u.end - u.start > 1 and doc[u.end - 1].text[:1].isupper()}
    for unit in units:
        if unit.label == "ORG" and unit.end - unit.start == 1 and doc[unit.start].lower_ in surnames \
                and not _thing_subject(doc[unit.start], knowledge):
            unit.label = "PERSON"  # the small model often labels a lone surname ORG
    covered = {i for u in units for i in range(u.start, u.end)}
    extra = [Unit(_given_names(doc, t.i, covered), t.i + 1, label="PERSON") for t in doc_tokens(doc)
             if (t.pos_ == "PROPN" or _surname_word(t, knowledge)) and t.lower_ in surnames
             and t.i not in covered]
    return sorted(units + extra, key=lambda u: u.start)


def _surname_word(token: Token, knowledge: ActorKnowledge) -> bool:
    """A surname that is also a common word, which the tagger reads as a noun: "Wood said",
    "Rice's plan" after "Robert Wood", "Ana Rice" (capitalised, singular, a noun's role); not
    a thing's subject opening a sentence (:func:`_thing_subject`)."""
    return token.pos_ == "NOUN" and token.is_title and token.tag_ == "NN" \
        and token.dep_ in ("nsubj", "nsubjpass", "poss", "dobj", "pobj", "appos") \
        and not _thing_subject(token, knowledge)


def _thing_subject(token: Token, knowledge: ActorKnowledge) -> bool:
    """Whether a common noun opening its sentence, where the capital says nothing, is the
    subject of a passive ("Wood was cut", "Stone is quarried") or of "be" with an adjective
    that takes no clause ("Wood is scarce"; not "Wood is confident that ..."): the thing, not a
    person of that surname. Not the passive of an act done to people (cues.tsv person-passive):
    "Wood was arrested" is the person."""
    if token.pos_ != "NOUN" or token.tag_ != "NN" or not _opens_sentence(token):
        return False
    if token.dep_ == "nsubjpass":
        return not knowledge.cue("person-passive", token.head.lemma_)
    verb = token.head
    return token.dep_ == "nsubj" and verb.lemma_ == "be" and any(
        c.dep_ == "acomp" and not any(g.dep_ in ("ccomp", "xcomp") for g in c.children)
        for c in verb.children)


def _given_names(doc: Doc, i: int, covered: set[int]) -> int:
    """Where a surname's name starts: the capitalised proper nouns just before it that no
    unit took ("Ana" in "Interior Minister Ana Torres" when the model tagged no PERSON)."""
    start = i
    while start > 0 and start - 1 not in covered and doc[start - 1].pos_ == "PROPN" \
            and doc[start - 1].is_title and doc[start - 1].dep_ == "compound" and i - start < 3:
        start -= 1
    return start


def _strip_possessive(doc: Doc, start: int, end: int) -> tuple[int, int]:
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
        end -= 1
    while start < end and (doc[start].lower_ == "the" or doc[start].is_punct):
        start += 1
    return start, end


def _mark(doc: Doc, unit: Unit, knowledge: ActorKnowledge) -> str | None:
    """"sponsor" for "US-backed", "opposed" for "anti-India"/"pro-Iranian", else None. Reads the
    Doc's token list (asked for every unit, and ``doc[i]`` builds a new Token each time)."""
    tokens = doc_tokens(doc)
    after = tokens[unit.end:unit.end + 2]
    if len(after) == 2 and after[0].text == "-" and knowledge.cue("sponsor-suffix", after[1].text):
        return "sponsor"
    before = tokens[max(unit.start - 2, 0):unit.start]
    if len(before) == 2 and before[1].text == "-" and knowledge.cue("opposed-prefix", before[0].text):
        return "opposed"
    if unit.start >= 1 and knowledge.cue("opposed-prefix", tokens[unit.start - 1].text.rstrip("-")) \
            and tokens[unit.start - 1].text.endswith("-"):
        return "opposed"
    return None


def group_units(doc: Doc, units: list[Unit], knowledge: ActorKnowledge) -> list[Group]:
    """Join units into mentions and keep the mentions that can be actors."""
    live = [u for u in units if u.mark not in ("sponsor", "opposed")]
    by_token = {i: u for u in live for i in range(u.start, u.end)}
    parent = {id(u): _parent(doc, u, by_token, knowledge) or _role_before_name(doc, u, by_token, knowledge)
              for u in live}
    members: dict[int, list[Unit]] = {}
    roots: dict[int, Unit] = {}
    for unit in live:
        root = _root(unit, parent)
        roots[id(root)] = root
        members.setdefault(id(root), []).append(unit)
    groups = [_plural_demonym(doc, _after_possessors(doc, _group(doc, roots[key], found), live), knowledge)
              for key, found in members.items()]
    groups = [_people_named(doc, g, by_token, knowledge) for g in groups]
    groups = [_absorb_left(g, live) for g in groups if _is_actor(doc, g, knowledge)]
    orgs = [u for u in live if u.kind == ORG and u.best is not None]   # in document order
    starts = [u.start for u in orgs]
    for group in groups:
        group.nearby = _nearby_orgs(doc, group, orgs, starts)
    return _drop_overlaps(sorted(groups, key=lambda g: (g.start, -g.end)))


def _plural_demonym(doc: Doc, group: Group, knowledge: ActorKnowledge) -> Group:
    """A demonym with the plural "s" the countries table adds is people whatever the tagger
    says: "Zimbabweans crossed into South Africa", with "Zimbabweans" tagged a singular proper
    noun at the head of a sentence ("Swiss" is its own singular: no "Swis" demonym)."""
    root = group.root
    if group.plural or root.kind != DEMONYM or root.best is None or root.end != group.end:
        return group
    word = normalise(doc[root.end - 1].text)
    singular = (*(normalise(t.text) for t in doc[root.start:root.end - 1]), word[:-1])
    if word.endswith("s") and any(e.kind == DEMONYM and e.key == root.best.key
                                  for e in knowledge.lookup(singular)):
        group.plural = True
    return group


def _people_named(doc: Doc, group: Group, by_token: dict[int, Unit], knowledge: ActorKnowledge) -> Group:
    """A country's demonym before a people's plural name the lexicon does not know is that
    people in that country, one mention: "Iraqi Kurds", "Afghan Hazaras" (a capitalised plural
    proper noun the demonym modifies, the recogniser's people or a people's name of cues.tsv
    people-name; not a known name's). A team, an outlet or an ideology's followers is none
    ("Argentine Pumas", "Egyptian Streets", "Indian Maoists")."""
    root = group.root
    if group.plural or root.kind != DEMONYM or root.end != group.end or group.end >= len(doc):
        return group
    head = doc[group.end]
    plural = head.tag_ == "NNPS" or (head.tag_ == "NNP" and head.lower_.endswith("s")
                                     and normalise(head.text) not in name_heads())
    people = knowledge.cue("people-name", head.lower_) or (
        plural and head.ent_type_ == "NORP" and not head.lower_.endswith(_IDEOLOGY_ENDINGS))
    if head.i in by_token or not people or not head.is_title or not head.is_alpha \
            or head.ent_type_ not in ("NORP", "") or doc[root.end - 1].head.i != head.i \
            or (head.i + 1 < len(doc) and doc[head.i + 1].pos_ in ("PROPN", "NOUN")):
        return group
    group.end += 1
    group.plural = True
    return group


# the endings of the plurals of an ideology's or a movement's followers ("Maoists", "Baathists")
_IDEOLOGY_ENDINGS = ("ists", "ites")


def _after_possessors(doc: Doc, group: Group, units: list[Unit]) -> Group:
    """A mention's span starts after a person owning it, who is a mention of their own
    (:func:`_possessor`): "Ana Ruiz's attorney" is "attorney" beside "Ana Ruiz"."""
    owners = [u.end for u in units if u.owner and u not in group.units
              and group.start - _POSSESSIVE_TOKENS <= u.end <= group.root.start]
    if owners:
        start = max([group.start, *owners])
        while start < group.root.start and (doc[start].tag_ == "POS" or doc[start].is_punct
                                            or doc[start].lower_ == "s"):
            start += 1  # "'s", or "’" and "s" split
        group.start = start
    return group


def _absorb_left(group: Group, units: list[Unit]) -> Group:
    """Units the span took in left of the root are the mention's too: the span only extends
    over the head's own dependents, however the parse labelled them ("Baloch separatists"
    with "Baloch" as a subject)."""
    inside = [u for u in units if group.start <= u.start and u.end <= group.root.start
              and u not in group.units and u.kind in _PLACE_KINDS | {DEMONYM}]
    if inside:
        group.units = sorted(group.units + inside, key=lambda u: u.start)
    return group


def _nearby_orgs(doc: Doc, group: Group, orgs: list[Unit], starts: list[int]) -> list[Unit]:
    """Known organisations after the mention inside its head's subtree, nearest first.

    `orgs` are the known organisation units in document order and `starts` their starts."""
    head = group.root.head(doc)
    window = orgs[bisect_left(starts, group.end):bisect_left(starts, group.end + 15)]
    return [u for u in window if head in doc[u.start].ancestors]


def _parent(doc: Doc, unit: Unit, by_token: dict[int, Unit],
            knowledge: ActorKnowledge) -> Unit | None:
    """The unit this one modifies inside the same noun phrase, if any."""
    if unit.described:
        return by_token.get(unit.start - 1)   # "the Zambian broadcaster Lusaka One"
    if unit.end in by_token and by_token[unit.end].described:
        return None   # the noun is the root its name hangs on, never the other way round
    token = unit.head(doc)
    target = token.head
    if token.dep_ == "npadvmod" and knowledge.cue("base-suffix", target.text):
        target = target.head  # "Pakistan-based groups": Pakistan modifies groups
        named = [t.i for t in doc[target.left_edge.i:target.i] if t.dep_ == "compound"
                 and t.i in by_token and t.i > token.i]
        if target.i not in by_token and named:
            # "the Berlin-based Danube Russia Policy Center": the name's unit holds the place
            target = doc[named[-1]]
    elif token.dep_ == "pobj":
        return _complement_parent(token, unit, by_token)
    elif token.dep_ not in _ATTACH_DEPS:
        return None
    if _dangling_object(doc, unit, token):
        return None
    after = by_token.get(unit.end) if unit.end < len(doc) else None
    if target.i not in by_token and after is not None and unit.kind == after.kind == DEMONYM \
            and target in after.head(doc).ancestors and after.end <= target.i \
            and doc[unit.start].ent_type_ == "ORG" and doc[after.start].ent_iob_ == "I":
        # one organisation's name: "the Chinese American Museum" (of Chinese Americans, a
        # people of the U.S.); not two peoples' words outside one ("the British Indian Ocean
        # Territory") nor a people of a country ("Bosnian Serb": of Bosnia, the reverse order)
        return after
    if target.i not in by_token and target.dep_ in ("compound", "amod") and target.head.i != target.i:
        target = target.head  # one hop through an unknown noun: "Afghan peace negotiators"
    found = by_token.get(target.i)
    if found is None or found is unit or _quote_between(doc, unit, found) \
            or (token.dep_ == "appos" and target.dep_ != "pobj" and _listed(unit, found)):
        return None
    if _possessor(token, unit, found, knowledge):
        unit.owner = True
        return None
    return found


def _role_before_name(doc: Doc, unit: Unit, by_token: dict[int, Unit],
                      knowledge: ActorKnowledge) -> Unit | None:
    """A role noun right before a name is its holder's title, however the parser split them:
    "The lawmaker Priya Sharma asked ..." parsed with "lawmaker" and "Sharma" as two
    subjects is one mention, the lawmaker (a plural noun before a name is not: "the lawmakers
    Ana Ruiz and Luis Soto" lists). Only that apposition-like parse: the noun, with its
    determiner, a subject or compound sharing the name's head (or the noun the name's clause
    hangs on); not an object or a preposition's ("told the court Ana Ruiz had lied"), nor a
    noun with no determiner ("In court Ana Ruiz denied ...")."""
    if unit.kind != PERSON or unit.start < 2 or doc[unit.start].ent_iob_ != "B":
        return None
    role = by_token.get(unit.start - 1)
    noun = doc[unit.start - 1]
    if role is None or role.kind != ROLE or role.end != unit.start or noun.tag_ != "NN" \
            or noun.head.i in range(unit.start, unit.end) or role.best is None:
        return None
    if not any(c.dep_ == "det" and c.i < noun.i for c in noun.children):
        return None   # "In court Ana Ruiz": no determiner, no title
    name = next((t for t in doc[unit.start:unit.end] if t.head.i not in range(unit.start, unit.end)),
                doc[unit.end - 1])
    shared = noun.dep_ in ("compound", "nsubj", "nsubjpass") and noun.head.i == name.head.i
    if not (shared or name.head.head.i == noun.i and name.head.i != noun.i):
        return None   # "told the court Ana Ruiz had lied": the noun is the verb's object
    # a noun saying what a person is (sectors.tsv kind role), not "the free movement Schengen"
    found = knowledge.roles.get(role.best.key)
    return role if found is not None and found.kind == "role" and found.sector not in ("", "UNK") else None


def _listed(unit: Unit, other: Unit) -> bool:
    """Two names the parser set in apposition that cannot be one actor are a list: two
    countries ("Brunei, Malaysia, the Philippines ... claim"), or a country and a person
    ("sue Saudi Arabia, Democratic nominee Ana Ruiz said"). A town before its country
    ("Perth, Australia") stays one mention, and so does a role noun's complement the parser
    gave the apposition ("India's ambassador to Qatar, Deepak Mittal": the caller's test)."""
    kinds = {unit.kind, other.kind}
    if kinds == {COUNTRY}:
        return unit.best is not None and other.best is not None and unit.best.key != other.best.key
    return kinds == {COUNTRY, PERSON}


def _possessor(token: Token, unit: Unit, owner: Unit, knowledge: ActorKnowledge) -> bool:
    """A person owning a role noun is not its holder: "Ana Ruiz's attorney" names two people,
    Ana Ruiz (a mention of her own) and her attorney."""
    if unit.kind != PERSON or token.dep_ != "poss" or owner.kind not in (ROLE, PERSON):
        return False
    role = knowledge.roles.get(owner.best.key) if owner.kind == ROLE and owner.best else None
    # a leader's government, regime or army is the state's ("Ana Ruiz's government")
    return role is None or role.office is not None or role.sector not in _LEADERS_STATE


def _quote_between(doc: Doc, unit: Unit, other: Unit) -> bool:
    """Whether a quotation mark stands between two units: the parser often hangs a speaker
    on the last noun of the quote (“... and our military,” Flynn said), but a quote and
    its attribution are never one mention."""
    first, second = (unit, other) if unit.start < other.start else (other, unit)
    return any(t.text in _DOUBLE_QUOTES for t in doc[first.end:second.start])


def _complement_parent(token: Token, unit: Unit, by_token: dict[int, Unit]) -> Unit | None:
    """"the foreign minister of India" / "ambassador to Qatar": join the role noun."""
    prep = token.head
    if prep.lower_ not in ("of", "to") or prep.head.i not in by_token:
        return None
    owner = by_token[prep.head.i]
    if prep.lower_ == "of" and unit.kind == COUNTRY and owner.best is None and owner.label == "ORG" \
            and owner.end == prep.i and org_name_sector(prep.doc[owner.start:owner.end].text) in _HOMED:
        return owner   # "Harlow Pharmaceuticals of India": a company or outlet of its home
    if prep.lower_ == "of" and unit.kind == COUNTRY and owner.kind == PLACE and owner.end == prep.i:
        return owner   # "the Gulf Coast of Mexico": a place of the country named
    if owner.kind != ROLE or unit.kind not in (COUNTRY, CAPITAL, ORG, DEMONYM, ROLE, PLACE):
        return None
    if unit.kind == ROLE and prep.lower_ != "of":
        return None
    if prep.lower_ == "to":
        unit.mark = "destination"  # the host country is not the envoy's country
    return owner


def _root(unit: Unit, parent: dict[int, Unit | None]) -> Unit:
    seen = {id(unit)}
    while (up := parent.get(id(unit))) is not None and id(up) not in seen:
        seen.add(id(up))
        unit = up
    return unit


def _group(doc: Doc, root: Unit, units: list[Unit]) -> Group:
    head = root.head(doc)
    start = min(u.start for u in units)
    end = max(u.end for u in units)
    while start > 0 and _extends_left(doc[start - 1], head, root.kind) \
            and not (root.kind == PERSON and _dangling_object(doc, Unit(start - 1, start), doc[start - 1])):
        start -= 1
    start, end = _cover_entities(doc, start, end)
    # a mention never runs back onto the line before its words (a dateline: "Posted 7:02 PM PDT")
    start = max([start] + [i + 1 for i in range(start, min(u.start for u in units))
                           if "\n" in doc[i].text_with_ws])
    if end < len(doc) and doc[end].text == ")" and "(" in doc[start:end].text:
        end += 1
    while start < end and (doc[start].is_punct or doc[start].pos_ == "CCONJ"):
        start += 1
    while end > start and doc[end - 1].is_punct and doc[end - 1].text != ")":
        end -= 1
    plural = head.tag_ in ("NNS", "NNPS") and head.pos_ in ("NOUN", "PROPN")
    return Group(root, sorted(units, key=lambda u: u.start), start, end, plural)


def _dangling_object(doc: Doc, unit: Unit, token: Token) -> bool:
    """Whether a bare noun modifying a name is the object of the preposition right before it,
    which the parser left without one: "In parliament Ana Ruiz said ..." (parsed "parliament
    Ana Ruiz") is a place of speaking and a person, two mentions."""
    if token.dep_ != "compound" or unit.start == 0 or token.pos_ != "NOUN":
        return False
    before = doc[unit.start - 1]
    return before.pos_ == "ADP" and before.dep_ == "prep" \
        and not any(c.dep_ in ("pobj", "pcomp") for c in before.children) \
        and token.head.pos_ == "PROPN" and token.head.ent_type_ == "PERSON"


def _extends_left(token: Token, head: Token, kind: str | None) -> bool:
    """Whether ``token`` is a pre-modifier of the mention head (det, adjective, 's ...)."""
    if kind in _PLACE_KINDS and token.pos_ != "DET":
        return False  # "a stable and secure Afghanistan" is the mention "Afghanistan"
    if kind == PERSON and token.ent_type_ in ("GPE", "LOC") and token.dep_ == "compound":
        return False  # "envoy for Sudan Ana Brecht": the place is the title's realm, no name word
    if token.is_space or token.pos_ in ("ADP", "CCONJ", "SCONJ"):
        return False
    if token.is_punct and token.text not in ("-",):
        return False
    if not (token.pos_ in _SPAN_POS or token.text == "-"):
        return False
    return head in token.ancestors


def _cover_entities(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Widen a span to whole PERSON/ORG entities it cuts through."""
    names, ends = _names(doc)
    # entities are in document order and do not overlap: the first that ends after `start`
    # is the first that can overlap the span, and once one starts at or after its (widened)
    # end, no later one can
    for n in range(bisect_right(ends, start), len(names)):
        ent = names[n]
        if ent.start >= end:
            break
        if ent.start < start and not any(t.is_punct and t.text != "-" for t in doc[ent.start:start]):
            start = ent.start
        if ent.end > end:
            end = _strip_possessive(doc, start, ent.end)[1]
    return start, end


_NAMES_KEY = "eventwire.person_org"


def _names(doc: Doc) -> tuple[list[Span], list[int]]:
    """The doc's PERSON and ORG entities and their end tokens, built once per Doc."""
    def build(doc: Doc) -> tuple[list[Span], list[int]]:
        ents = [ent for ent in doc_ents(doc) if ent.label_ in ("PERSON", "ORG")]
        return ents, [ent.end for ent in ents]

    return once_per_doc(doc, _NAMES_KEY, build)


def _is_actor(doc: Doc, group: Group, knowledge: ActorKnowledge) -> bool:
    """Whether a mention's root can be an actor where it stands."""
    root = group.root
    kind = root.kind
    token = _first_conjunct(root.head(doc))
    if _is_dateline(doc, root):
        return False
    if kind == PERSON or any(u.described for u in group.units):
        return True   # a name the text says is an organisation (_described_names) is one
    if token.dep_ == "pobj" and knowledge.cue("place-preposition", token.head.text) \
            and kind != COUNTRY and not _aimed_at_people(token, group, kind) \
            and not _workplace(token) and not _stated_org(doc, group) \
            and not _state_body_at(doc, group, token) and not _sitting_body(doc, group, token, knowledge) \
            and not (kind not in _PLACE_KINDS and _where_staff(token, knowledge)):
        return False  # country names stay: coders treat "troops in Liberia" as a target
    if kind == ROLE:
        return _role_is_actor(doc, group, knowledge, token)
    if kind in (CAPITAL, METONYM, PLACE):
        return token.dep_ in _ACTING_DEPS or (token.dep_ == "pobj" and token.head.lower_ != "of")
    return True


def _where_staff(token: Token, knowledge: ActorKnowledge) -> bool:
    """A place a "where" clause puts a named staff member in is their body, an actor: "treated
    at Larchmont Hospital, where spokeswoman Ana Ruiz said ..." (a member noun of sectors.tsv
    in the clause's subject)."""
    for verb in token.children:
        if verb.dep_ != "relcl" or not any(c.lower_ == "where" and c.dep_ == "advmod"
                                           for c in verb.children):
            continue
        for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                        and c.pos_ == "PROPN"):   # a named staff member, not "where officials must"
            for word in subject.subtree:
                roles = [e for e in knowledge.lookup((normalise(word.text),)) if e.kind == ROLE]
                if any(knowledge.roles[e.key].kind == "member" for e in roles):
                    return True
    return False


def _workplace(token: Token) -> bool:
    """A named organisation after "at"/"in" a noun is where someone works or something
    happened, an actor all the same: "a senior fellow at the Atlantic Council", "the
    shootings at Gordon Advisors"."""
    # the parser often hangs the phrase on the verb: "met his counterpart at Toyota"
    prep = token.head
    return token.ent_type_ == "ORG" and (prep.head.pos_ in ("NOUN", "PROPN") or (
        prep.i > 0 and prep.doc[prep.i - 1].pos_ == "NOUN" and token.left_edge.i == prep.i + 1))


def _sitting_body(doc: Doc, group: Group, token: Token, knowledge: ActorKnowledge) -> bool:
    """A body that sits and decides is an actor where it sits: "spoke at the Security
    Council", "tabled in the General Assembly", "heard at the High Court" (an organisation's
    name ending in a cues.tsv sitting-body word), not the place of the event only; after a
    verb of working (cues.tsv work-verb: "worked at the Planning Commission") it is where
    someone worked, no actor."""
    root = group.root
    verb = token.head.head
    return root.kind == ORG and knowledge.cue("sitting-body", doc[root.end - 1].text) \
        and not (verb.pos_ in ("VERB", "AUX") and knowledge.cue("work-verb", verb.lemma_))


def _state_body_at(doc: Doc, group: Group, token: Token) -> bool:
    """A country's own body after a noun's "at" is aimed at, not a place: "a dig at
    America's military", "anger at Kenya's police" (a country possessing the role noun;
    after a verb, "held at Kenya's foreign ministry", it is where something happened)."""
    return group.root.kind == ROLE and token.head.lower_ == "at" \
        and token.head.head.pos_ == "NOUN" and any(
        u.kind == COUNTRY and u.head(doc).dep_ == "poss" and u.head(doc).head.i == token.i
        for u in group.units)


def _stated_org(doc: Doc, group: Group) -> bool:
    """An unknown name whose own words say it is an organisation, not a place: "checked into
    Morningside Recovery", "at Promises Treatment Center" (clinics, the place of the event
    and an actor all the same), unless the gazetteer knows the name as a place."""
    root = group.root
    if root.best is not None or root.label != "ORG":
        return False
    name = doc[root.start:root.end].text
    return org_name_sector(name) is not None and not is_gazetteer_place(name)


def _aimed_at_people(token: Token, group: Group, kind: str | None) -> bool:
    """"fired at Palestinian demonstrators": people after "at" are a target, not a place."""
    return kind == ROLE and group.plural and token.head.lower_ == "at"


def _role_is_actor(doc: Doc, group: Group, knowledge: ActorKnowledge, token: Token) -> bool:
    role = knowledge.roles[group.root.best.key]  # type: ignore[union-attr]
    if role.kind == "modifier":
        return False
    if token.dep_ in ("compound", "amod") and len(group.units) == 1:
        return False
    if knowledge.cue("seat-noun", doc[group.root.end - 1].text) \
            and not (token.dep_ == "nsubj" and knowledge.cue("seat-verb", token.head.lemma_)) \
            and (len(group.units) == 1 or token.dep_ in ("nsubj", "nsubjpass")):
        # "moved its headquarters", "Army headquarters moved to ...": a building; "the police
        # headquarters said", "army headquarters ordered" speak or act for the body, and a body's
        # named seat is acted on for it ("rallies outside the army headquarters")
        return False
    if role.kind == "party":
        has_country = any(u.kind in (COUNTRY, DEMONYM) for u in group.units if u is not group.root)
        return has_country or has_party_determiner(doc, group, knowledge)
    return True


def has_party_determiner(doc: Doc, group: Group, knowledge: ActorKnowledge) -> bool:
    """Whether a party noun reads "both sides" / "the two countries"."""
    return any(knowledge.cue("party-determiner", t.text) for t in doc[group.start:group.root.start])


def _first_conjunct(token: Token) -> Token:
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _is_dateline(doc: Doc, unit: Unit) -> bool:
    """"New Delhi:" opening a paragraph is a dateline, not an actor."""
    at_line_start = unit.start == 0 or "\n" in doc[unit.start - 1].text_with_ws
    after = doc[unit.end].text if unit.end < len(doc) else ""
    return at_line_start and after in (":", "-", "\u2014", "\u2013", "(")


def _drop_overlaps(groups: list[Group]) -> list[Group]:
    kept: list[Group] = []
    for group in groups:
        if kept and group.start < kept[-1].end:
            continue
        kept.append(group)
    return kept
