"""WARC files (``.warc``, ``.warc.gz``; WARC/1.0 and 1.1), as web crawls deliver pages.

Each ``response`` record holding an HTTP response with an HTML body becomes one Article:
``WARC-Target-URI`` is its url and ``WARC-Date`` (the crawl date) its publication date when
the page states none. Requests, metadata and warcinfo records hold no document and are
passed over; the other records that hold no page (PDF, images, redirects, revisits ...) are
skipped and counted by kind, in one error Article per file after its pages.
The file is streamed one record at a time; the ``max_bytes`` limit applies to each record.
A damaged, oversized or truncated record yields one error Article named ``path:N`` (N its
record number); a truncated record ends the reading of the file.
"""

from __future__ import annotations

import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from eventwire.errors import InputError
from eventwire.read.documents import build_article, iso_date, rejected, set_confidence
from eventwire.read.files import check_text, decode, max_bytes, open_binary
from eventwire.records import Article

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_NO_DOCUMENT = ("warcinfo", "request", "metadata")   # records that never hold a page
_SKIP_CHUNK = 1 << 20


@dataclass
class Record:
    """One WARC record: its number in the file, its headers (lower-case names), its block."""

    number: int
    headers: dict[str, str]
    block: bytes
    error: str | None = None    # why the record cannot be read
    truncated: bool = False     # the file ends inside this record


@dataclass
class Response:
    """The HTTP response inside a response record."""

    status: int
    headers: dict[str, str]
    body: bytes


def read_warc_file(path: Path) -> Iterator[Article]:
    """One Article per HTML response record of the WARC file at ``path``, in file order."""
    if path.stat().st_size == 0:
        yield rejected(str(path), "file is empty")
        return
    documents = 0
    for article in _warc_articles(path):
        documents += 1
        yield article
    if documents == 0:
        yield rejected(str(path), "WARC file holds no HTML response records")


def _warc_articles(path: Path) -> Iterator[Article]:
    skipped: Counter[str] = Counter()
    try:
        with open_binary(path) as handle:
            for record in iter_records(handle):
                article = record_article(record, f"{path}:{record.number}", skipped)
                if article is not None:
                    yield article
    except InputError as exc:
        yield rejected(str(path), str(exc))
    except (OSError, EOFError, zlib.error) as exc:
        yield rejected(str(path), f"cannot read the file: {exc}")
    if skipped:
        yield rejected(str(path), skipped_records(skipped))


def skipped_records(skipped: Counter[str]) -> str:
    """The one line saying which records of a file were skipped, counted by kind."""
    counts = ", ".join(f"{count} {kind}" for kind, count in skipped.most_common())
    return f"skipped records that hold no HTML page: {counts}"


def iter_records(handle: BinaryIO) -> Iterator[Record]:
    """The records of a WARC stream, ending after a truncated one; a record larger than
    ``max_bytes`` is skipped unread and carries its ``error``. Raises InputError where the
    stream stops being WARC."""
    number = 0
    while True:
        version = _next_nonblank(handle)
        if not version:
            return
        number += 1
        if not version.startswith(b"WARC/"):
            raise InputError(f"record {number} does not start with a WARC version line "
                             f"(found {version[:40]!r})")
        record = _record(handle, number)
        yield record
        if record.truncated:
            return


def _next_nonblank(handle: BinaryIO) -> bytes:
    while True:
        line = handle.readline(1024)
        if not line or line.strip():
            return line.strip()


def _record(handle: BinaryIO, number: int) -> Record:
    headers = read_headers(handle)
    length = _content_length(headers, number)
    if length > max_bytes():
        _skip(handle, length)
        return Record(number, headers, b"", f"record is {length} bytes, larger than max_bytes "
                      f"({max_bytes()}); raise EVENTWIRE_MAX_BYTES to read it")
    block = handle.read(length)
    if len(block) < length:
        return Record(number, headers, b"", f"record is truncated: Content-Length {length}, "
                      f"only {len(block)} bytes left in the file", truncated=True)
    return Record(number, headers, block)


def read_headers(handle: BinaryIO) -> dict[str, str]:
    """Header lines up to a blank line, as lower-case name -> value (continuations joined)."""
    headers: dict[str, str] = {}
    name = ""
    while line := handle.readline(65536):
        if not line.strip():
            break
        text = line.decode("latin-1").rstrip("\r\n")
        if text[:1] in " \t" and name:
            headers[name] += " " + text.strip()
        elif ":" in text:
            name, value = text.split(":", 1)
            name = name.strip().lower()
            headers[name] = value.strip()
    return headers


def _content_length(headers: dict[str, str], number: int) -> int:
    try:
        length = int(headers["content-length"])
    except (KeyError, ValueError):
        raise InputError(f"record {number} has no valid Content-Length header") from None
    if length < 0:
        raise InputError(f"record {number} has a negative Content-Length")
    return length


