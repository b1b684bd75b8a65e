"""Natural features by the shape of their names: lakes, rivers, mountains, valleys, deltas.

The gazetteer knows towns, divisions and countries; news names "Lake Naivasha", "the Mekong
Delta", "Mount Kilimanjaro" and "the Gulf of Aden" as well. Their words mislead it: "Delta"
alone is a town of British Columbia, "Kilimanjaro" a region of Tanzania, and NER tags such
names LOC, FAC, PERSON or nothing. A capitalised name opened or closed by a noun of
``data/feature_nouns.tsv`` is a feature (:func:`feature_spans`); toponyms.py takes it as a
toponym of unknown position, which the text then places ("Lake Baikal in Siberia",
facilities.place_unknowns) or the article's own country holds (a story about Kenya names
Kenya's lakes), unless the gazetteer knows the name abroad (toponyms.py). One still without a
country is left out (:func:`unplaced_features`): a name with no country is no better than none.
A name closed by a facility noun ("Mount Sinai Hospital") is a facility's, and one that runs
on into a street noun (``data/street_nouns.tsv``: "Lake Street",
"Sea of Galilee Road") names a street, no feature.
"""

from __future__ import annotations

import functools
from typing import Any

from eventwire import datafiles
from eventwire.nlp.phrases import doc_ents, doc_tokens, sentence_of
from eventwire.records import Place
from eventwire.where.divisions import GENERIC_WORDS
from eventwire.where.facilities import ends_in_facility_noun
from eventwire.where.gazetteer import Candidate, Gazetteer

