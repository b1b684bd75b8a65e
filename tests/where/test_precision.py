"""Names the text shows are no toponyms (issue #21): a given name where a person stands, a
word naming a government after "the"; and the places beside them that must stay. Paragraphs
written for these tests."""

from __future__ import annotations

import pytest

from eventwire.where.facilities import facility_places
from eventwire.where.toponyms import Mention, _acts_as_a_person, _person_words, find_places
from tests.conftest import make_article
from tests.where.conftest import place_of, places_of


def _texts(places):
    return [p.text for p in places]


@pytest.mark.parametrize(("text", "name"), [
    ("The fisherman drowned off Cornwall on Sunday. He leaves his wife Georgia and two sons.",
     "Georgia"),
    ("Relatives gathered in Leeds on Friday. His daughter Florence, 12, laid flowers.",
     "Florence"),
    ("The boy was found in a field near Bristol. His sister, Victoria, told police he had run.",
     "Victoria"),
    ("Two children, Olivia, 9, and Sam, 7, were rescued from the house in Leeds.", "Olivia"),
])
def test_a_given_name_shown_as_a_person_is_no_place(nlp, gazetteer, text, name):
    assert name not in _texts(places_of(nlp, gazetteer, text))


def test_every_mention_of_a_name_shown_as_a_person_goes(nlp, gazetteer):
    text = ("Tom Hale, 80, and Beryl, 78, met on a coach back from Blackpool in 1955. For twenty "
            "years Beryl ran a bakery in Dewsbury while Tom drove a lorry.")
    places = places_of(nlp, gazetteer, text)
    assert "Beryl" not in _texts(places)
    assert "Blackpool" in _texts(places)


def test_a_word_of_a_full_name_as_the_subject_stands_for_the_person(nlp, gazetteer):
    doc = nlp("Barry Smith, 80, grew up near Leeds. Barry, who was from Dewsbury, said he had met "
              "his wife on a coach.")
    barry = next(t.i for t in doc if t.text == "Barry" and t.i > 0)
    mention = Mention(barry, barry + 1, doc[barry].idx, doc[barry].idx + 5,
                      gazetteer.lookup("Barry"))
    assert _acts_as_a_person(doc, mention, _person_words(doc, min_words=2))
    georgia = nlp("Georgia Clark wrote about the war. Georgia accused Russia of moving troops.")
    second = next(t.i for t in georgia if t.text == "Georgia" and t.i > 0)
    country = Mention(second, second + 1, georgia[second].idx, georgia[second].idx + 7,
                      gazetteer.lookup("Georgia"))
    assert not _acts_as_a_person(georgia, country, _person_words(georgia, min_words=2))


def test_a_word_of_a_full_name_as_the_subject_is_the_person(nlp, gazetteer):
    text = ("The singer Sam Warwick cancelled the tour of Scotland. Warwick said on Thursday "
            "that the doctors in Glasgow had told him to rest.")
    places = places_of(nlp, gazetteer, text)
    assert "Warwick" not in _texts(places)
    assert "Glasgow" in _texts(places)


def test_a_country_named_like_a_person_stays_a_place(nlp, gazetteer):
    text = ("Georgia Clark wrote about the war in the Caucasus. Georgia accused Russia of moving "
            "troops across the border on Friday.")
    assert ("Georgia", "GEO") in [(p.text, p.country) for p in places_of(nlp, gazetteer, text)]


@pytest.mark.parametrize("text", [
    "The aid convoy left Victoria, 12 lorries strong, on Monday morning.",
    "Floods cut the road from Florence to Pisa, and his daughter stayed in Florence overnight.",
])
def test_a_town_after_a_preposition_or_without_a_person_stays(nlp, gazetteer, text):
    places = places_of(nlp, gazetteer, text)
    assert any(p.text in ("Victoria", "Florence") for p in places)


@pytest.mark.parametrize(("text", "name"), [
    ("Tamil Nadu asked the Centre to release more water from the dam before the sowing season.",
     "Centre"),
    ("Kerala wrote to the Centre again on Tuesday about the flood relief funds.", "Centre"),
    ("The deputies of the Duma voted on Wednesday to tighten the rules on foreign media.",
     "Duma"),
    ("The president called on the Verkhovna Rada to pass the budget before the holidays.",
     "Verkhovna Rada"),
])
def test_a_government_named_after_the_is_no_place(nlp, gazetteer, text, name):
    assert name not in _texts(places_of(nlp, gazetteer, text))


@pytest.mark.parametrize(("text", "name"), [
    ("The records date from the days of the Soviet Union, when the plant employed 9,000.",
     "Soviet Union"),
    ("The troops of the Russian Federation crossed the border near Belgorod.",
     "Russian Federation"),
    ("The couple moved to Centre, Alabama, in 1990 and opened a shop there.", "Centre"),
])
def test_a_country_or_a_town_so_named_stays_a_place(nlp, gazetteer, text, name):
    assert place_of(places_of(nlp, gazetteer, text), name) is not None


def test_a_town_named_like_a_facility_is_no_home_for_the_others(nlp, gazetteer):
    text = "The parade crossed Washington Square and then turned into Royal Street at noon."
    article = make_article(nlp, text)
    find_places(article, gazetteer)
    square = [p for p in article.places if p.text == "Washington Square"]
    if square:   # the gazetteer's town of that name: still no home to put Royal Street in
        _, guessed = facility_places(article.doc, text, square, gazetteer)
        assert not guessed


def test_a_firm_named_after_a_noun_of_firms_is_no_place(nlp, gazetteer):
    text = "A tanker chartered by the shipping firm Ocean Haven reached the port of Durban on Monday."
    places = places_of(nlp, gazetteer, text)
    assert "Ocean Haven" not in _texts(places)
    assert "Durban" in _texts(places)


@pytest.mark.parametrize(("text", "name"), [
    ("The consulting firm Oxford Economics said growth in Wales would slow next year.", "Oxford"),
    ("The shipping company Aberdeen Offshore said its vessels would stay in Bergen.", "Aberdeen"),
])
def test_a_town_opening_a_firms_longer_name_stays(nlp, gazetteer, text, name):
    assert place_of(places_of(nlp, gazetteer, text), name) is not None


def test_a_law_is_no_division_named_by_its_code(nlp, gazetteer):
    text = "The farmers sued under the Clean Rivers Act of 1990 before a court in Perth."
    places = places_of(nlp, gazetteer, text)
    assert "Act" not in _texts(places)
    assert "Perth" in _texts(places)


def test_a_division_by_its_code_in_capitals_stays(nlp, gazetteer):
    text = "Police in the ACT said on Monday that two men had been arrested in Canberra."
    assert place_of(places_of(nlp, gazetteer, text), "ACT") is not None


def test_a_big_city_as_the_subject_stays_beside_a_namesake(nlp, gazetteer):
    doc = nlp("Talks: Erdogan Ankara. Officials said that Ankara went ahead with the test on Monday.")
    city = next(t.i for t in doc if t.text == "Ankara" and t.dep_ == "nsubj")
    mention = Mention(city, city + 1, doc[city].idx, doc[city].idx + 6, gazetteer.lookup("Ankara"))
    assert not _acts_as_a_person(doc, mention, {"erdogan", "ankara"})
