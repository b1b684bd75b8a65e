"""ECB+ (dev topics): B-cubed precision, recall and F1 of our stories against gold sub-topics.

Each topic of ECB+ holds two similar happenings (its `ecb` and `ecbplus` documents); a gold
story is one (topic, half) pair. Every document is coded and ingested, in file order, into a
fresh temporary store exactly as one `eventwire ingest` run would, stories settled at the
end of the run included (`Store.settle_stories`); the store's stories are the prediction.
Documents carry no publication date, so only content separates them.
"""

from __future__ import annotations

import re
import tempfile
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path
from typing import Any

from eventwire.errors import GoldDataError
from eventwire.evaluate.split import Keep, document_key, kept

_NAME = re.compile(r"^(\d+)_(\d+)(ecbplus|ecb)\.xml$")


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


def _order(file: Path) -> tuple[int, int, str]:
    match = _NAME.match(file.name)
    return (int(match[1]), int(match[2]), match[3]) if match else (0, 0, file.name)


def _text(file: Path) -> str:
    sentences: dict[str, list[str]] = defaultdict(list)
    for token in ET.parse(file).getroot().iter("token"):
        sentences[token.get("sentence", "0")].append(token.text or "")
    return "\n".join(" ".join(words) for _, words in sorted(sentences.items(), key=lambda s: int(s[0])))


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


def run(path: Path, limit: int | None = None, keep: Keep | None = None) -> dict[str, Any]:
    """Documents split by topic (``ecbplus:<topic>``), so both halves of a topic stay together."""
    from eventwire.api import code_text
    from eventwire.store import Store

    docs = [d for d in load(path)[:limit] if kept(keep, document_key("ecbplus", d[1].split("-")[0]))]
    if not docs:
        return {"documents": 0}
    with tempfile.TemporaryDirectory(prefix="eventwire-ecbplus-") as tmp, \
            Store(f"sqlite:///{Path(tmp) / 'store.db'}") as store:
        run_id = store.new_run_id()
        for doc_id, _, text in docs:
            store.add_article(code_text(text, id=doc_id, clean=False), run_id=run_id)
        store.settle_stories(run_id)
        predicted = {d: story.story_id for story in store.stories() for d in story.doc_ids}
    gold = {doc_id: story for doc_id, story, _ in docs}
    scores = b_cubed(gold, predicted)
    return {"documents": len(docs), "gold_stories": len(set(gold.values())),
            "stories": len(set(predicted.values())), "bcubed_precision": scores["precision"],
            "bcubed_recall": scores["recall"], "bcubed_f1": scores["f1"]}
