"""TempEval-3 (TBAQ-cleaned TimeML): DATE span recall/precision and value accuracy."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def run(path: Path, limit: int | None = None) -> dict[str, Any]:
    from eventwire.when import evaluate_tempeval3

    return dict(evaluate_tempeval3(path, limit=limit))
