"""Finding toponyms in an article and resolving them against the gazetteer."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from eventwire import datafiles
from eventwire.nlp.phrases import doc_ents, doc_text, doc_tokens, entity_at, sentence_bounds, sentence_of
from eventwire.records import Article, Place
from eventwire.where import compact, features, hidden, patterns, readings, seats
from eventwire.where.demonyms import country_of_demonym
from eventwire.where.facilities import (
    HOME_KM,
    airport_town,
    ends_in_facility_noun,
    facility_places,
    home_town,
    landmark_entities,
    landmark_town,
    named_after_far_towns,
    place_unknowns,
)
from eventwire.where.gazetteer import Candidate, Gazetteer, distance_km
from eventwire.where.home import home_country
from eventwire.where.missions import names_a_sender
from eventwire.where.namesakes import km_apart, near_namesakes
from eventwire.where.rank import HOME_SHARE, WEAK_TOWN, Ranker, load_ranker
from eventwire.where.resolve import BIG_CITY, Context, best, qualifies, to_place

PLACE_LABELS = {"GPE", "LOC"}
# where collect_mentions keeps what it found in ``doc.user_data``
_MENTIONS_KEY = "eventwire.toponym_mentions"
_RESOLVED_KEY = "eventwire.toponyms_resolved"
_DATELINE_KEY = "eventwire.dateline_place"
# the character spans of natural features found by the shape of their names (_feature_mentions)
_FEATURES_KEY = "eventwire.feature_names"
# (start_char, end_char) of a toponym whose area records lay outside the one country its phrase
# names ("Chile's Central Valley") -> that country (_regions_of_the_named_country)
_OWNED_KEY = "eventwire.owned_by_country"
# FAC entities (airports, buildings) count only when the gazetteer knows them
MAYBE_PLACE_LABELS = {"FAC"}
# entity labels under which a capitalised word is never taken as a toponym
NOT_PLACE_LABELS = {"PERSON", "ORG", "NORP", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW",
                    "DATE", "TIME", "MONEY", "LANGUAGE"}
# prepositions that make a capitalised name NER missed a likely place ("in Kunduz")
PLACE_PREPOSITIONS = frozenset(datafiles.words("where", "place_prepositions.tsv"))
# words between such a preposition and a town's name ("in downtown Lafayette"; area_modifiers.tsv)
AREA_MODIFIERS = frozenset(datafiles.words("where", "area_modifiers.tsv"))
# generic words trailing a name that the gazetteer spells without them
_TRAILING_WORDS = ("province", "state", "city", "region", "district", "county")
MAX_NGRAM = 4
# English compass words opening a division's name -> how the gazetteer's sources may write
# them ("Nord Kivu", "Sud Kivu"; compass_names.tsv)
_COMPASS_VARIANTS = {row["word"]: tuple(filter(None, row["variants"].split("|")))
                     for row in datafiles.table("where", "compass_names.tsv", ("word", "variants"),
                                                required=("word", "variants"))}
# the longest code in capitals of a division ("WA", "NSW", "QLD"): at most this long, a word
# in capitals is read as a town only when the town is written so (_names_town)
CODE_LETTERS = 3
MIN_UNTAGGED_POPULATION = 5000   # a place NER missed must be at least this big (or not a city)
# a town smaller than this named like a facility ("Washington Square") yields to the facility
# reading when far from the article's own town
SMALL_TOWN = 50_000
# kinds of place that a facility's name opening with them lies in ("Leeds Road", "California
# State University"); a sea or a continent opening it ("Atlantic Avenue") is only its name
_HOLDER_KINDS = {"city", "admin1", "country"}
# the last word of a natural feature named after a town ("Victoria Island", "Kariba Lake"):
# the generic words of where/data/generic_words.tsv but those that close a division's name
_FEATURE_WORDS = frozenset(datafiles.words("where", "generic_words.tsv")) - {
    *_TRAILING_WORDS, "territory", "federal", "capital", "national", "interior", "unity"}
# words closing a company's name after a place's ("Cambridge Analytica", "Boston Capital")
COMPANY_WORDS = frozenset(datafiles.words("where", "company_words.tsv"))
# words that close a division's name ("Suffolk County", "Benue State"; data/admin_terms.tsv)
# lower-case words named like well-known places that are ordinary words ("china", "turkey")
COMMON_WORD_NAMES = frozenset(datafiles.words("where", "common_word_names.tsv"))
# words glued by a hyphen to a country that owns or backs an organisation ("U.S.-based"; owner_words.tsv)
OWNER_WORDS = frozenset(datafiles.words("where", "owner_words.tsv"))
_GLUED_WORD = re.compile(r"[-\u2011]([a-z]+)\b", re.IGNORECASE)
ADMIN_TERMS = frozenset(word.lower() for word in datafiles.words("where", "admin_terms.tsv"))
# one-word names of feasts, holidays and months (English full month and weekday names, other
# calendars' months: data/calendar_words.tsv) that NER tags a place after "in" ("in Diwali",
# "in Muharram", "before Tet"): a date, not the town or country the gazetteer spells alike
# (no season word: "Spring" and "Fall" name towns)
_CALENDAR_NAMES = hidden.CALENDAR_NAMES
# name words a town may stand before a facility noun in a facility's name ("the Kabul Serena
# Hotel")
FACILITY_NAME_WORDS = 3


@dataclass
class Mention:
    """A toponym found in the text, with its gazetteer candidates."""

    start: int                 # token offsets in the doc
    end: int
    start_char: int
    end_char: int
    candidates: list[Candidate]
    country: str | None = None  # set for demonyms: the country they name
    qualifiers: list[Candidate] = field(default_factory=list)
    # "Macon, Ga.": the comma qualifier stands alone, not as an item of a list (_stands_alone)
    stated: bool = False
    # the candidates are those of one part of a longer hyphenated name the gazetteer does not
    # know ("Bedford" of "Bedford-Stuyvesant": _hyphen_wholes)
    part_named: bool = False
    # the text takes the reader across a border to it ("fled across the border to Dhobley"):
    # a small town abroad is meant there (_across_a_border; rank.lone_abroad does not apply)
    crossed: bool = False
    # towns of the name the candidates leave out: a place NER hid in an organisation's or a
    # person's name keeps only well-known candidates ("a Bristol man" is England's Bristol
    # to the ranker); a local article's own namesake may still take it (namesakes.py)
    namesakes: list[Candidate] = field(default_factory=list)
    # a country only saying who owns or backs an organisation ("a U.S.-based charity"):
    # no context for the other places (_owner_modifier)
    owner: bool = False


def _trim(span: Any) -> Any:
    """`span` without a leading "the" and a trailing possessive "'s"."""
    start, end = span.start, span.end
    doc = span.doc
    if start < end and doc[start].lower_ == "the":
        start += 1
    if end > start and doc[end - 1].text in ("'s", "’s", "'", "’"):
        end -= 1
    return doc[start:end]


def lookup_variants(gazetteer: Gazetteer, text: str) -> list[Candidate]:
    """Candidates for `text`, retrying without a trailing "province", "city" etc.

    An acronym ("UK", "SA", "MoD") never matches a town through an alternate name, nor a
    short one in capitals a town written otherwise (:func:`_names_town`).
    """
    found = gazetteer.lookup(text)
    if _acronym(text):
        found = [c for c in found if c.kind != "city" or _names_town(text, c)]
    if found:
        return found
    words = text.split()
    if len(words) > 1 and words[-1].lower() in _TRAILING_WORDS:
        return gazetteer.lookup(" ".join(words[:-1]))
    if len(words) > 1 and words[0].lower() in _COMPASS_VARIANTS:
        # "North Kivu" is GeoNames' "Nord Kivu": a division under its compass word in another tongue
        for variant in _COMPASS_VARIANTS[words[0].lower()]:
            found = [c for c in gazetteer.lookup(" ".join([variant, *words[1:]]))
                     if c.kind in ("admin1", "region") and not c.by_alternate]
            if found:
                return found
    return []


def _person_words(doc: Any, min_words: int = 1) -> set[str]:
    """The words of the doc's person names of at least `min_words` words."""
    return {t.lower_ for ent in doc_ents(doc) if ent.label_ == "PERSON" and len(ent) >= min_words
            for t in ent}


def _acronym(text: str) -> bool:
    """Whether `text` is one short word with two capitals or more ("UK", "SA", "MoD")."""
    return len(text) <= 5 and " " not in text and sum(ch.isupper() for ch in text) >= 2


def _names_town(acronym: str, town: Candidate) -> bool:
    """Whether `acronym` may name `town`: by the town's main name, and when it is a code in
    capitals (:data:`CODE_LETTERS` letters at most), only as the town writes it: "WA" is
    Western Australia's code, not Wa of Ghana; "UK" is no Uk of Russia. Divisions take
    codes through their aliases (data/regions.tsv, admin1.tsv)."""
    if town.by_alternate:
        return False
    return town.name == acronym or not (acronym.isupper() and len(acronym) <= CODE_LETTERS)


def _keep_unknown(span: Any, label: str, person_words: set[str]) -> bool:
    """Whether a toponym the gazetteer does not know is still kept (as "unknown"): a GPE or
    LOC that starts with a capital, is not a word of a person's name in the doc ("Misri"
    tagged GPE once, PERSON in "Vikram Misri") and is not written like a code (:func:`_coded`).
    """
    return (label in PLACE_LABELS and span.text[:1].isupper() and not _coded(span)
            and not all(t.lower_ in person_words for t in span))


def _coded(span: Any) -> bool:
    """Whether a name is written like a code, an acronym or an abbreviation rather than a
    place's name: a word with a digit or in capitals ("GT3", "HB 200", "AI", "ICON"), with a
    capital inside ("IoTX"), or one word closed by a full stop ("Sr.", "P.A."). NER tags
    such names GPE (products, firms, bills, technologies); a place the gazetteer does not know
    is written as a name ("Earlsheaton", "St. North")."""
    if len(span) == 1 and span.text.endswith("."):
        return True
    return any(any(ch.isdigit() for ch in t.text) or sum(ch.isupper() for ch in t.text) >= 2
               for t in span)


def _entity_mentions(doc: Any, gazetteer: Gazetteer, taken: set[int]) -> list[Mention]:
    """Toponyms NER found (GPE, LOC; FAC the gazetteer knows) outside the `taken` tokens."""
    mentions: list[Mention] = []
    person_words = _person_words(doc)
    for ent in doc_ents(doc):
        if (ent.label_ not in PLACE_LABELS | MAYBE_PLACE_LABELS
                or (mentions and ent.start < mentions[-1].end)
                or taken.intersection(range(ent.start, ent.end))):
            continue
        span = _opened(_joined(_trim(ent), gazetteer), gazetteer, taken)
        if len(span) == 1 and span.text.lower() in _CALENDAR_NAMES:
            continue    # "in Diwali", "in Muharram": a feast or a month, no place
        lower = not any(ch.isupper() for ch in span.text)
        if lower and (len(span) > 1 or not span.text.isalpha()):
            continue    # "the east bank", "n't": a direction, a part or a clitic, no place's name
        candidates = lookup_variants(gazetteer, span.text)
        if not candidates and not lower:
            span, candidates = _without_common_words(span, gazetteer)
        if lower:       # "texas", "boston" in a lower-cased line: only a well-known place
            candidates = [] if span.text in COMMON_WORD_NAMES else [  # "fine china"
                c for c in candidates if c.kind in ("country", "admin1") or c.population >= BIG_CITY]
            if not candidates:
                continue
        if features.feature_named(span.text) and features.names_a_street(doc, span.start, span.end):
            candidates = []     # "Sea of Galilee Road" is a street, not the lake: left unknown
        parts = [] if candidates or ent.label_ not in PLACE_LABELS else patterns.split_unknown(
            span, lambda text: lookup_variants(gazetteer, text))
        if parts and ends_in_facility_noun(span) and not any(
                c.kind in _HOLDER_KINDS for _, _, found in parts for c in found):
            continue    # "Atlantic Avenue" is a street, not the ocean: facilities.py places it
        if parts:
            mentions += [_mention(doc, start, end, found) for start, end, found in parts]
            continue
        demonym = None if candidates else country_of_demonym(span.text)
        if demonym == "":
            continue    # "Kurdish" tagged as a place: a people across borders, no place
        if demonym:     # "Ukrainian officials" tagged as a place: the country it names
            mentions.append(Mention(span.start, span.end, span.start_char, span.end_char, [],
                                    country=demonym))
            continue
        if not candidates and not _keep_unknown(span, ent.label_, person_words):
            continue
        mentions.append(Mention(span.start, span.end, span.start_char, span.end_char,
                                candidates))
    return mentions


def _without_common_words(span: Any, gazetteer: Gazetteer) -> tuple[Any, list[Candidate]]:
    """`span` without the words in lower case that close it, and its candidates, when the
    gazetteer knows the rest ("Dothan" of "Dothan city commission", NER having tagged the
    town's body with it); else `span` and no candidates."""
    end = span.end
    while end > span.start + 1 and span.doc[end - 1].is_lower and span.doc[end - 1].is_alpha:
        end -= 1
    if end == span.end:
        return span, []
    rest = span.doc[span.start:end]
    candidates = lookup_variants(gazetteer, rest.text)
    return (rest, candidates) if candidates else (span, [])


def _joined(span: Any, gazetteer: Gazetteer) -> Any:
    """`span` with the capitalised words right after it when together they are a place's
    own name: NER splits names it does not know ("Boa Vista" as GPE "Boa" and ORG
    "Vista"), and the halves name other places or nothing."""
    doc, end = span.doc, span.end
    sentence = sentence_of(doc[span.start])
    while (end < len(doc) and end - span.start < MAX_NGRAM and sentence_of(doc[end]) == sentence
           and (_is_name_token(doc[end]) and doc[end - 1].whitespace_ or _abbreviation_stop(doc, end)
                or _particle_inside(doc, end))):
        end += 1
    for stop in range(end, span.end, -1):
        if doc[stop - 1].text == ".":
            continue    # a name ends at a word, not at an abbreviation's full stop
        if any(not c.by_alternate for c in gazetteer.lookup(doc[span.start:stop].text)):
            return doc[span.start:stop]
    return span


