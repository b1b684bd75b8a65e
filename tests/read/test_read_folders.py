"""Folders: every format read recursively, include and exclude globs, bad files fail alone."""

from __future__ import annotations

import json

from eventwire.read import read_inputs
from tests.read.builders import PAGE, RSS, gz, page_response


def build_mixed_folder(root) -> None:
    (root / "feeds").mkdir()
    (root / "crawl").mkdir()
    (root / "a.txt").write_text("Ministers met in Doha.", encoding="utf-8")
    (root / "a.json").write_text('{"published": "2025-01-09"}', encoding="utf-8")
    (root / "b.html").write_text(PAGE, encoding="utf-8")
    (root / "c.csv").write_text("text\nFirst row.\n", encoding="utf-8")
    (root / "d.json").write_text(json.dumps([{"text": "From an array."}]), encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    (root / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (root / "feeds" / "news.rss.gz").write_bytes(gz(RSS.encode("utf-8")))
    (root / "crawl" / "pages.warc.gz").write_bytes(gz(page_response()))
    (root / "notes.md").write_text("not an input", encoding="utf-8")
    (root / "sitemap.xml").write_text("<urlset><url/></urlset>", encoding="utf-8")


def relative(root, articles) -> list[str]:
    return [a.origin.removeprefix(f"{root}/") for a in articles]


def test_a_mixed_folder_reads_every_format_and_bad_files_fail_alone(tmp_path):
    build_mixed_folder(tmp_path)
    articles = list(read_inputs([str(tmp_path)]))
    assert relative(tmp_path, articles) == [
        "a.txt", "b.html", "c.csv:2", "crawl/pages.warc.gz:1", "d.json:1", "empty.txt",
        "feeds/news.rss.gz:1", "feeds/news.rss.gz:2", "image.txt"]
    failed = {a.origin.rsplit("/", 1)[-1]: a.errors[0] for a in articles if a.errors}
    assert set(failed) == {"empty.txt", "image.txt"}
    assert "file is empty" in failed["empty.txt"] and "looks binary" in failed["image.txt"]


def test_an_xml_file_in_a_folder_is_read_only_if_it_is_a_feed(tmp_path):
    build_mixed_folder(tmp_path)
    (tmp_path / "feeds" / "news.rss.gz").rename(tmp_path / "feeds" / "news.xml.gz")
    articles = read_inputs([str(tmp_path)], include=["*.xml*"])
    assert relative(tmp_path, articles) == ["feeds/news.xml.gz:1", "feeds/news.xml.gz:2"]


def test_a_sidecar_in_a_folder_dates_its_file_and_is_not_read_as_a_document(tmp_path):
    build_mixed_folder(tmp_path)
    (article,) = read_inputs([str(tmp_path)], include=["a.*"])
    assert (article.origin, article.published) == (str(tmp_path / "a.txt"), "2025-01-09")


def test_include_globs_keep_only_matching_relative_paths(tmp_path):
    build_mixed_folder(tmp_path)
    articles = read_inputs([str(tmp_path)], include=["feeds/*", "*.csv"])
    assert relative(tmp_path, articles) == ["c.csv:2", "feeds/news.rss.gz:1",
                                            "feeds/news.rss.gz:2"]


def test_exclude_globs_drop_matching_relative_paths(tmp_path):
    build_mixed_folder(tmp_path)
    articles = read_inputs([str(tmp_path)], exclude=["*.gz", "*.txt", "*.json"])
    assert relative(tmp_path, articles) == ["b.html", "c.csv:2"]


def test_globs_do_not_filter_files_named_directly(tmp_path):
    (tmp_path / "a.txt").write_text("Named directly.", encoding="utf-8")
    (article,) = read_inputs([str(tmp_path / "a.txt")], exclude=["*.txt"])
    assert article.raw_text == "Named directly."
