"""Zero-Shot-PLOVER AW: is there a political relation between a marked source and target?

PATH is ``AW_train.tsv`` (columns ``sentence``, ``marked_sentence``, ``gold_binary`` 1/0),
ACE and WikiEvents sentences: mostly a precision test. Only asserted events count: an event
that is negated or ``reported_denied`` says the pair did *not* interact.

Pair figures, over the rows whose marks can be placed in the sentence (``unscorable``
counts the others; ``positives``/``negatives`` are their gold counts): a row is predicted
positive when a counted event links the pair in either direction
(:func:`~eventwire.evaluate.zsp_plover.links`). Sentence figures, over every row: a sentence
is gold positive when any of its rows is 1, predicted positive when it has a counted event.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from eventwire.evaluate.scoring import prf
from eventwire.evaluate.split import Keep
from eventwire.evaluate.zsp_plover import Code, MarkedRow, code_each, links, load, plain_coder, select
from eventwire.records import Event

POSITIVE, NEGATIVE = "1", "0"


def asserted(events: list[Event]) -> list[Event]:
    """The events that say something happened (not negated, not reported as denied)."""
    return [e for e in events if not e.negated and e.modality != "reported_denied"]


def linked(row: MarkedRow, events: list[Event]) -> bool:
    """Whether an asserted event links the row's marked pair, in either direction."""
    if row.pair is None:
        return False
    source, target = row.pair
    return any(links(e, source, target) or links(e, target, source) for e in asserted(events))


def score(rows: list[MarkedRow], code: Code) -> dict[str, Any]:
    """The AW figures for `rows`, coding each distinct sentence once with `code`."""
    articles = code_each((row.sentence for row in rows), code)
    scorable = [row for row in rows if row.pair is not None]
    gold = [row.gold == POSITIVE for row in scorable]
    predicted = [linked(row, articles[row.sentence].events) for row in scorable]
    pair = prf(sum(g and p for g, p in zip(gold, predicted, strict=True)), sum(predicted), sum(gold))
    gold_sentences = {row.sentence for row in rows if row.gold == POSITIVE}
    found = {s for s, article in articles.items() if asserted(article.events)}
    sentence = prf(len(gold_sentences & found), len(found), len(gold_sentences))
    return {
        "rows": len(rows),
        "sentences": len(articles),
        "unscorable": len(rows) - len(scorable),
        "positives": sum(gold),
        "negatives": len(gold) - sum(gold),
        "predicted_positives": sum(predicted),
        "pair_precision": pair[0],
        "pair_recall": pair[1],
        "pair_f1": pair[2],
        "positive_sentences": len(gold_sentences),
        "predicted_sentences": len(found),
        "sentence_precision": sentence[0],
        "sentence_recall": sentence[1],
        "sentence_f1": sentence[2],
    }


def run(path: Path, limit: int | None = None, keep: Keep | None = None) -> dict[str, Any]:
    rows = load(path, "gold_binary", {POSITIVE, NEGATIVE})
    return score(select(rows, limit, keep), plain_coder("zsp-aw"))
