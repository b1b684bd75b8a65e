"""A corpus of hostile inputs, written quickly and mostly sparsely: each file is what it
claims in its name, and the expected outcome of ingesting it is in HOSTILE."""

from __future__ import annotations

import gzip
import json
import os
import random
from pathlib import Path

MB = 1024 * 1024
GOOD_TEXT = ("Kenyan police arrested dozens of protesters in Nairobi on Tuesday. "
             "Witnesses said several people were injured.\n")

# file name -> whether it must be refused (True), stored (False: processed, perhaps with a
# warning) or either (None: the deeply nested HTML, refused while extraction gives up on it)
HOSTILE = {
    "empty.txt": True,
    "garbage.txt": True,
    "huge.txt": True,
    "invalid-utf8.txt": False,
    "utf16-no-bom.txt": False,
    "bomb.txt.gz": True,
    "bomb.jsonl.gz": True,
    "deep.html": None,
    "one-line.txt": True,   # 10 MB: more than max_chars
    "broken.jsonl": True,
    "truncated.warc": True,
    "french.txt": True,
    "chinese.txt": True,
    # issue #23: these aborted the batch or were skipped without a word
    "pipe.txt": True,
    "passwd.txt": True,
    "loop.txt": True,
    "dangling.txt": True,
    "nested.json": True,
    "nested.jsonl": True,     # its first line is a good document, stored
    "surrogate.jsonl": False,
    "nul.jsonl": False,
    "non-html.warc": True,    # its HTML page is stored
    # more kinds (issue #23: at least 30)
    "bom-utf8.txt": False,
    "latin1.txt": False,      # not UTF-8: decoded as cp1252, with a warning
    "controls.txt": False,    # CRLF, a bell and terminal colour codes
    "bidi.txt": False,        # bidi overrides and zero-width characters
    "entities.html": False,   # &#0; and &#xD800; in the markup
    "whitespace.txt": True,
    "script-only.html": True,
    "empty-array.json": True,
    "array.json": True,       # its second item is a number; the first and third are stored
    "number.json": True,
    "dup-ids.jsonl": True,    # one id, two texts: the second is a conflict
    "long-id.jsonl": True,    # an id PostgreSQL would refuse, refused alike on SQLite
    "dates.jsonl": True,      # 2024-13-45 is refused; 2999-01-01 is a date
    "zero.txt.gz": True,
    "corrupt.txt.gz": True,
}
# files in the folder that are no document: not read, counted in one warning line
NOT_DOCUMENTS = {"report.pdf": b"%PDF-1.4\n%binary", "image.png": b"\x89PNG\r\n\x1a\n",
                 "README": GOOD_TEXT.encode(), ".hidden.txt": GOOD_TEXT.encode()}
SKIPPED_WARNING = "4 entries not read: no document type (1 .pdf, 1 .png, 1 hidden, 1 no suffix)"
# the documents that must be stored (a file name, or file:N for one document of a file), and
# those that may be
STORED = {"good.txt", "invalid-utf8.txt", "utf16-no-bom.txt", "nested.jsonl:1",
          "surrogate.jsonl:1", "nul.jsonl:1", "non-html.warc:6", "bom-utf8.txt", "latin1.txt",
          "controls.txt", "bidi.txt", "entities.html", "array.json:1", "array.json:3",
          "dup-ids.jsonl:1", "dates.jsonl:2"}
MAY_BE_STORED = {"deep.html"}
# file name -> the reason its error line gives
REASONS = {
    "pipe.txt": "not a regular file but a named pipe (FIFO); it is not read",
    "passwd.txt": "outside the input folder; pass --follow-symlinks to read it",
    "loop.txt": "symbolic link loop",
    "dangling.txt": "dangling symbolic link: its target gone.txt does not exist",
    "nested.json": "JSON nested 200000 levels deep, more than 100",
    "nested.jsonl:2": "JSON nested 200000 levels deep, more than 100",
    "non-html.warc": "skipped records that hold no HTML page: 1 application/pdf, 1 image/png, "
                     "1 HTTP 302, 1 revisit record",
    "long-id.jsonl:1": 'field "id" is 5000 characters, more than 200',
    "empty-array.json": "file holds no documents",
    "whitespace.txt": "file is empty",
    "zero.txt.gz": "file is empty",
    "array.json:2": "an array item must be a JSON object, not int",
    "dup-ids.jsonl:2": "the stored version is kept (ingest with --replace to re-code it with the new "
                       "content)",
    "script-only.html": "no article text found in the HTML",
}
# file name -> the warning line naming it (its text was repaired, it is stored)
REPAIRED = {
    "surrogate.jsonl": "surrogate.jsonl:1: lone surrogates in text replaced with U+FFFD (1)",
    "nul.jsonl": "nul.jsonl:1: NUL characters removed from text (2)",
}
SECRET = "The content of a file outside the input folder.\n"


