"""The per-Doc views the stages read (nlp/phrases.py: tokens, sentences, entities, text) give
exactly what spaCy's own accessors give, on text written for the test."""

from __future__ import annotations

import pytest

TEXT = ("LIMA, Peru -- Interior Minister Ana Ruiz met union leaders in Cusco on Monday. "
        "\"We will not wait,\" said Jorge Salas of the CGTP.\n\n"
        "Protesters blocked roads near Juliaca and Puno for a third day, police said. "
        "The Bank of Peru kept rates unchanged")


@pytest.mark.slow
def test_views_match_spacy(nlp):
    from eventwire.nlp.phrases import doc_ents, doc_text, doc_tokens, sentence_of, span_ents

    doc = nlp(TEXT)
    assert len(list(doc.sents)) >= 4 and len(doc.ents) >= 6
    assert [t.i for t in doc_tokens(doc)] == list(range(len(doc)))
    assert doc_tokens(doc) is doc_tokens(doc)          # built once
    assert doc_text(doc) == doc.text and doc_ents(doc) == doc.ents
    for token in doc:
        assert sentence_of(token) == token.sent
    spans = [sentence for sentence in doc.sents] + [doc[2:9], doc[5:6], doc[0:len(doc)], doc[3:3]]
    for span in spans:
        assert span_ents(span) == list(span.ents)


@pytest.mark.slow
def test_an_entity_running_past_the_span_ends_its_entities(nlp):
    """spaCy's Span.ents stops at the first entity that starts inside and ends outside."""
    from eventwire.nlp.phrases import span_ents

    doc = nlp("Ana Ruiz and Jorge Salas met Luis Vega in Lima.")
    names = [e for e in doc.ents if e.label_ == "PERSON"]
    assert len(names) >= 2
    cut = doc[0:names[1].start + 1]            # ends inside the second name
    assert span_ents(cut) == list(cut.ents) == [names[0]]


@pytest.mark.slow
def test_warm_codes_once_and_freezes_what_it_loaded(monkeypatch):
    import gc

    from eventwire.pipeline import Snapshot

    freezes = []
    freeze = gc.freeze
    monkeypatch.setattr(gc, "freeze", lambda: freezes.append(1) or freeze())
    snapshot = Snapshot()
    assert not snapshot.warmed
    assert snapshot.warm() is snapshot and snapshot.warmed
    assert gc.get_freeze_count() > 0 and freezes == [1]
    # a second call does nothing; the count of frozen objects itself is no test of that, since
    # a frozen object still leaves the permanent generation when it is freed
    snapshot.warm()
    assert freezes == [1]


@pytest.mark.slow
def test_token_views_match_spacy(nlp):
    """span_tokens, span_text, head_of, children_of and ancestors_of give what spaCy's Span
    iteration, ``span.text``, ``token.head``, ``token.children`` and ``token.ancestors`` give,
    and hand back the Doc's token objects rather than new ones."""
    from eventwire.nlp.phrases import (
        ancestors_of,
        children_of,
        doc_tokens,
        head_of,
        span_text,
        span_tokens,
    )

    doc = nlp(TEXT)
    tokens = doc_tokens(doc)
    spans = [sentence for sentence in doc.sents] + [doc[2:9], doc[5:6], doc[0:len(doc)], doc[3:3]]
    for span in spans:
        assert span_tokens(span) == list(span)
        assert span_text(span) == span.text
    for token in doc:
        assert head_of(token) == token.head and head_of(token) is tokens[token.head.i]
        assert children_of(token) == list(token.children)
        assert ancestors_of(token) == list(token.ancestors)
        assert all(child is tokens[child.i] for child in children_of(token))
    assert any(len(children_of(token)) >= 3 for token in doc)
    assert any(len(ancestors_of(token)) >= 3 for token in doc)
