"""RSS and Atom feeds: one Article per item, with link, title, date and embedded HTML."""

from __future__ import annotations

import pytest

from eventwire.read import read_inputs
from tests.read.builders import ATOM, RSS, gz


def read_feed(tmp_path, content: str, name: str) -> list:
    data = content.encode("utf-8")
    (tmp_path / name).write_bytes(gz(data) if name.endswith(".gz") else data)
    return list(read_inputs([str(tmp_path / name)]))


@pytest.mark.parametrize("name", ["news.rss", "news.xml", "news.rss.gz"])
def test_rss_items_become_articles_with_link_title_date_and_source(tmp_path, name):
    first, second = read_feed(tmp_path, RSS, name)
    assert (first.url, first.title, first.published, first.source) == (
        "https://example.org/doha", "Talks held in Doha", "2021-08-31", "Daily Wire")
    assert first.meta["author"] == "Jane Smith"
    assert (second.url, second.published) == ("https://example.org/again", "2021-09-01")
    assert first.origin == f"{tmp_path / name}:1"


def test_the_embedded_html_of_an_rss_item_is_its_text(tmp_path):
    first, second = read_feed(tmp_path, RSS, "news.rss")
    assert "met the head of the Taliban's political" in first.raw_text
    assert "Summary" not in first.raw_text
    assert second.raw_text == "Ministers met again on Wednesday."


@pytest.mark.parametrize("name", ["news.atom", "news.xml", "news.atom.gz"])
def test_atom_entries_become_articles(tmp_path, name):
    first, second = read_feed(tmp_path, ATOM, name)
    assert (first.url, first.title, first.published, first.source) == (
        "https://example.org/dubai", "Talks in Dubai", "2025-01-08", "Atom Wire")
    assert first.meta["author"] == "John Doe"
    assert first.raw_text == ("India's foreign secretary met the Taliban's acting foreign "
                              "minister in Dubai.")
    assert (second.raw_text, second.published) == ("A plain text summary of the talks.",
                                                   "2025-01-10")


def test_a_feed_date_is_high_confidence(tmp_path):
    first, _ = read_feed(tmp_path, ATOM, "news.atom")
    assert first.meta["published_confidence"] == "high"


@pytest.mark.parametrize("content, problem", [
    ("<html><body>No feed</body></html>", "not an RSS or Atom feed"),
    ("<rss><channel><title>x</title></channel></rss>", "feed holds no items"),
    ("<rss><channel><item><title>x</item></channel></rss>", "not well-formed XML"),
    ("<rss><channel><item><title>Only a title</title></item></channel></rss>",
     "feed item has no content"),
])
def test_a_feed_that_cannot_be_read_says_why(tmp_path, content, problem):
    (article,) = read_feed(tmp_path, content, "news.rss")
    assert len(article.errors) == 1 and problem in article.errors[0]


def test_an_xml_file_that_is_not_a_feed_is_rejected(tmp_path):
    (article,) = read_feed(tmp_path, "<?xml version='1.0'?><config><a/></config>", "c.xml")
    assert article.errors == [f"{tmp_path / 'c.xml'}: XML file is not an RSS or Atom feed"]
