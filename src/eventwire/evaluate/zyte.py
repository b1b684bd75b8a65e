"""Zyte article-extraction benchmark: article-body shingle precision, recall and F1.

The score is the benchmark's own: each text becomes word tokens (``\\w+``) and their
4-gram shingles; per page, true positives, false positives and false negatives are counted
over shingle multisets and normalised to sum 1 so that long pages weigh no more than short
ones; precision and recall are averaged over the pages where they are defined, and F1 is
taken from the two means. Our ``text`` (read + clean, no spaCy) and plain
``trafilatura.extract`` with its default settings are scored on the same pages in one run.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from eventwire.errors import GoldDataError
from eventwire.evaluate.split import Keep, document_key, kept

SHINGLE = 4
_TOKEN = re.compile(r"\w+")
Counts = tuple[float, float, float]


def run(path: Path, limit: int | None = None, keep: Keep | None = None) -> dict[str, Any]:
    """Score our text and trafilatura's on the pages under ``path`` (ground-truth.json, html/);
    pages split by their key in ground-truth.json (``zyte:<key>``)."""
    ours: list[Counts] = []
    theirs: list[Counts] = []
    for html, url, gold in _pages(path, limit, keep):
        ours.append(shingle_counts(gold, our_text(html, url)))
        theirs.append(shingle_counts(gold, trafilatura_text(html, url)))
    figures = scores(ours)
    figures.update({f"trafilatura_{name}": value for name, value in scores(theirs).items()})
    figures["pages"] = len(ours)
    return figures


def _pages(path: Path, limit: int | None,
           keep: Keep | None = None) -> Iterator[tuple[str, str | None, str]]:
    truth_file = path / "ground-truth.json"
    if not truth_file.is_file():
        raise GoldDataError(f"{path}: no ground-truth.json (expected the Zyte benchmark folder)")
    truth = json.loads(truth_file.read_text(encoding="utf-8"))
    for key in sorted(truth)[:limit]:
        if not kept(keep, document_key("zyte", key)):
            continue
        page = path / "html" / f"{key}.html.gz"
        if not page.is_file():
            raise GoldDataError(f"{page}: page listed in ground-truth.json is missing")
        html = gzip.decompress(page.read_bytes()).decode("utf-8", errors="replace")
        yield html, truth[key].get("url"), truth[key].get("articleBody") or ""


def our_text(html: str, url: str | None) -> str:
    """Our article text for a page: the read stage's extraction, then the clean stage."""
    from eventwire.clean import clean_article
    from eventwire.read.documents import build_article

    article = build_article("<zyte>", {"url": url}, "eval", html=html)
    if article.errors:
        return ""
    clean_article(article, languages=None)
    return article.text


def trafilatura_text(html: str, url: str | None) -> str:
    """Plain ``trafilatura.extract`` with its default settings."""
    import trafilatura

    return trafilatura.extract(html, url=url) or ""


def shingles(text: str) -> Counter[tuple[str, ...]]:
    """The multiset of token 4-grams of ``text`` (one shorter shingle for a short text)."""
    tokens = _TOKEN.findall(text)
    if len(tokens) <= SHINGLE:
        return Counter([tuple(tokens)] if tokens else [])
    return Counter(tuple(tokens[i:i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1))


def shingle_counts(gold: str, predicted: str) -> Counts:
    """One page's (TP, FP, FN) over shingles, normalised to sum 1 (all 0 when both empty)."""
    true, pred = shingles(gold), shingles(predicted)
    tp = sum((true & pred).values())
    fp = sum((pred - true).values())
    fn = sum((true - pred).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def scores(pages: list[Counts]) -> dict[str, float]:
    """Mean precision and recall over the pages where each is defined, F1 of the means."""
    precisions = [_ratio(tp, fp, fn) for tp, fp, fn in pages if tp + fp > 0]
    recalls = [_ratio(tp, fn, fp) for tp, fp, fn in pages if tp + fn > 0]
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def _ratio(hit: float, miss: float, other: float) -> float:
    """tp / (tp + miss); a page with no errors at all scores 1."""
    if miss == other == 0:
        return 1.0
    return hit / (hit + miss) if hit + miss else 0.0
