"""A learned choice among a toponym's gazetteer candidates.

The hand-weighted score of :mod:`eventwire.where.resolve` gives the article's first reading
(its countries and regions); this module then describes every candidate of a mention in that
context (:func:`features`: kind, population and its gap to the biggest namesake, capital,
alternate-name match, share of the article's places in the candidate's country (for a small
town apart) and admin1 (its states and counties), distance to the article's other places, a
"Paris, Texas" qualifier) and scores it with a logistic regression fitted on the tune part of
GeoWebNews by ``python -m eventwire.where.train``. The model is data, ``where/data/ranker.json``: its
weights enter the coder version like every other data file.

A pick the model makes abroad for a small place, when a namesake at home scores nearly as
well, goes to the namesake (:func:`at_home`); a village abroad in a country the article
names nothing else of, in an article about one country, is no pick at all (:func:`lone_abroad`:
the mention stays unknown, in the article's country); ``python -m eventwire.where.train`` with ``--cv 5``
measures such changes out of fold.

With no model file the hand-weighted score decides, as before.
"""

from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from eventwire.errors import ConfigError
from eventwire.where.gazetteer import Candidate, distance_km
from eventwire.where.resolve import (
    BIG_CITY,
    MEGACITY,
    Context,
    country_named_so,
    division_named_so,
    qualifies,
    total,
    town_named_so,
)

MODEL_FILE = "ranker.json"
# below this many inhabitants a town's share of the article's places in its country is also
# a feature of its own, so that the fit may weigh the article's country differently for a
# village than for a city (it weighs it somewhat less; +2 right countries of 1452 out of
# fold on tune, where.train with --cv 5)
SMALL_CITY = 30_000
# a weak pick abroad (at_home): a town below WEAK_TOWN inhabitants and no capital, or a region, in none of
# the countries holding HOME_SHARE of the article's other places, whose namesake at home
# scores within HOME_MARGIN (logit units) of it. HOME_SHARE is a share of places per country:
# not the article's home town (facilities.HOME_TOWN_SHARE of its town mentions near one town)
# nor a local article (namesakes.local_centre: LOCAL_SHARE of its distinct towns in one area)
HOME_SHARE = 0.5
WEAK_TOWN = 2_000_000
HOME_MARGIN = 1.0
# a national capital abroad is such a weak pick only against a namesake at home this big:
# Tripoli in wire copy datelined in Lebanon is Lebanon's second city, but Vienna in an
# article about Virginia is still Austria's
HOME_BIG_TOWN = 100_000
# a lone namesake abroad (lone_abroad): a town below LONE_TOWN inhabitants, no capital, in
# a country none of the article's other places lies in, while LONE_SHARE of them lie in one
# country, is that country's place the gazetteer does not know (a suburb of Nairobi named
# like a village in Australia): the pick is dropped, so that the mention stays unknown, in
# the article's country, without a point (toponyms.py); +1 right country of 1482, out of
# fold on tune (where.train with --cv 5), no right town abroad lost
LONE_TOWN = 20_000
LONE_SHARE = 0.75
Features = dict[str, float]


@dataclass(frozen=True)
class Namesakes:
    """What :func:`features` reads of all the candidates of a mention, worked out once for
    them (:func:`namesakes`) instead of once per candidate."""

    shadowed: bool               # resolve.town_named_so
    rival: bool                  # resolve.country_named_so
    held: bool                   # resolve.division_named_so
    biggest: float | None        # the log population of the biggest city among them
    # the largest share of the article's places in another country, per candidate country
    # (_foreign), filled as asked
    other_shares: dict[str | None, float] = field(default_factory=dict, compare=False)


def namesakes(candidates: list[Candidate]) -> Namesakes:
    cities = [math.log10(c.population + 1) for c in candidates if c.kind == "city"]
    return Namesakes(town_named_so(candidates), country_named_so(candidates),
                     division_named_so(candidates), max(cities) if cities else None)


