"""Encoding detection: marks, UTF-8, UTF-16 without a mark, declared charsets, cp1252."""

from __future__ import annotations

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
