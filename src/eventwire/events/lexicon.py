"""The trigger lexicon: a versioned TSV of event triggers keyed by (type, mode)."""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from dataclasses import dataclass, field

from eventwire import datafiles, ontology
from eventwire.errors import ConfigError

COLUMNS = ["type", "mode", "cameo", "kind", "pattern", "contexts", "weight", "flags"]
KINDS = ("verb", "light", "noun", "adj")
FLAGS = ("recip", "frame", "object", "aimed", "halt", "accuser", "found", "ground", "named", "munition")
CLASSES_FILE = "word_classes.tsv"
NONE_TYPE = "NONE"   # a construction that is not an event; it only blocks other triggers


@dataclass(frozen=True)
class Trigger:
    """One lexicon entry: ``words`` are the pattern's lower-cased tokens (hyphens split)."""

    type: str
    mode: str | None
    cameo: str
    kind: str
    words: tuple[str, ...]
    contexts: tuple[str, ...]
    weight: float
    flags: frozenset[str] = frozenset()

    @property
    def reciprocal(self) -> bool:
        return "recip" in self.flags

    @property
    def frame(self) -> bool:
        return "frame" in self.flags

    @property
    def needs_object(self) -> bool:
        """A verb entry that holds only with a direct object ("*returned* the statue *to*
        Greece", not "returned to Athens"), its preposition anywhere among the verb's own."""
        return "object" in self.flags

    @property
    def aimed(self) -> bool:
        """A verb entry whose preposition names what the act is aimed at ("troops *fired on*
        the crowd"): it holds only without a direct object ("fired *the coach* at once") and,
        passive, with the preposition left standing ("the convoy was *fired on*"), since "was
        fired at the end of the season", "on the spot" is a dismissal."""
        return "aimed" in self.flags

    @property
    def halting(self) -> bool:
        """A light entry that holds only when what is ordered is a stop ("ordered the paper
        *to stop printing*", "*to close* the station"): ordering a paper or a channel to air
        a speech, or ordering a paper to read, is no censorship (``match.orders_no_stop``)."""
        return "halt" in self.flags

    @property
    def found_by_anyone(self) -> bool:
        """A light entry that holds on a participle describing its noun without a doer
        ("a cache of rifles *seized* at the border"): a find reports a seizure by whoever found it."""
        return "found" in self.flags

    @property
    def by_accuser(self) -> bool:
        """A light entry that no one speaking for the accused makes (``{defence}`` in
        ``word_classes.tsv``), nor anyone but a prosecutor (``{accuser}``) with a lenient
        penalty: the defence seeking a lighter sentence for its client accuses no one
        (``match.sought_by_no_accuser``)."""
        return "accuser" in self.flags

    @property
    def naming(self) -> bool:
        """A light entry whose noun must be what the object is called ("called the minister *a
        liar*", "described the vote *as a sham*"), never the object itself: "called *a friend*" is
        a phone call (``match.names_no_object``)."""
        return "named" in self.flags

    @property
    def by_munition(self) -> bool:
        """A verb entry that holds only with a munition for its subject (``{munition}``):
        "shells *landed* in the market", "rockets *fell* near the base"; a plane that landed
        or prices that fell are no attack (``match.fired_munition``)."""
        return "munition" in self.flags

    @property
    def of_ground(self) -> bool:
        """A noun entry that holds only when what it is "of" is ground (``{ground}``,
        ``{base}``): "the *handover* of the district to the army" cedes ground, "the handover
        of the trophy" does not (``match.of_ground``)."""
        return "ground" in self.flags


@dataclass
class TriggerLexicon:
    """Triggers indexed by the lemma they are looked up by (verb lemma or noun head)."""

    version: str
    entries: list[Trigger]
    by_key: dict[tuple[str, str], list[Trigger]] = field(default_factory=dict)
    # every lookup word, of any kind: most tokens of a text are none, and need no lookup
    words: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        index: dict[tuple[str, str], list[Trigger]] = defaultdict(list)
        for entry in self.entries:
            key = entry.words[-1] if entry.kind == "noun" else entry.words[0]
            index[(entry.kind, key)].append(entry)
        for found in index.values():
            found.sort(key=lambda t: (-len(t.words), -t.weight))
        self.by_key = dict(index)
        self.words = frozenset(key for _, key in index)

    def lookup(self, kind: str, key: str) -> list[Trigger]:
        """Entries of ``kind`` whose lookup word is ``key``, longest pattern first."""
        return self.by_key.get((kind, key), [])

    def size_by_type(self) -> dict[str, int]:
        counts: dict[str, int] = defaultdict(int)
        for entry in self.entries:
            counts[entry.type] += 1
        return dict(counts)


def split_pattern(pattern: str) -> tuple[str, ...]:
    """Pattern words as spaCy tokenises them: hyphens become their own token."""
    return tuple(re.sub(r"(?<=\w)-(?=\w)", " - ", pattern.lower()).split())


