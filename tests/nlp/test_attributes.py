"""The fast attribute rules give every token what the model's own attribute_ruler gives it."""

from __future__ import annotations

import json

import pytest

from tests.nlp.swapped import stock_and_swapped

# every multi-token rule of the model, a space token and run-of-the-mill news
EDGE_CASES = [
    "Gon na let's go, y'all ain't ready. There is a cat; there were two.\n\nC'm on, gotta run!",
    "There's no   way.\tThey are n't here and it ai n't so.",
]


def _parse_both(texts):
    from eventwire.nlp.attributes import use_fast_attributes

    slow, fast = stock_and_swapped(use_fast_attributes, "attribute_ruler")
    return list(slow.pipe(texts)), list(fast.pipe(texts))


def _attributes(doc):
    return [(t.text, t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_, t.norm_) for t in doc]


@pytest.mark.slow
def test_same_attributes_as_the_ruler_on_news(shared):
    lines = (shared / "corpora" / "voa" / "voa_stories.jsonl").read_text().splitlines()
    texts = [json.loads(line)["text"] for line in lines[:40]] + EDGE_CASES
    slow, fast = _parse_both(texts)
    tokens = 0
    for s, f in zip(slow, fast, strict=True):
        assert _attributes(s) == _attributes(f)
        tokens += len(s)
    assert tokens > 20_000


@pytest.mark.slow
def test_multi_token_rules_apply():
    slow, fast = _parse_both(EDGE_CASES)
    assert [_attributes(d) for d in slow] == [_attributes(d) for d in fast]
    lemmas = {t.lower_: t.lemma_ for t in fast[0]}
    assert lemmas["gon"] == "go" and lemmas["na"] == "to"


def test_unsupported_rule_keeps_the_model_ruler():
    import spacy

    from eventwire.nlp.attributes import use_fast_attributes

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LENGTH": 3}]], {"POS": "NOUN"})
    assert not use_fast_attributes(nlp)
    assert nlp.pipe_names == ["attribute_ruler"]


@pytest.mark.parametrize("spec", [{"OP": "+", "TAG": "NN"}, {"TAG": {"IN": ["NN"], "NOT_IN": ["X"]}}])
def test_unsupported_specs_are_refused(spec):
    from eventwire.nlp.attributes import UnsupportedRule, _token_test

    with pytest.raises(UnsupportedRule):
        _token_test(spec)
