"""Demonyms ("Afghan", "European") and the country or region they name."""

from __future__ import annotations

import csv
import functools
from importlib import resources

_OWN_TABLE = "data/demonyms.tsv"


@functools.lru_cache(maxsize=1)
def demonym_countries() -> dict[str, str]:
    """Demonym (lower case) -> ISO 3166-1 alpha-3 code or region name, from demonyms.tsv."""
    text = resources.files("eventwire.where").joinpath(_OWN_TABLE).read_text("utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return {row["demonym"].lower(): row["place"]
            for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)}


def country_of_demonym(word: str) -> str | None:
    """The country code or region `word` is the demonym of ("Afghan" -> "AFG",
    "European" -> "Europe"), or None."""
    return demonym_countries().get(word.lower())
