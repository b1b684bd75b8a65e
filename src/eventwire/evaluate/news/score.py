"""``eventwire eval news``: how many of the coder's events on ordinary news are right, and
how many real events it finds, estimated from the news set with its sampling weights.

Per sentence the coder's events (those whose trigger lies in the sentence) are paired one to
one with the gold events, record-right pairs first, then pairs of the same type:

- an event is **type-right** when paired with a gold event of its type;
- it is **record-right** when, besides, its source and target are right (each side's
  entities overlap the gold span; a gold side with no span is right when the coder's side is
  empty or shares the gold country; for a reciprocal event the sides may be swapped, or all
  parties may sit on the actor side) and its modality and negation equal the gold's;
- a gold event is **found** when a coder event of its type is paired with it.

Estimates are ratios of weighted sums (Horvitz–Thompson weights: documents in the corpus and
part over documents sampled, times sentences in the stratum over sentences sampled, the
strata being the sentences where the coder of the sampling day emitted an event or not). The
95% intervals come from a bootstrap that resamples the sampled documents within each corpus.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwire.errors import GoldDataError
from eventwire.evaluate.news.corpora import CORPORA, read_corpus, read_documents
from eventwire.evaluate.news.frame import DATA, FrameRow, read_frame, read_frame_meta
from eventwire.evaluate.news.labels import GoldEvent, Label, load_labels
from eventwire.evaluate.split import Keep, kept
from eventwire.records import Entity, Event

BOOTSTRAP = 1000
SEED = 20261204
ANNOTATIONS = "annotations.jsonl"       # every annotation: primary (A…) and second (B…)
ADJUDICATED = "adjudicated.jsonl"       # the settled label of each doubly annotated sentence


@dataclass
class Scored:
    """One sampled sentence: its weight and what pairing found."""

    row: FrameRow
    weight: float
    predicted: list[str] = field(default_factory=list)    # types of the coder's events
    type_right: list[bool] = field(default_factory=list)  # per coder event
    record_right: list[bool] = field(default_factory=list)
    country_right: list[bool] = field(default_factory=list)
    gold: list[str] = field(default_factory=list)          # types of the gold events
    found: list[bool] = field(default_factory=list)        # per gold event
    record_found: list[bool] = field(default_factory=list)


# ---- pairing ----------------------------------------------------------------------------

def _overlaps(entity: Entity, span: tuple[int, int]) -> bool:
    return entity.start < span[1] and span[0] < entity.end


def side_right(side: list[Entity], span: tuple[int, int] | None, country: str | None) -> bool:
    """Whether the coder's side of an event names the gold party."""
    if span is not None:
        return any(_overlaps(e, span) for e in side)
    return not side or (country is not None and any(e.country == country for e in side))


def _country_right(side: list[Entity], span: tuple[int, int] | None, country: str | None) -> bool:
    """The coder's entity on the gold span has the gold country (a side the sentence does not
    name is judged by :func:`side_right` alone)."""
    if country is None or span is None:
        return True
    return any(e.country == country for e in side if _overlaps(e, span))


def roles_right(event: Event, gold: GoldEvent, *, countries: bool = False) -> bool:
    """Source and target right, in the gold direction or, for reciprocal events, either."""
    def check(side: list[Entity], span: tuple[int, int] | None, country: str | None) -> bool:
        return side_right(side, span, country) and (not countries or _country_right(side, span, country))

    actor, recipient = event.actor, event.recipient
    if check(actor, gold.source, gold.source_country) and \
            check(recipient, gold.target, gold.target_country):
        return True
    reciprocal = gold.reciprocal or (not recipient and len(actor) > 1)
    if not reciprocal:
        return False
    if check(recipient, gold.source, gold.source_country) and \
            check(actor, gold.target, gold.target_country):
        return True
    return not recipient and check(actor, gold.source, gold.source_country) and \
        gold.target is not None and check(actor, gold.target, gold.target_country)


def record_right(event: Event, gold: GoldEvent, *, countries: bool = False) -> bool:
    return (event.type == gold.type and event.modality == gold.modality
            and event.negated == gold.negated and roles_right(event, gold, countries=countries))


def pair(events: list[Event], gold: list[GoldEvent]) -> list[tuple[int, int]]:
    """One-to-one pairs (coder index, gold index): record-right pairs first, then same type."""
    pairs: list[tuple[int, int]] = []
    free_p, free_g = set(range(len(events))), set(range(len(gold)))
    for test in (record_right, lambda e, g: e.type == g.type):
        for i in sorted(free_p):
            match = next((j for j in sorted(free_g) if test(events[i], gold[j])), None)
            if match is not None:
                pairs.append((i, match))
                free_p.discard(i)
                free_g.discard(match)
    return pairs