def write_hostile(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(10)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "garbage.txt").write_bytes(bytes(rng.randrange(256) for _ in range(64 * 1024)))
    with (folder / "huge.txt").open("wb") as handle:   # 200 MB, sparse: a text start, then a hole
        handle.write(GOOD_TEXT.encode())
        handle.truncate(200 * MB)
    (folder / "invalid-utf8.txt").write_bytes(GOOD_TEXT.encode() + b"Bad bytes \xff\xfe\xc3( here.\n"
                                              + GOOD_TEXT.encode())
    (folder / "utf16-no-bom.txt").write_bytes((GOOD_TEXT * 3).replace("Nairobi", "Mombasa")
                                              .encode("utf-16-le"))
    _gzip_bomb(folder / "bomb.txt.gz", b"\0")
    _gzip_bomb(folder / "bomb.jsonl.gz", b"a")
    depth = 100_000
    (folder / "deep.html").write_text("<html><body>" + "<div>" * depth + "<p>" + GOOD_TEXT.replace(
        "Nairobi", "Kisumu") + "</p>" + "</div>" * depth + "</body></html>")
    sentence = "Nigerian troops clashed with rebels near Maiduguri on Monday and officials said "
    (folder / "one-line.txt").write_text((sentence * (10 * MB // len(sentence) + 1))[:10 * MB])
    _broken_jsonl(folder / "broken.jsonl")
    _truncated_warc(folder / "truncated.warc")
    (folder / "french.txt").write_text(
        "La police kényane a arrêté des dizaines de manifestants à Nairobi mardi. Des témoins ont "
        "déclaré que plusieurs personnes avaient été blessées dans les affrontements avec la police.\n")
    chinese = "肯尼亚警方周二在内罗毕逮捕了数十名抗议者。目击者说，有几人受伤。\n"
    (folder / "chinese.txt").write_text(chinese * 3)
    (folder / "good.txt").write_text(GOOD_TEXT)
    _special_entries(folder)
    _deep_json(folder)
    _repairable_jsonl(folder)
    _non_html_warc(folder / "non-html.warc")
    _more_kinds(folder)
    for name, content in NOT_DOCUMENTS.items():
        (folder / name).write_bytes(content)


def _more_kinds(folder: Path) -> None:
    (folder / "bom-utf8.txt").write_bytes(b"\xef\xbb\xbf" + GOOD_TEXT.replace("Nairobi", "Machakos").encode())
    (folder / "latin1.txt").write_bytes(("La polic\u00eda keniana arrest\u00f3 a manifestantes. "
                                         + GOOD_TEXT.replace("Nairobi", "Meru")).encode("latin-1"))
    (folder / "controls.txt").write_text(GOOD_TEXT.replace("Nairobi", "Naivasha").replace("\n", "\r\n")
                                         + "The \x07bell and \x1b[31mred\x1b[0m text.\r\n")
    (folder / "bidi.txt").write_text("\u202eKenyan police\u202c arrested dozens \u200b\u200dof protesters "
                                     "in Malindi on Tuesday. Witnesses said several were injured.\n")
    (folder / "entities.html").write_text(
        "<html><body><p>Police &#0; arrested &#xD800; protesters in Kericho on Tuesday &amp; "
        "Wednesday. Witnesses said many were hurt.</p></body></html>")
    (folder / "whitespace.txt").write_text("   \n\n\t  \n")
    (folder / "script-only.html").write_text("<html><head><script>var x=1;</script></head>"
                                             "<body><script>alert(1)</script></body></html>")
    (folder / "empty-array.json").write_text("[]")
    good = {"text": GOOD_TEXT.replace("Nairobi", "Kitale")}
    (folder / "array.json").write_text(json.dumps([{"id": "arr-1", **good}, 42,
                                                   {"id": "arr-3", "text": GOOD_TEXT + " Later."}]))
    (folder / "number.json").write_text("42")
    (folder / "dup-ids.jsonl").write_text(json.dumps({"id": "same", **good}) + "\n"
                                          + json.dumps({"id": "same", "text": GOOD_TEXT + " Other."}) + "\n")
    (folder / "long-id.jsonl").write_text(json.dumps({"id": "x" * 5000, **good}) + "\n")
    (folder / "dates.jsonl").write_text(
        json.dumps({"id": "bad-month", **good, "published": "2024-13-45"}) + "\n"
        + json.dumps({"id": "far", "text": GOOD_TEXT + " Far.", "published": "2999-01-01"}) + "\n")
    (folder / "zero.txt.gz").write_bytes(b"")
    (folder / "corrupt.txt.gz").write_bytes(b"not gzip at all")


def _special_entries(folder: Path) -> None:
    """A named pipe, a link out of the folder, a link loop and a dangling link."""
    os.mkfifo(folder / "pipe.txt")
    (folder.parent / "secret.txt").write_text(SECRET)
    (folder / "passwd.txt").symlink_to(folder.parent / "secret.txt")
    (folder / "loop.txt").symlink_to("loop.txt")
    (folder / "dangling.txt").symlink_to("gone.txt")


def _deep_json(folder: Path) -> None:
    deep = "[" * 200_000 + "]" * 200_000
    (folder / "nested.json").write_text(deep)
    good = json.dumps({"text": GOOD_TEXT.replace("Nairobi", "Garissa")})
    (folder / "nested.jsonl").write_text(good + "\n" + deep + "\n")


def _repairable_jsonl(folder: Path) -> None:
    surrogate = GOOD_TEXT.replace("Nairobi", "Nakuru \ud800")
    (folder / "surrogate.jsonl").write_text(json.dumps({"text": surrogate}) + "\n")
    nul = GOOD_TEXT.replace("Nairobi", "Thika\x00").replace("Witnesses", "\x00Witnesses")
    (folder / "nul.jsonl").write_text(json.dumps({"text": nul}) + "\n")


def _non_html_warc(path: Path) -> None:
    """A WARC whose records are a request, a PDF, an image, a redirect, a revisit and one page."""
    page = ("<html><head><title>Clash</title></head><body><p>" + GOOD_TEXT.replace("Nairobi", "Nyeri")
            + "</p></body></html>").encode()
    records = [("request", b"GET /a HTTP/1.1\r\nHost: example.org\r\n\r\n"),
               ("response", _http(b"%PDF-1.4 ...", "application/pdf")),
               ("response", _http(b"\x89PNG\r\n\x1a\n", "image/png")),
               ("response", b"HTTP/1.1 302 Found\r\nLocation: /b\r\n\r\n"),
               ("revisit", _http(b"", "text/html")),
               ("response", _http(page, "text/html"))]
    path.write_bytes(b"".join(_warc_record(kind, block) for kind, block in records))


def _http(body: bytes, content_type: str) -> bytes:
    return f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\n\r\n".encode() + body


def _warc_record(kind: str, block: bytes) -> bytes:
    header = (f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: http://example.org/a\r\n"
              f"WARC-Date: 2024-03-05T10:00:00Z\r\nContent-Length: {len(block)}\r\n\r\n")
    return header.encode() + block + b"\r\n\r\n"


def _gzip_bomb(path: Path, byte: bytes, members: int = 256) -> None:
    """A gzip file of ~60 KB that expands to 2.5 GB of one byte, without a newline: the same
    10 MB member repeated (a gzip stream may hold many members)."""
    member = gzip.compress(byte * (10 * MB), compresslevel=9)
    with path.open("wb") as handle:
        for _ in range(members):
            handle.write(member)


def _broken_jsonl(path: Path) -> None:
    lines = [
        '{"id": "cut", "text": "Police arrested',                         # broken JSON
        json.dumps({"id": "no-text", "title": "No text at all"}),         # missing field
        json.dumps({"id": 7, "text": 12, "published": ["2024"]}),          # wrong types
        json.dumps(["a", "list"]),                                          # not an object
        json.dumps({"id": "bad-date", "text": GOOD_TEXT, "published": "yesterday"}),
        "\x00\x01\x02 not json",
    ]
    path.write_text("\n".join(lines) + "\n")


def _truncated_warc(path: Path) -> None:
    body = ("<html><head><title>Clash</title></head><body><p>" + GOOD_TEXT.replace("Nairobi", "Eldoret")
            + "</p></body></html>").encode()
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body
    header = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://example.org/a\r\n"
              f"WARC-Date: 2024-03-05T10:00:00Z\r\nContent-Type: application/http; msgtype=response\r\n"
              f"Content-Length: {len(http)}\r\n\r\n").encode()
    path.write_bytes(header + http[: len(http) // 2])   # the file ends inside the record
