"""Build the knowledge-base files in ``data/kb/`` from the open sources in ``../shared``.

    python -m eventwire.actors.build --shared ../shared     # write the phoenix-* and wikipedia-* files
    python -m eventwire.actors.build --report               # size and coverage (Markdown)

The output is a pure function of the sources and of the hand-written core files
(``countries.tsv``, ``sectors.tsv``, ``people.tsv``, ``organisations.tsv``): rows are sorted
and carry no timestamps, so a rebuild that changes nothing leaves the files byte-identical
and a test can compare the shipped files with a fresh build. Other ``kb/`` files (the
curated tables) are not read, so the build does not depend on work in progress elsewhere.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import shutil
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from eventwire import datafiles
from eventwire.actors import phoenix, tables, wikipedia
from eventwire.actors.affiliation import name_heads
from eventwire.actors.knowledge import (
    ORG,
    ORG_COLUMNS,
    PERSON,
    PERSON_COLUMNS,
    ActorKnowledge,
    load_actor_knowledge,
    normalise,
    phrase_key,
)
from eventwire.actors.tables import DATA_DIR

KB_DIR = DATA_DIR / "kb"
# endings of English nouns that name people (farmer, actor, activist, physician, clergyman)
AGENT_SUFFIXES = datafiles.words("actors", "kb_build/agent_suffixes.tsv", overlay=False)
CORE_FILES = ("cues.tsv", "countries.tsv", "sectors.tsv", "people.tsv", "organisations.tsv")
COMMAND = "python -m eventwire.actors.build --shared ../shared"
PHOENIX_NOTE = ("# Derived from the Phoenix/PETRARCH actor dictionaries (openeventdata/petrarch2, "
                "data/dictionaries): MIT licence, (c) 2014 Open Event Data Alliance.")
WIKIPEDIA_NOTE = ("# Facts (who held which office, which years) derived from Wikipedia's "
                  "List_of_state_leaders_in_the_21st_century (snapshot of about 2019); "
                  "licence of the text: CC BY-SA (only facts are kept).")
# section names of the Wikipedia list that countries.tsv spells otherwise
WIKIPEDIA_COUNTRIES = {row["section"]: row["code"] for row in datafiles.table(
    "actors", "kb_build/wikipedia_countries.tsv", ("section", "code"), required=("section", "code"),
    overlay=False)}


@dataclass
class Entity:
    """One person or organisation with every term the sources give it."""

    kind: str
    name: str
    aliases: list[str]
    terms: list[phoenix.Term]
    source: str
    office: dict[phoenix.Term, str] = field(default_factory=dict)   # Wikipedia's titles

    @property
    def countries(self) -> set[str]:
        return {t.country for t in self.terms}


@dataclass
class Core:
    """What the hand-written core files already name: phrases of countries, places and role
    nouns (Phoenix never redefines them), and the ids of core people and organisations."""

    reserved: set[tuple[str, ...]]
    ids: dict[tuple[str, ...], set[str]]
    countries_of: dict[str, set[str]]
    country_names: dict[str, str]
    role_heads: set[str]


def slug(name: str) -> str:
    """An id's slug: ASCII letters and digits; letters that do not decompose into a base
    letter and an accent are spelled out ("Løkke" -> "lokke", "Yıldırım" -> "yildirim")."""
    return re.sub(r"[^a-z0-9]+", "-", normalise(name).translate(_SPELLED)).strip("-")


_SPELLED = str.maketrans({"ł": "l", "ø": "o", "ð": "d", "đ": "d", "ı": "i", "æ": "ae",
                          "œ": "oe", "ß": "ss", "þ": "th", "ħ": "h"})


def core_knowledge() -> ActorKnowledge:
    """The snapshot of the hand-written core files alone (none of ``kb/``, which holds this
    build's own output and tables other people are writing)."""
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "kb").mkdir()
        for name in CORE_FILES:
            shutil.copy(DATA_DIR / name, Path(folder) / name)
        return load_actor_knowledge(Path(folder))


def load_core() -> Core:
    knowledge = core_knowledge()
    reserved = {key for key, entries in knowledge.phrases.items()
                if any(e.kind not in (PERSON, ORG) for e in entries)}
    # an organisation's bare head word ("Foundation") is no name (Phoenix aliases one)
    reserved |= {(word,) for word in name_heads()}
    ids: dict[tuple[str, ...], set[str]] = defaultdict(set)
    countries_of: dict[str, set[str]] = defaultdict(set)
    for path, columns in _curated_files():
        for _, row in tables.read_table(path, columns):
            countries_of[row["id"]].add(row["country"])
            for alias in [row["name"], *tables.split_list(row["aliases"])]:
                ids[phrase_key(alias)].add(row["id"])
    names: dict[str, str] = {}
    for _, row in tables.read_table(DATA_DIR / "countries.tsv",
                                    ["code", "name", "aliases", "demonyms", "capitals", "metonyms"]):
        for alias in [row["name"], *tables.split_list(row["aliases"])]:
            names.setdefault(normalise(alias), row["code"])
    heads = {phrase.split()[-1] for phrase, role in knowledge.roles.items() if not role.plural}
    return Core(reserved, dict(ids), dict(countries_of), names, heads)


