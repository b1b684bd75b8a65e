"""Seats of government: "the White House", "the Kremlin", "the Pentagon" as places or as
governments.

News names a government by the building it sits in (the ``metonyms`` column of
actors/data/countries.tsv). GeoWebNews counts such a name as a toponym only where it names the
building as a place: after a preposition of place ("hosted Erdogan in the White House",
"protesters outside the Kremlin"), or before a noun of the building's parts or grounds
(``data/seat_parts.tsv``: "the White House lawn"). As a doer, an owner or a modifier ("the
White House said", "White House aides", "a Kremlin spokesman") it is the government, and no
toponym at all. The gazetteer knows some of these names as alternate names of namesake towns
far away ("White House" is also Casa Blanca, Morocco), which a near tie in the ranker may
pick; so a seat is read here and nowhere else:

- a name the gazetteer knows as the main name of a place within SEAT_KM of its country's
  capital ("Capitol Hill", "Foggy Bottom") is that place, in any use: a neighbourhood's name
  is a toponym when it stands for the government too (an alternate name, "Élysée" for Paris'
  8th arrondissement, is not enough);
- another name in a literal use is the capital (the building lies there);
- another name in any other use is no place.

A seat's name is often a town's too ("Whitehall, Ohio", "Westminster, Colorado", "Miraflores"
in Lima): a name the gazetteer also has as a town far from the capital is read as the seat
only in the seat's own form, with "the" ("the White House", "the Kremlin"), or in an article
that names the seat's country (its name, an alias, a demonym, its capital or another of its
seats: "British ministers in Whitehall"). A name qualified by a place ("Whitehall, Ohio", "the
Capitol Hill neighborhood of Seattle") is never the seat. Such names are left to the ordinary
resolution. A seat named with a number ("No 10") needs another seat of its country beside it
("No 10 Downing Street"): alone it is a rank ("No 10 in the world rankings").

Streets and squares of data/landmarks.tsv ("Downing Street") are left to facilities.py, which
puts them in their town whatever the use.
"""

from __future__ import annotations

import functools
import unicodedata
from typing import Any, NamedTuple

from eventwire import datafiles
from eventwire.where.facilities import landmarks
from eventwire.where.gazetteer import Candidate, Gazetteer, distance_km

# a namesake of a seat this near its capital is the seat's own neighbourhood
SEAT_KM = 25.0
PARTS = frozenset(datafiles.words("where", "seat_parts.tsv"))
# prepositions before a seat that make it the building: those of place_prepositions.tsv
# and "from" ("barred from the White House"); a preposition of company ("with the Kremlin")
# or of agency ("by the Pentagon") is not among them
_LITERAL_PREPOSITIONS = frozenset(datafiles.words("where", "place_prepositions.tsv")) | {"from"}
_POSSESSIVES = {"'s", "’s"}
# prepositions that also name a source or an addressee ("a statement from the White House",
# "according to the Kremlin", "a letter to the White House"): literal only after a verb
_SOURCE_PREPOSITIONS = {"from", "to"}
# subjects of the verb "from" hangs on that make the seat a source: "the announcement came
# from the White House"
MESSAGE_NOUNS = frozenset(datafiles.words("where", "message_nouns.tsv"))
# place entities that qualify a seat's name as a town of theirs ("Whitehall, Ohio")
_QUALIFIER_LABELS = {"GPE", "LOC"}
# lower-case words between a seat's name and "of <place>" ("the Capitol Hill neighborhood of
# Seattle")
_QUALIFIER_GAP = 2
# where find_seats keeps the Doc's folded words and the seats it found in ``doc.user_data``
_FOLDED_KEY = "eventwire.seats_folded"
_SEATS_KEY = "eventwire.seats_found"


class Seat(NamedTuple):
    """A seat of government named in a doc: its tokens (without "the"), and its candidates
    (empty when the name stands for the government, no place)."""

    start: int
    end: int
    candidates: list[Candidate]


