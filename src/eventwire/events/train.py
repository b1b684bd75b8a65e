"""Train the role and confidence models: ``python -m eventwire.events.train [--shared ../shared]``.

Every candidate event the rules propose on the **tune** parts of the gold sets becomes one
example, labelled by whether its type is right:

- the news set (``evaluate/news``): the coder's events in the annotated tune sentences, right
  when paired with a gold event of their type (the news scorer's pairing) — weight 6
  (NEWS_WEIGHT), since news is what the confidence must describe;
- PLOVER GSR: right when the type is the record's type;
- ZSP PLV: right when the type is the row's gold type (YIELD: CONCEDE or RETREAT);
- CASE 2021: right when the type is accepted for the snippet's subtype; in disaster
  snippets only ASSAULT, PROTEST and THREATEN events are used, as wrong;
- ConfliBERT classes: right when the event's CAMEO root falls in the sentence's PentaClass
  (weight 0.5: the class says little about the event's PLOVER type);
- the sentences we wrote ourselves (``events/examples.py``): positives for every type and
  mode, hard negatives and hard cases, right when paired with a written event of their type.

First the role model (``events/roles.py``) is trained: every noun phrase of a sentence,
for each candidate event of the right type, is labelled source, target or neither from the
gold spans of the news set, our sentences, the ConfliBERT NER sentences (for the sentence's
most confident event) and ZSP PLV (for events of the gold type), and a multinomial logistic
regression is fitted on them (``data/roles.json``). The candidates are then coded again with
the new roles, and the confidence model is fitted on them.

A logistic regression (scikit-learn, L2, ``C`` chosen by 5-fold cross-validated log loss on the
news examples, folds grouped by news drawing unit) is fitted on them all; a Platt scaling is
then fitted on the news examples' out-of-fold scores, so the probability holds on news. The
result is written to ``events/data/confidence.json``: the non-zero weights, sorted, with the
training counts. Deterministic (no randomness but the fold split, which is seeded); 5 to 7
minutes on 2 cores, most of it the detector.

``--report`` prints the chosen model's out-of-fold figures on the news examples (:func:`report`):
ROC AUC, and at 0.3, 0.5 and 0.7 the share of candidate events kept and their type precision.
Every news example weighs the same there; the news evaluation's sampling weights are not
applied, so these are design signals, not the evaluation's figures. ``--examples PATH`` pickles
the confidence examples, and when the file exists reads them instead of training the detector
and roles and coding again, so that the confidence model's design can be iterated on in
seconds (delete the file after changing the coder).

How the confidence model was chosen (issue #19: in-sample on news tune it looked far better than
on news check). Out of fold on the news tune examples, one change at a time, with the same
candidates: dropping the sentence's content lemmas (``w=…``) raised AUC 0.820 → 0.831;
the new general features (sector pair, both sides with a country, question mark, sentence
length, quotation/attribution/negation per type) added ~0.003; dropping ``type|near=…`` lemma
pairs changed nothing but cut the features from 3,200 to 1,500, so it was dropped too; news
weight 1, 3, 6, 10 gave AUC 0.812, 0.834, 0.841, 0.843 (6 kept: at 10 precision at 0.5 falls).
Left as they were: MIN_FEATURE_COUNT (5, 10, 20: the same within 0.002), L2 (L1: AUC 0.828),
the Platt scaling on out-of-fold scores (fitted out of fold itself, the figures move by under
0.01 and stay calibrated). Before → after: AUC 0.820 → 0.841; at 0.3 kept 0.505 → 0.502,
precision 0.610 → 0.619; at 0.5 kept 0.319 → 0.331, precision 0.741 → 0.744; at 0.7 kept
0.187 → 0.200, precision 0.836 → 0.831 (884 news events, 38.6% right). The kinds of hazard
words in the sentence (``context=…``) were added last, to keep the disaster signal the
sentence's words carried: out of fold on news they change nothing (AUC 0.836 → 0.835), and
they turn down partyless attacks in disaster passages ("the earthquake that struck…").
The figures move a little as the rules change the candidates (0.835 at the last training).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import astuple, dataclass
from pathlib import Path
from typing import Any

from eventwire.evaluate.split import keeper, kept, sentence_key

OUT = Path(__file__).resolve().parent / "data" / "confidence.json"
ROLES_OUT = Path(__file__).resolve().parent / "data" / "roles.json"
DETECTOR_OUT = Path(__file__).resolve().parent / "data" / "detector.json"
SEED = 20261204
C_GRID = (0.01, 0.03, 0.1, 0.3, 1.0)
NEWS_WEIGHT = 6.0
ROLE_C = 0.3
MIN_WEIGHT = 0.005         # smaller role weights change no probability by a thousandth
MIN_FEATURE_COUNT = 2
PENALTY = "l2"
DROPPED: tuple[str, ...] = ()     # prefixes of confidence features the model leaves out


@dataclass
class Example:
    features: dict[str, float]
    right: bool
    source: str
    group: str          # the unit cross-validation folds keep together (a document or sentence)
    weight: float = 1.0


# while set, (text digest -> training group of the detector, the two fold detectors): each
# text is coded with the detector that did not see it (train_detect.fold_models)
CROSS: tuple[dict[str, str], list[Any]] | None = None


def text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def compact(model: dict[str, Any]) -> str:
    """A model as JSON with one line per entry of its ``weights`` (small, and diffs by feature)."""
    weights = model.get("weights", {})
    head = json.dumps({k: v for k, v in model.items() if k != "weights"}, separators=(",", ":"))
    rows = ",\n".join(f"{json.dumps(k)}:{json.dumps(v, separators=(',', ':'))}" for k, v in weights.items())
    return head[:-1] + ',\n"weights":{\n' + rows + "\n}}\n"


def _coder() -> Callable[..., Any]:
    from eventwire.api import code_text
    from eventwire.events.confidence import Recorder
    from eventwire.events.train_detect import fold_of

    Recorder.on = True

    def code(text: str, *args: Any, **kwargs: Any) -> Any:
        if CROSS is not None:
            group = CROSS[0].get(text_key(text))
            Recorder.detector = CROSS[1][fold_of(group)] if group is not None else None
        try:
            return code_text(text, *args, **kwargs)
        finally:
            Recorder.detector = None

    return code


def news_tune_rows(shared: Path) -> tuple[dict[str, Any], list[Any], dict[tuple[str, str], Any]]:
    """The news set's final labels, the frame rows of its annotated tune sentences, and their
    documents by (corpus, id)."""
    from eventwire.evaluate.news import score
    from eventwire.evaluate.news.corpora import read_documents
    from eventwire.evaluate.news.frame import read_frame

    labels = score.final_labels()
    tune = keeper("tune")
    rows = [r for r in read_frame() if r.sid in labels and kept(tune, score.unit_of(r.corpus, r.doc_id))]
    return labels, rows, read_documents(shared, {(r.corpus, r.doc_id) for r in rows})


def news_tune(shared: Path) -> Iterator[tuple[str, list[Any], list[Any]]]:
    """(drawing unit, coder events, gold events) of each annotated sentence of the news set's
    tune part."""
    from eventwire.evaluate.news import score

    labels, rows, documents = news_tune_rows(shared)
    for row, events in score.coded_sentences(rows, documents, _coder()):
        yield score.unit_of(row.corpus, row.doc_id), events, labels[row.sid].events


def type_right(events: list[Any], gold: list[Any]) -> list[bool]:
    """Per coder event: paired with a gold event of its type (the news scorer's pairing)."""
    from eventwire.evaluate.news.score import pair

    paired = {i for i, _ in pair(events, gold)}
    return [i in paired for i in range(len(events))]


def news_examples(shared: Path) -> Iterator[Example]:
    """The coder's events in the annotated sentences of the news set's tune part."""
    for unit, events, gold in news_tune(shared):
        for event, right in zip(events, type_right(events, gold), strict=True):
            yield Example(event.features or {}, right, "news", unit, NEWS_WEIGHT)


def plover_examples(gold: Path) -> Iterator[Example]:
    from eventwire.evaluate import plover_gsr

    code = _coder()
    for item in plover_gsr.select(plover_gsr.load(gold / "plover_gsr" / "dev.json"), keeper("tune")):
        article = code(item["text"], published=item.get("date"), clean=False, id=item["id"])
        for event in article.events:
            yield Example(event.features or {}, event.type == item["event"], "plover_gsr", item["id"])


def plv_examples(gold: Path) -> Iterator[Example]:
    from eventwire.evaluate import zsp_plover, zsp_plv

    code = _coder()
    rows = zsp_plover.select(zsp_plv.load_rows(gold / "zsp_plover" / "PLV_train.tsv"), None, keeper("tune"))
    accepted: dict[str, set[str]] = {}
    for row in rows:
        accepted.setdefault(row.sentence, set()).update(zsp_plv.accepted(row.gold))
    for n, (sentence, types) in enumerate(sorted(accepted.items())):
        for event in code(sentence, clean=False, id=f"plv-{n}").events:
            yield Example(event.features or {}, event.type in types, "zsp_plv", sentence_key(sentence))


def case_examples(gold: Path) -> Iterator[Example]:
    from eventwire.evaluate import case2021, scoring

    code = _coder()
    path = gold / "case2021_task2" / "dev.tsv"
    mapping = case2021.load_mapping(case2021.find_mapping(path))
    for snippet in case2021.load(path):
        accepted = mapping.get(snippet.subtype)
        if accepted is None or not kept(keeper("tune"), sentence_key(snippet.text)):
            continue
        disaster = accepted.types == (scoring.NO_EVENT,)
        for event in code(snippet.text, clean=False, id=f"case-{snippet.id}").events:
            if disaster and event.type not in case2021.ALARM_TYPES:
                continue
            yield Example(event.features or {}, not disaster and event.type in accepted.types,
                          "case2021", snippet.id)


def conflibert_examples(gold: Path) -> Iterator[Example]:
    from eventwire import ontology
    from eventwire.evaluate import conflibert

    code = _coder()
    rows = conflibert.load_classes(gold / "conflibert_cameo" / "cameo_class" / "train.tsv")
    for n, (sentence, label) in enumerate(rows):
        if not kept(keeper("tune"), sentence_key(sentence)):
            continue
        for event in code(sentence, clean=False, id=f"class-{n}").events:
            right = str(ontology.penta_class(event.cameo)) == label
            yield Example(event.features or {}, right, "conflibert", sentence_key(sentence), 0.5)


def written_examples() -> Iterator[Example]:
    """The coder's events on the sentences we wrote, paired with the events we wrote."""
    from eventwire.events.examples import load_examples

    code = _coder()
    for example in load_examples():
        events = code(example.text, clean=False, id=example.id).events
        for event, right in zip(events, type_right(events, example.events), strict=True):
            yield Example(event.features or {}, right, "written", example.id)


def usable(name: str) -> bool:
    """Whether the confidence model uses a feature (those named by DROPPED it leaves out)."""
    return not any(part.startswith(DROPPED) for part in name.split("|")) if DROPPED else True


def _matrix(rows: list[dict[str, float]]) -> tuple[Any, Any]:
    """The examples' feature matrix (features seen fewer than MIN_FEATURE_COUNT times left out)
    and the feature names of its columns."""
    from sklearn.feature_extraction import DictVectorizer

    counts = Counter(name for row in rows for name in row)
    vectorizer = DictVectorizer(sort=True)
    x = vectorizer.fit_transform([{k: v for k, v in row.items() if counts[k] >= MIN_FEATURE_COUNT}
                                  for row in rows])
    return x, vectorizer.get_feature_names_out()


# ---- roles ------------------------------------------------------------------------------

@dataclass
class RoleExample:
    features: dict[str, float]
    label: str          # none | source | target


Spans = list[tuple[int, int]]


def _jaccard(a: tuple[int, int], b: tuple[int, int]) -> float:
    inside = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    return inside / (max(a[1], b[1]) - min(a[0], b[0]))


def _role_rows(event: Any, sources: Spans, targets: Spans) -> Iterator[RoleExample]:
    """Each candidate of the event labelled: for every gold span, the one candidate that
    matches it best (by overlap over union) takes its role; the rest are none, so a phrase
    inside a party ("the capital" in "police in the capital") is not taught as the party."""
    rows = event.role_features or []
    labels = ["none"] * len(rows)
    for role, spans in (("target", targets), ("source", sources)):
        for gold in spans:
            overlaps = [(_jaccard((start, end), gold), n) for n, (start, end, _) in enumerate(rows)]
            best = max(overlaps, default=(0.0, -1))
            if best[0] > 0:
                labels[best[1]] = role
    for (_, _, found), label in zip(rows, labels, strict=True):
        yield RoleExample(found, label)


def role_examples(shared: Path, progress: Callable[[str], None] = lambda _: None) -> list[RoleExample]:
    """Candidates labelled source, target or none, from every tune source with role spans."""
    from eventwire.evaluate import conflibert, zsp_plover, zsp_plv
    from eventwire.evaluate.news.score import pair
    from eventwire.events.examples import load_examples

    code = _coder()
    tune = keeper("tune")
    gold_dev = shared / "gold" / "dev"
    found: list[RoleExample] = []

    def paired(events: list[Any], gold: list[Any]) -> None:
        for i, j in pair(events, gold):
            event, truth = events[i], gold[j]
            if event.type == truth.type and not truth.reciprocal:
                found.extend(_role_rows(event, [truth.source] if truth.source else [],
                                        [truth.target] if truth.target else []))

    for _, events, gold in news_tune(shared):
        paired(events, gold)
    for example in load_examples():
        paired(code(example.text, clean=False, id=example.id).events, example.events)
    progress(f"roles: news and our sentences, {len(found)} candidates")
    ner = gold_dev / "conflibert_cameo" / "cameo_ner" / "train.txt"
    for sentence, sources, targets in conflibert.load_spans(ner):
        if not kept(tune, sentence_key(sentence)) or sources & targets:
            continue
        events = code(sentence, clean=False, id="ner").events
        if events:
            top = max(events, key=lambda e: e.confidence)
            found.extend(_role_rows(top, sorted(sources), sorted(targets)))
    progress(f"roles: and ConfliBERT NER, {len(found)} candidates")
    plv = zsp_plover.select(zsp_plv.load_rows(gold_dev / "zsp_plover" / "PLV_train.tsv"), None, tune)
    for n, marked in enumerate(plv):
        if marked.pair is None:
            continue
        marked_sources, marked_targets = list(marked.pair[0]), list(marked.pair[1])
        for event in code(marked.sentence, clean=False, id=f"plv-{n}").events:
            if event.type in zsp_plv.accepted(marked.gold):
                found.extend(_role_rows(event, marked_sources, marked_targets))
    progress(f"roles: and ZSP PLV, {len(found)} candidates")
    return found


def fit_roles(examples: list[RoleExample],
              progress: Callable[[str], None] = lambda _: None) -> dict[str, Any]:
    """The multinomial logistic regression of the role model, as the JSON the coder loads."""
    import numpy as np
    import sklearn
    from sklearn.linear_model import LogisticRegression

    from eventwire.events.roles import CLASSES

    x, names = _matrix([e.features for e in examples])
    y = np.array([CLASSES.index(e.label) for e in examples])
    model = LogisticRegression(C=ROLE_C, max_iter=3000).fit(x, y)
    weights = {}
    for k, label in enumerate(model.classes_):
        weights[CLASSES[label]] = {str(n): round(float(w), 4)
                                   for n, w in zip(names, model.coef_[k], strict=True)
                                   if abs(w) >= MIN_WEIGHT}
    progress(f"roles: {dict(Counter(e.label for e in examples))}")
    return {
        "about": "eventwire role model: multinomial logistic regression over (event, noun phrase) "
                 "features (events/roles.py); written by python -m eventwire.events.train",
        "biases": {CLASSES[label]: round(float(b), 5)
                   for label, b in zip(model.classes_, model.intercept_, strict=True)},
        "C": ROLE_C,
        "sklearn": sklearn.__version__,
        "examples": dict(sorted(Counter(e.label for e in examples).items())),
        "weights": {c: dict(sorted(w.items())) for c, w in sorted(weights.items())},
    }


# ---- confidence -------------------------------------------------------------------------

def collect(shared: Path, progress: Callable[[str], None] = lambda _: None) -> list[Example]:
    gold = shared / "gold" / "dev"
    found: list[Example] = []
    sources: tuple[tuple[str, Callable[[], Iterable[Example]]], ...] = (
               ("news", lambda: news_examples(shared)), ("plover_gsr", lambda: plover_examples(gold)),
               ("zsp_plv", lambda: plv_examples(gold)), ("case2021", lambda: case_examples(gold)),
               ("conflibert", lambda: conflibert_examples(gold)), ("written", written_examples))
    for name, examples in sources:
        began = time.monotonic()
        batch = list(examples())
        found += batch
        progress(f"{name}: {len(batch)} candidate events, {sum(e.right for e in batch)} right "
                 f"({time.monotonic() - began:.0f} s)")
    return found


@dataclass
class OutOfFold:
    """The confidence model's design matrix, the chosen ``C`` and the out-of-fold scores."""

    x: Any
    names: Any
    y: Any
    weight: Any
    news: Any               # which rows are news examples
    c: float
    scores: Any             # out-of-fold decision values of every example, at ``c``
    platt: Any              # the Platt scaling fitted on the news rows' out-of-fold scores


def _regression(c: float) -> Any:
    from sklearn.linear_model import LogisticRegression

    if PENALTY == "l1":
        return LogisticRegression(C=c, penalty="l1", solver="liblinear", max_iter=2000)
    return LogisticRegression(C=c, max_iter=2000)


def out_of_fold(examples: list[Example], progress: Callable[[str], None] = lambda _: None) -> OutOfFold:
    """Grouped 5-fold out-of-fold scores at each ``C`` of C_GRID; the ``C`` of the lowest log
    loss on the news examples is chosen, and a Platt scaling is fitted on its news scores."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    x, names = _matrix([{k: v for k, v in e.features.items() if usable(k)} for e in examples])
    y = np.array([e.right for e in examples], dtype=int)
    weight = np.array([e.weight for e in examples])
    groups = np.array([f"{e.source}:{e.group}" for e in examples])   # news: by drawing unit
    news = np.array([e.source == "news" for e in examples])
    folds = list(GroupKFold(n_splits=5, shuffle=True, random_state=SEED).split(x, y, groups))

    def scored(c: float) -> Any:
        scores = np.zeros(len(y))
        for train, test in folds:
            model = _regression(c).fit(x[train], y[train], sample_weight=weight[train])
            scores[test] = model.decision_function(x[test])
        return scores

    best = None
    for c in C_GRID:
        scores = scored(c)
        probability = 1 / (1 + np.exp(-scores[news]))
        loss = -np.mean(y[news] * np.log(probability + 1e-9) + (1 - y[news]) * np.log(1 - probability + 1e-9))
        progress(f"C={c}: out-of-fold log loss on news {loss:.4f}")
        if best is None or loss < best[0]:
            best = (loss, c, scores)
    assert best is not None
    _, c, scores = best
    platt = LogisticRegression(C=1e6, max_iter=1000).fit(scores[news].reshape(-1, 1), y[news])
    return OutOfFold(x, names, y, weight, news, c, scores, platt)


def fit(examples: list[Example], progress: Callable[[str], None] = lambda _: None,
        oof: OutOfFold | None = None) -> dict[str, Any]:
    """The logistic regression and its Platt scaling, as the JSON the coder loads."""
    import sklearn

    oof = oof or out_of_fold(examples, progress)
    model = _regression(oof.c).fit(oof.x, oof.y, sample_weight=oof.weight)
    weights = {str(n): round(float(w), 5) for n, w in zip(oof.names, model.coef_[0], strict=True)
               if round(float(w), 5) != 0.0}
    return {
        "about": "eventwire confidence model: logistic regression over candidate-event features "
                 "(events/confidence.py), Platt-scaled on the news set; written by "
                 "python -m eventwire.events.train",
        "bias": round(float(model.intercept_[0]), 5),
        "platt": [round(float(oof.platt.coef_[0][0]), 5), round(float(oof.platt.intercept_[0]), 5)],
        "C": oof.c,
        "sklearn": sklearn.__version__,
        "examples": dict(sorted(Counter(e.source for e in examples).items())),
        "right": dict(sorted(Counter(e.source for e in examples if e.right).items())),
        "weights": dict(sorted(weights.items())),
    }


REPORT_THRESHOLDS = (0.3, 0.5, 0.7)


def news_figures(probability: Any, right: Any, weight: Any) -> dict[str, float]:
    """ROC AUC of ``probability`` for ``right``, and at each of REPORT_THRESHOLDS the share of
    the (weighted) events kept and their type precision (``precision@0`` is that of every
    event)."""
    import numpy as np
    from sklearn.metrics import roc_auc_score

    probability, right, weight = np.asarray(probability), np.asarray(right, bool), np.asarray(weight)
    figures = {"events": float(len(right)), "auc": float(roc_auc_score(right, probability,
                                                                       sample_weight=weight)),
               "precision@0": float(weight[right].sum() / weight.sum())}
    for threshold in REPORT_THRESHOLDS:
        kept_ = probability >= threshold
        figures[f"kept@{threshold}"] = float(weight[kept_].sum() / weight.sum())
        figures[f"precision@{threshold}"] = (float(weight[kept_ & right].sum() / weight[kept_].sum())
                                             if kept_.any() else 0.0)
    return figures


def report(oof: OutOfFold) -> dict[str, float]:
    """:func:`news_figures` of the chosen model's out-of-fold probabilities on the news examples
    (Platt-scaled). Every news example weighs the same (NEWS_WEIGHT); the news evaluation's
    sampling weights are not applied, so these are design signals, not the evaluation's figures."""
    probability = oof.platt.predict_proba(oof.scores[oof.news].reshape(-1, 1))[:, 1]
    return news_figures(probability, oof.y[oof.news], oof.weight[oof.news])


def format_report(figures: dict[str, float]) -> str:
    cuts = "  ".join(f"≥{t}: kept {figures[f'kept@{t}']:.3f} precision {figures[f'precision@{t}']:.3f}"
                     for t in REPORT_THRESHOLDS)
    return (f"news out of fold ({figures['events']:.0f} events): AUC {figures['auc']:.3f}  "
            f"every event: precision {figures['precision@0']:.3f}  {cuts}")


def _train(shared: Path, cache: Path | None = None, show: bool = False) -> None:
    """Fit and write the three models, in order (see the module docstring). With ``cache``,
    the confidence examples are pickled there; when that file exists already, they are read
    from it and only the confidence model is fitted again. With ``show``, the out-of-fold
    figures on the news examples are printed."""
    began = time.monotonic()
    from eventwire.events import confidence, detect, roles, train_detect

    global CROSS
    if cache is not None and cache.is_file():
        with cache.open("rb") as handle:
            examples = [Example(*row) for row in pickle.load(handle)]
        print(f"read {len(examples)} confidence examples from {cache}")
    else:
        recorder = confidence.Recorder
        recorder.roles = recorder.confidence = recorder.detect = False   # first pass: rules alone
        words = train_detect.collect(shared, progress=print)
        detector = train_detect.fit(words, progress=print)
        DETECTOR_OUT.write_text(compact(detector), encoding="utf-8")
        print(f"wrote {DETECTOR_OUT}: {len(detector['weights'])} features, C={detector['C']}")
        detect.load_model.cache_clear()
        CROSS = (train_detect.groups(words), train_detect.fold_models(words, detector["C"]))
        recorder.detect = True                       # the other models see the detector's events
        roles_model = fit_roles(role_examples(shared, progress=print), progress=print)
        ROLES_OUT.write_text(json.dumps(roles_model, indent=0) + "\n", encoding="utf-8")
        print(f"wrote {ROLES_OUT}")
        roles.load_model.cache_clear()
        confidence.Recorder.roles = True             # second pass: the new roles, rules' confidence
        examples = collect(shared, progress=print)
        if cache is not None:
            with cache.open("wb") as handle:
                pickle.dump([astuple(e) for e in examples], handle)   # plain: no class path
    oof = out_of_fold(examples, progress=print)
    if show:
        print(format_report(report(oof)))
    model = fit(examples, progress=print, oof=oof)
    OUT.write_text(json.dumps(model, indent=0, sort_keys=False) + "\n", encoding="utf-8")
    print(f"wrote {OUT}: {len(model['weights'])} weights, C={model['C']} "
          f"({time.monotonic() - began:.0f} s)")


def _restore() -> None:
    """The coder's switches as coding expects them, whatever training left."""
    global CROSS
    from eventwire.events.confidence import Recorder

    CROSS = None
    Recorder.on, Recorder.roles, Recorder.confidence, Recorder.detect = False, True, True, True
    Recorder.detector = None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="train the events' trigger detector, role and "
                                                 "confidence models (events/data/detector.json, "
                                                 "roles.json, confidence.json)")
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--report", action="store_true",
                        help="print the confidence model's out-of-fold figures on the news examples")
    parser.add_argument("--examples", type=Path, default=None,
                        help="pickle of the confidence examples: written after collecting them; "
                             "if it exists, read instead, and only the confidence model is refitted")
    args = parser.parse_args(argv)
    if not (args.shared / "gold" / "dev").is_dir():
        print(f"error: {args.shared}: no gold/dev folder (give --shared ../shared)", file=sys.stderr)
        return 2
    try:
        _train(args.shared, args.examples, args.report)
    finally:
        _restore()
    return 0


if __name__ == "__main__":
    sys.exit(main())
