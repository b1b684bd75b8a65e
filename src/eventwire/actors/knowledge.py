"""The actor knowledge snapshot: countries, role nouns, organisations and dated people.

:func:`load_actor_knowledge` reads the TSV files in ``data/`` once and builds one phrase
index (normalised token tuples -> entries), so coding a mention costs dict look-ups only.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwire import datafiles
from eventwire.actors import tables
from eventwire.actors.tables import DATA_DIR, ActorDataError
from eventwire.cache import cache_folder, read_pickle, write_pickle
from eventwire.records import PLAIN_QUOTES as _QUOTES
from eventwire.records import normalise as normalise

# sectors of organisations their own name describes; such a one that closed stays what it was
_OWN_NAME_SECTORS = frozenset({"BUS", "JRN", "EDU", "MED", "SOC"})

# entry kinds in the phrase index
COUNTRY, DEMONYM, CAPITAL, METONYM, ORG, PERSON, ROLE = (
    "country", "demonym", "capital", "metonym", "org", "person", "role")
PROPER_KINDS = frozenset({COUNTRY, DEMONYM, CAPITAL, METONYM, ORG, PERSON})
# a town or division of the gazetteer standing for its country (actors/places.py)
PLACE = "place"


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
    version: str = ""   # of the packaged data it was built from (its cache file's key)
    # whether gazetteer towns and divisions code as their country (actors/places.py)
    places: bool = True

    def lookup(self, tokens: tuple[str, ...]) -> list[Entry]:
        """The entries whose phrase is exactly ``tokens`` (normalised token texts)."""
        return self.phrases.get(tokens, [])

    def cue(self, kind: str, word: str) -> bool:
        """Whether ``word`` (any case) is a cue of ``kind`` in cues.tsv."""
        return normalise(word) in self.cues.get(kind, ())

    def org_at(self, org_id: str, date: dt.date | None) -> Period | None:
        """The organisation's row in force on ``date`` (the latest row when date is None)."""
        return _period_at(self.orgs.get(org_id, []), date)

    def org_as_last_seen(self, org_id: str, date: dt.date | None) -> Period | None:
        """The row in force on ``date``, else, for a closed newspaper, company, school, clinic
        or civic group, its last row: "the now-closed Harbour Courier" is still the paper of
        its country (JRN), while a dissolved state body or armed group is no longer anyone's."""
        row = self.org_at(org_id, date)
        if row is not None or date is None:
            return row
        ended = [p for p in self.orgs.get(org_id, []) if p.end is not None and p.end < date]
        last = max(ended, key=lambda p: p.end or dt.date.min, default=None)
        return last if last is not None and last.sector in _OWN_NAME_SECTORS else None

    def dissolved(self, org_id: str, date: dt.date | None) -> bool:
        """Whether the organisation had rows, none of them in force on ``date`` nor kept
        after its end (:meth:`org_as_last_seen`): a dissolved state body or armed group."""
        return date is not None and bool(self.orgs.get(org_id)) \
            and self.org_as_last_seen(org_id, date) is None

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
        self.add_key(phrase_key(text), entry)

    def add_key(self, key: tuple[str, ...], entry: Entry) -> None:
        """Index ``entry`` under an already normalised token key."""
        if not key:
            return
        if entry not in self.phrases[key]:
            self.phrases[key].append(entry)
        self.longest = max(self.longest, len(key))
        self.first[key[0]] = max(self.first.get(key[0], 0), len(key))


def phrase_key(text: str) -> tuple[str, ...]:
    """The index key of a name: its normalised tokens, a leading "the" dropped (the mention
    span takes the article in anyway)."""
    key = tuple(normalise(tok) for tok in _tokenise(text))
    return key[1:] if len(key) > 1 and key[0] == "the" else key


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
    """The tokens of a name as the pipeline's tokenizer splits them. Words of letters alone
    split on spaces, as the tokenizer splits them, without the tokenizer's cost: a snapshot
    holds 50,000 names and most of them are plain words."""
    text = text.translate(_QUOTES)
    if _PLAIN.fullmatch(text):
        return text.split()
    return [tok.text for tok in _tokenizer()(text)]


# words of letters separated by single spaces (no punctuation, digits or contractions);
# "cannot"-like special cases of the tokenizer are left to it
_PLAIN = re.compile(r"(?!.*\b(?:cannot|gonna|gotta|wanna)\b)[^\W\d_]+(?: [^\W\d_]+)*", re.I)

# a title abbreviated with a full stop ("sen.", "rep.", "gov.")
_ABBREVIATION = re.compile(r"[a-z]{2,5}\.")


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


def load_actor_knowledge(data_dir: Path | None = None,
                         cache_dir: Path | str | None = None) -> ActorKnowledge:
    """Read and check every actor data file; raises :class:`ActorDataError` on a bad row.

    The packaged data (``data_dir`` None) is read once per machine and kept as a pickled
    snapshot in the cache folder (``cache_dir``, default: the ``cache_dir`` setting): 50,000
    names take seconds to index and a fraction of a second to unpickle. Each call returns
    a new snapshot, which the caller may extend with facts.
    """
    if data_dir is not None:
        return build_actor_knowledge(data_dir)
    version = snapshot_version()
    path = cache_folder(cache_dir) / f"actors-{version}.pickle"
    knowledge = read_pickle(path, lambda found: isinstance(found, ActorKnowledge)
                            and found.version == version, "actor knowledge")
    if knowledge is None:
        knowledge = build_actor_knowledge(DATA_DIR)
        knowledge.version = version
        write_pickle(knowledge, path, "actor knowledge")
    return knowledge


