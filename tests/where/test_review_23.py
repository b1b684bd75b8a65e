"""Round 23 review: probes of the places rules that went wrong, in our own words.

Each case is (sentence, toponym as written, allowed countries, allowed kinds or None). Every
place found over the toponym's span must have an allowed country (and kind, when given); with
``allowed`` empty no place may be found there at all. The sentences are invented for this test.
"""

from __future__ import annotations

import pytest

from tests.where.conftest import places_of

CASES = [
    # a Sudanese state named like a river (build._add_natural_features)
    ("Clashes erupted in Blue Nile state on Sunday.", "Blue Nile", ["SDN"], ["admin1"]),
    ("Thousands fled fighting in South Kordofan and Blue Nile.", "South Kordofan", ["SDN"], None),
    ("Thousands fled fighting in South Kordofan and Blue Nile.", "Blue Nile", ["SDN"], None),
    ("Aid trucks reached White Nile state after a week on the road.", "White Nile", ["SDN"], ["admin1"]),
    ("Farmers in Blue Nile complained that the rains came late this year.", "Blue Nile", ["SDN"], None),
    # must stay: the rivers by their longer names
    ("Fishermen said the Blue Nile River rose sharply after the storms.", "Blue Nile River",
     ["ETH", "SDN"], None),
    ("Barges moved slowly along the White Nile River toward the capital.", "White Nile River",
     ["SDN", "SSD"], None),
    ("Ethiopia filled the reservoir on the Blue Nile again this summer.", "Blue Nile", ["ETH", "SDN"],
     ["region"]),
    ("Rockets were fired from the Gaza Strip overnight.", "Gaza Strip", ["PSE"], None),
    # a country named like a US town: no swap without local evidence (_countries_read_as_local_towns)
    ("Students in Harrisburg raised money for earthquake victims in Lebanon.", "Lebanon", ["LBN"], None),
    ("A Harrisburg charity sent doctors to Lebanon after the blast.", "Lebanon", ["LBN"], None),
    ("The sergeant deployed to Jordan with his unit from St. Paul last spring.", "Jordan", ["JOR"], None),
    ("A nurse from Harrisburg flew to Lebanon to treat refugees in Lebanon.", "Lebanon", ["LBN"], None),
    # must stay: local evidence keeps the town
    ("Police in Youngstown said a fire destroyed a barn in Poland on Tuesday.", "Poland", ["USA"], None),
    ("Deputies in Harrisburg said a road in Lebanon was closed after a crash.", "Lebanon", ["USA"], None),
    ("Officials in Youngstown said steel imports from Poland had doubled.", "Poland", ["POL"], None),
    ("Crews cleared snow in Hershey, Lebanon and Palmyra before the Harrisburg parade.",
     "Lebanon", ["USA"], None),
    # lower-case common nouns named like countries (_entity_mentions)
    ("She bought fine china and a roast turkey in Ohio.", "china", [], None),
    ("She bought fine china and a roast turkey in Ohio.", "turkey", [], None),
    ("She bought fine china and a roast turkey in Ohio.", "Ohio", ["USA"], None),
    ("The family kept a guinea pig and served turkey at the fair in Iowa.", "turkey", [], None),
]


def _overlapping(places, text, name):
    start = text.index(name)
    return [p for p in places if p.start < start + len(name) and start < p.end]


@pytest.mark.parametrize(("text", "name", "allowed", "kinds"), CASES,
                         ids=[f"{n}-{' '.join(t.split()[:3])}" for t, n, _, _ in CASES])
def test_review_probe(nlp, gazetteer, text, name, allowed, kinds):
    found = _overlapping(places_of(nlp, gazetteer, text), text, name)
    if not allowed:
        assert not found, [(p.text, p.country) for p in found]
        return
    assert found, f"{name} not found"
    assert all(p.country in allowed for p in found), [(p.text, p.country, p.resolution) for p in found]
    if kinds:
        assert all(p.resolution in kinds for p in found), [(p.text, p.country, p.resolution) for p in found]
