"""Opaque page cursors: a listing's position key, base64url-encoded JSON.

A cursor comes from the client, so it is read defensively: its length and nesting are
bounded before its JSON is parsed, and its key must have the shape of the listing's. Anything
else is a 422 in the error shape, never a deeper failure.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from itertools import accumulate
from typing import Protocol, TypeGuard

from fastapi import HTTPException

# a key of an id up to 200 characters (what PostgreSQL stores) is under 4,000 characters;
# SQLite stores longer ids, and the API pages past those up to this bound
MAX_CHARS = 8192
MAX_DEPTH = 1   # a key is a flat list of strings



class Part(Protocol):
    """What a key part must match: a compiled pattern, or a check such as `_Integer`."""

    def fullmatch(self, text: str) -> object: ...


Shape = tuple[Part, ...]

_BASE64URL = re.compile(r"[A-Za-z0-9_-]+")
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')   # a JSON string, escapes included
# a key part a store can hold: no NUL (PostgreSQL text cannot), no lone surrogate (not UTF-8)
_TEXT = re.compile(r"[^\x00\ud800-\udfff]*")
INT_MAX = 2**31 - 1   # PostgreSQL's INTEGER (num_reports, claim ids): larger fails the query


class _Integer:
    """A count or row number the store's INTEGER columns can be compared with: digits up to
    INT_MAX (PostgreSQL raises on a larger one, SQLite does not)."""

    def fullmatch(self, text: str) -> bool:
        return text.isascii() and text.isdigit() and len(text) <= 10 and int(text) <= INT_MAX


_NUMBER = _Integer()

_FLOAT = re.compile(r"-?[0-9]{1,20}(\.[0-9]{1,20})?(e[-+]?[0-9]{1,3})?")   # a float's repr

KEY: Shape = (_TEXT, _TEXT)            # (date, id): articles, stories
CLAIM_KEY: Shape = (_TEXT, _NUMBER)    # (date, claim number): claims
# an event list's key after its sort (store/order.py): by date (date, id), else (value, date, id)
_EVENT_VALUES: dict[str, Shape] = {"date": (), "type": (_TEXT,), "intensity": (_FLOAT,),
                                   "reports": (_NUMBER,)}


def encode(key: list[str] | None) -> str | None:
    """The cursor for `key` (None: no further page)."""
    if key is None:
        return None
    return base64.urlsafe_b64encode(json.dumps(key).encode()).decode().rstrip("=")


def decode(cursor: str | None, shape: Shape = KEY) -> list[str] | None:
    """The key in `cursor`, which must have `shape` (one pattern per part).

    Raises HTTPException 422 for anything that is not a cursor this API returned.
    """
    if not cursor:
        return None
    key = _parse(_text(cursor))
    if not _fits(key, shape):
        raise _refused("not a position in this listing")
    return key


def event_key(sort: str) -> Shape:
    """The shape of a key of the event list in `sort` order: the sort, its values, date, id."""
    return (re.compile(re.escape(sort)), *_EVENT_VALUES[sort.lstrip("-")], _TEXT, _TEXT)


def decode_events(cursor: str | None, sort: str) -> list[str] | None:
    """The key in `cursor`, a position in the event list in `sort` order; 422 for a position
    in another order, and for anything that is not a cursor this API returned."""
    if not cursor:
        return None
    key = _parse(_text(cursor))
    made_for = key[0] if isinstance(key, list) and key and isinstance(key[0], str) else sort
    if made_for != sort and made_for.lstrip("-") in _EVENT_VALUES:
        raise HTTPException(422, f"query parameter 'cursor': a position in the list by sort={made_for}, "
                                 f"not sort={sort}; start again without a cursor")
    if not _fits(key, event_key(sort)):
        raise _refused("not a position in this listing")
    return key


def _text(cursor: str) -> str:
    """The JSON text in `cursor`, within MAX_CHARS and MAX_DEPTH."""
    if len(cursor) > MAX_CHARS:
        raise _refused(f"longer than {MAX_CHARS} characters")
    if not _BASE64URL.fullmatch(cursor):
        raise _refused("not base64url")
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        raise _refused("not base64url of UTF-8 text") from None
    if _depth(text) > MAX_DEPTH:
        raise _refused(f"nested deeper than {MAX_DEPTH}")
    return text


def _depth(text: str) -> int:
    """How deeply JSON `text` nests arrays and objects; brackets inside strings do not count."""
    steps = [1 if c in "[{" else -1 for c in _STRING.sub('""', text) if c in "[]{}"]
    return max(accumulate(steps), default=0)


def _parse(text: str) -> object:
    try:
        return json.loads(text)
    except ValueError:   # JSONDecodeError, and integers too long to convert
        raise _refused("not JSON") from None


def _fits(key: object, shape: Shape) -> TypeGuard[list[str]]:
    """Whether `key` is a list of strings, one per pattern of `shape`, each matching it."""
    return (isinstance(key, list) and len(key) == len(shape)
            and all(isinstance(part, str) and pattern.fullmatch(part)
                    for part, pattern in zip(key, shape, strict=True)))


def _refused(why: str) -> HTTPException:
    return HTTPException(422, f"query parameter 'cursor': not a cursor this API returned ({why})")