def _particle_inside(doc: Any, i: int) -> bool:
    """Whether token `i` is a lower-case particle inside a name, a name word after it ("Rio
    Grande do Sul", "Mato Grosso do Sul": NER tags "Rio Grande" alone; name_particles.tsv)."""
    return (doc[i].text in hidden.NAME_PARTICLES and i + 1 < len(doc) and bool(doc[i - 1].whitespace_)
            and bool(doc[i].whitespace_) and _is_name_token(doc[i + 1]))


def _opened(span: Any, gazetteer: Gazetteer, taken: set[int]) -> Any:
    """`span` with the capitalised words right before it when together they are a place's
    own name: NER leaves out a first word it takes for an ordinary one ("South Wales" for "New
    South Wales", "New Guinea" for "Papua New Guinea"), and the rest names another place.
    Only words outside every entity and every mention found so far (`taken`) are taken, no
    stop word ("The Kabul" is Kabul), and only for a longer name of another place."""
    doc, start = span.doc, span.start
    sentence = sentence_of(doc[span.start])
    while (start > 0 and span.end - start < MAX_NGRAM and start - 1 not in taken
           and not doc[start - 1].ent_type_ and not doc[start - 1].is_stop
           and _is_name_token(doc[start - 1]) and doc[start - 1].whitespace_
           and sentence_of(doc[start - 1]) == sentence):
        start -= 1
    if start == span.start:
        return span
    short = {c.record for c in gazetteer.lookup(span.text)}
    for first in range(start, span.start):
        if any(not c.by_alternate and c.record not in short
               for c in gazetteer.lookup(doc[first:span.end].text)):
            return doc[first:span.end]
    return span


def _abbreviation_stop(doc: Any, i: int) -> bool:
    """Whether token `i` is the full stop of an abbreviation inside a name, split off by the
    tokenizer in capitals ("ST. LOUIS" as "ST", ".", "LOUIS", NER tagging both words as
    places): glued to a short word, and a name word follows."""
    return (doc[i].text == "." and 0 < i < len(doc) - 1 and not doc[i - 1].whitespace_
            and doc[i - 1].is_alpha and doc[i - 1].is_upper and len(doc[i - 1]) <= 3
            and bool(doc[i].whitespace_) and _is_name_token(doc[i + 1])
            and sentence_of(doc[i + 1]) == sentence_of(doc[i - 1]))


def _mention(doc: Any, start: int, end: int, candidates: list[Candidate]) -> Mention:
    span = doc[start:end]
    return Mention(start, end, span.start_char, span.end_char, candidates)


def _is_name_token(token: Any) -> bool:
    return token.is_title or (token.is_upper and len(token) > 1 and token.is_alpha)


def _untagged_mentions(doc: Any, gazetteer: Gazetteer, taken: set[int]) -> list[Mention]:
    """Capitalised n-grams NER missed that the gazetteer knows, after a place preposition."""
    mentions: list[Mention] = []
    i, tokens = 0, doc_tokens(doc)
    while i < len(tokens):
        token = tokens[i]
        after_the = _after_preposition_the(tokens, i)
        # "in downtown Lafayette": a word of part or kind of area after the preposition
        modified = (i >= 2 and tokens[i - 1].lower_ in AREA_MODIFIERS
                    and tokens[i - 2].lower_ in PLACE_PREPOSITIONS)
        # "swelled the Thames": after "the" alone, only a region or a natural feature's name
        only_the = not after_the and i > 0 and tokens[i - 1].lower_ == "the"
        if (i in taken or token.ent_type_ in NOT_PLACE_LABELS or not _is_name_token(token)
                or i == 0 or (tokens[i - 1].lower_ not in PLACE_PREPOSITIONS and not after_the
                              and not only_the and not modified)):
            i += 1
            continue
        found = _longest_match(doc, i, gazetteer, taken, areas_only=after_the or only_the,
                               regions_only=only_the)
        if found is None:
            i += 1
            continue
        end, candidates = found
        span = doc[i:end]
        mentions.append(Mention(i, end, span.start_char, span.end_char, candidates))
        i = end
    return mentions


# prepositions that take a river, a sea or a range after "the" ("on the Danube", "the banks of
# the Nile", "off the Atlantic"), besides the place prepositions (data/feature_prepositions.tsv)
_FEATURE_PREPOSITIONS = frozenset(row["word"] for row in hidden.FEATURE_PREPOSITION_ROWS
                                  if row["feature"] == "1")


def _after_preposition_the(tokens: list[Any], i: int) -> bool:
    """Whether token `i` follows a place preposition and "the" ("in the Himalayas", "on the
    Danube"): a name there is an area's or a feature's more often than a town's."""
    return i >= 2 and tokens[i - 1].lower_ == "the" and (
        tokens[i - 2].lower_ in PLACE_PREPOSITIONS or tokens[i - 2].lower_ in _FEATURE_PREPOSITIONS)


def _longest_match(doc: Any, start: int, gazetteer: Gazetteer, taken: set[int],
                   areas_only: bool = False, regions_only: bool = False,
                   ) -> tuple[int, list[Candidate]] | None:
    """The longest capitalised n-gram from `start` naming a big enough place (an area or a
    feature, not a town, when `areas_only`; a region or a feature only when `regions_only`)."""
    end = start
    while (end < len(doc) and end - start < MAX_NGRAM and end not in taken
           and _is_name_token(doc[end])):
        end += 1
    street = ends_in_facility_noun(doc[start:end])
    quarter = None if areas_only else _quarter_of_town(doc, start, end, gazetteer)
    if quarter is not None:
        return quarter
    # after "in the", only the whole name: "the St. Louis Hills area" is no area of St. Louis
    for stop in range(end, end - 1 if areas_only else start, -1):
        candidates = [c for c in lookup_variants(gazetteer, doc[start:stop].text)
                      if _big_enough(c) and not (areas_only and c.kind == "city")
                      and not (regions_only and c.kind != "region")]
        if street and stop < end and not any(c.kind in _HOLDER_KINDS for c in candidates):
            continue    # "on Atlantic Avenue": a street, not the ocean (facilities.py)
        # "at Schiphol": an airport's name, an alternate name of its town, is that town
        airport = None if areas_only else airport_town(gazetteer, doc[start:stop].text)
        if airport is not None:
            return stop, [airport]
        if candidates:
            return stop, candidates
    return None


def _quarter_of_town(doc: Any, start: int, end: int,
                     gazetteer: Gazetteer) -> tuple[int, list[Candidate]] | None:
    """("Old Town Alexandria", "Old City Jerusalem") the end of the n-gram and the candidates
    of the town named after a settlement noun inside ``doc[start:end]`` when the whole is
    unknown: the words up to the noun, a quarter's name (patterns.QUARTER_NAMES), name that
    town's quarter, not another town ("Old Town", Maine)."""
    cuts = [cut for cut in range(start + 1, end - 1) if patterns.quarter_before(doc, start, cut + 1)]
    if not cuts or lookup_variants(gazetteer, doc[start:end].text):
        return None
    for cut in cuts:
        for stop in range(end, cut + 1, -1):
            candidates = [c for c in lookup_variants(gazetteer, doc[cut + 1:stop].text)
                          if _big_enough(c)]
            if candidates:
                return stop, candidates
    return None


def _big_enough(candidate: Candidate) -> bool:
    return candidate.kind != "city" or (
        candidate.population >= MIN_UNTAGGED_POPULATION and not candidate.by_alternate)


# "Central American", "Latin American", "North Korean" … : the demonym of another place
_DEMONYM_QUALIFIERS = {"north", "south", "central", "latin", "native", "east", "west"}


# the longest demonym read ("Papua New Guinean", "Bissau-Guinean" are three tokens)
_DEMONYM_TOKENS = 3


def _qualified_demonym(token: Any) -> bool:
    previous = token.doc[token.i - 1] if token.i > 0 else None
    return previous is not None and previous.is_title and previous.lower_ in _DEMONYM_QUALIFIERS


def _demonym_start(token: Any) -> int | None:
    """Where the longest demonym ending at `token` begins ("Costa Rican", "North Korean"), or
    None: none ends there, or a qualifier makes it another place's ("Central American" is not
    "American" when the table lacks it). Every word of a longer demonym is capitalised but a
    prefix hyphened to the next ("sub-Saharan"): in "the new Mexican government" "new" is an
    adjective and the demonym is "Mexican"."""
    doc = token.doc
    tokens, text = doc_tokens(doc), doc_text(doc)   # no Span per n-gram
    for first in range(max(0, token.i - _DEMONYM_TOKENS + 1), token.i + 1):
        words = tokens[first:token.i + 1]
        if first < token.i and not all(word.text[:1].isupper() for word in words
                                       if word.is_alpha and not (word.i < token.i
                                                                 and tokens[word.i + 1].text == "-")):
            continue
        if country_of_demonym(text[tokens[first].idx:token.idx + len(token.text)]):
            return None if first == token.i and _qualified_demonym(token) else first
    return None


def _modifies_noun(token: Any) -> bool:
    """A modifier of a noun, or a word coordinated with a demonym that is one ("Russian
    and Venezuelan delegations": the parser hangs "Venezuelan" on "Russian")."""
    if token.dep_ == "conj" and country_of_demonym(token.head.text):
        token = token.head
    return token.dep_ in ("amod", "compound", "nmod") and token.head.pos_ in ("NOUN", "PROPN")


def _demonym_opened_towns(doc: Any, gazetteer: Gazetteer,
                          mentions: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """Towns and territories whose name opens with a demonym ("Spanish Town", "American Fork",
    "American Samoa", "French Guiana"), which NER cuts after the demonym and tags a language or
    a people, the rest a place of its own ("Town", "Samoa"): the longest run of capitalised free
    words from the demonym that the gazetteer knows by its main name as a town of
    hidden.MIN_PREPOSITION_TOWN inhabitants or as a country or territory. A one-word mention
    right after the demonym is taken in; the mentions so taken are returned with the new ones."""
    found: list[Mention] = []
    absorbed: list[Mention] = []
    taken = {i for m in mentions for i in range(m.start, m.end)}
    singles = {m.start: m for m in mentions if m.end - m.start == 1 and m.country is None}
    tokens = doc_tokens(doc)
    for token in tokens:
        if token.i in taken or not token.is_title or country_of_demonym(token.text) is None:
            continue
        end = token.i + 1
        while end < len(tokens) and end - token.i < hidden.MAX_NGRAM and tokens[end].is_title \
                and (end not in taken or (end == token.i + 1 and end in singles)):
            end += 1
        for stop in range(end, token.i + 1, -1):
            candidates = gazetteer.lookup(doc[token.i:stop].text)
            if any(not c.by_alternate and (c.kind == "country" or (
                    c.kind == "city" and c.population >= hidden.MIN_PREPOSITION_TOWN))
                   for c in candidates):
                found.append(_mention(doc, token.i, stop, candidates))
                absorbed += [singles[i] for i in range(token.i + 1, stop) if i in singles]
                break
    return found, absorbed


def _demonym_mentions(doc: Any, taken: set[int]) -> list[Mention]:
    """Demonyms modifying a noun ("Afghan soil", "Russian troops") as mentions of the
    country or region they name; resolution is that country's or region's."""
    mentions = []
    for token in doc_tokens(doc):
        if token.i in taken or not token.is_title or not _modifies_noun(token):
            continue
        first = _demonym_start(token)
        if first is not None and not taken.intersection(range(first, token.i)):
            target = country_of_demonym(doc[first:token.i + 1].text)
            mentions.append(Mention(first, token.i + 1, doc[first].idx,
                                    token.idx + len(token), [], country=target))
    return mentions


def _add_qualifiers(mentions: list[Mention], doc: Any) -> None:
    """Link "Paris, Texas": a mention followed by a comma and another mention that ends the
    name rather than a list (:func:`_stands_alone`: in "Iraq, Iran, Syria" Iran does not put
    "Iraq" in Iran, where Arak is also called so); and "the village of Bara in North
    Darfur": a mention followed by "in" and a division, region or country (a town after "in"
    says where the first place is less surely: "Hyde Park in Sydney" is not a town at all;
    resolve.qualifies weighs no town anyway)."""
    by_start = {m.start: m for m in mentions}
    for mention in mentions:
        if mention.end >= len(doc):
            continue
        if doc[mention.end].text == ",":
            follower = by_start.get(mention.end + 1)
            if follower is not None:
                mention.stated = _stands_alone(doc, follower, by_start)
                mention.qualifiers = follower.candidates if mention.stated else []
        elif doc[mention.end].lower_ == "in" and not mention.country:
            skip = int(mention.end + 1 < len(doc) and doc[mention.end + 1].lower_ == "the")
            follower = by_start.get(mention.end + 1 + skip)
            if follower is not None and follower.candidates != mention.candidates:
                mention.qualifiers = [c for c in follower.candidates if c.kind != "city"]


def _stands_alone(doc: Any, follower: Mention, by_start: dict[int, Mention]) -> bool:
    """Whether the qualifier `follower` of "X, Y" ends the name rather than a list: no "and"
    or "or" after it, and no other place right after a comma ("Washington, New York and Boston",
    "Dallas, Texas, Ohio" are lists; "Macon, Ga., and Albany, N.Y." is not)."""
    end = follower.end
    if end >= len(doc):
        return True
    if doc[end].lower_ in readings.LIST_WORDS:
        return False
    return not (doc[end].text == "," and end + 1 in by_start)


def stated_candidates(mention: Mention) -> list[Candidate]:
    """`mention`'s candidates, only the towns of the state the text puts it in when it does
    ("Springfield, Wis.": a small Springfield of Wisconsin known only by an alternate name is
    still the one meant, whatever the ranker makes of a bigger one in Missouri)."""
    if not mention.stated:
        return mention.candidates
    stated = [c for c in mention.candidates if c.kind == "city"
              and any(q.kind == "admin1" and qualifies(q, c) for q in mention.qualifiers)]
    return stated or mention.candidates


def _hidden_mentions(doc: Any, gazetteer: Gazetteer, mentions: list[Mention]) -> list[Mention]:
    """Places NER hid in other entities, datelines and hyphenated words (see hidden.py)."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found: list[hidden.Found] = []
    for finder in (hidden.mislabelled_after_preposition, hidden.object_of_verb, hidden.entity_hidden,
                   hidden.before_local_body,
                   hidden.datelines, hidden.untagged_divisions, hidden.hyphen_joined):
        found += [hit for hit in finder(doc, gazetteer, taken) if not _opens_a_street(doc, hit)]
        taken |= {i for start, end, _ in found for i in range(start, end)}
    return [Mention(start, end, doc[start:end].start_char, doc[start:end].end_char, candidates,
                    namesakes=_small_namesakes(gazetteer, doc[start:end].text, candidates))
            for start, end, candidates in found]


def _small_namesakes(gazetteer: Gazetteer, text: str, candidates: list[Candidate]) -> list[Candidate]:
    """The towns named `text` by their own name that `candidates` leave out."""
    kept = {c.record for c in candidates}
    return [c for c in gazetteer.lookup(text)
            if c.kind == "city" and not c.by_alternate and c.record not in kept]


def _opens_a_street(doc: Any, hit: hidden.Found) -> bool:
    """Whether a place that holds no facility opens an entity closed by a facility noun:
    "Atlantic Avenue" is a street (facilities.py places it), not the ocean; "Leeds Road" keeps
    Leeds, "Florida Atlantic University" Florida."""
    start, end, candidates = hit
    ent = entity_at(doc, start)
    return (ent is not None and ent.end > end and ends_in_facility_noun(ent)
            and not any(c.kind in _HOLDER_KINDS for c in candidates))


def _pattern_mentions(doc: Any, gazetteer: Gazetteer, mentions: list[Mention]) -> list[Mention]:
    """Towns and regions NER missed next to other mentions (see patterns.py)."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    spans = [(m.start, m.end, m.candidates) for m in mentions]

    def lookup(text: str) -> list[Candidate]:
        return lookup_variants(gazetteer, text)

    found = patterns.town_and_region(doc, spans, lookup, taken)
    taken |= {i for start, end, _ in found for i in range(start, end)}
    found += patterns.coordinated_towns(doc, spans + found, lookup, taken)
    return [_mention(doc, start, end, candidates) for start, end, candidates in found]


def _compact_mentions(doc: Any, gazetteer: Gazetteer, mentions: list[Mention]) -> list[Mention]:
    """Places glued to a hyphen inside one token, and states' postal codes after a US place
    (see compact.py)."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found = compact.glued_places(doc, lambda text: lookup_variants(gazetteer, text), taken)
    taken |= {hit[0] for hit in found}
    spans = [(m.start, m.end, m.candidates) for m in mentions] + [(h[0], h[1], h[4]) for h in found]
    found += compact.postal_codes(doc, gazetteer, spans, taken)
    return [Mention(start, end, start_char, end_char, candidates)
            for start, end, start_char, end_char, candidates in found]


def _feature_mentions(doc: Any, gazetteer: Gazetteer, mentions: list[Mention]) -> list[Mention]:
    """Natural features NER missed or mislabelled ("Lake Baikal" as a building, where/features.py):
    the gazetteer's candidates for the whole name ("Niger Delta"), else none; their character
    spans go to ``doc.user_data`` so that find_places leaves out those nothing places."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found = [_mention(doc, start, end, lookup_variants(gazetteer, doc[start:end].text))
             for start, end in features.feature_spans(doc, taken)]
    doc.user_data[_FEATURES_KEY] = {(m.start_char, m.end_char) for m in found}
    return found


