"""The news set's sampling frame as data: ``data/news/frame.tsv`` and ``frame.json``."""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventwire.errors import GoldDataError

DATA = Path(__file__).resolve().parent.parent / "data" / "news"


@dataclass(frozen=True)
class FrameRow:
    sid: str
    corpus: str
    doc_id: str
    start: int
    end: int
    sample: str          # random | emitted
    emitted: bool        # the coder of the day emitted an event in it when it was drawn
    part: str            # tune | check


def read_frame(path: Path = DATA / "frame.tsv") -> list[FrameRow]:
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            return [FrameRow(r["sid"], r["corpus"], r["doc_id"], int(r["start"]), int(r["end"]),
                             r["sample"], r["emitted"] == "1", r["part"])
                    for r in csv.DictReader(handle, delimiter="\t")]
    except (OSError, KeyError, ValueError) as exc:
        raise GoldDataError(f"{path}: not a news sampling frame: {exc}") from exc


def read_frame_meta(path: Path = DATA / "frame.json") -> dict[str, Any]:
    try:
        meta: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise GoldDataError(f"{path}: not a news frame description: {exc}") from exc
    return meta
