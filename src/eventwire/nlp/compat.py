"""Every use of spaCy's and thinc's private internals, in one place, for the versions it was written for.

The fast components of :mod:`eventwire.nlp` (attribute rules, lemmas, entities) reproduce
what the model's own components do, which means knowing how those components work inside:
the attribute ruler's compiled rules and spaCy's private attribute setter, the rule
lemmatizer's table check and word lists, the entity recogniser's three thinc layers and its
BILUO moves. None of that is public API, and any spaCy or thinc release may change it; it is
all here, so that an upgrade means reading one module. :func:`check_versions` refuses a
spaCy or thinc outside the series it was checked against (``SUPPORTED``, the series
``pyproject.toml`` pins) with a :class:`~eventwire.errors.ConfigError`, before a component is
built from internals that may have moved.

Functions raise :class:`Unsupported` when a component is not built the way they expect;
callers then leave the model's own component in place.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from eventwire.errors import ConfigError

# package -> (lowest supported version, first unsupported one), as in pyproject.toml
SUPPORTED = {"spacy": ((3, 8), (3, 9)), "thinc": ((8, 3), (8, 4))}

# BILUO move kinds, in the order of the letters that begin a move's name ("B-ORG", "O", "U-")
BILUO = "BILUO"
BEGIN, IN, LAST, UNIT, OUT = range(5)
# a move spaCy's BILUO rules never allow (a labelled kind without a label)
NEVER = -1


class Unsupported(ValueError):
    """A component is not built the way the internals read here expect."""


# ---------------------------------------------------------------------------- versions


def _release(version: str) -> tuple[int, ...]:
    """The numeric release of a version string: "3.8.18" -> (3, 8, 18), "3.9.0rc1" -> (3, 9, 0)."""
    return tuple(int(part) for part in re.findall(r"\d+", version.split("+")[0].split("rc")[0])[:3])


def check_version(package: str, version: str) -> None:
    """Raise ConfigError when `version` of `package` is outside the series SUPPORTED names."""
    low, high = SUPPORTED[package]
    if not low <= _release(version) < high:
        supported = f">={'.'.join(map(str, low))},<{'.'.join(map(str, high))}"
        raise ConfigError(f"{package} {version} is installed; eventwire.nlp supports {package}{supported} "
                          f"(reinstall with ./setup.sh)")


def check_versions() -> None:
    """Check the installed spaCy and thinc against SUPPORTED (see :func:`check_version`)."""
    import spacy.about
    import thinc.about

    check_version("spacy", spacy.about.__version__)
    check_version("thinc", thinc.about.__version__)


@functools.cache
def require_supported() -> None:
    """:func:`check_versions`, once per process."""
    check_versions()


# ---------------------------------------------------------------------------- attribute ruler


def ruler_rules(ruler: Any) -> list[tuple[list[list[dict[str, Any]]], dict[int, Any], int]]:
    """The attribute ruler's rules in its order: (token patterns, attributes set as
    attribute id -> value, index of the token they apply to, negative from the end)."""
    require_supported()
    try:
        return [(rule["patterns"], ruler.attrs[rule_id], ruler.indices[rule_id])
                for rule_id, rule in enumerate(ruler.patterns)]
    except (AttributeError, IndexError, KeyError) as exc:
        raise Unsupported(f"unexpected attribute ruler: {exc}") from exc


def token_attribute_setter() -> Callable[[Any, dict[int, Any]], None]:
    """spaCy's own setter of a token's attributes from an attribute id -> value dict, the
    one its attribute ruler and retokenizer call (lemma, part of speech, morphology...)."""
    require_supported()
    from spacy.tokens._retokenize import set_token_attrs

    setter: Callable[[Any, dict[int, Any]], None] = set_token_attrs
    return setter


# ---------------------------------------------------------------------------- rule lemmatizer


def own_rule_lemmatizer(lemmatizer: Any) -> Any:
    """A copy of the rule lemmatizer whose word lists (``lemma_index``: tens of thousands of
    words per part of speech, only ever asked whether a form is among them) are sets: the same
    answers in constant time instead of a scan of a list.

    The copy is built by the lemmatizer's own class, with its own lookups (the other tables
    shared, never written) and its own memory of answers, so the model's lemmatizer and its
    tables, which others may hold, are not changed; the copy's tables could not be saved with
    a pipeline (nothing here saves one)."""
    require_supported()
    from spacy.lookups import Lookups

    try:
        own = type(lemmatizer)(lemmatizer.vocab, lemmatizer.model, lemmatizer.name, mode=lemmatizer.mode,
                               overwrite=lemmatizer.overwrite, scorer=lemmatizer.scorer)
    except (AttributeError, TypeError, ValueError) as exc:
        raise Unsupported(f"cannot copy the lemmatizer: {exc}") from exc
    lookups = Lookups()
    for name in lemmatizer.lookups.tables:
        table = lemmatizer.lookups.get_table(name)
        if name == "lemma_index":
            lookups.add_table(name, {key: frozenset(words) if isinstance(words, list) else words
                                     for key, words in table.items()})
        else:
            lookups.set_table(name, table)
    own.lookups = lookups
    return own


def check_lemma_tables(lemmatizer: Any) -> None:
    """Raise spaCy's own error (E1004) when the lemmatizer lacks a table its mode needs,
    as its component does on every document until the tables are found."""
    if not lemmatizer._validated:
        from spacy.errors import Errors

        lemmatizer._validate_tables(Errors.E1004)


# ---------------------------------------------------------------------------- entity recogniser


class NerNetwork:
    """The network of spaCy's transition-based ``ner`` (thinc ``TransitionBasedParser.v2``
    with its upper layer): embeddings, precomputed state features and a maxout hidden layer.

    Read from the component's model without copying its weights; raises :class:`Unsupported`
    for another architecture, or for a model whose moves include some never seen in training
    (spaCy scores those with the lowest score of each batch of states, which scoring tokens
    apart cannot reproduce)."""

    def __init__(self, ner: Any) -> None:
        require_supported()
        model = ner.model
        try:
            self._tok2vec, self._lower, self._upper = model.layers
            self.move_names = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
            n_features = self._lower.get_dim("nF")
        except (AttributeError, ValueError, KeyError) as exc:
            raise Unsupported(f"unexpected entity model: {exc}") from exc
        if n_features != 3 or not model.attrs.get("has_upper", True):
            raise Unsupported("the entity model does not use the three NER state features")
        if model.attrs.get("unseen_classes"):
            raise Unsupported("the entity model has moves never seen in training")

    def precompute(self, docs: Sequence[Any]) -> np.ndarray:
        """Every token's contribution to the hidden layer, per state feature: an array
        (tokens of all docs + 1, 3, hidden, pieces) whose row 0 is the padding and row i + 1
        token i; feature 0 is the next token, 1 the first token of the open entity, 2 the
        token before the next one."""
        cached: np.ndarray = self._lower.predict(self._tok2vec.predict(list(docs)))
        return cached

    def hidden(self, cached: np.ndarray, token: Any, first: Any, before: Any) -> np.ndarray:
        """The hidden layer (before the maxout) of the states whose three features are rows
        `token`, `first` and `before` of `cached`, summed in spaCy's order."""
        hidden: np.ndarray = cached[token, 0] + cached[first, 1]
        hidden += cached[before, 2]
        hidden += self._lower.get_param("b")
        return hidden

    def scores(self, hidden: np.ndarray) -> np.ndarray:
        """The moves' scores for states whose hidden layer (states, hidden, pieces) is given."""
        # the maxout: the largest piece (np.maximum over the few pieces is several times faster
        # than a reduction along a short last axis, and exact)
        pieces = [hidden[..., piece] for piece in range(hidden.shape[2])]
        scores: np.ndarray = functools.reduce(np.maximum, pieces) @ self._upper.get_param("W").T
        scores += self._upper.get_param("b")
        return scores


