"""The discrepancy test set (``data/discrepancy_test/pairs.jsonl``): pairs of reports we wrote.

Each pair is two short reports of one happening (text, source, publication date), the PLOVER
type they share and the kinds of discrepancy (:data:`~eventwire.coverage.model.KINDS`) a careful
reader finds between them, often none. Both texts are coded by the pipeline, as ingest codes an
article; in each the event of the pair's type is taken (the pair of such events sharing a party
country, else the first of each), their facts compared by
:func:`~eventwire.coverage.discrepancies.article_discrepancies` (the reports' facts, the
articles' quotes and statements), as the coverage of a stored happening is. The kinds flagged
are scored against the expected kinds: precision and recall of flags, overall and per kind,
and the share of pairs with no discrepancy that get no flag.

The set ships with the package, so PATH is only read when it is a pairs file of the same form.
A pair belongs to the tune or check part by ``document_key("discrepancy", id)``.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from eventwire.coverage.model import KINDS
from eventwire.errors import GoldDataError
from eventwire.evaluate.split import Keep, document_key, kept

PAIRS = Path(__file__).resolve().parent / "data" / "discrepancy_test" / "pairs.jsonl"
SIDES = ("a", "b")


def load_pairs(path: Path = PAIRS) -> list[dict[str, Any]]:
    """The pairs, checked: an id, a type, two sides with text and published, known kinds."""
    pairs = []
    for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        pair = json.loads(line)
        problem = _problem(pair)
        if problem:
            raise GoldDataError(f"{path.name}:{number}: {problem}")
        pairs.append(pair)
    return pairs


def _problem(pair: dict[str, Any]) -> str | None:
    if not pair.get("id") or not pair.get("type"):
        return "no id or no type"
    if any(not (pair.get(side) or {}).get("text") or not pair[side].get("published")
           for side in SIDES):
        return f"{pair['id']}: each side needs text and published"
    unknown = set(pair.get("kinds", [])) - set(KINDS)
    return f"{pair['id']}: unknown kinds {sorted(unknown)}" if unknown else None


def part_key(pair: dict[str, Any]) -> str:
    """The key that puts a pair in the tune or the check part."""
    return document_key("discrepancy", pair["id"])


def run(path: Path, limit: int | None = None, keep: Keep | None = None) -> dict[str, Any]:
    """Code every pair of the part `keep` selects and score the kinds flagged."""
    from eventwire.pipeline import default_snapshot

    source = path if path.is_file() else PAIRS
    pairs = [p for p in load_pairs(source)[:limit] if kept(keep, part_key(p))]
    knowledge = default_snapshot()
    return score([(pair, flagged(pair, knowledge)) for pair in pairs])


def flagged(pair: dict[str, Any], knowledge: Any) -> set[str] | None:
    """The kinds of discrepancy found between the pair's two reports; None when either text
    yields no event of the pair's type (nothing to compare)."""
    from eventwire.api import code_text
    from eventwire.coverage.discrepancies import article_discrepancies
    from eventwire.coverage.facts import report_facts

    articles = [code_text(pair[side]["text"], pair[side]["published"], id=f"{pair['id']}-{side}",
                          knowledge=knowledge).to_dict() for side in SIDES]
    for article, side in zip(articles, SIDES, strict=True):
        article["source"] = pair[side]["source"]
    chosen = chosen_events(articles, pair["type"])
    if chosen is None:
        return None
    reports = [report_facts(article, event) for article, event in zip(articles, chosen, strict=True)]
    found = article_discrepancies(reports, [(article, [event["id"]])
                                            for article, event in zip(articles, chosen, strict=True)])
    return {d.kind for d in found}


def chosen_events(articles: list[dict[str, Any]], type_: str) -> tuple[dict[str, Any], ...] | None:
    """One foreground event of `type_` in each article: the first two sharing a party
    country, else the first of each; None when an article has none."""
    found = [[e for e in article["events"] if e["type"] == type_ and not e.get("background")]
             for article in articles]
    if not all(found):
        return None
    for one in found[0]:
        for other in found[1]:
            if _countries(one) & _countries(other):
                return one, other
    return found[0][0], found[1][0]


def _countries(event: dict[str, Any]) -> set[str]:
    return {e["country"] for role in ("actor", "recipient") for e in event.get(role) or []
            if e.get("country")}


def score(results: list[tuple[dict[str, Any], set[str] | None]]) -> dict[str, Any]:
    """Precision and recall of flags (a pair's kinds as a set), per kind; the share of pairs
    with no discrepancy left unflagged; the share of pairs where both texts gave an event."""
    counts: dict[str, Counter[str]] = {kind: Counter() for kind in KINDS}
    clean = [0, 0]
    for pair, kinds in results:
        expected, got = set(pair.get("kinds", [])), kinds or set()
        for kind in KINDS:
            counts[kind]["tp"] += kind in expected and kind in got
            counts[kind]["fp"] += kind not in expected and kind in got
            counts[kind]["fn"] += kind in expected and kind not in got
        if not expected:
            clean[0] += 1
            clean[1] += not got
    total = sum((c for c in counts.values()), Counter())
    return {"pairs": len(results),
            "coded": _share(sum(k is not None for _, k in results), len(results)),
            **_prf(total), "clean_pairs": clean[0],
            "no_false_flag": _share(clean[1], clean[0]),
            "by_kind": {kind: {**_prf(c), "support": c["tp"] + c["fn"]}
                        for kind, c in counts.items() if c["tp"] + c["fn"] + c["fp"]}}


def _prf(c: Counter[str]) -> dict[str, float]:
    precision = _share(c["tp"], c["tp"] + c["fp"])
    recall = _share(c["tp"], c["tp"] + c["fn"])
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0
