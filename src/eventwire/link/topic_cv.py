"""How well story linking generalizes: leave-one-topic-out cross-validation on ECB+ tune.

    python -m eventwire.link.topic_cv --shared ../shared [--cache FILE] [--grid NAME]

Fitted on the tune topics, the story thresholds and weights (:mod:`eventwire.link.stories`)
know those topics; their tune figure says little of unseen ones (the check part). Here every
setting of a grid is linked over all tune documents, through the store's own story linking
(:func:`link_documents`: each article linked in file order, its story held together by
complete linkage, the run settled, as ``eventwire eval ecbplus`` stores it, without its
happenings). Then, for each tune topic, the setting with the best B-cubed F1 on the *other*
topics is chosen and that topic's documents are scored under it. The per-document B-cubed
precision and recall so obtained are pooled over all topics: that is the out-of-topic
figure, printed with the setting each topic was scored under. Deterministic (file order,
fixed grids); about two seconds per setting after coding the tune part once (``--cache``
keeps the coded documents as JSON, outside the repository).
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import shutil
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from eventwire.link import stories

Setting = dict[str, float]

# Each grid varies a few constants of link/stories.py around their shipped values.
GRIDS: dict[str, dict[str, tuple[float, ...]]] = {
    "shipped": {},
    "join": {"JOIN_THRESHOLD": (0.10, 0.12, 0.13, 0.135, 0.14, 0.145, 0.15, 0.155, 0.16, 0.18, 0.20, 0.22,
                                0.25)},
    "split": {"JOIN_THRESHOLD": (0.12, 0.14, 0.16, 0.18),
              "SPLIT_THRESHOLD": (0.0, 0.03, 0.05, 0.08)},
    "contrast": {"JOIN_THRESHOLD": (0.12, 0.14, 0.16, 0.18),
                 "YEAR_CONTRAST": (0.25, 0.5, 1.0)},
    "names": {"JOIN_THRESHOLD": (0.12, 0.14, 0.15, 0.16, 0.18),
              "NAME_CONTRAST": (0.5, 0.75, 1.0)},
    # off first: a tie goes to the earlier setting, so a fold takes the veto only if it helps
    "veto": {"CONTRADICTION": (1.0, 0.5, 0.25), "CONTRADICTION_NAMES": (2, 3)},
    # off first, as for the veto
    "places": {"PLACE_CONTRAST": (1.0, 0.75, 0.5, 0.25), "JOIN_THRESHOLD": (0.14,)},
    # off first, as for the veto
    "days": {"DAY_CONTRAST": (1.0, 0.5, 0.25, 0.1), "DAY_GAP": (30, 7)},
    # off first, as for the veto: years and figures both apart, whatever names are shared
    "figyears": {"YEAR_FIGURE_CONTRAST": (1.0, 0.5, 0.25), "DAY_CONTRAST": (0.25, 0.1)},
    # how much names weigh against words in the signature
    "weights": {"NAME_WEIGHT": (2.0, 3.0, 1.5), "JOIN_THRESHOLD": (0.14, 0.12)},
}


def collect(shared: Path, cache: Path | None = None,
            progress: Callable[[str], None] = print) -> list[tuple[str, str, dict[str, Any]]]:
    """(doc id, gold story, coded article dict) for every tune document of ECB+, coded as
    ``eventwire eval ecbplus`` codes them; read from `cache` when it exists, else written there."""
    if cache is not None and cache.is_file():
        return [(d, g, c) for d, g, c in json.loads(cache.read_text("utf-8"))]
    from eventwire.api import code_text
    from eventwire.evaluate.ecbplus import load
    from eventwire.evaluate.split import document_key, part_of

    docs = [d for d in load(shared / "gold" / "dev" / "ecbplus")
            if part_of(document_key("ecbplus", d[1].split("-")[0])) == "tune"]
    progress(f"coding {len(docs)} tune documents")
    coded = [(doc_id, gold, code_text(text, id=doc_id, clean=False).to_dict())
             for doc_id, gold, text in docs]
    if cache is not None:
        cache.write_text(json.dumps(coded), "utf-8")
    return coded


@contextlib.contextmanager
def setting(values: Mapping[str, float]) -> Iterator[None]:
    """The constants of link/stories.py set to `values` for the time of the block."""
    saved = {name: getattr(stories, name) for name in values}
    try:
        for name, value in values.items():
            setattr(stories, name, value)
        yield
    finally:
        for name, value in saved.items():
            setattr(stories, name, value)


def link_documents(coded: Sequence[Mapping[str, Any]], template: Path) -> list[str]:
    """The story of each coded article once all are linked, in order, into a copy of the
    empty store `template` (:func:`empty_store`) and settled: the story path of
    ``store/writing.py write_article`` and of settling, without the article's other rows."""
    from sqlalchemy import select

    from eventwire.store import Store, story_linking
    from eventwire.store import schema as S

    with tempfile.TemporaryDirectory(prefix="eventwire-cv-") as tmp:
        db = Path(tmp) / "store.db"
        shutil.copyfile(template, db)
        with Store(f"sqlite:///{db}") as store, store._session.begin() as session:
            ids = []
            for article in coded:
                linked = story_linking.ArticleTerms(id=article["id"], title=article.get("title"),
                                                    published=article.get("published"),
                                                    terms=stories.signature(article))
                story_id, telling, df = story_linking.link_story(session, linked)
                S.insert_rows(session, S.ArticleRow, [{
                    "id": linked.id, "content_hash": "", "title": linked.title,
                    "published": linked.published, "text": "", "removed": [], "meta": {},
                    "coded": {}, "terms": linked.terms, "story_id": story_id, "coder_version": ""}])
                story_linking.index_article(session, linked, telling)
                story_linking.hold_story(session, linked, story_id, df)
                ids.append(linked.id)
            story_linking.settle_stories(session, ids)
            rows = session.execute(select(S.ArticleRow.id, S.ArticleRow.story_id))
            found = {row.id: row.story_id for row in rows}
    return [str(found[article["id"]]) for article in coded]


