"""ConfliBERT CAMEO sets: PentaClass (quad class with statements apart) and actor spans.

PATH is the `conflibert_cameo` folder holding `cameo_class/train.tsv` and `cameo_ner/train.txt`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from eventwire import ontology
from eventwire.errors import GoldDataError
from eventwire.evaluate.scoring import accuracy, macro_f1, per_label, span_prf
from eventwire.evaluate.split import Keep, kept, sentence_key
from eventwire.records import Article

PENTA = ("0", "1", "2", "3", "4")


def penta_class(article: Article) -> str:
    """The sentence's class from its most confident event's CAMEO root (the Phoenix quad
    convention of ``ontology/data/cameo_penta.tsv``); no event is class 0, a statement."""
    if not article.events:
        return "0"
    event = max(article.events, key=lambda e: e.confidence)
    return str(ontology.penta_class(event.cameo))


def load_classes(path: Path) -> list[tuple[str, str]]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        sentence, sep, label = line.rstrip("\r").rpartition("\t")
        if not sep or label.strip() not in PENTA:
            raise GoldDataError(f"{path}:{n}: expected 'sentence<TAB>0-4'")
        rows.append((sentence, label.strip()))
    return rows


def load_spans(path: Path) -> list[tuple[str, set[tuple[int, int]], set[tuple[int, int]]]]:
    """Sentences rebuilt from CoNLL tokens (joined by spaces) with source and target spans;
    reciprocal (R) spans count as both."""
    sentences = []
    for block in path.read_text(encoding="utf-8").replace("\r", "").split("\n\n"):
        pairs = [line.rsplit(" ", 1) for line in block.splitlines() if line.strip()]
        if pairs:
            sentences.append(_spans(pairs))
    return sentences


def _spans(pairs: list[list[str]]) -> tuple[str, set[tuple[int, int]], set[tuple[int, int]]]:
    text: list[str] = []
    offset = 0
    spans: dict[str, set[tuple[int, int]]] = {"S": set(), "T": set()}
    current: tuple[str, int, int] | None = None
    for token, tag in pairs:
        start = offset
        text.append(token)
        offset += len(token) + 1
        if tag.startswith("I-") and current and current[0] == tag[2:]:
            current = (current[0], current[1], start + len(token))
            continue
        if current:
            _close(spans, current)
        current = (tag[2:], start, start + len(token)) if tag.startswith("B-") else None
    if current:
        _close(spans, current)
    return " ".join(text), spans["S"], spans["T"]


def _close(spans: dict[str, set[tuple[int, int]]], span: tuple[str, int, int]) -> None:
    for role in ("S", "T") if span[0] == "R" else (span[0],):
        spans.setdefault(role, set()).add((span[1], span[2]))


def _role_spans(article: Article) -> tuple[set[tuple[int, int]], set[tuple[int, int]]]:
    if not article.events:
        return set(), set()
    event = max(article.events, key=lambda e: e.confidence)
    actors = {(a.start, a.end) for a in event.actor}
    if len({a.country for a in event.actor}) > 1 and not event.recipient:
        # a reciprocal event (all parties in `actor`) is the gold's R tag: source and target
        return actors, set(actors)
    return actors, {(r.start, r.end) for r in event.recipient}


def run(path: Path, limit: int | None = None, keep: Keep | None = None) -> dict[str, Any]:
    from eventwire.api import code_text

    classes = [row for row in load_classes(path / "cameo_class" / "train.tsv")[:limit]
               if kept(keep, sentence_key(row[0]))]
    gold, predicted = [], []
    for n, (sentence, label) in enumerate(classes):
        gold.append(label)
        predicted.append(penta_class(code_text(sentence, clean=False, id=f"class-{n}")))
    table = per_label(gold, predicted, PENTA)
    spans = [row for row in load_spans(path / "cameo_ner" / "train.txt")[:limit]
             if kept(keep, sentence_key(row[0]))]
    gold_s, gold_t, pred_s, pred_t = [], [], [], []
    for n, (sentence, sources, targets) in enumerate(spans):
        got_s, got_t = _role_spans(code_text(sentence, clean=False, id=f"ner-{n}"))
        gold_s.append(sources)
        gold_t.append(targets)
        pred_s.append(got_s)
        pred_t.append(got_t)
    source, target = span_prf(gold_s, pred_s), span_prf(gold_t, pred_t)
    return {
        "class_sentences": len(classes),
        "penta_accuracy": accuracy(gold, predicted),
        "penta_macro_f1": macro_f1(table),
        "span_sentences": len(spans),
        "source_span_f1": source["f1"],
        "target_span_f1": target["f1"],
        "source_span_precision": source["precision"],
        "source_span_recall": source["recall"],
        "target_span_precision": target["precision"],
        "target_span_recall": target["recall"],
        "per_class": table,
    }
