"""PolNeAR (political news attribution relations): quote content P/R/F1 and speaker accuracy.

Each article of a compartment (``dev`` by default: 84 articles) is coded exactly as given
(``code_text(text, published=<metadata.tsv publication_date>, clean=False, id=<filename>)``)
and its ``quotes`` are compared with the gold attribution relations (brat standoff:
``E… Attribution:T Content:T Cue:T Source:T``). Where an article has several ``.ann``
files (one per annotator), the first by file name is used.

Matching rules, stated once:

- **content (overlap)**: a predicted content matches a gold content when their character
  spans overlap by at least half of the shorter one. A gold content may be discontinuous
  (fragments ``a b;c d``): its characters are the union of the fragments and its length
  their sum. Matching is one-to-one, greedy by overlap size.
- **content (exact)**: the predicted span equals the gold extent (first fragment start to
  last fragment end) once both are stripped of surrounding spaces, quotation marks and
  ``, . ; :``. Also one-to-one.
- **speaker accuracy**: among overlap-matched quotes whose gold relation has a Source, the
  share whose predicted speaker span overlaps the gold Source span by one character or more.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventwire.errors import GoldDataError
from eventwire.evaluate.scoring import prf
from eventwire.evaluate.split import Keep, document_key, kept
from eventwire.records import Quote

Fragments = list[tuple[int, int]]
TRIM = " \t\n\"“”‘’',.;:"


@dataclass
class GoldQuote:
    """One gold attribution relation: its content fragments and source fragments."""

    content: Fragments
    source: Fragments


def run(path: Path, limit: int | None = None, keep: Keep | None = None,
        compartment: str = "dev") -> dict[str, Any]:
    """Code the compartment's articles and score their quotes; returns flat figures."""
    from eventwire.api import code_text

    dates = publication_dates(path / "metadata.tsv")
    pairs = []
    for name, ann in list(first_annotations(path / compartment / "attributions").items())[:limit]:
        if not kept(keep, document_key("polnear", name)):
            continue
        text = (path / compartment / "text" / f"{name}.txt").read_text(encoding="utf-8")
        article = code_text(text, published=dates.get(name), clean=False, id=name)
        pairs.append((read_brat(ann.read_text(encoding="utf-8")), article.quotes, text))
    return score(pairs)


def publication_dates(metadata: Path) -> dict[str, str]:
    """Article file name (without ``.txt``) -> publication date, from ``metadata.tsv``."""
    if not metadata.exists():
        raise GoldDataError(f"{metadata}: missing; give the PolNeAR folder that holds metadata.tsv")
    with metadata.open(encoding="utf-8", newline="") as handle:
        return {row["filename"]: row["publication_date"] for row in csv.DictReader(handle, delimiter="\t")}


def first_annotations(folder: Path) -> dict[str, Path]:
    """Article name -> its first annotator's ``.ann`` file (sorted by file name)."""
    if not folder.is_dir():
        raise GoldDataError(f"{folder}: no such folder; give the PolNeAR folder (with dev/, train/)")
    found: dict[str, Path] = {}
    for ann in sorted(folder.glob("*.ann")):
        found.setdefault(ann.stem.rsplit("_", 1)[0], ann)
    return found


def read_brat(standoff: str) -> list[GoldQuote]:
    """The attribution relations of one brat ``.ann`` text that have a Content span."""
    spans: dict[str, Fragments] = {}
    relations: list[dict[str, str]] = []
    for line in standoff.splitlines():
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 2:
            spans[fields[0]] = fragments(fields[1])
        elif line.startswith("E") and len(fields) >= 2:
            relations.append(dict(arg.split(":", 1) for arg in fields[1].split() if ":" in arg))
    return [GoldQuote(spans[r["Content"]], spans.get(r.get("Source", ""), []))
            for r in relations if r.get("Content") in spans]


def fragments(annotation: str) -> Fragments:
    """``"Content 315 448;463 553"`` -> ``[(315, 448), (463, 553)]``."""
    offsets = annotation.split(" ", 1)[1]
    return [(int(a), int(b)) for a, b in (piece.split() for piece in offsets.split(";"))]


def overlap(span: tuple[int, int], gold: Fragments) -> int:
    """Characters of ``span`` inside the gold fragments."""
    return sum(max(0, min(span[1], end) - max(span[0], start)) for start, end in gold)


def content_overlap(quote: Quote, gold: GoldQuote) -> int:
    """The overlap when it reaches half of the shorter span, else 0."""
    span = (quote.content.start, quote.content.end)
    shared = overlap(span, gold.content)
    shorter = min(span[1] - span[0], sum(end - start for start, end in gold.content))
    return shared if shorter > 0 and 2 * shared >= shorter else 0


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without surrounding spaces, quotation marks and ``, . ; :``."""
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    return start, end


def exact_overlap(text: str) -> Callable[[Quote, GoldQuote], int]:
    """A matcher scoring 1 when the trimmed spans are equal (see the module docstring)."""

    def same(quote: Quote, gold: GoldQuote) -> int:
        ours = trimmed(text, quote.content.start, quote.content.end)
        return int(ours == trimmed(text, gold.content[0][0], gold.content[-1][1]))

    return same


def match(quotes: list[Quote], gold: list[GoldQuote],
          weight: Callable[[Quote, GoldQuote], int]) -> list[tuple[Quote, GoldQuote]]:
    """One-to-one pairs with a positive weight, the heaviest first."""
    candidates = sorted(((weight(q, g), i, j) for i, q in enumerate(quotes)
                         for j, g in enumerate(gold)), reverse=True)
    used_q: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for value, i, j in candidates:
        if value > 0 and i not in used_q and j not in used_g:
            used_q.add(i)
            used_g.add(j)
            pairs.append((quotes[i], gold[j]))
    return pairs


def speaker_right(quote: Quote, gold: GoldQuote) -> bool:
    """Whether our speaker span overlaps the gold Source span."""
    speaker = quote.speaker
    return speaker is not None and overlap((speaker.start, speaker.end), gold.source) > 0


def score(articles: Iterable[tuple[list[GoldQuote], list[Quote], str]]) -> dict[str, Any]:
    """Figures over (gold quotes, predicted quotes, text) triples, one per article."""
    counts: Counter[str] = Counter()
    for gold, quotes, text in articles:
        counts += article_counts(gold, quotes, text)
    return figures(counts)


def article_counts(gold: list[GoldQuote], quotes: list[Quote], text: str) -> Counter[str]:
    """Counts of gold, predicted, matched, exact and speaker-right quotes in one article."""
    pairs = match(quotes, gold, content_overlap)
    sourced = [(q, g) for q, g in pairs if g.source]
    return Counter(articles=1, gold=len(gold), predicted=len(quotes), matched=len(pairs),
                   exact=len(match(quotes, gold, exact_overlap(text))), with_source=len(sourced),
                   speaker_right=sum(speaker_right(q, g) for q, g in sourced))


def figures(counts: Counter[str]) -> dict[str, Any]:
    """The flat figures of the evaluation from its counts."""
    p, r, f = prf(counts["matched"], counts["predicted"], counts["gold"])
    ep, er, ef = prf(counts["exact"], counts["predicted"], counts["gold"])
    speaker = counts["speaker_right"] / counts["with_source"] if counts["with_source"] else 0.0
    return {"content_precision": p, "content_recall": r, "content_f1": f,
            "exact_precision": ep, "exact_recall": er, "exact_f1": ef,
            "speaker_accuracy": speaker, "articles": counts["articles"],
            "gold_quotes": counts["gold"], "predicted_quotes": counts["predicted"],
            "matched_quotes": counts["matched"]}
