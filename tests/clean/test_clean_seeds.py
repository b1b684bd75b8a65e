"""The seed articles come out of cleaning as expected.json says (read from ../shared)."""

from __future__ import annotations

import json

import pytest

from eventwire.clean import clean_article
from eventwire.records import Article

SEEDS = ["000_75a9f5a7441c5fc0.txt", "004_51f723bb8042b2c4.txt"]


def expected_document(shared, name: str) -> dict:
    documents = json.loads((shared / "seeds" / "expected.json").read_text("utf-8"))["documents"]
    return next(d for d in documents if d["file"] == name)


def cleaned_seed(shared, name: str) -> Article:
    article = Article(id=name, raw_text=(shared / "seeds" / name).read_text("utf-8"))
    clean_article(article)
    return article


@pytest.mark.gold
@pytest.mark.parametrize("name", SEEDS)
def test_a_seed_passes_its_clean_text_rows(shared, name):
    rows = expected_document(shared, name)["clean_text"]
    text = cleaned_seed(shared, name).text
    for phrase in rows["must_contain_once"]:
        assert text.count(phrase) == 1, phrase
    for phrase in rows["must_not_contain"]:
        assert phrase not in text, phrase


@pytest.mark.gold
@pytest.mark.parametrize("name", SEEDS)
def test_a_seed_keeps_every_body_paragraph(shared, name):
    article = cleaned_seed(shared, name)
    clutter = {"title", "truncated", "duplicate", "dateline", "comments", "boilerplate"}
    assert {r.kind for r in article.removed} <= clutter
    for removal in article.removed:
        if removal.kind in {"truncated", "duplicate"}:
            assert removal.text.translate(QUOTES).removeprefix("New Delhi: ") in \
                article.text.translate(QUOTES)
    assert article.language == "en" and article.errors == []


QUOTES = str.maketrans("‘’", "''")


@pytest.mark.gold
def test_seed_000_keeps_its_dateline_and_title_as_metadata(shared):
    article = cleaned_seed(shared, SEEDS[0])
    assert article.meta["dateline"]["place"] == "New Delhi"
    assert article.title.startswith("India’s Foreign Secretary engages")
    assert article.text.startswith("During a historic meeting in Dubai on Wednesday")


@pytest.mark.gold
def test_seed_004_loses_its_comment_section_and_nothing_before_it(shared):
    article = cleaned_seed(shared, SEEDS[1])
    assert article.text.endswith("who’s next in line to communicate with the Taliban leaders.")
    assert [r.kind for r in article.removed].count("comments") == 4
