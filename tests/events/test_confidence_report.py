"""The confidence model's out-of-fold report, its example cache and its feature choice."""

from __future__ import annotations

import json
import pickle
from dataclasses import astuple

import pytest

from eventwire.events import train


def test_news_figures_count_kept_events_and_their_precision():
    probability = [0.9, 0.8, 0.6, 0.4, 0.2, 0.1]
    right = [True, True, False, True, False, False]
    figures = train.news_figures(probability, right, [1.0] * 6)
    assert figures["events"] == 6 and figures["precision@0"] == pytest.approx(0.5)
    assert figures["auc"] == pytest.approx(8 / 9)
    assert figures["kept@0.5"] == pytest.approx(0.5) and figures["precision@0.5"] == pytest.approx(2 / 3)
    assert figures["kept@0.7"] == pytest.approx(1 / 3) and figures["precision@0.7"] == 1.0
    assert figures["kept@0.3"] == pytest.approx(2 / 3) and figures["precision@0.3"] == pytest.approx(0.75)


def test_news_figures_weigh_events_as_the_examples_are():
    figures = train.news_figures([0.9, 0.1], [False, True], [3.0, 1.0])
    assert figures["kept@0.5"] == pytest.approx(0.75) and figures["precision@0"] == pytest.approx(0.25)


def _examples(n: int = 120) -> list[train.Example]:
    found = []
    for i in range(n):
        right = i % 3 != 0
        features = {"type=ASSAULT|lemma=attack" if right else "type=ASSAULT|lemma=beat": 1.0,
                    f"w=word{i % 7}": 1.0, "evidence": 0.5 + 0.1 * right}
        found.append(train.Example(features, right, "news" if i % 2 else "plover_gsr", f"doc-{i // 4}",
                                   3.0 if i % 2 else 1.0))
    return found


def test_the_report_is_out_of_fold_on_the_news_examples_only():
    figures = train.report(train.out_of_fold(_examples()))
    assert figures["events"] == 60 and figures["auc"] > 0.95
    assert figures["precision@0.5"] > figures["precision@0"]
    assert "news out of fold (60 events): AUC" in train.format_report(figures)


def test_dropped_features_are_left_out_of_the_model(monkeypatch):
    monkeypatch.setattr(train, "DROPPED", ("w=",))
    assert not train.usable("w=army") and not train.usable("type=ASSAULT|w=army")
    assert train.usable("type=ASSAULT|lemma=attack")
    assert not any(name.startswith("w=") for name in train.fit(_examples())["weights"])


def test_cached_examples_are_refitted_and_reported(tmp_path, monkeypatch, capsys):
    (tmp_path / "gold" / "dev").mkdir(parents=True)
    cache = tmp_path / "examples.pkl"
    cache.write_bytes(pickle.dumps([astuple(e) for e in _examples()]))
    monkeypatch.setattr(train, "OUT", tmp_path / "confidence.json")
    assert train.main(["--shared", str(tmp_path), "--examples", str(cache), "--report"]) == 0
    assert "news out of fold (60 events): AUC" in capsys.readouterr().out
    assert json.loads((tmp_path / "confidence.json").read_text())["examples"] == {"news": 60,
                                                                                   "plover_gsr": 60}


@pytest.mark.slow
def test_features_say_whether_the_sentence_asks_and_how_long_it_is(recorded):
    # a sentence that ends with a question mark is not coded at all; one inside it is a feature
    asked = recorded("Kenyan police arrested dozens of protesters in Nairobi (why?) on Tuesday.")
    told = recorded("Kenyan police arrested dozens of protesters in Nairobi on Tuesday.")
    [asked_event] = [e for e in asked.events if e.type == "COERCE"]
    [told_event] = [e for e in told.events if e.type == "COERCE"]
    assert asked_event.features["question"] == 1.0 and told_event.features["question"] == 0.0
    assert 0 < told_event.features["sentence_length"] < asked_event.features["sentence_length"] < 1
    assert "both_country" in told_event.features


@pytest.mark.slow
def test_hazard_words_in_the_sentence_are_a_feature_by_kind(recorded):
    flooded = recorded("Kenyan police arrested dozens of looters in Nairobi after the floods.")
    [event] = [e for e in flooded.events if e.type == "COERCE"]
    assert event.features["context=hazard"] == 1.0 and event.features["type=COERCE|context=hazard"] == 1.0
    told = recorded("Kenyan police arrested dozens of protesters in Nairobi on Tuesday.")
    assert not any(name.startswith("context=") for e in told.events for name in e.features)
