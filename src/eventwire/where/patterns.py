"""Toponyms found through the shape of the text rather than through NER alone.

Named-entity recognition often gets a place's span wrong or its label wrong, most of all in
local news: it joins "Thruxton, Hampshire" into one entity the gazetteer does not know, keeps
"St. Louis Police" as a place, and tags small towns as people or organisations ("stops in
Hilversum and Almelo", "Bowling Green, Kentucky"). While the mentions are collected:

- :func:`split_unknown`: a place entity the gazetteer does not know is split at its commas,
  and a part still unknown is resolved as the longest well-known place inside it;
- :func:`town_and_region`: "<town>, <state or country>" where the gazetteer has a town of
  that name in that state or country (either side may be missing from NER's places);
- :func:`coordinated_towns`: a town coordinated with a place mention ("X and Y",
  "X, Y or Z") that lies within :data:`NEIGHBOUR_KM` of one of that mention's towns.

After resolution, where the article is known (its resolved towns), a small town is
believable near them, within :data:`NEARBY_KM`, as local news names the towns around its own:

- :func:`towns_opening_organisations`: "Owensboro Public Schools", "Slidell PD";
- :func:`towns_after_prepositions`: "Miss Abdhou, of Hayes", "moved from Dewsbury", "nearby
  Smiths Falls"; and a town of a state the article names ("from Ikorodu" beside "the Lagos
  State government"), unless NER tags it a person.

Last, :func:`repeated_names`: a name resolved once is the same place wherever else the article
writes it ("Douma is surrounded", "Douma's fall" after "in Douma"), as an article keeps to one
sense of a name; NER tags such repeats as people or organisations, or misses them.

Free towns are taken by their main gazetteer name only (a region vouches for any name); the
pattern or the nearness is the evidence that the word is a place at all.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from eventwire import datafiles
from eventwire.nlp.phrases import doc_ents, doc_tokens
from eventwire.where.divisions import GENERIC_WORDS
from eventwire.where.gazetteer import Candidate, distance_km
from eventwire.where.hidden import MAX_NGRAM, Found, generic_words, well_known
from eventwire.where.resolve import qualifies

Lookup = Callable[[str], list[Candidate]]

# how far a town coordinated with another may lie from it ("Hilversum and Almelo")
NEIGHBOUR_KM = 300.0
# how far a free town may lie from the article's resolved towns ("of Hayes")
NEARBY_KM = 60.0
AREA_KINDS = ("admin1", "region", "country")
_COORDINATORS = {"and", "or", ",", "&"}
# entity labels of names a town may be a piece of (then it is not taken), or the whole of
_NAME_LABELS = {"PERSON", "ORG", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW"}
# entity labels a town is never part of ("on August 14")
_NUMERIC_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
# words that name a government or a chamber ("Congress", "Senate"): no town of the article's
# state on the weak cue of a preposition alone ("returned to Congress" is no Congress, Arizona)
_BODY_WORDS = frozenset(datafiles.words("where", "government_nouns.tsv"))
# words that close a division's name ("Washington Township", "Essex County"; admin_terms.tsv)
_ADMIN_TERMS = frozenset(word.lower() for word in datafiles.words("where", "admin_terms.tsv"))
# names of a town's old quarter ("old town", "old city"; quarter_names.tsv): "Old Town" before a
# town's name names that town's quarter, not a town of its own. A closed list: "Quezon City
# Police" is Quezon City, "Panama City Police" Panama City
QUARTER_NAMES = frozenset(" ".join(name.split()) for name in datafiles.words("where", "quarter_names.tsv"))
# the most words of a quarter's name
_QUARTER_WORDS = max((len(name.split()) for name in QUARTER_NAMES), default=0)


def quarter_before(doc: Any, start: int, stop: int) -> bool:
    """Whether ``doc[start:stop]`` ends with the name of a town's quarter (QUARTER_NAMES)."""
    return any(" ".join(t.lower_ for t in doc[stop - size:stop]) in QUARTER_NAMES
               for size in range(1, min(_QUARTER_WORDS, stop - start) + 1))


def _name_like(token: Any) -> bool:
    return token.is_title or (token.is_upper and any(ch.isalpha() for ch in token.text))


def split_unknown(span: Any, lookup: Lookup) -> list[Found]:
    """Known places inside a place entity the gazetteer does not know as a whole: its parts
    between commas and "and" ("Thruxton, Hampshire", "Windsor and Slough"), else a part
    resolved as the longest well-known place inside it ("St. Louis Police" as St. Louis,
    "Nazi Germany" as Germany). Such a part keeps its whole span: "Asia-Pacific" names both of its places."""
    found: list[Found] = []
    for start, end in _comma_parts(span):
        whole = (start, end) == (span.start, span.end)     # already looked up, in vain
        candidates = [] if whole else lookup(span.doc[start:end].text)
        if candidates:
            found.append((start, end, candidates))
        else:
            inner = _longest_known(span.doc, start, end, lookup)
            found += [(start, end, inner)] if inner else []
    return found


