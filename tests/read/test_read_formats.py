"""read_inputs: each input format becomes Articles, in input order, with stable ids."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from eventwire.read import read_inputs

TEXT = "Ministers met in Doha on Tuesday.\n\nThey agreed to meet again.\n"
HTML = """<html><head><title>Talks held in Doha | Daily Wire</title>
<meta property="og:title" content="Talks held in Doha">
<meta property="og:site_name" content="Daily Wire">
<meta name="author" content="Jane Smith">
<meta property="article:published_time" content="2021-09-01T10:00:00Z">
<link rel="canonical" href="https://example.org/news/doha-talks"></head>
<body><nav>Home | World | Sport</nav><article><h1>Talks held in Doha</h1>
<p>India's ambassador to Qatar met the head of the Taliban's political office on Tuesday,
the foreign ministry said in a statement released in New Delhi.</p>
<p>The two sides discussed the safety of Indians left behind in Afghanistan and the early
return of stranded nationals, officials said.</p></article>
<footer>Copyright 2021 Daily Wire.</footer></body></html>"""


def write(path: Path, content: str, compress: bool = False) -> str:
    data = content.encode("utf-8")
    path.write_bytes(gzip.compress(data) if compress else data)
    return str(path)


def read_one(*paths: str, **options) -> object:
    (article,) = list(read_inputs(list(paths), **options))
    return article


@pytest.mark.parametrize("name, compress", [("a.txt", False), ("a.txt.gz", True)])
def test_a_text_file_is_read_exactly(tmp_path, name, compress):
    article = read_one(write(tmp_path / name, TEXT, compress))
    assert article.raw_text == TEXT
    assert article.errors == []
    assert article.origin == str(tmp_path / name)


@pytest.mark.parametrize("data, expected", [
    (b"\xef\xbb\xbfHello world.", "Hello world."),
    ("Hello world.".encode("utf-16"), "Hello world."),
])
def test_a_byte_order_mark_is_dropped(tmp_path, data, expected):
    (tmp_path / "a.txt").write_bytes(data)
    assert read_one(str(tmp_path / "a.txt")).raw_text == expected


def test_invalid_utf8_is_replaced_and_reported_as_a_warning(tmp_path):
    (tmp_path / "a.txt").write_bytes("Café talks.".encode() + b"\xff")
    article = read_one(str(tmp_path / "a.txt"))
    assert article.raw_text == "Café talks.\ufffd"
    assert article.errors == []
    assert "invalid UTF-8" in article.meta["warnings"][0]


@pytest.mark.parametrize("name, compress", [("p.html", False), ("p.htm", False),
                                            ("p.html.gz", True)])
def test_an_html_file_gives_body_and_metadata(tmp_path, name, compress):
    article = read_one(write(tmp_path / name, HTML, compress))
    assert "met the head of the Taliban" in article.raw_text
    assert "Home | World" not in article.raw_text
    assert article.html == HTML
    assert (article.title, article.published) == ("Talks held in Doha", "2021-09-01")
    assert (article.source, article.url) == ("Daily Wire", "https://example.org/news/doha-talks")
    assert article.meta["author"] == "Jane Smith"
    assert article.meta["provenance"]["published"] == "html"


def test_html_paragraphs_are_separated_by_newlines(tmp_path):
    article = read_one(write(tmp_path / "p.html", HTML))
    assert "New Delhi.\nThe two sides" in article.raw_text.replace("\n\n", "\n")


def test_a_sidecar_wins_over_what_the_html_suggests(tmp_path):
    sidecar = {"title": "Doha talks", "published": "2021-08-31", "source": "Wire", "id": "doc-7"}
    write(tmp_path / "p.json", json.dumps(sidecar))
    article = read_one(write(tmp_path / "p.html", HTML))
    assert (article.id, article.title, article.published, article.source) == (
        "doc-7", "Doha talks", "2021-08-31", "Wire")
    assert article.meta["provenance"]["title"] == "sidecar"


def test_a_sidecar_of_a_gzipped_file_has_the_plain_stem(tmp_path):
    write(tmp_path / "012-x.json", json.dumps({"published": "2025-01-09"}))
    assert read_one(write(tmp_path / "012-x.txt.gz", TEXT, True)).published == "2025-01-09"


def test_jsonl_lines_become_articles_in_order(tmp_path):
    lines = [{"id": "one", "text": "First text.", "published": "2025-01-09", "title": "T",
              "source": "S", "url": "https://e.org/1"},
             {"id": "two", "text": None, "html": HTML}]
    path = write(tmp_path / "docs.jsonl", "\n".join(json.dumps(d) for d in lines) + "\n\n")
    first, second = read_inputs([path])
    assert (first.id, first.raw_text, first.published, first.title) == (
        "one", "First text.", "2025-01-09", "T")
    assert (first.source, first.url, first.origin) == ("S", "https://e.org/1", f"{path}:1")
    assert second.id == "two" and "Taliban" in second.raw_text


@pytest.mark.parametrize("paths", [[], ["-"]])
def test_jsonl_is_read_from_stdin_without_paths_or_with_a_dash(paths):
    stdin = io.StringIO('{"id": "s1", "text": "From stdin."}\n')
    article = read_one(*paths, stdin=stdin)
    assert (article.id, article.raw_text, article.origin) == ("s1", "From stdin.", "<stdin>:1")


def test_a_folder_is_read_recursively_in_sorted_order_skipping_other_files(tmp_path):
    write(tmp_path / "b.txt", "Bee text.")
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub" / "c.txt", "Sea text.")
    write(tmp_path / "a.html", HTML)
    write(tmp_path / "notes.md", "ignored")
    write(tmp_path / "b.json", "{}")
    origins = [a.origin for a in read_inputs([str(tmp_path)])]
    assert origins == [str(tmp_path / n) for n in ("a.html", "b.txt", "sub/c.txt")]


def test_content_hash_ids_are_stable_across_reads_and_formats(tmp_path):
    text_file = read_one(write(tmp_path / "a.txt", TEXT))
    again = read_one(write(tmp_path / "a.txt.gz", TEXT, True))
    as_jsonl = read_one(stdin=io.StringIO(json.dumps({"text": TEXT})))
    assert len(text_file.id) == 16
    assert text_file.id == again.id == as_jsonl.id


def test_different_content_gets_a_different_id(tmp_path):
    first = read_one(write(tmp_path / "a.txt", "One text."))
    second = read_one(write(tmp_path / "b.txt", "Another text."))
    assert first.id != second.id


def test_the_published_argument_fills_only_documents_without_a_date(tmp_path):
    stdin = io.StringIO('{"text": "Dated.", "published": "2020-05-05"}\n{"text": "Undated."}\n')
    dated, undated = read_inputs(["-"], published="2025-01-09", stdin=stdin)
    assert (dated.published, undated.published) == ("2020-05-05", "2025-01-09")
    assert undated.meta["provenance"]["published"] == "argument"
