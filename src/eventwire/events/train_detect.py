"""Training the trigger detector (``events/detect.py``); called by ``python -m eventwire.events.train``.

Examples are words (verbs and common nouns) of tune-part sentences:

- the news set's annotated tune sentences and the sentences we wrote: every candidate word is
  labelled with the type of the gold event whose trigger it heads, else none (these sentences
  are annotated in full, so an unlabelled word is truly no trigger);
- ZSP PLV tune rows: the word that joins the marked source and target in the parse (their
  lowest common ancestor, when it is a candidate outside both) is labelled with the row's
  gold type; the other words of those rows are not used, since the rows mark one relation
  only. YIELD rows are left out (CONCEDE or RETREAT cannot be told apart).

Each word's features are those of ``detect.features`` and its contextual vector. A multinomial
logistic regression (scikit-learn, L2) is fitted; ``C`` is chosen by grouped 5-fold
cross-validated log loss on the fully annotated words.

The confidence and role models are trained on events coded with this detector.
To keep the detector's view of its own training sentences out of them, :func:`fold_models`
fits one detector per half of the training groups; while coding a sentence for the other
models' examples, the detector that did not see it is used (cross-fitting).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventwire.evaluate.split import keeper, sentence_key
from eventwire.events.detect import (
    NONE_LABEL,
    Context,
    DetectorModel,
    candidate,
    features,
    lexicon_types,
    vector_features,
)

C_GRID = (0.1, 0.3, 1.0)
SEED = 20261205
MIN_WEIGHT = 0.02          # a feature whose weights are all smaller is left out
MIN_FEATURE_COUNT = 2
PLV_WEIGHT = 0.5
DENSE = re.compile(r"v\d+")     # the contextual vector's features (detect.vector_features)


@dataclass
class WordExample:
    features: dict[str, float]
    label: str
    group: str           # folds keep a group together: a news drawing unit, a sentence
    full: bool           # from a fully annotated sentence (news, ours); False: ZSP PLV
    text: str = ""       # the digest of the coded text the word is in (train.text_key)
    weight: float = 1.0


def fold_of(group: str) -> int:
    """0 or 1: the half of the training groups a group falls in (for cross-fitting)."""
    return hashlib.sha256(f"detector-fold:{group}".encode()).digest()[0] % 2


def heads(tokens: list[Any]) -> list[Any]:
    """A span's tokens whose syntactic head lies outside it (or who are their sentence's root)."""
    inside = {t.i for t in tokens}
    return [t for t in tokens if t.head.i not in inside or t.head.i == t.i]


def head_of(tokens: list[Any]) -> Any | None:
    """The syntactic head among a span's tokens that the detector can classify."""
    return next((token for token in heads(tokens) + tokens if candidate(token)), None)


def _sentence_words(sentence: Any, triggers: dict[int, str], lexicon: Any, group: str,
                    ) -> Iterator[WordExample]:
    from eventwire.events.match import find_matches
    from eventwire.events.train import text_key

    covered = lexicon_types(find_matches(sentence, lexicon))
    digest = text_key(sentence.doc.text)
    context = Context.of(sentence)
    for token in sentence:
        if candidate(token):
            yield WordExample(features(token, covered.get(token.i), context) | vector_features(token),
                              triggers.get(token.i, NONE_LABEL), group, True, digest)


def groups(examples: list[WordExample]) -> dict[str, str]:
    """Text digest -> the training group of the words in it."""
    return {e.text: e.group for e in examples}


def _triggers(doc: Any, gold: list[Any], low: int, high: int) -> dict[int, str]:
    """Token index -> gold type for the gold events' trigger heads within [low, high)."""
    found: dict[int, str] = {}
    for event in gold:
        if event.trigger is None:
            continue
        start, end = event.trigger
        head = head_of([t for t in doc if start <= t.idx < end and low <= t.idx < high])
        if head is not None:
            found.setdefault(head.i, event.type)
    return found


def news_words(shared: Path, code: Callable[..., Any], lexicon: Any) -> Iterator[WordExample]:
    from eventwire.evaluate.news import score
    from eventwire.events.train import news_tune_rows

    labels, rows, documents = news_tune_rows(shared)
    by_doc: dict[tuple[str, str], list[Any]] = {}
    for row in rows:
        by_doc.setdefault((row.corpus, row.doc_id), []).append(row)
    for (corpus, doc_id), doc_rows in sorted(by_doc.items()):
        doc = documents[(corpus, doc_id)]
        parsed = code(doc.text, doc.published, clean=False, id=f"{corpus}:{doc_id}").doc
        unit = score.unit_of(corpus, doc_id)
        for row in doc_rows:
            triggers = _triggers(parsed, labels[row.sid].events, row.start, row.end)
            for sentence in parsed.sents:
                if sentence.start_char < row.end and row.start < sentence.end_char:
                    yield from _sentence_words(sentence, triggers, lexicon, unit)


def written_words(code: Callable[..., Any], lexicon: Any) -> Iterator[WordExample]:
    from eventwire.events.examples import load_examples

    for example in load_examples():
        parsed = code(example.text, clean=False, id=example.id).doc
        triggers = _triggers(parsed, example.events, 0, len(example.text))
        for sentence in parsed.sents:
            yield from _sentence_words(sentence, triggers, lexicon, f"written:{example.id}")