def collect_mentions(doc: Any, gazetteer: Gazetteer) -> list[Mention]:
    """Every toponym mention in `doc`, in text order: found once per Doc and gazetteer (the
    actors stage may ask before the where stage does), a new list on each call."""
    found = doc.user_data.get(_MENTIONS_KEY)
    if found is None or found[0] != id(gazetteer):
        found = doc.user_data[_MENTIONS_KEY] = (id(gazetteer), _collect_mentions(doc, gazetteer))
    return list(found[1])


def _collect_mentions(doc: Any, gazetteer: Gazetteer) -> list[Mention]:
    # "the West": before NER's "West", a town of Texas
    mentions = [_mention(doc, start, end, candidates)
                for start, end, candidates in hidden.with_article(doc, gazetteer, set())]
    taken = {i for m in mentions for i in range(m.start, m.end)}
    mentions += _entity_mentions(doc, gazetteer, taken)
    taken = {i for m in mentions for i in range(m.start, m.end)}
    mentions += _untagged_mentions(doc, gazetteer, taken)
    taken = {i for m in mentions for i in range(m.start, m.end)}
    opened, absorbed = _demonym_opened_towns(doc, gazetteer, mentions)
    mentions = [m for m in mentions if not any(m is a for a in absorbed)] + opened
    taken = {i for m in mentions for i in range(m.start, m.end)}
    mentions += _demonym_mentions(doc, taken)
    mentions += _feature_mentions(doc, gazetteer, mentions)
    mentions += _hidden_mentions(doc, gazetteer, mentions)
    mentions += _pattern_mentions(doc, gazetteer, mentions)
    mentions += _compact_mentions(doc, gazetteer, mentions)
    mentions = _hyphen_wholes(doc, gazetteer, mentions)
    mentions = [m for m in mentions if not names_a_sender(doc, m.start, m.end)]
    people = _given_names(doc, mentions)
    mentions = [m for m in mentions if m.country is not None or (
        doc[m.start:m.end].text not in people and not _names_a_government(doc, m))]
    mentions = _seats_read(doc, gazetteer, mentions)
    _inside_landmarks(doc, gazetteer, mentions)
    mentions.sort(key=lambda m: m.start)
    _regions_of_the_named_country(doc, mentions)
    mentions = [m for i, m in enumerate(mentions)
                if not _company_word(doc, m, mentions[i - 1] if i else None)]
    _add_qualifiers(mentions, doc)
    previous = 0
    for mention in mentions:
        mention.crossed = _across_a_border(doc, mention, previous)
        mention.owner = _owner_modifier(doc, mention)
        previous = mention.end
    return mentions


def _inside_landmarks(doc: Any, gazetteer: Gazetteer, mentions: list[Mention]) -> None:
    """A toponym inside the name of a landmark of landmarks.tsv ("Georgia" of "the University
    of Georgia") stands for the landmark's town, so that the article's other places are read
    beside that town ("in Athens" after it is Georgia's, not Greece's). Its place is the
    landmark's in the end (facilities.landmark_entities)."""
    for ent in doc_ents(doc):
        span = ent[1:] if len(ent) > 1 and ent[0].lower_ == "the" else ent
        # the landmark first: the mentions are scanned only for an entity it names
        town = landmark_town(gazetteer, span.text) if len(span) > 1 else None
        if town is None or town.lat is None:
            continue
        for mention in mentions:
            if span.start <= mention.start and mention.end <= span.end \
                    and (mention.start, mention.end) != (span.start, span.end):
                mention.candidates, mention.country = [town], None


def _regions_of_the_named_country(doc: Any, mentions: list[Mention]) -> None:
    """Drop the area records (kind "region": admin1.tsv's regions, natural features) of a
    mention that lie outside the countries the same phrase names: an owner before it ("Chile's
    Central Valley") or an "of" after it ("the Gulf Coast of Mexico", "the Twin Cities of
    Rawalpindi and Islamabad"). The owner's countries are its country records' when it has
    any, else all its records'. A toponym left with no record, whose owner is one country, is
    noted to lie in that country (_OWNED_KEY)."""
    owned: dict[tuple[int, int], str] = doc.user_data.setdefault(_OWNED_KEY, {})
    by_end = {m.end: m for m in mentions}
    by_start = {m.start: m for m in mentions}
    for mention in mentions:
        owner = None
        if mention.start >= 2 and doc[mention.start - 1].lower_ in ("'s", "’s"):
            owner = by_end.get(mention.start - 1)
        elif mention.end + 1 < len(doc) and doc[mention.end].lower_ == "of":
            owner = by_start.get(mention.end + 1)
        if owner is None or owner is mention or not any(c.kind == "region" for c in mention.candidates):
            continue
        named = [c.country for c in owner.candidates if c.kind == "country"] or \
            [c.country for c in owner.candidates] + [owner.country]
        countries = {country for country in named if country is not None}
        if countries:
            mention.candidates = [c for c in mention.candidates
                                  if c.kind != "region" or c.country in countries]
            if not mention.candidates and len(countries) == 1:
                owned[(mention.start_char, mention.end_char)] = next(iter(countries))


def _owner_modifier(doc: Any, mention: Mention) -> bool:
    """Whether `mention` names a country glued by a hyphen to a word of owning or backing
    ("U.S.-based", "Chinese-owned": data/owner_words.tsv), split off by the tokenizer or not."""
    glued = _GLUED_WORD.match(doc_text(doc), mention.end_char)
    return glued is not None and glued.group(1).lower() in OWNER_WORDS and (
        mention.country is not None or any(c.kind == "country" for c in mention.candidates))


# how far before a mention a cue of crossing a border may stand ("fled across the border
# into neighbouring Somalia's Dhobley")
_CROSSING_WINDOW = 8
_BORDER_NOUNS = {"border", "borders", "frontier", "boundary"}
_ACROSS_WORDS = {"across", "over", "beyond"}
_NEIGHBOURING = {"neighbouring", "neighboring"}


def _across_a_border(doc: Any, mention: Mention, previous: int = 0) -> bool:
    """Whether the sentence takes the reader across a border to `mention` before naming it
    (after token `previous`, the end of the mention before: "crossed into Kenya and attacked
    X" crosses into Kenya, not into X): "across (or over) the border to X", "crossed into
    X", "into neighbouring X". Such a town
    lies in another country than the article's, so a small namesake abroad is meant (not
    the article's unknown village, rank.lone_abroad). Motion alone ("fled to Parklands") is
    no such cue: a Kenyan article's suburb the gazetteer does not know stays at home."""
    start, tokens = mention.start, doc_tokens(doc)   # asked for every mention: no Spans built
    first = max(sentence_bounds(tokens[start])[0], start - _CROSSING_WINDOW, previous)
    words = [t.lower_ for t in tokens[first:start]]
    if words and words[-1] in _NEIGHBOURING:
        return True
    for k, word in enumerate(words):
        if word in _BORDER_NOUNS and any(w in _ACROSS_WORDS for w in words[max(0, k - 3):k]):
            return True
        if (tokens[first + k].lemma_ == "cross" and k + 1 < len(words)
                and words[k + 1] in ("into", "over", "to")):
            return True
    return False


def _hyphen_span(doc: Any, start: int, end: int) -> tuple[int, int]:
    """The name words joined to ``doc[start:end]`` by hyphens with no space on either side
    ("Guinea-Bissau", "Bedford-Stuyvesant"): the whole name, or the span itself. A word in
    lower case ends it ("U.S.-led") unless it joins a town to its river or sea between two
    names ("Stoke-on-Trent", hidden.NAME_JOINERS)."""
    while (start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_
           and not doc[start - 2].whitespace_ and _hyphen_word(doc, start - 2, -1)):
        start -= 2
    while (end + 1 < len(doc) and doc[end].text == "-" and not doc[end].whitespace_
           and not doc[end - 1].whitespace_ and _hyphen_word(doc, end + 1, 1)):
        end += 2
    return start, end


def _hyphen_word(doc: Any, i: int, step: int) -> bool:
    """Whether token `i` continues a hyphenated name read in direction `step`: a name word,
    or a joiner ("on") followed, across one more hyphen, by a name word."""
    if _is_name_token(doc[i]):
        return True
    beyond = i + 2 * step
    return (doc[i].text in hidden.NAME_JOINERS and 0 <= beyond < len(doc)
            and doc[i + step].text == "-" and not doc[i].whitespace_
            and not doc[i + step].whitespace_ and _is_name_token(doc[beyond]))


def _hyphen_wholes(doc: Any, gazetteer: Gazetteer, mentions: list[Mention]) -> list[Mention]:
    """`mentions`, but a town found in one part of a hyphenated name is read in the whole:
    NER and the gazetteer split "Guinea-Bissau" (Guinea), "Bedford-Stuyvesant" (Bedford,
    England) at the hyphen. The whole the gazetteer knows is taken instead, and its parts
    dropped; a whole it does not know keeps the part's candidates, with the span of the whole
    and marked (``part_named``: the pick must lie where the article does, :func:`_hyphen_parts`).
    Two places joined ("Israel-Gaza", "Amsterdam-London flights") stay two; a demonym
    ("Franco-German") stays itself."""
    out: list[Mention] = []
    dropped: set[int] = set()
    for mention in mentions:
        if mention.start in dropped:
            continue
        start, end = _hyphen_span(doc, mention.start, mention.end)
        if (start, end) == (mention.start, mention.end) or mention.country is not None:
            out.append(mention)
            continue
        whole = doc[start:end]
        candidates = lookup_variants(gazetteer, whole.text)
        if candidates:
            dropped |= {m.start for m in mentions if start <= m.start < end}
            out = [m for m in out if not start <= m.start < end]
            out.append(_mention(doc, start, end, candidates))
            continue
        parts = [doc[i:i + 1] for i in range(start, end, 2) if not mention.start <= i < mention.end]
        if (any(lookup_variants(gazetteer, part.text) or country_of_demonym(part.text)
                for part in parts) or any(c.kind != "city" for c in mention.candidates)):
            out.append(mention)
            continue
        out.append(Mention(start, end, whole.start_char, whole.end_char, mention.candidates,
                           part_named=True))
    return out