@functools.lru_cache(maxsize=1)
def _country_rows() -> tuple[dict[str, str], ...]:
    return tuple(datafiles.table("actors", "countries.tsv",
                                 ("code", "name", "aliases", "demonyms", "capitals", "metonyms")))


@functools.lru_cache(maxsize=1)
def country_words() -> dict[str, tuple[frozenset[tuple[str, ...]], frozenset[tuple[str, ...]]]]:
    """Per country code, the names that tie an article to the country's government: all
    (its name, aliases, demonyms, capitals and seats) and its seats alone ("Downing Street"
    too), as folded lower-case word tuples."""
    found = {}
    for row in _country_rows():
        names = {column: {tuple(_folded(word).lower() for word in name.split() if word.lower() != "the")
                          for name in row[column].split("|") if name}
                 for column in ("aliases", "demonyms", "capitals", "metonyms")}
        own = {tuple(_folded(row["name"]).lower().split())}
        found[row["code"]] = (frozenset(own.union(*names.values())), frozenset(names["metonyms"]))
    return found


@functools.lru_cache(maxsize=1)
def seat_names() -> dict[tuple[str, ...], tuple[str, str]]:
    """The seats of government of actors/data/countries.tsv, as their words (without "the")
    -> (the capital's name, its country's ISO alpha-3 code); landmarks of landmarks.tsv and
    names of countries without a capital left out."""
    found = {}
    for row in _country_rows():
        capital = row["capitals"].split("|")[0]
        for name in filter(None, row["metonyms"].split("|")):
            words = name.split()
            if words[0].lower() == "the":
                words = words[1:]
            if capital and words and " ".join(words).lower() not in landmarks():
                found[tuple(map(_folded, words))] = (capital, row["code"])
    return found


def _folded(word: str) -> str:
    """`word` without accents and a closing dot: "Élysée" is written "Elysee" in
    countries.tsv, "No." "No"."""
    word = word[:-1] if len(word) > 1 and word.endswith(".") else word
    if word.isascii():
        return word   # no accent to fold (NFKD leaves ASCII as it is)
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))


def _folded_words(doc: Any) -> list[str]:
    """Every token of `doc` folded (``_folded``), once per Doc."""
    found: list[str] | None = doc.user_data.get(_FOLDED_KEY)
    if found is None:
        found = doc.user_data[_FOLDED_KEY] = [_folded(t.text) for t in doc]
    return found


@functools.cache
def _first_words() -> frozenset[str]:
    return frozenset(words[0] for words in seat_names())


def find_seats(doc: Any, gazetteer: Gazetteer) -> list[Seat]:
    """Every seat of government named in `doc`, in text order, with its candidates: found
    once per Doc and gazetteer (the toponyms stage asks several times), a new list each call."""
    found = doc.user_data.get(_SEATS_KEY)
    if found is None or found[0] != id(gazetteer):
        found = doc.user_data[_SEATS_KEY] = (id(gazetteer), _find_seats(doc, gazetteer))
    return list(found[1])


def _find_seats(doc: Any, gazetteer: Gazetteer) -> list[Seat]:
    names, firsts = seat_names(), _first_words()
    longest = max((len(words) for words in names), default=0)
    folded = _folded_words(doc)
    seats, i = [], 0
    while i < len(doc):
        if folded[i] not in firsts:
            i += 1
            continue
        for size in range(min(longest, len(doc) - i), 0, -1):
            words = tuple(folded[i:i + size])
            if words in names and _read_as_seat(doc, gazetteer, i, i + size, *names[words]):
                capital, country = names[words]
                seats.append(Seat(i, i + size, _candidates(doc, gazetteer, i, i + size,
                                                           capital, country)))
                i += size - 1
                break
        i += 1
    return seats


