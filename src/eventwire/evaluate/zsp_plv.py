"""Zero-Shot-PLOVER PLV: the PLOVER type of the relation between a marked source and target.

PATH is ``PLV_train.tsv`` (columns ``sentence``, ``marked_sentence``, ``gold_root``; the
other columns are the authors' model predictions and are not read). The gold ``YIELD`` is
today's CONCEDE or RETREAT: either type is right for it. Figures over all rows:

- ``type_in_events``: an event of an accepted type is among the sentence's events;
- ``top_event_accuracy``, ``top_event_macro_f1``, ``per_type``: the most confident event's
  type (NONE when there is none) against the gold. In the table a YIELD row's gold label is
  the top event's type when that is CONCEDE or RETREAT, otherwise CONCEDE (the closer of the
  two to the codebook's YIELD, so a miss is charged to one label rather than split).

Figures over the rows whose marks can be placed in the sentence (``unscorable`` counts the
others): ``type_between_marked``, an event of an accepted type runs from the source to the
target (:func:`~eventwire.evaluate.zsp_plover.links`); ``pair_event_rows``, any event does.
Negated and denied events count like any other, as in :mod:`~eventwire.evaluate.plover_gsr`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from eventwire.evaluate.scoring import accuracy, macro_f1, per_label, share, top_type
from eventwire.evaluate.split import Keep
from eventwire.evaluate.zsp_plover import Code, MarkedRow, code_each, links, load, plain_coder, select
from eventwire.ontology import plover_types
from eventwire.records import Event

YIELD = "YIELD"
YIELD_TYPES = frozenset({"CONCEDE", "RETREAT"})
YIELD_IN_TABLE = "CONCEDE"


def accepted(label: str) -> frozenset[str]:
    """The PLOVER types that are right for a gold label."""
    return YIELD_TYPES if label == YIELD else frozenset({label})


def table_gold(label: str, top: str) -> str:
    """The gold label for the per-type table: YIELD becomes the top event's type when that
    is right, else CONCEDE."""
    if label != YIELD:
        return label
    return top if top in YIELD_TYPES else YIELD_IN_TABLE


def judge(row: MarkedRow, events: list[Event]) -> tuple[bool, bool | None, bool | None]:
    """(an accepted type among the events, one between the marked pair, any event between
    the pair); the last two None when the row is unscorable."""
    types = accepted(row.gold)
    found = any(event.type in types for event in events)
    if row.pair is None:
        return found, None, None
    linking = [event for event in events if links(event, *row.pair)]
    return found, any(event.type in types for event in linking), bool(linking)


def score(rows: list[MarkedRow], code: Code) -> dict[str, Any]:
    """The PLV figures for `rows`, coding each distinct sentence once with `code`."""
    articles = code_each((row.sentence for row in rows), code)
    gold, top = [], []
    # per gold label: [rows, type in events, scorable rows, type between the marked pair]
    tally: dict[str, list[int]] = {}
    paired = 0
    for row in rows:
        found, between, linked = judge(row, articles[row.sentence].events)
        top.append(top_type(articles[row.sentence]))
        gold.append(table_gold(row.gold, top[-1]))
        counts = tally.setdefault(row.gold, [0, 0, 0, 0])
        counts[0] += 1
        counts[1] += found
        counts[2] += between is not None
        counts[3] += bool(between)
        paired += bool(linked)
    return _figures(rows, gold, top, tally, paired)


def _figures(rows: list[MarkedRow], gold: list[str], top: list[str],
             tally: dict[str, list[int]], paired: int) -> dict[str, Any]:
    totals = [sum(counts[n] for counts in tally.values()) for n in range(4)]
    table = per_label(gold, top, tuple(plover_types()))
    return {
        "rows": len(rows),
        "sentences": len({row.sentence for row in rows}),
        "unscorable": totals[0] - totals[2],
        "type_in_events": share(totals[1], totals[0]),
        "type_between_marked": share(totals[3], totals[2]),
        "pair_event_rows": share(paired, totals[2]),
        "top_event_accuracy": accuracy(gold, top),
        "top_event_macro_f1": macro_f1(table),
        "per_type": table,
        "type_in_events_by_type": {t: share(c[1], c[0]) for t, c in sorted(tally.items())},
        "type_between_marked_by_type": {t: share(c[3], c[2]) for t, c in sorted(tally.items())},
    }


def load_rows(path: Path) -> list[MarkedRow]:
    """The PLV rows, each with its gold root type (a PLOVER type or YIELD)."""
    return load(path, "gold_root", {*plover_types(), YIELD})


def run(path: Path, limit: int | None = None, keep: Keep | None = None) -> dict[str, Any]:
    return score(select(load_rows(path), limit, keep), plain_coder("zsp-plv"))
