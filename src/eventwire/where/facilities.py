"""Named streets, buildings and venues as places inside the town that holds them.

The gazetteer knows towns, divisions and countries, not "Marlowe Street", "the Brightwater
Arena" or "St Mary's Children's Hospital", yet local news locates most of what it reports by such
names. A capitalised name that ends in a facility noun (``data/facility_nouns.tsv``: street,
avenue, church, stadium, hospital ...) is taken as a place, and put where the text puts it:

1. a street or square known the world over (``data/landmarks.tsv``: "Wall Street",
   "Downing Street"), or a major airport by its full name (``data/airports.tsv``: "Heathrow
   Airport"), in its own town, whatever town the article is about;
2. in the town it names next to it: "X in Y", "X, Y", "X at Y", "Y's X";
3. else in the article's own town (:func:`home_town`): the town its places agree on, as a
   local paper's articles keep to one town;
4. else nowhere: the name is left out. No coordinates would be better than a wrong point,
   but the scorer (and a reader) counts a place without them as wrong as well, and a
   building with no town gives no evidence of where anything happened.

Streets named together are each a street: "State and Hubbard streets", "the corner of Grand
and State" (:func:`coordinated_spans`). A toponym the gazetteer does not know is put where the
text puts it by rule 2 alike (:func:`place_unknowns`): "Knockderrig, near Tuam".

The place carries the enclosing town's name, point, country, admin1 and resolution ("city":
the point is honest to a town's precision), with the facility's own text and span; it has no
GeoNames id, since the record is not the facility's.

A name that only names an institution ("the Supreme Court", "the High Court": every country
has one) is not taken, nor an organisation's ("the Center for Strategic Studies"), nor one
inside a product or work title, nor a shouted headline. A facility put in the article's town
(rule 3) is a guess: event location (where/locate.py) takes it only when the text names no
other place for the event.
"""

from __future__ import annotations

import functools
from collections import Counter
from typing import Any, NamedTuple

from eventwire import datafiles
from eventwire.nlp.phrases import doc_ents, doc_tokens, sentence_of
from eventwire.records import Place
from eventwire.where.demonyms import country_of_demonym
from eventwire.where.divisions import GENERIC_WORDS
from eventwire.where.gazetteer import Candidate, Gazetteer, distance_km
from eventwire.where.names import name_key
from eventwire.where.resolve import to_place

# words that, alone before the noun, name an institution every country has, not a building
_INSTITUTION_WORDS = frozenset({"supreme", "high", "district", "federal", "secondary", "primary",
                                "national", "crown", "magistrates", "appeals", "state"})
# entity labels of titles a facility noun may close ("Grand Bazaar Hotel", a film)
_TITLE_LABELS = {"PRODUCT", "WORK_OF_ART", "EVENT", "LAW"}
# parts of speech of capitalised words that open a sentence, not a name ("The", "At")
_FUNCTION_POS = {"ADP", "DET", "PRON", "CCONJ", "SCONJ", "AUX", "PART"}
# short words inside a facility's name ("St. John's Church", "Mt. Hope Cemetery")
_INNER_WORDS = {"St.", "St", "Mt.", "&"}
_POSSESSIVES = {"'s", "’s"}
# words that may follow a street's name ("Marlowe Avenue West")
_COMPASS = {"north", "south", "east", "west"}
# nouns that name where two streets meet: "the corner of Grand and State"
_CROSSING_WORDS = {"corner", "intersection", "junction"}
_AND_WORDS = {"and", "&"}
# words joining the facility to the town that holds it: "X in Y", "X, Y", "X at Y"
_JOINERS = {",", "in", "at", "near"}
# resolutions of a place that may hold a facility: a town, or a region inside one country
HOLDER_RESOLUTIONS = {"city", "region"}
# the article's home town (home_town) must be agreed on: this share of its town mentions lies
# within HOME_KM of it (a local paper names its town and the towns around it); not the share
# of the article's places in one country (rank.HOME_SHARE) nor a local cluster of distinct
# towns (namesakes.local_centre)
HOME_TOWN_SHARE = 0.6
HOME_KM = 161.0
# ... or it is the town mentioned this often, and twice as often as any other (:func:`_named_most`)
HOME_TOWN_MENTIONS = 3


