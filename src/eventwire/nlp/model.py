"""Loading the spaCy model (one setting, one place) and parsing an article once."""

from __future__ import annotations

import contextlib
import functools
import logging
from collections.abc import Iterator, Sequence
from typing import Any

from eventwire import settings
from eventwire.errors import ConfigError
from eventwire.nlp import compat
from eventwire.nlp.attributes import use_fast_attributes
from eventwire.nlp.entities import use_fast_entities
from eventwire.nlp.lemmas import use_fast_lemmas
from eventwire.records import Article

log = logging.getLogger(__name__)

# longest text handed to spaCy in one piece, in characters (spaCy's own default is 1M)
MAX_CHARS = 1_000_000


@functools.lru_cache(maxsize=2)
def load_model(name: str | None = None) -> Any:
    """The spaCy Language named by the `model` setting (or `name`), loaded once."""
    import spacy

    # our components read spaCy's and thinc's internals: refuse versions they were not written for
    compat.require_supported()
    name = name or settings.get("model")
    try:
        with _numpy_matrix_products():
            nlp = spacy.load(name)
    except OSError as exc:
        raise ConfigError(
            f"spaCy model {name!r} is not installed: run ./setup.sh, or set "
            f"{settings.SETTINGS['model'].env} to an installed model"
        ) from exc
    nlp.max_length = max(nlp.max_length, MAX_CHARS + 1)
    _cap_sentences(nlp)
    # the model's attribute rules, lemmatizer and entity recogniser, same results, a
    # fraction of the cost (nlp/attributes.py, nlp/lemmas.py, nlp/entities.py)
    use_fast_attributes(nlp)
    use_fast_lemmas(nlp)
    use_fast_entities(nlp)
    log.info("loaded spaCy model %s %s", nlp.meta.get("name"), nlp.meta.get("version"))
    return nlp


@contextlib.contextmanager
def _numpy_matrix_products() -> Iterator[None]:
    """Models built in this block multiply matrices through numpy's BLAS (OpenBLAS) instead
    of thinc's bundled BLIS, and this process's BLAS runs on one thread from now on.

    On the development machine (AVX-512) BLIS reaches about 50-60 GFLOP/s on the shapes of
    the model's embedding and precomputed layers and OpenBLAS 60-75, on one core each: the
    spaCy pipeline runs about a tenth faster, with the same tags, parses, entities and lemmas
    (``tests/nlp/test_model.py`` compares them with the model as spaCy loads it). The
    parser's own compiled step still multiplies through BLIS. One thread for the whole
    process, because the parallelism is across documents: two worker processes each running
    two BLAS threads on two cores would fight over them."""
    from thinc.api import use_ops
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")
    with use_ops("numpy", use_blis=False):
        yield


def analyse(article: Article, nlp: Any = None) -> None:
    """Parse ``article.text`` once; writes ``article.doc``."""
    from eventwire.nlp.phrases import keep_text

    nlp = nlp or load_model()
    text = article.text[:MAX_CHARS]
    article.doc = nlp(text)
    keep_text(article.doc, text)


# characters parsed together in one nlp.pipe batch: the parser's and the entity
# recogniser's precomputed features and the embedding layers' work arrays take about
# 20 KB a word while a batch is parsed, so eight long articles (15,000 words) would
# briefly need 300 MB more; batches of this size keep that near 120 MB
BATCH_CHARS = 40_000


def analyse_all(articles: Sequence[Article], nlp: Any = None) -> None:
    """Parse the text of each article, several at a time (``nlp.pipe``, batches of at most
    BATCH_CHARS characters, or one longer article); writes each ``doc``."""
    from eventwire.nlp.phrases import keep_text

    nlp = nlp or load_model()
    texts = [article.text[:MAX_CHARS] for article in articles]
    for run in _by_size(texts):
        docs = nlp.pipe(texts[run.start:run.stop], batch_size=len(run))
        for article, text, doc in zip(articles[run.start:run.stop], texts[run.start:run.stop], docs,
                                      strict=True):
            keep_text(doc, text)
            article.doc = doc


def _by_size(texts: Sequence[str]) -> list[range]:
    """Consecutive runs of `texts` of at most BATCH_CHARS characters (a longer text alone)."""
    runs, start, size = [], 0, 0
    for i, text in enumerate(texts):
        if i > start and size + len(text) > BATCH_CHARS:
            runs.append(range(start, i))
            start, size = i, 0
        size += len(text)
    if start < len(texts):
        runs.append(range(start, len(texts)))
    return runs


# a run of this many tokens without sentence-final punctuation is cut: run-on text (a line
# without punctuation) would otherwise become one "sentence" that every stage walks in
# quadratic time (issue #10); no news sentence comes near
MAX_SENTENCE_TOKENS = 400
_SENTENCE_END = frozenset({".", "!", "?", "\n", "\n\n"})


def _cap_sentences(nlp: Any) -> None:
    """Add the sentence cap before the component that splits sentences (parser or senter)."""
    from spacy.language import Language

    if not Language.has_factory("eventwire_sentence_cap"):
        Language.component("eventwire_sentence_cap", func=cap_sentences)
    splitter = next((name for name in ("parser", "senter") if name in nlp.pipe_names), None)
    if splitter and "eventwire_sentence_cap" not in nlp.pipe_names:
        nlp.add_pipe("eventwire_sentence_cap", before=splitter)


def cap_sentences(doc: Any) -> Any:
    """Start a sentence after every MAX_SENTENCE_TOKENS tokens that hold no sentence end;
    the parser keeps such preset boundaries and decides all others itself."""
    if len(doc) <= MAX_SENTENCE_TOKENS:
        return doc   # no run of tokens can reach the cap
    strings = doc.vocab.strings
    run = 0
    for i, orth in enumerate(doc.to_array("ORTH").tolist()[1:], start=1):
        run += 1
        if run >= MAX_SENTENCE_TOKENS:
            doc[i].is_sent_start = True
            run = 0
        elif _ends_a_run(strings[orth]):
            run = 0
    return doc


@functools.lru_cache(maxsize=4096)
def _ends_a_run(text: str) -> bool:
    """Whether a token's text ends a run of :func:`cap_sentences`: a sentence end or blank."""
    return text.strip(" ") in _SENTENCE_END or not text.strip()

