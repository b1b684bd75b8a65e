"""Fitting the toponym ranker (where/rank.py) on the tune part of GeoWebNews.

    python -m eventwire.where.train --shared ../shared

Every tune article is parsed with the pipeline's model and its toponyms found as the coder
finds them. Each found toponym that overlaps a gold toponym with coordinates and has two or
more candidates is a group: its candidates are rows of :func:`eventwire.where.rank.features`,
labelled right when the candidate is the gold GeoNames record, or else the nearest candidate
within 161 km of the gold point. A logistic regression (scikit-learn) is fitted on the rows;
its C is chosen by grouped 5-fold cross-validation on the share of groups whose top candidate
is right, which is printed beside the hand-weighted score's share on the same groups.
Deterministic (fixed folds, lbfgs); about a minute on 2 cores.

    python -m eventwire.where.train --shared ../shared --cv 5

measures instead of writing: the tune articles fall into 5 folds (every toponym of an
article in one fold); for each fold the ranker is fitted as above on the other folds' groups
(its C chosen by their own inner folds) and the whole find_places path runs on the fold's
articles with it; the articles' places are scored as ``eventwire eval geo`` scores them
(where/evaluate.py: recall, precision, right country overall and per kind, 161 km among
found). These are out-of-fold figures: ``eval geo --part tune`` runs the shipped ranker,
fitted on those very articles, and flatters it. About two minutes on 2 cores; nothing is
written.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventwire.evaluate.split import document_key, part_of
from eventwire.where.evaluate import ACCURACY_KM, GOLD_TYPES, read_gwn
from eventwire.where.gazetteer import Candidate, Gazetteer, distance_km
from eventwire.where.rank import MODEL_FILE, Features, Ranker, features
from eventwire.where.resolve import best
from eventwire.where.toponyms import Mention, collect_mentions, mention_contexts

OUT = Path(__file__).resolve().parent / "data" / MODEL_FILE
SEED = 13
C_GRID = (0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0)


@dataclass
class Group:
    """One found toponym: its candidates' features, which are right, and the hand choice."""

    article: int
    rows: list[Features]
    right: list[bool]
    hand: int            # the hand-weighted score's choice


def _right(candidates: list[Candidate], gold: dict[str, Any]) -> list[bool]:
    """The gold record when it is a candidate, else the nearest candidate within 161 km."""
    if gold["geonameid"] is not None and any(c.geonameid == gold["geonameid"] for c in candidates):
        return [c.geonameid == gold["geonameid"] for c in candidates]
    km = [distance_km(c.lat, c.lon, gold["lat"], gold["lon"])
          if c.lat is not None and c.lon is not None else float("inf") for c in candidates]
    nearest = min(range(len(km)), key=km.__getitem__)
    return [i == nearest and km[i] <= ACCURACY_KM for i in range(len(km))]


def _gold_for(mention: Mention, toponyms: list[dict[str, Any]]) -> dict[str, Any] | None:
    return next((t for t in toponyms if t["type"] in GOLD_TYPES and t["lat"] is not None
                 and t["start"] < mention.end_char and mention.start_char < t["end"]), None)


def article_groups(n: int, doc: Any, toponyms: list[dict[str, Any]],
                   gazetteer: Gazetteer) -> Iterator[Group]:
    """The groups of one parsed article."""
    mentions = collect_mentions(doc, gazetteer)
    contexts = mention_contexts(mentions, gazetteer)
    for mention, context in zip(mentions, contexts, strict=True):
        gold = _gold_for(mention, toponyms)
        if gold is None or len(mention.candidates) < 2:
            continue
        right = _right(mention.candidates, gold)
        if not any(right):
            continue
        chosen = best(mention.candidates, context, mention.qualifiers, gazetteer.capitals)
        rows = [features(c, mention.candidates, context, mention.qualifiers, gazetteer.capitals)
                for c in mention.candidates]
        yield Group(n, rows, right, mention.candidates.index(chosen) if chosen else 0)


@dataclass
class TuneArticle:
    """A parsed tune article of GeoWebNews, with its gold toponyms."""

    n: int
    item: dict[str, Any]
    doc: Any


