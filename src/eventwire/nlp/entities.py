"""The model's entity recogniser, decoded a whole batch at a time.

spaCy's ``ner`` is a transition-based tagger: it embeds the tokens, precomputes each token's
contribution to a small hidden layer, then walks every document token by token choosing one
of 74 BILUO moves (begin, in, last, unit or out, per label) among those valid in its state.
The neural part is cheap; the walk is not. spaCy 3.8's compiled walk takes and releases the
interpreter lock inside its inner loop (a Cython 3 exception check on the state accessors),
and on news that costs about 110 microseconds a token, more than the parser and the
tagger's embeddings together (``bench/README.md``).

:class:`FastEntities` reuses the model's own layers and weights: the same embeddings and
precomputed features, the same three state features (the next token, the first token of the
open entity and the token before the next one), the same maxout hidden layer and scores, the
same validity rules. What changes is the walk, in numpy. While no entity is open, the two
other features are padding, so the move taken at a token depends on that token alone: the
moves of every token of a batch are scored in one product of matrices, and the walk jumps
from one token where an entity begins to the next; a state is scored token by token only
while an entity is open. Entities come out as spaCy's would, up to the rounding of the last
matrix product (numpy's BLAS sums in another order than spaCy's), which can only change a
choice between two moves scored equal to about a millionth; ``tests/nlp/test_entities.py``
compares the two on real news.

Documents that arrive with entities already set (spaCy then keeps them as constraints) are
left to the model's own component, and so is a model whose moves or layers are not the ones
described here.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import numpy as np

# BILUO move kinds, by the first letter of a move's name ("B-ORG", "O", "U-")
_KINDS = "BILUO"
# docs decoded together when the pipeline hands over one at a time
DEFAULT_BATCH = 64


class UnsupportedModel(ValueError):
    """The entity recogniser is not the transition-based model this module decodes."""


class FastEntities:
    """A pipeline component equivalent to the model's ``ner`` (see the module)."""

    def __init__(self, ner: Any) -> None:
        self.ner = ner
        model = ner.model
        try:
            self._tok2vec, self._lower, self._upper = model.layers
            names = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
            n_features = self._lower.get_dim("nF")
        except (AttributeError, ValueError, KeyError) as exc:
            raise UnsupportedModel(f"unexpected entity model: {exc}") from exc
        if n_features != 3 or not model.attrs.get("has_upper", True):
            raise UnsupportedModel("the entity model does not use the three NER state features")
        kinds, labels = [], []
        for name in names:
            kind, _, label = name.partition("-")
            if kind not in _KINDS:
                raise UnsupportedModel(f"unexpected entity move {name!r}")
            kinds.append(_KINDS.index(kind))
            labels.append(ner.vocab.strings.add(label) if label else 0)
        kind = np.array(kinds)
        self._labels = np.array(labels, dtype=np.uint64)
        self._kind = np.where(self._labels != 0, kind, np.where(kind == 4, 4, -1))  # -1: never valid
        self._label_names = sorted({label for label in labels if label})
        self._label_index = np.array([self._label_names.index(label) if label else -1 for label in labels])
        if model.attrs.get("unseen_classes"):
            # spaCy scores such moves with the lowest score of each step's batch of states,
            # which a walk that scores tokens apart cannot reproduce
            raise UnsupportedModel("the entity model has moves never seen in training")
        self._penalty = self._penalties()

    def _penalties(self) -> np.ndarray:
        """What to add to each move's score in each kind of state: 0 if spaCy's BILUO rules
        allow the move there, minus infinity if not (``spacy/pipeline/_parser_internals/ner.pyx``,
        documents without preset entities). A state's row: with no entity open, 2 x (is the
        token a space) + (may an entity go on past it); with one open, 4 + 2 x (its label's
        index in _label_names) + (may it go on), as :meth:`_decode` computes them."""
        kind, label = self._kind, self._label_index
        rows = []
        for space in (False, True):          # no entity open: codes 0-3
            for go_on in (False, True):      # the next token exists and does not begin a sentence
                rows.append((kind == 4) | ((kind == 3) & (not space)) | ((kind == 0) & (not space) & go_on))
        for open_label in range(len(self._label_names)):   # an entity open: codes 4, 5, ...
            for go_on in (False, True):
                same = label == open_label
                rows.append(((kind == 2) & same) | ((kind == 1) & same & go_on))
        allowed = np.array(rows)
        return np.where(allowed, np.float32(0), np.float32(-np.inf)).astype(np.float32)

    # ------------------------------------------------------------------ the spaCy component API

    def __call__(self, doc: Any) -> Any:
        self._annotate([doc])
        return doc

    def pipe(self, docs: Iterable[Any], batch_size: int = DEFAULT_BATCH) -> Iterator[Any]:
        from spacy.util import minibatch

        for batch in minibatch(docs, size=batch_size):
            self._annotate(batch)
            yield from batch

    # ------------------------------------------------------------------ decoding

    def _annotate(self, docs: Sequence[Any]) -> None:
        fresh = []
        for doc in (doc for doc in docs if len(doc)):
            if doc.has_annotation("ENT_IOB"):
                self.ner(doc)   # preset entities are constraints: the model's own walk
            else:
                fresh.append(doc)
        if fresh:
            for doc, entities in zip(fresh, self._decode(fresh), strict=True):
                doc.set_ents([_span(doc, *entity) for entity in entities], default="outside")

    def _decode(self, docs: Sequence[Any]) -> list[list[tuple[int, int, int]]]:
        """(start, end, label) of each document's entities.

        With no entity open, a state's two other features are padding, so the move taken
        at a token depends on that token alone: those moves are worked out for every token
        of the batch in one product of matrices. The walk then jumps from one token where
        an entity begins to the next, and scores a state token by token only while an
        entity is open (a tenth of news tokens)."""
        vectors = self._tok2vec.predict(list(docs))
        cached = self._lower.predict(vectors)   # (tokens + 1, 3, hidden, pieces); row 0 pads
        bias = self._lower.get_param("b")
        lengths = [len(doc) for doc in docs]
        # per token: a space? may an entity go on past it (a next token that does not begin
        # a sentence)?
        space = np.concatenate([doc.to_array("IS_SPACE").astype(bool) for doc in docs])
        go_on = np.concatenate([np.append(doc.to_array("SENT_START")[1:] != 1, False) for doc in docs])
        # summed in spaCy's order: the token, the (padding) first token of the open entity and
        # token before, then the bias
        hidden = cached[1:, 0] + cached[0, 1]
        hidden += cached[0, 2]
        hidden += bias
        closed = self._scores(hidden)
        closed += self._penalty[2 * space + go_on]
        closed_move = closed.argmax(axis=1)          # the first best, as spaCy's arg_max_if_valid
        begins = np.flatnonzero(self._kind[closed_move] != 4)
        found: list[list[tuple[int, int, int]]] = []
        offset = 0
        for length in lengths:
            entities: list[tuple[int, int, int]] = []
            token = offset                           # the first token not yet walked
            lo, hi = np.searchsorted(begins, [offset, offset + length])
            for at in begins[lo:hi].tolist():
                if at < token:                       # inside an entity found since
                    continue
                move = int(closed_move[at])
                if self._kind[move] == 3:            # a one-token entity
                    entities.append((at - offset, at - offset + 1, int(self._labels[move])))
                    token = at + 1
                    continue
                token = self._walk_open(cached, bias, go_on, at, move, offset, entities)
            found.append(entities)
            offset += length
        return found

    def _walk_open(self, cached: np.ndarray, bias: np.ndarray, go_on: np.ndarray, first: int,
                   move: int, offset: int, entities: list[tuple[int, int, int]]) -> int:
        """Walk the entity that begins at global token `first` with `move` to its last token;
        append it to `entities` and return the global index of the token after it."""
        label = self._label_index[move]
        at = first + 1
        while True:
            # the token, the entity's first token and the token before this one
            hidden = cached[at + 1, 0] + cached[first + 1, 1]
            hidden += cached[at, 2]
            hidden += bias
            scores = self._scores(hidden[np.newaxis])[0]
            scores += self._penalty[4 + 2 * label + go_on[at]]
            move = int(scores.argmax())
            if self._kind[move] == 2:                # the entity's last token
                entities.append((first - offset, at - offset + 1, int(self._labels[move])))
                return at + 1
            at += 1                                  # in: the only other move allowed

    def _scores(self, hidden: np.ndarray) -> np.ndarray:
        """The moves' scores for states whose hidden layer (states, hidden, pieces) is given."""
        # the maxout: the largest piece (np.maximum over the few pieces is several times faster
        # than a reduction along a short last axis, and exact)
        pieces = [hidden[..., piece] for piece in range(hidden.shape[2])]
        scores = functools.reduce(np.maximum, pieces) @ self._upper.get_param("W").T
        scores += self._upper.get_param("b")
        return scores


def _span(doc: Any, start: int, end: int, label: int) -> Any:
    from spacy.tokens import Span

    return Span(doc, start, end, label=label)


def use_fast_entities(nlp: Any) -> bool:
    """Put :class:`FastEntities` in place of the model's ``ner``; False (and the model
    unchanged) if the model has no such component or one this module does not decode."""
    from eventwire.nlp.swap import replace_component

    return replace_component(nlp, "ner", "eventwire_entities", FastEntities, UnsupportedModel)
