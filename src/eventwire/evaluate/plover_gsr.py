"""PLOVER gold standard records: event type, top-event macro-F1, actor countries.

The records use PLOVER 0.5b1 labels; four no longer exist and are mapped to current ones.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from eventwire.errors import GoldDataError
from eventwire.evaluate.scoring import accuracy, macro_f1, per_label, top_type
from eventwire.evaluate.split import Keep, kept, sentence_key
from eventwire.ontology import plover_types

OLD_LABELS = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
              "FIGHT": "ASSAULT"}
# the gold uses CAMEO-style actor codes: a few differ from ISO alpha-3, and every
# intergovernmental body (the UN, the EU ...) is IGO where we code UNO, EUR ...
CAMEO_COUNTRY = {"JAP": "JPN"}
IGO_LIKE = {"IGO", "UNO", "EUR", "NGO"}
CALIBRATION_BINS = (0.0, 0.2, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0)


def load(path: Path) -> list[dict[str, Any]]:
    """The coded sentences (the DOCUMENT header dropped), with current PLOVER labels."""
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise GoldDataError(f"{path}: not a PLOVER gold JSON array: {exc}") from exc
    items = []
    for record in records:
        if record.get("event") == "DOCUMENT" or not record.get("text"):
            continue
        items.append({**record, "event": OLD_LABELS.get(record["event"], record["event"])})
    return items


def select(items: list[dict[str, Any]], keep: Keep | None) -> list[dict[str, Any]]:
    """The records of one part (keyed by their sentence, :func:`split.sentence_key`)."""
    return [item for item in items if kept(keep, sentence_key(item["text"]))]


def _comparable(code: str | None) -> str | None:
    code = CAMEO_COUNTRY.get(code or "", code)
    return "IGO" if code in IGO_LIKE else code


def _codes(actors: Any) -> set[str | None]:
    return {_comparable(a["code"]) for a in actors or [] if isinstance(a, dict) and a.get("code")}


def _share(tally: list[int], column: int) -> float:
    return tally[column] / tally[0] if tally[0] else 0.0


def reliability(scored: list[tuple[float, bool]]) -> list[dict[str, Any]]:
    """Confidence bins with their event count and observed precision (an event is right
    when its type is the sentence's gold type)."""
    table = []
    for low, high in zip(CALIBRATION_BINS, CALIBRATION_BINS[1:], strict=False):
        inside = [right for conf, right in scored if low <= conf < high or (high == 1.0 and conf == 1.0)]
        table.append({"bin": f"{low:.1f}-{high:.1f}", "events": len(inside),
                      "precision": sum(inside) / len(inside) if inside else None})
    return table


def run(path: Path, limit: int | None = None, keep: Keep | None = None) -> dict[str, Any]:
    from eventwire.api import code_text

    items = select(load(path)[:limit], keep)
    gold, top, found = [], [], 0
    scored: list[tuple[float, bool]] = []
    found_by_type: dict[str, list[int]] = {}
    # per gold role: [gold codes, among the actors' countries, among the events' parties]
    roles = {"source": [0, 0, 0], "target": [0, 0, 0]}
    for item in items:
        article = code_text(item["text"], published=item.get("date"), clean=False, id=item["id"])
        coded = {_comparable(a.country) for a in article.actors}
        parties = {_comparable(x.country) for e in article.events for x in e.actor + e.recipient}
        gold.append(item["event"])
        top.append(top_type(article))
        hit = item["event"] in {e.type for e in article.events}
        found += hit
        found_by_type.setdefault(item["event"], [0, 0])[0] += 1
        found_by_type[item["event"]][1] += hit
        scored += [(e.confidence, e.type == item["event"]) for e in article.events]
        for role, tally in roles.items():
            codes = _codes(item.get(role))
            tally[0] += len(codes)
            tally[1] += len(codes & coded)
            tally[2] += len(codes & parties)
    table = per_label(gold, top, tuple(plover_types()))
    return {
        "sentences": len(items),
        "type_in_events": found / len(items) if items else 0.0,
        "top_event_accuracy": accuracy(gold, top),
        "top_event_macro_f1": macro_f1(table),
        "min_type_f1": min(row["f1"] for row in table.values() if row["support"]),
        "source_country_recall": _share(roles["source"], 1),
        "target_country_recall": _share(roles["target"], 1),
        "source_country_in_events": _share(roles["source"], 2),
        "target_country_in_events": _share(roles["target"], 2),
        "per_type": table,
        "type_in_events_by_type": {t: hits / n for t, (n, hits) in sorted(found_by_type.items())},
        "calibration": reliability(scored),
    }
