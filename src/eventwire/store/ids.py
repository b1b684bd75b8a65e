"""Ids of the rows linking creates (happenings, stories), derived from what they start with."""

from __future__ import annotations

import hashlib

from sqlalchemy.orm import Session

from eventwire.store import schema as S


def unused_id(session: Session, table: type[S.Base], wanted: str) -> str:
    """`wanted`, or when a row of `table` already has it, a variant no row has: ids are
    derived from the first report or article, and two articles may share a 60-character
    prefix, or a re-coded article's old happening or story may live on with other members."""
    candidate, number, lookup = wanted, 0, S.id_lookup(table)
    while session.connection().execute(lookup, {"id": candidate}).first() is not None:
        number += 1
        candidate = wanted[:45] + "-" + hashlib.sha1(f"{wanted}#{number}".encode()).hexdigest()[:16]
    return candidate
