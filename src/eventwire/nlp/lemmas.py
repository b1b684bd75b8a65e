"""The model's lemmatizer, with every answer remembered.

spaCy's rule lemmatizer works a token at a time in Python. It remembers the lemmas it
derived from its suffix rules, but not its most frequent answer: a token in its base form
(a singular noun, an infinitive, a positive adjective) is recognised again every time, by
turning the token's morphology into a dictionary. On news that costs about 25 microseconds a
token, more than the tagger and the attribute rules together (``bench/README.md``).

A rule lemmatizer's answer depends only on the token's text, coarse part of speech and
morphology, which is what its own memory is keyed on; :class:`FastLemmas` keys every answer
on that triple, reads and writes the lemmas of a whole document as arrays, and asks the
model's lemmatizer only for a triple it has not seen. Tokens that already have a lemma (the
attribute rules set some) keep it, as with the model's component unless it overwrites.
``tests/nlp/test_lemmas.py`` compares the two on real news.

A lemmatizer in another mode (lookup tables, or one of a subclass's own) is left in place.
:class:`FastLemmas` asks a copy of the model's lemmatizer (:func:`eventwire.nlp.compat.own_rule_lemmatizer`),
so the model's own lemmatizer and its tables are never changed.
"""

from __future__ import annotations

from typing import Any

from eventwire.nlp import compat

# (text, part of speech, morphology) triples remembered; a stream of news has some tens of
# thousands, and the memory is cleared if it ever holds more than this
_MAX_CACHED = 500_000


class UnsupportedLemmatizer(ValueError):
    """The lemmatizer is not the rule lemmatizer whose answers this module remembers."""


class FastLemmas:
    """A pipeline component equivalent to the model's ``lemmatizer`` (see the module)."""

    def __init__(self, lemmatizer: Any) -> None:
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        if getattr(lemmatizer, "mode", None) != "rule" or not hasattr(lemmatizer, "rule_lemmatize"):
            raise UnsupportedLemmatizer(f"lemmatizer mode {getattr(lemmatizer, 'mode', None)!r}")
        try:
            # a copy whose word lists are sets: the same answers, in constant time
            self.lemmatizer = compat.own_rule_lemmatizer(lemmatizer)
        except compat.Unsupported as exc:
            raise UnsupportedLemmatizer(str(exc)) from exc
        self._attrs = [ORTH, POS, MORPH, LEMMA]
        self._lemma = [LEMMA]
        self._strings = lemmatizer.vocab.strings
        self._cache: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Any) -> Any:
        lemmatizer = self.lemmatizer
        compat.check_lemma_tables(lemmatizer)
        rows = doc.to_array(self._attrs)
        lemmas = rows[:, 3].copy()
        overwrite = lemmatizer.overwrite
        cache = self._cache
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not overwrite:
                continue
            key = (orth, pos, morph)
            value = cache.get(key)
            if value is None:
                if len(cache) >= _MAX_CACHED:
                    cache.clear()
                value = cache[key] = self._strings.add(lemmatizer.lemmatize(doc[i])[0])
            lemmas[i] = value
        doc.from_array(self._lemma, lemmas)
        return doc


def use_fast_lemmas(nlp: Any) -> bool:
    """Put :class:`FastLemmas` in place of the model's ``lemmatizer``; False (and the model
    unchanged) if the model has no lemmatizer or one that does not work by rules."""
    from eventwire.nlp.swap import replace_component

    return replace_component(nlp, "lemmatizer", "eventwire_lemmas", FastLemmas, UnsupportedLemmatizer)
