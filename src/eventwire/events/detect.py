"""Learned trigger detection: which words of a sentence report a political event, of which type.

The trigger lexicon (``data/triggers.tsv``) proposes the events it knows words for, with one
type per word whatever the context; it cannot tell a literal "attack" from a figurative one.
Here a candidate's trigger word (in training, every verb and noun) is classified as one of the
PLOVER types or none by a multinomial logistic regression over the word, its syntax
(dependency, head, objects, prepositions, the kinds of entity around it), its neighbours, its
contextual vector from the spaCy model, and what the lexicon said of it (``lex=TYPE``,
``lex=NONE`` or ``lex=-``).

Every candidate event carries the detector's probabilities at its trigger word (of the event's
type, and of none), features of the confidence model, which decides whether the event is kept
and how sure it is. The detector neither proposes words the lexicon has no entry for nor
changes a lexicon trigger's type: out of fold, on the annotated news, the words it would have
proposed or re-typed were right too rarely to gain anything (``docs/evaluation.md``). The
lexicon stays the candidate generator; the learned models decide.

The model is data, ``data/detector.json``, written by ``python -m eventwire.events.train``
(scikit-learn) and applied here as sums of weights, so coding needs no scikit-learn; its digest
is part of the coder version. Without the file the features are absent.
"""

from __future__ import annotations

import functools
import logging
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from eventwire import datafiles
from eventwire.errors import ConfigError
from eventwire.events.confidence import broken, built, read_model
from eventwire.events.match import Match
from eventwire.nlp.phrases import children_of, head_of, sentence_of, span_ents, span_tokens

log = logging.getLogger(__name__)

MODEL_FILE = "detector.json"
WHAT = "trigger detector"
NONE_LABEL = "none"
CANDIDATE_POS = ("VERB", "NOUN")
CHILD_DEPS = datafiles.words("events", "detector_deps.tsv")
ENTITY_DEPS = ("nsubj", "nsubjpass", "dobj", "poss", "pobj", "compound", "dative")
QUOTES = ('"', "“", "”", "''", "``")

Features = dict[str, float]


def candidate(token: Token) -> bool:
    """Words the detector classifies: verbs and common nouns made of letters."""
    return token.pos_ in CANDIDATE_POS and token.is_alpha and len(token) > 1


def features(token: Token, lexicon_type: str | None, context: Context | None = None) -> Features:
    """The features of one word: its form, syntax and neighbourhood, and the lexicon's say
    (``context``: its sentence's :class:`Context`, read once for all its words)."""
    lemma = token.lemma_.lower()
    head = head_of(token)
    found: Features = {
        f"lemma={lemma}": 1.0,
        f"pos={token.pos_}": 1.0,
        f"tag={token.tag_}": 1.0,
        f"dep={token.dep_}": 1.0,
        f"lemma={lemma}|dep={token.dep_}": 1.0,
        f"lemma={lemma}|pos={token.pos_}": 1.0,
        f"head={head.lemma_.lower()}" if head.i != token.i else "head=ROOT": 1.0,
        f"head_pos={head.pos_}|dep={token.dep_}": 1.0,
        f"lex={lexicon_type or '-'}": 1.0,
        f"lex={lexicon_type or '-'}|pos={token.pos_}": 1.0,
    }
    if lexicon_type:
        found[f"lex={lexicon_type}|lemma={lemma}"] = 1.0
    for child in children_of(token):
        dep = child.dep_
        if dep == "prep":
            found[f"prep={child.lower_}"] = 1.0
            for obj in children_of(child):
                if obj.dep_ == "pobj":
                    found[f"prep={child.lower_}|ent={obj.ent_type_ or obj.pos_}"] = 1.0
                    found[f"lemma={lemma}|prep={child.lower_}"] = 1.0
            continue
        if dep not in CHILD_DEPS:
            continue
        found[f"child={dep}"] = 1.0
        if dep in ("dobj", "prt", "attr", "xcomp", "acomp", "neg", "aux", "compound", "amod"):
            found[f"child={dep}|{child.lemma_.lower()}"] = 1.0
        if dep in ("dobj", "prt"):
            found[f"lemma={lemma}|{dep}={child.lemma_.lower()}"] = 1.0
        if dep in ENTITY_DEPS:
            found[f"child={dep}|ent={child.ent_type_ or child.pos_}"] = 1.0
    if token.dep_ in ("pobj", "dobj", "nsubj") and head.dep_ == "prep":
        found[f"under_prep={head.lower_}"] = 1.0
    where = context or Context.of(sentence_of(token))
    for offset in (-2, -1, 1, 2):
        i = token.i + offset
        if where.start <= i < where.end:
            found[f"at{offset}={where.lemmas[i - where.start]}"] = 1.0
    found["quoted"] = float(where.quotes_before[token.i - where.start] % 2 == 1)
    found["entities_in_sentence"] = min(where.entities, 6) / 6
    return found