def _curated_files() -> list[tuple[Path, list[str]]]:
    """Our own dated tables, whose ids a converted entry of the same name and country
    joins: the core files and the curated ``kb/curated-*`` tables (one real person gets one
    id, whatever spelling Phoenix or Wikipedia slugs)."""
    files = [(DATA_DIR / "people.tsv", PERSON_COLUMNS),
             (DATA_DIR / "organisations.tsv", ORG_COLUMNS)]
    for kind, columns in (("people", PERSON_COLUMNS), ("organisations", ORG_COLUMNS)):
        files += [(path, [*columns, "source"])
                  for path in sorted((DATA_DIR / "kb").glob(f"curated-*-{kind}.tsv"))]
    return files


# ---- Phoenix ---------------------------------------------------------------------------

def read_discards(path: Path) -> set[tuple[str, ...]]:
    """Phrases of ``Phoenix.discards.txt`` (never actors), as phrase keys."""
    found = set()
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        text = raw.partition("#")[0].partition(";")[0].strip().lstrip("+").replace("_", " ")
        if text.strip():
            found.add(phrase_key(text.strip()))
    return found


def clean_aliases(entity: Entity, core: Core, discards: set[tuple[str, ...]],
                  drops: phoenix.Drops) -> list[str]:
    """The names a mention may use: no discarded or core phrase (a country, a place, a role
    noun), no person's title-led or one-word alias ("Karzai", "President Karzai": surnames
    are resolved per document, and KB-wide they collide)."""
    kept: list[str] = []
    for alias in entity.aliases:
        alias = _untitled(alias, core) if entity.kind == "person" else alias
        key = phrase_key(alias)
        if not key or key == phrase_key(entity.name) or alias in kept:
            continue
        if key in discards or key in core.reserved:
            drops.add("alias discarded or a country/place/role phrase")
        elif entity.kind == "person" and len(key) == 1:
            drops.add("one-word alias of a person")
        elif not re.search(r"[A-Za-z]{2}", alias):
            drops.add("alias without a word")
        else:
            kept.append(alias)
    return sorted(kept, key=str.lower)


def _untitled(alias: str, core: Core) -> str:
    """"Russian President Vladimir Putin" -> "Vladimir Putin" (a mention's title and
    demonym are read apart); "President Karzai" -> "Karzai" (then dropped as one word);
    "" for a title of several words ("Secretary of State Clinton")."""
    words = alias.split()
    while len(words) > 1 and (words[0].split("-")[0].upper() in phoenix.TITLE_WORDS
                              or phrase_key(words[0]) in core.reserved):
        words = words[1:]
    if words[0].lower() in phoenix.SMALL_WORDS:
        return ""  # a title went only part way: "Secretary of State Clinton" -> nothing
    return " ".join(words)


def phoenix_entities(shared: Path, core: Core, drops: phoenix.Drops) -> list[Entity]:
    folder = shared / "kb-sources" / "phoenix"
    discards = read_discards(folder / "Phoenix.discards.txt")
    countries = set(core.country_names.values()) | set(tables.NON_STATE)
    entities = []
    for key in phoenix.SOURCES:
        lines = (folder / f"Phoenix.{key}.actors.txt").read_text(encoding="utf-8",
                                                                 errors="replace").splitlines()
        for item in phoenix.read_file(lines, key, drops, countries):
            entity = Entity(item.kind, item.name, item.aliases, item.terms, item.source)
            if phrase_key(entity.name) in discards | core.reserved:
                drops.add("name discarded or a country/place/role phrase")
                continue
            entity.aliases = clean_aliases(entity, core, discards, drops)
            entities.append(entity)
    return entities