def check_row(row: dict[str, str], number: int) -> Trigger:
    """A lexicon row as a Trigger, or ConfigError naming what is wrong with it."""
    where = f"trigger lexicon row {number}"
    types, labels, cameo = ontology.plover_types(), set(ontology.contexts()), ontology.cameo()
    if row["type"] != NONE_TYPE and row["type"] not in types:
        raise ConfigError(f"{where}: unknown type {row['type']!r}")
    if row["mode"] and (row["type"], row["mode"]) not in ontology.modes():
        raise ConfigError(f"{where}: mode {row['mode']!r} is not a mode of {row['type']}")
    if row["cameo"] not in cameo or row["kind"] not in KINDS:
        raise ConfigError(f"{where}: unknown CAMEO code {row['cameo']!r} or kind {row['kind']!r}")
    contexts = tuple(c for c in row["contexts"].split(";") if c)
    flags = frozenset(f for f in row["flags"].split(";") if f)
    if not set(contexts) <= labels or not flags <= set(FLAGS):
        raise ConfigError(f"{where}: unknown context or flag in {row['contexts']!r} {row['flags']!r}")
    words = split_pattern(row["pattern"])
    if not words or (row["kind"] == "light" and len(words) < 2):
        raise ConfigError(f"{where}: pattern {row['pattern']!r} is too short for kind {row['kind']}")
    try:
        weight = float(row["weight"])
    except ValueError:
        raise ConfigError(f"{where}: weight {row['weight']!r} is not a number") from None
    if not 0 < weight <= 1:
        raise ConfigError(f"{where}: weight {weight} is outside (0, 1]")
    return Trigger(row["type"], row["mode"] or None, row["cameo"], row["kind"], words,
                   contexts, weight, flags)


@functools.cache
def word_classes(filename: str = CLASSES_FILE) -> dict[str, tuple[str, ...]]:
    """Word class -> its members (``data/word_classes.tsv``): the nouns or verbs a pattern's
    ``{class}`` word stands for."""
    found: dict[str, list[str]] = defaultdict(list)
    for row in datafiles.table("events", filename, ("class", "word"), required=("class", "word")):
        found[row["class"]].append(row["word"].lower())
    return {name: tuple(dict.fromkeys(members)) for name, members in found.items()}


@functools.cache
def class_words(*names: str) -> frozenset[str]:
    """The members of the named word classes as one set, read once (for the rules that ask
    whether a word is in a class on every match)."""
    classes = word_classes()
    return frozenset(word for name in names for word in classes.get(name, ()))


def expand_pattern(pattern: str, classes: dict[str, tuple[str, ...]], where: str) -> list[str]:
    """A pattern with ``{class}`` words as the patterns of each member ("seize {weapon}" ->
    "seize weapon", "seize rifle", ...): a verb's object family written once, not row by row."""
    patterns = [""]
    for word in pattern.split():
        name = word[1:-1] if word.startswith("{") and word.endswith("}") else None
        if name is not None and name not in classes:
            raise ConfigError(f"{where}: unknown word class {word!r}")
        members = classes[name] if name is not None else (word,)
        patterns = [f"{p} {m}".strip() for p in patterns for m in members]
    return patterns


@functools.cache
def load_triggers(filename: str = "triggers.tsv") -> TriggerLexicon:
    """The trigger lexicon from ``events/data/``, schema-checked (raises ConfigError).

    A row written with ``{class}`` words stands for one entry per member; an entry it would
    duplicate an explicit row's (kind, pattern) with is left out: the explicit row wins."""
    rows = datafiles.table("events", filename, COLUMNS)
    entries = [check_row(row, number) for number, row in enumerate(rows, start=2)
               if "{" not in row["pattern"]]
    keys = [(e.kind, e.words) for e in entries]
    if len(set(keys)) != len(keys):
        raise ConfigError(f"trigger lexicon {filename}: duplicate (kind, pattern) rows")
    seen, classes = set(keys), word_classes()
    for number, row in enumerate(rows, start=2):
        if "{" not in row["pattern"]:
            continue
        for pattern in expand_pattern(row["pattern"], classes, f"trigger lexicon row {number}"):
            entry = check_row({**row, "pattern": pattern}, number)
            if (entry.kind, entry.words) not in seen:
                seen.add((entry.kind, entry.words))
                entries.append(entry)
    return TriggerLexicon(_version(filename), entries)


def _version(filename: str) -> str:
    """The lexicon's version, from its comment line ``# eventwire trigger lexicon v1``."""
    header = re.compile(r"# eventwire trigger lexicon (v\d+)")
    lines = datafiles.path("events", filename).read_text("utf-8").splitlines()
    return next((m.group(1) for ln in lines if (m := header.match(ln))), "?")
