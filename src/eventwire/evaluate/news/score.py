"""``eventwire eval news``: how many of the coder's events on ordinary news are right, and
how many real events it finds, estimated from the news set with its sampling weights.

Per sentence the coder's events (those whose trigger lies in the sentence) are paired one to
one with the gold events: first as many record-right pairs as possible (a maximum matching),
then, among the rest, as many pairs of the same type as possible:

- an event is **type-right** when paired with a gold event of its type;
- it is **record-right** when, besides, its source and target are right (each side's
  entities overlap the gold span; a gold side with no span is right when the coder's side is
  empty or shares the gold country; for a gold reciprocal event the sides may be swapped, or
  all parties may sit on the actor side) and its modality and negation equal the gold's;
- a gold event is **found** when a coder event of its type is paired with it. Background
  events count like any other: the coder emits them too, flagged.

The figures count every event the coder emits; the ``default_`` figures only those at or above
the ``min_confidence`` setting in force (``default_threshold``): the events that can become
happenings, which ``eventwire events`` lists.

Estimates are ratios of weighted sums (Horvitz–Thompson weights: documents of the corpus in
the part over documents drawn in the part, times sentences of the stratum in those drawn
documents over sentences sampled from it, the strata being the sentences where the coder of
the sampling day emitted an event or not). Overall figures are thus weighted by corpus size.
The 95% intervals come from a bootstrap that resamples, within each corpus, the units the
documents were drawn in: documents, or ECB+ topics (whose documents are near-duplicates),
including drawn documents none of whose sentences were sampled.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwire.errors import GoldDataError
from eventwire.evaluate.news.corpora import CORPORA, NewsDocument, part_key, read_corpus
from eventwire.evaluate.news.frame import DATA, FrameRow, read_frame, read_frame_meta
from eventwire.evaluate.news.labels import GoldEvent, Label, load_labels
from eventwire.evaluate.split import Keep, kept
from eventwire.link.events import min_confidence
from eventwire.records import Article, Entity, Event

BOOTSTRAP = 1000
SEED = 20261204
THRESHOLDS = (0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95)
ANNOTATIONS = "annotations.jsonl"       # every annotation: primary (A…) and second (B…)
ADJUDICATED = "adjudicated.jsonl"       # the settled label of each doubly annotated sentence
PRECISION = ("record_precision", "record_country_precision", "type_precision")
RECALL = ("event_recall", "record_recall")

Drawn = dict[str, list[str]]            # corpus -> drawn documents (of one part)


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
    events: list[Event] = field(default_factory=list, repr=False)      # for re-scoring at a
    gold_events: list[GoldEvent] = field(default_factory=list, repr=False)  # confidence threshold


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
    """Source and target right, in the gold direction or, when the gold event is reciprocal,
    either direction or all parties on the coder's actor side."""
    def check(side: list[Entity], span: tuple[int, int] | None, country: str | None) -> bool:
        return side_right(side, span, country) and (not countries or _country_right(side, span, country))

    actor, recipient = event.actor, event.recipient
    if check(actor, gold.source, gold.source_country) and \
            check(recipient, gold.target, gold.target_country):
        return True
    if not gold.reciprocal:
        return False
    if check(recipient, gold.source, gold.source_country) and \
            check(actor, gold.target, gold.target_country):
        return True
    return not recipient and check(actor, gold.source, gold.source_country) and \
        check(actor, gold.target, gold.target_country)


def record_right(event: Event, gold: GoldEvent, *, countries: bool = False) -> bool:
    """Type, roles (:func:`roles_right`), modality and negation all as the gold has them."""
    return (event.type == gold.type and event.modality == gold.modality
            and event.negated == gold.negated and roles_right(event, gold, countries=countries))


def _matching(edges: dict[int, list[int]]) -> dict[int, int]:
    """A maximum bipartite matching (left -> right) by augmenting paths; a sentence holds a
    few events, so this is cheap."""
    owner: dict[int, int] = {}

    def augment(left: int, seen: set[int]) -> bool:
        for right in edges.get(left, []):
            if right in seen:
                continue
            seen.add(right)
            if right not in owner or augment(owner[right], seen):
                owner[right] = left
                return True
        return False

    for left in sorted(edges):
        augment(left, set())
    return {left: right for right, left in owner.items()}


