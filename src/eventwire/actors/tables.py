"""Reading the actor data files: TSV with a header row, checked row by row.

Every problem is reported as an :class:`ActorDataError` naming the file and the line, so a
bad edit to a lexicon fails loudly at load time instead of silently changing the coding.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

from eventwire.errors import ConfigError

DATA_DIR = Path(__file__).resolve().parent / "data"

SECTORS = frozenset({
    "GOV", "MIL", "COP", "REB", "OPP", "PTY", "JUD", "LEG", "SPY", "UAF", "CVL", "BUS", "MED",
    "JRN", "REF", "REL", "EDU", "LAB", "AGR", "CRM", "ELI", "PRE", "SOC", "PRM", "UNK"})
NON_STATE = frozenset({"IGO", "NGO", "UNO", "EUR", "ISM", "IMG", "MNC"})
_CODE = re.compile(r"^[A-Z]{3}$")
_ID = re.compile(r"^(person|org):[a-z0-9][a-z0-9-]*$")


class ActorDataError(ConfigError):
    """An actor data file is missing or malformed; the message names the file and line."""


Row = dict[str, str]
Check = Callable[[str], str | None]


def read_table(path: Path, columns: list[str], checks: Mapping[str, Check] | None = None
               ) -> Iterator[tuple[int, Row]]:
    """Yield ``(line_number, row)`` for each data row of a TSV file.

    Lines starting with ``#`` and blank lines are skipped; the first other line must be the
    header ``columns``. Each ``checks[column](value)`` returns an error text or None.
    """
    checks = checks or {}
    header_seen = False
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ActorDataError(f"{path}: cannot read actor data file: {exc}") from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if not header_seen:
            if cells != columns:
                _fail(path, number, f"header must be {' | '.join(columns)}, found {' | '.join(cells)}")
            header_seen = True
            continue
        yield number, _row(path, number, cells, columns, checks)
    if not header_seen:
        raise ActorDataError(f"{path}: no header row (expected {' | '.join(columns)})")


def _row(path: Path, number: int, cells: list[str], columns: list[str],
         checks: Mapping[str, Check]) -> Row:
    if len(cells) != len(columns):
        _fail(path, number, f"expected {len(columns)} tab-separated columns, found {len(cells)}")
    row = {name: cell.strip() for name, cell in zip(columns, cells, strict=True)}
    for name, check in checks.items():
        problem = check(row[name])
        if problem:
            _fail(path, number, f"column {name!r}: {problem}")
    return row


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
