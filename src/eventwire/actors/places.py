"""Places as actors: towns, cities and first-level divisions through the shipped gazetteer.

"Perth said", "Lagos authorities", "Mosul police", "University of Kano": a place the
countries table does not name stands for its country. The gazetteer is the where stage's,
loaded once per process and shared with it (:func:`~eventwire.where.default_gazetteer`);
each candidate span costs one dictionary look-up.

A name becomes a place actor only when it is unambiguous enough: the country of its biggest
reading outweighs every other country's reading :data:`DOMINANCE` times over, or exactly one
of its countries is one the article names. Common words and people's names are kept out by
asking more of a span the entity recogniser did not call a place (an organisation name
that is all place, or a capitalised proper noun inside the sentence that modifies a role
noun: "Kano police", "University of Kano"): it must be big or agree with the article.
The plural demonym of such a place ("New Yorkers", "Brooklynites") names its country's
people (:func:`town_demonyms`).
"""

from __future__ import annotations

import calendar
import functools
import re
from collections import Counter
from collections.abc import Callable, Iterable

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from eventwire import datafiles
from eventwire.actors.knowledge import (
    CAPITAL,
    COUNTRY,
    DEMONYM,
    METONYM,
    PLACE,
    ROLE,
    Entry,
)
from eventwire.actors.tables import NON_STATE
from eventwire.nlp.phrases import doc_ents, doc_text, doc_tokens, once_per_doc
from eventwire.records import normalise
from eventwire.where.build import read_natural_features
from eventwire.where.features import feature_spans
from eventwire.where.gazetteer import Candidate, Gazetteer
from eventwire.where.toponyms import resolved_in

# what a division or a region counts for next to a city's population: a state or province
# is as strong a reading as a city of a million (the gazetteer often lacks their population)
DIVISION_WEIGHT = 1_000_000
# a city's alternate name below this size is noisy ("Mecca", Ohio): it counts a tenth
BIG_ALTERNATE = 100_000
DOMINANCE = 3
# the least weight of a reading taken with no help from the article: a place the entity
# recogniser tagged, and an untagged capitalised word (which may be a common word: "Reading")
MIN_TAGGED = 100_000
MIN_UNTAGGED = 500_000
# the least weight of a reading the article's countries confirm
MIN_AGREEING_TAGGED = 1_000
MIN_AGREEING_UNTAGGED = 20_000
_PLACE_LABELS = frozenset({"GPE", "LOC"})
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "npadvmod"})
_TRAILING = frozenset({"state", "province", "region", "city", "district", "county"})
COUNTRY_KINDS = frozenset({COUNTRY, DEMONYM, CAPITAL, METONYM, PLACE})


def place_units(doc: Doc, taken: Iterable[tuple[int, int, str | None]],
                countries: Counter[str], gazetteer: Gazetteer | None = None
                ) -> list[tuple[int, int, Entry]]:
    """``(start, end, entry)`` for every place actor in ``doc`` outside the ``taken`` token
    ranges (``(start, end, kind)`` of the lexicon's units); ``countries`` counts the
    countries the article names (the agreement test)."""
    gazetteer = gazetteer or _default_gazetteer()
    covered: set[int] = set()
    roles: set[int] = set()
    inner: set[int] = set()   # tokens of country names a longer place may contain
    for start, end, kind in taken:
        covered.update(range(start, end))
        if kind == ROLE:
            roles.update(range(start, end))
        elif kind in (COUNTRY, CAPITAL, DEMONYM):
            inner.update(range(start, end))
    person_words = {t.lower_ for ent in doc_ents(doc) if ent.label_ == "PERSON" for t in ent}
    found: list[tuple[int, int, Entry]] = []
    placed = _placed_objects(doc, covered, roles)
    for span, tagged in [*_spans(doc, covered, roles, inner), *((doc[i:i + 1], True) for i in placed)]:
        if span.start not in placed and all(t.lower_ in person_words for t in span):
            continue
        if span.start in placed and span.start in covered:
            continue   # found already
        country = place_country(_lookup(gazetteer, span), countries, tagged)
        if country is not None:
            found.append((span.start, span.end, Entry(PLACE, country)))
            covered.update(range(span.start, span.end))
    return found


# how a plural demonym of a town is formed from its name: "New Yorkers", "Brooklynites",
# "Chicagoans", "Parisians", "Californians", "Kansans" (suffix, what replaces it)
_TOWN_DEMONYMS = (("ers", ""), ("ites", ""), ("ians", ""), ("ans", ""), ("ans", "a"), ("ans", "as"))
_DEMONYM_SUFFIXES = tuple(dict.fromkeys(suffix for suffix, _ in _TOWN_DEMONYMS))


