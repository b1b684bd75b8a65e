"""Fitting the story linker (link/decide.py) on the tune part of ECB+ and our written pairs.

    python -m eventwire.link.train --shared ../shared [--cache FILE] [--c 1.0]

Every tune document is coded as ``eventwire eval ecbplus`` codes it (``--cache`` shares
topic_cv's JSON of coded documents) and signed (:func:`eventwire.link.stories.signature`),
with document frequencies counted over them all, as a settled store counts them. Each
document is paired with the neighbours the store would score for it (those sharing its most
telling features, at most STORY_CANDIDATES), each pair a row of
:func:`eventwire.link.decide.features` labelled by whether the two are of one gold story;
the 40 pairs of tests/link/data/same_kind_pairs.jsonl are added (together weighing
WRITTEN_SHARE of the ECB+ rows). A logistic regression (scikit-learn, lbfgs, standardised
features whose scaling is folded into the written weights) is fitted on the rows. It is
estimated by leave-one-topic-out folds on ECB+ tune (:func:`topic_folds`, against the cosine
on the same folds), by leave-one-pair-out folds on the written pairs (:func:`pair_folds`),
and, fitted on everything, by linking the tune part through the store's own path
(:func:`store_fit`). The model file is written only when it beats the cosine on all three
(exit status 1 otherwise). Deterministic; about a minute and a half on 2 cores.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventwire.evaluate.split import document_key, part_of
from eventwire.link import decide, stories, topic_cv
from eventwire.link.decide import MODEL_FILE, Features, Linker, features

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


PAIRS = Path(__file__).resolve().parents[3] / "tests" / "link" / "data" / "same_kind_pairs.jsonl"
# the written pairs weigh this share of the ECB+ rows together: 40 rows among thousands
# would otherwise teach nothing
WRITTEN_SHARE = 0.2
LINK_THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7)
# pairs of two documents of one topic weigh this much more than pairs across topics: the
# latter (most candidate pairs) are easy negatives, the former hold the two similar happenings
# of a kind the decision must tell apart
WITHIN_TOPIC_WEIGHT = 3.0


@dataclass
class Rows:
    """Labelled pair rows with the topic (or written pair id) each comes from."""

    rows: list[Features]
    labels: list[bool]
    groups: list[str]


def ecb_rows(corpus: Corpus) -> Rows:
    """The ECB+ candidate pairs, each grouped by the topics of its two documents."""
    return Rows(corpus.rows, [corpus.stories[a] == corpus.stories[b] for a, b in corpus.pairs],
                [f"{corpus.topics[a]} {corpus.topics[b]}" for a, b in corpus.pairs])


def written_rows(path: Path) -> Rows:
    """Our own pairs (tests/link/data/same_kind_pairs.jsonl), coded and signed, with document
    frequencies over their 80 articles as the pair test links them."""
    from eventwire.api import code_text

    pairs = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    signed = [stories.signature(code_text(pair[side]["text"], id=f"{pair['id']}{side}",
                                          title=pair[side]["title"], clean=False).to_dict())
              for pair in pairs for side in ("a", "b")]
    df = document_frequencies(signed)
    rows = [features(a, b, stories.similarity(a, b, df, len(signed)), df, len(signed))
            for a, b in zip(signed[::2], signed[1::2], strict=True)]
    return Rows(rows, [p["relation"] == "same" for p in pairs], [p["id"] for p in pairs])


def fit_linker(ecb: Rows, written: Rows, c: float, threshold: float) -> Linker:
    """A logistic regression over standardised features, its weights brought back to the
    raw features (so that :class:`Linker` needs no scaler)."""
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer

    vectorizer = DictVectorizer(sort=True)
    x = vectorizer.fit_transform(ecb.rows + written.rows).toarray()
    y = np.array(ecb.labels + written.labels)
    weight = np.ones(len(y))
    weight[:len(ecb.rows)] = [WITHIN_TOPIC_WEIGHT if len(set(group.split())) == 1 else 1.0
                              for group in ecb.groups]
    if written.rows:
        weight[len(ecb.rows):] = WRITTEN_SHARE * len(ecb.rows) / len(written.rows)
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    model = _model(c).fit((x - mean) / scale, y, sample_weight=weight)
    coef = model.coef_[0] / scale
    bias = float(model.intercept_[0] - (coef * mean).sum())
    return Linker({str(n): float(w) for n, w in zip(vectorizer.get_feature_names_out(), coef, strict=True)},
                  bias, threshold)


@contextlib.contextmanager
def linker_in_use(linker: Linker | None) -> Iterator[None]:
    """`linker` deciding the store's story links for the time of the block."""
    saved = decide.load_linker
    setattr(decide, "load_linker", lambda: linker)  # noqa: B010 (a module function, patched)
    try:
        yield
    finally:
        setattr(decide, "load_linker", saved)  # noqa: B010


