"""Open input files (plain or gzip), enforce size limits, and tell text from binary."""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, cast

from eventwire import settings
from eventwire.errors import InputError
from eventwire.read.encoding import decode, utf16_without_bom

SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".json", ".csv", ".rss", ".atom", ".xml",
            ".warc")
_BINARY_SAMPLE = 8192
_SKIP_CHUNK = 1 << 20
_WIDE_BOMS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")

__all__ = ["SUFFIXES", "decode", "input_kind", "iter_lines", "max_bytes", "open_binary",
           "read_bytes"]


def max_bytes() -> int:
    """The ``max_bytes`` setting: the largest file or document read, in bytes."""
    return int(settings.get("max_bytes"))


def input_kind(path: Path) -> str | None:
    """The format suffix of ``path`` (one of SUFFIXES), ignoring a final ".gz"."""
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
    check_text(data, "file")
    return data


def check_text(data: bytes, what: str) -> None:
    """Raise InputError if ``data`` is empty or binary; ``what`` names it ("file", "record")."""
    if not data.strip(b" \t\r\n\x00"):
        raise InputError(f"{what} is empty")
    sample = data[:_BINARY_SAMPLE]
    if b"\0" in sample and not (sample.startswith(_WIDE_BOMS) or utf16_without_bom(sample)):
        raise InputError(f"{what} looks binary (it holds NUL bytes), not text")


def _read_limited(path: Path, limit: int) -> bytes:
    try:
        with open_binary(path) as handle:
            data: bytes = handle.read(limit + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise InputError(f"cannot read the file: {exc}") from exc
    if len(data) > limit:
        raise InputError(f"decompressed content is larger than max_bytes ({limit}); "
                         "raise EVENTWIRE_MAX_BYTES to read it")
    return data


def open_binary(path: Path) -> BinaryIO:
    """``path`` opened for reading bytes, through gzip when its name ends in ".gz"."""
    if path.name.lower().endswith(".gz"):
        return cast(BinaryIO, gzip.open(path, "rb"))
    return path.open("rb")


def iter_lines(path: Path) -> Iterator[bytes]:
    """The lines of a (possibly gzip) file; raises InputError if it cannot be read.

    A line longer than ``max_bytes`` is yielded cut to ``max_bytes + 1`` bytes (so it reads
    as over the limit) and the rest of it is skipped in chunks: a line with no end (a gzip
    bomb of one byte) never has to fit in memory.
    """
    limit = max_bytes()
    try:
        with open_binary(path) as handle:
            while line := handle.readline(limit + 1):
                if len(line) > limit and not line.endswith(b"\n"):
                    _skip_line(handle)
                yield line
    except (OSError, EOFError, zlib.error) as exc:
        raise InputError(f"cannot read the file: {exc}") from exc


def _skip_line(handle: BinaryIO) -> None:
    while chunk := handle.readline(_SKIP_CHUNK):
        if chunk.endswith(b"\n"):
            return
