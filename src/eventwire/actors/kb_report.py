"""Size and coverage of a loaded knowledge snapshot, as Markdown for docs/kb.md.

Size: dated rows by source (the ``source`` column's prefix) and kind. Coverage: for every
UN member state (the states of countries.tsv less non-state codes and the places that are not
UN members), the years 2015-2026 in which a head of state AND a head of government row is in
force. The office text tells which is which; the head of state (a president, a sultan) is
head of government too in a year without a prime-minister-type row, unless such rows come
both before and after it in 2015-2026 (a hole in the data, not a presidential system).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict

from eventwire import datafiles
from eventwire.actors import tables
from eventwire.actors.knowledge import ActorKnowledge, Period

YEARS = range(2015, 2027)
# in countries.tsv but not UN member states (observers, territories, limited recognition)
NOT_UN_MEMBERS = frozenset({"XKX", "PSE", "TWN", "VAT", "HKG", "MAC", "PRI", "GRL", "ESH"})
_OFFICES = datafiles.table("actors", "kb_build/head_offices.tsv", ("pattern", "kind"),
                          required=("pattern", "kind"), overlay=False)


def _offices(kind: str) -> re.Pattern[str]:
    """One alternation, as whole words in any case, of the office patterns of `kind`."""
    patterns = [row["pattern"] for row in _OFFICES if row["kind"] == kind]
    return re.compile(rf"\b({'|'.join(patterns)})\b", re.I)


_HEAD_OF_STATE = _offices("state")
_HEAD_OF_GOVERNMENT = _offices("government")
_NOT_HEAD = _offices("not_head")


def is_head_of_government(office: str) -> bool:
    return bool(_HEAD_OF_GOVERNMENT.search(office)) and not _NOT_HEAD.search(office)


def is_head_of_state(office: str) -> bool:
    """A president, monarch or collective head; not a prime minister ("President of the
    Government" of Spain is one) nor a vice-president or a president of a chamber."""
    return (bool(_HEAD_OF_STATE.search(office)) and not is_head_of_government(office)
            and not _NOT_HEAD.search(office))


def un_members(knowledge: ActorKnowledge) -> list[str]:
    return sorted(c for c in knowledge.countries
                  if c not in tables.NON_STATE and c not in NOT_UN_MEMBERS)


def _overlaps(period: Period, year: int) -> bool:
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    return (period.start is None or period.start <= last) and (period.end is None
                                                                or period.end >= first)


def coverage(knowledge: ActorKnowledge) -> dict[str, dict[int, tuple[bool, bool]]]:
    """country -> year -> (head of state in force, head of government in force)."""
    states: dict[str, set[int]] = defaultdict(set)
    governments: dict[str, set[int]] = defaultdict(set)
    for rows in knowledge.people.values():
        for row in rows:
            office = row.office or ""
            years = {y for y in YEARS if _overlaps(row, y)}
            if is_head_of_government(office):
                governments[row.country] |= years
            elif is_head_of_state(office):
                states[row.country] |= years
    result = {}
    for code in un_members(knowledge):
        heads = governments[code]
        holes = {y for y in YEARS if any(g < y for g in heads) and any(g > y for g in heads)}
        result[code] = {y: (y in states[code], y in heads
                            or (y in states[code] and y not in holes)) for y in YEARS}
    return result


def size_table(knowledge: ActorKnowledge) -> list[str]:
    counts: Counter[tuple[str, str]] = Counter()
    ids: dict[tuple[str, str], set[str]] = defaultdict(set)
    for kind, table in (("people", knowledge.people), ("organisations", knowledge.orgs)):
        for kb_id, rows in table.items():
            for row in rows:
                source = row.source.split(":")[0]
                counts[source, kind] += 1
                ids[source, kind].add(kb_id)
    lines = ["| source | kind | dated rows | entries |", "|---|---|---:|---:|"]
    for source, kind in sorted(counts):
        lines.append(f"| {source} | {kind} | {counts[source, kind]:,} | "
                     f"{len(ids[source, kind]):,} |")
    lines.append(f"| all | all | {sum(counts.values()):,} | "
                 f"{len(knowledge.people) + len(knowledge.orgs):,} |")
    return lines


def report(knowledge: ActorKnowledge) -> str:
    """The Markdown report: size by source, coverage by year, and the gaps by country."""
    cover = coverage(knowledge)
    lines = ["### Size", "", *size_table(knowledge), "", "### Heads of state and government, "
             f"{YEARS[0]}–{YEARS[-1]} ({len(cover)} UN member states)", "",
             "| year | head of state | head of government | both |", "|---|---:|---:|---:|"]
    for year in YEARS:
        hos = sum(cover[c][year][0] for c in cover)
        hog = sum(cover[c][year][1] for c in cover)
        both = sum(all(cover[c][year]) for c in cover)
        lines.append(f"| {year} | {hos} | {hog} | {both} |")
    gaps = _gaps(knowledge, cover)
    lines += ["", f"Gaps ({len(gaps)} countries): " + ("none." if not gaps else "")]
    lines += [f"- {gap}" for gap in gaps]
    return "\n".join(lines)


def _gaps(knowledge: ActorKnowledge, cover: dict[str, dict[int, tuple[bool, bool]]]) -> list[str]:
    found = []
    for code, years in cover.items():
        parts = [f"{label} {_ranges([y for y, flags in years.items() if not flags[i]])}"
                 for i, label in enumerate(("no head of state", "no head of government"))
                 if not all(flags[i] for flags in years.values())]
        if parts:
            found.append(f"{code} ({knowledge.countries[code]}): {'; '.join(parts)}")
    return found


def _ranges(years: list[int]) -> str:
    """[2015, 2016, 2017, 2020] -> "2015–2017, 2020"."""
    spans: list[list[int]] = []
    for year in sorted(years):
        if spans and year == spans[-1][1] + 1:
            spans[-1][1] = year
        else:
            spans.append([year, year])
    return ", ".join(str(a) if a == b else f"{a}–{b}" for a, b in spans)