@dataclass(frozen=True)
class Context:
    """What every word of one sentence shares, read once: its bounds, lower-cased lemmas,
    the quotation marks before each word, and its entity count."""

    start: int
    end: int
    lemmas: tuple[str, ...]
    quotes_before: tuple[int, ...]
    entities: int

    @classmethod
    def of(cls, sentence: SpacySpan) -> Context:
        lemmas, before, marks = [], [], 0
        for token in span_tokens(sentence):
            lemmas.append(token.lemma_.lower())
            before.append(marks)
            marks += token.text in QUOTES
        return cls(sentence.start, sentence.end, tuple(lemmas), tuple(before), len(span_ents(sentence)))


def lexicon_types(matches: list[Match]) -> dict[int, str]:
    """Token index -> the type of the lexicon match covering it (NONE included)."""
    covered: dict[int, str] = {}
    for match in matches:
        for i in (match.head.i, *match.tokens):
            covered.setdefault(i, match.trigger.type)
    return covered


def vector_features(token: Token) -> Features:
    """The word's contextual vector from the spaCy model's tok2vec layer (``doc.tensor``), as
    features ``v0`` ... (training reads them so; coding multiplies the matrix at once)."""
    tensor = token.doc.tensor
    if tensor is None or len(tensor.shape) != 2 or tensor.shape[0] != len(token.doc):
        return {}
    return {f"v{k}": float(value) for k, value in enumerate(tensor[token.i])}


@dataclass(frozen=True)
class DetectorModel:
    """Per-feature weights for each label, the contextual vector's weight matrix (one row per
    dimension), and the labels' biases."""

    labels: tuple[str, ...]
    weights: dict[str, tuple[float, ...]]
    biases: tuple[float, ...]
    dense: tuple[tuple[float, ...], ...] = ()

    def scores(self, found: Features) -> list[float]:
        scores = list(self.biases)
        for name, value in found.items():
            row = self.weights.get(name)
            if row is not None:
                for k, w in enumerate(row):
                    scores[k] += w * value
        return scores

    @functools.cached_property
    def dense_matrix(self) -> Any:
        """``dense`` as a numpy matrix, made once (the coder multiplies it for every sentence)."""
        import numpy

        return numpy.asarray(self.dense)

    def probabilities(self, scores: Sequence[float]) -> dict[str, float]:
        top = max(scores)
        exp = [math.exp(s - top) for s in scores]
        total = sum(exp)
        return {label: e / total for label, e in zip(self.labels, exp, strict=True)}


@functools.cache
def _warn_no_vectors(shape: object, width: int) -> None:
    """Once per process: the spaCy model gives no contextual vectors of the detector's width
    (another pipeline than the pinned one?), so the detector scores without them."""
    log.warning("the trigger detector expects the spaCy model's %d-wide tok2vec vectors, but "
                "doc.tensor has shape %s; scoring without them (confidences will be less sharp; "
                "use the pinned model or retrain: python -m eventwire.events.train)", width, shape)


@functools.cache
def load_model(filename: str = MODEL_FILE) -> DetectorModel | None:
    """The shipped detector, or None when the package has none."""
    model = built(filename, WHAT, read_model(filename, WHAT), _detector)
    if model is not None and (NONE_LABEL not in model.labels or len(model.biases) != len(model.labels)
                              or any(len(row) != len(model.labels)
                                     for row in (*model.weights.values(), *model.dense))):
        raise ConfigError(broken(filename, WHAT, "labels and weights disagree"))
    return model


def _detector(data: dict[str, Any]) -> DetectorModel:
    return DetectorModel(tuple(str(x) for x in data["labels"]),
                         {str(k): tuple(float(w) for w in v) for k, v in data["weights"].items()},
                         tuple(float(b) for b in data["biases"]),
                         tuple(tuple(float(w) for w in row) for row in data.get("dense", [])))


def scores(sentence: SpacySpan, matches: list[Match], model: DetectorModel) -> dict[int, dict[str, float]]:
    """Token index -> the detector's label probabilities, for the candidate words that head a
    match (the only words whose probabilities the coder reads)."""
    covered = lexicon_types(matches)
    inside = range(sentence.start, sentence.end)
    words = sorted({m.head for m in matches if candidate(m.head) and m.head.i in inside}, key=lambda t: t.i)
    if not words:
        return {}
    context = Context.of(sentence)
    rows = [model.scores(features(token, covered.get(token.i), context)) for token in words]
    tensor = sentence.doc.tensor
    if model.dense and tensor is not None and tensor.shape == (len(sentence.doc), len(model.dense)):
        import numpy

        rows = (numpy.asarray(rows) + tensor[[t.i for t in words]] @ model.dense_matrix).tolist()
    elif model.dense:
        _warn_no_vectors(getattr(tensor, "shape", None), len(model.dense))
    return {token.i: model.probabilities(row) for token, row in zip(words, rows, strict=True)}
