"""Quality gate: every evaluation figure on the CHECK part of its set stays at or above its
floor in baseline.json (and at or below its ceiling, for figures where lower is better).

Lowering a floor is a visible change in review. Figures are measured on the check parts of
../shared/gold/dev (docs/evaluation.md): the parts no rule or model is tuned on.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.evaluate import SETS, evaluate

pytestmark = [pytest.mark.slow, pytest.mark.gold]

BASELINE = json.loads((Path(__file__).parent / "baseline.json").read_text())
FLOORS = [(n, f) for n, floors in BASELINE.items() if not n.startswith("_") for f in floors]
CEILINGS = [(n, f) for n, ceilings in BASELINE["_ceilings"].items() for f in ceilings]


@pytest.fixture(scope="module")
def figures(shared):
    cache: dict[str, dict] = {}

    def get(name: str) -> dict:
        if name not in cache:
            cache[name] = evaluate(name, shared / "gold" / "dev" / SETS[name][1], part="check")
        return cache[name]

    return get


@pytest.mark.parametrize("name, figure", FLOORS)
def test_figure_stays_above_its_floor(figures, name, figure):
    floor = BASELINE[name][figure]
    assert figures(name)[figure] >= floor, f"{name} {figure} (check) fell below its floor {floor}"


@pytest.mark.parametrize("name, figure", CEILINGS)
def test_figure_stays_below_its_ceiling(figures, name, figure):
    ceiling = BASELINE["_ceilings"][name][figure]
    assert figures(name)[figure] <= ceiling, f"{name} {figure} (check) rose above its ceiling {ceiling}"


def test_every_set_has_a_floor():
    assert set(SETS) <= {n for n, _ in FLOORS}, "a set with no floor is not gated"
