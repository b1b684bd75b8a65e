"""read_inputs: every input that cannot be read yields an error Article; the batch goes on."""

from __future__ import annotations

import gzip
import io
import json

import pytest

from eventwire.errors import InputError
from eventwire.read import read_inputs


def read_with_good_neighbour(tmp_path, path: str) -> list:
    (tmp_path / "zz-good.txt").write_text("A good document.", encoding="utf-8")
    return list(read_inputs([path, str(tmp_path / "zz-good.txt")]))


@pytest.mark.parametrize("name, data, problem", [
    ("empty.txt", b"", "file is empty"),
    ("blank.txt", b"  \n\n ", "file is empty"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "looks binary"),
    ("bad.txt.gz", b"not gzip at all", "cannot read"),
    ("image.png", b"\x89PNG", "unsupported file type"),
    ("empty.jsonl", b"\n\n", "holds no documents"),
    ("nothing.html", b"<html><body></body></html>", "no article text"),
    ("empty.csv", b"", "file is empty"),
    ("empty.json", b"\n", "file is empty"),
    ("empty.rss", b" ", "file is empty"),
    ("binary.csv", b"text\n\x00\x01\x02\x00\x00", "looks binary"),
    ("binary.warc", b"\x00\x01\x02\x03", "does not start with a WARC version line"),
    ("empty.warc", b"", "file is empty"),
])
def test_an_unreadable_file_yields_an_error_article_and_the_batch_continues(
        tmp_path, name, data, problem):
    (tmp_path / name).write_bytes(data)
    bad, good = read_with_good_neighbour(tmp_path, str(tmp_path / name))
    assert len(bad.errors) == 1 and problem in bad.errors[0]
    assert bad.errors[0].startswith(str(tmp_path / name))
    assert good.errors == [] and good.raw_text == "A good document."


def test_a_missing_path_yields_an_error_article_named_after_it(tmp_path):
    missing = str(tmp_path / "missing.txt")
    bad, good = read_with_good_neighbour(tmp_path, missing)
    assert (bad.id, bad.origin) == (missing, missing)
    assert bad.errors == [f"{missing}: no such file or folder"]
    assert good.errors == []


