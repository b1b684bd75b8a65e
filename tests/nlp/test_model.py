"""The pipeline as eventwire loads it (our components, numpy's BLAS on one thread, the sentence
cap) analyses news exactly as the model does when spaCy loads it."""

from __future__ import annotations

import json

import pytest

from eventwire import settings


def _analysis(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.is_sent_start,
             t.ent_iob_, t.ent_type_) for t in doc]


@pytest.mark.slow
def test_the_loaded_pipeline_analyses_news_as_the_model_does(shared):
    import spacy

    from eventwire.nlp import load_model

    lines = (shared / "corpora" / "voa" / "voa_stories.jsonl").read_text().splitlines()
    texts = [json.loads(line)["text"] for line in lines[:40]]
    ours = load_model()
    stock = spacy.load(settings.get("model"))
    assert "eventwire_lemmas" in ours.pipe_names and "lemmatizer" in stock.pipe_names
    assert not ours.get_pipe("tok2vec").model.ops.use_blis
    tokens = 0
    for mine, theirs in zip(ours.pipe(texts, batch_size=8), stock.pipe(texts, batch_size=8), strict=True):
        assert _analysis(mine) == _analysis(theirs)
        tokens += len(mine)
    assert tokens > 20_000
