"""The TempEval-3 quality gate, and writing our readings as TimeML values."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.records import TimeExpression
from eventwire.when import evaluate_tempeval3
from eventwire.when.tempeval import timeml_value

BASELINE = json.loads((Path(__file__).parent / "tempeval_baseline.json").read_text())


@pytest.mark.parametrize(("value", "value_end", "granularity", "text", "expected"), [
    ("1980-01-01", "1989-12-31", "range", "the 1980s", "198"),
    ("1989-07-01", "1989-09-30", "range", "the third quarter", "1989-Q3"),
    ("2024-12-30", "2025-01-05", "range", "last week", "2025-W01"),
    ("2024-12-21", "2024-12-31", "range", "late December", "2024-12"),
    ("2025-06-01", "2025-08-31", "range", "this summer", "2025-SU"),
    ("2025-01-08", None, "day", "on Wednesday", "2025-01-08"),
    (None, None, "unknown", "now", "PRESENT_REF"),
])
def test_readings_are_written_the_timeml_way(value, value_end, granularity, text, expected):
    expr = TimeExpression(text, 0, len(text), value, value_end, granularity)
    assert timeml_value(expr) == expected


@pytest.mark.gold
@pytest.mark.slow
def test_tempeval3_scores_stay_above_the_baseline(shared):
    scores = evaluate_tempeval3(shared / "gold" / "dev" / "tempeval3")
    assert scores["documents"] == 256
    for name, floor in BASELINE.items():
        assert scores[name] >= floor, (name, scores[name])