def features(candidate: Candidate, candidates: list[Candidate], context: Context,
             qualifiers: list[Candidate], capitals: frozenset[int] | set[int],
             known: Namesakes | None = None) -> Features:
    """What the ranker knows of `candidate` among `candidates` in `context` (`known`: their
    :func:`namesakes`, when the caller has them)."""
    known = known or namesakes(candidates)
    # the hand-weighted score as resolve.best weighs it, the penalty of a shadowed alias too
    hand = total(candidate, context, qualifiers, capitals, known.shadowed, known.rival, known.held)
    found: Features = {f"kind={candidate.kind}": 1.0, "hand_score": hand}
    found |= _population(candidate, known)
    found |= _names(candidate, known)
    found |= _article(candidate, context, known)
    if candidate.record in capitals:
        found["capital"] = 1.0
    if any(qualifies(q, candidate) for q in qualifiers):
        found["qualifier"] = 1.0
    found["candidates_log"] = math.log10(len(candidates))
    return found


def _population(candidate: Candidate, known: Namesakes) -> Features:
    """Log population of a city, and how far it falls below its biggest namesake city."""
    if candidate.kind != "city" or known.biggest is None:
        return {}
    size = math.log10(candidate.population + 1)
    biggest = known.biggest
    return {"city_log_population": size, "city_gap_to_biggest": biggest - size,
            "city_biggest": float(size == biggest)}


def _names(candidate: Candidate, known: Namesakes) -> Features:
    """Whether the name matched an alternate name, and of how big a place."""
    if not candidate.by_alternate:
        return {}
    found = {f"alternate_{candidate.kind}": 1.0}
    if candidate.kind == "city":
        found["alternate_big_city"] = float(candidate.population >= BIG_CITY)
        found["alternate_megacity"] = float(candidate.population >= MEGACITY)
        found["alternate_shadowed"] = float(known.shadowed)
    return found


def _article(candidate: Candidate, context: Context, known: Namesakes) -> Features:
    """Agreement with the article's other places: country (for small towns apart, SMALL_CITY),
    admin1, distance."""
    found = {"country_share": context.share(context.countries, candidate.country),
             "admin1_share": context.share(context.admin1s, candidate.admin1_code)}
    if candidate.kind == "city":
        found["city_country_share"] = found["country_share"]
        found["city_admin1_share"] = context.share(context.city_admin1s, candidate.admin1_code)
        if candidate.population < SMALL_CITY:
            found["small_city_country_share"] = found["country_share"]
    found |= _foreign(candidate, context, known)
    if context.points and candidate.lat is not None and candidate.lon is not None:
        km = min(distance_km(candidate.lat, candidate.lon, lat, lon)
                 for lat, lon in context.points)
        found["near_log_km"] = math.log10(1 + km)
        found["near_within_161km"] = float(km <= 161)
    else:
        found["near_unknown"] = 1.0
    return found


def _foreign(candidate: Candidate, context: Context, known: Namesakes) -> Features:
    """How far the article lies in another country than a place below country level: the
    largest share of its places in one other country ("Vienna" or "Georgia" in an article
    about US states), and whether that match came through an alternate name (a megacity's
    "Garden City" in an American local article)."""
    if candidate.kind == "country" or not context.countries:
        return {}
    # the largest other count over the total: what context.share gives for that country,
    # without summing the counts again for every country (nor for every candidate of it)
    other = known.other_shares.get(candidate.country)
    if other is None:
        total = sum(context.countries.values())
        other = known.other_shares[candidate.country] = max(
            (n for country, n in context.countries.items() if country != candidate.country),
            default=0.0) / total if total else 0.0
    found = {"other_country_share": other}
    if candidate.by_alternate:
        found["alternate_other_country_share"] = other
    return found


