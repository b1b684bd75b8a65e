"""The per-Doc memories added for speed (sentence spans and bounds, head tokens, word forms,
the sentence cap read from one array) give what spaCy's own accessors and the plain loops
they replace give, on text written for the test."""

from __future__ import annotations

import pytest

TEXT = ("QUITO -- Farmers from three provinces marched on the capital on Tuesday, demanding lower "
        "fuel prices. The transport minister held talks with their leaders and promised a review "
        "of the subsidies.\n\nPolice fired tear gas near the congress building, witnesses said. "
        "Two officers were hurt and 14 protesters were detained.")


@pytest.mark.slow
def test_sentences_and_heads_match_spacy(nlp):
    from eventwire.nlp.phrases import ancestors_of, head_of, sentence_bounds, sentence_of

    doc = nlp(TEXT)
    assert len(list(doc.sents)) >= 4
    for token in doc:
        assert sentence_of(token) == token.sent
        assert sentence_bounds(token) == (token.sent.start, token.sent.end)
        assert head_of(token).i == token.head.i
        assert [t.i for t in ancestors_of(token)] == [t.i for t in token.ancestors]
    # one Span per sentence, shared by its words
    first = doc[0]
    assert all(sentence_of(t) is sentence_of(first) for t in doc[0:sentence_bounds(first)[1]])


@pytest.mark.slow
def test_word_forms_match_the_plain_reading(nlp):
    from eventwire.events.match import word_of

    doc = nlp(TEXT + " The lenders granted the province $40 million.")
    for token in doc:
        forms = {token.lemma_.lower(), token.lower_}
        if token.tag_ in ("NNS", "NNPS") and token.lower_.endswith("s") and len(token) > 3:
            forms.add(token.lower_[:-1])
        if token.tag_ == "CD" and any(c.tag_ == "$" for c in token.children):
            forms.add("$")
        assert word_of(token) == forms
        assert word_of(token) is word_of(token)     # read once per token


@pytest.mark.slow
def test_light_nouns_hold_every_form_of_the_nouns_reached(nlp):
    from eventwire.events.match import light_nouns, object_nouns, word_of

    doc = nlp("The rebels carried out a series of raids on army posts and held talks with the envoy.")
    for verb in (t for t in doc if t.pos_ == "VERB"):
        nouns, of_any, of_batch, named, forms = light_nouns(verb)
        assert [n.i for n in nouns[:len(object_nouns(verb))]] == [n.i for n in object_nouns(verb)]
        for noun in [*nouns, *of_any, *of_batch, *named]:
            assert word_of(noun) <= forms
        assert light_nouns(verb) is light_nouns(verb)


def _capped_by_loop(doc, cap):
    """The sentence starts the plain token loop of cap_sentences sets."""
    run, starts = 0, []
    for token in doc[1:]:
        run += 1
        if run >= cap:
            starts.append(token.i)
            run = 0
        elif token.text.strip(" ") in (".", "!", "?", "\n", "\n\n") or not token.text.strip():
            run = 0
    return starts


@pytest.mark.parametrize("words", [10, 399, 400, 401, 1250])
def test_sentence_cap_starts_where_the_token_loop_would(words):
    import spacy

    from eventwire.nlp.model import MAX_SENTENCE_TOKENS, cap_sentences

    blank = spacy.blank("en")
    text = " ".join("word" if n % 517 else "stop ." for n in range(words))
    doc = cap_sentences(blank(text))
    expected = _capped_by_loop(blank(text), MAX_SENTENCE_TOKENS)
    assert [t.i for t in doc if t.is_sent_start and t.i > 0] == expected
    if words > 800:
        assert expected    # the long text was capped
