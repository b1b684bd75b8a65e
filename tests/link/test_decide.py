"""The learned story decision's features, its training pieces, and the happening scorer."""

import math
import textwrap
from pathlib import Path

import pytest

from eventwire import link
from eventwire.evaluate import ecbplus
from eventwire.link import decide, stories, topic_cv, train


def _coded(text: str, events: list[dict]) -> dict:
    return {"text": text, "title": "", "actors": [], "places": [], "events": events}


def _event(type_: str, *countries: str) -> dict:
    return {"type": type_, "modality": "asserted", "confidence": 0.9,
            "actor": [{"country": c} for c in countries], "recipient": [], "date": None}


def test_event_types_and_parties_enter_the_signature_but_not_the_cosine():
    plain = stories.signature(_coded("Flood waters rose over the valley town", []))
    typed = stories.signature(_coded("Flood waters rose over the valley town",
                                     [_event("AID", "KEN", "UGA")]))
    assert {"!AID", "$KEN", "$UGA"} <= typed.keys()
    assert link.similarity(plain, typed) == pytest.approx(1.0)
    assert not any(stories.is_fact(t) for t in stories.index_terms(typed, {}, 10))


def test_unreal_events_add_no_facts():
    hoped = {**_event("AID", "KEN"), "modality": "future"}
    assert not any(stories.is_fact(t) for t in stories.signature(_coded("Aid may come", [hoped])))


def test_names_shared_and_in_conflict():
    a, b, c = {"@ann": 2.0, "x": 1.0}, {"@ann": 2.0, "y": 1.0}, {"@bob": 2.0, "x": 1.0}
    assert decide.features(a, b, 0.5, {}, 3)["name_share"] == 1.0
    assert decide.features(a, c, 0.5, {}, 3)["name_conflict"] == 1.0


def test_figures_other_than_years_are_compared():
    found = decide.features({"2008": 1.0, "6.1": 1.0}, {"2008": 1.0, "5.4": 1.0}, 0.4, {}, 3)
    assert found["year_share"] == 1.0
    assert found["figure_conflict"] == 1.0


def test_linker_probability_follows_its_weights():
    linker = decide.Linker({"cosine": 10.0}, -5.0, 0.5)
    low, high = (linker.probability(decide.features({"a": 1.0}, {"a": 1.0}, cosine, {}, 2))
                 for cosine in (0.1, 0.9))
    assert low < 0.5 < high


def test_story_features_describe_the_story_and_its_nearest_member():
    a, b = {"@ann": 2.0, "x": 1.0}, {"@ann": 2.0, "y": 1.0}
    found = decide.story_features(a, b, 0.4, 0.25, 3, 10, 0.5, True, {}, 3)
    assert found["cosine"] == 0.4
    assert found["name_share"] == 1.0
    assert found["story_mean"] == 0.25
    assert found["story_top_minus_mean"] == pytest.approx(0.15)
    assert found["story_members_log"] == pytest.approx(math.log1p(3))
    assert found["story_gap"] == pytest.approx(0.1)
    assert found["story_best"] == 0.0
    assert found["cosine_choice"] == 1.0


def _ecb_file(tmp_path: Path) -> Path:
    file = tmp_path / "1" / "1_1ecb.xml"
    file.parent.mkdir()
    file.write_text(textwrap.dedent("""\
        <Document doc_name="1_1ecb.xml">
        <token t_id="1" sentence="0">Rebels</token><token t_id="2" sentence="0">seized</token>
        <token t_id="3" sentence="0">town</token><token t_id="4" sentence="1">It</token>
        <token t_id="5" sentence="1">fell</token>
        <Markables>
        <ACTION_OCCURRENCE m_id="7"><token_anchor t_id="2"/></ACTION_OCCURRENCE>
        <ACTION_OCCURRENCE m_id="8"><token_anchor t_id="5"/></ACTION_OCCURRENCE>
        <HUMAN_PART_ORG m_id="9"><token_anchor t_id="1"/></HUMAN_PART_ORG>
        </Markables>
        <Relations>
        <CROSS_DOC_COREF r_id="1" note="ACT1"><source m_id="7"/><target m_id="20"/></CROSS_DOC_COREF>
        <CROSS_DOC_COREF r_id="2" note="HUM1"><source m_id="9"/><target m_id="21"/></CROSS_DOC_COREF>
        </Relations>
        </Document>"""))
    return file


def test_gold_event_mentions_are_action_spans_in_cross_document_chains(tmp_path):
    file = _ecb_file(tmp_path)
    text = ecbplus._text(file)
    mentions = ecbplus.gold_mentions(file)
    assert text == "Rebels seized town\nIt fell"
    assert {text[s:e]: chain for (s, e), chain in mentions.items()} == {"seized": "ACT1"}