def score_sentence(row: FrameRow, weight: float, events: list[Event], gold: list[GoldEvent]) -> Scored:
    scored = Scored(row, weight, predicted=[e.type for e in events], gold=[g.type for g in gold])
    paired = dict(pair(events, gold))
    back = {j: i for i, j in paired.items()}
    for i, event in enumerate(events):
        match = paired.get(i)
        scored.type_right.append(match is not None)
        scored.record_right.append(match is not None and record_right(event, gold[match]))
        scored.country_right.append(match is not None and
                                    record_right(event, gold[match], countries=True))
    for j in range(len(gold)):
        found = back.get(j)
        scored.found.append(found is not None)
        scored.record_found.append(found is not None and record_right(events[found], gold[j]))
    return scored


# ---- weights ----------------------------------------------------------------------------

def weights(rows: list[FrameRow], meta: dict[str, Any],
            documents_in_part: dict[str, int]) -> dict[str, float]:
    """sid -> Horvitz–Thompson weight, within the rows given (one part, labelled ones)."""
    sampled_docs: dict[str, set[str]] = defaultdict(set)
    sampled: dict[tuple[str, bool], int] = defaultdict(int)
    for row in rows:
        sampled_docs[row.corpus].add(row.doc_id)
        sampled[(row.corpus, row.emitted)] += 1
    population: dict[tuple[str, bool], int] = defaultdict(int)
    docs_drawn: dict[str, int] = defaultdict(int)
    wanted_part = {row.part for row in rows}
    for corpus, info in meta["corpora"].items():
        for doc_id, (sentences, emitting) in info["per_document"].items():
            if _part_of(corpus, doc_id) not in wanted_part:
                continue
            docs_drawn[corpus] += 1
            population[(corpus, True)] += emitting
            population[(corpus, False)] += sentences - emitting
    result = {}
    for row in rows:
        doc_factor = documents_in_part[row.corpus] / docs_drawn[row.corpus]
        stratum = (row.corpus, row.emitted)
        result[row.sid] = doc_factor * population[stratum] / sampled[stratum]
    return result


def _part_of(corpus: str, doc_id: str) -> str:
    from eventwire.evaluate.news.corpora import part_key
    from eventwire.evaluate.split import part_of

    return part_of(part_key(corpus, doc_id))


# ---- estimates --------------------------------------------------------------------------

PRECISION = ("record_precision", "record_country_precision", "type_precision")
RECALL = ("event_recall", "record_recall")


def grouped(scored: list[Scored]) -> dict[str, dict[str, float | None]]:
    """Estimates for every group at once: ``all``, ``corpus:<name>`` and ``type:<TYPE>``
    (precision by the coder's type, recall by the gold type)."""
    sums: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0])

    def add(groups: tuple[str, ...], figure: str, weight: float, right: bool) -> None:
        for group in groups:
            tally = sums[(group, figure)]
            tally[0] += weight
            tally[1] += weight * right

    for s in scored:
        for i, kind in enumerate(s.predicted):
            groups = ("all", f"corpus:{s.row.corpus}", f"type:{kind}")
            for figure, right in zip(PRECISION, (s.record_right[i], s.country_right[i], s.type_right[i]),
                                     strict=True):
                add(groups, figure, s.weight, right)
        for j, kind in enumerate(s.gold):
            groups = ("all", f"corpus:{s.row.corpus}", f"type:{kind}")
            for figure, right in zip(RECALL, (s.found[j], s.record_found[j]), strict=True):
                add(groups, figure, s.weight, right)
    result: dict[str, dict[str, float | None]] = defaultdict(lambda: dict.fromkeys(PRECISION + RECALL))
    for (group, figure), (total, hits) in sums.items():
        result[group][figure] = hits / total if total else None
    return dict(result)


def estimates(scored: list[Scored]) -> dict[str, float | None]:
    """Weighted record precision, country precision, type precision, event and record recall."""
    return grouped(scored).get("all", dict.fromkeys(PRECISION + RECALL))


def bootstrap(scored: list[Scored], rounds: int = BOOTSTRAP,
              seed: int = SEED) -> dict[str, dict[str, tuple[float, float]]]:
    """95% percentile intervals of every group's figures, resampling the sampled documents
    within each corpus."""
    by_doc: dict[str, dict[str, list[Scored]]] = defaultdict(lambda: defaultdict(list))
    for s in scored:
        by_doc[s.row.corpus][s.row.doc_id].append(s)
    rng = random.Random(seed)
    draws: dict[tuple[str, str], list[float]] = defaultdict(list)
    for _ in range(rounds):
        sample: list[Scored] = []
        for docs in by_doc.values():
            ids = sorted(docs)
            for _ in ids:
                sample += docs[rng.choice(ids)]
        for group, figures in grouped(sample).items():
            for figure, value in figures.items():
                if value is not None:
                    draws[(group, figure)].append(value)
    intervals: dict[str, dict[str, tuple[float, float]]] = defaultdict(dict)
    for (group, figure), values in draws.items():
        values.sort()
        high = min(len(values) - 1, int(0.975 * len(values)))
        intervals[group][figure] = (values[int(0.025 * len(values))], values[high])
    return dict(intervals)