def phoenix_roles(shared: Path, core: Core) -> list[list[str]]:
    """Role nouns of ``Phoenix.agents.txt`` that ``sectors.tsv`` lacks, as `member` rows (an
    organisation named beside one decides the sector: "Wagner mercenaries"):
    ``FARMER [~AGR]``, ``CATTLE!PERSON! [~AGR]`` (macros expanded), ``CHAMBER_OF_COMMERCE
    {CHAMBERS_OF_COMMERCE} [~BUS]`` (our loader derives plurals). Only plain words, at most
    four; codes without a PLOVER sector (DEV, ENV ...) are left out."""
    path = shared / "kb-sources" / "phoenix" / "Phoenix.agents.txt"
    macros: dict[str, list[str]] = {}
    found: dict[str, str] = {}
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.partition("#")[0].rstrip()
        macro = re.match(r"^!(\w+)!\s*=\s*(.*)$", line)
        if macro:
            macros[macro[1]] = [w.strip() for w in macro[2].split(",")]
            continue
        match = re.match(r"^([^\[]+?)\s*\[~?([A-Z]+)\]", line)
        sector = phoenix.ROLES.get(match[2][:3]) if match else None
        if match is None or sector is None:
            continue
        for phrase in _expanded(match[1].split("{")[0], macros):
            if (phrase not in found and phrase_key(phrase) not in core.reserved
                    and _names_people(phrase, core)):
                found[phrase] = sector
    return [[phrase, sector, "", "member", "phoenix:agents"] for phrase, sector in sorted(found.items())]


def _names_people(phrase: str, core: Core) -> bool:
    """Whether the phrase's head noun names people: a head noun of our own role phrases
    ("police", "forces", "minister") or an agent noun ("farmer", "activist", "physician",
    "clergymen"). Phoenix also lists things and places it codes ("a military base",
    "prison", "attack helicopters"); as actors they would only add wrong spans."""
    head = phrase.split()[-1]
    singular = head[:-1] if head.endswith("s") and not head.endswith("ss") else head
    return (singular in core.role_heads or head in core.role_heads
            or singular.endswith(AGENT_SUFFIXES))


def _expanded(text: str, macros: dict[str, list[str]]) -> list[str]:
    """The phrases of one agents entry, macros replaced by each of their words."""
    forms = [text]
    for name, words in macros.items():
        forms = [f.replace(f"!{name}!", w) for f in forms for w in words] if any(
            f"!{name}!" in f for f in forms) else forms
    phrases = []
    for form in forms:
        phrase = " ".join(form.replace("_", " ").lower().split()).removeprefix("the ")
        if re.fullmatch(r"[a-z][a-z'.-]*( [a-z][a-z'.-]*){0,3}", phrase):
            phrases.append(phrase)
    return phrases


# ---- Wikipedia -------------------------------------------------------------------------

def wikipedia_entities(shared: Path, core: Core, drops: phoenix.Drops) -> list[Entity]:
    path = shared / "kb-sources" / "wikipedia" / "List_of_state_leaders_in_the_21st_century.md"
    by_name: dict[tuple[str, str], Entity] = {}
    for leader in wikipedia.read_leaders(path.read_text(encoding="utf-8").splitlines()):
        country = _wikipedia_country(leader.country, core)
        if country is None:
            drops.add("Wikipedia section not a country of countries.tsv")
            drops.countries[leader.country] += 1
            continue
        if "elect" in leader.office.lower():
            drops.add("Wikipedia office not yet held (-elect)")
            continue
        entity = by_name.setdefault((leader.name, country), Entity(
            "person", leader.name, [], [], wikipedia.SOURCE))
        term = phoenix.Term(country, "GOV", leader.start, leader.end)
        if term not in entity.office:
            entity.terms.append(term)
            entity.office[term] = leader.office
    return list(by_name.values())


def _wikipedia_country(section: str, core: Core) -> str | None:
    """The code of a section ("Greece: Third Republic", "Kingdom of Spain", "State of
    Libya"): its first part, else the longest country name it contains as words. A territory
    another state claims ("Abkhazia ... Georgia claims Abkhazia") is no country of ours."""
    text = normalise(section.replace("_", ""))
    first = re.split(r"[:,(]", text)[0].strip()
    if first in WIKIPEDIA_COUNTRIES or first in core.country_names:
        return WIKIPEDIA_COUNTRIES.get(first) or core.country_names[first]
    if "claims" in text:
        return None
    named = [n for n in core.country_names if re.search(rf"\b{re.escape(n)}\b", text)]
    return core.country_names[max(named, key=len)] if named else None


# ---- ids and rows ----------------------------------------------------------------------

def assign_ids(entities: list[Entity], core: Core) -> dict[str, list[Entity]]:
    """Ids for every entity: a core id when one of its names is a core person's or
    organisation's of the same country; else ``kind:slug``, and ``kind:slug-ccc`` when the
    slug would name two entities of different countries. Entities of one slug that share a
    country are one entity (the same person in two files)."""
    by_slug: dict[str, list[Entity]] = defaultdict(list)
    for entity in entities:
        prefix = "person" if entity.kind == "person" else "org"
        by_slug[_core_id(entity, core) or f"{prefix}:{slug(entity.name) or 'x'}"].append(entity)
    ids: dict[str, list[Entity]] = defaultdict(list)
    for kb_id, group in by_slug.items():
        clusters = _clusters(group)
        for cluster in clusters:
            ours = kb_id.startswith("person:") and kb_id in core.countries_of
            keep = bool(core.countries_of[kb_id] & _countries(cluster)) if ours \
                else len(clusters) == 1
            ids[kb_id if keep else f"{kb_id}-{_main_country(cluster).lower()}"].extend(cluster)
    return dict(ids)


