"""Quality gate: every evaluation figure stays at or above its floor in baseline.json.

Lowering a floor is a visible change in review. Figures are measured on ../shared/gold/dev.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.evaluate import SETS, evaluate

pytestmark = [pytest.mark.slow, pytest.mark.gold]

BASELINE = json.loads((Path(__file__).parent / "baseline.json").read_text())


@pytest.fixture(scope="module")
def figures(shared):
    cache: dict[str, dict] = {}

    def get(name: str) -> dict:
        if name not in cache:
            cache[name] = evaluate(name, shared / "gold" / "dev" / SETS[name][1])
        return cache[name]

    return get


@pytest.mark.parametrize("name, figure", [(n, f) for n, floors in BASELINE.items()
                                          if not n.startswith("_") for f in floors])
def test_figure_stays_above_its_floor(figures, name, figure):
    floor = BASELINE[name][figure]
    assert figures(name)[figure] >= floor, f"{name} {figure} fell below its floor {floor}"
