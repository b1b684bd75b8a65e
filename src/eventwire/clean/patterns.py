"""Load the clutter patterns (data/clutter.tsv), the English word list (data/english_words.tsv)
and the language names (data/languages.tsv)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from eventwire import datafiles, settings
from eventwire.errors import ConfigError

if TYPE_CHECKING:
    from spacy.lookups import Lookups

KINDS = ("comments", "boilerplate")
ROLES = ("prompt", "comment", "heading", "line", "caption", "crumbs")


@dataclass(frozen=True)
class Pattern:
    kind: str
    role: str
    regex: re.Pattern[str]


@functools.cache
def clutter_patterns() -> tuple[Pattern, ...]:
    """Every row of clutter.tsv, checked; raises ConfigError naming a bad row."""
    rows = datafiles.table("clean", "clutter.tsv", ("kind", "role", "regex"),
                           required=("kind", "role", "regex"))
    return tuple(_pattern(number, row) for number, row in enumerate(rows, start=1))


def _pattern(number: int, row: datafiles.Row) -> Pattern:
    if row["kind"] not in KINDS or row["role"] not in ROLES:
        raise ConfigError(f"clutter.tsv row {number}: kind must be one of {', '.join(KINDS)} and "
                          f"role one of {', '.join(ROLES)}: {row}")
    try:
        return Pattern(row["kind"], row["role"], re.compile(row["regex"], re.IGNORECASE))
    except re.error as exc:
        raise ConfigError(f"clutter.tsv row {number}: bad regular expression: {exc}") from exc


def patterns_for(role: str) -> tuple[Pattern, ...]:
    """The clutter patterns with ``role``."""
    return tuple(p for p in clutter_patterns() if p.role == role)


@functools.cache
def english_words() -> frozenset[str]:
    """Frequent English words (function words first): a language signal that works on
    short blocks and on mixed-language text where a character-n-gram model does not."""
    return frozenset(datafiles.words("clean", "english_words.tsv"))


@functools.cache
def _lemmatizer_lookups() -> Lookups | None:
    """The installed spaCy model's lemmatizer tables (its WordNet-derived index and
    exceptions), read from the model's files without loading the pipeline; None when the
    model is not installed."""
    import spacy
    from spacy.lookups import Lookups

    try:
        package = spacy.util.get_package_path(settings.get("model"))
    except (ImportError, OSError, ValueError):
        return None
    found = sorted(package.glob("**/lemmatizer/lookups/lookups.bin"))
    return Lookups().from_disk(found[0].parent) if found else None


@functools.cache
def english_lexicon() -> frozenset[str]:
    """Every English word the spaCy model's lemmatizer lists (about 88,000 words); empty when
    the model is not installed. A dictionary, not a frequency list: it tells a line of English
    content words ("jets struck rocket depots near the border") from a transliterated
    language, whose words it mostly lacks."""
    lookups = _lemmatizer_lookups()
    words: set[str] = set()
    if lookups is None:
        return frozenset()
    for name, part in (("lemma_index", "values"), ("lemma_exc", "keys")):
        if lookups.has_table(name):
            for forms in lookups.get_table(name).values():
                words.update(forms if part == "values" else forms.keys())
    return frozenset(words)


@functools.cache
def adjective_only_words() -> frozenset[str]:
    """The English words the lemmatizer lists as adjectives and never as nouns ("civil",
    "coastal", "islamic"): a name opening with one is a body's, not a person's
    (actors.mentions); empty when the model is not installed."""
    lookups = _lemmatizer_lookups()
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    index = lookups.get_table("lemma_index")
    return frozenset(set(index.get("adj", [])) - set(index.get("noun", [])))


@functools.cache
def language_names() -> dict[str, str]:
    """ISO 639 code -> English name, for the languages py3langid can label."""
    rows = datafiles.table("clean", "languages.tsv", ("code", "name"), required=("code", "name"))
    return {row["code"]: row["name"] for row in rows}
