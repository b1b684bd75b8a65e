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
the number of events in it, the rules' evidence and the trigger detector's probabilities; and
(round 32, :func:`news_features`) general signs of news with no politics that hold on any news:
whether each side is a political actor and whether neither is, a doer who is a person with no
role, background told by a past perfect, a year or "for decades", a headline-like fragment, and
the scene words of the sentence (sport, markets, works, audiences) and a score. The
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
from eventwire.nlp.phrases import children_of, doc_tokens, head_of, once_per_doc, sentence_of, span_tokens

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
    words = _sentence_words(sentence)
    found["question"] = float(words.question)
    found["sentence_length"] = min(len(sentence), 60) / 60
    found[f"type={kind}|quoted"] = found["quoted"]
    found[f"type={kind}|attributed"] = found["attributed"]
    found[f"type={kind}|negated"] = found["negated"]
    # the kinds of hazard words (events/hazards.py) say for every one, seen in training or not,
    # what the sentence's words once told the model of disasters
    start, at = sentence.start, head.i
    kinds = {k for n, k in enumerate(words.hazards) if start + n != at}
    for context in kinds - {None} - INTENT_KINDS:
        found[f"context={context}"] = 1.0
        found[f"type={kind}|context={context}"] = 1.0
    found.update(news_features(draft, sentence))
    return found


# where _sentence_words keeps what it read of each sentence in ``doc.user_data``
_WORDS_KEY = "eventwire.confidence_words"


@dataclass(frozen=True)
class SentenceWords:
    """What the features read from the words of a sentence, the same for every candidate in
    it: each word's hazard kind and scene kind (in order; a candidate leaves out its own
    trigger), and the sentence-wide signs."""

    hazards: tuple[str | None, ...]
    scenes: tuple[str | None, ...]
    question: bool
    dated_by_year: bool
    for_decades: bool
    headline: bool
    score: bool


def _sentence_words(sentence: Any) -> SentenceWords:
    """The sentence's :class:`SentenceWords`, read once per sentence and Doc."""
    kept: dict[int, SentenceWords] = once_per_doc(sentence.doc, _WORDS_KEY, lambda _: {})
    found = kept.get(sentence.start)
    if found is None:
        found = kept[sentence.start] = _read_words(sentence)
    return found


def _read_words(sentence: Any) -> SentenceWords:
    from eventwire.events.figurative import figurative_kind as scene_of
    from eventwire.events.figurative import scoreline

    tokens = list(span_tokens(sentence))
    words = [t for t in tokens if t.is_alpha]
    capitalised = sum(t.text[:1].isupper() for t in words[1:]) / max(len(words) - 1, 1)
    return SentenceWords(
        hazards=tuple(word_kind(t) for t in tokens),
        scenes=tuple(scene_of(t) for t in tokens),
        question=any(t.text == "?" for t in tokens),
        dated_by_year=any(
            t.like_num and len(t.text) == 4 and t.text.isdigit() and 1800 <= int(t.text) <= 2100
            and head_of(t).lower_ in ("in", "since", "during", "until", "of") for t in tokens),
        for_decades=any(
            t.lemma_.lower() in DURATION_NOUNS and t.tag_ == "NNS" and head_of(t).lower_ in ("for", "over")
            for t in tokens),
        headline=(tokens[-1].text not in SENTENCE_ENDS if tokens else False)
        or (len(words) >= 4 and capitalised > 0.6),
        score=any(scoreline(t) for t in tokens))


# the kinds of figurative.tsv's words that tell a scene of no politics: sport, markets, works,
# audiences, space flight, contests (not elections: kind "election") (events/figurative.py)
SCENE_KINDS = frozenset({"sport", "trophy", "prize", "market", "work", "audience", "space", "contest",
                         "official"})
DURATION_NOUNS = frozenset({"decade", "century", "generation", "year"})   # "for decades"
SENTENCE_ENDS = frozenset({".", "!", "?", '"', "”", "'", "’", ")"})


def news_features(draft: Draft, sentence: Any) -> Features:
    """General features that tell a political event from news of no politics, on any news (round
    32): whether each side is a political actor (a political sector or a country) and whether
    neither is; whether the doer is a person with no role; whether the act is told as background
    (a past perfect, a year the act is dated by, "for decades"); whether the trigger stands in a
    headline-like fragment (no closing punctuation, mostly capitalised words); and the scene
    words of the sentence (sport, markets, works, audiences: ``data/figurative.tsv``) and a
    score ("2-0"), each also per type."""
    from eventwire.events.figurative import political_sectors

    event, head = draft.event, draft.match.head
    kind = event.type
    found: Features = {}
    public = political_sectors()
    political = [any(e.sector in public or e.country for e in side)
                 for side in (event.actor, event.recipient)]
    found["actor_political"] = float(political[0])
    found["recipient_political"] = float(political[1])
    found["both_political"] = float(all(political))
    found[f"type={kind}|political_sides={sum(political)}"] = 1.0
    found["no_political_side"] = float(not any(political))
    found["actor_person_no_role"] = float(any(
        e.kind == "person" and not e.sector and not e.office and not e.country for e in event.actor))
    words = _sentence_words(sentence)
    found["past_perfect"] = float(any(
        c.dep_ == "aux" and c.lower_ == "had" for c in children_of(head)))
    found["dated_by_year"] = float(words.dated_by_year)
    found["for_decades"] = float(words.for_decades)
    found[f"type={kind}|background_cue"] = max(found["past_perfect"], found["dated_by_year"],
                                                found["for_decades"])
    found["headline"] = float(words.headline)
    start, at = sentence.start, head.i
    scenes = {k for n, k in enumerate(words.scenes) if start + n != at}
    for scene in scenes & SCENE_KINDS:
        found[f"scene={scene}"] = 1.0
        found[f"type={kind}|scene={scene}"] = 1.0
    if words.score:
        found["score"] = 1.0
        found[f"type={kind}|score"] = 1.0
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
