"""Review of round 22's place changes: natural features, facilities and streets.

Probes written for this test (imagined news), each mapping a toponym as written to the country
(ISO alpha-3) a reader would give it, or to no place at all. Half are cases that must stay as they
were: a feature the gazetteer does not know still takes the article's country, a facility the text
places is still placed.
"""

from __future__ import annotations

import pytest

from tests.where.conftest import places_of


def _overlapping(places, text, name):
    start = text.index(name)
    return [p for p in places if p.start < start + len(name) and start < p.end]


# (text, toponym, country): every place over the toponym has that country, and one is found
PLACED: list[tuple[str, str, str]] = [
    # a feature the gazetteer places in another country keeps that country
    ("Kenyan runners spent the winter training on the slopes of Mount Kilimanjaro.",
     "Mount Kilimanjaro", "TZA"),
    ("Kenyan athletes trained near Mount Kilimanjaro before the season.", "Mount Kilimanjaro",
     "TZA"),
    # must stay: the gazetteer has no entry abroad, so the article's country holds
    ("Kenyan rangers counted more elephants around Mount Elgon this year.", "Mount Elgon", "KEN"),
    ("Fishermen on Lake Naivasha lost their nets in the floods, Kenyan officials said.",
     "Lake Naivasha", "KEN"),
    ("Gunmen kidnapped oil workers in the Niger Delta, Nigerian police said.", "Niger Delta",
     "NGA"),
    # must stay: facilities the text places, or named after a place of the country
    ("Kenyan police said the gunmen had stormed the Westgate Mall in Nairobi.", "Westgate Mall",
     "KEN"),
    ("Kenya's police chief said the Westgate Mall in Kenya would reopen next month.",
     "Westgate Mall", "KEN"),
    ("Families sheltered for months at the Zaatari Camp in Jordan, aid workers said.",
     "Zaatari Camp", "JOR"),
]

# (text, name, country): a feature the gazetteer knows abroad is not put in the article's country
NOT_IN: list[tuple[str, str, str]] = [
    ("Kenyan officials said two fishing boats collided on Lake Tana during a storm.",
     "Lake Tana", "KEN"),
    ("Kenyan tourists were rescued after their boat sank on Lake Malawi, officials said.",
     "Lake Malawi", "KEN"),
]

# (text, name): no place is found over the name
UNPLACED: list[tuple[str, str]] = [
    # a facility the text does not place is not put in the article's only country
    ("Kenya's president said he had been treated at the Mayo Clinic last year.", "Mayo Clinic"),
    ("Nigeria's finance minister gave a lecture at the Brookings Institution on Tuesday.",
     "Brookings Institution"),
    # a street closing a feature's name makes it a street: no feature, no place
    ("Police said the victim lived on Sea of Galilee Road, Kenyan media reported.", "Sea of"),
    ("Police said the stolen car was found on Sea of Galilee Road.", "Sea of"),
    ("The shop on Lake Street was robbed twice this month, Nigerian police said.", "Lake Street"),
    ("Residents of Swat Valley Avenue complained about the noise, Ghanaian officials said.",
     "Swat Valley"),
]


@pytest.mark.parametrize(("text", "name", "country"), PLACED, ids=[c[1] for c in PLACED])
def test_placed_in_country(nlp, gazetteer, text, name, country):
    found = _overlapping(places_of(nlp, gazetteer, text), text, name)
    assert found, f"{name} not found"
    assert [p.country for p in found] == [country] * len(found), [(p.text, p.country) for p in found]


@pytest.mark.parametrize(("text", "name"), UNPLACED, ids=[c[1] for c in UNPLACED])
def test_not_placed(nlp, gazetteer, text, name):
    found = _overlapping(places_of(nlp, gazetteer, text), text, name)
    assert not found, [(p.text, p.country, p.resolution) for p in found]


@pytest.mark.parametrize(("text", "name", "country"), NOT_IN, ids=[c[1] for c in NOT_IN])
def test_not_in_the_articles_country(nlp, gazetteer, text, name, country):
    found = _overlapping(places_of(nlp, gazetteer, text), text, name)
    assert all(p.country != country for p in found), [(p.text, p.country) for p in found]
