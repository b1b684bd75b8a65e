"""Rough edges of reading (issue 22, item 9): written publication dates, and one page read
twice (.html and .html.gz, or saved again) being one article."""

from __future__ import annotations

import gzip
import json

import pytest

from eventwire.read import read_inputs
from eventwire.read.documents import parse_date
from eventwire.store import Store
from tests.factories import article


@pytest.mark.parametrize("value", [
    "2024-06-26", "20240626", "June 26, 2024", "26 June 2024", "Jun 26, 2024",
    "Wed, 26 Jun 2024 10:00:00 GMT", "2024/06/26", "Wednesday, June 26, 2024", "26 Jun 2024",
    "2024-06-26T10:00:00Z",
])
def test_common_date_forms_are_read(value):
    assert parse_date(value) == "2024-06-26"


@pytest.mark.parametrize("value", ["yesterday", "June 31, 2024", "26/06/2024x", "2024"])
def test_other_values_are_no_date(value):
    assert parse_date(value) is None


def test_a_jsonl_date_in_words_dates_the_document_and_a_bad_one_names_the_value(tmp_path):
    path = tmp_path / "docs.jsonl"
    path.write_text("\n".join(json.dumps(d) for d in (
        {"id": "a", "text": "Kenyan police arrested protesters.", "published": "June 26, 2024"},
        {"id": "b", "text": "Kenyan police arrested protesters.", "published": "the 26th"})) + "\n")
    good, bad = read_inputs([str(path)])
    assert good.published == "2024-06-26" and not good.errors
    assert bad.errors == [f'{path}:2: field "published" must be a date (YYYY-MM-DD, "June 26, 2024", '
                          f'"26 June 2024", "2024/06/26" or an RSS date), not \'the 26th\'']


def test_published_argument_takes_a_written_date(tmp_path):
    (tmp_path / "a.txt").write_text("Kenyan police arrested protesters.")
    [read] = read_inputs([str(tmp_path / "a.txt")], published="26 June 2024")
    assert read.published == "2024-06-26"


PAGE = ("<html><head><title>Police arrest protesters</title>"
        '<link rel="canonical" href="https://example.com/kenya-police"></head><body><article>'
        "<h1>Police arrest protesters</h1><p>Kenyan police arrested dozens of protesters in "
        "Nairobi on Tuesday after clashes near parliament, officials said on Wednesday.</p>"
        "<p>The government condemned the violence and said it would hold talks with opposition "
        "leaders next week in the capital.</p></article>{extra}</body></html>")


def test_the_id_of_a_page_does_not_depend_on_gzip(tmp_path):
    (tmp_path / "page.html").write_text(PAGE.format(extra=""))
    (tmp_path / "gz").mkdir()
    (tmp_path / "gz" / "page.html.gz").write_bytes(gzip.compress(PAGE.format(extra="").encode()))
    plain, packed = read_inputs([str(tmp_path / "page.html"), str(tmp_path / "gz" / "page.html.gz")])
    assert plain.id == packed.id and plain.url == packed.url == "https://example.com/kenya-police"


def test_one_page_saved_twice_is_one_article(db_url):
    first, second = article("saved-1"), article("saved-2")
    first.url = second.url = "https://example.com/kenya-police"
    other = article("saved-3", text="Another text altogether, about something else entirely.")
    other.url = first.url
    with Store(db_url) as store:
        assert store.add_article(first, run_id="r") == "stored"
        assert store.add_article(second, run_id="r") == "unchanged"
        assert store.add_article(other) == "stored"   # the page changed: another version
        assert [a["id"] for a in store.articles()] == ["saved-1", "saved-3"]
        [_, logged] = store.ingest_log("r")
    assert logged["status"] == "unchanged"
    assert logged["message"] == "the same page as the stored article 'saved-1' (same URL and text)"


@pytest.mark.slow
def test_ingesting_a_page_saved_again_with_other_markup_stores_one_article(tmp_path):
    from eventwire.api import ingest

    (tmp_path / "page.html").write_text(PAGE.format(extra=""))
    (tmp_path / "page-again.html.gz").write_bytes(
        gzip.compress(PAGE.format(extra="<!-- saved from a browser on 2024-06-27 -->").encode()))
    with Store(str(tmp_path / "x.db")) as store:
        report = ingest([str(tmp_path / "page.html"), str(tmp_path / "page-again.html.gz")], store,
                        "2024-06-26", workers=1)
        assert (report.stored, report.unchanged) == (1, 1)
        assert len(list(store.articles())) == 1
