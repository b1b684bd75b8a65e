"""Reading TABARI actor dictionaries (the Phoenix/PETRARCH format) into plain entries.

An entry opens with a line ``NAME_WITH_UNDERSCORES [CODE]`` (the code may follow on indented
lines), ``+SYNONYM`` lines add names, and a code may carry a date restriction:
``[USAGOV 20090120-20170120]``, ``[AFGGOV >011222]`` (from), ``[USRARM <900823]`` (before).
Dates are ``YYMMDD`` or ``YYYYMMDD``. ``#`` starts a comment. A bare name line that follows an
entry which has no code yet is one more synonym (``LEONID_ILYICH_BREZHNEV`` then
``SECRETARY_BREZHNEV``); a blank line ends that.

This module knows only the format; what the codes mean is :mod:`eventwire.actors.phoenix`'s.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

# two-digit years up to this one are 20YY (the dictionaries stop about 2014), later ones 19YY
PIVOT_YEAR = 20
_CODE = re.compile(r"\[([^\]]*)\]")
_WORD = re.compile(r"[A-Za-z]")


class TabariError(ValueError):
    """A code or date restriction that cannot be read."""


@dataclass(frozen=True)
class Code:
    """One actor code with the dates it holds (both inclusive; None = open)."""

    code: str
    start: dt.date | None = None
    end: dt.date | None = None


@dataclass
class TabariEntry:
    """One dictionary entry: its names (the first is the main one), codes and comments."""

    names: list[str]
    line: int
    codes: list[str] = field(default_factory=list)    # raw code texts, read by parse_code
    comment: str = ""


def parse_date(text: str) -> dt.date:
    """``YYMMDD`` (two-digit years pivot at :data:`PIVOT_YEAR`) or ``YYYYMMDD``."""
    if not text.isdigit() or len(text) not in (6, 8):
        raise TabariError(f"date {text!r} is neither YYMMDD nor YYYYMMDD")
    if len(text) == 6:
        year = int(text[:2])
        text = f"{2000 + year if year <= PIVOT_YEAR else 1900 + year}{text[2:]}"
    try:
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError as exc:
        raise TabariError(f"date {text!r}: {exc}") from exc


def parse_code(text: str) -> Code:
    """``USAGOV 20090120-20170120`` -> Code("USAGOV", 2009-01-20, 2017-01-20);
    ``<D`` holds until the day before D."""
    parts = text.split()
    if not parts:
        raise TabariError("empty code")
    code, restriction = parts[0].upper(), "".join(parts[1:])
    if not restriction:
        return Code(code)
    if restriction.startswith(">"):
        return Code(code, start=parse_date(restriction[1:]))
    if restriction.startswith("<"):
        return Code(code, end=parse_date(restriction[1:]) - dt.timedelta(days=1))
    first, dash, last = restriction.partition("-")
    if not dash:
        raise TabariError(f"restriction {restriction!r} is not >D, <D or D-D")
    start, end = parse_date(first), parse_date(last)
    if end < start:
        raise TabariError(f"restriction {restriction!r} ends before it starts")
    return Code(code, start, end)


def read_entries(lines: Iterable[str]) -> Iterator[TabariEntry]:
    """The entries of a TABARI ``.actors`` file, in file order."""
    entry: TabariEntry | None = None
    for number, raw in enumerate(lines, start=1):
        text, _, comment = raw.partition("#")
        stripped = text.strip()
        if not stripped:
            if not raw.strip() and entry is not None and not entry.codes:
                yield entry  # a blank line closes an entry still waiting for its code
                entry = None
            continue
        codes = _CODE.findall(stripped)
        name = _CODE.sub(" ", stripped).strip()
        if raw[:1].isspace() and not name:  # an indented code line
            if entry is not None:
                entry.codes.extend(codes)
            continue
        if name.startswith("+") or (entry is not None and not entry.codes and not codes
                                    and not raw[:1].isspace()):
            if entry is not None:
                entry.names.extend(n for n in name.split("+") if _WORD.search(n))
                entry.codes.extend(codes)
            continue
        if entry is not None:
            yield entry
        entry = TabariEntry([name], number, list(codes), comment.strip())
    if entry is not None:
        yield entry