def town_demonyms(doc: Doc, covered: set[int], countries: Counter[str],
                  country_named: Callable[[str], str | None],
                  gazetteer: Gazetteer | None = None) -> list[tuple[int, int, str]]:
    """``(start, end, country)`` of the plural demonyms of towns, divisions and territories
    the lexicon does not list ("New Yorkers", "Brooklynites", "Hong Kongers"): the people of
    a place are its country's people, as "Kenyans" are. ``country_named`` gives the code of
    a name the countries table holds ("Hong Kong"); other names go through the gazetteer's
    tests for a place actor. An organisation-tagged word is left alone (sports clubs:
    "the Mariners"); a singular is no demonym here ("The New Yorker" is a magazine)."""
    gazetteer = gazetteer or _default_gazetteer()
    found: list[tuple[int, int, str]] = []
    tokens = doc_tokens(doc)
    for token in tokens:
        if token.i in covered or not _demonym_ending(token.text) or token.tag_ not in ("NNPS", "NNS", "NNP") \
                or not (token.is_title and token.is_alpha) or token.ent_type_ in ("ORG", "FAC"):
            continue
        start = token.i
        while start > 0 and token.i - start < 2 and start - 1 not in covered \
                and _is_name(tokens[start - 1]):
            start -= 1
        for first in range(start, token.i + 1):
            country = _town_of(doc[first:token.i + 1], countries, country_named, gazetteer)
            if country is not None:
                found.append((first, token.i + 1, country))
                break
    return found


def _demonym_ending(word: str) -> bool:
    """Whether `word` ends as a town's plural demonym does, after a stem of three letters."""
    return word.endswith(_DEMONYM_SUFFIXES) and any(
        word.endswith(suffix) and len(word) - len(suffix) >= 3 for suffix in _DEMONYM_SUFFIXES)


def _town_of(span: Span, countries: Counter[str], country_named: Callable[[str], str | None],
             gazetteer: Gazetteer) -> str | None:
    last = span[-1].text
    for suffix, replacement in _TOWN_DEMONYMS:
        if not last.endswith(suffix) or len(last) - len(suffix) < 3:
            continue
        name = " ".join([t.text for t in span[:-1]] + [last[:-len(suffix)] + replacement])
        code = country_named(name)
        if code is None:
            code = place_country([c for c in gazetteer.lookup(name) if c.country
                                  and c.kind != "country"], countries,
                                 span[-1].ent_type_ in ("NORP", "GPE", "PERSON"))
        if code is not None:
            return code
    return None


# the most words of a natural feature's name the features table holds ("Blue Nile River")
_FEATURE_WORDS = 4


def natural_feature_units(doc: Doc, gazetteer: Gazetteer | None = None) -> list[tuple[int, int]]:
    """Token ranges of natural features' names, which are no actors, nor is a country or a town
    named inside one ("Lake Chad", "the Jordan River", "Lake Victoria"): names shaped as a
    feature's (where.features: "Mount Kilimanjaro", "the Niger River") and the names of the
    where stage's natural_features.tsv ("the Nile", "Everest"), which the gazetteer holds as
    regions of the countries they cross. A name the gazetteer also holds as a division, or
    (not being in that table) as a region, is a territory that acts: "Blue Nile" (a state of
    Sudan), "the Golan Heights", also after a word that qualifies it ("the Syrian Golan
    Heights")."""
    if gazetteer is None:       # the mentions stage asks twice per document
        return once_per_doc(doc, _FEATURES_KEY, lambda d: _feature_units(d, _default_gazetteer()))
    return _feature_units(doc, gazetteer)


_FEATURES_KEY = "eventwire.actors.natural_features"


def _feature_units(doc: Doc, gazetteer: Gazetteer) -> list[tuple[int, int]]:
    names = _feature_names()
    return [(start, end) for start, end in [*feature_spans(doc, set()), *_listed_features(doc, names)]
            if not any(_territory(doc[first:end].text, names, gazetteer)
                       for first in range(start, max(start + 1, end - 1)))]


def _listed_features(doc: Doc, names: frozenset[str]) -> list[tuple[int, int]]:
    """Token ranges of the names of natural_features.tsv, longest first; only a capitalised
    token that opens some name is tried (the first words are indexed once)."""
    tokens = doc_tokens(doc)
    firsts = _feature_first_words()
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        end = None
        if tokens[i].text[:1].isupper() and normalise(tokens[i].text) in firsts:
            end = next((j for j in range(min(len(tokens), i + _FEATURE_WORDS), i, -1)
                        if normalise(doc[i:j].text) in names), None)
        if end is not None:
            found.append((i, end))
        i = end or i + 1
    return found