def pair(events: list[Event], gold: list[GoldEvent]) -> list[tuple[int, int]]:
    """One-to-one pairs (coder index, gold index): a maximum matching of record-right pairs,
    then a maximum matching of same-type pairs among the events and gold events left."""
    first = _matching({i: [j for j, g in enumerate(gold) if record_right(e, g)]
                       for i, e in enumerate(events)})
    used = set(first.values())
    second = _matching({i: [j for j, g in enumerate(gold) if j not in used and e.type == g.type]
                        for i, e in enumerate(events) if i not in first})
    return sorted({**first, **second}.items())


def score_sentence(row: FrameRow, weight: float, events: list[Event], gold: list[GoldEvent]) -> Scored:
    """Pair one sentence's coder events with its gold events and record what is right."""
    scored = Scored(row, weight, predicted=[e.type for e in events], gold=[g.type for g in gold],
                    events=events, gold_events=gold)
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


# ---- the design: drawn documents, weights, resampling units ----------------------------

def unit_of(corpus: str, doc_id: str) -> str:
    """The unit a document is split and resampled with: its part key (an ECB+ topic, else the
    document itself)."""
    return part_key(corpus, doc_id)


def drawn_documents(meta: dict[str, Any], keep: Keep | None, limit: int | None = None) -> Drawn:
    """corpus -> the drawn documents of the part; with a `limit`, the first `limit` of them
    (in frame order), which then stand for the whole draw."""
    pairs = [(corpus, doc_id) for corpus, info in meta["corpora"].items()
             for doc_id in info["per_document"] if kept(keep, unit_of(corpus, doc_id))][:limit]
    drawn: Drawn = defaultdict(list)
    for corpus, doc_id in pairs:
        drawn[corpus].append(doc_id)
    return dict(drawn)


def weights(rows: list[FrameRow], meta: dict[str, Any], drawn: Drawn,
            documents_in_part: dict[str, int]) -> dict[str, float]:
    """sid -> Horvitz–Thompson weight (how many sentences of its corpus's part a sampled
    sentence stands for): documents in the part over documents drawn, times sentences of the
    stratum in the drawn documents over sentences sampled from it."""
    sampled: dict[tuple[str, bool], int] = defaultdict(int)
    for row in rows:
        sampled[(row.corpus, row.emitted)] += 1
    population: dict[tuple[str, bool], int] = defaultdict(int)
    for corpus, docs in drawn.items():
        for doc_id in docs:
            sentences, emitting = meta["corpora"][corpus]["per_document"][doc_id]
            population[(corpus, True)] += emitting
            population[(corpus, False)] += sentences - emitting
    result = {}
    for row in rows:
        stratum = (row.corpus, row.emitted)
        documents = documents_in_part[row.corpus] / len(drawn[row.corpus])
        result[row.sid] = documents * population[stratum] / sampled[stratum]
    return result


Units = dict[str, dict[str, list[Scored]]]


def units(scored: list[Scored], drawn: Drawn | None = None) -> Units:
    """corpus -> resampling unit -> its scored sentences. Drawn documents none of whose
    sentences were sampled are units too, empty ones."""
    found: Units = defaultdict(lambda: defaultdict(list))
    for corpus, docs in (drawn or {}).items():
        for doc_id in docs:
            found[corpus].setdefault(unit_of(corpus, doc_id), [])
    for s in scored:
        found[s.row.corpus][unit_of(s.row.corpus, s.row.doc_id)].append(s)
    return found


# ---- estimates --------------------------------------------------------------------------

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
    """Weighted record precision, country precision, type precision, event and record recall
    (None where nothing is there to count)."""
    return grouped(scored).get("all", dict.fromkeys(PRECISION + RECALL))