def _hyphen_parts(mentions: list[Mention], chosen: list[Candidate | None],
                  ) -> list[Candidate | None]:
    """`chosen`, but a town picked for one part of a hyphenated name the gazetteer does not
    know (:func:`_hyphen_wholes`) stays only in a country where the article's other places
    lie: "Miami" of "Miami-Dade" beside Florida towns, not "Bedford" (England) of
    "Bedford-Stuyvesant" in a story about Brooklyn, which is the unknown place of the
    article's country."""
    countries = {c.country for m, c in zip(mentions, chosen, strict=True)
                 if c is not None and not m.part_named}
    return [None if m.part_named and c is not None and not m.qualifiers and countries
            and c.country not in countries else c for m, c in zip(mentions, chosen, strict=True)]


def _seats_read(doc: Any, gazetteer: Gazetteer, mentions: list[Mention]) -> list[Mention]:
    """`mentions`, but a seat of government ("the White House", "the Kremlin") is read by
    seats.py alone: a place where it names the building or a neighbourhood of its own, else
    none ("White House aides", "the Kremlin said"), never a namesake town far away."""
    found = seats.find_seats(doc, gazetteer)
    spans = [range(seat.start, seat.end) for seat in found]
    kept = [m for m in mentions if not any(m.start < span.stop and span.start < m.end
                                           for span in spans)]
    return kept + [_mention(doc, seat.start, seat.end, seat.candidates)
                   for seat in found if seat.candidates]


def _off_seats(doc: Any, gazetteer: Gazetteer, places: list[Place]) -> list[Place]:
    """`places` without those on a seat of government standing for its government: the
    facilities found after the mentions ("the Elysee Palace said") and the repeated names."""
    spans = [(doc[seat.start].idx, doc[seat.end - 1].idx + len(doc[seat.end - 1]))
             for seat in seats.find_seats(doc, gazetteer) if not seat.candidates]
    return [p for p in places if not any(p.start < end and start < p.end for start, end in spans)]


KIN_NOUNS = frozenset(datafiles.words("where", "kin_nouns.tsv"))
AGENT_NOUNS = frozenset(datafiles.words("where", "agent_nouns.tsv"))
GOVERNMENT_NOUNS = frozenset(datafiles.words("where", "government_nouns.tsv"))
# a city this big, the subject of a verb, stands for its country's government, not a person
SPEAKING_CITY = 1_000_000
# a number after a name and a comma below this is a person's age ("Beryl, 81, met ...")
OLDEST_AGE = 120


def _given_names(doc: Any, mentions: list[Mention]) -> set[str]:
    """The names of the mentions the text shows to be people's (:func:`_named_as_a_person`):
    every other mention of such a name in the article is that person too ("Barry Smith, 80,
    and Beryl, 81, met ..." and later "while Beryl worked as a machinist")."""
    person_words = _person_words(doc, min_words=2)
    return {doc[m.start:m.end].text for m in mentions
            if m.country is None and (_named_as_a_person(doc, m)
                                      or _acts_as_a_person(doc, m, person_words))}


def _acts_as_a_person(doc: Any, mention: Mention, person_words: set[str]) -> bool:
    """Whether a one-word mention is a word of a person's full name in the article ("Barry
    Smith", "Lin-Manuel Miranda") and stands where that person would: the subject of a verb
    ("Miranda tweeted", "Barry, who was from Dewsbury, said"). A country so named stays
    ("Jordan said" beside "Michael Jordan"): a country speaks through its government; so
    does a city of SPEAKING_CITY people or more ("Ankara went ahead" beside a headline's
    "Erdogan Ankara")."""
    token = doc[mention.start]
    return (mention.end - mention.start == 1 and token.lower_ in person_words
            and token.dep_ in ("nsubj", "nsubjpass") and token.head.pos_ in ("VERB", "AUX")
            and not any(c.kind == "country" or c.population >= SPEAKING_CITY
                        for c in mention.candidates))


def _named_as_a_person(doc: Any, mention: Mention) -> bool:
    """Whether the text puts a person or a firm where the mention stands: right after a noun
    of kin ("his daughter Yulia", "her brother, Aondona"; data/kin_nouns.tsv), right after a
    noun of a firm or a trade, the whole name ("exploration firm Ocean Infinity", "street
    artist Banksy"; data/agent_nouns.tsv; the place opening "firm Cambridge Analytica" stays),
    or with an age in commas after it ("Beryl, 81, met"). NER tags many such names GPE, and
    many are also towns' names (Olivia, Minnesota; Beryl, Utah). A name after a preposition
    of place ("in Tyler, 12 people ...") stays a place."""
    start, end = mention.start, mention.end
    if start > 0 and doc[start - 1].lower_ in PLACE_PREPOSITIONS:
        return False
    before = start - 2 if start > 1 and doc[start - 1].text == "," else start - 1
    if before >= 0 and doc[before].lower_ in KIN_NOUNS:
        return True
    if before >= 0 and doc[before].lower_ in AGENT_NOUNS:
        return not (end < len(doc) and _is_name_token(doc[end]))
    return (end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].text.isdigit()
            and int(doc[end + 1].text) < OLDEST_AGE and doc[end + 2].lower_ in (",", "and"))


def _names_a_government(doc: Any, mention: Mention) -> bool:
    """Whether the mention, "the" before it and no name after it, ends in a word naming a
    government or a chamber (data/government_nouns.tsv): "the Centre" of an Indian article is
    New Delhi's government, "the Duma" Russia's lower house, not towns so named. A name that
    goes on ("the Centre Court", "the Union Station") is left to the other rules; so is a
    longer name the gazetteer knows ("the Soviet Union", "the Russian Federation")."""
    start, end = mention.start, mention.end
    if doc[end - 1].lower_ not in GOVERNMENT_NOUNS or end - start > (1 if mention.candidates else 2):
        return False
    if not (start > 0 and doc[start - 1].lower_ == "the"):
        return False
    return not (end < len(doc) and _is_name_token(doc[end]))


def _demonym_candidates(gazetteer: Gazetteer, target: str) -> list[Candidate]:
    """The place a demonym names: an ISO alpha-3 country code, or a region's name."""
    country = gazetteer.country_record(target)
    if country is not None:
        return [country]
    return [c for c in gazetteer.lookup(target) if c.kind != "city"]


def mention_contexts(mentions: list[Mention], gazetteer: Gazetteer,
                     extra_context: list[Candidate] | None = None) -> list[Context]:
    """Each mention's view of the rest of the article: a prior-only pass resolves every
    mention (:func:`prior_choices`), and each mention's context holds the others' choices
    (and `extra_context`)."""
    return contexts_of(mentions, prior_choices(mentions, gazetteer), extra_context)


def prior_choices(mentions: list[Mention], gazetteer: Gazetteer) -> list[Candidate | None]:
    """Each mention's choice by population and kind alone (resolve.best without context);
    a demonym's candidates are first set to the country or region it names."""
    for mention in mentions:
        if mention.country:
            mention.candidates = _demonym_candidates(gazetteer, mention.country)
    return [best(m.candidates, capitals=gazetteer.capitals) for m in mentions]


def contexts_of(mentions: list[Mention], chosen: list[Candidate | None],
                extra_context: list[Candidate] | None = None) -> list[Context]:
    """Each mention's context: the `chosen` candidates of the other mentions (but those of
    the same name, and a country only naming an owner: "a U.S.-based charity" in Geneva), and
    `extra_context`. A mention's own choice is left out with those of its name, so mentions
    of equal candidates have equal contexts: they share one (the callers only read them)."""
    counted = [(j, other) for j, other in enumerate(chosen) if other is not None and not mentions[j].owner]
    shared: list[tuple[list[Candidate], Context]] = []
    contexts = []
    for mention in mentions:
        context = next((c for candidates, c in shared if candidates == mention.candidates), None)
        if context is None:
            context = Context()
            for j, other in counted:
                if mentions[j].candidates != mention.candidates:
                    context.add(other)
            for other in extra_context or ():
                context.add(other)
            shared.append((mention.candidates, context))
        contexts.append(context)
    return contexts


def resolve_mentions(mentions: list[Mention], gazetteer: Gazetteer,
                     extra_context: list[Candidate] | None = None,
                     ranker: Ranker | None = None) -> list[Candidate | None]:
    """The chosen candidate of each mention, in the context of the others: by `ranker`, or
    the learned ranker (where/rank.py) when the package ships one, else by the hand-weighted
    score. (`ranker` is for cross-validation: ``python -m eventwire.where.train`` with ``--cv``.)

    The first reading takes each mention's context from the prior-only choices
    (:func:`prior_choices`), where a country outweighs a division of its name: "Georgia" is
    the country there, beside Atlanta or not, and pulls "Athens" to Greece. So the mentions
    are read once more in the context of the first reading (a third reading changed nothing
    out of fold), as far as it overruled the kind prior: the choices of mentions the
    prior-only pass made a country, a division or a region. A town's first choice stays the
    prior's in the context: read again, one small namesake moved abroad or home ("Olivia", a
    person, put in the article's country) only tipped others after it, and cost towns out of
    fold on tune (where.train with --cv 5)."""
    ranker = ranker or load_ranker()

    def reading(chosen: list[Candidate | None]) -> list[Candidate | None]:
        contexts = contexts_of(mentions, chosen, extra_context)
        if ranker is None:
            return [best(stated_candidates(m), c, m.qualifiers, gazetteer.capitals)
                    for m, c in zip(mentions, contexts, strict=True)]
        return [ranker.best(stated_candidates(m), c, m.qualifiers, gazetteer.capitals, m.crossed)
                for m, c in zip(mentions, contexts, strict=True)]

    prior = prior_choices(mentions, gazetteer)
    chosen = reading(prior)
    seen = [c if p is not None and p.kind != "city" else p for p, c in zip(prior, chosen, strict=True)]
    # the same contexts again would give the same reading (most articles)
    return chosen if seen == prior else reading(seen)


def resolved_in(doc: Any, gazetteer: Gazetteer) -> list[Candidate | None]:
    """``resolve_mentions(collect_mentions(doc, gazetteer), gazetteer)`` (the shipped ranker,
    no article context), resolved once per Doc and gazetteer: the actors stage asks for it
    when the text leaves the article's country open, and the where stage reads it again for
    an article without a dateline or a publisher's country. A new list on each call."""
    found = doc.user_data.get(_RESOLVED_KEY)
    if found is None or found[0] != id(gazetteer):
        chosen = resolve_mentions(collect_mentions(doc, gazetteer), gazetteer)
        found = doc.user_data[_RESOLVED_KEY] = (id(gazetteer), chosen)
    return list(found[1])


def find_places(article: Article, gazetteer: Gazetteer, ranker: Ranker | None = None) -> None:
    """Find and resolve every toponym (by `ranker`, else the shipped one: resolve_mentions).
    Reads ``article.doc``, ``article.text`` and ``article.meta["dateline"]``; writes
    ``article.places`` (in text order)."""
    doc = article.doc
    if doc is None:
        article.places = []
        return
    mentions = collect_mentions(doc, gazetteer)
    extra = _article_context(article, gazetteer)
    chosen = resolved_in(doc, gazetteer) if not extra and ranker is None else \
        resolve_mentions(mentions, gazetteer, extra, ranker)
    pairs = list(zip(mentions, chosen, strict=True))
    kept = [m for m, c in pairs
            if not _facility_named_like_a_town_abroad(doc, pairs, m, c, gazetteer.capitals)]
    if len(kept) < len(mentions):   # "the Metro" is no town in Indonesia to read the rest by
        mentions = kept
        chosen = resolve_mentions(mentions, gazetteer, extra, ranker)
    chosen = _slash_joined(article.text, mentions, chosen)
    chosen = _local_namesakes(doc, mentions, chosen)
    chosen = _countries_read_as_local_towns(doc, mentions, chosen)
    chosen = _features_after_the(doc, mentions, chosen)
    chosen = _eponyms(doc, mentions, chosen, gazetteer.capitals)
    chosen = _short_forms(doc, mentions, chosen)
    chosen = _codes_at_home(doc, mentions, chosen)
    chosen = _hyphen_parts(mentions, chosen)
    unplaced = list(chosen)
    chosen, held = _held_in(doc, mentions, chosen, gazetteer.capitals)
    chosen = _in_stated_region(mentions, chosen, held)
    chosen = _qualifiers_holding(mentions, chosen)
    # mentions the text put in a holder ("San Jose on Mindoro island"): no pair moves them
    held_by_text = frozenset(i for i, (a, b) in enumerate(zip(unplaced, chosen, strict=True)) if a != b)
    chosen = readings.division_or_city(doc, mentions, chosen, gazetteer)
    nearby = _nearby_mentions(doc, gazetteer, mentions, chosen)
    mentions += nearby
    chosen += [m.candidates[0] for m in nearby]
    repeats = _repeated_mentions(doc, mentions, chosen)
    mentions += repeats
    chosen += [m.candidates[0] for m in repeats]
    naming = frozenset(i for i, m in enumerate(mentions) if m.end < len(doc) and _is_name_token(doc[m.end]))
    chosen = near_namesakes(mentions, chosen, gazetteer.capitals, dateline_place(article, gazetteer), naming,
                            held_by_text)
    chosen = _in_named_divisions(doc, mentions, chosen, gazetteer.capitals, naming | held_by_text)
    chosen = _stretches_near_towns(mentions, chosen)
    # towns moved home by their neighbours may leave a country's name read among them
    # ("Lancaster, York and Lebanon" once Lancaster lies in Pennsylvania)
    chosen = _countries_read_as_local_towns(doc, mentions, chosen)
    pairs = sorted(zip(mentions, chosen, strict=True), key=lambda pair: pair[0].start)
    places = _off_seats(doc, gazetteer, _facilities_not_towns(
        doc, pairs, [_held_place(_place(article.text, m, c), held) for m, c in pairs],
        gazetteer.capitals))
    places = landmark_entities(doc, places, gazetteer)
    dateline = _dateline_town(article, gazetteer)
    placed, guessed = facility_places(doc, article.text, places, gazetteer, dateline)
    placed, guessed = _off_seats(doc, gazetteer, placed), _off_seats(doc, gazetteer, guessed)
    article.places = sorted(places + placed + guessed, key=lambda place: place.start)
    # facilities put in the article's town only for want of a town in the text: a weaker
    # location of an event than a place the text names (where/locate.py)
    article.meta[GUESSED_PLACES] = {(place.start, place.end) for place in guessed}
    # a repeated name opening a longer one ("the Copenhagen Charter", "Slidell PD") names
    # the place, not where an event of the sentence happened (where/locate.py)
    article.meta[NAMING_PLACES] = {(m.start_char, m.end_char) for m in repeats
                                   if m.end < len(doc) and _is_name_token(doc[m.end])}
    article.meta[GUESSED_PLACES] |= place_unknowns(doc, article.places, dateline)
    owned = doc.user_data.get(_OWNED_KEY, {})
    for place in article.places:
        if place.resolution == "unknown" and place.country is None:
            place.country = owned.get((place.start, place.end))
    _unknowns_in_main_country(article.places, gazetteer)
    article.places = features.unplaced_features(doc, article.places,
                                                doc.user_data.get(_FEATURES_KEY, set()))
    features.place_in_divisions(doc, article.places, gazetteer)
    features.place_at_namesakes(article.places, gazetteer)
    article.places = features.drop_named_organisations(doc, features.drop_use_areas(article.places))


