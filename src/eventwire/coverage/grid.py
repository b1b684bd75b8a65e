"""A happening's coverage as people read it: facts in rows, one column per report, and the
cells a discrepancy names; and its discrepancies as flat rows for exports.

The command line (``eventwire compare``), the dashboard's coverage page and ``eventwire
events --discrepancies`` all show coverage through this module, so that a fact reads the same
and a flagged cell is the same cell everywhere.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from eventwire.coverage.discrepancies import amount, outlet
from eventwire.coverage.model import Coverage, Discrepancy, Party, ReportFacts

# the fact rows, in the order shown: (key, label); the first ones are shown even when empty
ROWS: tuple[tuple[str, str], ...] = (
    ("published", "published"), ("sentence", "sentence"), ("type", "type"), ("actor", "actor"),
    ("recipient", "recipient"), ("date", "date"), ("place", "place"), ("dead", "dead"),
    ("injured", "injured"), ("arrested", "arrested"), ("quantities", "quantities"),
    ("modality", "modality"), ("attribution", "according to"), ("quotes", "quotes"),
)
ALWAYS_SHOWN = ("published", "sentence", "type", "actor", "recipient", "date", "place")
PARTY_ROWS = ("actor", "recipient")
# the rows a discrepancy of each kind is about when its field names none
_KIND_ROWS = {"toll": ("dead",), "quantity": ("quantities",), "date": ("date",), "place": ("place",),
              "party": PARTY_ROWS, "role": PARTY_ROWS, "only_one": ("sentence",),
              "modality": ("modality",), "quote_speaker": ("quotes",),
              "attribution_to_check": ("attribution", "quotes")}
# the columns of an exported discrepancy side (``events --discrepancies``)
DISCREPANCY_COLUMNS = ("happening_id", "story_id", "kind", "field", "value", "event_ids",
                       "outlets", "detail")


@dataclass
class Row:
    """One fact across the reports: a cell per report and whether a discrepancy names it."""

    key: str
    label: str
    cells: list[str]
    flagged: list[bool]


def rows(coverage: Coverage) -> list[Row]:
    """The facts of `coverage` in rows (ROWS order), one cell per report; rows every report
    leaves empty are dropped, but for ALWAYS_SHOWN."""
    flagged = flagged_cells(coverage)
    found = []
    for key, label in ROWS:
        cells = [_CELLS[key](report) for report in coverage.reports]
        if key in ALWAYS_SHOWN or any(cells):
            found.append(Row(key, label, cells,
                             [(key, r.event_id) in flagged for r in coverage.reports]))
    return found


def flagged_cells(coverage: Coverage) -> set[tuple[str, str]]:
    """(row key, report event id) of every cell on a side of a discrepancy."""
    return {(row, event_id) for d in coverage.discrepancies for row in _flagged_rows(coverage, d)
            for event_ids in d.sides.values() for event_id in event_ids}


def _flagged_rows(coverage: Coverage, discrepancy: Discrepancy) -> tuple[str, ...]:
    """rows_of, narrowed for a discrepancy about one country ("party IRQ", "role of CHN") to
    the party rows where some report puts that country: an outlet that leaves Iraq out has
    its actor cell flagged when the other names Iraq as actor, not its recipient cell too."""
    rows = rows_of(discrepancy)
    code = discrepancy.field.split()[-1] if discrepancy.field else ""
    if rows != PARTY_ROWS or not (len(code) == 3 and code.isalpha() and code.isupper()):
        return rows
    held = tuple(role for role in PARTY_ROWS
                 if any(p.role == role and p.country == code for r in coverage.reports for p in r.parties))
    return held or rows


def rows_of(discrepancy: Discrepancy) -> tuple[str, ...]:
    """The fact rows a discrepancy is about: those its field names ("injured", "recipient
    country"), both party rows for a party or a role ("party USA", "role of CHN"), else the
    rows of its kind."""
    words = set(discrepancy.field.lower().replace("_", " ").split())
    named = tuple(key for key, _ in ROWS if key in words or key.rstrip("s") in words)
    if named:
        return named
    if words & {"party", "parties", "role"}:
        return PARTY_ROWS
    return _KIND_ROWS.get(discrepancy.kind, ("sentence",))


def discrepancy_rows(coverage: Coverage) -> Iterator[dict[str, Any]]:
    """One flat row per side of each discrepancy: the value as shown, the reports saying it
    (`event_ids`) and their outlets (lists; a CSV joins them with ";")."""
    outlets = {report.event_id: outlet(report) for report in coverage.reports}
    for found in coverage.discrepancies:
        for value, event_ids in found.sides.items():
            yield {"happening_id": coverage.happening_id, "story_id": coverage.story_id,
                   "kind": found.kind, "field": found.field, "value": value,
                   "event_ids": list(event_ids),
                   "outlets": list(dict.fromkeys(outlets.get(e, e) for e in event_ids)),
                   "detail": found.detail}


def flat_discrepancy(row: dict[str, Any]) -> dict[str, Any]:
    """A discrepancy row for CSV: its lists joined with ";" (as the events' CSV joins them)."""
    return {key: ";".join(value) if isinstance(value, list) else value for key, value in row.items()}


def all_discrepancy_rows(coverages: Iterable[Coverage]) -> Iterator[dict[str, Any]]:
    """The discrepancy rows of every coverage in turn."""
    for coverage in coverages:
        yield from discrepancy_rows(coverage)


# ---------------------------------------------------------------------- one cell per fact

def _published(report: ReportFacts) -> str:
    if not report.published:
        return "undated"
    if report.first:
        return f"{report.published} (first)"
    return f"{report.published} (+{report.lag_days} d)" if report.lag_days is not None else report.published


def _parties(role: str) -> Callable[[ReportFacts], str]:
    def cell(report: ReportFacts) -> str:
        return "; ".join(_party(p) for p in report.parties if p.role == role)
    return cell


def _party(party: Party) -> str:
    """ "IND GOV (Deepak Mittal)": codes, then the name (or the words) the report uses."""
    codes = " ".join(x for x in (party.country, party.sector) if x) or "?"
    said = party.name or party.text
    return f"{codes} ({said})" if said else codes


def _date(report: ReportFacts) -> str:
    return f"{report.date} ({report.granularity})" if report.date else ""


def _place(report: ReportFacts) -> str:
    if not report.place:
        return ""
    where = ", ".join(x for x in (report.place_country, report.place_resolution) if x)
    return f"{report.place} ({where})" if where else report.place


def _count(name: str) -> Callable[[ReportFacts], str]:
    def cell(report: ReportFacts) -> str:
        value = getattr(report, name)
        return "" if value is None else str(value)
    return cell


def _quantities(report: ReportFacts) -> str:
    return "; ".join(amount(q) for q in report.quantities)


def _modality(report: ReportFacts) -> str:
    return f"{report.modality}, negated" if report.negated else report.modality


def _quotes(report: ReportFacts) -> str:
    return "\n".join(f"“{q.content}” — {q.speaker or 'unnamed'}"
                     + (f" ({q.speaker_country})" if q.speaker_country else "")
                     for q in report.quotes)


_CELLS: dict[str, Callable[[ReportFacts], str]] = {
    "published": _published, "sentence": lambda r: " ".join(r.sentence.split()),
    "type": lambda r: f"{r.type} ({r.mode})" if r.mode else r.type,
    "actor": _parties("actor"), "recipient": _parties("recipient"), "date": _date,
    "place": _place, "dead": _count("dead"), "injured": _count("injured"),
    "arrested": _count("arrested"), "quantities": _quantities, "modality": _modality,
    "attribution": lambda r: r.attribution or "", "quotes": _quotes,
}
