"""WARC files: HTML response records become Articles; other and damaged records do not."""

from __future__ import annotations

import pytest

from eventwire.read import read_inputs
from tests.read.builders import PAGE, chunked, gz, http, page_response, warc_record


def read_warc(tmp_path, data: bytes, name: str = "crawl.warc") -> list:
    (tmp_path / name).write_bytes(gz(data) if name.endswith(".gz") else data)
    return list(read_inputs([str(tmp_path / name)]))


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_a_response_record_becomes_an_article_with_its_uri(tmp_path, name):
    (article,) = read_warc(tmp_path, page_response("https://example.org/doha"), name)
    assert article.errors == []
    assert "met the head of the Taliban" in article.raw_text
    assert article.url == "https://example.org/doha"
    assert article.origin == f"{tmp_path / name}:1"


def test_the_warc_date_dates_a_page_that_states_none_with_low_confidence(tmp_path):
    (article,) = read_warc(tmp_path, page_response(date="2021-09-01T12:00:00Z"))
    assert article.published == "2021-09-01"
    assert article.meta["provenance"]["published"] == "warc"
    assert article.meta["published_confidence"] == "low"


@pytest.mark.parametrize("version", ["WARC/1.0", "WARC/1.1"])
def test_both_warc_versions_are_read(tmp_path, version):
    (article,) = read_warc(tmp_path, page_response(version=version))
    assert article.errors == []


def test_requests_and_metadata_are_skipped_without_a_word(tmp_path):
    data = (warc_record("warcinfo", b"software: test\r\n")
            + warc_record("request", b"GET /a HTTP/1.1\r\nHost: example.org\r\n\r\n")
            + warc_record("metadata", b"fetchTimeMs: 12\r\n")
            + page_response("https://example.org/b"))
    (article,) = read_warc(tmp_path, data)
    assert article.url == "https://example.org/b" and article.errors == []
    assert article.origin.endswith(":4")


# records that could have held a page were skipped without a word (issue #23)
def test_records_that_hold_no_page_are_counted_by_kind_in_one_line_per_file(tmp_path):
    pdf = warc_record("response", http(b"%PDF-1.4", "Content-Type: application/pdf"))
    data = (warc_record("request", b"GET /a HTTP/1.1\r\nHost: example.org\r\n\r\n")
            + pdf
            + warc_record("response", http(b"\x89PNG\r\n", "Content-Type: image/png"))
            + warc_record("response", http(b"", "Location: /b", "301 Moved Permanently"))
            + pdf
            + warc_record("revisit", http(b"", "Content-Type: text/html"))
            + warc_record("response", http(b"x", ""))
            + page_response("https://example.org/b"))
    page, skipped = read_warc(tmp_path, data)
    assert page.url == "https://example.org/b" and page.origin.endswith(":8")
    assert skipped.origin == str(tmp_path / "crawl.warc")
    assert skipped.errors == [f"{tmp_path / 'crawl.warc'}: skipped records that hold no HTML "
                              "page: 2 application/pdf, 1 image/png, 1 HTTP 301, 1 revisit record, "
                              "1 no content type"]


def test_a_warc_of_only_other_content_says_what_it_skipped(tmp_path):
    data = warc_record("response", http(b"%PDF-1.4", "Content-Type: application/pdf"))
    (article,) = read_warc(tmp_path, data)
    assert article.errors == [f"{tmp_path / 'crawl.warc'}: skipped records that hold no HTML "
                              "page: 1 application/pdf"]


def test_a_chunked_gzip_body_is_decoded(tmp_path):
    body = chunked(gz(PAGE.encode("utf-8")))
    headers = "Content-Type: text/html\nTransfer-Encoding: chunked\nContent-Encoding: gzip"
    (article,) = read_warc(tmp_path, warc_record("response", http(body, headers)))
    assert article.errors == [] and "stranded nationals" in article.raw_text


def test_the_http_charset_decodes_the_body(tmp_path):
    page = PAGE.replace("Qatar", "Qatar’s café")
    block = http(page.encode("cp1252"), "Content-Type: text/html; charset=windows-1252")
    (article,) = read_warc(tmp_path, warc_record("response", block))
    assert "Qatar’s café" in article.raw_text


def test_a_truncated_record_gives_its_own_error_after_the_good_ones(tmp_path):
    cut = page_response("https://example.org/cut")
    (good, bad) = read_warc(tmp_path, page_response() + cut[: len(cut) // 2])
    assert good.errors == []
    assert len(bad.errors) == 1
    assert bad.errors[0].startswith(f"{tmp_path / 'crawl.warc'}:2: record is truncated")


def test_a_truncated_chunked_body_is_an_error_for_that_record_only(tmp_path):
    body = chunked(PAGE.encode("utf-8"))[:100]
    broken = warc_record("response", http(body, "Content-Type: text/html\nTransfer-Encoding: chunked"))
    bad, good = read_warc(tmp_path, broken + page_response())
    assert "chunked body is truncated" in bad.errors[0] and bad.origin.endswith(":1")
    assert good.errors == []


def test_a_record_larger_than_max_bytes_is_refused_and_the_next_is_read(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTWIRE_MAX_BYTES", "2000")
    big = page_response(page=PAGE + "<!--" + "x" * 3000 + "-->")
    bad, good = read_warc(tmp_path, big + page_response())
    assert "larger than max_bytes (2000)" in bad.errors[0]
    assert good.errors == []


@pytest.mark.parametrize("data, problem", [
    (warc_record("request", b"GET / HTTP/1.1\r\n\r\n"), "holds no HTML response records"),
    (b"<html>not a warc</html>", "does not start with a WARC version line"),
    (b"WARC/1.0\r\nWARC-Type: response\r\n\r\n", "no valid Content-Length"),
])
def test_a_file_that_yields_no_page_says_why(tmp_path, data, problem):
    (article,) = read_warc(tmp_path, data)
    assert problem in article.errors[0]


def test_a_gzip_warc_cut_short_keeps_its_good_records_and_reports_the_cut(tmp_path):
    data = gz(page_response() + page_response("https://example.org/b", page=PAGE * 20))
    (tmp_path / "crawl.warc.gz").write_bytes(data[: len(data) - 40])
    good, bad = read_inputs([str(tmp_path / "crawl.warc.gz")])
    assert good.errors == []
    assert len(bad.errors) == 1 and bad.errors[0].startswith(str(tmp_path / "crawl.warc.gz"))
