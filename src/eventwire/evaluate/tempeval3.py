"""TempEval-3 (TBAQ-cleaned TimeML): DATE span recall/precision and value accuracy."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from eventwire.evaluate.split import Keep


def run(path: Path, limit: int | None = None, keep: Keep | None = None) -> dict[str, Any]:
    """Documents split by file name (``tempeval3:<stem>``)."""
    from eventwire.when.tempeval import evaluate_tempeval3

    return dict(evaluate_tempeval3(path, limit=limit, keep=keep))