# a stretch of a long river or range (several records of one name, data/natural_features.tsv)
# this near one of the article's towns is the one meant, when the pick lies farther from all
STRETCH_KM = 300.0


def _stretches_near_towns(mentions: list[Mention],
                          chosen: list[Candidate | None]) -> list[Candidate | None]:
    """`chosen`, but a feature picked at a stretch far from every town and division the article
    names is the stretch of the same name nearest to one of them, when that lies within STRETCH_KM
    ("the Dnieper near Kherson" in a story that also names Russia is the Dnieper at Kherson,
    not its Russian stretch): a long river or range lies where the article's towns are."""
    towns = [c for c in chosen if c is not None and c.kind in ("city", "admin1") and c.lat is not None]
    return [_nearest_stretch(m, c, towns) for m, c in zip(mentions, chosen, strict=True)]


def _nearest_stretch(mention: Mention, pick: Candidate | None, towns: list[Candidate]) -> Candidate | None:
    if pick is None or pick.kind != "region" or pick.lat is None or not towns:
        return pick
    stretches = [c for c in mention.candidates if c.kind == "region" and c.name == pick.name
                 and c.lat is not None]
    if len(stretches) < 2 or any(_within(pick, town, STRETCH_KM) for town in towns):
        return pick
    pairs = [(c, t) for c in stretches for t in towns]
    stretch, town = min(pairs, key=lambda pair: distance_km(pair[0].lat or 0.0, pair[0].lon or 0.0,
                                                              pair[1].lat or 0.0, pair[1].lon or 0.0))
    return stretch if _within(stretch, town, STRETCH_KM) else pick


# towns joined by a slash lie within this many km of each other
SLASH_KM = 100.0


def _slash_joined(text: str, mentions: list[Mention],
                  chosen: list[Candidate | None]) -> list[Candidate | None]:
    """`chosen`, but two towns joined by a slash ("Vienna/Fairfax", "Raleigh/Durham") and
    resolved far apart become the biggest pair of their namesakes within SLASH_KM of each
    other: such a pair names one local thing (a metro station, an airport, a metro area), so
    a capital abroad is not meant. A pair with no namesakes that near stays as it was."""
    chosen = list(chosen)
    for i in range(len(mentions) - 1):
        first, second = mentions[i], mentions[i + 1]
        a, b = chosen[i], chosen[i + 1]
        if (text[first.end_char:second.start_char] != "/" or a is None or b is None
                or a.kind != "city" or b.kind != "city" or not _far(a, b)):
            continue
        pairs = [(math.log10(x.population + 1) + math.log10(y.population + 1), x, y)
                 for x in first.candidates for y in second.candidates if not _far(x, y)]
        if pairs:
            _, chosen[i], chosen[i + 1] = max(pairs, key=lambda pair: pair[0])
    return chosen


def _qualifiers_holding(mentions: list[Mention],
                        chosen: list[Candidate | None]) -> list[Candidate | None]:
    """`chosen`, but the qualifier of a town ("Georgia" of "Athens, Georgia") read as a
    country that does not hold the town becomes the division of its name that does: the
    town was read in the state the qualifier names (stated_candidates), so the qualifier
    names that state, not the Caucasus country. So does one read as a town far from it
    ("Ontario" of "London, Ontario" is the province, not the Californian town)."""
    chosen = list(chosen)
    by_start = {m.start: i for i, m in enumerate(mentions)}
    for i, mention in enumerate(mentions):
        j = by_start.get(mention.end + 1)
        town = chosen[i]
        if not mention.stated or j is None or town is None or town.kind != "city":
            continue
        qualifier = chosen[j]
        if qualifier is None or not (qualifier.kind == "country" and qualifier.country != town.country
                                     or qualifier.kind == "city" and _far_from(qualifier, town)):
            continue
        states = [c for c in mentions[j].candidates if c.kind == "admin1"
                  and c.country == town.country and qualifies(c, town)]
        chosen[j] = states[0] if states else qualifier
    return chosen


def _far(a: Candidate, b: Candidate) -> bool:
    """Whether `a` and `b` are more than SLASH_KM apart, or not both towns with coordinates."""
    if (a.kind != "city" or b.kind != "city" or a.lat is None or a.lon is None
            or b.lat is None or b.lon is None):
        return True
    return distance_km(a.lat, a.lon, b.lat, b.lon) > SLASH_KM


# more states than this sharing the article's places (a lone county whose name many states
# share: "Jefferson County", "Washington County") make no local article (_local_namesakes)
SHARED_COUNTY_STATES = 5
# a county's own offices after its name ("the Henry County commission"): local news of that
# county however many states share its name (data/county_body_nouns.tsv)
_COUNTY_BODY_NOUNS = frozenset(datafiles.words("where", "county_body_nouns.tsv"))


def _local_namesakes(doc: Any, mentions: list[Mention],
                     chosen: list[Candidate | None]) -> list[Candidate | None]:
    """`chosen`, but in a local article a town resolved abroad becomes its namesake in the
    article's state: "Paris" beside Lamar County and Dallas is Paris, Texas, and "Athens"
    beside Tyler and Longview Athens, Texas, though a world capital bears the name.

    An article is local when every other resolved place lies in one country and the states
    of its places below country level (towns, states, counties) agree on at least one state
    (:func:`_local_states`). An ambiguous county ("Lamar County" lies in four states) agrees
    with each of its states, and takes the state of the namesake found; but when the places
    leave more than SHARED_COUNTY_STATES states open (a lone "Jefferson County"), nothing says
    which state is home, and the town stays the well-known one, unless the county's own body
    speaks ("the Henry County commission", "the Floyd County sheriff"): local news. The text may say
    otherwise: a qualifier ("Paris, France") or a place of the town's country anywhere in the
    article keeps the town abroad, and so does a town the qualifier puts in no state or a trip
    the text takes there ("returned from Paris", "visited Athens"; :func:`_taken_abroad`). A name
    before its own local body ("the Paris City Council", :func:`_before_local_body`) also
    reaches the small namesakes a well-known city's name left out of its candidates."""
    chosen = list(chosen)
    for i, mention in enumerate(mentions):
        pick = chosen[i]
        if pick is None or pick.kind != "city" or mention.qualifiers or _taken_abroad(doc, mention):
            continue    # "returned from Paris", "visited Athens": a trip abroad, even from Texas
        others = [(m, c) for m, c in zip(mentions, chosen, strict=True)
                  if c is not None and m.candidates != mention.candidates]
        countries = {c.country for _, c in others}
        if len(countries) != 1 or pick.country in countries:
            continue
        states = _local_states(others)
        if len(states) > SHARED_COUNTY_STATES and not any(
                _is_county(c) and m.end < len(doc) and doc[m.end].lower_ in _COUNTY_BODY_NOUNS
                for m, c in others):
            continue    # "a Jefferson County farmer" alone: a county of 25 states makes no state local
        pool = mention.candidates + (mention.namesakes if _before_local_body(doc, mention) else [])
        home = [c for c in pool if c.kind == "city" and c.country in countries
                and c.admin1_code in states]
        if not home:
            continue
        namesake = max(home, key=lambda c: (not c.by_alternate, c.population))
        for j, (other, candidate) in enumerate(zip(mentions, chosen, strict=True)):
            if (candidate is not None and _is_county(candidate)
                    and candidate.admin1_code != namesake.admin1_code):
                chosen[j] = next((c for c in other.candidates if _is_county(c)
                                  and c.admin1_code == namesake.admin1_code), candidate)
        chosen = [namesake if m.candidates == mention.candidates else c
                  for m, c in zip(mentions, chosen, strict=True)]
    return chosen


# words between a town's name and its local body that keep the body the town's own ("the
# Paris City Council", "the Rome Town Board"); not "County", a county's body
_TOWN_WORDS = frozenset({"city", "town", "village", "borough", "township"})


def _before_local_body(doc: Any, mention: Mention) -> bool:
    """Whether a noun of a town's own body (local_body_nouns.tsv: council, police, mayor)
    follows `mention`, right after it or after a word of _TOWN_WORDS ("Paris City Council")."""
    i = mention.end
    if i < len(doc) and doc[i].lower_ in _TOWN_WORDS:
        i += 1
    return i < len(doc) and doc[i].lower_ in hidden.BODY_NOUNS


# a town named like a country ("Poland", Ohio) is meant when it lies this near a town of the
# article: a local paper's neighbours, not a reach abroad
NAMESAKE_KM = 50.0
# words for or against reading a country's name as a local town (_countries_read_as_local_towns)
_NAMESAKE_ROWS = datafiles.table("where", "namesake_evidence.tsv", ("word", "reading"),
                                 required=("word", "reading"))
LOCAL_WORDS = frozenset(row["word"] for row in _NAMESAKE_ROWS if row["reading"] == "local")
ABROAD_WORDS = frozenset(row["word"] for row in _NAMESAKE_ROWS if row["reading"] == "abroad")
# what may stand between the items of a list of towns ("Hershey, Lebanon and Palmyra")
_LIST_JOINERS = frozenset({",", "and", "or", "&"})


def _countries_read_as_local_towns(doc: Any, mentions: list[Mention],
                                   chosen: list[Candidate | None]) -> list[Candidate | None]:
    """`chosen`, but a country read in a local article whose every other place lies in one
    other country becomes its namesake town there when that town lies within NAMESAKE_KM of
    a town the article names and the text gives local evidence for it (:func:`_local_evidence`):
    "the shop in Poland" beside Youngstown and Boardman is Poland, Ohio, "victims in Lebanon"
    of a Harrisburg article still the country. A country named again by a demonym or a place
    of its own keeps its reading (every other place lies in one other country), and so does
    a qualified name. Every mention of the name reads alike."""
    keys = [tuple(c.record for c in m.candidates) for m in mentions]
    swapped: dict[tuple[int, ...], Candidate] = {}
    for key in dict.fromkeys(k for k, c in zip(keys, chosen, strict=True)
                             if c is not None and c.kind == "country"):
        same = [i for i, k in enumerate(keys) if k == key]
        town = _local_namesake(mentions, chosen, keys, same)
        if town is not None and _local_evidence(doc, mentions, chosen, same, town.country):
            swapped[key] = town
    return [swapped.get(k, c) for k, c in zip(keys, chosen, strict=True)]


def _local_namesake(mentions: list[Mention], chosen: list[Candidate | None],
                    keys: list[tuple[int, ...]], same: list[int]) -> Candidate | None:
    """The biggest namesake town of the country the mentions `same` name, in the one country
    of the article's other places and within NAMESAKE_KM of one of its towns or in the one
    state the article names ("Poland" in an Ohio story), or None."""
    if any(mentions[i].qualifiers or mentions[i].country for i in same):
        return None
    others = [(m, c) for m, c, k in zip(mentions, chosen, keys, strict=True)
              if c is not None and k != keys[same[0]]]
    countries = {c.country for _, c in others} | {m.country for m, _ in others if m.country}
    towns = [c for _, c in others if c.kind == "city" and c.lat is not None]
    states = {c.admin1_code for _, c in others if c.kind == "admin1" and c.admin1_code}
    pick = chosen[same[0]]
    if len(countries) != 1 or pick is None or pick.country in countries or not (towns or len(states) == 1):
        return None
    near = [c for c in mentions[same[0]].candidates if c.kind == "city" and c.country in countries
            and not c.by_alternate and (any(_within(c, t, NAMESAKE_KM) for t in towns)
                                        or len(states) == 1 and c.admin1_code in states)]
    return max(near, key=lambda c: c.population, default=None)


