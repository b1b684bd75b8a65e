"""nlp/compat.py: the one door to spaCy's and thinc's internals refuses versions it was not
written for, the fast components say when the model's own one stays, and the model's
lemmatizer tables are never changed behind its back."""

from __future__ import annotations

import importlib
import logging

import pytest

from eventwire.errors import ConfigError
from eventwire.nlp import compat, swap


@pytest.fixture(autouse=True)
def _fresh_warnings(monkeypatch):
    monkeypatch.setattr(swap, "_WARNED", set())


@pytest.mark.parametrize(("package", "version"), [
    ("spacy", "3.7.5"), ("spacy", "3.9.0"), ("spacy", "4.0.0.dev1"), ("thinc", "8.2.5"), ("thinc", "9.0.0")])
def test_an_unsupported_version_is_refused_in_one_line(monkeypatch, package, version):
    about = importlib.import_module(f"{package}.about")
    monkeypatch.setattr(about, "__version__", version)
    with pytest.raises(ConfigError) as raised:
        compat.check_versions()
    message = str(raised.value)
    assert "\n" not in message
    assert f"{package} {version}" in message and f"{package}>=" in message


@pytest.mark.parametrize("version", ["3.8.0", "3.8.18", "3.8.0rc1"])
def test_the_supported_series_is_accepted(version):
    compat.check_version("spacy", version)


def test_the_installed_versions_are_supported():
    compat.check_versions()


def test_loading_the_model_refuses_an_unsupported_spacy(monkeypatch):
    import spacy.about

    from eventwire.nlp.model import load_model

    monkeypatch.setattr(spacy.about, "__version__", "3.7.0")
    compat.require_supported.cache_clear()
    try:
        with pytest.raises(ConfigError, match="spacy 3.7.0"):
            load_model("no_such_model_is_loaded")
    finally:
        compat.require_supported.cache_clear()


def test_a_fallback_is_logged_once(caplog):
    import spacy

    from eventwire.nlp.lemmas import use_fast_lemmas

    caplog.set_level(logging.WARNING)
    for _ in range(3):
        nlp = spacy.blank("en")
        nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
        assert not use_fast_lemmas(nlp)
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING and "lemmatizer" in r.getMessage()]
    assert len(warnings) == 1
    assert warnings[0].name == "eventwire.nlp.swap" and "lookup" in warnings[0].getMessage()


def test_warn_fallback_logs_each_fallback_once(caplog):
    log = logging.getLogger("eventwire.nlp.test")
    caplog.set_level(logging.WARNING)
    for _ in range(2):
        swap.warn_fallback(log, "entities", "why one")
        swap.warn_fallback(log, "lemmas", "why two")
    assert [r.getMessage().split(":")[0] for r in caplog.records] == ["entities", "lemmas"]


def test_an_unexpected_ruler_is_unsupported():
    with pytest.raises(compat.Unsupported):
        compat.ruler_rules(object())


@pytest.mark.slow
def test_the_model_lemma_tables_are_not_changed():
    import spacy

    from eventwire import settings
    from eventwire.nlp.lemmas import use_fast_lemmas

    nlp = spacy.load(settings.get("model"))
    lemmatizer = nlp.get_pipe("lemmatizer")
    lookups = lemmatizer.lookups
    index = lookups.get_table("lemma_index")
    before = {key: list(words) for key, words in index.items()}
    assert before and all(isinstance(words, list) for words in index.values())
    assert use_fast_lemmas(nlp)
    fast = nlp.get_pipe("eventwire_lemmas")
    nlp("The ministers were meeting in the cities and talks went better.")
    assert lemmatizer.lookups is lookups and lookups.get_table("lemma_index") is index
    assert {key: words for key, words in index.items()} == before
    assert not lemmatizer.cache
    own = fast.lemmatizer.lookups.get_table("lemma_index")
    assert fast.lemmatizer is not lemmatizer and own is not index
    assert {key: frozenset(words) for key, words in before.items()} == dict(own.items())


@pytest.mark.slow
def test_preset_entities_fall_back_with_a_warning(caplog):
    import spacy
    from spacy.tokens import Span

    from eventwire import settings
    from eventwire.nlp.entities import use_fast_entities

    nlp = spacy.load(settings.get("model"))
    assert use_fast_entities(nlp)
    caplog.set_level(logging.WARNING)
    for _ in range(2):
        doc = nlp.make_doc("Ministers met in Dubai.")
        doc.set_ents([Span(doc, 0, 1, label="ORG")], default="unmodified")
        for _, component in nlp.pipeline:
            doc = component(doc)
        assert doc.ents[0].text == "Ministers"
    warnings = [r for r in caplog.records if r.name == "eventwire.nlp.entities"]
    assert len(warnings) == 1 and "entities set" in warnings[0].getMessage()
