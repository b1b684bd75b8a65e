"""The actor knowledge snapshot: countries, role nouns, organisations and dated people.

:func:`load_actor_knowledge` reads the TSV files in ``data/`` once and builds one phrase
index (normalised token tuples -> entries), so coding a mention costs dict look-ups only.
"""

from __future__ import annotations

import datetime as dt
import functools
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwire.actors import tables
from eventwire.actors.tables import DATA_DIR, ActorDataError

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'",
                         "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})

# entry kinds in the phrase index
COUNTRY, DEMONYM, CAPITAL, METONYM, ORG, PERSON, ROLE = (
    "country", "demonym", "capital", "metonym", "org", "person", "role")
PROPER_KINDS = frozenset({COUNTRY, DEMONYM, CAPITAL, METONYM, ORG, PERSON})


@functools.lru_cache(maxsize=50_000)
def normalise(text: str) -> str:
    """Lower-cased, accent-folded text with typographic quotes and dashes made plain
    (remembered: the actors stage asks for the same words again and again)."""
    text = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


@dataclass(frozen=True)
class Entry:
    """One reading of a phrase: what it names (``kind``) and the key into its table."""

    kind: str
    key: str          # country code, org/person id, or the role phrase
    exact: str = ""   # the alias as written when it must match case-sensitively ("US", "IS")


@dataclass(frozen=True)
class Role:
    """A role noun or modifier from sectors.tsv."""

    phrase: str
    sector: str | None
    office: str | None
    kind: str         # role | member | modifier | party
    plural: bool = False


@dataclass(frozen=True)
class Period:
    """One dated row of an organisation or a person."""

    id: str
    name: str
    country: str
    sector: str
    office: str | None
    start: dt.date | None
    end: dt.date | None
    source: str = "curated"
    rank: int = 3     # precedence of the source: curated 3, wikipedia 2, phoenix 1

    def covers(self, date: dt.date) -> bool:
        return (self.start is None or self.start <= date) and (self.end is None or date <= self.end)


@dataclass
class ActorKnowledge:
    """Everything actors are coded against; build it with :func:`load_actor_knowledge`."""

    countries: dict[str, str] = field(default_factory=dict)          # code -> name
    roles: dict[str, Role] = field(default_factory=dict)             # phrase -> role
    orgs: dict[str, list[Period]] = field(default_factory=dict)
    people: dict[str, list[Period]] = field(default_factory=dict)
    cues: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # kind -> words
    phrases: dict[tuple[str, ...], list[Entry]] = field(default_factory=lambda: defaultdict(list))
    longest: int = 1
    # first token of a phrase -> the longest phrase starting with it (lookups try no longer)
    first: dict[str, int] = field(default_factory=dict)
    facts: list[Any] = field(default_factory=list)   # user/learned facts merged in (facts.py)
    # what articles teach is read against this: the snapshot without learned facts (None when
    # there are none), so that what one article teaches never depends on what others taught
    teaching: ActorKnowledge | None = None

    def lookup(self, tokens: tuple[str, ...]) -> list[Entry]:
        """The entries whose phrase is exactly ``tokens`` (normalised token texts)."""
        return self.phrases.get(tokens, [])

    def cue(self, kind: str, word: str) -> bool:
        """Whether ``word`` (any case) is a cue of ``kind`` in cues.tsv."""
        return normalise(word) in self.cues.get(kind, ())

    def org_at(self, org_id: str, date: dt.date | None) -> Period | None:
        """The organisation's row in force on ``date`` (the latest row when date is None)."""
        return _period_at(self.orgs.get(org_id, []), date)

    def person_at(self, person_id: str, date: dt.date | None) -> tuple[Period | None, bool]:
        """``(row, former)``: the row in force on ``date``, else the last row ended before it
        with ``former=True``; ``(None, False)`` when the date precedes every row."""
        periods = self.people.get(person_id, [])
        current = _period_at(periods, date)
        if current is not None or date is None:
            return current, False
        ended = [p for p in periods if p.end is not None and p.end < date]
        return (max(ended, key=lambda p: p.end), True) if ended else (None, False)  # type: ignore[arg-type, return-value]

    def add_phrase(self, text: str, entry: Entry) -> None:
        key = tuple(normalise(tok) for tok in _tokenise(text))
        if len(key) > 1 and key[0] == "the":
            key = key[1:]  # the mention span takes the article in anyway
        if not key:
            return
        if entry not in self.phrases[key]:
            self.phrases[key].append(entry)
        self.longest = max(self.longest, len(key))
        self.first[key[0]] = max(self.first.get(key[0], 0), len(key))