def bootstrap(scored: list[Scored], rounds: int = BOOTSTRAP, seed: int = SEED,
              drawn: Drawn | None = None) -> dict[str, dict[str, tuple[float, float]]]:
    """95% percentile intervals of every group's figures, resampling the drawing units
    (:func:`units`) within each corpus."""
    by_unit = units(scored, drawn)
    rng = random.Random(seed)
    draws: dict[tuple[str, str], list[float]] = defaultdict(list)
    for _ in range(rounds):
        sample: list[Scored] = []
        for members in by_unit.values():
            ids = sorted(members)
            for _ in ids:
                sample += members[rng.choice(ids)]
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
    """(primary, second) annotations by sid, as the annotators wrote them; a sentence with two
    primary (or two second) annotations is refused."""
    primary: dict[str, Label] = {}
    second: dict[str, Label] = {}
    for label in load_labels(folder / ANNOTATIONS):
        into = second if label.annotator.startswith("B") else primary
        if label.sid in into:
            raise GoldDataError(f"{folder / ANNOTATIONS}: {label.sid} is annotated twice "
                                f"({into[label.sid].annotator} and {label.annotator})")
        into[label.sid] = label
    if not primary:
        raise GoldDataError(f"{folder / ANNOTATIONS}: no news annotations")
    return primary, second


def final_labels(folder: Path = DATA, primary: dict[str, Label] | None = None) -> dict[str, Label]:
    """sid -> the sentence's final label: the adjudicated one where two annotators disagreed,
    else the primary annotator's (`primary` when already read)."""
    labels = dict(primary if primary is not None else read_annotations(folder)[0])
    adjudicated = folder / ADJUDICATED
    if adjudicated.exists():
        labels.update({label.sid: label for label in load_labels(adjudicated)})
    return labels


def shared_folder(path: Path) -> Path:
    """../shared, from the PATH given to ``eval news`` (../shared/gold/dev or ../shared)."""
    for candidate in (path, *path.resolve().parents):
        if (candidate / "corpora").is_dir() and (candidate / "gold" / "dev").is_dir():
            return candidate
    raise GoldDataError(f"{path}: not inside a shared folder holding corpora/ and gold/dev/ "
                        "(give ../shared/gold/dev)")


def run(path: Path, limit: int | None = None, keep: Keep | None = None) -> dict[str, Any]:
    """Code the sampled documents of the part and estimate precision and recall.

    PATH is ../shared/gold/dev (the corpora are read from ../shared). `limit` keeps the first
    N drawn documents of the part (not N sentences); they then stand for the whole draw."""
    shared = shared_folder(path)
    primary, second = read_annotations()
    labels = final_labels(primary=primary)
    meta = read_frame_meta()
    drawn = drawn_documents(meta, keep, limit)
    wanted = {(c, d) for c, docs in drawn.items() for d in docs}
    rows = [r for r in read_frame() if r.sid in labels and (r.corpus, r.doc_id) in wanted]
    if not rows:
        return {"sentences": 0}
    corpora = {c: list(read_corpus(c, shared)) for c in drawn}      # each corpus read once
    documents_in_part = {c: sum(kept(keep, d.part_key) for d in docs) for c, docs in corpora.items()}
    documents = {(d.corpus, d.doc_id): d for docs in corpora.values() for d in docs}
    weight = weights(rows, meta, drawn, documents_in_part)
    scored = [score_sentence(row, weight[row.sid], events, labels[row.sid].events)
              for row, events in coded_sentences(rows, documents)]
    figures = summary(scored, drawn)
    sids = {r.sid for r in rows}
    figures.update(agreement_figures({s: x for s, x in primary.items() if s in sids},
                                     {s: x for s, x in second.items() if s in sids}))
    return figures


def coded_sentences(rows: list[FrameRow], documents: dict[tuple[str, str], NewsDocument],
                    code: Callable[..., Article] | None = None) -> Iterator[tuple[FrameRow, list[Event]]]:
    """Each frame row with the coder's events whose trigger lies in its sentence. Every document
    is coded once, whole and uncleaned (so the frame's offsets hold), in (corpus, id) order."""
    if code is None:
        from eventwire.api import code_text
        code = code_text
    by_doc: dict[tuple[str, str], list[FrameRow]] = defaultdict(list)
    for row in rows:
        by_doc[(row.corpus, row.doc_id)].append(row)
    for (corpus, doc_id), doc_rows in sorted(by_doc.items()):
        doc = documents.get((corpus, doc_id))
        if doc is None:
            raise GoldDataError(f"news document {corpus}:{doc_id} of the frame is not in ../shared")
        article = code(doc.text, doc.published, clean=False, id=f"{corpus}:{doc_id}")
        for row in doc_rows:
            yield row, [e for e in article.events if row.start <= e.trigger.start < row.end]


