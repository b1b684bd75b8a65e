"""Review 26z of places: a demonym of several words ("New Mexican", "South African") is taken
only with every word capitalised; "the new Mexican government" is Mexico's, its "new" an
adjective. Every passage is our own (imagined events); the "must stay" cases read right before.
"""

from __future__ import annotations

import pytest

from tests.where.conftest import overlapping, places_of

# (passage, word, the country every place over the word must have)
CASES = [
    ("The new Mexican government said it would raise the minimum wage.", "Mexican", "MEX"),
    ("Several new Mexican tariffs took effect in January, traders said.", "Mexican", "MEX"),
    ("A new Mexican ambassador presented her credentials on Tuesday.", "Mexican", "MEX"),
    # must stay
    ("The New Mexican legislature passed the budget on Friday.", "New Mexican", "USA"),
    ("The Mexican navy seized the boat off the coast.", "Mexican", "MEX"),
    ("The South African rand fell sharply on Monday.", "South African", "ZAF"),
    ("A new French law bans the practice.", "French", "FRA"),
    ("Food prices rose across sub-Saharan Africa, the bank said.", "sub-Saharan", None),
]


@pytest.mark.parametrize(("text", "word", "country"),
                         [pytest.param(*c, id=f"{c[1]}-{' '.join(c[0].split()[:3])}") for c in CASES])
def test_demonym_country(nlp, gazetteer, text, word, country):
    found = overlapping(places_of(nlp, gazetteer, text), text, word)
    shown = [(p.text, p.name, p.country) for p in found]
    assert found and all(p.country == country for p in found), shown   # None: a region