class Noun(NamedTuple):
    """A facility noun's row: whether it may open "<noun> of Y"; whether only a town named
    with the facility places it; whether its names are often a far town's (a hotel, a street)."""

    opens: bool
    named_only: bool
    far: bool = False


# a venue named without a facility noun ("at Nimbus Loft in Lagos"): only a town named with it
# places it (venue_spans)
_VENUE = Noun(opens=False, named_only=True)
_VENUE_LABELS = {"FAC", "ORG"}
# lower-case words inside a venue's name (data/name_particles.tsv)
_NAME_PARTICLES = frozenset(datafiles.words("where", "name_particles.tsv"))
# words whose "at" names a target, not a venue ("fired at", "a swipe at": data/aimed_at.tsv)
_AIMED_AT = frozenset(datafiles.words("where", "aimed_at.tsv"))


@functools.lru_cache(maxsize=1)
def facility_nouns() -> dict[str, Noun]:
    """"<noun>|<word required before it, or nothing>" -> its row of facility_nouns.tsv."""
    rows = datafiles.table("where", "facility_nouns.tsv",
                           ("noun", "modifier", "of", "town", "after"), required=("noun",))
    return {f"{row['noun'].lower()}|{row['modifier'].lower()}":
            Noun(row["of"].lower() == "of", row["town"].lower() == "named",
                 (row.get("after") or "").lower() == "far") for row in rows}


AIRPORT_COLUMNS = ("name", "aliases", "town", "country")
# what follows an airport's short name in its full one ("Heathrow Airport", "Dulles
# International Airport")
_AIRPORT_SUFFIXES = ("", " Airport", " International Airport")


def read_airports() -> list[dict[str, str]]:
    """The rows of airports.tsv: major airports by their common names, and their towns."""
    return datafiles.table("where", "airports.tsv", AIRPORT_COLUMNS,
                           required=("name", "town", "country"))


def airport_names(row: dict[str, str]) -> list[str]:
    """An airport row's name and aliases."""
    return [row["name"], *filter(None, row["aliases"].split("|"))]


@functools.lru_cache(maxsize=1)
def _airport_keys() -> dict[str, tuple[str, str]]:
    return {name_key(name): (row["town"], row["country"]) for row in read_airports()
            for name in airport_names(row) if not name.isupper()}


def airport_town(gazetteer: Gazetteer, text: str) -> Candidate | None:
    """The town an airport of airports.tsv serves when `text` is its name or an alias
    ("Schiphol", "O'Hare"), else None: such a name stands for that town wherever it is found,
    as a town's own name does. Not an acronym ("LAX": alone it names a team as often)."""
    known = _airport_keys().get(name_key(text))
    return None if known is None else gazetteer.town(*known)


@functools.lru_cache(maxsize=1)
def landmarks() -> dict[str, tuple[str, str]]:
    """Landmark name (lower case) -> (its town's gazetteer name, the town's country): the
    rows of landmarks.tsv, and every airport of airports.tsv under its names with "Airport"
    or "International Airport" after them."""
    rows = datafiles.table("where", "landmarks.tsv", ("name", "town", "country"),
                           required=("name", "town", "country"))
    found = {row["name"].lower(): (row["town"], row["country"]) for row in rows}
    for row in read_airports():
        for name in airport_names(row):
            for suffix in _AIRPORT_SUFFIXES if not name.endswith("Airport") else ("",):
                found.setdefault(f"{name}{suffix}".lower(), (row["town"], row["country"]))
    return found


def landmark_town(gazetteer: Gazetteer, name: str) -> Candidate | None:
    """The town of a landmark of landmarks.tsv (its biggest town of that name in that
    country), or None when `name` is no landmark."""
    known = landmarks().get(name.lower())
    if known is None:
        return None
    return gazetteer.town(*known)


