"""Fitting the learned story-link decision (link/decide.py) on the tune part of ECB+, through the store.

    python -m eventwire.link.train --shared ../shared [--cache FILE] [--c C]

The decision is learned where the store makes it (store/story_linking.py ``_best_neighbour``):
an arriving article and each of its decide.STORY_NEAREST candidate stories, described by
:func:`eventwire.link.decide.story_features` (the story-level cosines, how many members and
candidates, and the pair features of the article and the story's nearest member). Rows are
collected by linking every tune document through the store's own path
(:func:`topic_cv.link_documents`, cosine decision) in each arrival order of :data:`ORDERS`
(evaluate/ecbplus.py ``reorder``), at every decision point including settling's; a row is
labelled by whether the candidate story's majority gold story is the article's.

The decision is a HYBRID: the cosine's call stands where it is clear (the best candidate
story's top cosine below the band's low bar, or at least its high bar), and the learned
probability decides only in between (``Linker.decides``; the regression is fitted on the rows
of decisions in that band). A logistic regression (scikit-learn, lbfgs, standardised features
folded back into the written weights, seeded) is fitted at each setting of :data:`BANDS` x
:data:`THRESHOLDS` on all tune rows, and the settings that pass the gate (:func:`passes`) on
the tune part (:func:`fitted_figures`, a necessary condition) go on to grouped K-fold over the
topics (:data:`FOLDS` folds, fixed by a seeded hash of the topic, :func:`fold_of`): for each
fold, the regression is fitted on the rows touching no held topic, every tune document is
linked through the store under it in every order of :data:`ORDERS` and at every setting, the
setting that links the other folds' topics best is chosen, and the held topics are scored
under it; per-document B-cubed scores are pooled over the folds in each order, as
topic_cv pools. The cosine is scored the same way (its JOIN_THRESHOLD, fitted on all of tune,
as shipped), in the same runs that collect the rows. The model file, fitted on all tune rows at
the setting the folds chose most often, is written only when the hybrid passes the gate out of
fold: mean B-cubed F1 over the orders at least :data:`MARGIN` above the cosine's, no order
more than :data:`ORDER_SLACK` below it, and our written pairs
(tests/link/data/same_kind_pairs*.jsonl) linked no worse; exit status 1 and nothing written
otherwise. Deterministic (``--cache`` keeps the coded tune documents, as topic_cv's does);
under half an hour on 2 cores (about 15 s a store run: 4 cosine runs, 16 for the check on
all of tune, up to 64 for the folds).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import math
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwire.link import decide, topic_cv
from eventwire.link.decide import MODEL_FILE, Features, Linker

OUT = Path(__file__).resolve().parent / "data" / MODEL_FILE
SEED = 13
C = 0.3
# the joining probabilities and the cosine bands (low, high) of the hybrid decision tried: the
# learned decision decides only where the best candidate story's top cosine is in [low, high)
THRESHOLDS = (0.3, 0.5)
BANDS = ((0.10, 0.20), (0.125, 0.175))
ORDERS = ("file", "reverse", "halves", "shuffle:1")
FOLDS = 4
MARGIN = 0.003
ORDER_SLACK = 0.005
PAIRS = tuple(sorted((Path(__file__).resolve().parents[3] / "tests" / "link" / "data")
                     .glob("same_kind_pairs*.jsonl")))

Doc = tuple[str, str, dict[str, Any]]
Setting = tuple[tuple[float, float], float]   # (low, high) band, joining probability


@dataclass
class Rows:
    """Labelled decision rows with the topic of the arriving article and of the candidate
    story's nearest member, and the top cosine of the decision's best candidate story."""

    rows: list[Features]
    labels: list[bool]
    groups: list[str]
    best: list[float] = field(default_factory=list)

    def where(self, keep: Callable[[int], bool]) -> Rows:
        chosen = [n for n in range(len(self.rows)) if keep(n)]
        return Rows([self.rows[n] for n in chosen], [self.labels[n] for n in chosen],
                    [self.groups[n] for n in chosen], [self.best[n] for n in chosen if self.best])


def fold_of(topic: str) -> int:
    """The fold of a topic in grouped K-fold: a seeded hash, fixed whatever the documents."""
    return int(hashlib.sha256(f"{SEED}:{topic}".encode()).hexdigest(), 16) % FOLDS


def ordered(docs: Sequence[Doc], order: str) -> list[Doc]:
    """The tune documents in arrival order `order` (evaluate/ecbplus.py ``reorder``)."""
    from eventwire.evaluate.ecbplus import reorder

    by_id = {d[0]: d for d in docs}
    return [by_id[n] for n in reorder([d[0] for d in docs], order)]


@contextlib.contextmanager
def linker_in_use(linker: Linker | None) -> Iterator[None]:
    """`linker` deciding the store's story links for the time of the block."""
    saved = decide.load_linker
    setattr(decide, "load_linker", lambda: linker)  # noqa: B010 (a module function, patched)
    try:
        yield
    finally:
        setattr(decide, "load_linker", saved)  # noqa: B010