def _core_id(entity: Entity, core: Core) -> str | None:
    """The core id one of the entity's names has: an organisation's whatever the country
    (Phoenix codes the Islamic State IMG, our core data may not), a person's only in a
    country of theirs (two people of one name are two people)."""
    found = set()
    for name in [entity.name, *entity.aliases]:
        found |= {i for i in core.ids.get(phrase_key(name), ())
                  if (i.startswith("org:") and entity.kind == "org")
                  or (i.startswith("person:") and entity.kind == "person"
                      and core.countries_of[i] & entity.countries)}
    return next(iter(found)) if len(found) == 1 else None


def _clusters(group: list[Entity]) -> list[list[Entity]]:
    """Entities of one slug joined when they share a country, in a stable order."""
    clusters: list[list[Entity]] = []
    for entity in group:
        joined = [c for c in clusters if _countries(c) & entity.countries]
        merged = [entity, *[e for c in joined for e in c]]
        clusters = [c for c in clusters if c not in joined] + [merged]
    return sorted(clusters, key=lambda c: sorted(_countries(c)))


def _countries(cluster: list[Entity]) -> set[str]:
    return set().union(*(e.countries for e in cluster))


def _main_country(cluster: list[Entity]) -> str:
    counts = Counter(t.country for e in cluster for t in e.terms)
    return min(counts, key=lambda c: (-counts[c], c))


def rows(ids: dict[str, list[Entity]], kind: str) -> list[list[str]]:
    """Sorted rows of one kind: one per (id, term); every row repeats the names."""
    out = []
    for kb_id, group in ids.items():
        if (kind == "person") != kb_id.startswith("person:"):
            continue
        name = group[0].name
        aliases = sorted({a for e in group for a in [e.name, *e.aliases]} - {name}, key=str.lower)
        for entity in group:
            for term in entity.terms:
                cells = [kb_id, name, "|".join(aliases), term.country, term.sector]
                if kind == "person":
                    cells.append(entity.office.get(term, ""))
                cells += [_iso(term.start), _iso(term.end), entity.source]
                out.append(cells)
    return sorted({tuple(r): r for r in out}.values(), key=lambda r: (r[0], r[-3], r[-2], r))


def _iso(date: dt.date | None) -> str:
    return date.isoformat() if date else ""


def write_table(path: Path, note: str, columns: list[str], table: Iterable[list[str]]) -> int:
    lines = [note, f"# Built by `{COMMAND}`; do not edit by hand (rebuild instead).",
             "\t".join(columns), *("\t".join(r) for r in table)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines) - 3


def build(shared: Path, out: Path = KB_DIR) -> dict[str, object]:
    """Write the phoenix-* and wikipedia-* files into ``out``; returns the summary."""
    core, drops = load_core(), phoenix.Drops()
    out.mkdir(parents=True, exist_ok=True)
    summary: dict[str, object] = {}
    for source, entities, note in (
            ("phoenix", phoenix_entities(shared, core, drops), PHOENIX_NOTE),
            ("wikipedia", wikipedia_entities(shared, core, drops), WIKIPEDIA_NOTE)):
        ids = assign_ids(entities, core)
        kinds = [("people", "person", [*PERSON_COLUMNS, "source"])]
        if source == "phoenix":
            kinds.append(("organisations", "org", [*ORG_COLUMNS, "source"]))
        for file_kind, kind, columns in kinds:
            table = rows(ids, kind)
            count = write_table(out / f"{source}-{file_kind}.tsv", note, columns, table)
            summary[f"{source}-{file_kind}.tsv rows"] = count
            summary[f"{source}-{file_kind}.tsv entities"] = len({r[0] for r in table})
    roles = phoenix_roles(shared, core)
    summary["phoenix-roles.tsv rows"] = write_table(
        out / "phoenix-roles.tsv", PHOENIX_NOTE, ["phrase", "sector", "office", "kind", "source"],
        roles)
    summary["dropped"] = dict(sorted(drops.counts.items()))
    summary["unplaced country codes and sections"] = dict(drops.countries.most_common())
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eventwire.actors.build",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"),
                        help="the shared folder holding kb-sources/ (default ../shared)")
    parser.add_argument("--report", action="store_true",
                        help="print size and coverage of the loaded snapshot (Markdown); build nothing")
    args = parser.parse_args(argv)
    if args.report:
        from eventwire.actors.kb_report import report

        print(report(load_actor_knowledge()))
        return 0
    summary = build(args.shared)
    for key, value in summary.items():
        print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
