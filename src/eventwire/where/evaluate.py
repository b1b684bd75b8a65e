"""Scoring find_places on GeoWebNews (GWN.xml): toponym recall/precision and resolution.

A gold toponym counts when its type is a place reference (literal or metonymic uses,
modifiers, embedded toponyms); expressions ("citizens"), non-toponyms, homonyms, languages
and demonyms are not required. A predicted place matches a gold one when their character
spans overlap; a prediction overlapping a gold demonym or homonym is neither right nor
wrong (left out of precision).
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any

from eventwire.errors import GoldDataError
from eventwire.evaluate.split import document_key
from eventwire.records import Article, Place
from eventwire.where.gazetteer import Gazetteer

GOLD_TYPES = {"Literal", "Mixed", "Metonymic", "Coercion", "Embedded_Literal",
              "Embedded_Non_Lit", "Literal_Modifier", "Non_Literal_Modifier"}
NEUTRAL_TYPES = {"Demonym", "Homonym", "Language"}
ACCURACY_KM = 161.0   # 100 miles, the usual geoparsing threshold


def read_gwn(path: Path | str) -> list[dict[str, Any]]:
    """Articles of GWN.xml as {"text", "toponyms": [{start, end, type, lat, lon}]}."""
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise GoldDataError(f"cannot read GeoWebNews file {path}: {exc}") from exc
    return [_read_article(node) for node in root.iter("article")]


def _read_article(node: ET.Element) -> dict[str, Any]:
    toponyms = []
    for top in node.iter("toponym"):
        lat, lon = top.findtext("latitude"), top.findtext("longitude")
        toponyms.append({"start": int(top.findtext("start") or 0),
                         "end": int(top.findtext("end") or 0),
                         "type": top.findtext("type") or "",
                         "geonameid": int(top.findtext("geonamesID") or 0) or None,
                         "lat": float(lat) if lat else None,
                         "lon": float(lon) if lon else None})
    return {"text": node.findtext("text") or "", "toponyms": toponyms}


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def _overlaps(place: Place, gold: dict[str, Any]) -> bool:
    return place.start < gold["end"] and gold["start"] < place.end


class CountryFinder:
    """The country of a gold toponym: through its geonameid when the gazetteer has it,
    else the country of the nearest gazetteer city (1-degree grid cells)."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.by_id = {gid: gazetteer.country[i] for i, gid in enumerate(gazetteer.geonameid)}
        self.grid: dict[tuple[int, int], list[tuple[float, float, str | None]]] = {}
        for i, kind in enumerate(gazetteer.kind):
            if kind == 0:  # cities
                lat, lon = gazetteer.lat[i], gazetteer.lon[i]
                cell = (math.floor(lat), math.floor(lon))
                self.grid.setdefault(cell, []).append((lat, lon, gazetteer.country[i]))

    def country(self, gold: dict[str, Any]) -> str | None:
        if gold.get("geonameid") in self.by_id:
            return self.by_id[gold["geonameid"]]
        lat, lon = gold["lat"], gold["lon"]
        near = [p for dy in (-1, 0, 1) for dx in (-1, 0, 1)
                for p in self.grid.get((math.floor(lat) + dy, math.floor(lon) + dx), [])]
        if not near:
            return None
        return min(near, key=lambda p: distance_km(lat, lon, p[0], p[1]))[2]


def _score_article(places: list[Place], toponyms: list[dict[str, Any]],
                   totals: dict[str, float], finder: CountryFinder) -> None:
    gold = [t for t in toponyms if t["type"] in GOLD_TYPES]
    neutral = [t for t in toponyms if t["type"] in NEUTRAL_TYPES]
    totals["gold"] += len(gold)
    for place in places:
        if any(_overlaps(place, g) for g in gold):
            totals["true_predictions"] += 1
        elif not any(_overlaps(place, n) for n in neutral):
            totals["false_predictions"] += 1
    for g in gold:
        match = next((p for p in places if _overlaps(p, g)), None)
        if match is not None:
            _score_match(match, g, totals, finder)


def _score_match(place: Place, gold: dict[str, Any], totals: dict[str, float],
                 finder: CountryFinder) -> None:
    totals["found"] += 1
    if gold["lat"] is None:
        return
    totals["with_coords"] += 1
    if place.lat is not None and place.lon is not None:
        km = distance_km(place.lat, place.lon, gold["lat"], gold["lon"])
        totals["within"] += km <= ACCURACY_KM
    gold_country = finder.country(gold)
    if gold_country is not None:
        totals["with_country"] += 1
        totals["country_right"] += gold_country == place.country


def evaluate_geo(path: Path | str, gazetteer: Gazetteer | None = None,
                 nlp: Any = None, limit: int | None = None,
                 keep: Callable[[str], bool] | None = None) -> dict[str, float]:
    """Score find_places on GeoWebNews at `path`.

    Returns recall, precision, f1, accuracy_161km (among matched toponyms with
    coordinates), country_accuracy, and the counts behind them.
    """
    from eventwire.nlp import load_model
    from eventwire.where.cache import default_gazetteer
    from eventwire.where.toponyms import find_places

    gazetteer = gazetteer or default_gazetteer()
    nlp = nlp or load_model()
    totals: dict[str, float] = dict.fromkeys(
        ("gold", "found", "true_predictions", "false_predictions", "with_coords", "within",
         "with_country", "country_right"), 0)
    finder = CountryFinder(gazetteer)
    for n, item in enumerate(read_gwn(path)[:limit]):
        if keep is not None and not keep(document_key("geo", str(n))):
            continue
        article = Article(id="gwn", text=item["text"])
        article.doc = nlp(item["text"])
        find_places(article, gazetteer)
        _score_article(article.places, item["toponyms"], totals, finder)
    return _summary(totals)


def _summary(t: dict[str, float]) -> dict[str, float]:
    def ratio(a: float, b: float) -> float:
        return round(a / b, 4) if b else 0.0

    recall = ratio(t["found"], t["gold"])
    precision = ratio(t["true_predictions"], t["true_predictions"] + t["false_predictions"])
    f1 = round(2 * recall * precision / (recall + precision), 4) if recall + precision else 0.0
    return {"recall": recall, "precision": precision, "f1": f1,
            "accuracy_161km": ratio(t["within"], t["with_coords"]),
            "country_accuracy": ratio(t["country_right"], t["with_country"]), **t}
