"""How a text may name a country: the actor knowledge base's names, aliases, demonyms,
capitals and metonyms (``actors/data/countries.tsv``), for the checks that ask whether a
report mentions a country it does not code (coverage/discrepancies.py) or condemns it
(coverage/attribution.py)."""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

# a short name ("US", "PA") is matched only as written: in lower case it is a common word
SHORT = 3


class Names(NamedTuple):
    """The ways of naming one country."""

    names: list[str]             # its name, then its aliases
    demonyms: list[str]
    places: list[str]            # its capitals and metonyms ("Kyiv", "the White House")


@functools.cache
def country_names() -> dict[str, Names]:
    """ISO alpha-3 -> the country's :class:`Names`, from the actor knowledge base."""
    from eventwire.actors import tables as actor_tables

    columns = ["code", "name", "aliases", "demonyms", "capitals", "metonyms"]
    rows = actor_tables.read_table(actor_tables.DATA_DIR / "countries.tsv", columns)
    split = actor_tables.split_list
    return {row["code"]: Names([row["name"], *split(row["aliases"])], split(row["demonyms"]),
                               [*split(row["capitals"]), *split(row["metonyms"])])
            for _, row in rows}


def mentions(text: str, country: str) -> bool:
    """Whether `text` names `country` (ISO alpha-3) in any of its ways, as a whole word
    ("Iran-backed" names Iran; "Iranian" too)."""
    return bool(_pattern(country).search(text)) if country in country_names() else False


@functools.cache
def _pattern(country: str) -> re.Pattern[str]:
    found = country_names()[country]
    words = sorted({w for ws in found for w in ws}, key=len, reverse=True)
    long = "|".join(re.escape(w) for w in words if len(w) >= SHORT)
    short = "|".join(re.escape(w) for w in words if len(w) < SHORT)
    parts = [f"(?i:{long})" if long else "", short]
    return re.compile(rf"(?<!\w)(?:{'|'.join(p for p in parts if p)})(?:e?s)?(?!\w)")
