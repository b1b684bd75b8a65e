"""GeoWebNews: toponym recall and precision, accuracy within 161 km, country accuracy."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def run(path: Path, limit: int | None = None) -> dict[str, Any]:
    from eventwire.where import evaluate_geo

    gold = path / "GWN.xml" if path.is_dir() else path
    return dict(evaluate_geo(gold, limit=limit))