def _skip(handle: BinaryIO, length: int) -> None:
    while length > 0:
        chunk = handle.read(min(length, _SKIP_CHUNK))
        if not chunk:
            return
        length -= len(chunk)


def record_article(record: Record, where: str, skipped: Counter[str]) -> Article | None:
    """The Article of an HTML response record, an error Article for a damaged one, or None
    for a record that holds no page: requests, metadata and warcinfo records are passed
    over, the others (PDF, image, redirect, revisit ...) counted in ``skipped`` by kind."""
    if record.error:
        return rejected(where, record.error)
    kind = record.headers.get("warc-type", "").lower()
    if kind != "response":
        if kind not in _NO_DOCUMENT:
            skipped[f"{kind or 'untyped'} record"] += 1
        return None
    return _response_article(record, where, skipped)


def _response_article(record: Record, where: str, skipped: Counter[str]) -> Article | None:
    try:
        response = parse_http(record.block)
        other = _not_a_page(response)
        if other:
            skipped[other] += 1
            return None
        text, warnings = decode(http_body(response), _charset(response.headers))
    except InputError as exc:
        return rejected(where, str(exc))
    return _article(record, where, text, warnings)


def _article(record: Record, where: str, text: str, warnings: list[str]) -> Article:
    article = build_article(where, {"url": record.headers.get("warc-target-uri")}, "warc",
                            html=text)
    crawled = iso_date(record.headers.get("warc-date", ""))
    if crawled and not article.published and not article.errors:
        article.published = crawled
        article.meta["provenance"]["published"] = "warc"
        set_confidence(article)
    if warnings:
        article.meta.setdefault("warnings", []).extend(warnings)
    return article


def parse_http(block: bytes) -> Response:
    """The status, headers and raw body of an HTTP response; raises InputError if it is none."""
    head, separator, body = block.partition(b"\r\n\r\n")
    if not separator:
        head, separator, body = block.partition(b"\n\n")
    lines = head.decode("latin-1").splitlines()
    parts = lines[0].split() if lines else []
    if not separator or len(parts) < 2 or not parts[0].startswith("HTTP/") \
            or not parts[1].isdigit():
        raise InputError("response record does not hold an HTTP response")
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return Response(int(parts[1]), headers, body)


def _not_a_page(response: Response) -> str | None:
    """What a response that is no HTML page holds ("HTTP 301", "application/pdf"), or None."""
    kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if not 200 <= response.status < 300:
        return f"HTTP {response.status}"
    return None if kind in _HTML_TYPES else kind or "no content type"


def _charset(headers: dict[str, str]) -> str | None:
    for part in headers.get("content-type", "").split(";")[1:]:
        name, _, value = part.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def http_body(response: Response) -> bytes:
    """The body with chunked transfer-encoding and gzip/deflate content-encoding undone;
    raises InputError for a broken or unsupported encoding or an empty or binary body."""
    body = response.body
    if "chunked" in response.headers.get("transfer-encoding", "").lower():
        body = dechunk(body)
    encoding = response.headers.get("content-encoding", "identity").strip().lower()
    if encoding in ("gzip", "x-gzip", "deflate"):
        body = inflate(body, encoding)
    elif encoding not in ("", "identity"):
        raise InputError(f"content-encoding {encoding!r} is not supported")
    check_text(body, "HTML response body")
    return body


def dechunk(body: bytes) -> bytes:
    """The data of an HTTP/1.1 chunked body; raises InputError if it is cut short."""
    pieces: list[bytes] = []
    position = 0
    while True:
        line_end = body.find(b"\r\n", position)
        if line_end < 0:
            raise InputError("chunked body is truncated (no chunk size line)")
        size = _chunk_size(body[position:line_end])
        if size == 0:
            return b"".join(pieces)
        start = line_end + 2
        if start + size > len(body):
            raise InputError("chunked body is truncated (a chunk is cut short)")
        pieces.append(body[start:start + size])
        position = start + size + 2


def _chunk_size(line: bytes) -> int:
    try:
        return int(line.split(b";")[0].strip(), 16)
    except ValueError:
        raise InputError(f"chunked body has a bad chunk size line {line[:20]!r}") from None


def inflate(body: bytes, encoding: str) -> bytes:
    """``body`` decompressed (gzip, zlib or raw deflate), at most ``max_bytes`` long."""
    limit = max_bytes()
    wbits = (31,) if encoding != "deflate" else (15, -15)
    for bits in wbits:
        try:
            data = zlib.decompressobj(bits).decompress(body, limit + 1)
        except zlib.error as exc:
            error = exc
            continue
        if len(data) > limit:
            raise InputError(f"decompressed body is larger than max_bytes ({limit})")
        return data
    raise InputError(f"{encoding} body cannot be decompressed: {error}")