def landmark_entities(doc: Any, places: list[Place], gazetteer: Gazetteer) -> list[Place]:
    """`places`, but a named entity that is a landmark of landmarks.tsv ("Texas A&M University",
    "Cornell University") put in the landmark's town, instead of the places inside it ("Texas"):
    the name says where it is better than its words do. A landmark the text itself puts in
    another country ("Trump Tower in Mumbai": a name buildings of several towns share) is left to
    facility_places, which puts it there (:func:`_elsewhere_by_text`)."""
    by_start, by_end, _ = _index(doc, places)
    for ent in doc_ents(doc):
        span = ent[1:] if len(ent) > 1 and ent[0].lower_ == "the" else ent
        town = landmark_town(gazetteer, span.text) if len(span) > 1 else None
        if town is None or town.lat is None or _elsewhere_by_text(
                town, _named_with(doc, span.start, span.end, by_start, by_end)):
            continue
        holder = to_place(town.name, 0, 0, town)
        places = [p for p in places if not (span.start_char <= p.start and p.end <= span.end_char)]
        places.append(Place(text=span.text, start=span.start_char, end=span.end_char, name=holder.name,
                            country=holder.country, admin1=holder.admin1, lat=holder.lat,
                            lon=holder.lon, resolution=holder.resolution))
    return sorted(places, key=lambda place: place.start)


def _elsewhere_by_text(town: Candidate, named: Place | None) -> bool:
    """Whether the place the text puts a landmark in (`named`, :func:`_named_with`) lies in
    another country than the landmark table's `town`."""
    return named is not None and named.country is not None and named.country != town.country


def _noun_entry(token: Any) -> Noun | None:
    """The facility entry `token` heads: with the word before it as modifier, else bare."""
    previous = token.doc[token.i - 1].lower_ if token.i > 0 else ""
    nouns = facility_nouns()
    return nouns.get(f"{token.lower_}|{previous}") or nouns.get(f"{token.lower_}|")


def ends_in_facility_noun(span: Any) -> bool:
    """Whether `span` is a name closed by a facility noun ("Washington Square", "Atlantic
    Avenue"): more than the noun, its last word capitalised and heading an entry."""
    return (len(span) > 1 and span[-1].text[:1].isupper()
            and _noun_entry(span[-1]) is not None)


def named_after_far_towns(span: Any) -> bool:
    """Whether `span` is a facility's name whose noun often takes a far town's name ("the
    Cairo Hotel", "Nairobi Road", "the Zaatari Camp": "far" in facility_nouns.tsv), not
    the name of the town it lies in ("the Tokyo Dome", "Kandahar Airport")."""
    entry = _noun_entry(span[-1]) if ends_in_facility_noun(span) else None
    return entry is not None and entry.far


def _name_token(token: Any) -> bool:
    """A word of a proper name: capitalised ("BrightCare" too), "St.", or an ordinal
    ("14th", "Third" is capitalised)."""
    text = token.text
    if token.pos_ in _FUNCTION_POS:      # "At Harwood University", opening a sentence
        return False
    if text in _INNER_WORDS:
        return True
    if text[:1].isdigit():
        return text[-2:].lower() in ("st", "nd", "rd", "th")
    return text[:1].isupper() and any(ch.isalpha() for ch in text)


def facility_spans(doc: Any, taken: set[int]) -> list[tuple[int, int, Noun]]:
    """Token ranges of named facilities in `doc` outside the places of `taken` (token
    indices). A name that a place opens ("Leeds General Hospital") is left to that
    place, which already says where it is."""
    found: list[tuple[int, int, Noun]] = []
    for token in doc_tokens(doc):
        if (token.i in taken or not token.text[:1].isupper()
                or (found and token.i < found[-1][1])):
            continue
        entry = _noun_entry(token)
        if entry is None:
            continue
        start, end = _extent(token, entry, taken)
        if (_is_facility(doc, start, end, token) and not _names_a_body(doc, end) and start - 1 not in taken
                and not taken.intersection(range(start, end))):
            found.append((start, end, entry))
    return found


