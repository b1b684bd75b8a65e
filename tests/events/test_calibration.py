"""Calibrated confidence (issue 5): a monotone step mapping fitted on the dev records."""

from __future__ import annotations

from eventwire.events.calibration import calibrated, fit_steps, load_steps


def test_the_shipped_steps_pass_their_schema_check():
    bounds, values = load_steps()
    assert list(values) == sorted(values) and list(bounds) == sorted(bounds)


def test_confidence_never_falls_as_evidence_rises():
    scores = [calibrated(x / 100) for x in range(0, 101)]
    assert scores == sorted(scores) and all(0 <= s <= 1 for s in scores)


def test_fitted_steps_are_monotone_and_pool_small_groups():
    pairs = [(0.1, False)] * 20 + [(0.5, True)] * 3 + [(0.5, False)] * 17 + [(0.9, True)] * 20
    steps = fit_steps(pairs, min_size=10)
    assert [p for _, p in steps] == sorted(p for _, p in steps)
    assert steps == [(0.1, 0.0), (0.5, 0.15), (0.9, 1.0)]


def test_the_reliability_table_bins_confidence_and_measures_precision():
    from eventwire.evaluate.plover_gsr import reliability

    table = reliability([(0.85, True), (0.82, False), (0.95, True), (0.1, False)])
    rows = {row["bin"]: row for row in table}
    assert rows["0.8-0.9"] == {"bin": "0.8-0.9", "events": 2, "precision": 0.5}
    assert rows["0.9-1.0"]["precision"] == 1.0 and rows["0.2-0.4"]["precision"] is None