def _comma_parts(span: Any) -> list[tuple[int, int]]:
    """Token ranges of `span` between its commas and its "and"s ("Windsor and Slough", tagged
    one place the gazetteer does not know as a whole, unlike "Trinidad and Tobago")."""
    parts, start = [], span.start
    for token in span:
        if token.text == "," or token.lower_ in ("and", "&") and token.i > span.start:
            parts.append((start, token.i))
            start = token.i + 1
    parts.append((start, span.end))
    return [(s, e) for s, e in parts if e > s]


def _longest_known(doc: Any, start: int, end: int, lookup: Lookup) -> list[Candidate]:
    """The candidates of the longest n-gram of name-like words in ``doc[start:end]``,
    shorter than the range, that names a well-known place (earliest on ties); no town named
    by generic or feature words only (hidden.generic_words); not the name a division term
    closes ("Washington Township" is a township named after someone, not Washington: the
    gazetteer does not know it, so it is left to the place the text puts it in). A name closed
    by a quarter's name with more name after it ("Old Town" of "Old Town Alexandria") is the
    quarter of the town that follows: it is taken only when no later part is known."""
    found = _longest_known_in(doc, start, end, lookup, quarters=False)
    # searched again only when a quarter's name was passed over: no quarter, same search
    if found or not any(quarter_before(doc, start, stop) for stop in range(start + 1, end)):
        return found
    return _longest_known_in(doc, start, end, lookup, quarters=True)


def _longest_known_in(doc: Any, start: int, end: int, lookup: Lookup,
                      quarters: bool) -> list[Candidate]:
    best: Found | None = None
    division = end - start > 1 and doc[end - 1].lower_ in _ADMIN_TERMS
    for i in range(start, end):
        for stop in range(min(end, i + MAX_NGRAM), i, -1):
            if (stop - i >= end - start or not all(_name_like(t) for t in doc[i:stop])
                    or division and (i, stop) == (start, end - 1)
                    or not quarters and stop < end and quarter_before(doc, i, stop)):
                continue
            if best is not None and stop - i <= best[1] - best[0]:
                break
            candidates = well_known(lookup(doc[i:stop].text))
            if generic_words(doc[i:stop]):     # "Delta" of "the Okavango Delta": no town of Canada
                candidates = [c for c in candidates if c.kind != "city"]
            if candidates and any(not t.is_stop for t in doc[i:stop]):
                best = (i, stop, candidates)
                break
    return best[2] if best else []


def _free_ngrams(doc: Any, start: int, end: int, taken: set[int],
                 leftward: bool) -> list[tuple[int, int]]:
    """Name-like n-grams of free tokens that end at `end` (leftward) or begin at `start`,
    longest first."""
    spans = []
    words = doc_tokens(doc)   # a slice of the Doc's token list: no Span per n-gram
    for size in range(MAX_NGRAM, 0, -1):
        i, stop = (end - size, end) if leftward else (start, start + size)
        if i < 0 or stop > len(words):
            continue
        tokens = words[i:stop]
        if all(t.i not in taken and _name_like(t) for t in tokens) and not all(
                t.is_stop for t in tokens):
            spans.append((i, stop))
    return spans


def _towns(candidates: list[Candidate]) -> list[Candidate]:
    return [c for c in candidates if c.kind == "city" and not c.by_alternate]


def _areas(candidates: list[Candidate]) -> list[Candidate]:
    return [c for c in candidates if c.kind in AREA_KINDS]