def topic_folds(corpus: Corpus, ecb: Rows, written: Rows, c: float | None,
                progress: Callable[[str], None] = print) -> dict[str, Any]:
    """Leave-one-topic-out figures of the learned decision (or, with `c` None, of the cosine
    at JOIN_THRESHOLD) on the candidate pairs: for each tune topic, a linker is fitted on the
    pairs of the other topics and the written pairs, the joining probability of LINK_THRESHOLDS
    that links the other topics best (:func:`link_in_order`) is chosen, and the held topic is
    linked under it; per-document B-cubed scores are pooled as topic_cv pools them. Linking
    through the store with a learned linker takes half a minute a run, too slow for folds."""
    members: dict[str, list[int]] = {}
    for n, topic in enumerate(corpus.topics):
        members.setdefault(topic, []).append(n)
    pooled: dict[int, tuple[float, float]] = {}
    chosen: Counter[float] = Counter()
    for topic in sorted(members, key=int):
        if c is None:
            probability = {pair: row["cosine"] for pair, row in zip(corpus.pairs, corpus.rows, strict=True)}
            thresholds: Sequence[float] = (stories.JOIN_THRESHOLD,)
        else:
            keep = [n for n, group in enumerate(ecb.groups) if topic not in group.split()]
            linker = fit_linker(Rows([ecb.rows[n] for n in keep], [ecb.labels[n] for n in keep],
                                     [ecb.groups[n] for n in keep]),
                                written, c, 0.5)
            probability = {pair: linker.probability(row) for pair, row in zip(corpus.pairs, corpus.rows,
                                                                              strict=True)}
            thresholds = LINK_THRESHOLDS
        rest = [n for t, ms in members.items() if t != topic for n in ms]

        best = max(thresholds, key=lambda t: (
            round(topic_cv.score(_linked(corpus, rest, probability, t))[2], 6), -abs(t - 0.5)))
        chosen[best] += 1
        held = _linked(corpus, members[topic], probability, best)
        pooled |= held
        progress(f"topic {topic}: threshold {best} -> P/R/F1 "
                 f"{'/'.join(f'{v:.3f}' for v in topic_cv.score(held))}")
    precision, recall, f1 = topic_cv.score(pooled)
    return {"cv_precision": precision, "cv_recall": recall, "cv_f1": f1,
            "threshold": max(chosen, key=lambda t: (chosen[t], -abs(t - 0.5)))}


def _linked(corpus: Corpus, among: list[int], probability: dict[tuple[int, int], float],
            threshold: float) -> dict[int, tuple[float, float]]:
    """Per-document B-cubed scores of the documents `among` linked by :func:`link_in_order`."""
    story = link_in_order(among, probability, threshold)
    predicted = [str(story.get(n, n)) for n in range(len(corpus.stories))]
    return topic_cv.per_document(corpus.stories, predicted, among)


def store_fit(docs: Sequence[tuple[str, str, dict[str, Any]]], linker: Linker | None) -> float:
    """B-cubed F1 of the tune documents linked through the store's own path
    (:func:`topic_cv.link_documents`) under `linker` (None: the cosine)."""
    import tempfile

    gold = [g for _, g, _ in docs]
    with tempfile.TemporaryDirectory(prefix="eventwire-train-") as tmp, linker_in_use(linker):
        predicted = topic_cv.link_documents([c for _, _, c in docs], topic_cv.empty_store(Path(tmp)))
    return topic_cv.score(topic_cv.per_document(gold, predicted))[2]


