"""Towns that NER tags as organisations or people, found after a locative preposition
(hidden.mislabelled_after_preposition); sentences written for these tests."""

from __future__ import annotations

from tests.where.conftest import places_of


def test_a_town_after_in_is_a_place_whatever_ner_calls_it(nlp, gazetteer):
    places = places_of(nlp, gazetteer, "Officers in Dewsbury closed the market road on Monday.")
    assert ("Dewsbury", "GBR") in [(p.text, p.country) for p in places]


def test_a_company_after_at_is_not_a_town(nlp, gazetteer):
    places = places_of(nlp, gazetteer, "She worked at Google for six years before the election.")
    assert not places


def test_an_acronym_after_in_is_not_a_town(nlp, gazetteer):
    places = places_of(nlp, gazetteer, "Ministers in NATO agreed on the new budget on Friday.")
    assert "NATO" not in [p.text for p in places]
