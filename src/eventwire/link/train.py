"""Fitting the story linker (link/decide.py) on the tune part of ECB+.

    python -m eventwire.link.train --shared ../shared

Every tune document is coded as ``eventwire eval ecbplus`` codes it and signed
(:func:`eventwire.link.stories.signature`), with document frequencies counted over them
all, as a settled store counts them. Each document is paired with the neighbours the store
would score for it (those sharing its most telling features, at most STORY_CANDIDATES),
each pair a row of :func:`eventwire.link.decide.features` labelled by whether the two are
of one gold story. A logistic regression (scikit-learn) is fitted on the rows; its C and
the joining probability are chosen on 5 folds of topics (a fold's pairs never meet the
topics it is scored on) by the B-cubed F1 of the stories that linking the held-out topics
in file order gives. The model file is written only when that F1 beats the cosine
decision's on the same folds (exit status 1 otherwise). Deterministic (fixed folds, lbfgs);
about a minute on 2 cores.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventwire.evaluate.split import document_key, part_of
from eventwire.link import stories
from eventwire.link.decide import MODEL_FILE, Features, features

OUT = Path(__file__).resolve().parent / "data" / MODEL_FILE
SEED = 13
C_GRID = (0.01, 0.03, 0.1, 0.3, 1.0, 3.0)
THRESHOLDS = tuple(round(0.05 * n, 2) for n in range(2, 19))
CANDIDATES = 50   # store.story_linking.STORY_CANDIDATES


@dataclass
class Corpus:
    """The tune documents' signatures, gold stories and topics, with the candidate pairs."""

    signatures: list[dict[str, float]]
    stories: list[str]
    topics: list[str]
    pairs: list[tuple[int, int]]
    rows: list[Features]


def collect(shared: Path, progress: Callable[[str], None] = print) -> Corpus:
    """The tune part of ECB+, coded, signed and paired."""
    from eventwire.api import code_text
    from eventwire.evaluate.ecbplus import load

    docs = [d for d in load(shared / "gold" / "dev" / "ecbplus")
            if part_of(document_key("ecbplus", d[1].split("-")[0])) == "tune"]
    signatures = [stories.signature(code_text(text, id=doc_id, clean=False).to_dict())
                  for doc_id, _, text in docs]
    corpus = pair_up(signatures, [d[1] for d in docs])
    progress(f"{len(docs)} tune documents, {len(corpus.pairs)} candidate pairs, "
             f"{sum(corpus.stories[a] == corpus.stories[b] for a, b in corpus.pairs)} of one story")
    return corpus


def pair_up(signatures: list[dict[str, float]], gold: list[str]) -> Corpus:
    """Each document with the neighbours the store would score, as feature rows."""
    df = document_frequencies(signatures)
    documents = len(signatures)
    holders: dict[str, list[int]] = {}
    for n, signature in enumerate(signatures):
        for term in stories.index_terms(signature, df, documents):
            holders.setdefault(term, []).append(n)
    pairs: set[tuple[int, int]] = set()
    for n, signature in enumerate(signatures):
        shared = Counter(m for t in stories.index_terms(signature, df, documents)
                         for m in holders[t] if m != n)
        pairs |= {(min(n, m), max(n, m)) for m, _ in shared.most_common(CANDIDATES)}
    ordered = sorted(pairs)
    similar = stories.similarities(signatures, df, documents)
    rows = [features(signatures[a], signatures[b], float(similar[a, b]), df, documents)
            for a, b in ordered]
    return Corpus(signatures, gold, [g.split("-")[0] for g in gold], ordered, rows)


def document_frequencies(signatures: Sequence[dict[str, float]]) -> dict[str, int]:
    """How many signatures hold each feature."""
    return dict(Counter(t for s in signatures for t in s))


def link_in_order(members: Sequence[int], probability: dict[tuple[int, int], float],
                  threshold: float) -> dict[int, int]:
    """Stories (member -> story number) from joining each document, in order, to the story
    of its most probable earlier neighbour when at least `threshold`; then a document left
    alone joins its most probable later neighbour's story, as settling does (settling also
    moves a document to a story closer than its own on average and at its nearest member,
    which this fit leaves out)."""
    story: dict[int, int] = {}
    for n, member in enumerate(members):
        best = _best(member, members[:n], probability, threshold)
        story[member] = story[best] if best is not None else member
    sizes = Counter(story.values())
    for member in members:
        if sizes[story[member]] == 1:
            best = _best(member, [m for m in members if m != member], probability, threshold)
            if best is not None:
                story[member] = story[best]
    return story


def _best(member: int, others: Sequence[int], probability: dict[tuple[int, int], float],
          threshold: float) -> int | None:
    scored = [(probability.get((min(member, o), max(member, o)), 0.0), -o) for o in others]
    top = max(scored, default=(0.0, 0))
    return -top[1] if top[0] >= threshold else None


