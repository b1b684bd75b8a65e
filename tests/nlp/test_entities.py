"""The batch entity decoder finds the entities the model's own ner finds."""

from __future__ import annotations

import json

import pytest

from tests.nlp.swapped import stock_and_swapped

EDGE_CASES = [
    "",
    "   ",
    "Kabul",
    "India's Vikram Misri met Amir Khan Muttaqi in Dubai on January 8, 2025.\n\nNew Delhi said so.",
    "The U.N. Security Council met.  It adjourned at 5 p.m. on Monday, with $3 million pledged.",
]


def _pipelines():
    from eventwire.nlp.entities import use_fast_entities

    return stock_and_swapped(use_fast_entities, "ner")


def _entities(doc):
    return [(e.start, e.end, e.label_) for e in doc.ents], [t.ent_iob_ for t in doc]


@pytest.mark.slow
def test_same_entities_as_the_model_on_news(shared):
    lines = (shared / "corpora" / "voa" / "voa_stories.jsonl").read_text().splitlines()
    texts = [json.loads(line)["text"] for line in lines[:40]] + EDGE_CASES
    slow, fast = _pipelines()
    found = 0
    # batch sizes as the pipeline uses them, and one document at a time
    for batch_size in (8, 1):
        for s, f in zip(slow.pipe(texts, batch_size=batch_size), fast.pipe(texts, batch_size=batch_size),
                        strict=True):
            assert _entities(s) == _entities(f)
            found += len(s.ents)
    assert found > 4000


@pytest.mark.slow
def test_edge_cases_one_by_one():
    slow, fast = _pipelines()
    for text in EDGE_CASES:
        assert _entities(slow(text)) == _entities(fast(text))
    doc = fast(EDGE_CASES[3])
    assert {(e.text, e.label_) for e in doc.ents} >= {("Amir Khan Muttaqi", "PERSON"), ("Dubai", "GPE")}


@pytest.mark.slow
def test_preset_entities_are_left_to_the_model():
    from spacy.tokens import Span

    slow, fast = _pipelines()
    text = "Amir Khan Muttaqi met Vikram Misri in Dubai."
    docs = []
    for nlp in (slow, fast):
        doc = nlp.make_doc(text)
        doc.set_ents([Span(doc, 0, 3, label="ORG")], default="unmodified")
        for _, component in nlp.pipeline:
            doc = component(doc)
        docs.append(doc)
    assert _entities(docs[0]) == _entities(docs[1])
    assert (0, 3, "ORG") in _entities(docs[1])[0]


def test_a_model_without_ner_is_unchanged():
    import spacy

    from eventwire.nlp.entities import use_fast_entities

    nlp = spacy.blank("en")
    assert not use_fast_entities(nlp)
    assert nlp.pipe_names == []


def test_parse_batches_are_bounded_by_size():
    from eventwire.nlp.model import BATCH_CHARS, _by_size

    texts = ["a" * 15_000, "b" * 15_000, "c" * 15_000, "d" * 100_000, "e" * 10]
    runs = _by_size(texts)
    assert [list(r) for r in runs] == [[0, 1], [2], [3], [4]]
    assert all(sum(len(texts[i]) for i in r) <= BATCH_CHARS or len(r) == 1 for r in runs)
    assert _by_size([]) == []