def empty_store(folder: Path) -> Path:
    """A migrated empty SQLite store in `folder`, copied for every linking run."""
    from eventwire.store import Store

    path = folder / "template.db"
    with Store(f"sqlite:///{path}"):
        pass
    return path


def per_document(gold: Sequence[str], predicted: Sequence[str],
                 among: Sequence[int] | None = None) -> dict[int, tuple[float, float]]:
    """B-cubed (precision, recall) of each document of `among` (default all), with the
    clustering restricted to `among` when given."""
    members = range(len(gold)) if among is None else among
    clusters: dict[str, set[int]] = {}
    golds: dict[str, set[int]] = {}
    for n in members:
        clusters.setdefault(predicted[n], set()).add(n)
        golds.setdefault(gold[n], set()).add(n)
    return {n: (len(clusters[predicted[n]] & golds[gold[n]]) / len(clusters[predicted[n]]),
                len(clusters[predicted[n]] & golds[gold[n]]) / len(golds[gold[n]])) for n in members}


def score(scores: Mapping[int, tuple[float, float]]) -> tuple[float, float, float]:
    """Pooled B-cubed (precision, recall, F1) of per-document scores."""
    precision = sum(p for p, _ in scores.values()) / len(scores)
    recall = sum(r for _, r in scores.values()) / len(scores)
    return precision, recall, 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def settings_of(grid: Mapping[str, Sequence[float]]) -> list[Setting]:
    names = sorted(grid)
    return [dict(zip(names, values, strict=True)) for values in itertools.product(*(grid[n] for n in names))]


def cross_validate(docs: Sequence[tuple[str, str, Mapping[str, Any]]], grid: Sequence[Setting],
                   progress: Callable[[str], None] = print) -> dict[str, Any]:
    """Leave-one-topic-out figures of a grid of settings (see the module docstring)."""
    gold = [g for _, g, _ in docs]
    topics = [g.split("-")[0] for g in gold]
    runs = []
    with tempfile.TemporaryDirectory(prefix="eventwire-cv-") as tmp:
        template = empty_store(Path(tmp))
        for values in grid:
            with setting(values):
                predicted = link_documents([c for _, _, c in docs], template)
            runs.append(predicted)
            progress(f"{_show(values)}: tune fit P/R/F1 {_show_score(score(per_document(gold, predicted)))}")
    pooled: dict[int, tuple[float, float]] = {}
    chosen: dict[str, Setting] = {}
    for topic in sorted(set(topics), key=int):
        held = [n for n, t in enumerate(topics) if t == topic]
        rest = [n for n, t in enumerate(topics) if t != topic]
        # ties go to the earlier setting of the grid
        best = max(range(len(grid)),
                   key=lambda k: (round(score(per_document(gold, runs[k], rest))[2], 6), -k))
        chosen[topic] = grid[best]
        full = per_document(gold, runs[best])
        pooled |= {n: full[n] for n in held}
        held_score = score({n: full[n] for n in held})
        progress(f"topic {topic}: {_show(grid[best])} -> P/R/F1 {_show_score(held_score)}")
    precision, recall, f1 = score(pooled)
    return {"cv_precision": precision, "cv_recall": recall, "cv_f1": f1, "settings": len(grid),
            "chosen": dict(Counter(_show(v) for v in chosen.values()))}


def _show(values: Mapping[str, float]) -> str:
    return " ".join(f"{k}={v}" for k, v in sorted(values.items())) or "shipped"


def _show_score(found: tuple[float, float, float]) -> str:
    return "/".join(f"{v:.3f}" for v in found)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eventwire.link.topic_cv",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"),
                        help="the shared data folder (gold/dev/ecbplus inside)")
    parser.add_argument("--cache", type=Path, help="JSON file of the coded tune documents (read or written)")
    parser.add_argument("--grid", choices=sorted(GRIDS), default="join", help="the settings compared")
    args = parser.parse_args(argv)
    docs = collect(args.shared, args.cache)
    found = cross_validate(docs, settings_of(GRIDS[args.grid]))
    print(json.dumps(found, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
