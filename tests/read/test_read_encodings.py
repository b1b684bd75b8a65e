"""Encoding detection: marks, UTF-8, UTF-16 without a mark, declared charsets, cp1252."""

from __future__ import annotations

import io
import json

import pytest

from eventwire.read import read_inputs
from eventwire.read.encoding import decode
from tests.read.builders import gz

TEXT = "The minister said “we will not retreat” — the café stayed open."


def read_bytes_as(tmp_path, name: str, data: bytes):
    (tmp_path / name).write_bytes(gz(data) if name.endswith(".gz") else data)
    (article,) = read_inputs([str(tmp_path / name)])
    return article


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32", "utf-8-sig"])
def test_a_byte_order_mark_decides_the_encoding(encoding):
    assert decode(TEXT.encode(encoding)) == (TEXT, [])


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("name", ["a.txt", "a.txt.gz"])
def test_utf16_without_a_mark_is_detected_from_its_nul_bytes(tmp_path, encoding, name):
    article = read_bytes_as(tmp_path, name, TEXT.encode(encoding))
    assert article.raw_text == TEXT and article.errors == []
    assert "no byte order mark" in article.meta["warnings"][0]


@pytest.mark.parametrize("name", ["a.txt", "a.txt.gz"])
def test_a_cp1252_file_is_decoded_and_the_guess_reported(tmp_path, name):
    article = read_bytes_as(tmp_path, name, (TEXT + " " + TEXT).encode("cp1252"))
    assert article.raw_text == TEXT + " " + TEXT
    assert "not UTF-8; decoded as cp1252" in article.meta["warnings"][0]


def test_a_short_legacy_text_falls_back_to_cp1252():
    assert decode(b"Caf\xe9 talks.") == ("Café talks.", [
        "not UTF-8 and no encoding detected; decoded as cp1252"])


def test_bytes_undefined_in_the_fallback_are_replaced_and_reported():
    text, warnings = decode(b"Caf\x81 talks.")
    assert text == "Caf\ufffd talks." and "replaced with U+FFFD" in warnings[-1]


def test_a_charset_declared_in_the_page_is_used():
    page = '<meta charset="iso-8859-15"><p>Prix : 5 €</p>'
    assert decode(page.encode("iso-8859-15"))[0] == page


def test_a_cyrillic_legacy_page_is_detected():
    text = "Министр иностранных дел России встретился с коллегой в Москве во вторник."
    assert decode(text.encode("cp1251"))[0] == text


def test_damaged_utf8_keeps_utf8_and_replaces_only_the_bad_bytes():
    text, warnings = decode("Café “talks”".encode() + b"\xff end")
    assert text == "Café “talks”\ufffd end" and "invalid UTF-8" in warnings[0]


# a lone surrogate aborted the batch when the content id was hashed, and PostgreSQL refuses
# NUL in text: both are normalised when read, and reported (issue #23)
@pytest.mark.parametrize("text, clean, warning", [
    ("Police \ud800 met.", "Police \ufffd met.", "lone surrogates in text replaced with U+FFFD (1)"),
    ("Police\x00 met\x00.", "Police met.", "NUL characters removed from text (2)"),
])
def test_lone_surrogates_and_nul_characters_are_normalised_when_read(text, clean, warning):
    line = json.dumps({"text": text, "title": "Talks"})
    (article,) = read_inputs(["-"], stdin=io.StringIO(line + "\n"))
    assert article.errors == [] and article.raw_text == clean
    assert article.meta["warnings"] == [warning]


def test_a_normalised_document_is_named_in_a_warning(caplog):
    line = json.dumps({"text": "Police met.", "title": "Talks \ud83d in\x00 Doha"})
    (article,) = read_inputs(["-"], stdin=io.StringIO(line + "\n"))
    assert article.title == "Talks \ufffd in Doha"
    assert caplog.messages == ["<stdin>:1: lone surrogates in title replaced with U+FFFD (1); "
                               "NUL characters removed from title (1)"]


def test_a_surrogate_pair_is_one_character_not_two_lone_ones():
    line = '{"text": "Talks \\ud83d\\ude00 held."}'
    (article,) = read_inputs(["-"], stdin=io.StringIO(line + "\n"))
    assert article.raw_text == "Talks 😀 held." and "warnings" not in article.meta


def test_a_nul_character_past_the_binary_sample_of_a_text_file_is_removed(tmp_path):
    article = read_bytes_as(tmp_path, "a.txt", b"Police met. " * 1000 + b"\x00Talks ended.")
    assert article.raw_text == "Police met. " * 1000 + "Talks ended."
    assert "NUL characters removed from text (1)" in article.meta["warnings"]


def test_text_given_through_the_api_is_normalised_before_its_id_is_computed():
    from eventwire.read.documents import build_article, content_id

    article = build_article("<text>", {}, "api", text="Police \ud800 met\x00 protesters.")
    assert article.raw_text == "Police \ufffd met protesters."
    assert article.id == content_id("Police \ufffd met protesters.")
