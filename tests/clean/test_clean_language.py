"""clean_article: the language is detected; text that is not English is reported."""

from __future__ import annotations

import pytest

from eventwire.clean import clean_article
from eventwire.records import Article

FRENCH = ("Le président de la République a rencontré mardi le chancelier allemand à Berlin "
          "pour discuter de la sécurité européenne et de l'aide à l'Ukraine.")
GERMAN = ("Der Bundeskanzler hat am Dienstag in Berlin den französischen Präsidenten "
          "getroffen, um über die europäische Sicherheit zu sprechen.")
ENGLISH = ("The president met the German chancellor in Berlin on Tuesday to discuss "
           "European security and aid to Ukraine.")


@pytest.mark.parametrize("enabled", [True, False])
@pytest.mark.parametrize("text, code, name", [(FRENCH, "fr", "French"),
                                              (GERMAN, "de", "German")])
def test_an_article_not_in_english_is_reported_not_coded(text, code, name, enabled):
    article = Article(id="doc-1", raw_text=text)
    clean_article(article, enabled=enabled)
    assert article.language == code
    assert article.errors == [f"doc-1: text is in {name} ({code}), not English; not coded"]


@pytest.mark.parametrize("text", [ENGLISH, "Talks resumed.", "The talks ended."])
def test_english_text_is_labelled_en_without_errors(text):
    article = Article(id="doc", raw_text=text)
    clean_article(article)
    assert (article.language, article.errors) == ("en", [])


def test_an_article_with_nothing_left_after_cleaning_is_reported():
    article = Article(id="doc", raw_text="Share this article\n\nLeave a comment")
    clean_article(article)
    assert article.errors == ["doc: no article text left to code"]


def test_a_requested_language_is_coded():
    article = Article(id="doc-1", raw_text=FRENCH)
    clean_article(article, languages=("fr", "en"))
    assert (article.language, article.errors) == ("fr", [])


def test_any_language_is_coded_when_languages_is_none():
    article = Article(id="doc-1", raw_text=GERMAN)
    clean_article(article, languages=None)
    assert (article.language, article.errors) == ("de", [])


def test_english_is_reported_when_only_another_language_is_asked_for():
    article = Article(id="doc-1", raw_text=ENGLISH)
    clean_article(article, languages=("fr",))
    assert article.errors == ["doc-1: text is in English (en), not French; not coded"]


def test_the_language_error_names_the_input_it_came_from():
    article = Article(id="doc-1", origin="in/fr.txt", raw_text=FRENCH)
    clean_article(article)
    assert article.errors[0].startswith("in/fr.txt: text is in French")
