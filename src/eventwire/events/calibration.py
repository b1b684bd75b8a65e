"""Calibrated confidence: a monotone step mapping from the evidence score to precision.

The steps live in ``data/calibration.tsv`` (``evidence_min`` -> ``precision``), fitted by
:func:`fit_steps` (pool-adjacent-violators) on the PLOVER dev records, where an event counts
as right when its type is the sentence's gold type.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable

from eventwire import datafiles
from eventwire.errors import ConfigError

COLUMNS = ["evidence_min", "precision"]
TIE_BREAK = 0.009   # keeps the evidence order among events of one step (the top event)


@functools.cache
def load_steps(filename: str = "calibration.tsv") -> tuple[tuple[float, ...], tuple[float, ...]]:
    """(lower bounds, precisions) of the steps, schema-checked: bounds rise, precision
    never falls."""
    rows = datafiles.table("events", filename, COLUMNS, required=COLUMNS)
    try:
        pairs = [(float(r["evidence_min"]), float(r["precision"])) for r in rows]
    except (TypeError, ValueError):
        raise ConfigError(f"{filename}: every field must be a number") from None
    bounds, values = tuple(p[0] for p in pairs), tuple(p[1] for p in pairs)
    if not pairs or list(bounds) != sorted(set(bounds)) or list(values) != sorted(values):
        raise ConfigError(f"{filename}: steps must have rising bounds and non-falling precision")
    return bounds, values


def calibrated(evidence: float) -> float:
    """The expected precision of an event with this evidence score, in [0, 1]."""
    bounds, values = load_steps()
    step = max(bisect.bisect_right(bounds, evidence) - 1, 0)
    return round(min(values[step] + TIE_BREAK * evidence, 0.99), 3)


def fit_steps(pairs: Iterable[tuple[float, bool]], min_size: int = 15) -> list[tuple[float, float]]:
    """Pool-adjacent-violators on (evidence, right) pairs: [(evidence_min, precision)] with
    precision non-decreasing in evidence and each step holding at least ``min_size`` events."""
    grouped: dict[float, list[float]] = {}
    for evidence, right in pairs:
        grouped.setdefault(evidence, [evidence, 0.0, 0.0])
        grouped[evidence][1] += right
        grouped[evidence][2] += 1
    blocks: list[list[float]] = []   # [evidence_min, right, count]
    for group in sorted(grouped.values()):
        blocks.append(group)
        while len(blocks) > 1 and (blocks[-2][1] / blocks[-2][2] >= blocks[-1][1] / blocks[-1][2]
                                   or blocks[-2][2] < min_size):
            last = blocks.pop()
            blocks[-1][1] += last[1]
            blocks[-1][2] += last[2]
    while len(blocks) > 1 and (blocks[-1][2] < min_size
                               or blocks[-2][1] / blocks[-2][2] >= blocks[-1][1] / blocks[-1][2]):
        last = blocks.pop()
        blocks[-1][1] += last[1]
        blocks[-1][2] += last[2]
    return [(round(b[0], 3), round(b[1] / b[2], 3)) for b in blocks]