def _local_evidence(doc: Any, mentions: list[Mention], chosen: list[Candidate | None],
                    same: list[int], home: str | None) -> bool:
    """Whether the text reads the mentions `same` as a local town: none follows a word that
    takes the reader abroad ("deployed to", "victims in"; data/namesake_evidence.tsv), and
    one has a settlement noun beside it ("the town of X", "X Township"), stands in a list
    with a town of the `home` country ("Hershey, X and Palmyra") or shares its sentence with
    a local noun ("the shop in X")."""
    if any(_taken_abroad(doc, mentions[i]) for i in same):
        return False
    spans = {k for j, m in enumerate(mentions) if j not in same and chosen[j] is not None
             for k in range(m.start, m.end)}
    return any(_beside_settlement_noun(doc, mentions[i]) or _listed_with_town(doc, mentions, chosen, i, home)
               or any(t.lemma_.lower() in LOCAL_WORDS and not _placed_elsewhere(doc, t, mentions[i], spans)
                      for t in sentence_of(doc[mentions[i].start]))
               for i in same)


# a town picked abroad of this many inhabitants or more stays there, whatever division of
# another country the article names (_in_named_divisions)
DIVISION_TOWN = 1_000_000


def _in_named_divisions(doc: Any, mentions: list[Mention], chosen: list[Candidate | None],
                        capitals: frozenset[int] | set[int],
                        fixed: frozenset[int] = frozenset()) -> list[Candidate | None]:
    """`chosen`, but a town picked in a country no other place of the article lies in becomes
    its namesake by its own name inside a division the article names (its state or province,
    or within REGION_TOWN_KM of a region's point), when every division named lies in one
    country: "the Halifax council" beside West Yorkshire is the English town, not Nova
    Scotia's capital. A national capital or a town of DIVISION_TOWN inhabitants yields only to
    a namesake inside a county the article names (within REGION_TOWN_KM of it: "officers in
    Vienna ... Fairfax County police"), of a name few states share (:func:`_telling_county`),
    which then takes that county. Never a qualified mention, a trip abroad ("visited X",
    :func:`_taken_abroad`) nor the mentions `fixed` (indices of those opening a longer name,
    "Cambridge Analytica", or put in a holder by the text); the nearest namesake to a named
    division wins."""
    named = [(j, c) for j, (m, c) in enumerate(zip(mentions, chosen, strict=True)) if c is not None
             and not m.owner and c.kind in ("admin1", "region") and c.country and c.lat is not None]
    divisions = [c for _, c in named]
    if len({c.country for c in divisions}) != 1:
        return chosen
    country = divisions[0].country
    # a county's other namesakes in that country ("Floyd County" of Georgia, not Virginia's):
    # the town of the article's name inside one of them settles both; but a county whose name
    # more than SHARED_COUNTY_STATES states share ("Washington County") says nothing, unless its
    # own body speaks ("the Floyd County sheriff"), as in _local_namesakes
    counties = [(j, d) for j, c in named if c.kind == "region" and _telling_county(doc, mentions[j])
                for d in mentions[j].candidates
                if d.kind == "region" and d.country == country and d.lat is not None]
    out = list(chosen)
    for i, (mention, pick) in enumerate(zip(mentions, chosen, strict=True)):
        if (pick is None or i in fixed or pick.kind != "city" or pick.country == country
                or mention.qualifiers or mention.stated
                or mention.crossed or _taken_abroad(doc, mention)):
            continue
        if any(c is not None and c.country == pick.country and m.candidates != mention.candidates
               for m, c in zip(mentions, chosen, strict=True)):
            continue    # the article names the pick's country elsewhere: it reaches there
        towns = [c for c in mention.candidates + mention.namesakes
                 if c.kind == "city" and c.country == country and not c.by_alternate and c.lat is not None]
        if pick.record in capitals or pick.population >= DIVISION_TOWN:
            # a capital or a big town abroad yields only to a namesake in a county the
            # article names ("officers in Vienna ... Fairfax County police")
            near = [(km_apart(c, d), c, j, d) for c in towns for j, d in counties
                    if _in_division(c, d)]
            if near:
                _, namesake, j, county = min(near, key=lambda item: item[0])
                out = [namesake if m.candidates == mention.candidates
                       else county if m.candidates == mentions[j].candidates else c
                       for m, c in zip(mentions, out, strict=True)]
            continue
        inside = [(min(km_apart(c, d) for d in divisions), c) for c in towns
                  if any(_in_division(c, d) for d in divisions)]
        if inside:
            namesake = min(inside, key=lambda pair: pair[0])[1]
            out = [namesake if m.candidates == mention.candidates else c
                   for m, c in zip(mentions, out, strict=True)]
    return out


def _telling_county(doc: Any, mention: Mention) -> bool:
    """Whether a county mention names few enough states to place a town (SHARED_COUNTY_STATES
    at most: "Fairfax County"), or its own body speaks ("the Floyd County commission")."""
    states = {c.admin1_code for c in mention.candidates if _is_county(c)}
    return len(states) <= SHARED_COUNTY_STATES or (
        mention.end < len(doc) and doc[mention.end].lower_ in _COUNTY_BODY_NOUNS)


def _in_division(town: Candidate, division: Candidate) -> bool:
    """Whether `town` lies in `division`: its admin1, or within REGION_TOWN_KM of a region's
    point."""
    if division.kind == "admin1":
        return bool(town.admin1_code) and town.admin1_code == division.admin1_code
    return km_apart(town, division) <= REGION_TOWN_KM


def _taken_abroad(doc: Any, mention: Mention) -> bool:
    """Whether the preposition before `mention` hangs on a word of ABROAD_WORDS ("returning from
    X", "a trip to X"), or the mention is the object of one ("visited X")."""
    before = doc[mention.start - 1] if mention.start > 0 else None
    if before is not None and before.pos_ == "ADP" and before.head.lemma_.lower() in ABROAD_WORDS:
        return True
    roots = [t for t in doc[mention.start:mention.end] if not mention.start <= t.head.i < mention.end]
    return any(t.dep_ == "dobj" and t.head.lemma_.lower() in ABROAD_WORDS for t in roots)


def _placed_elsewhere(doc: Any, word: Any, mention: Mention, elsewhere: set[int]) -> bool:
    """Whether another place of the text (token indices `elsewhere`) places the local `word`
    itself or the noun it is part of ("an Ohio farmer", "a Pennsylvania bakery owner",
    "farmers in Ohio"): where the person or shop is, no sign that `mention` names a town. A
    word the mention's own preposition hangs on ("a Pennsylvania bakery in Lebanon") is not."""
    nouns = [word, word.head] if word.dep_ == "compound" else [word]
    before = doc[mention.start - 1] if mention.start > 0 else None
    if before is not None and before.pos_ == "ADP" and before.head in nouns:
        return False
    for noun in nouns:
        for child in noun.children:
            if child.i in elsewhere and child.dep_ in ("compound", "amod", "poss", "nmod", "npadvmod"):
                return True
            if child.dep_ == "prep" and any(g.i in elsewhere for g in child.children if g.dep_ == "pobj"):
                return True
    return False


def _beside_settlement_noun(doc: Any, mention: Mention) -> bool:
    """ "the town of X", "X Township": a settlement noun names the mention a town."""
    after = doc[mention.end].lower_ if mention.end < len(doc) else ""
    of_before = mention.start >= 2 and doc[mention.start - 1].lower_ == "of"
    return after in SETTLEMENT_NOUNS or (of_before and doc[mention.start - 2].lower_ in SETTLEMENT_NOUNS)


def _listed_with_town(doc: Any, mentions: list[Mention], chosen: list[Candidate | None], i: int,
                      home: str | None) -> bool:
    """Whether mention `i` stands next to a town of `home` in a list ("Hershey, X and Palmyra")."""
    for j in (i - 1, i + 1):
        other = chosen[j] if 0 <= j < len(mentions) else None
        if other is None or other.kind != "city" or other.country != home:
            continue
        first, second = sorted((mentions[i], mentions[j]), key=lambda m: m.start)
        between = doc[first.end:second.start]
        if len(between) and all(t.lower_ in _LIST_JOINERS for t in between):
            return True
    return False


def _features_after_the(doc: Any, mentions: list[Mention],
                        chosen: list[Candidate | None]) -> list[Candidate | None]:
    """`chosen`, but a division whose name a natural feature bears only as an alternate name
    (build._add_natural_features: "Blue Nile", a state of Sudan and a river) is the feature
    when "the" stands before the name and no division word after it: "crossed the Zambezi",
    "the dam on the Blue Nile"; "in Blue Nile", "the Blue Nile state" stay the division's."""
    return [_feature_after_the(doc, m, c) for m, c in zip(mentions, chosen, strict=True)]


def _feature_after_the(doc: Any, mention: Mention, pick: Candidate | None) -> Candidate | None:
    if pick is None or pick.kind not in ("admin1", "country") or mention.qualifiers:
        return pick
    features_named = [c for c in mention.candidates
                      if c.kind == "region" and c.by_alternate and features.feature_named(c.name)]
    after = doc[mention.end].lower_ if mention.end < len(doc) else ""
    if (not features_named or mention.start == 0 or doc[mention.start - 1].lower_ != "the"
            or after in ADMIN_TERMS):
        return pick
    return best(features_named)


def _within(a: Candidate, b: Candidate, km: float) -> bool:
    """Whether two places with coordinates lie within `km` of each other."""
    if None in (a.lat, a.lon, b.lat, b.lon):
        return False
    return distance_km(a.lat or 0.0, a.lon or 0.0, b.lat or 0.0, b.lon or 0.0) <= km


def _names_a_company(doc: Any, mention: Mention) -> bool:
    """Whether a company word closes a name `mention` opens ("Cambridge Analytica",
    "Oxford Economics"; data/company_words.tsv)."""
    end = mention.end
    return end < len(doc) and doc[end].is_title and doc[end].lower_ in COMPANY_WORDS


def _eponyms(doc: Any, mentions: list[Mention], chosen: list[Candidate | None],
             capitals: frozenset[int] | set[int]) -> list[Candidate | None]:
    """`chosen`, but a place that names a company is the place best known by the name (the
    prior's choice), not a namesake the article's geography offers: "Cambridge Analytica" in
    a story about American voters is still named after Cambridge, England. A qualifier
    ("Cambridge, Mass.-based") keeps the reading."""
    return [best(m.candidates, capitals=capitals)
            if c is not None and not m.qualifiers and _names_a_company(doc, m) else c
            for m, c in zip(mentions, chosen, strict=True)]


def _short_forms(doc: Any, mentions: list[Mention],
                 chosen: list[Candidate | None]) -> list[Candidate | None]:
    """`chosen`, but a bare name read in another country than the division the article names
    in full by it is that division: "Suffolk" (of "the Suffolk Herald") beside "Suffolk
    County" of New York is no English county, "Kent" beside Delaware's "Kent County" no
    English one. A qualified name keeps its reading."""
    chosen = list(chosen)
    full: dict[str, Candidate] = {}
    for mention, candidate in zip(mentions, chosen, strict=True):
        words = doc[mention.start:mention.end]
        if (candidate is not None and candidate.kind in ("region", "admin1") and len(words) > 1
                and words[-1].lower_ in ADMIN_TERMS):
            full.setdefault(words[:-1].text, candidate)
    for i, (mention, candidate) in enumerate(zip(mentions, chosen, strict=True)):
        whole = full.get(doc[mention.start:mention.end].text)
        if (whole is not None and candidate is not None and not mention.qualifiers
                and candidate.country != whole.country):
            chosen[i] = whole
    return chosen


def _codes_at_home(doc: Any, mentions: list[Mention],
                   chosen: list[Candidate | None]) -> list[Candidate | None]:
    """`chosen`, but a code in capitals read as a country ("SA": South Africa) is the
    division it also codes ("SA": South Australia) when every other place of the article
    lies in the division's country: "police in SA" beside Adelaide."""
    chosen = list(chosen)
    for i, mention in enumerate(mentions):
        pick, text = chosen[i], doc[mention.start:mention.end].text
        if pick is None or pick.kind != "country" or not _acronym(text) or not text.isupper():
            continue
        countries = {c.country for j, c in enumerate(chosen) if c is not None and j != i
                     and mentions[j].candidates != mention.candidates}
        home = [c for c in mention.candidates if c.kind == "admin1" and {c.country} == countries]
        chosen[i] = home[0] if home else pick
    return chosen


def _company_word(doc: Any, mention: Mention, previous: Mention | None) -> bool:
    """Whether `mention` is only the company word closing a name a place opens ("Analytica"
    of "Cambridge Analytica", tagged a place of its own)."""
    return (previous is not None and previous.end == mention.start and not mention.candidates
            and all(t.lower_ in COMPANY_WORDS for t in doc[mention.start:mention.end]))


# nouns of a settlement or a part of one: "X, a village in Y" (_holder); PART_NOUNS those of
# a part, which "the X area of Y" puts in Y ("the Texas city of Paris" names the other way)
_SETTLEMENT_ROWS = datafiles.table("where", "settlement_nouns.tsv", ("noun", "part"),
                                   required=("noun",))
SETTLEMENT_NOUNS = frozenset(row["noun"] for row in _SETTLEMENT_ROWS)
PART_NOUNS = frozenset(row["noun"] for row in _SETTLEMENT_ROWS if row.get("part") == "1")
# words that put a settlement in a holder after its noun ("a suburb north of Y")
_HOLDING_WORDS = {"in", "of", "near", "outside"}
_BEARINGS = {"north", "south", "east", "west", "northeast", "northwest", "southeast",
             "southwest"}
# words between the article and the noun of an apposition ("a small fishing village")
_APPOSITION_WORDS = 3