@contextlib.contextmanager
def recording(gold: dict[str, str], into: Rows) -> Iterator[None]:
    """Every story decision the store makes in the block (``_best_neighbour``) adds its rows
    (:func:`story_linking.learned_rows`) to `into`, labelled by `gold` (article id -> gold
    story): whether the candidate story's members are mostly of the article's gold story."""
    from sqlalchemy import select

    from eventwire.store import schema as S
    from eventwire.store import story_linking

    original = story_linking._best_neighbour

    def record(session: Any, article: Any, df: dict[str, int]) -> Any:
        found = story_linking._resemblances(session, article, df)
        rows = story_linking.learned_rows(article, found, df)
        members: dict[str, list[str]] = {key: [] for key in rows}
        if rows:
            for row in session.connection().execute(select(S.ArticleRow.id, S.ArticleRow.story_id)
                                                    .where(S.ArticleRow.story_id.in_(list(rows)))):
                if row.id != article.id:
                    members[row.story_id].append(row.id)
        best = max((found[key].top for key in rows), default=0.0)
        for key, features in rows.items():
            held = members[key] or [found[key].nearest.id]
            majority = Counter(gold[m] for m in held).most_common(1)[0][0]
            into.rows.append(features)
            into.labels.append(majority == gold[article.id])
            into.groups.append(f"{_topic(gold[article.id])} {_topic(gold[found[key].nearest.id])}")
            into.best.append(best)
        return original(session, article, df)

    setattr(story_linking, "_best_neighbour", record)  # noqa: B010 (a module function, patched)
    try:
        yield
    finally:
        setattr(story_linking, "_best_neighbour", original)  # noqa: B010


def _topic(gold: str) -> str:
    return gold.split("-")[0]


def link_run(docs: Sequence[Doc], template: Path, linker: Linker | None) -> dict[str, str]:
    """Each document's story (doc id -> story id) once all are linked in their order through the
    store's own path under `linker` (None: the cosine)."""
    with linker_in_use(linker):
        predicted = topic_cv.link_documents([c for _, _, c in docs], template)
    return {d[0]: p for d, p in zip(docs, predicted, strict=True)}


def cosine_rows(docs: Sequence[Doc], template: Path) -> tuple[dict[str, float], Rows]:
    """B-cubed F1 of the cosine's links of the tune documents in each order, and the decision
    rows of those links."""
    found = Rows([], [], [])
    gold = {d[2]["id"]: d[1] for d in docs}
    figures = {}
    for order in ORDERS:
        with recording(gold, found):
            figures[order] = pooled_f1(docs, link_run(ordered(docs, order), template, None))
    return figures, found


def fit_linker(rows: Rows, c: float, threshold: float, band: tuple[float, float] = (0.0, math.inf)) -> Linker:
    """A logistic regression over standardised features of the rows in the cosine `band`, its
    weights brought back to the raw features (so that :class:`Linker` needs no scaler)."""
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    if rows.best:
        rows = rows.where(lambda n: band[0] <= rows.best[n] < band[1])
    vectorizer = DictVectorizer(sort=True)
    x = vectorizer.fit_transform(rows.rows).toarray()
    y = np.array(rows.labels)
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    model = LogisticRegression(C=c, max_iter=5000, random_state=SEED).fit((x - mean) / scale, y)
    coef = model.coef_[0] / scale
    bias = float(model.intercept_[0] - (coef * mean).sum())
    return Linker({str(n): float(w) for n, w in zip(vectorizer.get_feature_names_out(), coef, strict=True)},
                  bias, threshold, band[0], band[1])


def without(rows: Rows, topics: set[str]) -> Rows:
    """The rows touching no document of `topics`."""
    return rows.where(lambda n: not topics & set(rows.groups[n].split()))


