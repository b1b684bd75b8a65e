"""Round 23: toponyms found and put in the right country.

Names a country shares with a US town ("Poland, Ohio"), facilities and natural features, small
local places whose country comes from the state or city named beside them, demonym-led
sentences and multiword names, plus cases that were right before this round. The passages in
data/places_23.jsonl were written for this test (imagined or general news); each maps a toponym
as written to the country a reader would give it (a list when several are right). Every place
found over the toponym's span must carry an allowed country, and at least one must be found.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.where.conftest import overlapping, places_of, toponym_cases

DATA = Path(__file__).parent / "data" / "places_23.jsonl"

# (toponym, first words of the passage) -> why it is not fixed in round 23
NOT_YET: dict[tuple[str, str], str] = {}


@pytest.mark.parametrize(("text", "name", "allowed"), toponym_cases(DATA, NOT_YET))
def test_toponym_in_country(nlp, gazetteer, text, name, allowed):
    found = overlapping(places_of(nlp, gazetteer, text), text, name)
    assert found, f"{name} not found"
    assert all(p.country in allowed for p in found), [(p.text, p.country) for p in found]
