"""Whether two reports' places can both be right, with the gazetteer for what names alone
cannot tell (is this city in that province? are these two names one town?)."""

from __future__ import annotations

from eventwire.coverage.model import ReportFacts
from eventwire.where.gazetteer import Candidate, distance_km

PRECISE = ("city", "admin1")
# two towns this close, in one province, are one place told two ways ("Delhi", "New Delhi");
# a town across a provincial line is another place, however near ("Krasnogorsk", just outside
# the city of Moscow, is not Moscow)
SAME_TOWN_KM = 50.0


def conflict(a: ReportFacts, b: ReportFacts) -> bool:
    """Places that exclude each other: other countries; other towns or provinces of one
    country. A country, region or unresolved place is compatible with anything inside it."""
    if not (a.place_country and b.place_country):
        return False
    if a.place_country != b.place_country:
        return True
    if a.place_resolution not in PRECISE or b.place_resolution not in PRECISE:
        return False
    if not a.place or not b.place or a.place.casefold() == b.place.casefold():
        return False
    return not _inside_or_near(a, b)


def _inside_or_near(a: ReportFacts, b: ReportFacts) -> bool:
    """Whether one place lies inside the other (a city in a province) or both name one town
    (one gazetteer record, or two near towns of one province)."""
    from eventwire.where.cache import default_gazetteer

    gazetteer = default_gazetteer()
    country = a.place_country
    found = [[c for c in gazetteer.lookup(str(r.place))
              if c.country == country and c.kind == r.place_resolution] for r in (a, b)]
    if a.place_resolution != b.place_resolution:
        cities, provinces = found if a.place_resolution == "city" else found[::-1]
        codes = {p.admin1_code for p in provinces if p.admin1_code}
        # a province the gazetteer cannot place the city against: nothing says they differ
        return not codes or not cities or any(c.admin1_code in codes for c in cities)
    return any(x.record == y.record or (_near(x, y) and _one_province(x, y))
               for x in found[0] for y in found[1])


def _one_province(x: Candidate, y: Candidate) -> bool:
    """Whether two towns lie in one province (or the gazetteer cannot tell)."""
    return not x.admin1_code or not y.admin1_code or x.admin1_code == y.admin1_code


def _near(x: Candidate, y: Candidate) -> bool:
    if x.lat is None or x.lon is None or y.lat is None or y.lon is None:
        return False
    return distance_km(x.lat, x.lon, y.lat, y.lon) <= SAME_TOWN_KM
