"""The geo evaluation's breakdowns (issue #21 item 4): kinds of gold toponyms, local and
international articles, and the arithmetic of every figure, on a made-up gazetteer."""

from __future__ import annotations

import pytest

from eventwire.cli.evaluation import _print_tables, markdown_report
from eventwire.records import Place
from eventwire.where.evaluate import GeoScorer, KindFinder, article_class
from eventwire.where.gazetteer import Gazetteer

POPULATED = frozenset({500})   # a GeoNames populated place the gazetteer lacks


@pytest.fixture
def gazetteer() -> Gazetteer:
    gaz = Gazetteer()
    rows = [(101, "Alderbrook", "AAA", 10.0, 10.0, "city"),
            (102, "Northmarch", "AAA", 10.5, 10.5, "admin1"),
            (103, "Aaland", "AAA", 12.0, 12.0, "country"),
            (104, "Wide Coast", None, 0.0, 0.0, "region"),
            (105, "Fennick", "BBB", 20.0, 20.0, "city"),
            (106, "Lowfold", "AAA", 11.0, 11.0, "region")]
    for gid, name, country, lat, lon, kind in rows:
        record = gaz.add(geonameid=gid, name=name, country=country, admin1_code=None, lat=lat,
                         lon=lon, population=1000, kind=kind)
        gaz.add_name(name, record, alternate=False)
    return gaz


def _gold(start: int, end: int, lat: float | None, lon: float | None, gid: int | None = None,
          name: str = "", kind: str = "Literal") -> dict:
    return {"start": start, "end": end, "type": kind, "name": name, "geonameid": gid,
            "lat": lat, "lon": lon}


@pytest.mark.parametrize("gid, expected", [(101, "city"), (102, "admin"), (103, "country"),
                                           (104, "country"), (106, "admin"), (500, "city")])
def test_kind_comes_from_the_geonames_id(gazetteer, gid, expected):
    kinds = KindFinder(gazetteer, populated=POPULATED)
    assert kinds.kind(_gold(0, 5, 1.0, 1.0, gid=gid), "Anything") == expected


@pytest.mark.parametrize("lat, expected", [(20.5, "city"), (40.0, "other")])
def test_an_unknown_id_takes_the_kind_of_a_same_named_record_nearby(gazetteer, lat, expected):
    kinds = KindFinder(gazetteer, populated=POPULATED)
    assert kinds.kind(_gold(0, 7, lat, 20.0, gid=999), "Fennick") == expected


@pytest.mark.parametrize("name, expected", [
    ("Marsh County", "admin"), ("Province of Tell", "admin"), ("Gorran State", "admin"),
    ("Riverside State Museum", "other"), ("State", "other"), ("Pike Lane", "other")])
def test_an_admin_term_in_the_name_makes_an_admin_toponym(gazetteer, name, expected):
    kinds = KindFinder(gazetteer, populated=POPULATED)
    assert kinds.kind(_gold(0, 4, 50.0, 50.0, gid=998, name=name), "Xyzq") == expected


@pytest.mark.parametrize("points, expected", [
    ([], "international"),
    ([(10.0, 10.0), (10.5, 10.5), (10.01, 10.01)], "local"),
    ([(10.0, 10.0), (10.5, 10.5), (10.01, 10.01), (40.0, 40.0)], "local"),      # 3 of 4
    ([(10.0, 10.0), (10.5, 10.5), (40.0, 40.0), (-30.0, 40.0)], "international"),  # 2 of 4
    ([(10.0, 10.0), (20.5, 20.0)], "international")])
def test_an_article_is_local_when_three_quarters_of_its_places_lie_together(points, expected):
    assert article_class(points) == expected


LOCAL_TEXT = "Alderbrook met Northmarch in Aaland near Pike Lane."
WORLD_TEXT = "Fennick and Alderbrook and Zorbish."


@pytest.fixture
def figures(gazetteer) -> dict:
    scorer = GeoScorer(gazetteer, KindFinder(gazetteer, populated=POPULATED))
    scorer.add(LOCAL_TEXT, [
        Place(text="Alderbrook", start=0, end=10, country="AAA", lat=10.0, lon=10.0),
        Place(text="Northmarch", start=15, end=25, country="BBB", lat=30.0, lon=30.0),
        Place(text="Aaland", start=29, end=35, country="AAA"),       # found, no coordinates
        Place(text="met", start=11, end=14, country="AAA", lat=1.0, lon=1.0),  # not a toponym
    ], [_gold(0, 10, 10.0, 10.0, 101), _gold(15, 25, 10.5, 10.5, 102),
        _gold(29, 35, 12.0, 12.0, 103), _gold(41, 50, 10.01, 10.01)])
    scorer.add(WORLD_TEXT, [
        Place(text="Fennick", start=0, end=7, country="BBB", lat=20.0, lon=20.0),
        Place(text="Zorbish", start=27, end=34, country="CCC", lat=5.0, lon=5.0),  # a demonym
    ], [_gold(0, 7, 20.5, 20.0, 999), _gold(12, 22, 10.0, 10.0, 101),
        _gold(27, 34, None, None, kind="Demonym")])
    return scorer.summary()