def biluo_kinds(move_names: Sequence[str]) -> tuple[list[int], list[str]]:
    """Each move's kind (BEGIN ... OUT) and label ("" for none), from its name ("B-ORG")."""
    kinds, labels = [], []
    for name in move_names:
        kind, _, label = name.partition("-")
        if kind not in BILUO:
            raise Unsupported(f"unexpected entity move {name!r}")
        kinds.append(BILUO.index(kind))
        labels.append(label)
    return kinds, labels


def biluo_penalties(kind: np.ndarray, label: np.ndarray, n_labels: int) -> np.ndarray:
    """What to add to each move's score in each kind of state: 0 if spaCy's BILUO rules allow
    the move there, minus infinity if not (``spacy/pipeline/_parser_internals/ner.pyx``,
    documents without preset entities). `kind` is each move's kind (NEVER for one never
    valid), `label` the index of its label among `n_labels` (-1 for none). A state's row: with
    no entity open, 2 x (is the token a space) + (may an entity go on past it); with one open,
    4 + 2 x (its label's index) + (may it go on)."""
    rows = []
    for space in (False, True):          # no entity open: codes 0-3
        for go_on in (False, True):      # the next token exists and does not begin a sentence
            rows.append((kind == OUT) | ((kind == UNIT) & (not space))
                        | ((kind == BEGIN) & (not space) & go_on))
    for open_label in range(n_labels):   # an entity open: codes 4, 5, ...
        for go_on in (False, True):
            same = label == open_label
            rows.append(((kind == LAST) & same) | ((kind == IN) & same & go_on))
    allowed = np.array(rows)
    return np.where(allowed, np.float32(0), np.float32(-np.inf)).astype(np.float32)