def tune_articles(shared: Path) -> list[TuneArticle]:
    """Every tune article of GeoWebNews, parsed with the pipeline's model."""
    from eventwire.nlp import load_model

    nlp = load_model()
    items = read_gwn(shared / "gold" / "dev" / "geo" / "GWN.xml")
    tune = [(n, item) for n, item in enumerate(items)
            if part_of(document_key("geo", str(n))) == "tune"]
    return [TuneArticle(n, item, doc) for (n, item), doc
            in zip(tune, nlp.pipe(item["text"] for _, item in tune), strict=True)]


def collect(shared: Path, progress: Callable[[str], None] = print,
            articles: list[TuneArticle] | None = None) -> list[Group]:
    """Groups of every tune article of GeoWebNews (of `articles` when given)."""
    from eventwire.where.cache import default_gazetteer

    gazetteer = default_gazetteer()
    articles = tune_articles(shared) if articles is None else articles
    groups: list[Group] = []
    for article in articles:
        groups += article_groups(article.n, article.doc, article.item["toponyms"], gazetteer)
    progress(f"{len(articles)} tune articles, {len(groups)} toponyms with two or more candidates")
    return groups


def cross_validate(shared: Path, folds: int,
                   progress: Callable[[str], None] = print) -> dict[str, Any]:
    """Out-of-fold scores of the whole find_places path on the tune articles: each fold's
    articles resolved by a ranker fitted on the other folds (see the module docstring)."""
    import numpy as np
    from sklearn.model_selection import GroupKFold

    from eventwire.records import Article
    from eventwire.where.cache import default_gazetteer
    from eventwire.where.evaluate import GeoScorer
    from eventwire.where.toponyms import find_places

    gazetteer = default_gazetteer()
    articles = tune_articles(shared)
    groups = collect(shared, progress, articles)
    numbers = np.array([a.n for a in articles])
    scorer = GeoScorer(gazetteer)
    splits = GroupKFold(n_splits=folds, shuffle=True, random_state=SEED).split(
        np.zeros(len(articles)), groups=numbers)
    for k, (_, held) in enumerate(splits):
        out = {int(numbers[i]) for i in held}
        model = fit([g for g in groups if g.article not in out], progress=lambda _: None)
        ranker = Ranker(model["weights"], model["bias"])
        for i in held:
            article = Article(id="gwn", text=articles[i].item["text"])
            article.doc = articles[i].doc
            find_places(article, gazetteer, ranker)
            scorer.add(article.text, article.places, articles[i].item["toponyms"])
        progress(f"fold {k + 1}/{folds}: {len(held)} articles, C={model['C']}")
    return scorer.summary()


def _report(summary: dict[str, Any]) -> str:
    """The out-of-fold figures, one line overall and one per kind of toponym."""
    keys = ("recall", "precision", "country_accuracy", "accuracy_161km",
            "found_without_coords_share")
    lines = ["out of fold: " + "  ".join(f"{k} {summary[k]:.4f}" for k in keys)
             + f"  ({summary['country_right']}/{summary['with_country']} countries right)"]
    for kind, figures in summary["by_kind"].items():
        lines.append(f"  {kind:8} found {figures['found']:4}  country {figures['country_accuracy']:.4f}"
                     f"  161km {figures['accuracy_161km']:.4f}")
    return "\n".join(lines)


def _pairs(x: Any, groups: list[Group], offsets: list[int], wanted: Any) -> tuple[Any, Any]:
    """Pairwise rows of the `wanted` groups: right minus wrong (label 1) and its mirror
    (label 0), so the fitted weights rank candidates within a toponym, whatever the number of
    namesakes a name has (a pointwise fit would learn mostly that most candidates are wrong)."""
    import numpy as np
    import scipy.sparse as sp

    ups, downs = [], []
    for g in wanted:
        base, group = offsets[g], groups[g]
        right = [base + i for i, r in enumerate(group.right) if r]
        wrong = [base + i for i, r in enumerate(group.right) if not r]
        ups += [r for r in right for _ in wrong]
        downs += [w for _ in right for w in wrong]
    diff = x[ups] - x[downs]
    return sp.vstack([diff, -diff]).tocsr(), np.r_[np.ones(len(ups)), np.zeros(len(ups))]