def pooled_f1(docs: Sequence[Doc], predicted: dict[str, str], among: set[str] | None = None) -> float:
    """Pooled per-document B-cubed F1 of the documents `among` (default all)."""
    return topic_cv.score(_scores(docs, predicted, among))[2]


def _scores(docs: Sequence[Doc], predicted: dict[str, str],
            among: set[str] | None = None) -> dict[int, tuple[float, float]]:
    gold = [g for _, g, _ in docs]
    members = [n for n, g in enumerate(gold) if among is None or _topic(g) in among]
    return topic_cv.per_document(gold, [predicted[d[0]] for d in docs], members)


def _mean(figures: dict[str, float]) -> float:
    return sum(figures.values()) / len(figures)


def grouped_folds(docs: Sequence[Doc], rows: Rows, template: Path, c: float, settings: Sequence[Setting],
                  progress: Callable[[str], None] = print) -> dict[str, Any]:
    """Grouped K-fold figures through the store (see the module docstring): B-cubed F1 in each
    order, pooled over the held topics, and how often each setting was chosen."""
    topics = sorted({_topic(g) for _, g, _ in docs}, key=int)
    held_scores: dict[str, dict[int, tuple[float, float]]] = {order: {} for order in ORDERS}
    chosen: Counter[Setting] = Counter()
    for fold in range(FOLDS):
        held = {t for t in topics if fold_of(t) == fold}
        if not held:
            continue
        rest, training = set(topics) - held, without(rows, held)
        runs: dict[tuple[Setting, str], dict[str, str]] = {}
        for band, t in settings:
            linker = fit_linker(training, c, t, band)
            for order in ORDERS:
                runs[(band, t), order] = link_run(ordered(docs, order), template, linker)
        best = max(settings, key=lambda s: (round(sum(pooled_f1(docs, runs[s, o], rest) for o in ORDERS), 6),
                                            -settings.index(s)))
        chosen[best] += 1
        for order in ORDERS:
            held_scores[order] |= _scores(docs, runs[best, order], held)
        progress(f"fold {fold} ({len(held)} topics held): band {best[0]} probability {best[1]} -> held "
                 "B-cubed F1 per order " + " ".join(f"{pooled_f1(docs, runs[best, o], held):.4f}"
                                                   for o in ORDERS))
    return {"orders": {o: topic_cv.score(s)[2] for o, s in held_scores.items()}, "chosen": chosen}


def fitted_figures(docs: Sequence[Doc], rows: Rows, template: Path, c: float,
                   settings: Sequence[Setting]) -> dict[Setting, dict[str, float]]:
    """B-cubed F1 in each order of the decision fitted on all tune rows, at each setting: a
    necessary condition, checked before the folds, since a decision that cannot beat the
    cosine on the topics it was fitted on will not on others."""
    found = {}
    for band, t in settings:
        linker = fit_linker(rows, c, t, band)
        found[band, t] = {order: pooled_f1(docs, link_run(ordered(docs, order), template, linker))
                          for order in ORDERS}
    return found


def written_pairs(linker: Linker | None, folder: Path, coded: list[dict[str, Any]] | None = None
                  ) -> tuple[int, list[dict[str, Any]]]:
    """How many records of our written pair sets are linked right (same: one story; different
    and chain: two), each set linked into a store of its own as its test links it; and the
    coded articles (coded once, passed back in)."""
    from eventwire.api import code_text

    records = [(path, json.loads(line)) for path in PAIRS
               for line in path.read_text("utf-8").splitlines() if line.strip()]
    sides = [(path, record, side) for path, record in records for side in "abc" if side in record]
    if coded is None:
        coded = [code_text(record[side]["text"], id=f"{record['id']}{side}", title=record[side]["title"],
                           clean=False).to_dict()
                 for _, record, side in sides]
    right = 0
    for path in PAIRS:
        # the sets reuse record ids (d00...): each set's articles are its own
        mine = [record for p, record in records if p == path]
        articles = [c for (p, _, _), c in zip(sides, coded, strict=True) if p == path]
        with linker_in_use(linker):
            stories = dict(zip([a["id"] for a in articles],
                               topic_cv.link_documents(articles, topic_cv.empty_store(folder)), strict=True))
        for record in mine:
            other = "c" if record["relation"] == "chain" else "b"
            joined = stories[f"{record['id']}a"] == stories[f"{record['id']}{other}"]
            right += joined is (record["relation"] == "same")
    return right, coded