def test_a_file_larger_than_max_bytes_is_refused(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTWIRE_MAX_BYTES", "20")
    (tmp_path / "big.txt").write_text("x" * 21, encoding="utf-8")
    bad, good = read_with_good_neighbour(tmp_path, str(tmp_path / "big.txt"))
    assert "larger than max_bytes (20)" in bad.errors[0]
    assert good.errors == []


def test_a_gzip_that_inflates_beyond_max_bytes_is_refused(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTWIRE_MAX_BYTES", "100")
    (tmp_path / "bomb.txt.gz").write_bytes(gzip.compress(b"a" * 1000))
    (article,) = read_inputs([str(tmp_path / "bomb.txt.gz")])
    assert "larger than max_bytes" in article.errors[0]


@pytest.mark.parametrize("line, problem", [
    ("{not json", "not valid JSON"),
    ("[1, 2]", "must be a JSON object, not list"),
    ('"text"', "must be a JSON object, not str"),
    ('{"text": 5}', 'field "text" must be a string or null, not int'),
    ('{"id": 7, "text": "x"}', 'field "id" must be a string or null, not int'),
    ('{"text": "x", "published": "yesterday"}', 'field "published" must be a date'),
    ('{"title": "only a title"}', 'neither "text" nor "html"'),
    ('{"text": "", "html": null}', 'neither "text" nor "html"'),
])
def test_a_malformed_jsonl_line_yields_an_error_article_and_the_rest_is_read(line, problem):
    stdin = io.StringIO(line + "\n" + json.dumps({"id": "ok", "text": "Fine."}) + "\n")
    bad, good = read_inputs(["-"], stdin=stdin)
    assert bad.id == "<stdin>:1"
    assert bad.errors[0].startswith("<stdin>:1: ") and problem in bad.errors[0]
    assert (good.id, good.errors) == ("ok", [])


def test_a_jsonl_file_reports_the_line_number_of_a_bad_line(tmp_path):
    (tmp_path / "d.jsonl").write_text('{"text": "a"}\n\nnope\n', encoding="utf-8")
    _, bad = read_inputs([str(tmp_path / "d.jsonl")])
    assert bad.errors[0].startswith(f"{tmp_path / 'd.jsonl'}:3: not valid JSON")


@pytest.mark.parametrize("sidecar, problem", [
    ("{broken", "cannot be read as JSON"),
    ('{"published": "soon"}', 'field "published" must be a date'),
    ("[" * 200_000 + "]" * 200_000, "nested 200000 levels deep"),
])
def test_a_broken_sidecar_is_reported_not_ignored(tmp_path, sidecar, problem):
    (tmp_path / "a.txt").write_text("Text.", encoding="utf-8")
    (tmp_path / "a.json").write_text(sidecar, encoding="utf-8")
    (article,) = read_inputs([str(tmp_path / "a.txt")])
    assert problem in article.errors[0]


def test_a_published_argument_that_is_no_date_is_an_input_error():
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        list(read_inputs(["-"], published="Jan 9", stdin=io.StringIO("")))


@pytest.mark.parametrize("name", ["big.csv", "big.json", "big.rss"])
def test_a_table_or_feed_larger_than_max_bytes_is_refused_before_it_is_read(
        tmp_path, monkeypatch, name):
    monkeypatch.setenv("EVENTWIRE_MAX_BYTES", "50")
    (tmp_path / name).write_text("x" * 51, encoding="utf-8")
    (article,) = read_inputs([str(tmp_path / name)])
    assert article.errors == [f"{tmp_path / name}: file is 51 bytes, larger than max_bytes "
                              "(50); raise EVENTWIRE_MAX_BYTES to read it"]


@pytest.mark.parametrize("name", ["bomb.csv.gz", "bomb.warc.gz"])
def test_a_gzip_that_inflates_beyond_max_bytes_is_refused_while_streaming(
        tmp_path, monkeypatch, name):
    monkeypatch.setenv("EVENTWIRE_MAX_BYTES", "1000")
    header = b"text\n" if name.endswith("csv.gz") else (
        b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 100000\r\n\r\n")
    (tmp_path / name).write_bytes(gzip.compress(header + b"a" * 100000))
    (article,) = read_inputs([str(tmp_path / name)])
    assert "larger than max_bytes (1000)" in article.errors[0]


# JSON nested this deep exhausted the decoder's recursion and aborted the batch (issue #23)
DEEP = "[" * 200_000 + "]" * 200_000


@pytest.mark.parametrize("name, content, origin", [
    ("deep.json", DEEP, "deep.json"),
    ("deep.jsonl", json.dumps({"text": "Fine."}) + "\n" + DEEP + "\n", "deep.jsonl:2"),
])
def test_json_nested_too_deep_is_refused_with_its_name_and_the_batch_goes_on(
        tmp_path, name, content, origin):
    (tmp_path / name).write_text(content, encoding="utf-8")
    *_, bad, good = read_with_good_neighbour(tmp_path, str(tmp_path / name))
    assert bad.errors == [f"{tmp_path / origin}: JSON nested 200000 levels deep, more than 100"]
    assert good.errors == [] and good.raw_text == "A good document."


def test_a_deep_jsonl_line_on_stdin_fails_alone():
    stdin = io.StringIO(DEEP + "\n" + json.dumps({"id": "ok", "text": "Fine."}) + "\n")
    bad, good = read_inputs(["-"], stdin=stdin)
    assert bad.errors == ["<stdin>:1: JSON nested 200000 levels deep, more than 100"]
    assert (good.id, good.errors) == ("ok", [])


@pytest.mark.parametrize("depth, refused", [(100, False), (101, True)])
def test_the_nesting_limit_is_100_levels(depth, refused):
    line = json.dumps({"text": "Fine.", "extra": json.loads("[" * (depth - 1) + "]" * (depth - 1))})
    (article,) = read_inputs(["-"], stdin=io.StringIO(line + "\n"))
    assert bool(article.errors) is refused


def test_brackets_inside_strings_do_not_count_as_nesting():
    line = json.dumps({"text": "[" * 500 + "{" * 500 + " \\\" ["})
    (article,) = read_inputs(["-"], stdin=io.StringIO(line + "\n"))
    assert article.errors == []