@functools.cache
def _feature_first_words() -> frozenset[str]:
    """The first word of every name of natural_features.tsv, cut at a space, a hyphen or an
    apostrophe (a token never holds more)."""
    return frozenset(re.split(r"[\s\-'’]", name, maxsplit=1)[0] for name in _feature_names())


def _territory(text: str, names: frozenset[str], gazetteer: Gazetteer) -> bool:
    """Whether the gazetteer holds `text` as a division, a country, or a region not of `names`."""
    kinds = {c.kind for c in gazetteer.lookup(text)}
    return bool(kinds & {"admin1", "country"}) or ("region" in kinds and normalise(text) not in names)


@functools.cache
def _feature_names() -> frozenset[str]:
    """The names and aliases of natural_features.tsv, normalised."""
    return frozenset(normalise(name) for row in read_natural_features()
                     for name in [row["name"], *row["aliases"].split("|")] if name)


def _default_gazetteer() -> Gazetteer:
    from eventwire.where.cache import default_gazetteer

    return default_gazetteer()


def is_gazetteer_place(name: str, gazetteer: Gazetteer | None = None) -> bool:
    """Whether the gazetteer knows ``name`` as a place of some country."""
    gazetteer = gazetteer or _default_gazetteer()
    return any(c.country for c in gazetteer.lookup(name))


def _spans(doc: Doc, covered: set[int], roles: set[int], inner: set[int]
           ) -> Iterable[tuple[Span, bool]]:
    """Candidate spans: places the recogniser tagged (which may contain a country's name:
    "New South Wales", "New Mexico"), then capitalised proper-noun runs that modify a role
    noun; the flag says whether the recogniser tagged the span."""
    for ent in doc_ents(doc):
        if ent.label_ not in _PLACE_LABELS and ent.label_ != "ORG":
            continue   # never yielded: no trimmed Span made
        span = _trim(ent)
        overlap = covered.intersection(range(span.start, span.end))
        # a division's name with its kind's word, which alone is a role noun: "Lagos State"
        trailing = {span.end - 1} if len(span) > 1 and span[-1].lower_ in _TRAILING \
            and span[-1].is_title else set()
        if ent.label_ in _PLACE_LABELS | {"ORG"} and len(span) > len(overlap) and \
                overlap <= inner | trailing and not {span.start - 1, span.end} & overlap:
            # the small model often tags a city acting as a body ORG ("Perth said"): such a
            # span must pass the untagged tests
            yield span, ent.label_ != "ORG"
    for role in sorted(roles):
        for last in _role_modifiers(doc[role]):
            start = last.i
            while start > 0 and last.i - start < 3 and start - 1 not in covered \
                    and _is_name(doc[start - 1]):
                start -= 1
            # a country's name may end a longer place: "University of New South Wales"
            free = last.i not in covered or (last.i in inner and start < last.i)
            if free and not doc[start].is_sent_start \
                    and doc[start].ent_type_ not in ("PERSON", *_PLACE_LABELS):
                yield doc[start:last.i + 1], False


def _placed_objects(doc: Doc, covered: set[int], roles: set[int]) -> list[int]:
    """One-word proper nouns a role noun is placed "in" ("residents in Goma", "police in
    Aleppo") that the recogniser took for a person or a people: where a role's people are is
    a place, whatever the tag (an untagged or place-tagged word goes through :func:`_spans`)."""
    found = []
    for role in sorted(roles):
        for prep in doc[role].children:
            if prep.dep_ != "prep" or prep.lower_ != "in":
                continue
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ == "PROPN" and obj.i not in covered \
                        and obj.ent_type_ in ("PERSON", "NORP") and obj.ent_iob_ == "B" \
                        and (obj.i + 1 >= len(doc) or doc[obj.i + 1].ent_iob_ != "I") \
                        and not any(c.dep_ in ("compound", "case", "poss") for c in obj.children):
                    found.append(obj.i)
    return found


def _role_modifiers(role: Token) -> Iterable[Token]:
    """Proper nouns naming where a role noun's body is: "Kano police" (a modifier),
    "University of Kano" (the "of" complement)."""
    for child in role.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            yield from (c for c in child.children if c.dep_ == "pobj" and _is_name(c))
        elif child.dep_ in _MODIFIER_DEPS and _is_name(child):
            yield child


def _trim(ent: Span) -> Span:
    """An entity without a leading "the" and a trailing possessive."""
    start, end = ent.start, ent.end
    doc = ent.doc
    tokens = doc_tokens(doc)
    while start < end and tokens[start].lower_ == "the":
        start += 1
    while end > start and (tokens[end - 1].tag_ == "POS" or tokens[end - 1].is_punct):
        end -= 1
    return doc[start:end]


