"""Tune and check parts of every development gold set.

An item belongs to the *tune* part or the *check* part by a hash of its key alone, so the
parts never change when items are added, reordered or dropped, and the same sentence or
document lands in the same part in every set that holds it (many ZSP PLV sentences are also
ConfliBERT sentences; the news set's documents are also PolNeAR, ECB+, GeoWebNews and TBAQ
documents). Rules are written, models fitted and errors read on *tune* only; figures are
reported and quality floors set on *check*. ``docs/evaluation.md`` gives every set's key.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from typing import Literal

Part = Literal["tune", "check"]
PARTS: tuple[Part, ...] = ("tune", "check")
CHECK_SHARE = 3                   # of 10 buckets: about 30% of items are check items
_NOT_WORD = re.compile(r"[\W_]+")

Keep = Callable[[str], bool]


def part_of(key: str) -> Part:
    """``"tune"`` or ``"check"`` for an item key (7 of 10 hash buckets are tune)."""
    bucket = int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:8], "big") % 10
    return "check" if bucket < CHECK_SHARE else "tune"


def sentence_key(text: str) -> str:
    """A sentence's key: its letters and digits, lower-cased, so that the same sentence
    tokenized (ConfliBERT's CoNLL rows) and untokenized (its class rows, ZSP PLV) agree."""
    return "s:" + _NOT_WORD.sub("", text.lower())


def document_key(corpus: str, doc_id: str) -> str:
    """A document's key: its corpus and its id there (``polnear:<file>``, ``ecbplus:<topic>``…)."""
    return f"{corpus}:{doc_id}"


def keeper(part: str | None) -> Keep | None:
    """A filter of item keys for one part, or None (keep everything) for the whole set."""
    if part in (None, "all"):
        return None
    if part not in PARTS:
        raise ValueError(f"unknown part {part!r}: tune, check or all")
    return lambda key: part_of(key) == part


def kept(keep: Keep | None, key: str) -> bool:
    """Whether an item with this key is in the part `keep` selects."""
    return keep is None or keep(key)