def plv_words(gold: Path, code: Callable[..., Any], lexicon: Any) -> Iterator[WordExample]:
    from eventwire.evaluate import zsp_plover, zsp_plv
    from eventwire.events.match import find_matches
    from eventwire.events.train import text_key

    rows = zsp_plover.select(zsp_plv.load_rows(gold / "zsp_plover" / "PLV_train.tsv"), None, keeper("tune"))
    for n, row in enumerate(rows):
        if row.pair is None or row.gold == zsp_plv.YIELD:
            continue
        parsed = code(row.sentence, clean=False, id=f"plv-{n}").doc
        sides = [head_token(parsed, spans) for spans in row.pair]
        if sides[0] is None or sides[1] is None:
            continue
        joint = lowest_common(sides[0], sides[1])
        inside = {t.i for spans in row.pair for s, e in spans for t in parsed if s <= t.idx < e}
        if joint is None or not candidate(joint) or joint.i in inside:
            continue
        covered = lexicon_types(find_matches(joint.sent, lexicon))
        yield WordExample(features(joint, covered.get(joint.i)) | vector_features(joint), row.gold,
                          f"plv:{sentence_key(row.sentence)}", False, text_key(row.sentence), PLV_WEIGHT)


def head_token(doc: Any, spans: Sequence[tuple[int, int]]) -> Any | None:
    tokens = [t for t in doc for s, e in spans if s <= t.idx < e]
    return next(iter(heads(tokens) + tokens), None)


def lowest_common(a: Any, b: Any) -> Any | None:
    above_a = [a, *a.ancestors]
    return next((t for t in [b, *b.ancestors] if t in above_a), None)


def collect(shared: Path, progress: Callable[[str], None] = lambda _: None) -> list[WordExample]:
    from eventwire.events.lexicon import load_triggers
    from eventwire.events.train import _coder

    code, lexicon = _coder(), load_triggers()
    found: list[WordExample] = []
    batches: tuple[tuple[str, Callable[[], Iterable[WordExample]]], ...] = (
        ("news", lambda: news_words(shared, code, lexicon)),
        ("written", lambda: written_words(code, lexicon)),
        ("zsp_plv", lambda: plv_words(shared / "gold" / "dev", code, lexicon)))
    for name, batch in batches:
        words = list(batch())
        found += words
        labelled = sum(w.label != NONE_LABEL for w in words)
        progress(f"detector: {name}: {len(words)} words, {labelled} triggers")
    return found


def _fit(x: Any, y: Any, weight: Any, c: float) -> Any:
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=c, max_iter=3000).fit(x, y, sample_weight=weight)


def fit(examples: list[WordExample], progress: Callable[[str], None] = lambda _: None) -> dict[str, Any]:
    """The detector's weights and biases, as the JSON the coder loads."""
    import numpy as np
    import sklearn
    from sklearn.model_selection import GroupKFold

    from eventwire.events.train import _matrix

    x, names = _matrix([e.features for e in examples])
    labels = sorted({e.label for e in examples})
    y = np.array([labels.index(e.label) for e in examples])
    weight = np.array([e.weight for e in examples])
    groups = np.array([e.group for e in examples])
    full = np.array([e.full for e in examples])
    folds = list(GroupKFold(n_splits=5, shuffle=True, random_state=SEED).split(x, y, groups))
    best = None
    for c in C_GRID:
        probabilities = np.zeros((len(y), len(labels)))
        for train, test in folds:
            model = _fit(x[train], y[train], weight[train], c)
            probabilities[np.ix_(test, model.classes_)] = model.predict_proba(x[test])
        loss = -np.mean(np.log(probabilities[full, y[full]] + 1e-9))
        progress(f"detector: C={c}: out-of-fold log loss {loss:.4f}")
        if best is None or loss < best[0]:
            best = (loss, c, probabilities)
    assert best is not None
    _, c, probabilities = best
    model = _fit(x, y, weight, c)
    return _as_json(model, names, labels, c, examples) | {"sklearn": sklearn.__version__}


def _as_json(model: Any, names: Any, labels: list[str], c: float,
             examples: list[WordExample]) -> dict[str, Any]:
    order = [labels[k] for k in model.classes_]
    weights, dense = {}, {}
    for column, name in enumerate(names):
        row = [_short(model.coef_[k][column]) for k in range(len(order))]
        if DENSE.fullmatch(str(name)):
            dense[int(str(name)[1:])] = row
        elif max(abs(w) for w in row) >= MIN_WEIGHT:
            weights[str(name)] = row
    return {
        "about": "eventwire trigger detector: multinomial logistic regression over word features "
                 "(events/detect.py); written by python -m eventwire.events.train",
        "labels": order,
        "biases": [round(float(b), 4) for b in model.intercept_],
        "C": c,
        "examples": dict(sorted(Counter(e.label for e in examples).items())),
        "dense": [dense.get(k, [0.0] * len(order)) for k in range(max(dense, default=-1) + 1)],
        "weights": dict(sorted(weights.items())),
    }


def _short(weight: float) -> float | int:
    """A weight to two decimals, 0 when it rounds to nothing (the file stays small)."""
    value = round(float(weight), 2)
    return value if value else 0


def fold_models(examples: list[WordExample], c: float) -> list[DetectorModel]:
    """Two detectors, each fitted on the examples of the other half's groups (cross-fitting)."""
    import numpy as np

    from eventwire.events.train import _matrix

    models = []
    for half in (0, 1):
        chosen = [e for e in examples if fold_of(e.group) != half]
        x, names = _matrix([e.features for e in chosen])
        labels = sorted({e.label for e in chosen})
        y = np.array([labels.index(e.label) for e in chosen])
        model = _fit(x, y, np.array([e.weight for e in chosen]), c)
        data = _as_json(model, names, labels, c, chosen)
        models.append(DetectorModel(tuple(data["labels"]), {k: tuple(v) for k, v in data["weights"].items()},
                                    tuple(data["biases"]), tuple(tuple(r) for r in data["dense"])))
    return models