def pair_folds(ecb: Rows, written: Rows, c: float, threshold: float) -> dict[str, int]:
    """Each written pair decided by a linker fitted on ECB+ tune and the other written pairs
    (held out by pair): how many same pairs it joins and different pairs it keeps apart."""
    right = {"same_joined": 0, "different_apart": 0}
    for n, row in enumerate(written.rows):
        others = [m for m in range(len(written.rows)) if m != n]
        linker = fit_linker(ecb, Rows([written.rows[m] for m in others], [written.labels[m] for m in others],
                                      []), c, threshold)
        joined = linker.probability(row) >= threshold
        if joined == written.labels[n]:
            right["same_joined" if joined else "different_apart"] += 1
    return right


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eventwire.link.train",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"),
                        help="the shared data folder (gold/dev/ecbplus inside)")
    parser.add_argument("--cache", type=Path, help="JSON file of the coded tune documents (read or written)")
    parser.add_argument("--pairs", type=Path, default=PAIRS, help="our written pairs (JSON lines)")
    parser.add_argument("--c", type=float, default=1.0, help="the regression's inverse regularisation")
    parser.add_argument("--out", type=Path, default=OUT, help=f"the model file to write ({OUT.name})")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    docs = topic_cv.collect(args.shared, args.cache)
    corpus = pair_up([stories.signature(c) for _, _, c in docs], [g for _, g, _ in docs])
    ecb, written = ecb_rows(corpus), written_rows(args.pairs)
    cosine = topic_folds(corpus, ecb, written, None, progress=lambda _: None)
    cosine_pairs = {"same_joined": sum(r["cosine"] >= stories.JOIN_THRESHOLD and y
                                       for r, y in zip(written.rows, written.labels, strict=True)),
                    "different_apart": sum(r["cosine"] < stories.JOIN_THRESHOLD and not y
                                           for r, y in zip(written.rows, written.labels, strict=True))}
    print(f"cosine: topic-CV B-cubed F1 {cosine['cv_f1']:.4f}, written pairs {cosine_pairs}")
    found = topic_folds(corpus, ecb, written, args.c)
    pairs = pair_folds(ecb, written, args.c, found["threshold"])
    print(f"learned (C={args.c}): topic-CV B-cubed P/R/F1 {found['cv_precision']:.4f}/"
          f"{found['cv_recall']:.4f}/{found['cv_f1']:.4f} at {found['threshold']}, written pairs {pairs}")
    linker = fit_linker(ecb, written, args.c, found["threshold"])
    print("weights: " + ", ".join(f"{n} {w:+.3f}" for n, w in sorted(linker.weights.items(),
                                                                       key=lambda kv: -abs(kv[1]))))
    # the folds link pairs in order, without the store's averaging, complete linkage and
    # settling: the fitted linker must also link the tune part through the store better than
    # the cosine does, though it saw every tune topic (a necessary condition only)
    fits = store_fit(docs, None), store_fit(docs, linker)
    print(f"through the store, tune fit B-cubed F1: cosine {fits[0]:.4f}, learned {fits[1]:.4f}")
    loses_pairs = any(pairs[k] < cosine_pairs[k] for k in pairs)
    if found["cv_f1"] <= cosine["cv_f1"] or fits[1] <= fits[0] or loses_pairs:
        print("not written: the learned decision links no better than the cosine")
        return 1
    model = {"about": "eventwire story linker: logistic regression over pair features (link/decide.py), "
                      "fitted on ECB+ tune and our written pairs by python -m eventwire.link.train",
             "bias": round(linker.bias, 6), "C": args.c, "threshold": linker.threshold,
             "topic_cv_bcubed_f1": round(found["cv_f1"], 4),
             "cosine_topic_cv_bcubed_f1": round(cosine["cv_f1"], 4),
             "written_pairs": pairs, "weights": {n: round(w, 6) for n, w in linker.weights.items()}}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(model, indent=0, sort_keys=True) + "\n", "utf-8")
    print(f"wrote {args.out} ({time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