def venue_spans(doc: Any, taken: set[int]) -> list[tuple[int, int, Noun]]:
    """Venues named without a facility noun right after "at" ("at Nimbus Loft in Lagos", "at
    the Palais Verdier in Geneva"): FAC or ORG entities of name words outside `taken`, not
    shouted. Only a town named with one places it (_VENUE: named_only); facility_places keeps
    none that the text puts in no town."""
    found: list[tuple[int, int, Noun]] = []
    for ent in doc_ents(doc):
        start = ent.start + int(ent[0].lower_ == "the")
        before = ent.start - 1 - int(ent.start > 0 and doc[ent.start - 1].lower_ == "the")
        words = doc[start:ent.end]
        if (ent.label_ in _VENUE_LABELS and before >= 0 and doc[before].lower_ == "at"
                and not _aims_at(doc[before]) and len(words)
                and _name_token(words[0]) and _name_token(words[-1])
                and all(_name_token(t) or t.text in _POSSESSIVES or _particle(t) for t in words)
                and not all(t.is_upper for t in words if t.is_alpha)
                and not taken.intersection(range(start, ent.end))):
            found.append((start, ent.end, _VENUE))
    return found


def _aims_at(at: Any) -> bool:
    """Whether `at` names a target rather than a place: it hangs on, or follows, a word of
    aiming, throwing, looking or anger ("fired at Hezbollah", "took a swipe at Ryanair")."""
    words = [at.head] + ([at.doc[at.i - 1]] if at.i > 0 else [])
    return any(word.lemma_.lower() in _AIMED_AT for word in words)


def _particle(token: Any) -> bool:
    """A lower-case word inside a venue's name ("Palais des Nations", "Bar de la Paix"); not
    "for", which makes an organisation's name ("the Institute for Policy Studies")."""
    return token.text in _NAME_PARTICLES


def coordinated_spans(doc: Any, taken: set[int]) -> list[tuple[int, int, Noun]]:
    """Token ranges of the bare names of streets named together: "State and Hubbard
    streets", "Bourbon, Royal and Dauphine streets" (a plural facility noun after names
    joined by "and"; in lower case, as "Family Resource and Youth Services Centers" is one
    body's name), and "the corner of Grand and State" (the names after "corner of",
    "intersection of", "junction of"). Each name is a street of its own."""
    found: list[tuple[int, int, Noun]] = []
    nouns = facility_nouns()
    for token in doc_tokens(doc):
        if token.text.islower() and token.text.endswith("s") and f"{token.text[:-1]}|" in nouns:
            names = _names_before(doc, token.i, taken)
            entry = nouns[f"{token.lower_[:-1]}|"]
        elif (token.lower_ in _CROSSING_WORDS and token.i + 1 < len(doc)
              and doc[token.i + 1].lower_ == "of"):
            names = _names_after(doc, token.i + 2, taken)
            entry = nouns.get("street|", Noun(False, False))
        else:
            continue
        if len(names) >= 2:
            found += [(start, end, entry) for start, end in names
                      if not any(start == other[0] for other in found)]
    return found


def _names_before(doc: Any, end: int, taken: set[int]) -> list[tuple[int, int]]:
    """Names joined by "and" (and commas) that end right before token `end`."""
    names: list[tuple[int, int]] = []
    while True:
        start = end
        while start > 0 and start - 1 not in taken and _name_token(doc[start - 1]):
            start -= 1
        if start == end:
            return []
        names.insert(0, (start, end))
        if start > 1 and doc[start - 1].lower_ in _AND_WORDS | {","}:
            end = start - 1
            continue
        return names if any(doc[s - 1].lower_ in _AND_WORDS for s, _ in names[1:]) else []


def _names_after(doc: Any, start: int, taken: set[int]) -> list[tuple[int, int]]:
    """Two names joined by "and" or "&" from token `start` on: "Grand and State"."""
    names: list[tuple[int, int]] = []
    while len(names) < 2:
        end = start
        while end < len(doc) and end not in taken and _name_token(doc[end]):
            end += 1
        if end == start:
            return []
        names.append((start, end))
        if len(names) == 1 and (end >= len(doc) or doc[end].lower_ not in _AND_WORDS):
            return []
        start = end + 1
    return names