def _held_in(doc: Any, mentions: list[Mention], chosen: list[Candidate | None],
             capitals: frozenset[int] | set[int] = frozenset(),
             ) -> tuple[list[Candidate | None], dict[int, Candidate]]:
    """`chosen`, but a place the text puts in another (:func:`_holder`) elsewhere becomes
    its namesake there ("Victoria, a town in Ghana's Volta Region" is no district of Hong
    Kong; "the Clifton area of Karachi" no town of New Jersey), or, when the gazetteer has
    none there, no candidate: an unknown place of the holder (as is a place the gazetteer
    does not know that the text puts in another plainly), which :func:`_held_place` gives the
    holder's country (and its point when the holder is a town or a county: the place lies in
    it). Returns the new choices and the holders of the unknowns, by the start of their
    mention. Every occurrence of the name moves with the one the text places.

    An apposition or "the X area of Y" says so plainly, whatever the pick: it must lie in Y
    (:func:`_lies_in`: in its state, within HOME_KM of its town, in its country); a bare
    "X, Y" or "X in Y" moves only a town below BIG_CITY inhabitants and no capital, in
    another country than Y's ("Vienna, Virginia" is the qualifier's business)."""
    chosen = list(chosen)
    held: dict[int, Candidate] = {}
    index = {m.start: i for i, m in enumerate(mentions)}
    for i, mention in enumerate(mentions):
        pick = chosen[i]
        found = _holder(doc, mention, index)
        if mention.country or found is None:
            continue
        j, plain = found
        holder = chosen[j]
        if pick is None and plain and holder is not None and holder.country:
            held[mention.start_char] = holder     # "Kwaru, a village in Zamfara State"
        # a country moves only when the text calls it a settlement of the holder and a town
        # of its name lies there ("Poland, a village near Youngstown")
        if pick is None or (pick.kind == "country" and not (
                plain and holder is not None and _namesake_in(mention, holder))):
            continue
        if holder is None or not holder.country or mentions[j].candidates == mention.candidates:
            continue
        # a reading of the holder that holds the pick ("Perth, Ontario": the province, though
        # the town in California was chosen) keeps it
        if any(_lies_in(pick, other) for other in mentions[j].candidates if other.kind != "city"):
            continue
        if plain and _lies_in(pick, holder):
            continue
        if not plain and (holder.country == pick.country or pick.kind != "city"
                          or pick.population >= BIG_CITY or pick.record in capitals):
            continue
        there = [c for c in mention.candidates if c.kind != "country" and _lies_in(c, holder)]
        namesake = max(there, key=lambda c: (not c.by_alternate, c.population), default=None)
        for k, other in enumerate(mentions):
            if other.candidates == mention.candidates and chosen[k] == pick:
                chosen[k] = namesake
                if namesake is None:
                    held[other.start_char] = holder
    return chosen, held


# a town the text puts in a county or region ("Thruxton, Hampshire") lies within this many km of
# the region's point; a small town of the name farther away is not the one meant
REGION_TOWN_KM = 75.0
# ... and when every town of the name is farther and smaller than this, the gazetteer lacks the
# one meant ("Croft, Yorkshire"): it is an unknown place of the region
SMALL_NAMESAKE = 10_000


def _in_stated_region(mentions: list[Mention], chosen: list[Candidate | None],
                      held: dict[int, Candidate]) -> list[Candidate | None]:
    """`chosen`, but a town stated in a region ("X, R": resolve.qualifies only checks the
    country there) becomes the nearest namesake within REGION_TOWN_KM of R's point, even when
    the ranker took a bigger namesake abroad ("Kingston, Surrey" is no Jamaican town, and R no
    Canadian town then: :func:`_holding_region`), or, when
    the pick lies in R's country and every namesake is a small town farther off, an unknown
    place held in R (`held`, which _held_place gives R's point)."""
    chosen = list(chosen)
    index = {m.start: i for i, m in enumerate(mentions)}
    for i, mention in enumerate(mentions):
        j = index.get(mention.end + 1)
        region = chosen[j] if j is not None and mention.stated else None
        pick = chosen[i]
        if j is not None and region is not None and region.kind == "city" and pick is not None \
                and pick.country != region.country:
            region = _holding_region(mention, mentions[j]) or region
            chosen[j] = region
        if (pick is None or region is None or region.kind != "region" or region.lat is None
                or pick.kind != "city"):
            continue
        towns = [(km_apart(c, region), c) for c in mention.candidates
                 if c.kind == "city" and c.country == region.country and c.lat is not None]
        near = [pair for pair in towns if pair[0] <= REGION_TOWN_KM]
        if near:
            chosen[i] = min(near, key=lambda pair: pair[0])[1]
        elif pick.country == region.country and all(c.population < SMALL_NAMESAKE for _, c in towns):
            chosen[i] = None
            held[mention.start_char] = region
    return chosen


def _holding_region(town: Mention, qualifier: Mention) -> Candidate | None:
    """A region among the `qualifier`'s candidates with a namesake of `town` within
    REGION_TOWN_KM of its point: "Kingston, Surrey" read as two towns an ocean apart is a
    town of the English county."""
    return next((r for r in qualifier.candidates if r.kind == "region" and r.lat is not None
                 and any(c.kind == "city" and c.country == r.country and c.lat is not None
                         and km_apart(c, r) <= REGION_TOWN_KM for c in town.candidates)), None)


def _namesake_in(mention: Mention, holder: Candidate) -> bool:
    """Whether a town or division among `mention`'s candidates lies in `holder`."""
    return any(c.kind != "country" and _lies_in(c, holder) for c in mention.candidates)


def _lies_in(candidate: Candidate, holder: Candidate) -> bool:
    """Whether `candidate` lies in `holder`: its country, its admin1, near its town."""
    if candidate.country != holder.country:
        return False
    if holder.kind == "admin1":
        return candidate.admin1_code == holder.admin1_code
    if holder.kind == "city" and None not in (candidate.lat, candidate.lon, holder.lat, holder.lon):
        return distance_km(candidate.lat or 0.0, candidate.lon or 0.0, holder.lat or 0.0,
                           holder.lon or 0.0) <= HOME_KM
    return True


def _holder(doc: Any, mention: Mention, index: dict[int, int]) -> tuple[int, bool] | None:
    """The index of the mention the text puts `mention` in, and whether it says so plainly
    (an apposition, "X, a village in Y" or "X, a suburb east of Y", "X, a Polish village";
    "the X area of Y", PART_NOUNS), or
    only by "X, Y" standing alone (Mention.stated) or "X in Y"; None when it does not. A
    settlement near a border ("X, a village near the Ukrainian border") lies in neither
    country (:func:`_names_a_border`), and people from X in Y do not put X in Y
    (:func:`_from_of_people`)."""
    end = mention.end
    if end + 1 < len(doc) and doc[end].lower_ in PART_NOUNS and doc[end + 1].lower_ in ("of", "in"):
        found = _mention_at(doc, end + 2, index)
        return None if found is None else (found, True)
    if end < len(doc) and doc[end].text == ",":
        i = end + 1
        if i < len(doc) and doc[i].lower_ in ("a", "an", "the"):
            for k in range(i + 1, min(len(doc), i + 1 + _APPOSITION_WORDS)):
                if doc[k].lower_ in SETTLEMENT_NOUNS:
                    # "a Polish village near the Ukrainian border": the place before the
                    # noun holds it, whatever follows
                    before = next((index[t] for t in range(i + 1, k) if t in index), None)
                    if before is not None:
                        return before, True
                    return _held_after_noun(doc, k + 1, index)
                if not doc[k].is_alpha:
                    break
        if mention.stated and i in index:
            return index[i], False
    if end < len(doc) and doc[end].lower_ == "in" and not _from_of_people(doc, mention):
        found = _mention_at(doc, end + 1, index)
        return None if found is None else (found, False)
    return None


def _from_of_people(doc: Any, mention: Mention) -> bool:
    """Whether `mention` is where the people of a noun come from ("Refugees from Kobani in
    Suruc", "families from Mosul in Erbil"): its "in Y" then tells where they are now, not
    where X lies. A "from" the parser hangs on a verb ("fled from Aleppo in Syria") leaves
    "X in Y" as it reads."""
    start = mention.start
    if start == 0 or doc[start - 1].lower_ != "from":
        return False
    return doc[start - 1].head.pos_ in ("NOUN", "PROPN", "PRON") and doc[start - 1].head.i < start


def _held_after_noun(doc: Any, i: int, index: dict[int, int]) -> tuple[int, bool] | None:
    """The mention after a settlement noun's "in Y", "of Y", "east of Y"."""
    if i + 1 < len(doc) and doc[i].lower_ in _BEARINGS and doc[i + 1].lower_ == "of":
        i += 1
    if i < len(doc) and doc[i].lower_ in _HOLDING_WORDS:
        found = _mention_at(doc, i + 1, index)
        if found is None or _names_a_border(doc, i + 1):
            return None
        return found, True
    return None


def _names_a_border(doc: Any, i: int) -> bool:
    """Whether the words from token `i` name a border ("the Ukrainian border", "the border
    with Ukraine", "the Syrian frontier"): a settlement near it lies on either side."""
    for k in range(i, min(len(doc), i + 4)):
        if doc[k].lower_ in _BORDER_NOUNS:
            return True
        if not (doc[k].is_alpha or doc[k].text in ("-", "'s", "’s")):
            return False
    return False


def _mention_at(doc: Any, i: int, index: dict[int, int]) -> int | None:
    """The mention starting at token `i`, or after a "the" there."""
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    return index.get(i)


def _held_place(place: Place, held: dict[int, Candidate]) -> Place:
    """An unknown `place` in its holder (:func:`_held_in`): a town's or a county's point,
    name and resolution, as facilities.place_unknowns gives them; a division's or a country's
    country (and admin1) only, without a point."""
    holder = held.get(place.start)
    if holder is None or place.resolution != "unknown":
        return place
    if holder.kind in ("city", "region") and holder.lat is not None:
        return to_place(place.text, place.start, place.end, holder)
    return Place(text=place.text, start=place.start, end=place.end, name=place.name,
                 country=holder.country, admin1=holder.admin1 if holder.kind != "country" else None)


def _local_states(others: list[tuple[Mention, Candidate]]) -> set[str]:
    """The states (admin1 codes) every one of the places below country level in `others` may
    lie in: its own, or any of an ambiguous county's; empty when there is none, or they
    disagree."""
    states: set[str] | None = None
    for mention, candidate in others:
        if candidate.kind == "country":
            continue
        if _is_county(candidate):
            codes = {c.admin1_code for c in mention.candidates if _is_county(c) and c.admin1_code}
        else:
            codes = {candidate.admin1_code} if candidate.admin1_code else set()
        states = codes if states is None else states & codes
    return states or set()


def _is_county(candidate: Candidate | None) -> bool:
    """A division below the state (a US county, resolution "region") with its state's code."""
    return candidate is not None and candidate.kind == "region" and bool(candidate.admin1_code)


def _facilities_not_towns(doc: Any, pairs: list[tuple[Mention, Candidate | None]],
                          places: list[Place],
                          capitals: frozenset[int] | set[int] = frozenset()) -> list[Place]:
    """`places` without those that only open a facility's name, which facilities.py then
    places where the text puts the facility:

    - a demonym or a saint's possessive right before the facility noun: "the French
      Quarter", "the Egyptian Museum", "St. Peter's Basilica" name no country and no town
      called St. Peter (:func:`_opens_facility_name`);
    - a small town named like a facility ("Washington Square", a town of Pennsylvania)
      lying far from the article's own town: such a name in a local article is the square
      of its town;
    - a facility named after a town abroad (:func:`_named_after_a_town_abroad`); a natural
      feature so named ("Victoria Island") stays, as a toponym the gazetteer does not know,
      for facilities.place_unknowns and :func:`_unknowns_in_main_country` to place."""
    home = home_town(places)
    streets = [_opens_a_far_named(doc, mention) for mention, _ in pairs]
    others = [place for place, street in zip(places, streets, strict=True) if not street]
    own = home_town(others)
    kept = []
    for (mention, candidate), place, street in zip(pairs, places, streets, strict=True):
        if _opens_facility_name(doc, mention) or (
                street and (_far_from(candidate, own) or _other_town_of_sentence(doc, mention, candidate,
                                                                                 others))):
            continue
        if (home is not None and home.lat is not None and home.lon is not None
                and candidate is not None and candidate.kind == "city"
                and candidate.population < SMALL_TOWN and candidate.lat is not None
                and candidate.lon is not None
                and ends_in_facility_noun(doc[mention.start:mention.end])
                and distance_km(candidate.lat, candidate.lon, home.lat, home.lon) > HOME_KM):
            continue
        if _facility_named_like_a_town_abroad(doc, pairs, mention, candidate, capitals):
            continue
        if _named_after_a_town_abroad(doc, pairs, mention, candidate, capitals):
            if ends_in_facility_noun(doc[mention.start:mention.end]) or _opens_a_facility(doc, mention):
                continue
            place = _place(doc_text(doc), mention, None)
        kept.append(place)
    return kept


def _opens_a_far_named(doc: Any, mention: Mention) -> bool:
    """Whether `mention` opens, or is, the name of a facility of a kind often named after a
    far town ("Lincoln Avenue", "Hampton Road": facilities.named_after_far_towns), the noun
    right after the town: with a brand between ("the Islamabad Marriott Hotel") the town is
    the hotel's own."""
    span = doc[mention.start:mention.end]
    end = mention.end if ends_in_facility_noun(span) else _opens_a_facility(doc, mention)
    return end in (mention.end, mention.end + 1) and named_after_far_towns(doc[mention.start:end])


def _far_from(candidate: Candidate | None, home: Place | Candidate | None) -> bool:
    """Whether `candidate` is a town lying more than HOME_KM from the article's town `home`,
    or a state that does not hold it: a street of the article's town named after it
    ("Lincoln Avenue" of a Springfield paper, "Pennsylvania Avenue" of a Houston one) lies
    in the article's town, where facilities.py puts the whole name."""
    if candidate is None or home is None:
        return False
    if candidate.kind == "admin1":
        return home.admin1 not in (candidate.name, candidate.admin1)
    return (candidate.kind == "city" and candidate.lat is not None and candidate.lon is not None
            and home.lat is not None and home.lon is not None
            and distance_km(candidate.lat, candidate.lon, home.lat, home.lon) > HOME_KM)


