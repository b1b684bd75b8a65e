"""The gazetteer: place records in columns, and an index from name keys to records.

Records are stored column-wise (arrays and shared strings) rather than one object per place,
which keeps ~170k places with ~800k names in well under 100 MB.
"""

from __future__ import annotations

import math
from array import array
from dataclasses import dataclass, field
from typing import NamedTuple

from eventwire.records import Resolution
from eventwire.where.names import index_key

# feature kinds, stored as one byte per record
KINDS: tuple[Resolution, ...] = ("city", "admin1", "country", "region")
KIND_CODE: dict[str, int] = {kind: i for i, kind in enumerate(KINDS)}


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


class Candidate(NamedTuple):
    """One gazetteer record a name may refer to."""

    record: int              # record number in the gazetteer
    geonameid: int | None
    name: str
    country: str | None      # ISO 3166-1 alpha-3
    admin1: str | None       # admin1 name where known, else None
    admin1_code: str | None  # "<ISO2>.<code>" for cities and US states, else None
    lat: float | None
    lon: float | None
    population: int
    kind: Resolution         # city | admin1 | country | region
    by_alternate: bool       # matched through an alternate name, not the main one


@dataclass
class Gazetteer:
    """Place records and a name index; :meth:`lookup` is one dict hit."""

    version: str = ""
    geonameid: array[int] = field(default_factory=lambda: array("q"), repr=False)
    lat: array[float] = field(default_factory=lambda: array("d"), repr=False)
    lon: array[float] = field(default_factory=lambda: array("d"), repr=False)
    population: array[int] = field(default_factory=lambda: array("q"), repr=False)
    kind: bytearray = field(default_factory=bytearray, repr=False)
    name: list[str] = field(default_factory=list, repr=False)
    country: list[str | None] = field(default_factory=list, repr=False)
    admin1_code: list[str | None] = field(default_factory=list, repr=False)
    # "<ISO2>.<admin1 code>" -> admin1 name, where a name is known (US states, regions.tsv)
    admin1_names: dict[str, str] = field(default_factory=dict, repr=False)
    # ISO alpha-3 -> the country's record number
    countries: dict[str, int] = field(default_factory=dict, repr=False)
    # record numbers of national capitals
    capitals: set[int] = field(default_factory=set, repr=False)
    # name key -> record numbers, each times 2 plus 1 when the key is an alternate name
    index: dict[str, int | tuple[int, ...]] = field(default_factory=dict, repr=False)

    def __len__(self) -> int:
        return len(self.name)

    def add(self, *, geonameid: int | None, name: str, country: str | None,
            admin1_code: str | None, lat: float | None, lon: float | None,
            population: int, kind: str) -> int:
        """Append one record; returns its number. Missing coordinates are stored as NaN."""
        self.geonameid.append(geonameid or 0)
        self.lat.append(float("nan") if lat is None else lat)
        self.lon.append(float("nan") if lon is None else lon)
        self.population.append(int(population or 0))
        self.kind.append(KIND_CODE[kind])
        self.name.append(name)
        self.country.append(country)
        self.admin1_code.append(admin1_code)
        return len(self.name) - 1

    def add_name(self, text: str, record: int, alternate: bool) -> None:
        """Index `text` (any spelling) as a name of `record`."""
        key = index_key(text)
        if not key:
            return
        code = record * 2 + int(alternate)
        found = self.index.get(key)
        if found is None:
            self.index[key] = code
        elif isinstance(found, int):
            if found // 2 != record:
                self.index[key] = (found, code)
            elif found > code:
                self.index[key] = code        # the main-name entry wins over the alternate
        elif all(c // 2 != record for c in found):
            self.index[key] = (*found, code)

    def lookup(self, text: str) -> list[Candidate]:
        """Every record named `text` (any spelling the index knows), in record order."""
        found = self.index.get(index_key(text))
        if found is None:
            return []
        codes = (found,) if isinstance(found, int) else found
        return [self.candidate(code // 2, bool(code % 2)) for code in codes]

    def candidate(self, record: int, by_alternate: bool = False) -> Candidate:
        """Record number `record` as a :class:`Candidate`."""
        lat, lon = self.lat[record], self.lon[record]
        code = self.admin1_code[record]
        return Candidate(
            record=record,
            geonameid=self.geonameid[record] or None,
            name=self.name[record],
            country=self.country[record],
            admin1=self.admin1_names.get(code) if code else None,
            admin1_code=code,
            lat=None if lat != lat else round(lat, 5),   # NaN marks "unknown"
            lon=None if lon != lon else round(lon, 5),
            population=self.population[record],
            kind=KINDS[self.kind[record]],
            by_alternate=by_alternate,
        )

    def town(self, name: str, country: str) -> Candidate | None:
        """The biggest town named `name` in `country` (ISO alpha-3), one bearing it as its own
        name before one bearing it as an alternate name; None when there is none."""
        towns = [c for c in self.lookup(name) if c.kind == "city" and c.country == country]
        return max(towns, key=lambda c: (not c.by_alternate, c.population), default=None)

    def country_record(self, iso3: str) -> Candidate | None:
        """The country whose ISO 3166-1 alpha-3 code is `iso3`, or None."""
        record = self.countries.get(iso3)
        return None if record is None else self.candidate(record)

    def __contains__(self, text: object) -> bool:
        return isinstance(text, str) and index_key(text) in self.index
