"""Agreement of two independent annotators on the doubly annotated news sentences.

- ``kappa_type``: Cohen's κ on each sentence's main event type (its first event; NONE when it
  has none), over the 16 PLOVER types and NONE;
- ``kappa_any``: κ on whether the sentence holds an event at all;
- ``type_set_agreement``: mean Jaccard agreement of the two sets of types (1 when both empty);
- ``source_span_agreement`` / ``target_span_agreement``: over event pairs of the same type
  (one to one, in order), the share where both give no span or overlapping spans;
- ``disagreements``: the sids where the two records differ in anything scored or stored
  (types, modes, modality, negation, background, role spans, countries and sectors): each is
  adjudicated (``adjudicated.jsonl``).

Figures over no sentences (or no paired events) are None.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from eventwire.evaluate.news.labels import GoldEvent, Label


def cohen_kappa(first: Sequence[str], second: Sequence[str]) -> float | None:
    """Cohen's κ of two labelings of the same items (1.0 when both are constant and equal;
    None for no items)."""
    n = len(first)
    if not n:
        return None
    observed = sum(a == b for a, b in zip(first, second, strict=True)) / n
    left, right = Counter(first), Counter(second)
    expected = sum(left[k] * right[k] for k in left) / (n * n)
    return 1.0 if expected == 1 else (observed - expected) / (1 - expected)


def main_type(label: Label) -> str:
    return label.events[0].type if label.events else "NONE"


def _spans_agree(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return a[0] < b[1] and b[0] < a[1]


def paired_events(a: Label, b: Label) -> list[tuple[GoldEvent, GoldEvent]]:
    """Events of the two labels paired one to one by type, in order."""
    free = list(b.events)
    pairs = []
    for event in a.events:
        match = next((other for other in free if other.type == event.type), None)
        if match is not None:
            free.remove(match)
            pairs.append((event, match))
    return pairs


def _crossing(x: GoldEvent, y: GoldEvent) -> bool:
    """Whether the two events' sides may be compared swapped (either is reciprocal)."""
    return x.reciprocal or y.reciprocal


def _side_agrees(x: GoldEvent, y: GoldEvent, side: str) -> bool:
    """x's source (or target) span agrees with y's, or with y's other side when crossing."""
    other = "target" if side == "source" else "source"
    mine = getattr(x, side)
    return _spans_agree(mine, getattr(y, side)) or (_crossing(x, y) and _spans_agree(mine, getattr(y, other)))


def _roles_agree(x: GoldEvent, y: GoldEvent) -> bool:
    straight = _spans_agree(x.source, y.source) and _spans_agree(x.target, y.target)
    return straight or (_crossing(x, y) and _spans_agree(x.source, y.target)
                        and _spans_agree(x.target, y.source))


def _same_parties(x: GoldEvent, y: GoldEvent) -> bool:
    mine = (x.source_country, x.source_sector, x.target_country, x.target_sector)
    straight = (y.source_country, y.source_sector, y.target_country, y.target_sector)
    crossed = (y.target_country, y.target_sector, y.source_country, y.source_sector)
    return mine == straight or (_crossing(x, y) and mine == crossed)


def same_record(a: Label, b: Label) -> bool:
    """Both labels hold the same events: types, modes, modality, negation, background, role
    spans, countries and sectors."""
    if sorted(e.type for e in a.events) != sorted(e.type for e in b.events):
        return False
    return all(x.mode == y.mode and x.modality == y.modality and x.negated == y.negated
               and x.background == y.background and _roles_agree(x, y) and _same_parties(x, y)
               for x, y in paired_events(a, b))


def _share(hits: int, total: int) -> float | None:
    return hits / total if total else None


def agreement(first: dict[str, Label], second: dict[str, Label]) -> dict[str, Any]:
    """Agreement figures over the sentences both annotated."""
    sids = sorted(set(first) & set(second))
    a, b = [first[s] for s in sids], [second[s] for s in sids]
    jaccard = []
    for x, y in zip(a, b, strict=True):
        tx, ty = {e.type for e in x.events}, {e.type for e in y.events}
        jaccard.append(len(tx & ty) / len(tx | ty) if tx | ty else 1.0)
    pairs = [p for x, y in zip(a, b, strict=True) for p in paired_events(x, y)]
    return {
        "sentences": len(sids),
        "kappa_type": cohen_kappa([main_type(x) for x in a], [main_type(y) for y in b]),
        "kappa_any": cohen_kappa([str(bool(x.events)) for x in a], [str(bool(y.events)) for y in b]),
        "type_set_agreement": sum(jaccard) / len(jaccard) if jaccard else None,
        "paired_events": len(pairs),
        "source_span_agreement": _share(sum(_side_agrees(x, y, "source") for x, y in pairs), len(pairs)),
        "target_span_agreement": _share(sum(_side_agrees(x, y, "target") for x, y in pairs), len(pairs)),
        "modality_agreement": _share(sum(x.modality == y.modality and x.negated == y.negated
                                         for x, y in pairs), len(pairs)),
        "country_agreement": _share(sum(_same_parties(x, y) for x, y in pairs), len(pairs)),
        "disagreements": [s for s, x, y in zip(sids, a, b, strict=True) if not same_record(x, y)],
    }
