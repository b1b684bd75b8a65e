"""Putting one of our components in place of one of the model's, under a name of its own, and
saying so when the model's own, slower component has to stay."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)

# the fallbacks already logged in this process: (logger, what)
_WARNED: set[tuple[str, str]] = set()


def warn_fallback(logger: logging.Logger, what: str, why: str) -> None:
    """Log once per process (per logger and `what`) that the fast path for `what` fell back
    to the model's own component, and why: a slower run then has a line that explains it,
    without a line per document."""
    if (logger.name, what) not in _WARNED:
        _WARNED.add((logger.name, what))
        logger.warning("%s: the model's own component is used instead of eventwire's faster one (%s)",
                       what, why)


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
    except refused as exc:
        warn_fallback(log, old, str(exc))
        return False
    if not Language.has_factory(new):
        def factory(nlp: Any, name: str) -> Any:
            return make(nlp.get_pipe(old))

        Language.factory(new, func=factory)
    nlp.add_pipe(new, after=old)
    nlp.remove_pipe(old)
    return True
