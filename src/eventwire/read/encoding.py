"""Decode input bytes to text: byte order marks, UTF-16 without a mark, UTF-8, a declared
charset, charset_normalizer's guess, and cp1252 as the stated last resort.

Decoding never fails: bytes that are invalid in the chosen encoding become U+FFFD, and
every guess or replacement is reported as a warning for ``meta["warnings"]``. Text that came
in already decoded (JSON escapes, the API) is made storable by :func:`storable_text`.
"""

from __future__ import annotations

import codecs
import re

FALLBACK = "cp1252"   # the commonest legacy encoding of English news pages
_BOMS = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_DECLARED = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""",
                       re.IGNORECASE)
_SAMPLE = 4096
_NO_LANGUAGE = 0.1  # below this coherence the detector recognised no language at all
_TIE = 0.01        # charset_normalizer scores this close count as equal
_NUL_SHARE = 0.3   # text in UTF-16 has a NUL in nearly every other byte
_SURROGATE = re.compile("[\ud800-\udfff]")


def decode(data: bytes, hint: str | None = None) -> tuple[str, list[str]]:
    """The text of ``data`` and warnings about guesses and replaced bytes.

    ``hint`` is an encoding named outside the bytes (an HTTP Content-Type charset); it is
    tried after byte order marks and UTF-8.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decoded(data[len(bom):], encoding, None)
    wide = utf16_without_bom(data)
    if wide:
        return _decoded(data, wide, f"no byte order mark; decoded as {wide} (NUL byte pattern)")
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        return _not_utf8(data, exc, hint)


def utf16_without_bom(data: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" when NUL bytes fill the odd or even positions, else None."""
    sample = data[:_SAMPLE]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    if sample[1::2].count(0) / pairs > _NUL_SHARE and not sample[0::2].count(0):
        return "utf-16-le"
    if sample[0::2].count(0) / pairs > _NUL_SHARE and not sample[1::2].count(0):
        return "utf-16-be"
    return None


def _not_utf8(data: bytes, error: UnicodeDecodeError,
              hint: str | None) -> tuple[str, list[str]]:
    if _mostly_utf8(data):
        replaced = f"invalid UTF-8 at byte {error.start}; undecodable bytes replaced with U+FFFD"
        return data.decode("utf-8", errors="replace"), [replaced]
    for encoding, how in ((hint, "as declared"), (declared(data), "as declared in the file")):
        if encoding and _strict_ok(data, encoding):
            return data.decode(encoding), [f"not UTF-8; decoded as {encoding} ({how})"]
    guess = _detected(data)
    if guess:
        return _decoded(data, guess, f"not UTF-8; decoded as {guess} (detected)")
    return _decoded(data, FALLBACK, f"not UTF-8 and no encoding detected; decoded as {FALLBACK}")


def _mostly_utf8(data: bytes) -> bool:
    """Whether ``data`` holds valid multi-byte UTF-8 beside its bad bytes (a damaged UTF-8
    file, better kept as UTF-8 with a few replacements than re-read as another encoding)."""
    text = data.decode("utf-8", errors="replace")
    wide = sum(1 for char in text if ord(char) > 0x7F and char != "\ufffd")
    return wide > 0 and wide >= text.count("\ufffd")


def declared(data: bytes) -> str | None:
    """The encoding an HTML ``<meta charset>`` or XML declaration names near the start."""
    match = _DECLARED.search(data[:_SAMPLE])
    if not match:
        return None
    name = match.group(1).decode("ascii")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _strict_ok(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def _detected(data: bytes) -> str | None:
    """charset_normalizer's best guess, but FALLBACK when it fits as well (on short or
    ambiguous text the detector ties many single-byte code pages and picks any)."""
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches or matches[0].coherence < _NO_LANGUAGE:
        return None
    best = matches[0]
    if _same_as_fallback(data, str(best.encoding)):
        return FALLBACK
    fallback = next((m for m in matches if m.encoding == FALLBACK), None)
    if fallback and fallback.chaos <= best.chaos + _TIE and \
            fallback.coherence >= best.coherence - _TIE:
        return FALLBACK
    return str(best.encoding)


def _same_as_fallback(data: bytes, encoding: str) -> bool:
    """Whether ``data`` reads the same in ``encoding`` as in FALLBACK (cp1250 and cp1252
    agree on most English text; the common name is the better report)."""
    try:
        return data.decode(FALLBACK) == data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return False


def _decoded(data: bytes, encoding: str, note: str | None) -> tuple[str, list[str]]:
    warnings = [note] if note else []
    try:
        return data.decode(encoding), warnings
    except UnicodeDecodeError as exc:
        warnings.append(f"invalid {encoding} at byte {exc.start}; undecodable bytes "
                        "replaced with U+FFFD")
        return data.decode(encoding, errors="replace"), warnings


def storable_text(text: str, what: str) -> tuple[str, list[str]]:
    """``text`` with lone surrogates replaced by U+FFFD and NUL characters removed, and a
    warning naming ``what`` ("text", "title") for each kind of change.

    UTF-8 cannot encode a lone surrogate (hashing and storing fail) and PostgreSQL refuses
    NUL in text, so SQLite and PostgreSQL store the same thing.
    """
    warnings = []
    text, surrogates = _SURROGATE.subn("\ufffd", text)
    if surrogates:
        warnings.append(f"lone surrogates in {what} replaced with U+FFFD ({surrogates})")
    nuls = text.count("\0")
    if nuls:
        text = text.replace("\0", "")
        warnings.append(f"NUL characters removed from {what} ({nuls})")
    return text, warnings


def printable_name(name: str) -> str:
    """``name`` (a path) with bytes that are not UTF-8 shown as ``\\xNN``: the OS hands them
    to Python as lone surrogates, which can be neither printed as UTF-8 nor stored."""
    if not _SURROGATE.search(name):
        return name
    try:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:   # a surrogate that stands for no byte
        return _SURROGATE.sub("\ufffd", name)
