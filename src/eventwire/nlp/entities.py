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
left to the model's own component (with a warning, once), and so is a model whose moves or
layers are not the ones described here. What is read from spaCy's and thinc's internals (the
network's layers, the BILUO moves and their validity rules) is in :mod:`eventwire.nlp.compat`.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import numpy as np

from eventwire.nlp import compat
from eventwire.nlp.swap import warn_fallback

log = logging.getLogger(__name__)
# docs decoded together when the pipeline hands over one at a time
DEFAULT_BATCH = 64


class UnsupportedModel(ValueError):
    """The entity recogniser is not the transition-based model this module decodes."""


class FastEntities:
    """A pipeline component equivalent to the model's ``ner`` (see the module)."""

    def __init__(self, ner: Any) -> None:
        self.ner = ner
        try:
            self._network = compat.NerNetwork(ner)
            kinds, labels = compat.biluo_kinds(self._network.move_names)
        except compat.Unsupported as exc:
            raise UnsupportedModel(str(exc)) from exc
        kind = np.array(kinds)
        self._labels = np.array([ner.vocab.strings.add(label) if label else 0 for label in labels],
                                dtype=np.uint64)
        self._kind = np.where(self._labels != 0, kind, np.where(kind == compat.OUT, compat.OUT, compat.NEVER))
        self._label_names = sorted({int(label) for label in self._labels if label})
        self._label_index = np.array([self._label_names.index(label) if label else -1
                                      for label in self._labels.tolist()])
        self._penalty = compat.biluo_penalties(self._kind, self._label_index, len(self._label_names))

    # ------------------------------------------------------------------ the spaCy component API

    def __call__(self, doc: Any) -> Any:
        self._annotate([doc])
        return doc

    def pipe(self, docs: Iterable[Any], batch_size: int = DEFAULT_BATCH) -> Iterator[Any]:
        remaining = iter(docs)
        while batch := list(itertools.islice(remaining, batch_size)):
            self._annotate(batch)
            yield from batch

    # ------------------------------------------------------------------ decoding

    def _annotate(self, docs: Sequence[Any]) -> None:
        fresh = []
        for doc in (doc for doc in docs if len(doc)):
            if doc.has_annotation("ENT_IOB"):
                warn_fallback(log, "entities", "a document arrived with entities set, which the model's "
                              "own recogniser keeps as constraints")
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
        network = self._network
        cached = network.precompute(docs)   # (tokens + 1, 3, hidden, pieces); row 0 pads
        lengths = [len(doc) for doc in docs]
        # per token: a space? may an entity go on past it (a next token that does not begin
        # a sentence)?
        space = np.concatenate([doc.to_array("IS_SPACE").astype(bool) for doc in docs])
        go_on = np.concatenate([np.append(doc.to_array("SENT_START")[1:] != 1, False) for doc in docs])
        # every token, with the first token of the open entity and the token before as padding
        closed = network.scores(network.hidden(cached, slice(1, None), 0, 0))
        closed += self._penalty[2 * space + go_on]
        closed_move = closed.argmax(axis=1)          # the first best, as spaCy's arg_max_if_valid
        begins = np.flatnonzero(self._kind[closed_move] != compat.OUT)
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
                if self._kind[move] == compat.UNIT:  # a one-token entity
                    entities.append((at - offset, at - offset + 1, int(self._labels[move])))
                    token = at + 1
                    continue
                token = self._walk_open(cached, go_on, at, move, offset, entities)
            found.append(entities)
            offset += length
        return found

    def _walk_open(self, cached: np.ndarray, go_on: np.ndarray, first: int,
                   move: int, offset: int, entities: list[tuple[int, int, int]]) -> int:
        """Walk the entity that begins at global token `first` with `move` to its last token;
        append it to `entities` and return the global index of the token after it."""
        label = self._label_index[move]
        at = first + 1
        while True:
            # the token, the entity's first token and the token before this one
            hidden = self._network.hidden(cached, at + 1, first + 1, at)
            scores = self._network.scores(hidden[np.newaxis])[0]
            scores += self._penalty[4 + 2 * label + go_on[at]]
            move = int(scores.argmax())
            if self._kind[move] == compat.LAST:      # the entity's last token
                entities.append((first - offset, at - offset + 1, int(self._labels[move])))
                return at + 1
            at += 1                                  # in: the only other move allowed


def _span(doc: Any, start: int, end: int, label: int) -> Any:
    from spacy.tokens import Span

    return Span(doc, start, end, label=label)


def use_fast_entities(nlp: Any) -> bool:
    """Put :class:`FastEntities` in place of the model's ``ner``; False (and the model
    unchanged) if the model has no such component or one this module does not decode."""
    from eventwire.nlp.swap import replace_component

    return replace_component(nlp, "ner", "eventwire_entities", FastEntities, UnsupportedModel)