# ---- the evaluation ---------------------------------------------------------------------

def read_annotations(folder: Path = DATA) -> tuple[dict[str, Label], dict[str, Label]]:
    """(primary, second) annotations by sid, as the annotators wrote them."""
    primary: dict[str, Label] = {}
    second: dict[str, Label] = {}
    for label in load_labels(folder / ANNOTATIONS):
        (second if label.annotator.startswith("B") else primary)[label.sid] = label
    if not primary:
        raise GoldDataError(f"{folder / ANNOTATIONS}: no news annotations")
    return primary, second


def final_labels(folder: Path = DATA) -> dict[str, Label]:
    """sid -> the sentence's final label: the adjudicated one where two annotators disagreed,
    else the primary annotator's."""
    labels, _ = read_annotations(folder)
    adjudicated = folder / ADJUDICATED
    if adjudicated.exists():
        labels.update({label.sid: label for label in load_labels(adjudicated)})
    return labels


def run(path: Path, limit: int | None = None, keep: Keep | None = None) -> dict[str, Any]:
    """Code the sampled documents of the part and estimate precision and recall.

    PATH is ../shared/gold/dev (the corpora are read from ../shared)."""
    from eventwire.api import code_text

    shared = path.resolve().parents[1] if path.name == "dev" else path.resolve()
    labels = final_labels()
    rows = [r for r in read_frame() if r.sid in labels and kept(keep, _key(r))]
    if limit:
        docs_kept = sorted({(r.corpus, r.doc_id) for r in rows})[:limit]
        rows = [r for r in rows if (r.corpus, r.doc_id) in set(docs_kept)]
    if not rows:
        return {"sentences": 0}
    meta = read_frame_meta()
    documents_in_part = {c: sum(kept(keep, d.part_key) for d in read_corpus(c, shared)) for c in CORPORA}
    weight = weights(rows, meta, documents_in_part)
    documents = read_documents(shared, {(r.corpus, r.doc_id) for r in rows})
    by_doc: dict[tuple[str, str], list[FrameRow]] = defaultdict(list)
    for row in rows:
        by_doc[(row.corpus, row.doc_id)].append(row)
    scored = []
    for (corpus, doc_id), doc_rows in sorted(by_doc.items()):
        doc = documents[(corpus, doc_id)]
        article = code_text(doc.text, doc.published, clean=False, id=f"{corpus}:{doc_id}")
        for row in doc_rows:
            events = [e for e in article.events if row.start <= e.trigger.start < row.end]
            scored.append(score_sentence(row, weight[row.sid], events, labels[row.sid].events))
    figures = summary(scored)
    figures.update(agreement_figures({r.sid for r in rows}))
    return figures


def agreement_figures(sids: set[str]) -> dict[str, Any]:
    """The two annotators' agreement on the doubly annotated sentences among `sids`."""
    from eventwire.evaluate.news.agreement import agreement

    primary, second = read_annotations()
    found = agreement({s: x for s, x in primary.items() if s in sids},
                      {s: x for s, x in second.items() if s in sids})
    found["disagreements"] = len(found["disagreements"])
    return {f"agreement_{key}": value for key, value in found.items()}


def _key(row: FrameRow) -> str:
    from eventwire.evaluate.news.corpora import part_key

    return part_key(row.corpus, row.doc_id)


def _with_intervals(figures: dict[str, float | None],
                    intervals: dict[str, tuple[float, float]]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for key, value in figures.items():
        found[key] = value
        if key in intervals:
            found[f"{key}_low"], found[f"{key}_high"] = intervals[key]
    return found


def summary(scored: list[Scored]) -> dict[str, Any]:
    figures: dict[str, Any] = {
        "sentences": len(scored),
        "sentences_with_gold_events": sum(bool(s.gold) for s in scored),
        "gold_events": sum(len(s.gold) for s in scored),
        "coder_events": sum(len(s.predicted) for s in scored),
        "documents": len({(s.row.corpus, s.row.doc_id) for s in scored}),
    }
    groups, intervals = grouped(scored), bootstrap(scored)
    figures.update(_with_intervals(groups["all"], intervals.get("all", {})))
    figures["per_corpus"] = {
        c: {**_with_intervals(groups[f"corpus:{c}"], intervals.get(f"corpus:{c}", {})),
            "sentences": sum(s.row.corpus == c for s in scored)}
        for c in CORPORA if f"corpus:{c}" in groups}
    types = sorted({t for s in scored for t in s.predicted + s.gold})
    figures["per_type"] = {
        t: {**_with_intervals(groups[f"type:{t}"], intervals.get(f"type:{t}", {})),
            "coder_events": sum(s.predicted.count(t) for s in scored),
            "gold_events": sum(s.gold.count(t) for s in scored)} for t in types}
    return figures