def agreement_figures(primary: dict[str, Label], second: dict[str, Label]) -> dict[str, Any]:
    """The two annotators' agreement on the sentences both annotated."""
    from eventwire.evaluate.news.agreement import agreement

    found = agreement(primary, second)
    found["disagreements"] = len(found["disagreements"])
    return {f"agreement_{key}": value for key, value in found.items()}


def above(scored: list[Scored], threshold: float) -> list[Scored]:
    """The sentences scored again with only the coder's events at or above `threshold`."""
    return [score_sentence(s.row, s.weight, [e for e in s.events if e.confidence >= threshold],
                           s.gold_events) for s in scored]


def by_threshold(scored: list[Scored]) -> dict[str, dict[str, float | None]]:
    """The precision–recall curve: the estimates when only events with a confidence at or
    above each threshold are kept (pairing done again with the events kept)."""
    curve = {}
    for threshold in THRESHOLDS:
        kept_events = above(scored, threshold)
        curve[f"{threshold:.2f}"] = {**estimates(kept_events),
                                     "coder_events": sum(len(s.predicted) for s in kept_events)}
    return curve


def confidence_bins(scored: list[Scored]) -> dict[str, dict[str, float | None]]:
    """Weighted type and record precision of the coder's events by confidence bin."""
    edges = (0.0, 0.2, 0.4, 0.6, 0.8, 0.9, 1.01)
    bins: dict[str, dict[str, float | None]] = {}
    for low, high in zip(edges, edges[1:], strict=False):
        inside = [score_sentence(s.row, s.weight, [e for e in s.events if low <= e.confidence < high],
                                 s.gold_events) for s in scored]
        figures = estimates(inside)
        bins[f"{low:.1f}-{min(high, 1.0):.1f}"] = {
            "type_precision": figures["type_precision"], "record_precision": figures["record_precision"],
            "coder_events": sum(len(s.predicted) for s in inside)}
    return bins


def _with_intervals(figures: dict[str, float | None],
                    intervals: dict[str, tuple[float, float]]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for key, value in figures.items():
        found[key] = value
        if key in intervals:
            found[f"{key}_low"], found[f"{key}_high"] = intervals[key]
    return found


def summary(scored: list[Scored], drawn: Drawn | None = None) -> dict[str, Any]:
    """Counts, the overall estimates with intervals, and the estimates per corpus and type."""
    figures: dict[str, Any] = {
        "sentences": len(scored),
        "sentences_with_gold_events": sum(bool(s.gold) for s in scored),
        "gold_events": sum(len(s.gold) for s in scored),
        "coder_events": sum(len(s.predicted) for s in scored),
        "documents": len({(s.row.corpus, s.row.doc_id) for s in scored}),
    }
    threshold = min_confidence()
    figures["default_threshold"] = threshold
    figures.update({f"default_{k}": v for k, v in estimates(above(scored, threshold)).items()})
    groups, intervals = grouped(scored), bootstrap(scored, drawn=drawn)
    figures.update(_with_intervals(groups.get("all", dict.fromkeys(PRECISION + RECALL)),
                                   intervals.get("all", {})))
    figures["per_corpus"] = {
        c: {**_with_intervals(groups[f"corpus:{c}"], intervals.get(f"corpus:{c}", {})),
            "sentences": sum(s.row.corpus == c for s in scored)}
        for c in CORPORA if f"corpus:{c}" in groups}
    figures["by_threshold"] = by_threshold(scored)
    figures["calibration"] = confidence_bins(scored)
    types = sorted({t for s in scored for t in s.predicted + s.gold})
    figures["per_type"] = {
        t: {**_with_intervals(groups[f"type:{t}"], intervals.get(f"type:{t}", {})),
            "coder_events": sum(s.predicted.count(t) for s in scored),
            "gold_events": sum(s.gold.count(t) for s in scored)} for t in types}
    return figures