def _period_at(periods: list[Period], date: dt.date | None) -> Period | None:
    """The row in force on ``date``: of the rows covering it, the most authoritative source's,
    then the latest started (rows are sorted by start); with no date, the latest row."""
    if not periods:
        return None
    if date is None:
        return max(reversed(periods), key=lambda p: (p.start or dt.date.min, p.rank))
    covering = [p for p in periods if p.covers(date)]
    return max(reversed(covering), key=lambda p: p.rank) if covering else None


@functools.lru_cache(maxsize=1)
def _tokenizer() -> Any:
    # the blank English tokenizer splits exactly like the full pipeline's tokenizer
    import spacy

    return spacy.blank("en").tokenizer


def _tokenise(text: str) -> list[str]:
    return [tok.text for tok in _tokenizer()(text.translate(_QUOTES))]


def _exact(alias: str) -> str:
    """The alias itself when it is an all-capitals abbreviation ("US", "IS"), else ""."""
    letters = [c for c in alias if c.isalpha()]
    return alias if len(letters) <= 5 and letters and all(c.isupper() for c in letters) else ""


def _plurals(word: str) -> list[str]:
    """Regular English plurals of a role phrase's last word (minister -> ministers)."""
    if word.endswith("man"):
        return [word[:-3] + "men"]
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return [word[:-1] + "ies"]
    if word.endswith(("s", "x", "ch", "sh")):
        return [word + "es"]
    return [word + "s"]


def load_actor_knowledge(data_dir: Path | None = None) -> ActorKnowledge:
    """Read and check every actor data file; raises :class:`ActorDataError` on a bad row."""
    data_dir = data_dir or DATA_DIR
    knowledge = ActorKnowledge()
    _load_cues(knowledge, data_dir / "cues.tsv")
    _load_countries(knowledge, data_dir / "countries.tsv")
    _load_roles(knowledge, data_dir / "sectors.tsv")
    knowledge.orgs = _load_periods(knowledge, _period_files(data_dir, "organisations"), ORG,
                                   ORG_COLUMNS)
    knowledge.people = _load_periods(knowledge, _period_files(data_dir, "people"), PERSON,
                                     PERSON_COLUMNS)
    return knowledge


ORG_COLUMNS = ["id", "name", "aliases", "country", "sector", "start", "end"]
PERSON_COLUMNS = ["id", "name", "aliases", "country", "sector", "office", "start", "end"]
# files in data/kb/ are named SOURCE-...-KIND.tsv; the source's rank decides which row wins
# when two sources date the same person or organisation differently
SOURCE_RANKS = {"curated": 3, "wikipedia": 2, "phoenix": 1}


def _period_files(data_dir: Path, kind: str) -> list[Path]:
    """The core file ``KIND.tsv`` and every ``kb/*-KIND.tsv`` (sorted, so loading is stable)."""
    return [data_dir / f"{kind}.tsv", *sorted((data_dir / "kb").glob(f"*-{kind}.tsv"))]


def _source_rank(path: Path) -> int:
    if path.parent.name != "kb":
        return SOURCE_RANKS["curated"]
    source = path.name.split("-", 1)[0]
    if source not in SOURCE_RANKS:
        raise ActorDataError(f"{path}: knowledge-base files must start with one of "
                             f"{', '.join(SOURCE_RANKS)} and a dash")
    return SOURCE_RANKS[source]


@functools.lru_cache(maxsize=1)
def default_actor_knowledge() -> ActorKnowledge:
    """The packaged knowledge, loaded once per process."""
    return load_actor_knowledge()


def _load_cues(knowledge: ActorKnowledge, path: Path) -> None:
    kinds = ("party-determiner", "meeting-word", "place-preposition", "base-suffix",
             "sponsor-suffix", "opposed-prefix")
    for _, row in tables.read_table(path, ["cue", "kind"],
                                    {"cue": tables.required, "kind": tables.one_of(*kinds)}):
        knowledge.cues[row["kind"]].add(normalise(row["cue"]))


