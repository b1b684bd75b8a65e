"""ECB+ (dev topics): B-cubed precision, recall and F1 of our stories against gold sub-topics.

Each topic of ECB+ holds two similar happenings (its `ecb` and `ecbplus` documents); a gold
story is one (topic, half) pair. Every document is coded and ingested, in file order, into a
fresh temporary store exactly as one `eventwire ingest` run would, stories settled at the
end of the run included (`Store.settle_stories`); the store's stories are the prediction.
Documents carry no publication date, so only content separates them.

The file order (`ORDERS`, ``"file"``: each topic's documents by number, a number's ``ecb``
document before its ``ecbplus`` one) is the published one. Other orders re-order the documents
within each topic, topics staying in file order (:func:`reorder`), to see how story linking
fares when the two happenings' reports arrive otherwise: ``interleave`` alternates the two
halves strictly (``ecb`` first), ``interleave-plus`` likewise with ``ecbplus`` first,
``reverse`` takes each topic backwards, ``halves`` all of one half before the other, and
``shuffle:SEED`` a seeded random order.

Happenings are scored too (event coreference): a gold event mention is a token span of an
``ACTION_*`` markable in a cross-document coreference chain; a coded event whose trigger
overlaps one stands for it. Over the gold mentions so found, B-cubed compares the store's
happenings (an event in none is its own) with the gold chains; ``happening_mentions`` says
how many gold mentions were found out of ``gold_event_mentions``.
"""

from __future__ import annotations

import random
import re
import tempfile
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path
from typing import Any

from eventwire.errors import GoldDataError
from eventwire.evaluate.split import Keep, document_key, kept

_NAME = re.compile(r"^(\d+)_(\d+)(ecbplus|ecb)\.xml$")


Span = tuple[int, int]

# the orders the documents of each topic can be linked in (:func:`reorder`); "shuffle:SEED" too
ORDERS = ("file", "interleave", "interleave-plus", "reverse", "halves")


def load(path: Path) -> list[tuple[str, str, str]]:
    """(doc id, gold story, text) for every document, sentences one per line."""
    docs = []
    for file in sorted(path.glob("*/*.xml"), key=_order):
        match = _NAME.match(file.name)
        if not match:
            continue
        docs.append((file.stem, f"{match[1]}-{match[3]}", _text(file)))
    if not docs:
        raise GoldDataError(f"{path}: no ECB+ documents (<topic>/<topic>_<n>ecb[plus].xml)")
    return docs


def reorder(doc_ids: list[str], order: str = "file") -> list[str]:
    """Document ids (``<topic>_<n>ecb[plus]``, in file order) re-ordered within each topic as
    `order` says (see the module docstring); topics keep their order."""
    if order not in ORDERS and not re.fullmatch(r"shuffle:\d+", order):
        raise ValueError(f"unknown order {order!r}: {', '.join(ORDERS)} or shuffle:SEED")
    topics: dict[str, list[str]] = {}
    for doc_id in doc_ids:
        topics.setdefault(doc_id.split("_")[0], []).append(doc_id)
    shuffler = random.Random(int(order.split(":")[1])) if order.startswith("shuffle:") else None
    found = []
    for docs in topics.values():
        halves = [[d for d in docs if not d.endswith("plus")], [d for d in docs if d.endswith("plus")]]
        if order == "interleave-plus":
            halves.reverse()
        if order in ("interleave", "interleave-plus"):
            docs = [d for n in range(max(map(len, halves))) for half in halves for d in half[n:n + 1]]
        elif order == "reverse":
            docs = docs[::-1]
        elif order == "halves":
            docs = halves[0] + halves[1]
        elif shuffler is not None:
            docs = docs[:]
            shuffler.shuffle(docs)
        found += docs
    return found


def _order(file: Path) -> tuple[int, int, str]:
    match = _NAME.match(file.name)
    return (int(match[1]), int(match[2]), match[3]) if match else (0, 0, file.name)


def _text(file: Path) -> str:
    return _layout(file)[0]


def _layout(file: Path) -> tuple[str, dict[str, Span]]:
    """The document's text (sentences one per line, tokens by spaces) and each token's
    character span in it, by token id."""
    sentences: dict[str, list[ET.Element]] = defaultdict(list)
    for token in ET.parse(file).getroot().iter("token"):
        sentences[token.get("sentence", "0")].append(token)
    text, spans = "", {}
    for _, tokens in sorted(sentences.items(), key=lambda s: int(s[0])):
        text += "\n" if text else ""
        for n, token in enumerate(tokens):
            text += " " if n else ""
            spans[token.get("t_id", "")] = (len(text), len(text) + len(token.text or ""))
            text += token.text or ""
    return text, spans


