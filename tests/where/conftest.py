"""The gazetteer once per session, cached in a temporary folder; helpers the place tests share."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from eventwire.where.toponyms import find_places
from tests.conftest import make_article


@pytest.fixture(scope="session")
def gazetteer(tmp_path_factory):
    from eventwire.where import load_gazetteer

    return load_gazetteer(tmp_path_factory.mktemp("gazetteer-cache"))


def places_of(nlp, gazetteer, text):
    """The places find_places gives `text`."""
    article = make_article(nlp, text)
    find_places(article, gazetteer)
    return article.places


def place_of(places, text):
    """The place whose mention is exactly `text`, or None."""
    return next((p for p in places if p.text == text), None)


def toponym_cases(data: Path, not_yet: dict[tuple[str, str], str]) -> list[Any]:
    """One pytest param (text, toponym, allowed countries) per toponym of each passage in the
    jsonl file `data`; a toponym whose (name, first three words of the passage) `not_yet` names
    is a strict xfail with the reason."""
    params = []
    for line in data.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        for name, country in case["places"].items():
            allowed = [country] if isinstance(country, str) else country
            key = (name, " ".join(case["text"].split()[:3]))
            marks = [pytest.mark.xfail(strict=True, reason=not_yet[key])] if key in not_yet else []
            params.append(pytest.param(case["text"], name, allowed, marks=marks,
                                       id=f"{case['kind']}-{name}-{key[1]}"))
    return params


def overlapping(places: list[Any], text: str, name: str) -> list[Any]:
    """The places whose span overlaps the first occurrence of `name` in `text`."""
    start = text.index(name)
    return [p for p in places if p.start < start + len(name) and start < p.end]


WITHIN_KM = 161.0   # the GeoWebNews / LGL threshold: a place this near the gold point is right


def placed_cases(passages: list[tuple[str, str, dict[str, tuple[str, float | None, float | None]]]],
                 not_yet: dict[tuple[str, str], str]) -> list[Any]:
    """One pytest param (text, toponym, country, lat, lon) per toponym of each (kind, passage,
    {toponym: (country, lat, lon)}); a toponym whose (name, first three words of the passage)
    `not_yet` names is a strict xfail with the reason."""
    params = []
    for kind, text, places in passages:
        for name, (country, lat, lon) in places.items():
            key = (name, " ".join(text.split()[:3]))
            marks = [pytest.mark.xfail(strict=True, reason=not_yet[key])] if key in not_yet else []
            params.append(pytest.param(text, name, country, lat, lon, marks=marks,
                                       id=f"{kind}-{name}-{key[1]}"))
    return params


def assert_placed(places: list[Any], text: str, name: str, country: str,
                  lat: float | None, lon: float | None) -> None:
    """`name` is found in `text`, every place over it is in `country` and, when a point is
    given, within WITHIN_KM of it."""
    from eventwire.where.gazetteer import distance_km

    found = overlapping(places, text, name)
    assert found, f"{name} not found"
    shown = [(p.text, p.name, p.country, p.lat, p.lon, p.resolution) for p in found]
    assert all(p.country == country for p in found), shown
    if lat is not None and lon is not None:
        assert all(p.lat is not None and p.lon is not None
                   and distance_km(p.lat, p.lon, lat, lon) <= WITHIN_KM for p in found), shown


def assert_across(places: list[Any], text: str, name: str, lat: float, lon: float) -> None:
    """`name` is found in `text` and every place over it is a region across borders: no country,
    a point within the scorer's AREA_KM of the one given."""
    from eventwire.where.evaluate import AREA_KM
    from eventwire.where.gazetteer import distance_km

    found = overlapping(places, text, name)
    assert found, f"{name} not found"
    shown = [(p.text, p.name, p.country, p.lat, p.lon) for p in found]
    assert all(p.country is None and p.lat is not None and p.lon is not None
               and distance_km(p.lat, p.lon, lat, lon) <= AREA_KM for p in found), shown