def _load_countries(knowledge: ActorKnowledge, path: Path) -> None:
    columns = ["code", "name", "aliases", "demonyms", "capitals", "metonyms"]
    checks = {"code": tables.country_code, "name": tables.required}
    for number, row in tables.read_table(path, columns, checks):
        code = row["code"]
        if code in knowledge.countries:
            raise ActorDataError(f"{path}:{number}: country code {code} appears twice")
        knowledge.countries[code] = row["name"]
        if code in tables.NON_STATE and not row["aliases"]:
            continue  # a bare non-state code: valid in other files, no names of its own
        _add_country_names(knowledge, row)


def _add_country_names(knowledge: ActorKnowledge, row: tables.Row) -> None:
    code = row["code"]
    for alias in [row["name"], *tables.split_list(row["aliases"])]:
        knowledge.add_phrase(alias, Entry(COUNTRY, code, _exact(alias)))
    for demonym in tables.split_list(row["demonyms"]):
        knowledge.add_phrase(demonym, Entry(DEMONYM, code))
        if demonym[-1] in "ni":  # Afghan -> Afghans, Pakistani -> Pakistanis
            knowledge.add_phrase(demonym + "s", Entry(DEMONYM, code))
    for capital in tables.split_list(row["capitals"]):
        knowledge.add_phrase(capital, Entry(CAPITAL, code))
    for metonym in tables.split_list(row["metonyms"]):
        knowledge.add_phrase(metonym, Entry(METONYM, code))


def _load_roles(knowledge: ActorKnowledge, path: Path) -> None:
    columns = ["phrase", "sector", "office", "kind"]
    checks = {"phrase": tables.required, "sector": tables.optional_sector,
              "kind": tables.one_of("role", "member", "modifier", "party")}
    for number, row in tables.read_table(path, columns, checks):
        phrase = normalise(row["phrase"])
        if phrase in knowledge.roles and not knowledge.roles[phrase].plural:
            raise ActorDataError(f"{path}:{number}: phrase {row['phrase']!r} appears twice")
        role = Role(phrase, row["sector"] or None, row["office"] or None, row["kind"])
        knowledge.roles[phrase] = role
        knowledge.add_phrase(phrase, Entry(ROLE, phrase))
        if role.kind in ("role", "member", "party"):
            _add_plurals(knowledge, role)


def _add_plurals(knowledge: ActorKnowledge, role: Role) -> None:
    head, _, last = role.phrase.rpartition(" ")
    for plural_last in _plurals(last):
        plural = f"{head} {plural_last}".strip()
        if plural not in knowledge.roles:
            knowledge.roles[plural] = Role(plural, role.sector, role.office, role.kind, plural=True)
            knowledge.add_phrase(plural, Entry(ROLE, plural))


def _load_periods(knowledge: ActorKnowledge, paths: list[Path], kind: str,
                  columns: list[str]) -> dict[str, list[Period]]:
    """Every dated row of ``paths``; files in ``kb/`` carry a trailing ``source`` column."""
    checks = {"id": tables.kb_id, "name": tables.required, "country": tables.country_code,
              "sector": tables.sector, "start": tables.iso_date, "end": tables.iso_date}
    periods: dict[str, list[Period]] = defaultdict(list)
    for path in paths:
        rank = _source_rank(path)
        header = columns if rank == 3 and path.parent.name != "kb" else [*columns, "source"]
        file_checks = {**checks, "source": tables.required} if "source" in header else checks
        for number, row in tables.read_table(path, header, file_checks):
            period = _period(knowledge, path, number, row, rank)
            periods[period.id].append(period)
            for alias in [row["name"], *tables.split_list(row["aliases"])]:
                knowledge.add_phrase(alias, Entry(kind, period.id, _exact(alias)))
    for rows in periods.values():
        rows.sort(key=lambda p: p.start or dt.date.min)
    return dict(periods)


def _period(knowledge: ActorKnowledge, path: Path, number: int, row: tables.Row,
            rank: int) -> Period:
    _check_known_country(knowledge, path, number, row["country"])
    period = Period(row["id"], row["name"], row["country"], row["sector"],
                    row.get("office") or None, tables.parse_date(row["start"]),
                    tables.parse_date(row["end"]), row.get("source") or "curated", rank)
    if period.start and period.end and period.end < period.start:
        raise ActorDataError(f"{path}:{number}: end {period.end} is before start {period.start}")
    return period


def _check_known_country(knowledge: ActorKnowledge, path: Path, number: int, code: str) -> None:
    if code not in knowledge.countries:
        raise ActorDataError(f"{path}:{number}: country {code} is not in countries.tsv")
