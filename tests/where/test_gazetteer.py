"""The gazetteer index: names, alternate names, accents, kinds, and the cache."""

from __future__ import annotations

import pytest

from eventwire.cache import write_pickle
from eventwire.where import cache
from eventwire.where.gazetteer import Gazetteer
from eventwire.where.names import name_key


@pytest.mark.parametrize(("text", "key"), [
    ("Kābūl", "kabul"),
    ("The Netherlands", "netherlands"),
    ("Côte d’Ivoire", "cote divoire"),
    ("Khyber-Pakhtunkhwa", "khyber pakhtunkhwa"),
])
def test_name_key_folds_accents_case_and_punctuation(text, key):
    assert name_key(text) == key


@pytest.mark.parametrize(("text", "country", "kind"), [
    ("Doha", "QAT", "city"),
    ("Kābūl", "AFG", "city"),
    ("Bombay", "IND", "city"),       # an alternate name of Mumbai
    ("UAE", "ARE", "country"),       # our own alias
    ("Texas", "USA", "admin1"),
    ("Balochistan", "PAK", "admin1"),  # regions.tsv
    ("Gaza", "PSE", "region"),
])
def test_lookup_finds_a_candidate_of_the_right_country_and_kind(gazetteer, text, country, kind):
    assert any(c.country == country and c.kind == kind for c in gazetteer.lookup(text))


def test_a_country_has_its_own_coordinates_and_no_admin1(gazetteer):
    (qatar,) = [c for c in gazetteer.lookup("Qatar") if c.kind == "country"]
    assert qatar.admin1 is None and qatar.lat is not None and qatar.geonameid == 289688


def test_us_cities_carry_their_state_name(gazetteer):
    austin = max(gazetteer.lookup("Austin"), key=lambda c: c.population)
    assert austin.admin1 == "Texas"


def test_unknown_name_gives_no_candidates(gazetteer):
    assert gazetteer.lookup("Xqzzyville") == []


def test_cache_round_trip_gives_the_same_index(gazetteer, tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setattr(cache, "build_gazetteer", lambda version: _tiny(version))
    built = cache.load_gazetteer(folder)
    assert cache.cache_path(folder).exists()
    monkeypatch.setattr(cache, "build_gazetteer", _fail)
    loaded = cache.load_gazetteer(folder)
    assert loaded.index == built.index and loaded.lookup("Testtown")[0].lat == 1.5


def test_unwritable_cache_folder_still_gives_a_gazetteer(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setattr(cache, "build_gazetteer", _tiny)
    assert cache.load_gazetteer(blocker / "sub").lookup("Testtown")


def test_stale_cache_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setattr(cache, "build_gazetteer", _tiny)
    path = cache.cache_path(tmp_path)
    write_pickle(_tiny("old-version"), path, "gazetteer")
    assert cache.load_gazetteer(tmp_path).version == cache.cache_version()


def _tiny(version: str) -> Gazetteer:
    gaz = Gazetteer(version=version)
    record = gaz.add(geonameid=1, name="Testtown", country="QAT", admin1_code=None,
                     lat=1.5, lon=2.5, population=10, kind="city")
    gaz.add_name("Testtown", record, alternate=False)
    return gaz


def _fail(version: str) -> Gazetteer:
    raise AssertionError("the cache should have been used")


def test_a_short_abbreviation_keeps_its_full_stop_issue_6(gazetteer):
    assert any(c.name == "Massachusetts" for c in gazetteer.lookup("Mass."))
    assert not any(c.name == "Massachusetts" for c in gazetteer.lookup("Mass"))


def test_us_counties_are_regions_of_their_state_without_invented_coordinates(gazetteer):
    county = next(c for c in gazetteer.lookup("Chugach Census Area"))   # no town of 1,000
    assert (county.country, county.admin1, county.kind, county.lat) == (
        "USA", "Alaska", "region", None)


@pytest.mark.parametrize(("name", "country"), [("Salisbury", "GBR"), ("New York", "USA")])
def test_a_town_bearing_the_name_beats_a_city_known_by_it_as_an_alias(gazetteer, name, country):
    from eventwire.where.resolve import best

    assert best(gazetteer.lookup(name), capitals=gazetteer.capitals).country == country
