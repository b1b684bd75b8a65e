"""Opaque page cursors: a listing's position key, base64url-encoded JSON."""

from __future__ import annotations

import base64
import binascii
import json

from fastapi import HTTPException


def encode(key: list[str] | None) -> str | None:
    """The cursor for `key` (None: no further page)."""
    if key is None:
        return None
    return base64.urlsafe_b64encode(json.dumps(key).encode()).decode().rstrip("=")


def decode(cursor: str | None) -> list[str] | None:
    """The key in `cursor`; a cursor we did not make is a 422."""
    if not cursor:
        return None
    try:
        key = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        key = None
    if not (isinstance(key, list) and len(key) == 2 and all(isinstance(k, str) for k in key)):
        raise HTTPException(422, "query parameter 'cursor': not a cursor this API returned")
    return key