def _read_as_seat(doc: Any, gazetteer: Gazetteer, start: int, end: int, capital: str,
                  country: str) -> bool:
    """Whether the seat's name at tokens `start`:`end` is the seat, not a town of that name
    elsewhere nor a rank: not qualified by a place; in its own form or the article naming
    its country when the gazetteer has the name as a town far away; with another seat of
    its country when a number."""
    if _qualified(doc, end):
        return False
    words, seats = country_words().get(country, (frozenset(), frozenset()))
    if any(t.like_num for t in doc[start:end]):
        return _names_any(doc, seats, start, end)
    the = start > 0 and doc[start - 1].lower_ == "the"
    return the or _names_any(doc, words, start, end) or not _town_elsewhere(
        doc[start:end].text, gazetteer, capital, country)


def _qualified(doc: Any, end: int) -> bool:
    """Whether a place follows the name as its town's: ", Ohio" or "neighborhood of
    Seattle"."""
    i = end
    if i < len(doc) and doc[i].text == ",":
        return i + 1 < len(doc) and doc[i + 1].ent_type_ in _QUALIFIER_LABELS
    while i < len(doc) and i - end < _QUALIFIER_GAP and doc[i].is_lower and doc[i].is_alpha \
            and doc[i].lower_ != "of":
        i += 1
    return (i + 1 < len(doc) and doc[i].lower_ == "of"
            and doc[i + 1].ent_type_ in _QUALIFIER_LABELS)


def _names_any(doc: Any, names: frozenset[tuple[str, ...]], start: int, end: int) -> bool:
    """Whether `doc` writes one of `names` (folded lower-case word tuples) outside tokens
    `start`:`end`."""
    sizes = {len(name) for name in names}
    folded = [word.lower() for word in _folded_words(doc)]
    return any(tuple(folded[i:i + size]) in names and not (start < i + size and i < end)
               for size in sizes for i in range(len(doc) - size + 1))


def _town_elsewhere(name: str, gazetteer: Gazetteer, capital: str, country: str) -> bool:
    """Whether the gazetteer has a town or area of main name `name` farther than SEAT_KM
    from `capital`."""
    town = gazetteer.town(capital, country)
    if town is None or town.lat is None or town.lon is None:
        return True
    return any(not c.by_alternate and c.lat is not None and c.lon is not None
               and distance_km(c.lat, c.lon, town.lat, town.lon) > SEAT_KM
               for c in gazetteer.lookup(name))


def _candidates(doc: Any, gazetteer: Gazetteer, start: int, end: int, capital: str,
                country: str) -> list[Candidate]:
    town = gazetteer.town(capital, country)
    if town is None or town.lat is None or town.lon is None:
        return []
    own = [c for c in gazetteer.lookup(doc[start:end].text)
           if c.country == country and not c.by_alternate and c.lat is not None and c.lon is not None
           and distance_km(c.lat, c.lon, town.lat, town.lon) <= SEAT_KM]
    if own:
        return own
    return [town] if literal_use(doc, start, end) else []


def literal_use(doc: Any, start: int, end: int) -> bool:
    """Whether the seat at tokens `start`:`end` names the building: after a preposition of
    place (with "the" between), or before a noun of its parts ("the Kremlin's walls")."""
    before = start - 1
    if before >= 0 and doc[before].lower_ == "the":
        before -= 1
    after = end + int(end < len(doc) and doc[end].text in _POSSESSIVES)
    if after < len(doc) and doc[after].lower_ in PARTS:
        return True
    return before >= 0 and doc[before].lower_ in _LITERAL_PREPOSITIONS and (
        doc[before].lower_ not in _SOURCE_PREPOSITIONS or _of_motion(doc[before]))


def _of_motion(preposition: Any) -> bool:
    """Whether "to" or "from" hangs on a verb other than "according": a move to or from the
    building ("marched to the White House", "barred from the White House"), but not of a
    message ("the announcement came from the White House")."""
    head = preposition.head
    return bool(head.pos_ == "VERB" and head.lower_ != "according" and not any(
        child.dep_ in ("nsubj", "nsubjpass") and child.lower_ in MESSAGE_NOUNS
        for child in head.children))
