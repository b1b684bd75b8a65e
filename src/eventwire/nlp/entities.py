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
same validity rules. What changes is that every move is taken for the whole batch at once, in
numpy: a BILUO move always consumes exactly one token, so every document of a batch is at the
same position at every step. Entities come out as spaCy's would, up to the rounding of the
last matrix product (numpy's BLAS sums in another order than spaCy's), which can only change
a choice between two moves scored equal to about a millionth; ``tests/nlp/test_entities.py``
compares the two on real news.

Documents that arrive with entities already set (spaCy then keeps them as constraints) are
left to the model's own component, and so is a model whose moves or layers are not the ones
described here.
"""

from __future__ import annotations

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
        self._unseen = sorted(model.attrs.get("unseen_classes") or ())
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
        """(start, end, label) of each document's entities, all documents walked together."""
        vectors = self._tok2vec.predict(list(docs))
        cached = self._lower.predict(vectors)   # (tokens + 1, 3, hidden, pieces); row 0 pads
        bias = self._lower.get_param("b")
        weights, out_bias = self._upper.get_param("W"), self._upper.get_param("b")
        lengths = np.array([len(doc) for doc in docs])
        offsets = np.concatenate(([0], np.cumsum(lengths)[:-1]))
        # per token: a space? does the next one begin a sentence?
        space = np.concatenate([doc.to_array("IS_SPACE").astype(bool) for doc in docs])
        next_starts = np.concatenate([np.append(doc.to_array("SENT_START")[1:] == 1, False) for doc in docs])
        n = len(docs)
        is_open = np.zeros(n, dtype=bool)
        start = np.zeros(n, dtype=np.int64)          # global index of the open entity's first token
        open_label = np.zeros(n, dtype=np.int64)     # index in _label_names of the open entity's
        found: list[list[tuple[int, int, int]]] = [[] for _ in docs]
        features = np.arange(3)
        for i in range(int(lengths.max())):
            rows = np.flatnonzero(lengths > i)
            at = offsets[rows] + i                    # global index of each walking doc's token
            opened = is_open[rows]
            # the three features' rows in `cached` (row 0 holds each feature's padding): the
            # token, and while an entity is open its first token and the token before this one
            where = np.stack([at + 1, np.where(opened, start[rows] + 1, 0), np.where(opened, at, 0)], axis=1)
            parts = cached[where, features]          # (docs, 3, hidden, pieces)
            hidden = parts[:, 0] + parts[:, 1]       # summed in spaCy's order, then the bias
            hidden += parts[:, 2]
            hidden += bias
            scores = hidden.max(axis=2) @ weights.T
            scores += out_bias
            if self._unseen:
                scores[:, self._unseen] = scores.min()
            go_on = (lengths[rows] - i > 1) & ~next_starts[at]
            codes = np.where(opened, 4 + 2 * open_label[rows], 2 * space[at]) + go_on
            scores += self._penalty[codes]
            move = scores.argmax(axis=1)             # the first best, as spaCy's arg_max_if_valid
            kind = self._kind[move]
            began = kind == 0
            is_open[rows[began]] = True
            start[rows[began]] = at[began]
            open_label[rows[began]] = self._label_index[move[began]]
            ended = np.flatnonzero((kind == 2) | (kind == 3))
            for j in ended:
                row, token = rows[j], int(at[j] - offsets[rows[j]])
                first = int(start[row] - offsets[row]) if kind[j] == 2 else token
                found[row].append((first, token + 1, int(self._labels[move[j]])))
            is_open[rows[kind == 2]] = False
        return found


def _span(doc: Any, start: int, end: int, label: int) -> Any:
    from spacy.tokens import Span

    return Span(doc, start, end, label=label)


def use_fast_entities(nlp: Any) -> bool:
    """Put :class:`FastEntities` in place of the model's ``ner``; False (and the model
    unchanged) if the model has no such component or one this module does not decode."""
    from eventwire.nlp.swap import replace_component

    return replace_component(nlp, "ner", "eventwire_entities", FastEntities, UnsupportedModel)
