"""Round 32 review: a company raided read as a town, and the landmark look-up that must give
the same places when done before the mentions inside it are gathered. Every sentence was
written for this test (imagined events).
"""

from __future__ import annotations

import pytest

from tests.where.conftest import overlapping, places_of

# (sentence, name): a company or body that was raided is no place
NOT_PLACED: list = [
    ("Finnish police raided Nokia on Monday over the bribery claims.", "Nokia"),
    ("Argentine tax inspectors raided Mercedes on Monday.", "Mercedes"),
    ("Brazilian federal police raided Petrobras offices in a fraud inquiry.", "Petrobras"),
    ("European Commission officials raided Renault and Stellantis over suspected price fixing.",
     "Renault"),
]

# (sentence, name, country): a town raided is still a place
PLACED: list = [
    ("Israeli soldiers raided Nablus and Qalqilya before dawn, the Palestinian news agency said.",
     "Nablus", "PSE"),
    ("Israeli soldiers raided Nablus and Qalqilya before dawn, the Palestinian news agency said.",
     "Qalqilya", "PSE"),
    pytest.param("Army troops raided Jenin overnight, local officials said.", "Jenin", "PSE",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "not placed before round 32 either: the gazetteer's record named Jenin by its "
                     "main name has 1,100 inhabitants (the town's 34,730 is under 'Janin'), below "
                     "MIN_PREPOSITION_TOWN, and NER tags it a person"))),
    # a landmark's inside toponym still stands for the landmark's town
    ("The University of Georgia in Athens closed its dormitories ahead of the ice storm.", "Athens",
     "USA"),
]


def _id(case) -> str:
    return case[0][:40]


@pytest.mark.parametrize(("text", "name"), NOT_PLACED, ids=[_id(c) for c in NOT_PLACED])
def test_raided_firm_is_no_place(nlp, gazetteer, text, name):
    places = places_of(nlp, gazetteer, text)
    assert not overlapping(places, text, name), [(p.text, p.country) for p in places]


@pytest.mark.parametrize(("text", "name", "country"), PLACED,
                         ids=[_id(getattr(c, "values", c)) for c in PLACED])
def test_raided_town_is_a_place(nlp, gazetteer, text, name, country):
    places = places_of(nlp, gazetteer, text)
    found = overlapping(places, text, name)
    assert found and all(p.country == country for p in found), [(p.text, p.country) for p in places]


def test_landmark_lookup_only_for_entities_with_a_toponym_inside(nlp, gazetteer, monkeypatch):
    """The landmark table is read for each entity of two or more words, and the mentions inside
    are gathered only for those it knows: the places are those of reading every entity."""
    from eventwire.where import toponyms

    text = ("Students at the University of Georgia in Athens and fans of Manchester United "
            "gathered in Savannah on Saturday.")
    looked: list[str] = []
    real = toponyms.landmark_town

    def spy(gaz, name):
        looked.append(name)
        return real(gaz, name)

    monkeypatch.setattr(toponyms, "landmark_town", spy)
    places = places_of(nlp, gazetteer, text)
    athens = overlapping(places, text, "Athens")
    assert athens and athens[0].country == "USA"
    assert any("University of Georgia" in name for name in looked)
