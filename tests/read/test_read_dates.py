"""Publication dates carry a confidence: given by the user, stated by the page, or guessed."""

from __future__ import annotations

import io
import json

import pytest

from eventwire.read import read_inputs
from eventwire.read.html import date_confidence

BODY = """<body><article><h1>Talks held in Doha</h1>
<p>India's ambassador to Qatar met the head of the Taliban's political office on Tuesday,
the foreign ministry said in a statement released in New Delhi.</p>
<p>The two sides discussed the safety of Indians left behind in Afghanistan and the early
return of stranded nationals, officials said.</p></article></body>"""
STATED = ('<html><head><meta property="article:published_time" '
          'content="2021-09-01T10:00:00Z"></head>' + BODY + "</html>")
JSONLD = ('<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
          '"datePublished": "2021-09-02T08:00:00+05:30"}</script></head>' + BODY + "</html>")
URL_ONLY = ('<html><head><link rel="canonical" href="https://example.org/2021/08/30/talks">'
            "</head>" + BODY + "</html>")


def read_page(tmp_path, html: str, **options):
    (tmp_path / "p.html").write_text(html, encoding="utf-8")
    (article,) = read_inputs([str(tmp_path / "p.html")], **options)
    return article


@pytest.mark.parametrize("html, date", [(STATED, "2021-09-01"), (JSONLD, "2021-09-02")])
def test_a_date_stated_in_page_metadata_is_high_confidence(tmp_path, html, date):
    article = read_page(tmp_path, html)
    assert (article.published, article.meta["published_confidence"]) == (date, "high")


def test_a_date_guessed_from_the_url_is_low_confidence(tmp_path):
    article = read_page(tmp_path, URL_ONLY)
    assert (article.published, article.meta["published_confidence"]) == ("2021-08-30", "low")


@pytest.mark.parametrize("html, date, confidence", [
    ('<meta name="date" content="2021-01-01">', "2021-01-01", "low"),
    ('<p>Copyright 2021-03-04 Daily Wire</p>', "2021-03-04", "low"),
    ('<meta name="pubdate" content="2021-03-04">', "2021-03-04", "high"),
    ('<time itemprop="datePublished" datetime="2021-03-04T10:00">4 March</time>',
     "2021-03-04", "high"),
])
def test_only_a_stated_date_other_than_new_years_day_is_high_confidence(html, date,
                                                                        confidence):
    assert date_confidence(f"<html><head></head><body>{html}</body></html>", date) == confidence


def test_a_sidecar_date_is_given_and_wins_over_the_page(tmp_path):
    (tmp_path / "p.json").write_text('{"published": "2021-08-31"}', encoding="utf-8")
    article = read_page(tmp_path, STATED)
    assert (article.published, article.meta["published_confidence"]) == ("2021-08-31", "given")


def test_the_published_argument_replaces_a_low_confidence_guess(tmp_path):
    article = read_page(tmp_path, URL_ONLY, published="2021-09-05")
    assert (article.published, article.meta["published_confidence"]) == ("2021-09-05", "given")
    assert article.meta["provenance"]["published"] == "argument"


def test_the_published_argument_keeps_a_date_the_page_states(tmp_path):
    article = read_page(tmp_path, STATED, published="2021-09-05")
    assert article.published == "2021-09-01"


def test_a_jsonl_date_is_given():
    line = json.dumps({"text": "Talks.", "published": "2025-01-09"})
    (article,) = read_inputs(["-"], stdin=io.StringIO(line + "\n"))
    assert article.meta["published_confidence"] == "given"


def test_an_undated_document_has_no_confidence():
    (article,) = read_inputs(["-"], stdin=io.StringIO('{"text": "Talks."}\n'))
    assert "published_confidence" not in article.meta
