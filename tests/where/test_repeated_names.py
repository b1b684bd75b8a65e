"""A name resolved once is the same place wherever the article repeats it (issue 21), and
an abbreviated name in capitals is one name ("ST. LOUIS")."""

from __future__ import annotations

import pytest

from eventwire.where.toponyms import NAMING_PLACES, find_places
from tests.conftest import make_article
from tests.where.conftest import places_of


@pytest.mark.parametrize(("text", "country"), [
    # NER tags the repeat a person
    ("Shelling hit homes in Douma on Monday. Douma's fall would end the siege, officials said.",
     "SYR"),
    # NER misses the repeat
    ("Rescuers searched homes in Douma on Monday. Douma is surrounded by army units.", "SYR"),
    ("The council met in Hinton on Friday. Other towns have lessons to offer Hinton: they "
     "charge less.", "CAN"),
])
def test_a_repeated_name_is_the_same_place(nlp, gazetteer, text, country):
    name = text.split(" in ")[1].split()[0]
    places = [p for p in places_of(nlp, gazetteer, text) if p.text == name]
    assert len(places) == 2
    assert {(p.country, p.lat is not None) for p in places} == {(country, True)}


def test_a_word_of_a_persons_name_is_not_repeated(nlp, gazetteer):
    text = ("Police arrested a man in Slidell on Sunday. Barry Slidell, a neighbour, said he "
            "heard shouts. Slidell residents were shocked.")
    places = places_of(nlp, gazetteer, text)
    assert [p.start for p in places if p.text == "Slidell"] == [text.index("Slidell")]


def test_a_name_split_at_its_abbreviation_is_one_place(nlp, gazetteer):
    places = places_of(nlp, gazetteer, "ST. LOUIS – Police announced two arrests on Friday.")
    assert [(p.text, p.country, p.resolution) for p in places] == [("ST. LOUIS", "USA", "city")]
    assert places[0].lat is not None


def test_a_repeated_name_opening_a_longer_name_is_the_place(nlp, gazetteer):
    text = ("Volunteers gathered in Copenhagen on Monday. They urged governments to sign the "
            "Copenhagen Charter.")
    article = make_article(nlp, text)
    find_places(article, gazetteer)
    repeat = text.index("Copenhagen Charter")
    assert [(p.start, p.country) for p in article.places] == [
        (text.index("Copenhagen"), "DNK"), (repeat, "DNK")]
    # it names the charter, not where the urging happened (where/locate.py)
    assert article.meta[NAMING_PLACES] == {(repeat, repeat + len("Copenhagen"))}
