"""CASE 2021 task 2: ACLED-style event snippets scored through their accepted PLOVER types.

PATH is the task's ``dev.tsv`` (columns ``id``, ``EventSnippet``, ``SubType``). Each subtype
maps to the PLOVER types a correct coder may emit, primary first, and the modes accepted
for the primary type (``ontology/case2021_to_plover.tsv`` in the shared folder above PATH);
disasters map to NONE: a coder should emit no ASSAULT, PROTEST or THREATEN for them.
``OTHER`` and subtypes the table does not list are not scored (``unscored``). Each snippet,
several sentences, is coded as one text; its key for the tune/check split is its text's
(:func:`~eventwire.evaluate.split.sentence_key`). Negated events count like any other.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventwire.errors import GoldDataError
from eventwire.evaluate.scoring import NO_EVENT, accuracy, macro_f1, per_label, share, top_type
from eventwire.evaluate.split import Keep, kept, sentence_key
from eventwire.evaluate.zsp_plover import Code, code_each, plain_coder, read_tsv
from eventwire.ontology import modes, plover_types
from eventwire.records import Article

MAPPING = Path("ontology") / "case2021_to_plover.tsv"
MAPPING_COLUMNS = ["subtype", "accepted", "modes"]
ALARM_TYPES = frozenset({"ASSAULT", "PROTEST", "THREATEN"})


@dataclass(frozen=True)
class Accepted:
    """What a correct coder may emit for one subtype: PLOVER types, primary first (or just
    NONE), and the modes accepted for the primary type (empty: any)."""

    types: tuple[str, ...]
    modes: frozenset[str]

    @property
    def primary(self) -> str:
        return self.types[0]


@dataclass(frozen=True)
class Snippet:
    id: str
    text: str
    subtype: str


def find_mapping(gold: Path) -> Path:
    """The subtype table in the first folder above `gold` holding ``ontology/``."""
    for folder in Path(gold).resolve().parents:
        if (folder / MAPPING).is_file():
            return folder / MAPPING
    raise GoldDataError(f"no {MAPPING} in any folder above {gold}: the CASE 2021 scorer reads it "
                        f"from the shared folder that holds gold/")


def load_mapping(path: Path) -> dict[str, Accepted]:
    """Subtype -> accepted PLOVER types and modes; raises GoldDataError on a bad table."""
    try:
        lines = [line for line in path.read_text(encoding="utf-8").splitlines()
                 if line.strip() and not line.startswith("#")]
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldDataError(f"{path}: cannot read the CASE 2021 subtype table: {exc}") from exc
    reader = csv.DictReader(lines, delimiter="\t")
    if reader.fieldnames != MAPPING_COLUMNS:
        raise GoldDataError(f"{path}: columns {reader.fieldnames}, expected {MAPPING_COLUMNS}")
    return dict(_accepted(path, row) for row in reader)


def _accepted(path: Path, row: dict[str, str]) -> tuple[str, Accepted]:
    types = tuple(t.strip() for t in (row["accepted"] or "").split(",") if t.strip())
    mode_set = frozenset(m.strip() for m in (row["modes"] or "").split(",") if m.strip())
    known = types == (NO_EVENT,) or (types and all(t in plover_types() for t in types))
    if not row["subtype"] or not known or any((types[0], m) not in modes() for m in mode_set):
        raise GoldDataError(f"{path}: bad row for subtype {row['subtype']!r}: unknown PLOVER "
                            f"type or mode, or no accepted type")
    return row["subtype"], Accepted(types, mode_set)


def load(path: Path) -> list[Snippet]:
    """The snippets of the task's TSV file; raises GoldDataError when it is malformed."""
    snippets = []
    for line, row in read_tsv(path, ("id", "EventSnippet", "SubType")):
        if not row["EventSnippet"].strip() or not row["SubType"].strip():
            raise GoldDataError(f"{path}:{line}: empty EventSnippet or SubType")
        snippets.append(Snippet(row["id"], row["EventSnippet"], row["SubType"].strip()))
    return snippets


@dataclass(frozen=True)
class Outcome:
    """How one scored snippet came out."""

    subtype: str
    hit: bool            # an accepted type among the events; for a NONE snippet, no alarm
    alarm: bool | None   # NONE snippets only: an ASSAULT, PROTEST or THREATEN event
    mode: bool | None    # when the primary type is found and has accepted modes: one of them


def judge(subtype: str, accepted: Accepted, article: Article) -> Outcome:
    """Whether the snippet's events include an accepted type, an alarm, an accepted mode."""
    types = {event.type for event in article.events}
    if accepted.primary == NO_EVENT:
        alarm = bool(types & ALARM_TYPES)
        return Outcome(subtype, not alarm, alarm, None)
    mode = None
    if accepted.primary in types and accepted.modes:
        mode = any(e.mode in accepted.modes for e in article.events if e.type == accepted.primary)
    return Outcome(subtype, bool(types & set(accepted.types)), None, mode)


def score(snippets: list[Snippet], mapping: dict[str, Accepted], code: Code) -> dict[str, Any]:
    """The CASE 2021 figures for `snippets`, coding each scored snippet's text with `code`.

    The top event is right when its type is any accepted one: it then counts as the
    primary type in the per-type table."""
    scored = [s for s in snippets if s.subtype in mapping]
    articles = code_each((s.text for s in scored), code)
    gold, top, outcomes = [], [], []
    for snippet in scored:
        accepted = mapping[snippet.subtype]
        predicted = top_type(articles[snippet.text])
        gold.append(accepted.primary)
        top.append(accepted.primary if predicted in accepted.types else predicted)
        outcomes.append(judge(snippet.subtype, accepted, articles[snippet.text]))
    table = per_label(gold, top, (*plover_types(), NO_EVENT))
    return {
        "snippets": len(snippets),
        "scored": len(scored),
        "unscored": len(snippets) - len(scored),
        **_shares(outcomes),
        "top_event_accuracy": accuracy(gold, top),
        "top_event_macro_f1": macro_f1(table),
        "per_type": table,
        "hit_rate_by_subtype": _by_subtype(outcomes),
    }


def _shares(outcomes: list[Outcome]) -> dict[str, Any]:
    hits = [o.hit for o in outcomes if o.alarm is None]
    alarms = [o.alarm for o in outcomes if o.alarm is not None]
    moded = [o.mode for o in outcomes if o.mode is not None]
    return {
        "disaster_snippets": len(alarms),
        "mode_snippets": len(moded),
        "accepted_in_events": share(sum(hits), len(hits)),
        "disaster_false_alarm": share(sum(map(bool, alarms)), len(alarms)),
        "mode_accuracy": share(sum(map(bool, moded)), len(moded)),
    }


def _by_subtype(outcomes: list[Outcome]) -> dict[str, dict[str, Any]]:
    tally: dict[str, list[int]] = {}
    for outcome in outcomes:
        counts = tally.setdefault(outcome.subtype, [0, 0])
        counts[0] += 1
        counts[1] += outcome.hit
    return {s: {"snippets": n, "hit_rate": hits / n} for s, (n, hits) in sorted(tally.items())}


def run(path: Path, limit: int | None = None, keep: Keep | None = None) -> dict[str, Any]:
    mapping = load_mapping(find_mapping(path))
    snippets = [s for s in load(path)[:limit] if kept(keep, sentence_key(s.text))]
    return score(snippets, mapping, plain_coder("case2021"))