def _extent(head: Any, entry: Noun, taken: set[int]) -> tuple[int, int]:
    """The name around the facility noun: capitalised words before it ("Holy Cross
    Church", "St Mary's Hospital"), up to a place ("Leeds's Harlow Road"), and "of Y" after
    a noun that may open one ("University of East Anglia")."""
    doc, start = head.doc, head.i
    while start > 0 and sentence_of(doc[start - 1]) == sentence_of(head) and start - 1 not in taken:
        before = doc[start - 1]
        if _name_token(before):
            start -= 1
        elif (before.text in _POSSESSIVES and start > 1 and _name_token(doc[start - 2])
              and start - 2 not in taken):
            start -= 2
        else:
            break
    end = head.i + 1
    if entry.opens and end + 1 < len(doc) and doc[end].lower_ == "of" and _name_token(doc[end + 1]):
        end += 1
        while (end < len(doc) and _name_token(doc[end]) and sentence_of(doc[end]) == sentence_of(head)
               and end not in taken):
            end += 1
    return start, end


def _is_facility(doc: Any, start: int, end: int, head: Any) -> bool:
    """A name of its own: more than the noun, not only institution words, not shouted, not
    inside a product's or a work's title. An ordinal is a name's word ("14th St.")."""
    words = [t for t in doc[start:end] if t.i != head.i and (t.is_alpha or _name_token(t))]
    if not words or all(t.lower_ in _INSTITUTION_WORDS for t in words):
        return False
    letters = [t for t in doc[start:end] if t.is_alpha]
    if letters and all(t.is_upper for t in letters):
        return False
    return head.ent_type_ not in _TITLE_LABELS


def _names_a_body(doc: Any, end: int) -> bool:
    """"<X> Center for <Y>": the name of an organisation, wherever it sits (a think tank,
    a charity), not a building; and "Real Estate Economic Institute": the noun is inside a
    longer name ("Marlowe Avenue West" still ends in a facility's name)."""
    if end >= len(doc) or sentence_of(doc[end]) != sentence_of(doc[end - 1]):
        return False
    after = doc[end]
    return after.lower_ == "for" or (_name_token(after) and after.lower_ not in _COMPASS)


