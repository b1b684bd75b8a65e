"""Reading Wikipedia's "List of state leaders in the 21st century" (Markdown snapshot, 2019).

Layout: ``-   Country`` opens a country; ``:*Presidents (complete list) –`` names an office;
``::*Name, Title (2001–2005, 2010–present)`` is one holder. A holder of several offices is a
name line followed by deeper ``:::*Title (years)`` lines; a line without a title takes the
office heading's ("Kim Yong-nam (1998–present)"). Years only: a term runs from 1 January of
its first year to 31 December of its last; "present" means the snapshot, so it ends at
:data:`PRESENT` (later terms come from the curated tables).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

PRESENT = dt.date(2019, 12, 31)
SOURCE = "wikipedia:List_of_state_leaders_in_the_21st_century"
_COUNTRY = re.compile(r"^-   (?P<name>[^_].*?)\s*$")
_HEADING = re.compile(r"^(?P<office>.+?)\s*\(complete list\)")
_HOLDER = re.compile(r"^(?P<who>[^()]+?)\s*\((?P<years>[^()]*\d{4}[^()]*)\)\s*$")
_SEGMENT = re.compile(r"([^()]+?)\s*\(([^()]*\d{4}[^()]*)\)")
_SINCE = re.compile(r"^(?P<who>[^()]+?)\s+since\s+(?P<year>\d{4})\s*$")
_SPAN = re.compile(r"(\d{4})\s*(?:[–-]\s*(\d{4}|present|\?+)?)?")


@dataclass(frozen=True)
class Leader:
    """One term of office as the list gives it."""

    country: str       # the section's name, as written
    name: str
    office: str
    start: dt.date
    end: dt.date
    line: int


def parse_years(text: str) -> list[tuple[dt.date, dt.date]]:
    """``1981–2003, 2018–present`` -> [(1981-01-01, 2003-12-31), (2018-01-01, PRESENT)];
    a lone year is that year; an open or unknown end ("2019-???") is the snapshot."""
    spans = []
    for first, last in _SPAN.findall(text.replace("_", "")):
        start = dt.date(int(first), 1, 1)
        if last.isdigit():
            end = dt.date(int(last), 12, 31)
        elif last or re.search(first + r"\s*[–-]", text.replace("_", "")):
            end = PRESENT
        else:
            end = dt.date(int(first), 12, 31)
        spans.append((start, min(end, PRESENT)))
    return spans


def office_name(title: str) -> str:
    """"Prime minister" -> "Prime Minister" (words capitalised, small words kept)."""
    small = {"of", "the", "and", "for", "in", "de", "di"}
    words = title.strip(" ,–-").split()
    return " ".join(w if (i and w in small) or not w[:1].islower() else w[:1].upper() + w[1:]
                    for i, w in enumerate(words))


def read_leaders(lines: Iterable[str]) -> Iterator[Leader]:
    """Every term of every holder, in file order."""
    country = heading = ""
    pending: tuple[str, int] | None = None    # a name whose offices follow on deeper lines
    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip()
        match = _COUNTRY.match(line)
        if match:
            country, heading, pending = match["name"], "", None
            continue
        depth = len(re.match(r"^\s*([:*\-\s]*)", line)[1].replace(" ", "").replace("*", ""))  # type: ignore[index]
        body = re.sub(r"^[\s:*\-]+", "", line).strip()
        if not country or not body or body.startswith("_"):
            continue
        if pending is not None and depth <= pending[1]:
            pending = None
        found = _HEADING.match(body)
        if found:
            heading = office_name(found["office"])
            continue
        body = re.sub(r"\s*\([^()\d]*\)", "", body)  # "David Thompson (Barbadian politician)"
        # "Presidential Council, Chairman: Fayez al-Sarraj (2016–present)": a body's chair
        body = re.sub(r"^([^:(,]+),\s*([^:(,]+):\s*([^:(,]+?)\s*\(", r"\3, \2 of the \1 (", body)
        if pending is not None and "," in body.split("(")[0]:
            heading, pending = office_name(pending[0]), None  # it was a heading: "First Secretaries"
        yield from _holder(country, heading, body, pending, number)
        if not _SEGMENT.search(body) and not _SINCE.match(body):
            pending = (body.rstrip(","), depth)


def _holder(country: str, heading: str, body: str, pending: tuple[str, int] | None,
            number: int) -> Iterator[Leader]:
    """The terms of one line; a line may list several offices of one holder: "Jerry
    Rawlings, Military head of state (1981–1993), President (1993–2001)"."""
    match = _HOLDER.match(body) or _SINCE.match(body)
    segments = _SEGMENT.findall(body)
    if match is None and len(segments) < 2:
        return
    if match is not None:
        segments = [(match["who"], match.groupdict().get("years") or f"{match['year']}–present")]
    name = pending[0] if pending is not None else segments[0][0].partition(",")[0]
    for index, (who, years) in enumerate(segments):
        office = who if pending is not None or index else who.partition(",")[2]
        *partners, office = office.replace("_", "").split(",")   # "A, B, Captains Regent"
        for holder in [name, *partners]:
            yield from _terms(country, holder.strip(" ,"), office_name(office) or
                              _singular(heading), years, number)


def _terms(country: str, name: str, office: str, years: str, number: int) -> Iterator[Leader]:
    if not name or not office:
        return
    for start, end in parse_years(years):
        if start <= end:
            yield Leader(country, name, office, start, end, number)


def _singular(heading: str) -> str:
    """The office of a heading: "Presidents" -> "President", "Chairmen" -> "Chairman",
    "First Secretaries of the Party" -> "First Secretary of the Party"."""
    head, of, rest = heading.partition(" of ")
    words = head.split()
    if not words:
        return ""
    last = words[-1]
    if last.endswith("men"):
        last = last[:-3] + "man"
    elif last.endswith("ies"):
        last = last[:-3] + "y"
    elif last.endswith("s") and not last.endswith("ss"):
        last = last[:-1]
    return " ".join([*words[:-1], last]) + (of + rest if of else "")
