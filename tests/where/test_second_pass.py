"""Issue #21, round 8: a division named like a country read in the light of the article's
other places, mentions read again in the light of the first reading, towns joined by a slash,
and names NER cut short at the front.

The paragraphs are made up for this test; each maps a toponym as written to the country
(ISO alpha-3) a reader would give it.
"""

from __future__ import annotations

import pytest

from eventwire.where.toponyms import find_places
from tests.conftest import make_article
from tests.where.conftest import places_of
from tests.where.test_country_context import found_as

PARAGRAPHS: list[tuple[str, dict[str, str]]] = [
    # a state beside a town of its own is the state, and the town read again is its town
    ("The sheriff in Athens said the storm damaged homes across Georgia. Crews from Macon "
     "helped clear the roads.",
     {"Athens": "USA", "Georgia": "USA", "Macon": "USA"}),
    # a state beside other states of its country
    ("Storms cut power to thousands of homes across Alabama, Florida and Georgia on Sunday.",
     {"Alabama": "USA", "Florida": "USA", "Georgia": "USA"}),
    # the country stays the country beside its own places, or other countries
    ("Lawmakers in Tbilisi said Georgia would not join the pact. Russian troops remain in "
     "Abkhazia.",
     {"Tbilisi": "GEO", "Georgia": "GEO", "Abkhazia": "GEO"}),
    ("Georgia and Armenia signed a trade deal in Yerevan on Friday.",
     {"Georgia": "GEO", "Armenia": "ARM", "Yerevan": "ARM"}),
    # towns joined by a slash lie together
    ("Commuters at the Vienna/Fairfax station waited for hours after a train broke down.",
     {"Vienna": "USA", "Fairfax": "USA"}),
    ("Flights into Dallas/Fort Worth were delayed by the storm on Monday.",
     {"Dallas": "USA", "Fort Worth": "USA"}),
    ("Officials in Vienna said Austria would host the next round of talks.",
     {"Vienna": "AUT", "Austria": "AUT"}),
]


def _expected() -> list[tuple[str, str, str]]:
    return [(text, name, country) for text, expected in PARAGRAPHS
            for name, country in expected.items()]


def test_the_set_has_at_least_15_toponyms():
    assert len(_expected()) + sum(len(expected) for _, _, expected in SPLIT) >= 15


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "country"),
                         [pytest.param(*case, id=f"{case[1]}-{case[2]}") for case in _expected()])
def test_a_found_toponym_gets_the_readers_country(nlp, gazetteer, text, name, country):
    place = found_as(places_of(nlp, gazetteer, text), text, name)
    assert place is not None and place.country == country, place


# (text, what NER tags as a place instead of the full name, {full name: country})
SPLIT: list[tuple[str, str, dict[str, str]]] = [
    ("Bushfires swept across New South Wales on Monday. Firefighters in Sydney worked "
     "through the night.", "South Wales", {"New South Wales": "AUS", "Sydney": "AUS"}),
    ("Floods hit the highlands of Papua New Guinea last week. Officials in Port Moresby "
     "asked for help.", "New Guinea", {"Papua New Guinea": "PNG", "Port Moresby": "PNG"}),
    ("Rebels attacked a town in South Sudan. Officials in Juba said ten people died.",
     "Sudan", {"South Sudan": "SSD", "Juba": "SSD"}),
]


def _tagged_short(nlp, text: str, short: str):
    """An article of `text` whose entities tag `short` as a place, as NER sometimes does
    when it leaves out a name's first word."""
    from spacy.tokens import Span

    article = make_article(nlp, text)
    doc = article.doc
    start = text.index(short)
    span = doc.char_span(start, start + len(short), label="GPE")
    assert isinstance(span, Span)
    doc.ents = sorted([e for e in doc.ents if not (e.start < span.end and span.start < e.end)]
                      + [span], key=lambda e: e.start)
    return article


@pytest.mark.slow
@pytest.mark.parametrize(("text", "short", "expected"), SPLIT, ids=[s for _, s, _ in SPLIT])
def test_a_name_cut_short_by_ner_takes_its_first_word_back(nlp, gazetteer, text, short, expected):
    article = _tagged_short(nlp, text, short)
    find_places(article, gazetteer)
    found = {p.text: p.country for p in article.places}
    assert short not in found, found
    for name, country in expected.items():
        assert found.get(name) == country, found
