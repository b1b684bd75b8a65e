"""Checking the actor data files row by row (:mod:`eventwire.datafiles` reads them).

Every problem is reported as an :class:`ActorDataError` naming the file and the line, so a
bad edit to a lexicon fails loudly at load time instead of silently changing the coding.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

from eventwire import datafiles
from eventwire.errors import ConfigError

DATA_DIR = Path(__file__).resolve().parent / "data"

SECTORS = frozenset(datafiles.words("actors", "sector_codes.tsv"))
NON_STATE = frozenset({"IGO", "NGO", "UNO", "EUR", "ISM", "IMG", "MNC"})
_CODE = re.compile(r"^[A-Z]{3}$")
_ID = re.compile(r"^(person|org):[a-z0-9][a-z0-9-]*$")


class ActorDataError(ConfigError):
    """An actor data file is missing or malformed; the message names the file and line."""


Row = dict[str, str]
Check = Callable[[str], str | None]


def read_table(path: Path, columns: list[str], checks: Mapping[str, Check] | None = None
               ) -> Iterator[tuple[int, Row]]:
    """Yield ``(line_number, row)`` for each data row of a file in the data-file format.

    :func:`eventwire.datafiles.numbered` reads it and checks the header ``columns``; each
    ``checks[column](value)`` then returns an error text or None. A packaged coding file is
    followed by the user's overlay of it (``EVENTWIRE_DATA_OVERLAY``), checked the same way.
    """
    for file in (path, *_overlay(path)):
        try:
            rows = datafiles.numbered(file, columns)
        except ConfigError as exc:
            raise ActorDataError(str(exc)) from exc
        for number, row in rows:
            for name, check in (checks or {}).items():
                problem = check(row[name])
                if problem:
                    _fail(file, number, f"column {name!r}: {problem}")
            yield number, row


def _overlay(path: Path) -> list[Path]:
    """The overlay of a packaged coding file (none for the knowledge-base build's mappings)."""
    try:
        name = path.resolve().relative_to(DATA_DIR).as_posix()
    except ValueError:
        return []
    found = None if name.startswith("kb_build/") else datafiles.overlay_path("actors", name)
    return [found] if found else []


def _fail(path: Path, number: int, message: str) -> None:
    raise ActorDataError(f"{path}:{number}: {message}")


def split_list(value: str) -> list[str]:
    """The items of a ``|``-separated cell, blanks dropped."""
    return [item.strip() for item in value.split("|") if item.strip()]


def parse_date(value: str) -> dt.date | None:
    """An ISO date cell, or None for an empty one (the value was checked already)."""
    return dt.date.fromisoformat(value) if value else None


# ---- column checks: each returns an error text or None -------------------------------

def required(value: str) -> str | None:
    return None if value else "must not be empty"


def country_code(value: str) -> str | None:
    return None if _CODE.match(value) else f"{value!r} is not a three-letter upper-case code"


def sector(value: str) -> str | None:
    return None if value in SECTORS else f"{value!r} is not a PLOVER sector code"


def optional_sector(value: str) -> str | None:
    return None if not value else sector(value)


def iso_date(value: str) -> str | None:
    if not value:
        return None
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return f"{value!r} is not an ISO date (YYYY-MM-DD)"
    return None


def kb_id(value: str) -> str | None:
    return None if _ID.match(value) else f"{value!r} is not an id like person:some-name or org:some-name"


def one_of(*allowed: str) -> Check:
    def check(value: str) -> str | None:
        return None if value in allowed else f"{value!r} is not one of {', '.join(allowed)}"
    return check
