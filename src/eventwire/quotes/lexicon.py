"""The quote cue lexicon: reporting verbs and cue phrases from ``data/cues.tsv``."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from eventwire import datafiles
from eventwire.errors import ConfigError

COLUMNS = ("cue", "kind")
KINDS = ("speech", "clause", "intent", "object", "colon", "quoted", "phrase", "notlabel")


@dataclass(frozen=True)
class Cues:
    """Cue words by kind (see the header of ``data/cues.tsv``)."""

    speech: frozenset[str]
    clause: frozenset[str]
    intent: frozenset[str]
    object: frozenset[str]
    colon: frozenset[str]
    quoted: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]
    not_labels: frozenset[str]

    def direct(self, lemma: str) -> bool:
        """Can this verb introduce quoted words or a block after a colon?"""
        return any(lemma in words for words in (self.speech, self.intent, self.object, self.colon,
                                                 self.quoted))

    def complement(self, lemma: str) -> bool:
        """Is this verb's clause complement attributed content?"""
        return any(lemma in words for words in (self.speech, self.clause, self.intent, self.object))


@functools.cache
def load_cues(filename: str = "cues.tsv") -> Cues:
    """The cue lexicon, schema-checked; raises ConfigError on a malformed file."""
    rows = [(row["cue"], row["kind"]) for row in datafiles.table("quotes", filename, COLUMNS)]
    check(filename, rows)
    by_kind = {kind: [cue for cue, k in rows if k == kind] for kind in KINDS}
    return Cues(speech=frozenset(by_kind["speech"]), clause=frozenset(by_kind["clause"]),
                intent=frozenset(by_kind["intent"]), object=frozenset(by_kind["object"]),
                colon=frozenset(by_kind["colon"]), quoted=frozenset(by_kind["quoted"]),
                phrases=tuple(tuple(p.split()) for p in by_kind["phrase"]),
                not_labels=frozenset(by_kind["notlabel"]))


def check(filename: str, rows: list[tuple[str, str]]) -> None:
    """Raise ConfigError unless the kinds and uniqueness of cues are right (the shared reader
    has checked the columns)."""
    bad = [cue for cue, kind in rows if kind not in KINDS or not cue or cue != cue.lower()]
    if bad:
        raise ConfigError(f"{filename}: bad rows {bad[:3]}; kinds are {', '.join(KINDS)}, cues lower case")
    cues = [cue for cue, _ in rows]
    if len(set(cues)) != len(cues):
        raise ConfigError(f"{filename}: a cue is listed twice")
