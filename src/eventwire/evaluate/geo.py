"""GeoWebNews: toponym recall and precision, accuracy within 161 km, country accuracy."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from eventwire.evaluate.split import Keep


def run(path: Path, limit: int | None = None, keep: Keep | None = None) -> dict[str, Any]:
    """Articles split by their position in GWN.xml (``geo:<n>``, from 0)."""
    from eventwire.where.evaluate import evaluate_geo

    gold = path / "GWN.xml" if path.is_dir() else path
    return dict(evaluate_geo(gold, limit=limit, keep=keep))
