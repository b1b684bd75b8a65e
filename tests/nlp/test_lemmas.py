"""The remembering lemmatizer gives every token the lemma the model's own lemmatizer gives it."""

from __future__ import annotations

import json

import pytest

from tests.nlp.swapped import stock_and_swapped

EDGE_CASES = [
    "",
    "   \n\n  ",
    "Gon na let's go, y'all ain't ready. There is a cat; there were two.",
    "The ministers were meeting; talks went better than expected, and the best-laid plans failed.",
    "NATO's allies BOMBED Bombs bombing 3rd 1990s U.S.-led e-mails",
]


def _pipelines():
    from eventwire.nlp.lemmas import use_fast_lemmas

    slow, fast = stock_and_swapped(use_fast_lemmas, "lemmatizer")
    assert fast.pipe_names.index("eventwire_lemmas") == slow.pipe_names.index("lemmatizer")
    return slow, fast


def _lemmas(doc):
    return [(t.text, t.pos_, str(t.morph), t.lemma_) for t in doc]


@pytest.mark.slow
def test_same_lemmas_as_the_model_on_news(shared):
    lines = (shared / "corpora" / "voa" / "voa_stories.jsonl").read_text().splitlines()
    texts = [json.loads(line)["text"] for line in lines[:40]] + EDGE_CASES
    slow, fast = _pipelines()
    tokens = 0
    # twice through the same pipeline: the second pass answers from memory
    for _ in range(2):
        for s, f in zip(slow.pipe(texts), fast.pipe(texts), strict=True):
            assert _lemmas(s) == _lemmas(f)
            tokens += len(s)
    assert tokens > 40_000


@pytest.mark.slow
def test_lemmas_set_by_the_attribute_rules_are_kept():
    _, fast = _pipelines()
    doc = fast("Gon na win.")
    assert [t.lemma_ for t in doc][:2] == ["go", "to"]


def test_a_lookup_lemmatizer_is_left_in_place():
    import spacy

    from eventwire.nlp.lemmas import use_fast_lemmas

    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    assert not use_fast_lemmas(nlp)
    assert nlp.pipe_names == ["lemmatizer"]


@pytest.mark.slow
def test_an_overwriting_lemmatizer_overwrites_the_attribute_rules_lemmas():
    slow, fast = _pipelines()
    slow.get_pipe("lemmatizer").overwrite = True
    fast.get_pipe("eventwire_lemmas").lemmatizer.overwrite = True
    text = EDGE_CASES[2]
    assert _lemmas(slow(text)) == _lemmas(fast(text))
    assert [t.lemma_ for t in fast(text)][:2] == ["gon", "na"]