def passes(learned: dict[str, float], cosine: dict[str, float], pairs: int, cosine_pairs: int) -> bool:
    """The gate to ship: mean F1 over the orders MARGIN above the cosine's, no order more than
    ORDER_SLACK below it, and the written pairs linked no worse."""
    mean = sum(learned.values()) / len(learned) - sum(cosine.values()) / len(cosine)
    return (mean >= MARGIN and all(learned[o] >= cosine[o] - ORDER_SLACK for o in cosine)
            and pairs >= cosine_pairs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eventwire.link.train",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"),
                        help="the shared data folder (gold/dev/ecbplus inside)")
    parser.add_argument("--cache", type=Path, help="JSON file of the coded tune documents (read or written)")
    parser.add_argument("--c", type=float, default=C, help="the regression's inverse regularisation")
    parser.add_argument("--out", type=Path, default=OUT, help=f"the model file to write ({OUT.name})")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    docs = topic_cv.collect(args.shared, args.cache)
    with tempfile.TemporaryDirectory(prefix="eventwire-train-") as tmp:
        template = topic_cv.empty_store(Path(tmp))
        cosine, rows = cosine_rows(docs, template)
        print("cosine through the store, B-cubed F1 per order: "
              + " ".join(f"{o} {f:.4f}" for o, f in cosine.items()) + f"; mean {_mean(cosine):.4f}",
              flush=True)
        print(f"{len(rows.rows)} decision rows, {sum(rows.labels)} of the article's story", flush=True)
        settings = [(band, t) for band in BANDS for t in THRESHOLDS]
        fits = fitted_figures(docs, rows, template, args.c, settings)
        for (band, t), figures in fits.items():
            print(f"hybrid (C={args.c}, band {band}), fitted on all of tune, at joining probability {t}: "
                  "B-cubed F1 per order " + " ".join(f"{o} {f:.4f}" for o, f in figures.items())
                  + f"; mean {_mean(figures):.4f}", flush=True)
        settings = [s for s in settings if passes(fits[s], cosine, 0, 0)]
        if not settings:
            print(f"not written: fitted on every tune topic, the hybrid decision does not beat the cosine "
                  f"under the gate at any setting ({time.perf_counter() - started:.0f} s)")
            return 1
        found = grouped_folds(docs, rows, template, args.c, settings)
        learned = found["orders"]
        band, threshold = max(settings, key=lambda s: (found["chosen"][s], _mean(fits[s])))
        print(f"hybrid (C={args.c}) out of fold ({FOLDS} folds of topics) through the store, B-cubed F1 per "
              "order: " + " ".join(f"{o} {f:.4f}" for o, f in learned.items())
              + f"; mean {_mean(learned):.4f}; chosen band {band} probability {threshold}", flush=True)
        linker = fit_linker(rows, args.c, threshold, band)
        print("weights: " + ", ".join(f"{n} {w:+.3f}" for n, w in sorted(linker.weights.items(),
                                                                           key=lambda kv: -abs(kv[1]))))
        cosine_pairs, coded = written_pairs(None, Path(tmp))
        pairs, _ = written_pairs(linker, Path(tmp), coded)
        print(f"written pairs linked right: cosine {cosine_pairs}, hybrid {pairs}", flush=True)
    print(f"{time.perf_counter() - started:.0f} s")
    if not passes(learned, cosine, pairs, cosine_pairs):
        print("not written: the hybrid decision does not beat the cosine out of fold under the gate")
        return 1
    model = {"about": "eventwire story linker: logistic regression over story features (link/decide.py "
                      "story_features) at the store's decision point, fitted on ECB+ tune by "
                      "python -m eventwire.link.train",
             "bias": round(linker.bias, 6), "C": args.c, "threshold": linker.threshold,
             "low": linker.low, "high": linker.high,
             "out_of_fold_bcubed_f1": {o: round(f, 4) for o, f in learned.items()},
             "cosine_bcubed_f1": {o: round(f, 4) for o, f in cosine.items()},
             "written_pairs": {"learned": pairs, "cosine": cosine_pairs},
             "weights": {n: round(w, 6) for n, w in linker.weights.items()}}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(model, indent=0, sort_keys=True) + "\n", "utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
