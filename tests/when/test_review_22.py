"""Probes of the round-22 date changes (a review's, in our own words): each new reading holds
where it should and stays out of what only looks like it (issue #21)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.when.find import find_times
from eventwire.when.tempeval import timeml_value

pytestmark = pytest.mark.slow   # parses with the spaCy model

PUBLISHED = dt.date(2024, 3, 4)   # a Monday


def _times(nlp, text: str) -> dict[str, str | None]:
    return {t.text: timeml_value(t) for t in find_times(text, PUBLISHED, nlp(text))}


@pytest.mark.parametrize(("text", "expected"), [
    # a bare plural after taking or "in" is a length of unknown count
    ("Repairing the dam could take months.", {"months": "PXM"}),
    ("It was the worst flood in decades.", {"decades": "PXDE"}),
    # ... but not a plural that a clause or "past" goes on with, nor "took years off"
    ("Prices rose in months when demand peaked.", {}),
    ("Turnout in years past was higher.", {}),
    ("The scandal took years off his career.", {}),
    # a lower-case season after a bound's preposition; a capitalised one is a name
    ("Officials hope to vaccinate every adult by summer.", {"summer": "2024-SU"}),
    ("Sales rose by Summer Lee's estimate.", {}),
    # an infinitive whose subject is the noun looks ahead; one that says what a noun is, not
    ("The junta promised a handover, with elections to follow in September.",
     {"in September": "2024-09"}),
    ("Farmers protested against the decision to close the market in January.",
     {"in January": "2024-01"}),
    ("Workers welcomed the company's move to raise wages on Friday.", {"on Friday": "2024-03-01"}),
])
def test_reading(nlp, text, expected):
    assert _times(nlp, text) == expected