def test_happenings_are_scored_over_the_gold_mentions_a_trigger_overlaps():
    mentions = {("d1", (0, 6)): "A", ("d2", (3, 9)): "A", ("d2", (20, 25)): "B"}
    triggers = {"e1": ("d1", (0, 6)), "e2": ("d2", (4, 8)), "e3": ("d2", (40, 44))}
    scores = ecbplus.happening_scores(mentions, triggers, {"e1": "h1", "e2": "h2"})
    assert scores["happening_mentions"] == 2
    assert scores["happening_bcubed_precision"] == 1.0
    assert scores["happening_bcubed_recall"] == 0.5


def test_names_each_holds_that_the_other_lacks_are_counted():
    a = {"@ann": 2.0, "@ohio": 2.0, "@chardon": 2.0}
    b = {"@ann": 2.0, "@colorado": 2.0, "@centennial": 2.0, "@denver": 2.0}
    found = decide.features(a, b, 0.3, {}, 3)
    assert found["name_jaccard"] == pytest.approx(1 / 6)
    assert found["name_apart_log"] == pytest.approx(math.log1p(2))


def test_the_contradiction_veto_is_a_feature():
    a = {"@ann": 2.0, "@ohio": 2.0, "17-year-old": 2.5}
    b = {"@bob": 2.0, "@colorado": 2.0, "18-year-old": 2.5}
    assert decide.features(a, b, 0.3, {}, 3)["contrast"] == stories.NAME_CONTRAST * stories.CONTRADICTION
    assert decide.features(a, a, 1.0, {}, 3)["contrast"] == 1.0


def test_a_fitted_linker_scores_raw_features_as_the_regression_scores_scaled_ones():
    rows = [{"cosine": c / 10, "name_conflict": float(c < 4)} for c in range(10)]
    labels = [c >= 5 for c in range(10)]
    linker = train.fit_linker(train.Rows(rows, labels, ["1 1"] * 10), 1.0, 0.5)
    probabilities = [linker.probability(row) for row in rows]
    assert probabilities == sorted(probabilities)
    assert probabilities[0] < 0.5 < probabilities[-1]


def test_a_linker_in_use_decides_the_store_links_only_inside_its_block():
    never = decide.Linker({}, -40.0, 0.5)
    with train.linker_in_use(never):
        assert decide.load_linker() is never
    assert decide.load_linker() is not never


def test_rows_of_a_held_topic_are_left_out_of_its_fold():
    rows = train.Rows([{"cosine": 0.1}] * 3, [True, False, True], ["1 1", "2 1", "2 2"])
    assert train.without(rows, {"1"}).groups == ["2 2"]


def test_folds_of_topics_are_fixed_and_fill_every_fold():
    folds = [train.fold_of(str(topic)) for topic in range(1, 41)]
    assert folds == [train.fold_of(str(topic)) for topic in range(1, 41)]
    assert set(folds) == set(range(train.FOLDS))


def test_a_band_fits_on_its_rows_and_leaves_the_rest_to_the_cosine():
    rows = train.Rows([{"cosine": c / 10} for c in range(10)], [c >= 5 for c in range(10)], ["1 1"] * 10,
                      [c / 10 for c in range(10)])
    linker = train.fit_linker(rows, 1.0, 0.5, (0.2, 0.8))
    assert (linker.low, linker.high) == (0.2, 0.8)
    assert linker.decides(0.5) and not linker.decides(0.1) and not linker.decides(0.8)
    assert decide.Linker({}, 0.0, 0.5).decides(0.99)


def test_the_gate_wants_a_margin_every_order_and_the_written_pairs():
    cosine = {"file": 0.95, "reverse": 0.95}
    assert train.passes({"file": 0.96, "reverse": 0.96}, cosine, 10, 10)
    assert not train.passes({"file": 0.951, "reverse": 0.951}, cosine, 10, 10)
    assert not train.passes({"file": 0.99, "reverse": 0.94}, cosine, 10, 10)
    assert not train.passes({"file": 0.96, "reverse": 0.96}, cosine, 9, 10)


def test_a_learned_linker_following_the_cosine_links_the_store_as_the_cosine(tmp_path):
    texts = ["Flood waters rose over the valley town of Tarn after storms",
             "Storms sent flood waters over Tarn, a valley town",
             "The central bank of Norway raised interest rates by half a point",
             "Norway's central bank lifted interest rates half a point",
             "Flood waters rose in Tarn valley town as storms went on"]
    coded = [{**_coded(text, []), "id": f"d{n}", "published": None} for n, text in enumerate(texts)]
    template = topic_cv.empty_store(tmp_path)
    cosine = topic_cv.link_documents(coded, template)
    with train.linker_in_use(decide.Linker({"cosine_choice": 80.0}, -40.0, 0.5)):
        learned = topic_cv.link_documents(coded, template)
    assert learned == cosine
    assert cosine[0] == cosine[1] != cosine[2] == cosine[3]