def snapshot_version() -> str:
    """A digest of the actor data files (the user's overlay of them included) and of the
    code that indexes them: any change to either makes a new cache file."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    overlay = [path for path in datafiles.overlay_files() if "actors" in path.parts]
    for path in [*sorted(DATA_DIR.rglob("*.tsv")), *sorted(package.glob("*.py")), *overlay]:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def build_actor_knowledge(data_dir: Path) -> ActorKnowledge:
    """Index the data files of ``data_dir`` (the slow part of loading)."""
    knowledge = ActorKnowledge()
    _load_cues(knowledge, data_dir / "cues.tsv")
    _load_countries(knowledge, data_dir / "countries.tsv")
    _load_all_roles(knowledge, data_dir)
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
def packaged_roles() -> dict[str, Role]:
    """The role nouns of the packaged data (sectors.tsv, then ``kb/*-roles.tsv``), with their
    plurals, read without the rest of the knowledge base: for stages outside the actors stage
    that only ask whether a word names people ("demonstrators"). Loading the whole knowledge
    base for that cost a second copy of it per process (60 MB)."""
    knowledge = ActorKnowledge()
    _load_all_roles(knowledge, DATA_DIR)
    return knowledge.roles


def _load_all_roles(knowledge: ActorKnowledge, data_dir: Path) -> None:
    _load_roles(knowledge, data_dir / "sectors.tsv")
    for path in sorted((data_dir / "kb").glob("*-roles.tsv")):
        _load_roles(knowledge, path, extra=True)


@functools.lru_cache(maxsize=1)
def default_actor_knowledge() -> ActorKnowledge:
    """The packaged knowledge, loaded once per process."""
    return load_actor_knowledge()


def _load_cues(knowledge: ActorKnowledge, path: Path) -> None:
    kinds = datafiles.words("actors", "cue_kinds.tsv", columns=("kind", "meaning"), overlay=False)
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
        if _pluralises(demonym):  # Afghan -> Afghans, Uzbek -> Uzbeks, Pakistani -> Pakistanis
            knowledge.add_phrase(demonym + "s", Entry(DEMONYM, code))
    for capital in tables.split_list(row["capitals"]):
        knowledge.add_phrase(capital, Entry(CAPITAL, code))
    for metonym in tables.split_list(row["metonyms"]):
        knowledge.add_phrase(metonym, Entry(METONYM, code))


def _pluralises(demonym: str) -> bool:
    """Whether a demonym names one person and takes a plain "s" ("Uzbek", "Serb"), unlike an
    adjective that is its own plural ("Chinese", "Swiss", "French", "Irish")."""
    return not demonym.endswith(("ese", "s", "sh", "ch", "x", "z", "y"))


def _load_roles(knowledge: ActorKnowledge, path: Path, extra: bool = False) -> None:
    """Role nouns of sectors.tsv, or (``extra``) of a ``kb/*-roles.tsv`` file, which has a
    trailing ``source`` column and adds only phrases sectors.tsv lacks (the core file wins)."""
    columns = ["phrase", "sector", "office", "kind", *(["source"] if extra else [])]
    checks = {"phrase": tables.required, "sector": tables.optional_sector,
              "kind": tables.one_of("role", "member", "modifier", "party")}
    for number, row in tables.read_table(path, columns, checks):
        phrase = normalise(row["phrase"])
        if extra and phrase in knowledge.roles:
            continue
        if phrase in knowledge.roles and not knowledge.roles[phrase].plural:
            raise ActorDataError(f"{path}:{number}: phrase {row['phrase']!r} appears twice")
        role = Role(phrase, row["sector"] or None, row["office"] or None, row["kind"])
        knowledge.roles[phrase] = role
        knowledge.add_phrase(phrase, Entry(ROLE, phrase))
        if _ABBREVIATION.fullmatch(phrase):  # "Sen." is one token in text, "sen" "." alone
            knowledge.add_key((phrase,), Entry(ROLE, phrase))
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
    for key, rows in periods.items():
        periods[key] = sorted(_outranked_dropped(rows), key=lambda p: p.start or dt.date.min)
    return dict(periods)


def _outranked_dropped(rows: list[Period]) -> list[Period]:
    """The rows of one id, less those a more authoritative source's row overlaps: they date
    the same term less exactly (Wikipedia's "2009–2017" beside our 2009-01-20..2017-01-19
    would keep a president in office for most of 2017)."""
    if len({row.rank for row in rows}) == 1:
        return rows
    return [row for row in rows
            if not any(other.rank > row.rank and _overlap(row, other) for other in rows)]


def _overlap(one: Period, other: Period) -> bool:
    return (one.start or dt.date.min) <= (other.end or dt.date.max) \
        and (other.start or dt.date.min) <= (one.end or dt.date.max)


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
