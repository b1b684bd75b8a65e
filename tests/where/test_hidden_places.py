"""Toponyms NER hides, divisions from our admin1 table, and missions abroad (issue 6)."""

from __future__ import annotations

import pytest

from tests.where.conftest import place_of, places_of


@pytest.mark.parametrize(("text", "toponym", "country"), [
    ("The U.S. said those expelled were intelligence officers.", "U.S.", "USA"),
    ("BEIRUT (AP) - A Kurdish militia spokesman said on Sunday.", "BEIRUT", "LBN"),
    ("They fought Turkish-backed Syrian militiamen.", "Turkish", "TUR"),
    ("The reporter told the Washington Post on Friday.", "Washington", "USA"),
])
def test_places_hidden_from_ner_are_found(nlp, gazetteer, text, toponym, country):
    place = next(p for p in places_of(nlp, gazetteer, text) if p.text == toponym)
    assert place.country == country


@pytest.mark.parametrize(("name", "country", "resolution"), [
    ("Calif.", "USA", "admin1"),
    ("Tamil Nadu", "IND", "admin1"),
    ("Sokoto State", "NGA", "admin1"),
    ("Kent", "GBR", "region"),
])
def test_admin1_table_names_resolve(gazetteer, name, country, resolution):
    assert any((c.country, c.kind) == (country, resolution) for c in gazetteer.lookup(name))


def test_admin1_table_rows_pass_the_schema_check():
    from eventwire.where.build import read_admin1

    assert len(read_admin1()) > 200


@pytest.mark.parametrize("text", [
    "Officials gathered at India's embassy in Kabul on Friday.",
    "Officials gathered at the Embassy of India in Kabul on Friday.",
    "Officials gathered at the Indian embassy in Kabul on Friday.",
])
def test_a_mission_is_not_placed_in_the_country_that_sends_it(nlp, gazetteer, text):
    places = places_of(nlp, gazetteer, text)
    # "the Embassy of India" itself is a place too (where/facilities.py), in Kabul
    assert {p.country for p in places} == {"AFG"}


def test_an_unknown_toponym_takes_the_articles_main_country(nlp, gazetteer):
    text = ("Floods hit Kerala and Karnataka. Villagers in Kuttanadpuzhakara fled "
            "to Kochi and Thrissur.")
    unknown = [p for p in places_of(nlp, gazetteer, text) if p.resolution == "unknown"]
    assert all(p.country == "IND" and p.lat is None for p in unknown)


def test_a_bad_admin1_row_fails_the_schema_check():
    from eventwire.errors import ConfigError
    from eventwire.where.build import _check_admin1_row

    with pytest.raises(ConfigError):
        _check_admin1_row({"name": "Nowhere", "aliases": "", "kind": "county",
                           "country": "XX", "lat": "91", "lon": "0"})


@pytest.mark.parametrize("text, town", [
    ("By Jane Doe. BOSTON (Reuters) - A judge on Monday ordered the release of the records.",
     "BOSTON"),
    ("Headline: Mayor Speaks at Harbor Event. TACOMA – The mayor spoke on Friday.", "TACOMA"),
])
def test_a_dateline_in_capitals_after_a_byline_or_headline_is_a_place(nlp, gazetteer, text, town):
    assert place_of(places_of(nlp, gazetteer, text), town) is not None


def test_capitals_before_a_dash_inside_a_line_need_a_known_place(nlp, gazetteer):
    assert places_of(nlp, gazetteer, "The vote was close. THE END - of an era, he said.") == []


def test_a_town_after_to_following_a_word_of_going_is_a_place(nlp, gazetteer):
    text = "The couple married in 1960 before heading on their honeymoon to Great Yarmouth."
    assert place_of(places_of(nlp, gazetteer, text), "Great Yarmouth") is not None


def test_a_name_after_to_following_other_words_is_left_alone(nlp, gazetteer):
    assert place_of(places_of(nlp, gazetteer, "He wrote to Hastings later."), "Hastings") is None