def gold_mentions(file: Path) -> dict[Span, str]:
    """The character span of each event mention in a cross-document chain, with its chain."""
    root = ET.parse(file).getroot()
    _, spans = _layout(file)
    anchors = {m.get("m_id"): [spans[a.get("t_id", "")] for a in m.iter("token_anchor")]
               for m in root.iter() if m.tag.startswith("ACTION_") and m.get("m_id")}
    found = {}
    for chain in root.iter("CROSS_DOC_COREF"):
        for source in chain.iter("source"):
            tokens = anchors.get(source.get("m_id"))
            if tokens and (chain.get("note") or "").startswith("ACT"):
                found[(tokens[0][0], tokens[-1][1])] = chain.get("note", "")
    return found


def b_cubed(gold: dict[str, str], predicted: dict[str, str]) -> dict[str, float]:
    """B-cubed precision, recall and F1 of a clustering (item -> cluster label)."""
    gold_members, predicted_members = _members(gold), _members(predicted)
    precision = recall = 0.0
    for item in gold:
        same = gold_members[gold[item]] & predicted_members[predicted[item]]
        precision += len(same) / len(predicted_members[predicted[item]])
        recall += len(same) / len(gold_members[gold[item]])
    precision, recall = precision / len(gold), recall / len(gold)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def _members(labels: dict[str, str]) -> dict[str, set[str]]:
    members: dict[str, set[str]] = defaultdict(set)
    for item, label in labels.items():
        members[label].add(item)
    return members


def run(path: Path, limit: int | None = None, keep: Keep | None = None,
        order: str = "file") -> dict[str, Any]:
    """Documents split by topic (``ecbplus:<topic>``), so both halves of a topic stay together;
    linked in `order` (:func:`reorder`)."""
    from eventwire.api import code_text
    from eventwire.store import Store

    docs = [d for d in load(path)[:limit] if kept(keep, document_key("ecbplus", d[1].split("-")[0]))]
    by_id = {d[0]: d for d in docs}
    docs = [by_id[doc_id] for doc_id in reorder(list(by_id), order)]
    if not docs:
        return {"documents": 0}
    triggers: dict[str, tuple[str, Span]] = {}
    with tempfile.TemporaryDirectory(prefix="eventwire-ecbplus-") as tmp, \
            Store(f"sqlite:///{Path(tmp) / 'store.db'}") as store:
        run_id = store.new_run_id()
        for doc_id, _, text in docs:
            article = code_text(text, id=doc_id, clean=False)
            triggers |= {e.id: (doc_id, (e.trigger.start, e.trigger.end)) for e in article.events}
            store.add_article(article, run_id=run_id)
        store.settle_stories(run_id)
        predicted = {d: story.story_id for story in store.stories() for d in story.doc_ids}
        happening = {r["event_id"]: h["id"] for h in store.events() for r in h["reports"]}
    gold = {doc_id: story for doc_id, story, _ in docs}
    scores = b_cubed(gold, predicted)
    mentions = {(doc_id, span): chain for doc_id, _, _ in docs
                for span, chain in gold_mentions(_file(path, doc_id)).items()}
    return {**({"order": order} if order != "file" else {}),
            "documents": len(docs), "gold_stories": len(set(gold.values())),
            "stories": len(set(predicted.values())), "bcubed_precision": scores["precision"],
            "bcubed_recall": scores["recall"], "bcubed_f1": scores["f1"],
            **happening_scores(mentions, triggers, happening)}


def _file(path: Path, doc_id: str) -> Path:
    return path / doc_id.split("_")[0] / f"{doc_id}.xml"


def happening_scores(mentions: dict[tuple[str, Span], str], triggers: dict[str, tuple[str, Span]],
                     happening: dict[str, str]) -> dict[str, Any]:
    """B-cubed of the happenings over the gold event mentions a coded event's trigger
    overlaps (`mentions`: (doc id, span) -> gold chain; `triggers`: event id -> (doc id,
    span); `happening`: event id -> happening id, for events in one)."""
    by_doc: dict[str, list[tuple[Span, str]]] = defaultdict(list)
    for event_id, (doc_id, span) in sorted(triggers.items()):
        by_doc[doc_id].append((span, happening.get(event_id, event_id)))
    gold, predicted = {}, {}
    for (doc_id, (start, end)), chain in mentions.items():
        found = next((h for (s, e), h in by_doc[doc_id] if s < end and start < e), None)
        if found is not None:
            key = f"{doc_id}:{start}"
            gold[key], predicted[key] = chain, found
    scores = b_cubed(gold, predicted) if gold else {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    return {"gold_event_mentions": len(mentions), "happening_mentions": len(gold),
            "happening_bcubed_precision": scores["precision"],
            "happening_bcubed_recall": scores["recall"], "happening_bcubed_f1": scores["f1"]}