def fit(groups: list[Group], progress: Callable[[str], None] = print) -> dict[str, Any]:
    """The pairwise logistic regression over the groups' rows, as the JSON rank.py loads."""
    import numpy as np
    import sklearn
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    vectorizer = DictVectorizer(sort=True)
    x = vectorizer.fit_transform([row for g in groups for row in g.rows]).tocsr()
    offsets = np.cumsum([0] + [len(g.rows) for g in groups]).tolist()
    owner = np.array([i for i, g in enumerate(groups) for _ in g.rows])
    articles = np.array([g.article for g in groups])
    folds = list(GroupKFold(n_splits=5, shuffle=True, random_state=SEED)
                 .split(np.zeros(len(groups)), groups=articles))
    hand = np.mean([g.right[g.hand] for g in groups])
    progress(f"hand-weighted score: top candidate right for {hand:.3f} of the toponyms")
    best_c, best_share = C_GRID[0], -1.0
    for c in C_GRID:
        right = 0
        for train, test in folds:
            model = LogisticRegression(C=c, max_iter=5000, fit_intercept=False)
            model.fit(*_pairs(x, groups, offsets, train))
            right += _top_right(model.decision_function(x), owner, set(test.tolist()), groups)
        share = right / len(groups)
        progress(f"C={c}: top candidate right (out of fold) for {share:.3f}")
        if share > best_share + 1e-9:
            best_c, best_share = c, share
    model = LogisticRegression(C=best_c, max_iter=5000, fit_intercept=False)
    model.fit(*_pairs(x, groups, offsets, range(len(groups))))
    names = vectorizer.get_feature_names_out()
    return {
        "about": "eventwire toponym ranker: pairwise logistic regression over candidate "
                 "features (where/rank.py), fitted on the GeoWebNews tune part by "
                 "python -m eventwire.where.train",
        "bias": 0.0,
        "C": best_c,
        "sklearn": sklearn.__version__,
        "groups": len(groups),
        "out_of_fold_top_right": round(best_share, 4),
        "hand_top_right": round(float(hand), 4),
        "weights": {str(n): round(float(w), 5)
                    for n, w in sorted(zip(names, model.coef_[0], strict=True))},
    }


def _top_right(scores: Any, owner: Any, wanted: set[int], groups: list[Group]) -> int:
    """How many of the `wanted` groups have a right top-scoring candidate."""
    by_group: dict[int, list[float]] = {}
    for score, group in zip(scores.tolist(), owner.tolist(), strict=True):
        if group in wanted:
            by_group.setdefault(group, []).append(score)
    return sum(groups[g].right[max(range(len(s)), key=s.__getitem__)]
               for g, s in by_group.items())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="train the toponym ranker "
                                                 "(where/data/ranker.json)")
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--cv", type=int, metavar="K", default=0,
                        help="write nothing: print out-of-fold figures of the whole find_places "
                             "path over K folds of the tune articles, and (with --json) their JSON")
    parser.add_argument("--json", action="store_true", help="with --cv: print the JSON summary too")
    args = parser.parse_args(argv)
    if args.cv == 1 or args.cv < 0:
        print("error: --cv needs 2 folds or more", file=sys.stderr)
        return 2
    gwn = args.shared / "gold" / "dev" / "geo" / "GWN.xml"
    if not gwn.is_file():
        print(f"error: {gwn}: no GeoWebNews file (give --shared ../shared)", file=sys.stderr)
        return 2
    began = time.monotonic()
    if args.cv:
        summary = cross_validate(args.shared, args.cv)
        print(_report(summary))
        if args.json:
            print(json.dumps(summary, sort_keys=True))
        print(f"({time.monotonic() - began:.0f} s)")
        return 0
    groups = collect(args.shared)
    model = fit(groups)
    OUT.write_text(json.dumps(model, indent=0) + "\n", encoding="utf-8")
    kinds = Counter(k for g in groups for row in g.rows for k in row if k.startswith("kind="))
    print(f"wrote {OUT}: {len(model['weights'])} weights, C={model['C']}, candidate kinds "
          f"{dict(sorted(kinds.items()))} ({time.monotonic() - began:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
