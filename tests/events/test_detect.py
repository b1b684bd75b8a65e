"""The learned trigger detector: its model, the shipped file, its place in coding, and training."""

from __future__ import annotations

import json

import pytest

from eventwire.errors import ConfigError
from eventwire.events import detect, train_detect
from eventwire.events.detect import DetectorModel

LABELS = ("ASSAULT", "PROTEST", "none")


def test_probabilities_add_the_words_weights_and_sum_to_one():
    model = DetectorModel(LABELS, {"lemma=attack": (3.0, 0.0, 0.0)}, (0.0, 0.0, 1.0))
    found = model.probabilities(model.scores({"lemma=attack": 1.0, "unknown": 9.0}))
    assert sum(found.values()) == pytest.approx(1.0)
    assert max(found, key=found.__getitem__) == "ASSAULT"
    plain = model.probabilities(model.scores({}))
    assert max(plain, key=plain.__getitem__) == "none"


def test_the_shipped_detector_knows_every_type_and_the_vector_width():
    from eventwire.ontology import plover_types

    model = detect.load_model()
    assert model is not None
    assert set(model.labels) == {*plover_types(), "none"}
    assert len(model.dense) == 96          # the spaCy model's tok2vec width


@pytest.mark.parametrize("data, why", [
    ({"labels": ["ASSAULT"], "weights": {}, "biases": [0.0]}, "labels and weights"),
    ({"labels": ["ASSAULT", "none"], "weights": {"a": [1.0]}, "biases": [0.0, 0.0]}, "labels and weights"),
    ({"labels": ["ASSAULT", "none"], "weights": {}}, "biases"),
    ({"labels": ["ASSAULT", "none"], "weights": {}, "biases": [0.0, 0.0], "dense": [[1.0]]},
     "labels and weights"),
])
def test_a_broken_detector_file_is_refused_with_its_name(monkeypatch, data, why):
    monkeypatch.setattr(detect, "read_model", lambda filename, what: data)
    detect.load_model.cache_clear()
    try:
        with pytest.raises(ConfigError, match=f"detector.json.*{why}"):
            detect.load_model()
    finally:
        monkeypatch.undo()
        detect.load_model.cache_clear()


@pytest.mark.slow
def test_coded_events_carry_the_detectors_probabilities_as_evidence(recorded):
    article = recorded("Rebels shelled the town of Juba on Monday.")
    [event] = article.events
    assert 0 < event.features["detector_p"] <= 1 and "detector_none" in event.features
    assert event.features["detector_p"] == event.features["type=ASSAULT|detector_p"]


@pytest.mark.slow
def test_features_read_the_word_its_syntax_and_the_lexicon(nlp):
    doc = nlp("Rebels shelled the town of Juba on Monday.")
    shelled = doc[1]
    found = detect.features(shelled, "ASSAULT")
    assert found["lemma=shell"] == 1.0 and found["lex=ASSAULT"] == 1.0
    assert found["child=dobj|town"] == 1.0 and "lemma=shell|dobj=town" in found
    assert found["lemma=shell|prep=on"] == 1.0
    assert len(detect.vector_features(shelled)) == 96


def _words(n: int = 90) -> list[train_detect.WordExample]:
    found = []
    for i in range(n):
        label = ("ASSAULT", "PROTEST", "none")[i % 3]
        features = {f"lemma={label.lower()}": 1.0, "lex=ASSAULT" if i % 5 else "lex=-": 1.0,
                    "v0": (i % 7) / 7}
        found.append(train_detect.WordExample(features, label, f"doc-{i // 3}", True))
    return found


def test_detector_training_is_deterministic_and_learns_the_signal():
    first, second = train_detect.fit(_words()), train_detect.fit(_words())
    assert json.dumps(first, sort_keys=True) == json.dumps(second, sort_keys=True)
    model = DetectorModel(tuple(first["labels"]), {k: tuple(v) for k, v in first["weights"].items()},
                          tuple(first["biases"]))
    found = model.probabilities(model.scores({"lemma=protest": 1.0, "lex=ASSAULT": 1.0}))
    assert max(found, key=found.__getitem__) == "PROTEST"
    assert len(first["dense"]) == 1 and first["C"] in train_detect.C_GRID


def test_fold_of_splits_groups_in_two_halves():
    halves = {train_detect.fold_of(f"doc-{i}") for i in range(50)}
    assert halves == {0, 1} and train_detect.fold_of("doc-1") == train_detect.fold_of("doc-1")