@dataclass(frozen=True)
class Ranker:
    """A fitted linear score over :func:`features`."""

    weights: dict[str, float]
    bias: float

    def score(self, found: Features) -> float:
        return self.bias + sum(self.weights.get(name, 0.0) * value for name, value in found.items())

    def best(self, candidates: list[Candidate], context: Context, qualifiers: list[Candidate],
             capitals: frozenset[int] | set[int], crossed: bool = False) -> Candidate | None:
        """The highest-scoring candidate (earliest on ties), unless it is a weak pick abroad
        (:func:`at_home`); None when there are none, or when the pick is a lone namesake
        abroad the text neither puts in its country (:func:`lone_abroad`) nor reaches across
        a border (`crossed`: "fled across the border to Dhobley" in a Kenyan article is
        Somalia's Dhobley)."""
        if not candidates:
            return None
        known = namesakes(candidates)
        scored = [(self.score(features(c, candidates, context, qualifiers, capitals, known)), c)
                  for c in candidates]
        pick = at_home(max(scored, key=lambda pair: pair[0]), scored, context, capitals)
        if (lone_abroad(pick, context, capitals) and not crossed
                and not any(qualifies(q, pick) for q in qualifiers)):
            return None
        return pick


def home_countries(context: Context) -> set[str]:
    """The countries holding HOME_SHARE or more of the article's other places."""
    return {country for country in context.countries
            if context.share(context.countries, country) >= HOME_SHARE}


def at_home(top: tuple[float, Candidate], scored: list[tuple[float, Candidate]],
            context: Context, capitals: frozenset[int] | set[int] = frozenset()) -> Candidate:
    """The ranker's pick `top`, unless it is a weak pick abroad: a town below WEAK_TOWN
    inhabitants (a national capital only against a namesake at home of HOME_BIG_TOWN: Vienna in
    an article about Virginia is still Austria's), or a region, outside every country where the
    article's places lie (:func:`home_countries`), with a namesake at home scoring within
    HOME_MARGIN of it (an English "Millbrook" in an article about Ohio towns). Then the
    namesake at home.

    A pick abroad with no namesake at home stays: dropping it for the article's country
    without coordinates lost more right towns abroad (an English town in an article mostly
    about Russia) than it mended, out of fold on tune (``where.train`` with ``--cv 5``);
    only a lone small town abroad is dropped (:func:`lone_abroad`, in Ranker.best)."""
    score, pick = top
    home = home_countries(context)
    if not home or pick.country in home or pick.kind in ("country", "admin1") or pick.country is None:
        return pick
    if pick.kind == "city" and pick.population >= WEAK_TOWN:
        return pick
    inside = [pair for pair in scored if pair[1].country in home]
    if pick.record in capitals:
        # a capital yields only to a big town of its name at home
        inside = [pair for pair in inside if pair[1].kind == "city" and pair[1].population >= HOME_BIG_TOWN]
    if inside:
        best_inside = max(inside, key=lambda pair: pair[0])
        if score - best_inside[0] <= HOME_MARGIN:
            return best_inside[1]
    return pick


def lone_abroad(pick: Candidate | None, context: Context,
                capitals: frozenset[int] | set[int] = frozenset()) -> bool:
    """Whether `pick` is a small town (below LONE_TOWN inhabitants, no capital) in a country
    none of the article's other places lies in, while LONE_SHARE of them lie in one country:
    in a Kenyan article "Parklands" is a suburb of Nairobi the gazetteer does not know, not a
    suburb of Christchurch (at_home has taken a namesake there scoring near it). The honest
    answer is the article's country without a point; a bigger town abroad ("Salisbury" in an
    article about Russia) stays, as does one the text puts in its country ("Lavington,
    Australia": a qualifier, Ranker.best)."""
    if (pick is None or pick.kind != "city" or pick.population >= LONE_TOWN
            or pick.record in capitals or not context.countries):
        return False
    if context.share(context.countries, pick.country) > 0:
        return False
    return max(context.share(context.countries, c) for c in context.countries) >= LONE_SHARE


@functools.cache
def load_ranker() -> Ranker | None:
    """The shipped ranker, or None when the package has none."""
    path = resources.files("eventwire.where").joinpath("data", MODEL_FILE)
    if not path.is_file():
        return None
    try:
        data: Any = json.loads(path.read_text("utf-8"))
        return Ranker({str(k): float(v) for k, v in data["weights"].items()}, float(data["bias"]))
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ConfigError(f"where/data/{MODEL_FILE}: not a toponym ranker ({exc}); reinstall "
                          "eventwire, or retrain with python -m eventwire.where.train") from exc
