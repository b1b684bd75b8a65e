"""Demonyms ("Afghan", "European") and the country or region they name."""

from __future__ import annotations

import functools

from eventwire import datafiles


@functools.lru_cache(maxsize=1)
def demonym_countries() -> dict[str, str]:
    """Demonym (lower case) -> ISO 3166-1 alpha-3 code or region name, from demonyms.tsv;
    "" for a people living across borders ("Kurdish"), which names no place."""
    rows = datafiles.table("where", "demonyms.tsv", ("demonym", "place"), required=("demonym",))
    return {row["demonym"].lower(): row["place"] or "" for row in rows}


def country_of_demonym(word: str) -> str | None:
    """The country code or region `word` is the demonym of ("Afghan" -> "AFG",
    "European" -> "Europe"), "" for a people across borders ("Kurdish": no place, unless
    the text names one), or None."""
    return demonym_countries().get(word.lower())
