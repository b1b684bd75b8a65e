"""Scores shared by the evaluations: per-label precision/recall/F1 and span matching."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eventwire.records import Article

NO_EVENT = "NONE"


def per_label(gold: Sequence[str], predicted: Sequence[str],
              labels: Iterable[str]) -> dict[str, dict[str, float]]:
    """Precision, recall, F1 and support for each label (single-label classification)."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for g, p in zip(gold, predicted, strict=True):
        if g == p:
            tp[g] += 1
        else:
            fp[p] += 1
            fn[g] += 1
    table = {}
    for label in labels:
        table[label] = _prf(tp[label], fp[label], fn[label])
        table[label]["support"] = tp[label] + fn[label]
    return table


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def share(hits: int, total: int) -> float:
    """hits / total, 0 when there is nothing to count."""
    return hits / total if total else 0.0


def prf(hits: int, predicted: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from counts."""
    precision, recall = share(hits, predicted), share(hits, gold)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def top_type(article: Article) -> str:
    """The most confident event's type, NONE when the text has no event."""
    if not article.events:
        return NO_EVENT
    return max(article.events, key=lambda e: e.confidence).type


def macro_f1(table: dict[str, dict[str, float]]) -> float:
    """Mean F1 over the labels that occur in gold or predictions."""
    used = [row["f1"] for row in table.values() if row["support"] or row["precision"]]
    return sum(used) / len(used) if used else 0.0


def accuracy(gold: Sequence[str], predicted: Sequence[str]) -> float:
    return sum(g == p for g, p in zip(gold, predicted, strict=True)) / len(gold) if gold else 0.0


Spans = list[set[tuple[int, int]]]


def span_prf(gold: Spans, predicted: Spans) -> dict[str, float]:
    """Lenient span P/R/F1: a span matches when it overlaps one on the other side."""
    tp_p = tp_g = n_p = n_g = 0
    for g_spans, p_spans in zip(gold, predicted, strict=True):
        n_p += len(p_spans)
        n_g += len(g_spans)
        tp_p += sum(any(_overlap(p, g) for g in g_spans) for p in p_spans)
        tp_g += sum(any(_overlap(g, p) for p in p_spans) for g in g_spans)
    precision = tp_p / n_p if n_p else 0.0
    recall = tp_g / n_g if n_g else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]
