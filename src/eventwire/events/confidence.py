"""Learned confidence: the probability that an event's type is right, from what the rules saw.

The rules propose every candidate event (trigger, type, mode, roles, modality); a logistic
regression over features of the candidate and its sentence then says how likely the type is
right, and a Platt scaling fitted on the annotated news makes that a probability on ordinary
news, where most sentences hold no event. The model is data, ``data/confidence.json``, written
by ``python -m eventwire.events.train`` (scikit-learn) and applied here as a dot product,
so coding needs no scikit-learn; its digest is part of the coder version.

The features (:func:`features`) describe the candidate, not the sentence's words one by one: the
type, the trigger lemma and its tag and dependency, the mode and modality, the sectors of the
two sides (each and as a pair) and whether they have a country, whether the dependency rules
found the parties, negation, background, embedding, attribution and quotation (also per type),
the kinds of hazard words in the sentence (flood, collapse, factory…: ``data/hazards.tsv``),
whether the sentence holds a question mark (one that ends with it is not coded), its length,
the number of events in it, the rules' evidence and the trigger detector's probabilities. The
sentence's content lemmas (``w=…``) and the type paired with the lemmas near the trigger
(``type|near=…``) were dropped (issue #19): thousands of sparse features for under a thousand
news examples, they let the model memorise its tune sentences.
Chosen by grouped out-of-fold figures on the news tune examples (the training command with
``--report``; events/train.py says how).

Without the file the hand-tuned evidence score (:func:`rules.confidence`) is used.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Any, TypeVar

from eventwire.errors import ConfigError
from eventwire.events.hazards import INTENT_KINDS, word_kind
from eventwire.nlp.phrases import doc_tokens, sentence_of, span_tokens

if TYPE_CHECKING:
    from eventwire.events.code import Draft

T = TypeVar("T")

MODEL_FILE = "confidence.json"

Features = dict[str, float]


def features(draft: Draft, events_in_sentence: int) -> Features:
    """The features of one candidate event (names are strings, values numbers)."""
    from eventwire.events.rules import embedded_in_other, evidence

    event, head = draft.event, draft.match.head
    kind = event.type
    lemma = head.lemma_.lower()
    found: Features = {
        "bias-type=" + kind: 1.0,
        f"type={kind}|lemma={lemma}": 1.0,
        f"lemma={lemma}": 1.0,
        f"type={kind}|mode={event.mode}": 1.0,
        f"type={kind}|modality={event.modality}": 1.0,
        f"modality={event.modality}": 1.0,
        f"type={kind}|nominal={draft.nominal}": 1.0,
        f"dep={head.dep_}": 1.0,
        f"type={kind}|dep={head.dep_}": 1.0,
        f"tag={head.tag_}": 1.0,
        f"actor_sector={_first(e.sector for e in event.actor)}": 1.0,
        f"recipient_sector={_first(e.sector for e in event.recipient)}": 1.0,
        f"type={kind}|parties={bool(event.actor)}{bool(event.recipient)}": 1.0,
        "negated": float(event.negated),
        "background": float(event.background),
        "embedded": float(bool(draft.embedded)),
        "embedded_in_other": float(embedded_in_other(draft)),
        "actor_country": float(any(e.country for e in event.actor)),
        "recipient_country": float(any(e.country for e in event.recipient)),
        "attributed": float(event.attribution is not None),
        "quoted": float(_inside_quotes(head)),
        "trigger_weight": draft.match.trigger.weight,
        "evidence": evidence(draft),
        "events_in_sentence": min(events_in_sentence, 5) / 5,
    }
    if draft.detected is not None:
        found["detector_p"] = draft.detected.get(kind, 0.0)
        found["detector_none"] = draft.detected.get("none", 0.0)
        found[f"type={kind}|detector_p"] = draft.detected.get(kind, 0.0)
    found[f"rule_parties={draft.rule_parties}"] = 1.0
    sentence = sentence_of(head)
    actor_sector = _first(e.sector for e in event.actor)
    recipient_sector = _first(e.sector for e in event.recipient)
    found[f"sectors={actor_sector}|{recipient_sector}"] = 1.0
    found["both_country"] = found["actor_country"] * found["recipient_country"]
    found["question"] = float(any(t.text == "?" for t in span_tokens(sentence)))
    found["sentence_length"] = min(len(sentence), 60) / 60
    found[f"type={kind}|quoted"] = found["quoted"]
    found[f"type={kind}|attributed"] = found["attributed"]
    found[f"type={kind}|negated"] = found["negated"]
    # the kinds of hazard words (events/hazards.py) say for every one, seen in training or not,
    # what the sentence's words once told the model of disasters
    kinds = {word_kind(token) for token in span_tokens(sentence) if token.i != head.i}
    for context in kinds - {None} - INTENT_KINDS:
        found[f"context={context}"] = 1.0
        found[f"type={kind}|context={context}"] = 1.0
    return found


def _first(values: Any) -> str | None:
    return next((v for v in values if v), None)


def _inside_quotes(token: Any) -> bool:
    """An odd number of quotation marks before the token in its sentence."""
    before = doc_tokens(token.doc)[sentence_of(token).start:token.i]
    marks = sum(t.text in ('"', "“", "”", "''", "``") for t in before)
    return marks % 2 == 1


@dataclass(frozen=True)
class ConfidenceModel:
    """Logistic-regression weights and the Platt scaling of its score."""

    weights: dict[str, float]
    bias: float
    scale: float
    shift: float

    def probability(self, found: Features) -> float:
        score = self.bias + sum(self.weights.get(name, 0.0) * value for name, value in found.items())
        z = self.scale * score + self.shift
        return round(1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0))), 3)


def read_model(filename: str, what: str) -> dict[str, Any] | None:
    """A model file of ``events/data`` as JSON, or None when the package has none."""
    path = resources.files("eventwire.events").joinpath("data", filename)
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ConfigError(broken(filename, what, exc)) from exc
    if not isinstance(data, dict):
        raise ConfigError(broken(filename, what, "not a JSON object"))
    return data


def broken(filename: str, what: str, why: object) -> str:
    return (f"events/data/{filename}: not a {what} ({why}); reinstall eventwire, or retrain "
            "with python -m eventwire.events.train")


def built(filename: str, what: str, data: dict[str, Any] | None, build: Callable[[dict[str, Any]], T]
          ) -> T | None:
    """``build(data)`` for a model file read by :func:`read_model` (None when there is none);
    a file whose fields do not fit is refused with :func:`broken`'s message."""
    if data is None:
        return None
    try:
        return build(data)
    except (KeyError, TypeError, ValueError, IndexError, AttributeError) as exc:
        raise ConfigError(broken(filename, what, exc)) from exc


@functools.cache
def load_model(filename: str = MODEL_FILE) -> ConfidenceModel | None:
    """The shipped model, or None when the package has none (the rules' evidence is used)."""
    return built(filename, "confidence model", read_model(filename, "confidence model"),
                 lambda data: ConfidenceModel({k: float(v) for k, v in data["weights"].items()},
                                              float(data["bias"]), float(data["platt"][0]),
                                              float(data["platt"][1])))


class Recorder:
    """Training switches: while ``on``, each coded event keeps its features and each
    candidate's role features; ``roles`` and ``confidence`` say whether the shipped models are
    used (the first training pass uses neither, the second the new role model only)."""

    on = False
    roles = True
    confidence = True
    detect = True
    detector: Any = None     # a detector to use instead of the shipped one (cross-fitting)
