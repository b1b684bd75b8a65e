"""Scoring ``find_times`` on TempEval-3 TimeML (TBAQ-cleaned).

Each document's DCT is its publication date. Gold: the TIMEX3 of type DATE inside
``<TEXT>``. A gold expression is found when a predicted one overlaps it; its value is right
when our reading, written the TimeML way (:func:`timeml_value`), equals the gold value.
Precision counts our dates (not our durations and sets) overlapping any gold DATE or TIME
expression (a day part such as "Wednesday night" is a TIME in TimeML and a day for us).

TempEval-3 itself scores every TIMEX3 type; the same recall and value accuracy for DURATION
and SET gold, and for all four types together, come as extra keys (``duration_…``,
``set_…``, ``every_type_…``), so the DATE figures keep their meaning across rounds.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwire.errors import GoldDataError
from eventwire.evaluate.split import document_key
from eventwire.nlp.model import load_model
from eventwire.records import TimeExpression
from eventwire.when.calendar import parse_value, quarter_days, season_days, week_of
from eventwire.when.durations import measure
from eventwire.when.find import find_times
from eventwire.when.lexicon import load_lexicon
from eventwire.when.rules import clock_time


@dataclass
class GoldTime:
    start: int
    end: int
    type: str
    value: str


@dataclass
class GoldDocument:
    name: str
    text: str
    dct: dt.date | None
    times: list[GoldTime] = field(default_factory=list)


def evaluate_tempeval3(path: str | Path, limit: int | None = None,
                       keep: Callable[[str], bool] | None = None) -> dict[str, float | int]:
    """Span recall/precision and value accuracy of ``find_times`` on a TimeML folder.

    Returns ``{"documents", "gold_dates", "span_recall", "span_precision",
    "value_accuracy"}`` for DATE, and the gold count, recall and value accuracy of DURATION,
    SET and every type (``duration_gold``, ``duration_recall``, ``duration_value_accuracy``,
    ``set_…``, ``every_type_…``); raises GoldDataError when the folder holds no ``.tml`` file.
    """
    files = sorted(Path(path).rglob("*.tml"))[:limit]
    if not files:
        raise GoldDataError(f"{path}: no .tml files; point at the tempeval3 gold folder")
    files = [f for f in files if keep is None or keep(document_key("tempeval3", f.stem))]
    counts = {"gold": 0, "found": 0, "right": 0, "predicted": 0, "relevant": 0}
    by_type = {kind: {"gold": 0, "found": 0, "right": 0} for kind in _TYPES}
    nlp = load_model()  # parsed as the pipeline parses: the clause's tense picks past or next
    for file in files:
        _score(read_timeml(file), counts, by_type, nlp)
    every = {key: sum(counts[key] for counts in by_type.values()) for key in ("gold", "found", "right")}
    figures: dict[str, float | int] = {
        "documents": len(files),
        "gold_dates": counts["gold"],
        "span_recall": _ratio(counts["found"], counts["gold"]),
        "span_precision": _ratio(counts["relevant"], counts["predicted"]),
        "value_accuracy": _ratio(counts["right"], counts["found"]),
    }
    for name, kind_counts in (("duration", by_type["DURATION"]), ("set", by_type["SET"]),
                              ("every_type", every)):
        figures[f"{name}_gold"] = kind_counts["gold"]
        figures[f"{name}_recall"] = _ratio(kind_counts["found"], kind_counts["gold"])
        figures[f"{name}_value_accuracy"] = _ratio(kind_counts["right"], kind_counts["found"])
    return figures


_TYPES = ("DATE", "TIME", "DURATION", "SET")


def _ratio(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def _score(document: GoldDocument, counts: dict[str, int], by_type: dict[str, dict[str, int]],
           nlp: Any) -> None:
    predicted = find_times(document.text, document.dct, nlp(document.text))
    dates = [p for p in predicted if timex_type(p) in {"DATE", "TIME"}]
    counts["predicted"] += len(dates)
    counts["relevant"] += sum(
        any(_overlap(p, g) for g in document.times if g.type in {"DATE", "TIME"})
        for p in dates)
    for gold in document.times:
        kind = by_type.get(gold.type)
        if kind is None:
            continue
        kind["gold"] += 1
        counts["gold"] += gold.type == "DATE"
        match = next((p for p in predicted if _overlap(p, gold)), None)
        if match is not None:
            right = same_value(part_value(match, gold) or timeml_value(match), gold.value)
            kind["found"] += 1
            kind["right"] += right
            counts["found"] += gold.type == "DATE"
            counts["right"] += right and gold.type == "DATE"


def timex_type(expr: TimeExpression) -> str:
    """DURATION or SET for a duration or set (:func:`durations.measure`), else DATE (a day
    part, TIME in TimeML, is a day for us)."""
    measured = measure(expr.text or "") if expr.value is None else None
    return measured[0] if measured else "DATE"


def part_value(expr: TimeExpression, gold: GoldTime) -> str | None:
    """The value of the endpoint of our range that a gold expression names, when the gold
    covers only part of it: TimeML writes "from 1991 to 1997" as two expressions, "1991" and
    "1997", where we read one range from 1991 to 1997. The first half of our text is the
    start, the second the end, each written at the gold value's precision (a year, a month,
    a day); None when `expr` is no range or the gold covers all of it."""
    if expr.granularity != "range" or not expr.value or not expr.value_end:
        return None
    start, end = expr.start or 0, expr.end or 0
    if gold.start <= start and end <= gold.end:
        return None
    if not _DATE_PREFIX.match(gold.value):
        return None
    middle = (start + end) / 2
    endpoint = expr.value if (gold.start + gold.end) / 2 < middle else expr.value_end
    return endpoint[:len(gold.value)]


_DATE_PREFIX = re.compile(r"^\d{4}(?:-\d\d(?:-\d\d)?)?$")


def same_value(ours: str | None, gold: str) -> bool:
    """Whether our TimeML value says what the gold one says. Some spellings are taken as
    one: week numbers with or without a leading zero ("2000-W7"), a day with a part of
    the day and the day ("2000-01-05TEV" and "2000-01-05": TBAQ writes "Wednesday night"
    either way, though our TimeML value carries the part), an hour and the hour on the
    clock ("T17" is "T17:00"), and
    digits left open at the end of a year ("196X" is the decade "196", "19XX" the century
    "19"), and a length in decades or centuries and the same in years ("P2DE" is "P20Y").
    A month or day left open ("1948-XX") is not the year: it says a month of 1948,
    which a year value does not."""
    if ours is None:
        return False
    gold = _WEEK.sub(lambda m: f"-W{int(m[1]):02d}", gold)
    gold = _UNKNOWN_DIGITS.sub(r"\1", gold)
    gold = _HOUR_ONLY.sub(r"\1:00", gold)
    if _DAY_PART.match(gold):
        gold = gold[:10]
    if _DAY_PART.match(ours):
        ours = ours[:10]
    return _in_years(ours) == _in_years(gold)


def _in_years(value: str) -> str:
    """A period of decades or centuries written in years ("P2DE" → "P20Y")."""
    found = _LONG_PERIOD.match(value)
    if not found:
        return value
    return f"P{int(found[1]) * (10 if found[2] == 'DE' else 100)}Y"


_LONG_PERIOD = re.compile(r"^P(\d+)(DE|CE)$")


_WEEK = re.compile(r"-W(\d{1,2})(?!\d)")
_UNKNOWN_DIGITS = re.compile(r"^(\d{2,3})X+$")
_HOUR_ONLY = re.compile(r"(T\d\d)$")
_DAY_PART = re.compile(r"^\d{4}-\d\d-\d\dT(?:MO|AF|EV|NI|DT)$")


def _overlap(expr: TimeExpression, gold: GoldTime) -> bool:
    return expr.start < gold.end and gold.start < expr.end  # type: ignore[operator]


def read_timeml(path: Path) -> GoldDocument:
    """The plain text of ``<TEXT>``, its TIMEX3 offsets, and the DCT, from one .tml file."""
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise GoldDataError(f"{path}: not well-formed TimeML: {exc}") from exc
    body = root.find("TEXT")
    if body is None:
        raise GoldDataError(f"{path}: no <TEXT> element")
    document = GoldDocument(path.stem, "", _dct(root))
    document.text = _flatten(body, document.times)
    return document


def _dct(root: ET.Element) -> dt.date | None:
    timex = root.find("DCT/TIMEX3")
    value = timex.get("value", "") if timex is not None else ""
    return parse_value(value[:10]) if len(value) >= 10 else None


def _flatten(element: ET.Element, times: list[GoldTime]) -> str:
    parts = [element.text or ""]
    for child in element:
        start = sum(map(len, parts))
        inner = "".join(child.itertext())
        if child.tag == "TIMEX3":
            times.append(GoldTime(start, start + len(inner), child.get("type", ""),
                                  child.get("value", "")))
        parts += [inner, child.tail or ""]
    return "".join(parts)


def timeml_value(expr: TimeExpression) -> str | None:
    """Our reading written as a TimeML value: ranges that are a decade, year, quarter,
    half, season, month, ISO week or weekend take TimeML's forms ("198", "1998-Q3",
    "1998-H1", "1998-SU", "1998-W02", "1998-W02-WE"); part of a month is the month; vague references take
    PRESENT_REF / PAST_REF / FUTURE_REF; a clock time is its day with the hour
    ("2025-03-06T15:00")."""
    if expr.granularity == "day" and expr.value:
        hour = clock_time(expr.text or "") or _day_part(expr.text or "")
        if hour:
            return f"{expr.value}T{hour}"
    if expr.value is None:
        measured = measure(expr.text or "")
        return measured[1] if measured else _reference_value(" ".join((expr.text or "").lower().split()))
    if expr.granularity != "range" or not expr.value_end:
        return _open_parts(expr.value, expr.granularity, expr.text or "")
    first, last = dt.date.fromisoformat(expr.value), dt.date.fromisoformat(expr.value_end)
    return _range_value(first, last) or expr.value


def _open_parts(value: str, granularity: str, text: str) -> str:
    """A value coarser than the day or month its words name, with the parts we do not know
    left open as TimeML leaves them ("that same day" read as October 2022: "2022-10-XX";
    "later that month" read as 2019: "2019-XX")."""
    words = text.lower().split()
    unit = words[-1] if words else ""
    if unit == "day" and granularity in ("month", "year"):
        return value + "-XX" * (2 if granularity == "year" else 1)
    if unit == "month" and granularity == "year":
        return value + "-XX"
    return value


def _day_part(text: str) -> str | None:
    """TimeML's code of the part of the day a day expression ends in ("Tuesday morning" MO,
    "tonight" and "overnight" NI), else None."""
    words = text.lower().split()
    last = words[-1] if words else ""
    last = "night" if last in ("tonight", "overnight") else last
    return str(load_lexicon()["day_parts"].get(last, "")) or None


def _reference_value(text: str) -> str | None:
    """PRESENT_REF, PAST_REF or FUTURE_REF: a listed reference, else the direction of a
    vague span ("in recent days", "the coming months", "several years ago")."""
    lexicon = load_lexicon()
    if text in lexicon["references"]:
        return str(lexicon["references"][text])
    if text.endswith(" ago"):
        return "PAST_REF"
    found = (code for words, code in lexicon["vague_directions"].items()
             if re.search(rf"(?<!\w){words}(?!\w)", text))
    return next(found, None)


def _range_value(first: dt.date, last: dt.date) -> str | None:
    year = first.year
    if (last - first).days > 366 and first.month == 1 and first.day == 1:
        if last.year - first.year == 99 and first.year % 100 == 0:
            return f"{first.year // 100:02d}"        # a century: "19" is the 1900s
        if first.year // 10 == last.year // 10:
            return f"{first.year // 10:03d}"         # part of a decade is the decade
    iso_year, iso_week, _ = first.isocalendar()
    named = {
        f"{year // 10 * 10 // 10:03d}": (dt.date(year // 10 * 10, 1, 1),
                                         dt.date(year // 10 * 10 + 9, 12, 31)),
        f"{year}": (dt.date(year, 1, 1), dt.date(year, 12, 31)),
        f"{iso_year}-W{iso_week:02d}": week_of(first),
        f"{iso_year}-W{iso_week:02d}-WE": (first, first + dt.timedelta(days=1)),
    }
    named.update({f"{year}-Q{n}": quarter_days(year, n) for n in range(1, 5)})
    named.update({f"{year}-H1": (dt.date(year, 1, 1), dt.date(year, 6, 30)),
                  f"{year}-H2": (dt.date(year, 7, 1), dt.date(year, 12, 31))})
    named.update(_seasons(year))
    for value, days in named.items():
        if days == (first, last) and (not value.endswith("-WE") or first.weekday() == 5):
            return value
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.year:04d}-{first.month:02d}"
    return None


def _seasons(year: int) -> dict[str, tuple[dt.date, dt.date]]:
    seasons = load_lexicon()["seasons"]
    named = {}
    for spec in seasons.values():
        months = tuple(spec["months"])
        end_year = year + 1 if months[0] > months[1] else year
        named[f"{year}-{spec['code']}"] = season_days(end_year, months)
    return named