def town_and_region(doc: Any, mentions: list[tuple[int, int, list[Candidate]]],
                    lookup: Lookup, taken: set[int]) -> list[Found]:
    """"<town>, <region>" pairs where one side is a mention and the other free words: the
    free side is taken when the gazetteer has a town of that name in that region ("Bowling
    Green, Kentucky", "New Quay, Ceredigion"). The town keeps only its qualified namesakes."""
    found: list[Found] = []
    for start, end, candidates in mentions:
        areas = _areas(candidates)
        if areas and start >= 2 and doc[start - 1].text == ",":
            found += _first_hit(_free_ngrams(doc, 0, start - 1, taken, leftward=True),
                                _qualified_towns(lookup, areas), doc)
        towns = _towns(candidates)
        if towns and end + 1 < len(doc) and doc[end].text == ",":
            found += _first_hit(_free_ngrams(doc, end + 1, 0, taken, leftward=False),
                                _regions_of(lookup, towns), doc)
        if not candidates and end + 1 < len(doc) and doc[end].text == ",":
            found += _venue_area(doc, end + 1, lookup, taken)
        taken |= {i for hit in found for i in range(hit[0], hit[1])}
    spans = {(start, end) for start, end, _ in mentions}
    for ent in doc_ents(doc):
        # a venue NER labelled a facility ("held at Tatton Park, Cheshire, on Saturday")
        if ent.label_ == "FAC" and (ent.start, ent.end) not in spans and ent.end + 1 < len(doc) \
                and doc[ent.end].text == "," and ent.end + 1 not in taken:
            found += _venue_area(doc, ent.end + 1, lookup, taken)
            taken |= {i for hit in found for i in range(hit[0], hit[1])}
    return found


def _venue_area(doc: Any, start: int, lookup: Lookup, taken: set[int]) -> list[Found]:
    """The county or region after a place the gazetteer does not know, closed by punctuation
    ("Tatton Park, Cheshire, with ...": a venue and its county in a local paper's list), with
    only its area candidates: the county a local reader is told, never a town of its name
    elsewhere."""
    for i, stop in _free_ngrams(doc, start, 0, taken, leftward=False):
        if stop < len(doc) and not doc[stop].is_punct:
            continue
        areas = [c for c in _areas(lookup(doc[i:stop].text)) if c.kind != "country"]
        if areas:
            return [(i, stop, areas)]
    return []


def _first_hit(spans: list[tuple[int, int]], accept: Lookup, doc: Any) -> list[Found]:
    """The first of `spans` (longest first) that `accept` finds candidates for."""
    for i, stop in spans:
        candidates = accept(doc[i:stop].text)
        if candidates:
            return [(i, stop, candidates)]
    return []


def _qualified_towns(lookup: Lookup, areas: list[Candidate]) -> Lookup:
    """A lookup of the towns in one of `areas`, by any of their names: the region vouches
    for them."""
    def accept(text: str) -> list[Candidate]:
        return [c for c in lookup(text)
                if c.kind == "city" and any(qualifies(a, c) for a in areas)]
    return accept


def _regions_of(lookup: Lookup, towns: list[Candidate]) -> Lookup:
    """A lookup of the states, regions or countries that hold one of `towns`."""
    def accept(text: str) -> list[Candidate]:
        return [a for a in _areas(lookup(text)) if any(qualifies(a, t) for t in towns)]
    return accept


def coordinated_towns(doc: Any, mentions: list[tuple[int, int, list[Candidate]]],
                      lookup: Lookup, taken: set[int]) -> list[Found]:
    """Free name-like words coordinated with a mention ("Hilversum and Almelo") that name a
    town within NEIGHBOUR_KM of one of the mention's towns; repeated along a list."""
    found: list[Found] = []
    frontier = list(mentions)
    while frontier:
        start, end, candidates = frontier.pop()
        points = [(c.lat, c.lon) for c in _towns(candidates) if c.lat is not None
                  and c.lon is not None]
        if not points:
            continue
        for hit in _neighbours(doc, start, end, points, lookup, taken):
            found.append(hit)
            frontier.append(hit)
            taken |= set(range(hit[0], hit[1]))
    return found


def _neighbours(doc: Any, start: int, end: int, points: list[tuple[float, float]],
                lookup: Lookup, taken: set[int]) -> list[Found]:
    """The towns right before and right after ``doc[start:end]`` across a coordinator."""
    def accept(text: str) -> list[Candidate]:
        return [c for c in _towns(lookup(text)) if c.lat is not None and c.lon is not None
                and any(distance_km(c.lat, c.lon, *p) <= NEIGHBOUR_KM for p in points)]

    found: list[Found] = []
    if start >= 2 and _coordinator(doc[start - 1]):
        spans = [s for s in _free_ngrams(doc, 0, start - 1, taken, leftward=True)
                 if _own_entity(doc, *s)]
        found += _first_hit(spans, accept, doc)
    if end + 1 < len(doc) and _coordinator(doc[end]):
        spans = [s for s in _free_ngrams(doc, end + 1, 0, taken, leftward=False)
                 if _own_entity(doc, *s)]
        found += _first_hit(spans, accept, doc)
    return found


def _name_continues(doc: Any, end: int) -> bool:
    """Whether a capitalised word follows: the name is longer than the town's ("of
    Enterprise Scrum")."""
    return end < len(doc) and _name_like(doc[end])


