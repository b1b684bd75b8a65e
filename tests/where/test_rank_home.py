"""A weak pick abroad gives way to a namesake at home (rank.at_home), and the out-of-fold
measure of the ranker (python -m eventwire.where.train --cv)."""

from __future__ import annotations

from eventwire.records import Article
from eventwire.where import rank, train
from eventwire.where.gazetteer import Candidate
from eventwire.where.resolve import Context
from eventwire.where.toponyms import find_places


def _town(record: int, country: str, population: int, kind: str = "city") -> Candidate:
    return Candidate(record, record, "Millbrook", country, None, None, 0.0, 0.0, population,
                     kind, False)  # type: ignore[arg-type]


def _context(**countries: float) -> Context:
    context = Context()
    context.countries.update(countries)
    return context


ABROAD, HOME = _town(1, "GBR", 40_000), _town(2, "USA", 9_000)


def test_a_small_town_abroad_gives_way_to_a_close_namesake_at_home():
    scored = [(5.0, ABROAD), (4.5, HOME)]
    assert rank.at_home(scored[0], scored, _context(USA=6, CAN=1)) == HOME


def test_a_town_abroad_stays_when_the_namesake_at_home_trails_far_behind():
    scored = [(5.0, ABROAD), (5.0 - rank.HOME_MARGIN - 1, HOME)]
    assert rank.at_home(scored[0], scored, _context(USA=6)) == ABROAD


def test_a_town_abroad_stays_when_the_article_has_no_home_or_it_is_that_home():
    scored = [(5.0, ABROAD), (4.5, HOME)]
    assert rank.at_home(scored[0], scored, Context()) == ABROAD
    assert rank.at_home(scored[0], scored, _context(USA=1, GBR=1)) == ABROAD
    assert rank.at_home(scored[0], scored, _context(USA=1, GBR=2, FRA=1)) == ABROAD


def test_a_country_or_a_metropolis_abroad_is_no_weak_pick():
    country, metropolis = _town(3, "GEO", 3_700_000, "country"), _town(4, "GBR", 9_000_000)
    for pick in (country, metropolis):
        scored = [(5.0, pick), (4.5, HOME)]
        assert rank.at_home(scored[0], scored, _context(USA=6)) == pick


def test_a_capital_abroad_is_no_weak_pick():
    """Vienna in an article about Virginia towns is still Austria's capital."""
    capital = _town(7, "AUT", 1_900_000)
    scored = [(5.0, capital), (4.5, HOME)]
    assert rank.at_home(scored[0], scored, _context(USA=6), frozenset({7})) == capital
    assert rank.at_home(scored[0], scored, _context(USA=6)) == HOME


def test_a_town_abroad_without_a_namesake_at_home_stays():
    scored = [(5.0, ABROAD)]
    assert rank.at_home(scored[0], scored, _context(USA=6)) == ABROAD


def test_find_places_takes_the_ranker_it_is_given(nlp, gazetteer):
    """Cross-validation runs find_places with each fold's ranker: one that prefers the
    smallest town must change the pick of a name many towns bear."""
    text = "Officials met in Springfield on Monday."
    article = Article(id="t", text=text)
    article.doc = nlp(text)
    find_places(article, gazetteer)
    shipped = next(p for p in article.places if p.text == "Springfield")
    contrary = rank.Ranker({"city_log_population": -10.0}, 0.0)
    article = Article(id="t", text=text)
    article.doc = nlp(text)
    find_places(article, gazetteer, contrary)
    chosen = next(p for p in article.places if p.text == "Springfield")
    assert (chosen.lat, chosen.lon) != (shipped.lat, shipped.lon)


def test_cross_validation_needs_two_folds(capsys):
    assert train.main(["--shared", "/nonexistent", "--cv", "1"]) == 2
    assert "2 folds" in capsys.readouterr().err


def test_a_small_town_s_country_share_is_a_feature_of_its_own():
    village, city = _town(5, "USA", 2_000), _town(6, "USA", 400_000)
    context = _context(USA=3, CAN=1)
    small = rank.features(village, [village, city], context, [], frozenset())
    big = rank.features(city, [village, city], context, [], frozenset())
    assert small["small_city_country_share"] == small["country_share"] == 0.75
    assert "small_city_country_share" not in big
    assert "small_city_country_share" in rank.load_ranker().weights  # type: ignore[union-attr]