def _named_like_a_facility(doc: Any, place: Place) -> bool:
    """Whether the place's name ends in a facility noun ("Washington Square"): a town so
    named is as likely the square of the article's own town, so it is no ground to put the
    article's other facilities in."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    return span is not None and ends_in_facility_noun(span)


def _named_with(doc: Any, start: int, end: int, by_start: dict[int, Place],
                by_end: dict[int, Place]) -> Place | None:
    """The place the text puts the facility in: "X in Y", "X, Y", "X, in Y", "Y's X"."""
    i = end
    while i < len(doc) and i - end < 2 and doc[i].lower_ in _JOINERS:
        i += 1
    if i > end and i < len(doc) and doc[i].lower_ == "the":    # "in the United States"
        i += 1
    after = by_start.get(i) if i > end else None
    if after is not None:
        return after
    if start >= 2 and doc[start - 1].text in _POSSESSIVES:
        return by_end.get(start - 1)
    return None


def _named_town(named: Place | None) -> bool:
    """Whether the place named with a facility is a town or a county with a point."""
    return named is not None and named.resolution in HOLDER_RESOLUTIONS and named.lat is not None


def _holder(named: Place | None, home: Place | None) -> Place | None:
    """The town the facility is in: the place named with it when that is a town (or a
    county); else the article's town when it lies in the named country or state, none
    when the article has a town elsewhere; else, in an article without a town of its own,
    the named country or state itself ("the Zaatari Camp in Jordan"): its point is far
    from the facility's, but its country is the facility's."""
    if named is None:
        return home
    if named.resolution in HOLDER_RESOLUTIONS and named.country:
        return named
    if home is None:
        return named if named.country else None
    if home.country != named.country:
        return None
    return home if named.resolution != "admin1" or named.admin1 == home.admin1 else None


def home_town(places: list[Place], strict: bool = False) -> Place | None:
    """The article's town: the town mentioned most (the first named of equals), when at
    least HOME_TOWN_SHARE of the article's town mentions lie within HOME_KM of it, or when it is
    named HOME_TOWN_MENTIONS times, twice as often as any other town, in the country of most. An article
    that names no town may be about a county ("Dane County"): that region, alike.

    `strict` asks for a local article's town: a town (no county), among at least two towns
    the article names, HOME_TOWN_SHARE of whose mentions lie within HOME_KM of it (repeating it
    is not enough), and every place named lies in its country."""
    located = [(p, p.lat, p.lon) for p in places if p.lat is not None and p.lon is not None]
    found = ([t for t in located if t[0].resolution == "city"]
             or [t for t in located if t[0].resolution == "region" and t[0].country])
    if not found:
        return None
    towns = [p for p, _, _ in found]
    points = [(p.name, lat, lon) for p, lat, lon in found]
    counts = Counter(points).most_common(2)
    name, lat, lon = counts[0][0]
    near = sum(distance_km(lat, lon, p_lat, p_lon) <= HOME_KM for _, p_lat, p_lon in points)
    home = towns[points.index((name, lat, lon))]
    if strict:
        local = (home.resolution == "city" and len({n for n, _, _ in points}) >= 2
                 and near >= HOME_TOWN_SHARE * len(points)
                 and all(p.country == home.country for p in places if p.country))
        return home if local else None
    if near < HOME_TOWN_SHARE * len(points) and not _named_most(counts, home, towns):
        return None
    return home


def _named_most(counts: list[tuple[Any, int]], town: Place, towns: list[Place]) -> bool:
    """Whether the town named most is named HOME_TOWN_MENTIONS times or more, at least twice as
    often as any other, and lies in the country most of the article's towns lie in: a local
    paper repeats its town, whatever else it mentions (a name read as a town abroad, a
    surname perhaps, does not make the article's town)."""
    first = counts[0][1]
    second = counts[1][1] if len(counts) > 1 else 0
    countries = Counter(p.country for p in towns).most_common(1)
    return first >= HOME_TOWN_MENTIONS and first >= 2 * second and countries[0][0] == town.country


def _index(doc: Any, places: list[Place]) -> tuple[dict[int, Place], dict[int, Place], set[int]]:
    """The located places of `places` by their first token and by the token after them
    ("Y's X"), and the tokens of every place."""
    by_start: dict[int, Place] = {}
    by_end: dict[int, Place] = {}
    taken: set[int] = set()
    for place in places:
        span = doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        taken.update(range(span.start, span.end))
        if place.lat is not None and place.lon is not None:
            by_start[span.start] = by_end[span.end] = place
    return by_start, by_end, taken


def place_unknowns(doc: Any, places: list[Place], dateline: Place | None = None) -> set[tuple[int, int]]:
    """Give a toponym the gazetteer does not know the place the text puts it in, as for a
    facility (:func:`_named_with`): "Knockderrig, near Tuam", "Pelican Spit in Mandurah". In
    a town or a region inside one country it takes that place's point, country and admin1
    (the point is honest to the town's precision, so the place takes its resolution); in a
    country or a wider region only the country, and not when it is only near it ("in the
    east of the country, near the Cameroon border").

    One the text names with no place is put in the town of a local article
    (:func:`home_town`, strict), as a facility is (rule 3), unless it already has another
    country: a local paper's neighbourhood ("the Shankill area", "River North") or street
    lies in its town, and a place without a point is wrong wherever the event was. Not in
    an article that only repeats one town, nor one that names another country: there an
    unknown name is as likely a region ("Puntland"), an island group or a misread person.
    The `dateline` town stands in for an article whose places agree on none, but only for a
    street or venue (a name closed by a facility noun) or in an article naming another
    place near it (:func:`_near_dateline`): a village in the news ("Shelling hit X") is as
    likely far from the capital it is filed from, so it takes only the dateline's country.
    Returns the spans so guessed."""
    by_start, by_end, _ = _index(doc, places)
    local = home_town([place for place in places if not _named_like_a_facility(doc, place)], strict=True)
    dated = None if local is not None else _agreed(dateline, places)
    around = dated is not None and _near_dateline(dated, places)
    guessed: set[tuple[int, int]] = set()
    for i, place in enumerate(places):
        if place.resolution != "unknown":
            continue
        span = doc.char_span(place.start, place.end, alignment_mode="expand")
        named = None if span is None else _named_with(doc, span.start, span.end, by_start, by_end)
        if named is None and _in_home(place, local):
            named = local
            guessed.add((place.start, place.end))
        elif named is None and dated is not None and _in_home(place, dated):
            if not around and (span is None or not ends_in_facility_noun(span)):
                place.country = dated.country
                continue
            named = dated
            guessed.add((place.start, place.end))
        if named is None or not named.country:
            continue
        if named.resolution not in HOLDER_RESOLUTIONS:
            if any(t.lower_ == "near" for t in doc[span.end:span.end + 2]):
                continue
            place.country, place.admin1 = named.country, named.admin1
            continue
        places[i] = Place(text=place.text, start=place.start, end=place.end, name=named.name,
                          country=named.country, admin1=named.admin1, lat=named.lat,
                          lon=named.lon, resolution=named.resolution)
    return guessed


def _agreed(dateline: Place | None, places: list[Place]) -> Place | None:
    """The dateline's town when every town, region and country the article names lies in
    its country: a story datelined in Washington about Kabul does not put its hotels in
    Washington."""
    if dateline is None or any(p.country != dateline.country for p in places
                               if p.resolution in HOLDER_RESOLUTIONS | {"country", "admin1"}):
        return None
    return dateline


def _near_dateline(dateline: Place, places: list[Place]) -> bool:
    """Whether a town or region the article names, other than the dateline's town, lies
    within HOME_KM of it, or a state named is the dateline's: the article is about the
    dateline's surroundings, not only filed from there."""
    if dateline.lat is None or dateline.lon is None:
        return False
    return any(p.name != dateline.name and p.lat is not None and p.lon is not None
               and distance_km(dateline.lat, dateline.lon, p.lat, p.lon) <= HOME_KM
               for p in places if p.resolution in HOLDER_RESOLUTIONS) or \
        any(p.resolution == "admin1" and p.admin1 == dateline.admin1 for p in places)


def _in_home(place: Place, home: Place | None) -> bool:
    """Whether an unknown toponym may lie in the article's town: there is one, with a
    point, and the toponym has no other country."""
    return (home is not None and home.lat is not None
            and (place.country is None or place.country == home.country))


def _own_town(gazetteer: Gazetteer, span: Any, entry: Noun, home: Place | None) -> Place | None:
    """The town a bare name of facilities named together is, in the article's country:
    "Dadaab and Kakuma camps" of a story about Kenya lie at the towns of Kenya so named, not
    both in the article's town. Not for nouns whose names are often a far town's ("Bourbon,
    Royal and Dauphine streets" are no towns), nor for a full name ("Kakuma Camp" opens with
    the town, which toponyms.py finds)."""
    if home is None or not home.country or entry.far or ends_in_facility_noun(span):
        return None
    towns = [c for c in gazetteer.lookup(span.text)
             if c.kind == "city" and c.country == home.country and not c.by_alternate]
    if not towns:
        return None
    town = max(towns, key=lambda c: c.population)
    return to_place(town.name, 0, 0, town)


def main_country(places: list[Place]) -> Place | None:
    """The article's country, as a place with its point: the one country named (or named by
    its people) among the article's places, when no other country and no town abroad is."""
    countries = {p.country for p in places if p.country}
    named = [p for p in places if p.resolution == "country" and p.lat is not None]
    return named[0] if len(countries) == 1 and named else None


def _holds_place_of(gazetteer: Gazetteer, span: Any, country: str | None) -> bool:
    """Whether the facility's own words (not its nouns, not generic words) name a town or a
    division of `country`, or no place the gazetteer knows ("Serengeti National Park" of a
    story about Tanzania): only such a facility, with no place named with it, is put in the
    article's country; "the Mayo Clinic" of a story about Kenya is named after a town
    elsewhere and may lie anywhere."""
    candidates = [c for gram in _grams(span) for c in gazetteer.lookup(gram) if not c.by_alternate]
    return not candidates or any(c.country == country and c.kind != "country" for c in candidates)


def _grams(span: Any) -> set[str]:
    """The runs of one to three capitalised words of `span` that hold no facility noun and
    not only generic words ("Mayo" of "the Mayo Clinic", not "National Park")."""
    tokens = [t for t in span if t.text[:1].isupper() and _noun_entry(t) is None]
    return {" ".join(t.text for t in tokens[i:j]) for i in range(len(tokens))
            for j in range(i + 1, min(len(tokens), i + 3) + 1)
            if tokens[j - 1].i - tokens[i].i == j - 1 - i
            and not all(t.lower_ in GENERIC_WORDS for t in tokens[i:j])}


def _names_a_country(gazetteer: Gazetteer, span: Any) -> bool:
    """Whether a country or its people's name is part of the facility's ("the Armenian
    Embassy", "the Embassy of Ukraine"): a mission abroad, put in the country that hosts it
    only when a town says where (the sender is the toponym readers count)."""
    words = [t.text for t in span]
    grams = {" ".join(words[i:j]) for i in range(len(words))
             for j in range(i + 1, min(len(words), i + 3) + 1)}
    return any(country_of_demonym(gram) or any(c.kind == "country" for c in gazetteer.lookup(gram))
               for gram in grams)


def _sentence_town(span: Any, places: list[Place], country: str | None,
                   before_only: bool = False) -> Place | None:
    """The one town the sentence of `span` names, if it names one ("In London, protesters
    marched down Oxford Street"): where a street or hotel of that sentence (a noun often
    named after a far town) lies rather than in the article's town. Only a town in the
    article's `country`, in an article that has one: a town abroad, or in an article of
    many countries, is as likely a misread name. With `before_only` (the article has a home
    town), only a town named before the street: one after it is more often another event's
    ("Oxford Street, a day after a rally in Manchester")."""
    sentence = span.sent
    end = span.start_char if before_only else sentence.end_char
    towns = [p for p in places if p.resolution == "city" and p.lat is not None and p.lon is not None
             and sentence.start_char <= p.start < end
             and country is not None and p.country == country]
    return towns[0] if towns and len({p.name for p in towns}) == 1 else None


def facility_places(doc: Any, text: str, places: list[Place], gazetteer: Gazetteer,
                    dateline: Place | None = None) -> tuple[list[Place], list[Place]]:
    """Places for the named facilities of `doc` that no place in `places` overlaps: a
    landmark in its town, another facility in the town the text puts it in, else (a street
    or hotel) in the town its sentence names (:func:`_sentence_town`), else in the article's
    town (the `dateline` town when its places agree on none); unplaced ones are left out.
    Returns the places the text (or the landmark table) puts in their town, and those put
    in the town of their sentence or of the article: a guess."""
    by_start, by_end, taken = _index(doc, places)
    towns = [place for place in places if not _named_like_a_facility(doc, place)]
    home = home_town(towns) or _agreed(dateline, places)
    main = main_country(places)
    country = None if home is not None else main
    ours = home.country if home is not None else main.country if main is not None else None
    placed: list[Place] = []
    guessed: list[Place] = []
    spans = facility_spans(doc, taken)
    covered = {i for start, end, _ in spans for i in range(start, end)}
    spans += [span for span in coordinated_spans(doc, taken)
              if not covered.intersection(range(span[0], span[1]))]
    covered = {i for start, end, _ in spans for i in range(start, end)}
    spans += [span for span in venue_spans(doc, taken | covered)
              if _named_town(_named_with(doc, span[0], span[1], by_start, by_end))]
    for start, end, entry in sorted(spans, key=lambda span: span[0]):
        span = doc[start:end]
        landmark = landmark_town(gazetteer, span.text)
        named = _named_with(doc, start, end, by_start, by_end)
        if landmark is not None and _elsewhere_by_text(landmark, named):
            landmark = None
        own = _own_town(gazetteer, span, entry, home) if named is None else None
        local = (_sentence_town(span, towns, ours, before_only=home is not None)
                 if named is None and entry.far else None) or home
        holder = (to_place(landmark.name, 0, 0, landmark) if landmark is not None
                  else own or _holder(named, None if entry.named_only else local))
        if (holder is None and named is None and not entry.named_only and country is not None
                and _holds_place_of(gazetteer, span, country.country)):
            holder = country
        if holder is None or holder.lat is None or (
                holder.resolution not in HOLDER_RESOLUTIONS and _names_a_country(gazetteer, span)):
            continue
        place = Place(text=text[span.start_char:span.end_char], start=span.start_char,
                      end=span.end_char, name=holder.name, country=holder.country,
                      admin1=holder.admin1, lat=holder.lat, lon=holder.lon,
                      resolution=holder.resolution)
        by_home = landmark is None and own is None and holder is local and named is not local
        (guessed if by_home else placed).append(place)
    return placed, guessed