def _coordinator(token: Any) -> bool:
    return token.lower_ in _COORDINATORS


def _own_entity(doc: Any, start: int, end: int) -> bool:
    """Whether ``doc[start:end]`` is not a piece of a longer name (a person's full name, an
    organisation) nor a date or number ("on August 14"): outside any name entity, or such
    an entity as a whole."""
    labels = {t.ent_type_ for t in doc[start:end]}
    if labels & _NUMERIC_LABELS:
        return False
    if not labels & _NAME_LABELS:
        return True
    return (doc[start].ent_iob_ == "B" and all(t.ent_iob_ == "I" for t in doc[start + 1:end])
            and (end == len(doc) or doc[end].ent_iob_ != "I"))


def _nearest_town(points: list[tuple[float, float]],
                  lookup: Lookup) -> Lookup:
    """A lookup of the namesake town nearest to `points`, within NEARBY_KM."""
    def nearest(text: str) -> list[Candidate]:
        near = [(min(distance_km(c.lat, c.lon, *p) for p in points), c)
                for c in _towns(lookup(text)) if c.lat is not None and c.lon is not None]
        near = [(km, c) for km, c in near if km <= NEARBY_KM]
        return [min(near, key=lambda pair: pair[0])[1]] if near else []
    return nearest


def towns_opening_organisations(doc: Any, points: list[tuple[float, float]], lookup: Lookup,
                                taken: set[int], person_words: set[str]) -> list[Found]:
    """A town opening an organisation's name ("Owensboro Public Schools", "Slidell PD"),
    within NEARBY_KM of one of the article's resolved towns: a local institution named
    after the town it serves. hidden.py takes only big cities from such names. A word of
    a person's full name in the article is a founder's name ("Franklin Templeton")."""
    if not points:
        return []
    nearest = _nearest_town(points, lookup)
    found: list[Found] = []
    for ent in doc_ents(doc):
        if ent.label_ != "ORG" or ent.start in taken or len(ent) < 2:
            continue
        spans = [s for s in _free_ngrams(doc, ent.start, 0, taken, leftward=False)
                 if s[1] < ent.end and not any(t.lower_ in person_words for t in doc[s[0]:s[1]])]
        found += _first_hit(spans, nearest, doc)
    return found


def towns_after_prepositions(doc: Any, points: list[tuple[float, float]], lookup: Lookup,
                             taken: set[int], prepositions: frozenset[str],
                             person_words: set[str],
                             states: list[Candidate] | None = None) -> list[Found]:
    """A run of capitalised free words after one of `prepositions` that is, as a whole, a
    town within NEARBY_KM of one of the article's resolved towns (its nearest such
    namesake): "Miss Abdhou, of Hayes", "moved from Dewsbury"; or, NER not having tagged
    it a person, a town of one of the article's resolved `states` (its biggest such
    namesake): "commuters from Ikorodu" beside "the Lagos State government". Not a word of a
    person's full name in the article (`person_words`: "to Hayes" after "Tom Hayes"), not a
    generic word ("to West"), not a piece of a longer name or of a date; a town of a state
    not on a word naming a government or a chamber ("returned to Congress")."""
    if not points and not states:
        return []
    near = _nearest_town(points, lookup)
    held = _held_town(states or [], lookup)

    def nearest(text: str) -> list[Candidate]:
        return near(text) if points else []
    found: list[Found] = []
    tokens = doc_tokens(doc)
    for previous, token in zip(tokens, tokens[1:], strict=False):
        if (token.i in taken or previous.lower_ not in prepositions
                or token.lower_ in GENERIC_WORDS):
            continue
        spans = [s for s in _free_ngrams(doc, token.i, 0, taken, leftward=False)
                 if _own_entity(doc, *s) and not _name_continues(doc, s[1])
                 and not any(t.lower_ in person_words - _own_person_words(doc, *s)
                             for t in doc[s[0]:s[1]])]
        hit = _first_hit(spans, nearest, doc) or _first_hit(
            [s for s in spans if not any(t.ent_type_ == "PERSON" or t.lower_ in _BODY_WORDS
                                         for t in doc[s[0]:s[1]])],
            held, doc)
        found += hit
        taken |= {i for start, end, _ in hit for i in range(start, end)}
    return found


def _own_person_words(doc: Any, start: int, end: int) -> set[str]:
    """The words of ``doc[start:end]`` when NER tags that span, and no other, a person
    with them: "nearby Smiths Falls" tagged a person is no evidence that a person is named
    "Falls" elsewhere in the article."""
    people = [ent for ent in doc_ents(doc) if ent.label_ == "PERSON"]
    if not any((ent.start, ent.end) == (start, end) for ent in people):
        return set()
    others = {t.lower_ for ent in people if (ent.start, ent.end) != (start, end) for t in ent}
    return {t.lower_ for t in doc[start:end]} - others


