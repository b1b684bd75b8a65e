"""A .json array of documents and a .csv table with a text column: one Article per entry."""

from __future__ import annotations

import json

import pytest

from eventwire.read import read_inputs
from tests.read.builders import gz


def read_file(tmp_path, name: str, content: str) -> list:
    data = content.encode("utf-8")
    (tmp_path / name).write_bytes(gz(data) if name.endswith(".gz") else data)
    return list(read_inputs([str(tmp_path / name)]))


@pytest.mark.parametrize("name", ["docs.json", "docs.json.gz"])
def test_a_json_array_gives_one_article_per_document(tmp_path, name):
    docs = [{"id": "j1", "text": "First text.", "published": "2025-01-02", "title": "T"},
            {"text": "Second text.", "url": "https://example.org/2"}]
    first, second = read_file(tmp_path, name, json.dumps(docs))
    assert (first.id, first.raw_text, first.published, first.title) == (
        "j1", "First text.", "2025-01-02", "T")
    assert (second.raw_text, second.url) == ("Second text.", "https://example.org/2")
    assert second.origin == f"{tmp_path / name}:2"


def test_a_json_object_with_text_is_one_document(tmp_path):
    (article,) = read_file(tmp_path, "one.json", '{"text": "Only one."}')
    assert article.raw_text == "Only one." and article.errors == []


@pytest.mark.parametrize("content, problem", [
    ('{"title": "no text"}', "must hold an array of documents"),
    ("[1, 2", "not valid JSON"),
    ("[]", "file holds no documents"),
])
def test_a_json_file_that_holds_no_documents_says_why(tmp_path, content, problem):
    (article,) = read_file(tmp_path, "bad.json", content)
    assert problem in article.errors[0]


def test_a_bad_item_of_a_json_array_fails_alone(tmp_path):
    bad, good = read_file(tmp_path, "docs.json", '[5, {"text": "Fine."}]')
    assert bad.errors == [f"{tmp_path / 'docs.json'}:1: an array item must be a JSON object, "
                          "not int"]
    assert good.errors == []


@pytest.mark.parametrize("column", ["text", "Body", "content", "ARTICLE"])
def test_a_csv_text_column_is_found_by_its_name(tmp_path, column):
    (article,) = read_file(tmp_path, "d.csv", f"id,{column}\nc1,Ministers met.\n")
    assert (article.id, article.raw_text) == ("c1", "Ministers met.")


@pytest.mark.parametrize("name", ["d.csv", "d.csv.gz"])
def test_csv_metadata_columns_are_used(tmp_path, name):
    content = ("id,title,url,date,source,body\n"
               'c1,Talks,https://e.org/1,2025-01-03,Wire,"Ministers met, and agreed.\nMore."\n')
    (article,) = read_file(tmp_path, name, content)
    assert (article.id, article.title, article.url, article.published, article.source) == (
        "c1", "Talks", "https://e.org/1", "2025-01-03", "Wire")
    assert article.raw_text == "Ministers met, and agreed.\nMore."
    assert article.meta["published_confidence"] == "given"


def test_a_semicolon_separated_csv_is_read(tmp_path):
    (article,) = read_file(tmp_path, "d.csv", "title;text\nT;Ministers met.\n")
    assert (article.title, article.raw_text) == ("T", "Ministers met.")


def test_a_csv_field_larger_than_the_csv_module_default_is_read(tmp_path):
    text = "Ministers met. " * 20000
    (article,) = read_file(tmp_path, "d.csv", f'text\n"{text}"\n')
    assert article.raw_text == text


def test_a_csv_without_a_text_column_is_rejected_naming_its_columns(tmp_path):
    (article,) = read_file(tmp_path, "d.csv", "id,headline\n1,Talks\n")
    assert article.errors == [f"{tmp_path / 'd.csv'}: no text column: expected one of text, "
                              "body, content, article, article_text, html; the header has "
                              "id, headline"]


def test_a_bad_csv_row_fails_alone_with_its_row_number(tmp_path):
    bad, good = read_file(tmp_path, "d.csv", "text,date\nFirst.,someday\nSecond.,2025-01-01\n")
    assert bad.errors[0].startswith(f"{tmp_path / 'd.csv'}:2: field \"published\" must be a date")
    assert (good.raw_text, good.errors) == ("Second.", [])


def test_blank_csv_rows_are_skipped(tmp_path):
    articles = read_file(tmp_path, "d.csv", "text\nFirst.\n\n,\nSecond.\n")
    assert [a.raw_text for a in articles] == ["First.", "Second."]