def test_overall_figures_count_every_gold_toponym(figures):
    assert {k: figures[k] for k in ("gold", "found", "within", "with_coords", "gold_with_coords",
                                    "found_without_coords", "with_country", "country_right",
                                    "true_predictions", "false_predictions")} == {
        "gold": 6, "found": 4, "within": 2, "with_coords": 4, "gold_with_coords": 6,
        "found_without_coords": 1, "with_country": 4, "country_right": 3,
        "true_predictions": 4, "false_predictions": 1}
    assert figures["recall"] == pytest.approx(4 / 6, abs=1e-4)
    assert figures["accuracy_161km"] == 0.5
    assert figures["accuracy_161km_end_to_end"] == pytest.approx(2 / 6, abs=1e-4)
    assert figures["country_accuracy"] == 0.75
    assert figures["found_without_coords_share"] == 0.25
    assert figures["precision"] == 0.8


def test_each_kind_has_its_own_figures(figures):
    by_kind = figures["by_kind"]
    assert by_kind["city"] == {"gold": 3, "found": 2, "recall": 0.6667, "accuracy_161km": 1.0,
                               "accuracy_161km_end_to_end": 0.6667, "country_accuracy": 1.0,
                               "found_without_coords_share": 0.0}
    assert (by_kind["admin"]["found"], by_kind["admin"]["accuracy_161km"],
            by_kind["admin"]["country_accuracy"]) == (1, 0.0, 0.0)
    assert (by_kind["country"]["accuracy_161km"], by_kind["country"]["country_accuracy"],
            by_kind["country"]["found_without_coords_share"]) == (0.0, 1.0, 1.0)
    assert (by_kind["other"]["gold"], by_kind["other"]["recall"]) == (1, 0.0)


def test_each_class_of_article_has_its_own_figures(figures):
    local, world = figures["by_article"]["local"], figures["by_article"]["international"]
    assert (local["articles"], local["gold"], local["found"], local["precision"]) == (1, 4, 3, 0.75)
    assert (local["accuracy_161km"], local["accuracy_161km_end_to_end"]) == (0.3333, 0.25)
    assert (world["articles"], world["gold"], world["found"], world["precision"]) == (1, 2, 1, 1.0)
    assert (world["recall"], world["accuracy_161km_end_to_end"]) == (0.5, 0.5)


def test_the_breakdowns_appear_in_the_report_and_the_table(figures, capsys):
    report = markdown_report({"sets": {"geo": {"tune": figures, "check": figures}},
                              "seconds": {}})
    assert "### geo: by_kind (check)" in report
    assert "| city | 3 | 2 | 0.667 |" in report
    assert "### geo: by_article (check)" in report
    _print_tables("geo", {"tune": figures, "check": figures})
    shown = capsys.readouterr().out
    assert "by_kind (check)" in shown and "international" in shown


@pytest.mark.parametrize("country, right", [(None, 1), ("AAA", 0)])
def test_a_region_across_borders_is_right_only_without_a_country(gazetteer, country, right):
    # "Broad Sea" is a region without a country; its gold point lies next to Alderbrook,
    # whose country the nearest-city rule would give it
    record = gazetteer.add(geonameid=107, name="Broad Sea", country=None, admin1_code=None,
                           lat=9.5, lon=9.5, population=0, kind="region")
    gazetteer.add_name("Broad Sea", record, alternate=False)
    scorer = GeoScorer(gazetteer, KindFinder(gazetteer, populated=POPULATED))
    gold = _gold(0, 9, 9.6, 9.6, gid=997, name="Broad Sea")
    ours = Place(text="Broad Sea", start=0, end=9, country=country, lat=9.5, lon=9.5)
    scorer.add("Broad Sea is calm.", [ours], [gold])
    figures = scorer.summary()
    assert (figures["with_country"], figures["country_right"]) == (1, right)
