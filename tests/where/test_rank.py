"""The learned toponym ranker: its features, the shipped model, and its training groups."""

from __future__ import annotations

import json

import pytest

from eventwire.errors import ConfigError
from eventwire.where import rank
from eventwire.where.resolve import Context


def _in_context(gazetteer, *names: str) -> Context:
    context = Context()
    for name in names:
        context.add(max(gazetteer.lookup(name), key=lambda c: c.population))
    return context


def test_features_say_how_far_a_namesake_falls_below_the_biggest(gazetteer):
    candidates = gazetteer.lookup("Paris")
    rows = {(c.country, c.population): rank.features(c, candidates, Context(), [],
                                                      gazetteer.capitals) for c in candidates}
    france = next(r for (country, _), r in rows.items() if country == "FRA")
    texas = next(r for (country, pop), r in rows.items() if country == "USA" and pop > 20_000)
    assert france["city_biggest"] == 1.0 and france["city_gap_to_biggest"] == 0.0
    assert texas["city_gap_to_biggest"] > 1.5
    assert france["capital"] == 1.0 and "capital" not in texas


def test_features_measure_the_distance_to_the_article_s_other_places(gazetteer):
    candidates = gazetteer.lookup("Paris")
    context = _in_context(gazetteer, "Dallas", "Sherman")
    near = {c.country: rank.features(c, candidates, context, [], gazetteer.capitals)
            for c in candidates if c.population > 20_000}
    assert near["USA"]["near_log_km"] < near["FRA"]["near_log_km"]
    assert "near_unknown" in rank.features(candidates[0], candidates, Context(), [],
                                           gazetteer.capitals)


def test_the_shipped_ranker_reads_the_article_s_geography(gazetteer):
    ranker = rank.load_ranker()
    assert ranker is not None
    candidates = gazetteer.lookup("Paris")
    texas = next(c for c in candidates if c.country == "USA" and c.population > 20_000)
    france = next(c for c in candidates if c.country == "FRA")

    def lead(context: Context) -> float:
        """How far Paris, Texas trails Paris, France in `context`."""
        return (ranker.score(rank.features(france, candidates, context, [], gazetteer.capitals))
                - ranker.score(rank.features(texas, candidates, context, [],
                                             gazetteer.capitals)))

    assert ranker.best(candidates, Context(), [], gazetteer.capitals) == france
    assert lead(_in_context(gazetteer, "Dallas", "Sherman", "Tyler")) < lead(Context()) - 1


def test_a_qualifier_decides(gazetteer):
    ranker = rank.load_ranker()
    assert ranker is not None
    texas = [c for c in gazetteer.lookup("Texas") if c.kind == "admin1"]
    chosen = ranker.best(gazetteer.lookup("Paris"), Context(), texas, gazetteer.capitals)
    assert chosen is not None and chosen.country == "USA"


def test_the_shipped_ranker_was_fitted_by_the_training_command():
    from importlib import resources

    data = json.loads(resources.files("eventwire.where").joinpath("data", rank.MODEL_FILE)
                      .read_text("utf-8"))
    assert "python -m eventwire.where.train" in data["about"]
    assert data["groups"] > 300 and data["weights"]["hand_score"] > 0


def test_a_broken_model_file_is_refused_with_its_name(tmp_path, monkeypatch):
    broken = tmp_path / "data"
    broken.mkdir()
    (broken / rank.MODEL_FILE).write_text('{"weights": []}', encoding="utf-8")
    monkeypatch.setattr(rank.resources, "files", lambda _package: tmp_path)
    rank.load_ranker.cache_clear()
    try:
        with pytest.raises(ConfigError, match="where/data/ranker.json: not a toponym ranker"):
            rank.load_ranker()
    finally:
        monkeypatch.undo()
        rank.load_ranker.cache_clear()


def test_training_groups_label_the_gold_record_and_keep_the_hand_choice(gazetteer):
    from eventwire.nlp import load_model
    from eventwire.where.train import article_groups

    text = "Storms flooded Paris and Sherman in Texas on Monday."
    start = text.index("Paris")
    gold = [{"start": start, "end": start + 5, "type": "Literal", "geonameid": None,
             "lat": 33.66, "lon": -95.56}]
    groups = list(article_groups(0, load_model()(text), gold, gazetteer))
    assert len(groups) == 1
    group = groups[0]
    assert sum(group.right) == 1 and len(group.rows) == len(group.right) >= 2


@pytest.mark.parametrize(("url", "country"), [
    ("https://www.example.co.uk/news/1", "GBR"), ("http://paper.com.au/a", "AUS"),
    ("www.daily.ng/story", "NGA"), ("https://news.example.com/x", None),
    ("https://startup.io/post", None), ("not a url", None), (None, None),
    ("http://[::1/broken", None)])
def test_a_publisher_s_home_country_comes_from_its_country_domain(url, country):
    from eventwire.where.home import home_country

    assert home_country(url) == country


def test_the_publisher_s_country_counts_as_a_place_of_the_article(gazetteer):
    from eventwire.nlp import load_model
    from eventwire.records import Article
    from eventwire.where.toponyms import find_places

    text = "The council met in Hyderabad on Monday."
    places = {}
    for url in ("https://paper.example.pk/city", "https://paper.example.in/city"):
        article = Article(id="a", text=text, url=url)
        article.doc = load_model()(text)
        find_places(article, gazetteer)
        places[url[-7:-5]] = article.places[0].country
    assert places == {"pk": "PAK", "in": "IND"}


def test_the_hand_score_feature_carries_the_penalty_of_a_shadowed_alias(gazetteer):
    """resolve.best docks a city's alternate name that real towns bear as their own; the
    ranker's hand_score is that same score, not the score before the penalty."""
    from eventwire.where.resolve import SHADOWED_PENALTY, score, town_named_so

    candidates = gazetteer.lookup("Garden City")
    assert town_named_so(candidates)
    alias = next(c for c in candidates if c.kind == "city" and c.by_alternate)
    found = rank.features(alias, candidates, Context(), [], gazetteer.capitals)
    assert found["hand_score"] == pytest.approx(
        score(alias, Context(), [], gazetteer.capitals) - SHADOWED_PENALTY)
