"""Open input files (plain or gzip), enforce size limits, and decode their bytes to text."""

from __future__ import annotations

import codecs
import gzip
import zlib
from collections.abc import Iterator
from pathlib import Path

from eventwire import settings
from eventwire.errors import InputError

SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
_BINARY_SAMPLE = 8192
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def max_bytes() -> int:
    """The ``max_bytes`` setting: the largest file or document read, in bytes."""
    return int(settings.get("max_bytes"))


def input_kind(path: Path) -> str | None:
    """The format suffix of ``path`` (".txt", ".html", ".htm", ".jsonl"), ignoring ".gz"."""
    name = path.name.lower().removesuffix(".gz")
    return next((suffix for suffix in SUFFIXES if name.endswith(suffix)), None)


def read_bytes(path: Path) -> bytes:
    """The content of ``path``, decompressed if gzip; raises InputError saying what is wrong."""
    limit = max_bytes()
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror or exc}") from exc
    if size > limit:
        raise InputError(f"file is {size} bytes, larger than max_bytes ({limit}); "
                         "raise EVENTWIRE_MAX_BYTES to read it")
    data = _read_limited(path, limit)
    if not data.strip():
        raise InputError("file is empty")
    if b"\0" in data[:_BINARY_SAMPLE] and not data.startswith(_UTF16_BOMS):
        raise InputError("file looks binary (it holds NUL bytes), not text")
    return data


def _read_limited(path: Path, limit: int) -> bytes:
    try:
        with _open(path) as handle:
            data = handle.read(limit + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise InputError(f"cannot read the file: {exc}") from exc
    if len(data) > limit:
        raise InputError(f"decompressed content is larger than max_bytes ({limit}); "
                         "raise EVENTWIRE_MAX_BYTES to read it")
    return data


def _open(path: Path):  # noqa: ANN202 - a binary file object, plain or gzip
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rb")
    return path.open("rb")


def decode(data: bytes) -> tuple[str, list[str]]:
    """Text of ``data`` (UTF-8, BOM dropped; UTF-16 if it has a BOM) and any warnings.

    Invalid UTF-8 bytes become U+FFFD and add a warning rather than failing the document.
    """
    if data.startswith(_UTF16_BOMS):
        return data.decode("utf-16", errors="replace"), []
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        warning = f"invalid UTF-8 at byte {exc.start}; undecodable bytes replaced with U+FFFD"
        return data.decode("utf-8-sig", errors="replace"), [warning]


def iter_lines(path: Path) -> Iterator[bytes]:
    """The lines of a (possibly gzip) file; raises InputError if it cannot be read."""
    try:
        with _open(path) as handle:
            yield from handle
    except (OSError, EOFError, zlib.error) as exc:
        raise InputError(f"cannot read the file: {exc}") from exc