def _other_town_of_sentence(doc: Any, mention: Mention, candidate: Candidate | None,
                            places: list[Place]) -> bool:
    """Whether the sentence of the street `mention` opens names a town, none of them the
    town or state `candidate` read for it: "In London, protesters marched down Oxford
    Street" is London's street (facilities.py puts it in the town of its sentence)."""
    if candidate is None or candidate.kind not in ("city", "admin1"):
        return False
    sentence = doc[mention.start].sent
    towns = {p.name for p in places if p.resolution == "city" and p.lat is not None
             and sentence.start_char <= p.start < sentence.end_char and p.start != mention.start_char}
    return bool(towns) and candidate.name not in towns


def _named_after_a_town_abroad(doc: Any, pairs: list[tuple[Mention, Candidate | None]],
                               mention: Mention, candidate: Candidate | None,
                               capitals: frozenset[int] | set[int]) -> bool:
    """Whether `mention` names a facility or a natural feature after a town that lies outside
    the article's own countries (:func:`_home_countries`): "Independence Square" in an article
    about Kiev is not in Independence, Missouri, nor "Victoria Island" in one about Lagos in
    Victoria, Hong Kong. Such a feature lies where the text puts it, or in the article's
    country; the namesake town abroad is a far guess.

    A town that opens a facility's name at home keeps its place ("Leeds General Hospital");
    so does a big town or a capital abroad ("the Tokyo Dome"), unless the text puts the
    facility in a place of another country ("the Jerusalem Hotel in Kabul") or the facility
    is of a kind often named after a far town ("the Cairo Hotel" of a story about Mogadishu:
    facilities.named_after_far_towns); and a town the text puts in its own country stays
    ("Leiden University in the Netherlands")."""
    if candidate is None or candidate.kind != "city" or candidate.country is None:
        return False
    span = doc[mention.start:mention.end]
    last = span[-1].lower_
    feature = len(span) > 1 and last in _FEATURE_WORDS and not candidate.name.lower().endswith(last)
    end = mention.end if feature or ends_in_facility_noun(span) else _opens_a_facility(doc, mention)
    if not end:
        return False
    holder = _put_in(doc, pairs, mention.start, end)
    if holder is not None and holder.country:
        return holder.country != candidate.country     # "Leiden University in the Netherlands"
    home = _home_countries(pairs, candidate)
    return (bool(home) and candidate.country not in home
            and (candidate.population < WEAK_TOWN and candidate.record not in capitals
                 or named_after_far_towns(doc[mention.start:end])))


def _facility_named_like_a_town_abroad(doc: Any, pairs: list[tuple[Mention, Candidate | None]],
                                       mention: Mention, candidate: Candidate | None,
                                       capitals: frozenset[int] | set[int]) -> bool:
    """Whether NER tags the mention, one word, a facility (FAC) and the gazetteer makes it a
    town outside the article's own countries (:func:`_home_countries`), neither big nor a
    capital, in a country the article names no other place of: "the Metro" of an article
    about Virginia is its underground, not Metro in Indonesia; a facility so named is where
    the article is ("Guantanamo" beside "Naval Station Guantanamo Bay" stays). An airport
    named alone
    ("Heathrow") is the big town it serves and stays; so does a longer name ("Naval Station
    Guantanamo Bay" in an article about Washington)."""
    if (candidate is None or candidate.kind != "city" or candidate.country is None
            or candidate.population >= WEAK_TOWN or candidate.record in capitals):
        return False
    if mention.end - mention.start != 1 or not any(
            ent.label_ in MAYBE_PLACE_LABELS and _trim(ent).start == mention.start
            and _trim(ent).end == mention.end for ent in doc_ents(doc)):
        return False
    home = _home_countries(pairs, candidate)
    return bool(home) and candidate.country not in home and not any(
        c is not None and c.country == candidate.country and m.candidates != mention.candidates
        for m, c in pairs)


def _home_countries(pairs: list[tuple[Mention, Candidate | None]], candidate: Candidate) -> set[str]:
    """The countries holding HOME_SHARE of the article's other resolved places (other than
    those resolved as `candidate`)."""
    counts = Counter(c.country for _, c in pairs
                     if c is not None and c.country and c.record != candidate.record)
    total = sum(counts.values())
    return {country for country, n in counts.items() if n >= HOME_SHARE * total}


def _opens_a_facility(doc: Any, mention: Mention) -> int:
    """The end of the facility name `mention` opens ("Jerusalem" in "the Jerusalem Hotel",
    "Independence" in "Independence Square"), or 0: up to FACILITY_NAME_WORDS name words
    after it, the last a facility noun."""
    for end in range(mention.end + 1, min(len(doc), mention.end + FACILITY_NAME_WORDS) + 1):
        if not _is_name_token(doc[end - 1]):
            return 0
        if ends_in_facility_noun(doc[mention.start:end]):
            return end
    return 0


def _put_in(doc: Any, pairs: list[tuple[Mention, Candidate | None]], start: int,
            end: int) -> Candidate | None:
    """The resolved place the text puts the name at tokens `start`:`end` in ("X in Y", "X, Y",
    "X at Y", "X near Y", "Y's X"), or None."""
    i = end
    while i < len(doc) and i - end < 2 and doc[i].lower_ in (",", "in", "at", "near"):
        i += 1
    if i < len(doc) and i > end and doc[i].lower_ == "the":
        i += 1
    owner = start - 1 if start > 0 and doc[start - 1].text in ("'s", "’s") else None
    return next((c for m, c in pairs if c is not None and (m.start == i > end or m.end == owner)),
                None)


def _opens_facility_name(doc: Any, mention: Mention) -> bool:
    """Whether `mention` is a demonym right before a capitalised facility noun ("French
    Quarter", "Egyptian Museum"), or a name with a possessive right before one ("St. Peter's
    Basilica", "St. James's Park"). A town holding a facility with a name of its own keeps
    its place: "Leeds's Harlow Road", "Leeds General Hospital"."""
    end = mention.end
    if end < len(doc) and mention.country is not None:
        return ends_in_facility_noun(doc[mention.start:end + 1])
    return (end + 1 < len(doc) and doc[end].text in ("'s", "’s")
            and ends_in_facility_noun(doc[mention.start:end + 2]))


# prepositions before a town near the article's others: PLACE_PREPOSITIONS and "of" and
# "between" ("Miss Abdhou, of Hayes"; "between Coggeshall and Marks Tey"), and the words
# that say the town is near them ("nearby Smiths Falls")
NEARBY_PREPOSITIONS = PLACE_PREPOSITIONS | {"of", "between", "nearby", "neighbouring", "neighboring"}


def _nearby_mentions(doc: Any, gazetteer: Gazetteer, mentions: list[Mention],
                     chosen: list[Candidate | None]) -> list[Mention]:
    """Towns NER missed near the towns resolved so far: opening an organisation's name,
    or after a preposition (patterns.towns_opening_organisations,
    patterns.towns_after_prepositions)."""
    points = [(c.lat, c.lon) for c in chosen
              if c is not None and c.kind == "city" and c.lat is not None and c.lon is not None]
    taken = {i for m in mentions for i in range(m.start, m.end)}

    def lookup(text: str) -> list[Candidate]:
        return lookup_variants(gazetteer, text)

    person_words = _person_words(doc, min_words=2)
    found = patterns.towns_opening_organisations(doc, points, lookup, taken, person_words)
    taken |= {i for start, end, _ in found for i in range(start, end)}
    states = [c for c in chosen if c is not None and c.kind == "admin1"]
    found += patterns.towns_after_prepositions(doc, points, lookup, taken, NEARBY_PREPOSITIONS,
                                               person_words, states)
    return [_mention(doc, start, end, candidates) for start, end, candidates in found]


def _repeated_mentions(doc: Any, mentions: list[Mention],
                       chosen: list[Candidate | None]) -> list[Mention]:
    """Other occurrences of the names resolved so far, as the same places
    (patterns.repeated_names), but for a mission's sender ("Russia's embassy").

    Only a name the text vouches for is repeated: one NER tags as a place, or one right
    after a preposition of place ("in Riverdale", tagged a person); and only a place named
    by its own name, or a big one (an alternate name of a small town, "Newcomers" for
    Newcomerstown, is too often another word). A name found some other way (a part of an
    organisation's name, a capitalised word in a list) is not evidence enough."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    tagged = {(span.start, span.end) for span in (_trim(ent) for ent in doc_ents(doc)
                                                  if ent.label_ in PLACE_LABELS)}
    resolved = [(m.start, m.end, c) for m, c in zip(mentions, chosen, strict=True)
                if c is not None and not m.country and _vouched(doc, m, tagged)
                and (not c.by_alternate or c.kind != "city" or c.population >= BIG_CITY)]
    found = patterns.repeated_names(doc, resolved, taken, _person_words(doc, min_words=2))
    return [_mention(doc, start, end, candidates) for start, end, candidates in found
            if not names_a_sender(doc, start, end)]


def _vouched(doc: Any, mention: Mention, tagged: set[tuple[int, int]]) -> bool:
    return (mention.start, mention.end) in tagged or (
        mention.start > 0 and doc[mention.start - 1].lower_ in hidden.LOCATIVE_PREPOSITIONS)


# the article.meta key of the (start, end) of facilities placed in the article's town
GUESSED_PLACES = "guessed_places"
# the article.meta key of the (start, end) of places found only as the opening of a longer
# name (_repeated_mentions)
NAMING_PLACES = "naming_places"

# an unknown toponym is put in the article's main country when this share of its resolved
# places lies there (the place stays "unknown", without coordinates)
MAIN_COUNTRY_SHARE = 0.5


def _unknowns_in_main_country(places: list[Place], gazetteer: Gazetteer | None = None) -> None:
    """Give unresolved toponyms the article's dominant country, when there is one (after
    facilities.place_unknowns, which puts those the text names with a place in that place);
    a natural feature the gazetteer knows abroad excepted (:func:`_feature_country`)."""
    countries = [p.country for p in places if p.country and p.resolution != "unknown"]
    if not countries:
        return
    ranked = Counter(countries).most_common(2)
    main, count = ranked[0]
    # two countries with half the places each: neither is the article's (and picking one
    # would depend on the order of a set, that is on the process)
    if count / len(countries) < MAIN_COUNTRY_SHARE or (len(ranked) > 1 and ranked[1][1] == count):
        return
    for place in places:
        if place.resolution == "unknown" and place.country is None:
            place.country = main if gazetteer is None else _feature_country(gazetteer, place.text, main)


def _feature_country(gazetteer: Gazetteer, text: str, main: str) -> str | None:
    """The country of an unresolved toponym in an article about the `main` country: `main`,
    unless `text` is a natural feature's name that, whole or without its feature noun, the
    gazetteer knows in other countries and not in `main`, as a division, a region or a big town
    (even by another of its names). Then the one country whose division it names ("Mount
    Kilimanjaro", Tanzania's Kilimanjaro), else none: "Lake Tana" (Tana, a name of
    Antananarivo) or "Lake Victoria" may lie anywhere. "Lake Naivasha" (Naivasha, Kenya) or
    "Mount Elgon" (unknown) of a story about Kenya keeps Kenya."""
    if not features.feature_named(text):
        return main
    names = {text, features.name_without_nouns(text)} - {""}
    candidates = [c for name in names for c in gazetteer.lookup(name)]
    known = {c.country for c in candidates
             if c.country and (c.kind != "city" or c.population >= hidden.MIN_HIDDEN_CITY)}
    if not known or any(c.country == main for c in candidates):
        return main
    divisions = {c.country for c in candidates if c.kind != "city"}
    return next(iter(known)) if len(known) == 1 and divisions == known else None


def _place(text: str, mention: Mention, candidate: Candidate | None) -> Place:
    return to_place(text[mention.start_char:mention.end_char], mention.start_char,
                    mention.end_char, candidate)


def _article_context(article: Article, gazetteer: Gazetteer) -> list[Candidate]:
    """Where the reporter is (the dateline) and where the publisher is (the country of its
    web address, where/home.py), as weak context for disambiguation."""
    found = []
    place = dateline_place(article, gazetteer)
    found += [place] if place else []
    home = home_country(article.url)
    country = gazetteer.country_record(home) if home else None
    return found + ([country] if country else [])


def dateline_place(article: Article, gazetteer: Gazetteer) -> Candidate | None:
    """The place of the article's dateline ("KABUL", "SPRINGFIELD, Ill.": the town read in
    the state or country named after the comma), or None: read once per Doc, gazetteer and
    dateline (find_places asks for it three times)."""
    dateline = (article.meta.get("dateline") or {}).get("place")
    if not isinstance(dateline, str) or not dateline.strip():
        return None
    cache = article.doc.user_data if article.doc is not None else {}
    found = cache.get(_DATELINE_KEY)
    if found is None or found[:2] != (id(gazetteer), dateline):
        found = cache[_DATELINE_KEY] = (id(gazetteer), dateline, _read_dateline(dateline, gazetteer))
    place: Candidate | None = found[2]
    return place


def _read_dateline(dateline: str, gazetteer: Gazetteer) -> Candidate | None:
    """The place a dateline names (:func:`dateline_place`)."""
    town, _, qualifier = (part.strip() for part in dateline.partition(","))
    candidates = gazetteer.lookup(dateline) or gazetteer.lookup(town)
    qualifiers = gazetteer.lookup(qualifier) if qualifier else []
    held = [c for c in candidates if any(qualifies(q, c) for q in qualifiers)]
    return best(held or candidates, qualifiers=qualifiers, capitals=gazetteer.capitals)


def _dateline_town(article: Article, gazetteer: Gazetteer) -> Place | None:
    """The dateline's town as a place, when it is a town (never a country's centroid): the
    article's town for its facilities and unknown toponyms when its places agree on none."""
    town = dateline_place(article, gazetteer)
    return to_place(town.name, 0, 0, town) if town is not None and town.kind == "city" else None
