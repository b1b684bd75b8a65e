"""Loading the spaCy model (one setting, one place) and parsing an article once."""

from __future__ import annotations

import functools
import logging
from typing import Any

from eventwire import settings
from eventwire.errors import ConfigError
from eventwire.records import Article

log = logging.getLogger(__name__)

# longest text handed to spaCy in one piece, in characters (spaCy's own default is 1M)
MAX_CHARS = 1_000_000


@functools.lru_cache(maxsize=2)
def load_model(name: str | None = None) -> Any:
    """The spaCy Language named by the `model` setting (or `name`), loaded once."""
    import spacy

    name = name or settings.get("model")
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ConfigError(
            f"spaCy model {name!r} is not installed: run ./setup.sh, or set "
            f"{settings.SETTINGS['model'].env} to an installed model"
        ) from exc
    nlp.max_length = max(nlp.max_length, MAX_CHARS + 1)
    log.info("loaded spaCy model %s %s", nlp.meta.get("name"), nlp.meta.get("version"))
    return nlp


def analyse(article: Article, nlp: Any = None) -> None:
    """Parse ``article.text`` once; writes ``article.doc``."""
    nlp = nlp or load_model()
    article.doc = nlp(article.text[:MAX_CHARS])
