"""Round 2 of toponym recall and country: a demonym for every country, demonyms of several
words, US territories in their own country, and the ranker's view of a foreign article."""

from __future__ import annotations

import spacy

from eventwire import datafiles
from eventwire.where import rank
from eventwire.where.demonyms import demonym_countries
from eventwire.where.resolve import Context
from eventwire.where.toponyms import _demonym_start

# countries.tsv rows whose only forms are person nouns ("New Zealander", "Mosotho"), a
# name ("Vatican", "European Union") or one another country uses more ("Dominican")
NO_ADJECTIVE = {"DMA", "LSO", "LIE", "NZL", "SLB", "VAT", "EUR"}


def test_every_country_of_the_actor_table_has_a_demonym():
    rows = datafiles.table("actors", "countries.tsv",
                           ("code", "name", "aliases", "demonyms", "capitals", "metonyms"))
    countries = {r["code"] for r in rows if len(r["code"]) == 3 and r["demonyms"]}
    named = set(demonym_countries().values())
    assert countries - named == NO_ADJECTIVE


def test_every_demonym_names_a_gazetteer_place(gazetteer):
    for demonym, place in demonym_countries().items():
        if not place:       # a people across borders ("Kurdish") names no place
            continue
        if len(place) == 3 and place.isupper():
            assert gazetteer.country_record(place) is not None, demonym
        else:
            assert [c for c in gazetteer.lookup(place) if c.kind != "city"], demonym


def _token(text: str, word: str):
    doc = spacy.blank("en")(text)
    return next(t for t in doc if t.text == word)


def test_a_demonym_of_several_words_is_read_whole():
    token = _token("Two Costa Rican ministers flew home.", "Rican")
    assert token.doc[_demonym_start(token):token.i + 1].text == "Costa Rican"
    token = _token("A Papua New Guinean delegation arrived.", "Guinean")
    assert token.doc[_demonym_start(token):token.i + 1].text == "Papua New Guinean"


def test_a_qualified_demonym_of_another_place_is_not_its_last_word():
    assert _demonym_start(_token("Some Native American leaders waited.", "American")) is None
    token = _token("North Korean envoys met.", "Korean")
    assert token.doc[_demonym_start(token):token.i + 1].text == "North Korean"


def test_a_us_territory_lies_in_its_own_country(gazetteer):
    guam = gazetteer.lookup("Guam")
    assert guam and {c.country for c in guam} == {"GUM"}


def test_the_ranker_sees_an_article_about_another_country(gazetteer):
    context = Context()
    for name in ("Fairfax County", "Arlington", "Richmond"):
        context.add(max(gazetteer.lookup(name), key=lambda c: c.population))
    candidates = gazetteer.lookup("Vienna")
    rows = {(c.country, c.kind): rank.features(c, candidates, context, [], gazetteer.capitals)
            for c in candidates}
    assert rows[("AUT", "city")]["other_country_share"] == 1.0
    assert rows[("USA", "city")]["other_country_share"] == 0.0