# a feature's name is at most this many words besides its noun ("Sierra Madre Occidental")
MAX_NAME_WORDS = 3
# entity labels of names a feature's name may be only a piece of ("the Lake Victoria Basin
# Commission", a book "Ben Nevis Diaries")
_LONGER_NAME_LABELS = {"ORG", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW"}
_FUNCTION_POS = {"ADP", "DET", "PRON", "CCONJ", "SCONJ", "AUX", "PART"}


@functools.cache
def feature_nouns() -> dict[str, frozenset[str]]:
    """Feature noun (lower case) -> where it stands in a name: "before", "of", "after"."""
    rows = datafiles.table("where", "feature_nouns.tsv", ("noun", "place"), required=("noun", "place"))
    found: dict[str, set[str]] = {}
    for row in rows:
        found.setdefault(row["noun"].lower(), set()).add(row["place"].lower())
    return {noun: frozenset(places) for noun, places in found.items()}


@functools.cache
def area_use_words() -> frozenset[str]:
    """Words saying what an area or point is for ("service", "exclusion": data/area_use_words.tsv)."""
    return frozenset(word.lower() for word in datafiles.words("where", "area_use_words.tsv"))


@functools.cache
def company_words() -> frozenset[str]:
    """Words closing a company's name (data/company_words.tsv)."""
    return frozenset(word.lower() for word in datafiles.words("where", "company_words.tsv"))


@functools.cache
def street_nouns() -> frozenset[str]:
    """Nouns that close a street's name (lower case)."""
    return frozenset(word.lower() for word in datafiles.words("where", "street_nouns.tsv"))


def is_feature_noun(word: str) -> bool:
    """Whether `word` is a noun of feature_nouns.tsv."""
    return word.lower() in feature_nouns()


def _name_word(token: Any) -> bool:
    return (token.text[:1].isupper() and token.is_alpha and token.pos_ not in _FUNCTION_POS
            and not is_feature_noun(token.text))


def _places(token: Any) -> frozenset[str]:
    """Where `token` may stand in a feature's name, as a capitalised feature noun."""
    if not token.text[:1].isupper():
        return frozenset()
    return feature_nouns().get(token.lower_, frozenset())


def _name_after(doc: Any, i: int) -> int:
    """The end of the capitalised name that starts at token `i` (i when there is none)."""
    end = i
    while (end < len(doc) and end - i < MAX_NAME_WORDS and _name_word(doc[end])
           and sentence_of(doc[end]) == sentence_of(doc[i])):
        end += 1
    return end


def _name_before(doc: Any, i: int) -> int:
    """The start of the capitalised name that ends before token `i` (i when there is none)."""
    start = i
    while (start > 0 and i - start < MAX_NAME_WORDS and _name_word(doc[start - 1])
           and sentence_of(doc[start - 1]) == sentence_of(doc[i])):
        start -= 1
    return start


def _span_at(doc: Any, token: Any) -> tuple[int, int] | None:
    """The feature's name around the feature noun `token`, or None."""
    places, i = _places(token), token.i
    if "of" in places and i + 2 < len(doc) and doc[i + 1].lower_ == "of":
        end = _name_after(doc, i + 2)
        if end > i + 2:
            return i, end
    if "before" in places:
        end = _name_after(doc, i + 1)
        if end > i + 1:
            return i, end
    if "after" in places:
        start = _name_before(doc, i)
        if start < i and doc[start].text[:1].isupper():
            return start, i + 1
    return None


def _inside_longer_name(doc: Any, start: int, end: int) -> bool:
    """Whether the name goes on ("Lake Forest Academy", "Mount Sinai Hospital") or is a piece
    of an organisation's or a title's name."""
    if end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha:
        return True
    return any(ent.label_ in _LONGER_NAME_LABELS and ent.start <= start and end <= ent.end
               and (ent.start, ent.end) != (start, end) for ent in doc_ents(doc))


def names_a_street(doc: Any, start: int, end: int) -> bool:
    """Whether the name ``doc[start:end]`` is, or runs on into, a street's: a street noun
    inside it or closing the capitalised words (and "of") that follow ("Sea of" + "Galilee
    Road")."""
    stop = min(len(doc), end + MAX_NAME_WORDS + 1)
    for token in doc[start:stop]:
        if token.lower_ in street_nouns() and token.text[:1].isupper():
            return True
        if token.i >= end and not (token.text[:1].isupper() or token.lower_ == "of"):
            return False
    return False


def feature_named(text: str) -> bool:
    """Whether `text` holds a capitalised feature noun ("Lake Tana", "Swat Valley")."""
    return any(word[:1].isupper() and is_feature_noun(word) for word in text.split())


def name_without_nouns(text: str) -> str:
    """`text` without its feature nouns and their "of" and "the" ("Tana" of "Lake Tana",
    "Aden" of "the Gulf of Aden")."""
    return " ".join(word for word in text.split()
                    if not is_feature_noun(word) and word.lower() not in ("of", "the"))


def feature_spans(doc: Any, taken: set[int]) -> list[tuple[int, int]]:
    """Token ranges of natural features' names in `doc`, none touching the `taken` tokens."""
    found: list[tuple[int, int]] = []
    for token in doc_tokens(doc):
        if found and token.i < found[-1][1]:
            continue
        span = _span_at(doc, token) if _places(token) else None
        if (span is None or taken.intersection(range(*span)) or _inside_longer_name(doc, *span)
                or names_a_street(doc, *span) or ends_in_facility_noun(doc[span[0]:span[1]])):
            continue
        found.append(span)
    return found


def unplaced_features(doc: Any, places: list[Place], spans: set[tuple[int, int]]) -> list[Place]:
    """`places` without the features the feature rule found (their character `spans`) that
    nothing gave a country, and without unresolved feature names that are streets' ("Lake
    Street", "Swat Valley Avenue", whatever country the article gave them)."""
    return [p for p in places if p.resolution != "unknown" or not _unplaced_feature(doc, p, spans)]


def _unplaced_feature(doc: Any, place: Place, spans: set[tuple[int, int]]) -> bool:
    """A feature the feature rule found that nothing gave a country, or any feature name
    that is a street's. A feature NER found is kept without a country: it is a toponym the
    gazetteer lacks ("the Chagos Islands"), not a misreading."""
    found_here = (place.start, place.end) in spans
    if not (found_here or feature_named(place.text)):
        return False
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is not None and names_a_street(doc, span.start, span.end):
        return True
    return found_here and not place.country


# the kinds of gazetteer record a feature may be named after: never a country ("the Niger
# Delta" lies in Nigeria, far from the middle of Niger)
_NAMESAKE_KINDS = frozenset({"city", "admin1", "region"})


def place_at_namesakes(places: list[Place], gazetteer: Gazetteer) -> None:
    """Give each feature with a country and no point the point of the one town or division
    of that country its name bears ("Napa Valley": Napa, California), with resolution
    "region": the name says where the feature lies, the point is its namesake's. Not a
    namesake in another division than those of its country the text names ("the North Area
    … in Ohio" is not North, South Carolina)."""
    for place in places:
        if place.lat is not None or not place.country or not feature_named(place.text):
            continue
        named = _named_divisions(places, place.country)
        namesake = _namesake(gazetteer, name_without_nouns(place.text), place.country, named)
        if namesake is not None:
            place.lat, place.lon, place.admin1 = namesake.lat, namesake.lon, namesake.admin1
            place.resolution = "region"


def _named_divisions(places: list[Place], country: str) -> frozenset[str]:
    """The divisions (admin1) of `country` the text names as divisions."""
    return frozenset(p.admin1 for p in places if p.resolution == "admin1" and p.country == country
                     and p.admin1)


def _namesake(gazetteer: Gazetteer, name: str, country: str,
              named: frozenset[str] = frozenset()) -> Candidate | None:
    """The one town or division of `country` named `name` by its own name, or None (none,
    or several: "Hudson Valley" is none of the Hudsons of the United States); none for a
    name of compass or generic words only ("the West Area" is no town West), nor one outside
    the divisions `named` when the text names some."""
    if not name or all(word.lower() in GENERIC_WORDS for word in name.split()):
        return None
    found = {c.record: c for c in gazetteer.lookup(name) if c.country == country
             and c.kind in _NAMESAKE_KINDS and not c.by_alternate and c.lat is not None}
    only = next(iter(found.values())) if len(found) == 1 else None
    return None if only is None or (named and only.admin1 not in named) else only


# words between a feature and the division the text puts it in ("X of Benue State", "X, in the Y")
_HOLDING_WORDS = frozenset({"in", "of", ",", "the"})
# resolutions of the places a feature may take the point of: a division, or a region of one country
_HOLDER_RESOLUTIONS = frozenset({"admin1", "region"})


def place_in_divisions(doc: Any, places: list[Place], gazetteer: Gazetteer | None = None) -> None:
    """Give each feature with no point that the text puts in a division or a region of its own
    country ("Agatu Local Government Area of Benue State") the point of its namesake when that
    lies in the same division ("the Malibu Area of Los Angeles County": Malibu), else the
    holder's point; resolution "region" either way: the feature is no division itself."""
    by_start = {p.start: p for p in places if p.resolution in _HOLDER_RESOLUTIONS and p.lat is not None}
    for place in places:
        if place.lat is not None or not feature_named(place.text):
            continue
        holder = _holder_after(doc, place, by_start)
        if holder is None or place.country not in (None, holder.country) or not holder.country:
            continue
        namesake = None if gazetteer is None else _namesake(
            gazetteer, name_without_nouns(place.text), holder.country)
        point: Any = namesake if namesake is not None and namesake.admin1 == holder.admin1 else holder
        place.lat, place.lon, place.admin1 = point.lat, point.lon, holder.admin1
        place.country, place.resolution = holder.country, "region"


def _holder_after(doc: Any, place: Place, by_start: dict[int, Place]) -> Place | None:
    """The place right after `place` and a few holding words, "in" or "of" among them."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return None
    i = span.end
    while i < len(doc) and i - span.end < 3 and doc[i].lower_ in _HOLDING_WORDS:
        i += 1
    between = {t.lower_ for t in doc[span.end:i]}
    return by_start.get(doc[i].idx) if i < len(doc) and between & {"in", "of"} else None


# the nouns of feature_nouns.tsv that also close names of areas of any use ("the Service Area")
_USE_AREA_NOUNS = frozenset({"area", "point"})


def drop_use_areas(places: list[Place]) -> list[Place]:
    """`places` without areas and points named only by what they are for ("the Service Area",
    "the Exclusion Area", "the Metro Area": data/area_use_words.tsv): no place's name."""
    return [p for p in places if not _use_area(p.text)]


def _use_area(text: str) -> bool:
    words = [w for w in text.split() if w.lower() != "the"]
    return len(words) >= 2 and words[-1].lower() in _USE_AREA_NOUNS \
        and all(w.lower() in area_use_words() for w in words[:-1])


def drop_named_organisations(doc: Any, places: list[Place]) -> list[Place]:
    """`places` without the features inside an organisation's name closed by an organisation
    noun ("Silicon Valley Bank", "Hudson Valley Capital": company_words.tsv and "bank"): the
    company is no place, and the feature names only the company."""
    spans = [(ent.start_char, ent.end_char) for ent in doc_ents(doc) if ent.label_ == "ORG"
             and ent[-1].lower_ in company_words() | _ORGANISATION_NOUNS]
    return [p for p in places if not (feature_named(p.text) and any(
        start <= p.start and p.end <= end and (start, end) != (p.start, p.end) for start, end in spans))]


# nouns closing a bank's name, which company_words.tsv leaves out on purpose (its eponym rule
# is not meant for banks); a feature inside a bank's name is no place all the same
_ORGANISATION_NOUNS = frozenset({"bank", "bancorp"})
