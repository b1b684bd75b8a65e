"""Normalising place names into index keys: accents folded, lower case, punctuation unified."""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = re.compile(r"['’‘`´]")
_NON_WORD = re.compile(r"[^0-9a-z]+")
_ARTICLE = re.compile(r"^the ")


def fold_accents(text: str) -> str:
    """`text` with combining marks removed ("Kābūl" -> "Kabul")."""
    if text.isascii():
        return text   # no combining mark in ASCII, which NFKD leaves as it is
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def name_key(text: str) -> str:
    """The index key of a place name: "The Côte d'Ivoire" -> "cote divoire".

    Apostrophes vanish (so "d'Ivoire" and "dIvoire" meet), every other run of punctuation
    or space becomes one space, and a leading "the" is dropped.
    """
    folded = fold_accents(text).lower()
    folded = _APOSTROPHES.sub("", folded)
    folded = _NON_WORD.sub(" ", folded).strip()
    return _ARTICLE.sub("", folded)


def is_latin_key(key: str) -> bool:
    """Whether a key is worth indexing: non-empty ASCII (drops names in other scripts)."""
    return bool(key) and key.isascii()


# an abbreviation this short keeps its full stop in the key, so that "Mass." (Massachusetts)
# and "Ind." (Indiana) never match the words "Mass" and "ind"
MAX_ABBREVIATION = 5


def index_key(text: str) -> str:
    """The key a name is indexed and looked up under: :func:`name_key`, plus "." for a
    short abbreviation written with a final full stop ("Calif." -> "calif.")."""
    key = name_key(text)
    if text.rstrip().endswith(".") and 0 < len(key.replace(" ", "")) <= MAX_ABBREVIATION:
        return key + "."
    return key
