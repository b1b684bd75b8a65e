"""Evaluation against the development gold sets in ../shared/gold/dev/.

Each set is a module with ``run(path, limit=None, keep=None) -> dict`` returning flat figures
(floats in [0, 1] unless the name says otherwise); ``keep`` is a filter of item keys
(:mod:`eventwire.evaluate.split`) that selects the tune or the check part. :data:`SETS` maps
the CLI name to the module and the default path under the shared gold folder.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from eventwire.errors import GoldDataError
from eventwire.evaluate.split import keeper

SETS: dict[str, tuple[str, str]] = {
    "plover_gsr": ("eventwire.evaluate.plover_gsr", "plover_gsr/dev.json"),
    "conflibert_cameo": ("eventwire.evaluate.conflibert", "conflibert_cameo"),
    "tempeval3": ("eventwire.evaluate.tempeval3", "tempeval3"),
    "geo": ("eventwire.evaluate.geo", "geo"),
    "zyte": ("eventwire.evaluate.zyte", "zyte"),
    "actors": ("eventwire.evaluate.actors", "."),
    "ecbplus": ("eventwire.evaluate.ecbplus", "ecbplus"),
    "polnear": ("eventwire.evaluate.polnear", "polnear"),
    "zsp_plv": ("eventwire.evaluate.zsp_plv", "zsp_plover/PLV_train.tsv"),
    "zsp_aw": ("eventwire.evaluate.zsp_aw", "zsp_plover/AW_train.tsv"),
    "case2021": ("eventwire.evaluate.case2021", "case2021_task2/dev.tsv"),
    "news": ("eventwire.evaluate.news.score", "."),
    # our own pairs of reports, shipped with the package (evaluate/data/discrepancy_test/)
    "discrepancies": ("eventwire.evaluate.discrepancies", "."),
}


def default_path(name: str) -> Path:
    """Where the set lives in a checkout with ../shared beside it."""
    here = Path.cwd()
    for base in (here, *here.parents):
        candidate = base / "shared" / "gold" / "dev" / SETS[name][1]
        if candidate.exists():
            return candidate
        sibling = base.parent / "shared" / "gold" / "dev" / SETS[name][1]
        if sibling.exists():
            return sibling
    raise GoldDataError(f"cannot find the {name} gold set: give its path "
                        f"(../shared/gold/dev/{SETS[name][1]})")


def evaluate(name: str, path: str | Path | None = None, limit: int | None = None,
             part: str | None = None, order: str = "file") -> dict[str, Any]:
    """Run the evaluation `name` on the gold data at `path`; returns its figures.

    `part` is ``"tune"``, ``"check"`` or None/``"all"`` for the whole set; `limit` counts
    items before the part is taken. `order` other than ``"file"`` re-orders the documents
    (ecbplus only: :func:`eventwire.evaluate.ecbplus.reorder`)."""
    if name not in SETS:
        raise GoldDataError(f"unknown evaluation {name!r}; known: {', '.join(sorted(SETS))}")
    module = importlib.import_module(SETS[name][0])
    gold = Path(path) if path else default_path(name)
    if not gold.exists():
        raise GoldDataError(f"{gold}: no such file or folder")
    if order != "file" and name != "ecbplus":
        raise GoldDataError(f"--order applies to ecbplus only, not {name}")
    extra = {"order": order} if order != "file" else {}
    figures: dict[str, Any] = module.run(gold, limit=limit, keep=keeper(part), **extra)
    return figures