def _held_town(states: list[Candidate], lookup: Lookup) -> Lookup:
    """A lookup of the biggest town of that main name in one of `states` (first-level
    divisions): by the state's code, or by its admin1 name, as a division of our own data
    files has a code of its own ("Lagos State", NG.~Lagos, holds the towns of NG.05 Lagos)."""
    def held(text: str) -> list[Candidate]:
        towns = [c for c in _towns(lookup(text)) if any(
            s.country == c.country and (qualifies(s, c) or (s.admin1 and s.admin1 == c.admin1))
            for s in states)]
        return [max(towns, key=lambda c: c.population)] if towns else []
    return held


def repeated_names(doc: Any, resolved: list[tuple[int, int, Candidate]],
                   taken: set[int], person_words: set[str]) -> list[Found]:
    """Other occurrences of the names in `resolved` (token spans resolved to a place with
    coordinates), each with that place: the same words, name-like and free, that open
    any entity they lie in and follow no other capitalised word of the same name ("Tanesha
    Melbourne-Blake" after "in Melbourne"), hold no word of a person's full name in the
    article (`person_words`: "Barry" after "Barry Smith") and after "the" modify a noun
    ("the Riverdale gas station"; "the Centre had failed" is the government).

    Left alone: a name resolved to two places; a piece of a hyphenated name ("Croix" of
    "Croix-des-Bouquets"); a name NER tags a person more often than it is resolved as a
    place ("Schengen rules", "the Schengen zone": the agreement, named after the town)."""
    places: dict[tuple[str, ...], list[Candidate]] = {}
    sources: dict[tuple[str, ...], int] = {}
    for start, end, candidate in resolved:
        if (candidate.lat is None or candidate.lon is None
                or not all(_name_like(t) for t in doc[start:end]) or _hyphen_follows(doc, end)):
            continue
        key = tuple(t.text for t in doc[start:end])
        sources[key] = sources.get(key, 0) + 1
        if all(c.record != candidate.record for c in places.setdefault(key, [])):
            places[key].append(candidate)
    found: list[Found] = []
    tokens = doc_tokens(doc)
    texts = [t.text for t in tokens]
    at: dict[str, list[int]] = {}
    for i, text in enumerate(texts):
        at.setdefault(text, []).append(i)
    for key, candidates in places.items():
        size = len(key)
        if not size:
            continue
        starts = [i for i in at.get(key[0], ()) if tuple(texts[i:i + size]) == key]
        people = sum(tokens[i].ent_type_ == "PERSON" for i in starts)
        if len(candidates) != 1 or people > sources[key]:
            continue
        for i in starts:
            span = range(i, i + size)
            if (taken.intersection(span) or not _opens_name(doc, i)
                    or _hyphen_follows(doc, i + size) or _opens_other_name(doc, i, i + size)
                    or any(t.lower_ in person_words for t in tokens[i:i + size])
                    or (i > 0 and tokens[i - 1].lower_ == "the"
                        and not _modifies_noun(tokens[i + size - 1]))):
                continue
            found.append((i, i + size, candidates))
            taken |= set(span)
    return found


def _opens_other_name(doc: Any, start: int, end: int) -> bool:
    """Whether ``doc[start:end]`` opens a longer name that NER tags other than an
    organisation: a person's ("Helen Kunz" after a town Helen) or an unknown place's. An
    organisation or a name NER misses may be named after the place ("Slidell PD", "Cambridge
    Analytica", "Daviess County Public Schools")."""
    return _name_continues(doc, end) and bool(doc[start].ent_type_) and doc[start].ent_type_ != "ORG"


def _hyphen_follows(doc: Any, end: int) -> bool:
    """Whether a hyphen glued to ``doc[end - 1]`` goes on to another word."""
    return (end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_
            and not doc[end].whitespace_)


def _modifies_noun(token: Any) -> bool:
    return token.dep_ in ("compound", "amod", "nmod") and token.head.i > token.i


def _opens_name(doc: Any, i: int) -> bool:
    """Whether token `i` opens its entity, if any, and follows no capitalised word of a
    longer name (a word after a sentence's end opens a name)."""
    token = doc[i]
    if token.ent_iob_ == "I" or token.ent_type_ in _NUMERIC_LABELS:
        return False
    if i == 0:
        return True
    previous = doc[i - 1]
    return not _name_like(previous) or previous.is_sent_end or previous.is_punct
