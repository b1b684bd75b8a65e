"""Choosing among a toponym's gazetteer candidates, using what else the article mentions.

Each candidate gets a score: a prior (feature kind, or log population for cities, plus a
point for national capitals) and context bonuses (share of the article's places in the
candidate's country or admin1 region; a qualifier such as "Paris, Texas"). Matches through
an alternate name lose a point and a half: alternate names of small places are noisy
("Mecca" is an alternate name of Medina, Ohio), unless the place is big. A division named
like a country (the US state of Georgia) gains from the article's other divisions of its
country and towns inside it (:func:`division_bonus`).
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field

from eventwire.records import Place
from eventwire.where.gazetteer import Candidate

KIND_PRIOR = {"country": 10.0, "region": 8.0, "admin1": 6.5}
ALTERNATE_PENALTY = 1.5
BIG_CITY = 100_000       # alternate names of cities this big are reliable ("New York")
BIG_CITY_ALTERNATE_PENALTY = 0.3
MEGACITY = 5_000_000     # what "New York" means in the news: its alternate names carry no doubt
CAPITAL_BONUS = 1.0
COUNTRY_CONTEXT = 2.5    # times the share of the article's places in the candidate's country
ADMIN1_CONTEXT = 2.0     # times the share in the candidate's admin1 region
QUALIFIER_BONUS = 6.0
# a division named like a country (the US state of Georgia) gains this much times the share
# of the article's divisions that are its country's ("Georgia" beside Alabama and Florida),
# and this much more times the share of the article's towns that lie in it ("Georgia" beside
# Atlanta): together they may outweigh the country's prior, which the article's country alone
# may not (division_bonus)
DIVISION_SIBLINGS = 3.0
DIVISION_HOLDS = 5.0
# a city's alternate name that is another town's own name ("Salisbury", the old name of
# Harare) loses this much more when that town has at least SHADOWING_TOWN inhabitants
SHADOWED_PENALTY = 3.0
SHADOWING_TOWN = 10_000    # "Paris, Texas": the qualifier names the candidate's country/admin1


@dataclass
class Context:
    """What the rest of the article says: counts of countries and admin1 regions, and the
    coordinates of its cities."""

    countries: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    admin1s: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    # each city's point once, in the order met (a dict as an ordered set): the ranker wants the
    # nearest, for every candidate of every mention
    points: dict[tuple[float, float], None] = field(default_factory=dict)
    # admin1 regions of the article's cities
    city_admin1s: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    # countries of the article's admin1 divisions
    admin1_countries: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    # the sum of each of the counts above by id, once asked for (share): the ranker asks
    # for shares several times per candidate of every mention; add() forgets them
    _totals: dict[int, float] = field(default_factory=dict, repr=False, compare=False)

    def add(self, candidate: Candidate, weight: float = 1.0) -> None:
        """Count `candidate`'s country; its admin1 only if it is one or a division below one,
        a county (a state or a county named in the text says more about the article than the
        state of every town in it; a local article names its county more often than its
        state: "the Sangamon County sheriff" puts a Springfield in Illinois, not Missouri;
        +5 toponyms within 161 km, 4 of them towns, out of fold on GeoWebNews tune, where.train
        with --cv 5)."""
        self._totals.clear()
        if candidate.country:
            self.countries[candidate.country] += weight
        if candidate.kind in ("admin1", "region") and candidate.admin1_code:
            self.admin1s[candidate.admin1_code] += weight
        if candidate.kind == "admin1" and candidate.country:
            self.admin1_countries[candidate.country] += weight
        if candidate.kind == "city" and candidate.admin1_code:
            self.city_admin1s[candidate.admin1_code] += weight
        if candidate.kind == "city" and candidate.lat is not None and candidate.lon is not None:
            self.points.setdefault((candidate.lat, candidate.lon))

    def share(self, counts: dict[str, float], key: str | None) -> float:
        if not key:
            return 0.0
        total = self._totals.get(id(counts))
        if total is None:
            total = sum(counts.values())
            if any(counts is own for own in (self.countries, self.admin1s, self.city_admin1s,
                                             self.admin1_countries)):
                self._totals[id(counts)] = total   # only the counts add() changes
        return counts.get(key, 0.0) / total if total else 0.0


def prior(candidate: Candidate, capitals: frozenset[int] | set[int] = frozenset()) -> float:
    """How likely `candidate` is with no context at all."""
    score = KIND_PRIOR.get(candidate.kind) or math.log10(candidate.population + 1)
    if candidate.record in capitals:
        score += CAPITAL_BONUS
    if candidate.by_alternate:
        big = candidate.kind != "city" or candidate.population >= BIG_CITY
        if candidate.population < MEGACITY:
            score -= BIG_CITY_ALTERNATE_PENALTY if big else ALTERNATE_PENALTY
    return score


def score(candidate: Candidate, context: Context | None, qualifiers: list[Candidate],
          capitals: frozenset[int] | set[int] = frozenset()) -> float:
    """Prior plus context bonuses for `candidate`."""
    value = prior(candidate, capitals)
    if context is not None:
        value += COUNTRY_CONTEXT * context.share(context.countries, candidate.country)
        value += ADMIN1_CONTEXT * context.share(context.admin1s, candidate.admin1_code)
    if any(qualifies(q, candidate) for q in qualifiers):
        value += QUALIFIER_BONUS
    return value


def qualifies(qualifier: Candidate, candidate: Candidate) -> bool:
    if qualifier.record == candidate.record or qualifier.kind == "city":
        return False
    if qualifier.kind == "admin1":
        return qualifier.admin1_code == candidate.admin1_code
    return qualifier.country is not None and qualifier.country == candidate.country


def best(candidates: list[Candidate], context: Context | None = None,
         qualifiers: list[Candidate] | None = None,
         capitals: frozenset[int] | set[int] = frozenset()) -> Candidate | None:
    """The highest-scoring candidate (earliest on ties), or None when there are none."""
    if not candidates:
        return None
    shadowed = town_named_so(candidates)
    rival = country_named_so(candidates)
    held = division_named_so(candidates)
    return max(candidates,
               key=lambda c: total(c, context, qualifiers or [], capitals, shadowed, rival, held))


def total(candidate: Candidate, context: Context | None, qualifiers: list[Candidate],
          capitals: frozenset[int] | set[int], shadowed: bool, rival: bool = False,
          held: bool = False) -> float:
    """What :func:`best` maximises: :func:`score`, less SHADOWED_PENALTY for a city's
    alternate name when a real town bears it (`shadowed`, :func:`town_named_so`) and for a
    region's alternate name when a country or a division bears it (`held`,
    :func:`division_named_so`: "Blue Nile" is the Sudanese state, "the Blue Nile River" the
    river), plus :func:`division_bonus` for a division when a country bears its name (`rival`,
    :func:`country_named_so`)."""
    value = score(candidate, context, qualifiers, capitals)
    if rival and candidate.kind == "admin1" and context is not None:
        value += division_bonus(candidate, context)
    if (shadowed and _is_city_alias(candidate)) or (held and _is_region_alias(candidate)):
        value -= SHADOWED_PENALTY
    return value


def division_bonus(candidate: Candidate, context: Context) -> float:
    """DIVISION_SIBLINGS and DIVISION_HOLDS times the shares of the article's divisions in
    `candidate`'s country and of its towns in `candidate`. Only against a country of the same
    name: a city of the name ("New York", "Washington") is no rarer reading than the state in
    an article about states."""
    return (DIVISION_SIBLINGS * context.share(context.admin1_countries, candidate.country)
            + DIVISION_HOLDS * context.share(context.city_admin1s, candidate.admin1_code))


def country_named_so(candidates: list[Candidate]) -> bool:
    """Whether a country bears the name ("Georgia")."""
    return any(c.kind == "country" for c in candidates)


def town_named_so(candidates: list[Candidate]) -> bool:
    """Whether a real town bears the name as its main name ("Salisbury", England)."""
    return any(c.kind == "city" and not c.by_alternate and c.population >= SHADOWING_TOWN
               for c in candidates)


def division_named_so(candidates: list[Candidate]) -> bool:
    """Whether a country or a first-level division bears the name as its main name."""
    return any(c.kind in ("country", "admin1") and not c.by_alternate for c in candidates)


def _is_region_alias(candidate: Candidate) -> bool:
    return candidate.kind == "region" and candidate.by_alternate


def _is_city_alias(candidate: Candidate) -> bool:
    return candidate.kind == "city" and candidate.by_alternate


def to_place(text: str, start: int, end: int, candidate: Candidate | None) -> Place:
    """A Place for the toponym text[start:end]; resolution "unknown" without a candidate."""
    if candidate is None:
        return Place(text=text, start=start, end=end, name=text)
    return Place(text=text, start=start, end=end, name=candidate.name,
                 country=candidate.country, admin1=candidate.admin1, lat=candidate.lat,
                 lon=candidate.lon, geonameid=candidate.geonameid, resolution=candidate.kind)