def _is_name(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.is_title and token.is_alpha and not token.is_stop


def _lookup(gazetteer: Gazetteer, span: Span) -> list[Candidate]:
    """The span's readings; "Kano State" is looked up as "Kano" when it is not known so."""
    found = gazetteer.lookup(span.text)
    if not found and len(span) > 1 and span[-1].lower_ in _TRAILING:
        found = gazetteer.lookup(span[:-1].text)
    return [c for c in found if c.country and c.kind != "country"]


def name_town_country(doc: Doc, start: int, end: int, country: str | None) -> str | None:
    """The country of a town or division opening an organisation's name: "Lusaka Times"
    ZMB, "Marrakesh Radio" MAR. Only a well-known place (as for an untagged place name), or
    one of the article's own country (``country``), counts: a small namesake town says
    nothing of "Halvorsen Holdings"."""
    words = [t for t in doc[start:end - 1] if t.lower_ != "the"]
    for size in (2, 1):
        span = doc[words[0].i:words[0].i + size] if len(words) >= size else None
        if span is None or not all(_is_name(t) for t in span) or span.end >= end:
            continue
        # by its own name, not an alternate one ("Soul Television" is no Seoul channel)
        found = [c for c in _lookup(_default_gazetteer(), span) if not c.by_alternate]
        if found:
            return place_country(found, Counter({country: 1} if country else {}), tagged=False)
    return None


def weight(candidate: Candidate) -> int:
    """How strongly a reading claims the name, on a population scale."""
    if candidate.kind != "city":
        return max(candidate.population, DIVISION_WEIGHT)
    if candidate.by_alternate and candidate.population < BIG_ALTERNATE:
        return candidate.population // 10
    return candidate.population


def place_country(candidates: list[Candidate], countries: Counter[str], tagged: bool
                  ) -> str | None:
    """The country a place name stands for, or None when it is not clear enough."""
    best: dict[str, int] = {}
    for candidate in candidates:
        code = candidate.country or ""
        best[code] = max(best.get(code, 0), weight(candidate))
    agreeing = {code: w for code, w in best.items() if countries.get(code)}
    if agreeing:
        least = MIN_AGREEING_TAGGED if tagged else MIN_AGREEING_UNTAGGED
        return _dominant(agreeing, least)
    return _dominant(best, MIN_TAGGED if tagged else MIN_UNTAGGED)


def _dominant(weights: dict[str, int], least: int) -> str | None:
    ranked = sorted(weights.items(), key=lambda item: -item[1])
    if not ranked or ranked[0][1] < least:
        return None
    if len(ranked) > 1 and ranked[0][1] < DOMINANCE * ranked[1][1]:
        return None
    return ranked[0][0]


def named_countries(units: Iterable[tuple[str | None, str | None]]) -> Counter[str]:
    """How often the article names each country: ``(kind, key)`` of its units, counting
    countries, demonyms, capitals, metonyms and places (non-state codes aside)."""
    return Counter(key for kind, key in units
                   if kind in COUNTRY_KINDS and key and key not in NON_STATE)


def town_state_countries(doc: Doc, gazetteer: Gazetteer | None = None) -> Counter[str]:
    """Countries of the "Town, State" placements of a text ("Newport Beach, Calif.",
    "Eau Claire, Wis."): a town too small to be a place actor, placed in a first-level
    division, still says which country the story is in. Each counts :data:`MIN_DOMINANT`
    times, so that one placement gives an article naming no country its country."""
    gazetteer = gazetteer or _default_gazetteer()
    found: Counter[str] = Counter()
    for comma in doc_tokens(doc):
        if comma.text != "," or comma.i == 0 or not _is_town_word(doc[comma.i - 1]):
            continue
        country = _division_country(gazetteer, doc, comma.i + 1)
        if country is not None:
            found[country] += MIN_DOMINANT
    return found


# time zone -> the one country using it, "" for a zone of several countries or none (time_zones.tsv)
_TIME_ZONES = {row["zone"]: row["country"] for row in
               datafiles.table("actors", "time_zones.tsv", ("zone", "country"), required=("zone",))}
# a clock time ("4:08 p.m.", "8 : 13am", "11:40 AM") and the upper-case word after it, a zone
# when time_zones.tsv lists it
_AM_PM = r"(?i:[ap]\s*\.?\s*m\b\s*\.?)"
_CLOCK = re.compile(rf"\b(\d{{1,2}}\s*(?::\s*\d{{2}}\s*{_AM_PM}?|{_AM_PM}))(?:\s*\(?([A-Z]{{2,4}})\b)?")


# the words a zone may run on into and still be a zone ("4:08 p.m. ET Monday", "8 p.m. PT on
# Friday"); any other word makes the letters a name's or a noun's ("10 a.m. PT leaders" of
# Brazil's PT, "9 am PT Pertamina", "a 3 pm CT scan")
_AFTER_ZONE = frozenset(word.lower() for word in (*calendar.day_name, *calendar.day_abbr,
                                                  *calendar.month_name, *calendar.month_abbr) if word)
_NEXT_WORD = re.compile(r"[ \t)]*([^\W\d_]*)")


def _ends_stamp(text: str, end: int) -> bool:
    """Whether the zone ending at ``end`` ends the clock time: the line ends, a sign or figure
    follows, or a date's or a function word ("on", "and", "when")."""
    word = _NEXT_WORD.match(text, end)
    following = word.group(1).lower() if word else ""
    return not following or following in _AFTER_ZONE or following in STOP_WORDS


def _stamps(text: str) -> Iterable[tuple[int, int, str | None]]:
    """(start, end, country of its zone or None) of each clock time of the text, its zone
    included when it has one."""
    for match in _CLOCK.finditer(text):
        zone = match.group(2) in _TIME_ZONES and _ends_stamp(text, match.end())
        end = match.end() if zone else match.end(1)
        country = _TIME_ZONES[match.group(2)] if zone else ""
        yield match.start(), match.start() + len(text[match.start():end].rstrip()), country or None


def time_zone_countries(text: str) -> Counter[str]:
    """Countries of the time zones the text's clock times are stamped with ("Updated 4:08 p.m.
    ET"): the newsroom's country, which is the story's when the text points to no other. Each
    country counts :data:`MIN_DOMINANT` times, once, as a "Town, State" placement does."""
    zones = {country for _, _, country in _stamps(text) if country}
    return Counter({country: MIN_DOMINANT for country in zones})


def clock_tokens(doc: Doc) -> set[int]:
    """The tokens of the doc's clock times and their zones: no actor's words ("8:13am PDT" is
    no party's initials, "6:05 pm" no prime minister)."""
    return once_per_doc(doc, _CLOCKS_KEY, _clock_tokens)


_CLOCKS_KEY = "eventwire.actors.clock_tokens"


def _clock_tokens(doc: Doc) -> set[int]:
    found: set[int] = set()
    for start, end, _ in _stamps(doc_text(doc)):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            found.update(range(span.start, span.end))
    return found


def _is_town_word(token: Token) -> bool:
    return token.is_title and token.is_alpha and not token.is_sent_start


def _division_country(gazetteer: Gazetteer, doc: Doc, start: int) -> str | None:
    """The country of the first-level division written from token ``start`` on (one to
    three capitalised words, an abbreviation's period attached or not: "Calif ."), when
    that is its only reading as a division and the words name no country."""
    for size in (3, 2, 1):
        words = doc[start:start + size]
        if len(words) < size or not all(t.text[:1].isupper() for t in words):
            continue
        text = words.text
        if words.end < len(doc) and doc[words.end].text == "." and not text.endswith("."):
            text += "."
        readings = gazetteer.lookup(text) or gazetteer.lookup(words.text)
        countries = {c.country for c in readings if c.kind == "admin1" and c.country}
        if len(countries) == 1 and not any(c.kind == "country" for c in readings):
            return countries.pop()
    return None


def resolved_countries(doc: Doc, gazetteer: Gazetteer | None = None) -> Counter[str]:
    """How often each country holds a toponym of the text as the where stage resolves them
    (towns and streets the actors' own place test finds too small to stand for a country:
    "Banstead", "Surrey"): the last resort for the article's country, when the names of
    countries, known actors and "Town, State" placements leave it open."""
    gazetteer = gazetteer or _default_gazetteer()
    chosen = resolved_in(doc, gazetteer)
    return Counter(c.country for c in chosen
                   if c is not None and c.country and c.country not in NON_STATE)


# the article's country must be named this often, and in more than half the namings: one
# "South African" beside an unknown "President X" does not make him South African
MIN_DOMINANT = 2


def dominant_country(countries: Counter[str]) -> str | None:
    """The article's country: named at least :data:`MIN_DOMINANT` times and more often than
    all the others together; None when several are about equally likely."""
    ranked = countries.most_common(1)
    if not ranked or ranked[0][1] < MIN_DOMINANT or 2 * ranked[0][1] <= countries.total():
        return None
    return ranked[0][0]

