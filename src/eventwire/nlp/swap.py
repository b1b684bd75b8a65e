"""Putting one of our components in place of one of the model's, under a name of its own."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def replace_component(nlp: Any, old: str, new: str, make: Callable[[Any], Any],
                      refused: type[Exception]) -> bool:
    """Put ``make(the model's component old)`` in place of `old`, named `new`; False (and
    the pipeline unchanged) when there is no `old` or `make` raises `refused` for it.

    `new` is registered as a spaCy factory that builds the component from the pipeline's own
    `old` when it is added, so the pipeline stays a plain spaCy pipeline."""
    from spacy.language import Language

    if old not in nlp.pipe_names:
        return False
    try:
        make(nlp.get_pipe(old))
    except refused:
        return False
    if not Language.has_factory(new):
        def factory(nlp: Any, name: str) -> Any:
            return make(nlp.get_pipe(old))

        Language.factory(new, func=factory)
    nlp.add_pipe(new, after=old)
    nlp.remove_pipe(old)
    return True
