"""Sidecar metadata: ``012-x.json`` beside ``012-x.txt`` supplies id, title, published ..."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from eventwire.errors import InputError
from eventwire.read.documents import metadata_problem
from eventwire.read.jsonl import load_json


def sidecar_path(path: Path) -> Path:
    """The sidecar of ``path``: same folder, same stem (".gz" and format suffix dropped)."""
    stem = path.name.removesuffix(".gz").removesuffix(".GZ")
    return path.with_name(Path(stem).stem + ".json")


def load_sidecar(path: Path) -> dict[str, Any]:
    """The metadata in the sidecar of ``path`` ({} if there is none).

    A sidecar that exists but is broken raises InputError: user-supplied metadata such as
    the publication date decides how events are dated, so it is never silently ignored.
    """
    side = sidecar_path(path)
    if not side.is_file():
        return {}
    try:
        data = load_json(side.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, InputError) as exc:
        raise InputError(f"sidecar {side.name} cannot be read as JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise InputError(f"sidecar {side.name} must hold a JSON object")
    problem = metadata_problem(data, need_content=False)
    if problem:
        raise InputError(f"sidecar {side.name}: {problem}")
    return data
