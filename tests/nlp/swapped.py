"""The model twice: as spaCy loads it, and with one of its components replaced by ours."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from eventwire import settings


def stock_and_swapped(use: Callable[[Any], bool], old: str) -> tuple[Any, Any]:
    """Two fresh copies of the model: the stock one, and one where `use` (one of the
    ``eventwire.nlp`` ``use_fast_*`` functions) put our component in place of `old`."""
    import spacy

    stock = spacy.load(settings.get("model"))
    swapped = spacy.load(settings.get("model"))
    assert use(swapped)
    assert old not in swapped.pipe_names and old in stock.pipe_names
    return stock, swapped