def b_cubed_f1(gold: dict[int, str], predicted: dict[int, int]) -> float:
    """B-cubed F1 of a clustering of documents."""
    from eventwire.evaluate.ecbplus import b_cubed

    return b_cubed({str(k): v for k, v in gold.items()},
                   {str(k): str(v) for k, v in predicted.items()})["f1"]


def fit(corpus: Corpus, progress: Callable[[str], None] = print) -> dict[str, Any]:
    """The logistic regression over the pairs, with its C and joining probability chosen
    out of fold, as the JSON decide.py loads."""
    import numpy as np
    import sklearn
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.model_selection import GroupKFold

    vectorizer = DictVectorizer(sort=True)
    x = vectorizer.fit_transform(corpus.rows)
    y = np.array([corpus.stories[a] == corpus.stories[b] for a, b in corpus.pairs])
    topics = sorted(set(corpus.topics))
    folds = [[topics[i] for i in test] for _, test in GroupKFold(n_splits=5, shuffle=True, random_state=SEED)
             .split(np.zeros(len(topics)), groups=topics)]
    cosine_f1 = _cosine_f1(corpus, folds)
    progress(f"cosine above {stories.JOIN_THRESHOLD}: B-cubed F1 (per fold, mean) {cosine_f1:.3f}")
    best = (-1.0, C_GRID[0], THRESHOLDS[0])
    for c in C_GRID:
        f1s = _out_of_fold(corpus, x, y, folds, c)
        threshold = max(THRESHOLDS, key=lambda t: (f1s[t], -abs(t - 0.5)))
        progress(f"C={c}: best joining probability {threshold}, B-cubed F1 {f1s[threshold]:.3f}")
        if f1s[threshold] > best[0] + 1e-9:
            best = (f1s[threshold], c, threshold)
    f1, c, threshold = best
    model = _model(c).fit(x, y)
    names = vectorizer.get_feature_names_out()
    return {
        "about": "eventwire story linker: logistic regression over pair features "
                 "(link/decide.py), fitted on the ECB+ tune part by python -m eventwire.link.train",
        "bias": round(float(model.intercept_[0]), 5), "C": c, "threshold": threshold,
        "sklearn": sklearn.__version__, "pairs": len(corpus.pairs), "topics": len(topics),
        "out_of_fold_bcubed_f1": round(f1, 4), "cosine_bcubed_f1": round(cosine_f1, 4),
        "weights": {str(n): round(float(w), 5) for n, w in zip(names, model.coef_[0], strict=True)},
    }


def _model(c: float) -> Any:
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=c, max_iter=5000)


def _out_of_fold(corpus: Corpus, x: Any, y: Any, folds: list[list[str]], c: float) -> dict[float, float]:
    """Mean B-cubed F1 over the folds for every joining probability."""
    import numpy as np

    totals = dict.fromkeys(THRESHOLDS, 0.0)
    for held in folds:
        inside = np.array([corpus.topics[a] in held or corpus.topics[b] in held for a, b in corpus.pairs])
        model = _model(c).fit(x[~inside], y[~inside])
        scores = model.predict_proba(x[inside])[:, 1]
        probability = dict(zip([p for p, i in zip(corpus.pairs, inside, strict=True) if i],
                               scores.tolist(), strict=True))
        for threshold in THRESHOLDS:
            totals[threshold] += _fold_f1(corpus, held, probability, threshold)
    return {t: total / len(folds) for t, total in totals.items()}


def _fold_f1(corpus: Corpus, held: list[str], probability: dict[tuple[int, int], float],
             threshold: float) -> float:
    members = [n for n, topic in enumerate(corpus.topics) if topic in held]
    return b_cubed_f1({n: corpus.stories[n] for n in members},
                      link_in_order(members, probability, threshold))


def _cosine_f1(corpus: Corpus, folds: list[list[str]]) -> float:
    """The same figure for the cosine decision, on the same folds."""
    cosine = {pair: row["cosine"] for pair, row in zip(corpus.pairs, corpus.rows, strict=True)}
    return sum(_fold_f1(corpus, held, cosine, stories.JOIN_THRESHOLD) for held in folds) / len(folds)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eventwire.link.train",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"),
                        help="the shared data folder (gold/dev/ecbplus inside)")
    parser.add_argument("--out", type=Path, default=OUT, help=f"the model file to write ({OUT.name})")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    model = fit(collect(args.shared))
    if model["out_of_fold_bcubed_f1"] <= model["cosine_bcubed_f1"]:
        print("not written: the learned decision links no better than the cosine out of fold")
        return 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(model, indent=0, sort_keys=True) + "\n", "utf-8")
    print(f"wrote {args.out} ({time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
