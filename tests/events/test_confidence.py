"""The learned confidence: features of a candidate event, the shipped model, and training."""

from __future__ import annotations

import json

import pytest

from eventwire.events import confidence, train
from eventwire.events.confidence import ConfidenceModel


def test_the_model_is_a_platt_scaled_logistic_score():
    model = ConfidenceModel({"a": 2.0, "b": -1.0}, bias=-0.5, scale=1.0, shift=0.0)
    assert model.probability({"a": 1.0}) == pytest.approx(1 / (1 + 2.718281828 ** -1.5), abs=1e-3)
    assert model.probability({"a": 1.0, "unknown": 5.0}) == model.probability({"a": 1.0})
    assert model.probability({"b": 100.0}) == 0.0 and model.probability({"a": 100.0}) == 1.0


def test_the_shipped_model_loads_and_knows_every_type():
    from eventwire.ontology import plover_types

    model = confidence.load_model()
    assert model is not None and model.scale > 0
    known = {name.split("=", 1)[1] for name in model.weights if name.startswith("bias-type=")}
    assert known >= set(plover_types()) - {"CONCEDE"}


@pytest.mark.slow
def test_coded_events_carry_the_models_probability(nlp):
    from eventwire.api import code_text

    article = code_text("Kenyan police arrested dozens of protesters in Nairobi on Tuesday.",
                        published="2024-06-26")
    [event] = article.events
    assert event.features is None                       # kept only while training
    assert 0.0 < event.confidence < 1.0
    assert "features" not in event.to_dict()


@pytest.mark.slow
def test_features_describe_the_candidate_and_its_sentence(nlp):
    from eventwire.api import code_text
    from eventwire.events.confidence import Recorder

    Recorder.on = True
    try:
        article = code_text("Kenyan police arrested dozens of protesters in Nairobi on Tuesday.")
    finally:
        Recorder.on = False
    found = article.events[0].features
    assert found["type=COERCE|lemma=arrest"] == 1.0 and found["actor_sector=COP"] == 1.0
    assert found["type=COERCE|near=protester"] == 1.0 and "w=arrest" not in found
    assert 0 < found["evidence"] <= 1


def _examples(n: int = 120) -> list[train.Example]:
    found = []
    for i in range(n):
        right = i % 3 != 0
        features = {"type=ASSAULT|lemma=attack" if right else "type=ASSAULT|lemma=beat": 1.0,
                    "w=poll" if not right else "w=army": 1.0, "evidence": 0.5 + 0.1 * right}
        found.append(train.Example(features, right, "news" if i % 2 else "plover_gsr", f"doc-{i // 4}",
                                   3.0 if i % 2 else 1.0))
    return found


def test_training_is_deterministic_and_learns_the_signal():
    first, second = train.fit(_examples()), train.fit(_examples())
    assert json.dumps(first, sort_keys=True) == json.dumps(second, sort_keys=True)
    model = ConfidenceModel(first["weights"], first["bias"], *first["platt"])
    good = model.probability({"type=ASSAULT|lemma=attack": 1.0, "w=army": 1.0, "evidence": 0.6})
    bad = model.probability({"type=ASSAULT|lemma=beat": 1.0, "w=poll": 1.0, "evidence": 0.5})
    assert good > 0.8 > 0.2 > bad
    assert first["examples"] == {"news": 60, "plover_gsr": 60} and first["C"] in train.C_GRID


def test_the_role_model_picks_the_most_likely_source_and_target(nlp):
    from eventwire.api import code_text
    from eventwire.events import roles

    article = code_text("Police in the capital arrested dozens of students on Tuesday.", clean=False)
    [event] = article.events
    assert roles.load_model() is not None
    texts = {e.text for e in event.actor}, {e.text for e in event.recipient}
    assert any("Police" in t for t in texts[0]) and any("students" in t for t in texts[1])


def test_role_paths_go_up_to_the_common_ancestor_then_down(nlp):
    from eventwire.events.roles import path

    doc = nlp("Rebels attacked the convoy near the border.")
    attacked, rebels, convoy, border = doc[1], doc[0], doc[3], doc[6]
    assert path(attacked, rebels) == "nsubj"
    assert path(attacked, convoy) == "dobj"
    assert path(attacked, border).endswith("pobj|near")


def test_a_role_model_of_hand_set_weights_replaces_only_what_it_is_sure_of():
    from eventwire.events.roles import RoleModel

    model = RoleModel({"none": {}, "source": {"path=nsubj": 4.0}, "target": {"path=dobj": 4.0}},
                      {"none": 0.0, "source": -1.0, "target": -1.0})
    assert model.probabilities({"path=nsubj": 1.0})["source"] > 0.9
    low = model.probabilities({"path=conj": 1.0})
    assert max(low, key=low.get) == "none"


def test_role_training_is_deterministic():
    shapes = (("nsubj", "source"), ("dobj", "target"), ("conj", "none"))
    examples = [train.RoleExample({f"path={p}": 1.0, "distance": d / 10}, label, f"g{d}")
                for d in range(10) for p, label in shapes]
    first, second = train.fit_roles(examples), train.fit_roles(examples)
    assert json.dumps(first, sort_keys=True) == json.dumps(second, sort_keys=True)
    assert first["weights"]["source"]["path=nsubj"] > 0 > first["weights"]["target"]["path=nsubj"]
