"""REST API bearer tokens: create, revoke, list and check them; only salted hashes are stored.

A token reads ``ew_<id>_<secret>``: the id finds the row, the secret (256 random bits) is
checked against ``sha256(salt + secret)``. A slow hash such as scrypt buys nothing for a
secret this long and would cost every request.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import or_, select

from eventwire.errors import InputError
from eventwire.store import schema as S

if TYPE_CHECKING:
    from eventwire.store.store import Store

PREFIX = "ew_"
Verdict = Literal["valid", "unknown", "revoked"]


def _hash(salt: str, secret: str) -> str:
    return hashlib.sha256((salt + secret).encode()).hexdigest()


def create_token(store: Store, name: str | None = None) -> tuple[str, dict[str, Any]]:
    """A new token: returns (the token, shown only now; its description without the secret).

    Raises InputError when an active token already has `name`.
    """
    token_id, secret, salt = secrets.token_hex(8), secrets.token_urlsafe(32), secrets.token_hex(16)
    name = name or f"token-{token_id}"
    with store.transaction() as session:
        taken = select(S.ApiTokenRow.id).where(S.ApiTokenRow.name == name,
                                               S.ApiTokenRow.revoked_at.is_(None))
        if session.scalar(taken) is not None:
            raise InputError(f"an active token is already named {name!r}; revoke it or pick another name")
        row = S.ApiTokenRow(id=token_id, name=name, salt=salt, token_hash=_hash(salt, secret),
                            created_at=dt.datetime.now(dt.UTC))
        session.add(row)
        described = _describe(row)
    return f"{PREFIX}{token_id}_{secret}", described


def revoke_token(store: Store, name_or_id: str) -> list[dict[str, Any]]:
    """Revoke the active tokens with this name or id; returns them. Raises InputError if none."""
    with store.transaction() as session:
        rows = list(session.scalars(select(S.ApiTokenRow).where(
            or_(S.ApiTokenRow.name == name_or_id, S.ApiTokenRow.id == name_or_id),
            S.ApiTokenRow.revoked_at.is_(None))))
        if not rows:
            raise InputError(f"no active token is named {name_or_id!r} or has that id")
        for row in rows:
            row.revoked_at = dt.datetime.now(dt.UTC)
        return [_describe(row) for row in rows]


def list_tokens(store: Store) -> list[dict[str, Any]]:
    """Every token (never its secret), oldest first."""
    with store.transaction() as session:
        rows = session.scalars(select(S.ApiTokenRow).order_by(S.ApiTokenRow.created_at))
        return [_describe(row) for row in rows]


def check_token(store: Store, token: str) -> Verdict:
    """Whether `token` is a valid token, unknown (or malformed), or revoked."""
    token_id, _, secret = token.removeprefix(PREFIX).partition("_")
    if not token.startswith(PREFIX) or not secret:
        return "unknown"
    with store.transaction() as session:
        row = session.get(S.ApiTokenRow, token_id)
        if row is None or not hmac.compare_digest(row.token_hash, _hash(row.salt, secret)):
            return "unknown"
        return "revoked" if row.revoked_at is not None else "valid"


def _describe(row: S.ApiTokenRow) -> dict[str, Any]:
    return {"id": row.id, "name": row.name, "created_at": _iso(row.created_at),
            "revoked_at": _iso(row.revoked_at)}


def _iso(moment: dt.datetime | None) -> str | None:
    if moment is None:
        return None
    aware = moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)   # SQLite drops the zone
    return aware.isoformat(timespec="seconds")
