"""The scoring of our own written TimeML test sets (``test_written_*.py``): passages with a
document creation time and their gold TIMEX3, in ``data/<name>_passages.tsv`` and
``data/<name>.tsv``; the passages parsed as the pipeline parses them and scored as
``when.tempeval`` scores TBAQ (found when a predicted expression overlaps the gold one; right
when our reading written the TimeML way says what the gold value says).

A passage may have no creation time (an empty DCT): the value ``-`` of its relative
expressions says they are found but given no value (nothing to resolve them against). A row
of type ``NONE`` names words that are no TIMEX3 ("former", "a 45-year-old"), which no found
expression may overlap; such rows count in no figure."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from eventwire.records import TimeExpression
from eventwire.when import find_times
from eventwire.when.tempeval import GoldTime, part_value, same_value, timeml_value

DATA = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True)
class Row:
    passage: str
    dct: dt.date | None
    expression: str
    type: str
    value: str


def _tsv(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]
    return rows[1:]   # the header


def _date(text: str) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


NO_VALUE = "-"   # gold value of a relative expression in a passage without a creation time


def right(value: str | None, gold: str) -> bool:
    """Whether our value says what the gold one says; ``-`` wants no value at all."""
    return value is None if gold == NO_VALUE else same_value(value, gold)


def locate(expression: str, text: str) -> int:
    """Where the first whole-word occurrence of ``expression`` starts, else -1."""
    found = re.search(rf"(?<!\w){re.escape(expression)}(?!\w)", text)
    return found.start() if found else -1


class WrittenSet:
    """One written set, read and parsed once."""

    def __init__(self, name: str) -> None:
        self.name = name

    @functools.cached_property
    def passages(self) -> dict[str, tuple[dt.date | None, str]]:
        return {pid: (_date(dct), text)
                for pid, dct, text in _tsv(f"{self.name}_passages.tsv")}

    @functools.cached_property
    def gold_rows(self) -> tuple[Row, ...]:
        return tuple(Row(pid, _date(dct), expression, kind, value)
                     for pid, dct, expression, kind, value in _tsv(f"{self.name}.tsv"))

    @functools.cache   # noqa: B019 - one instance per test module, kept for the session
    def predicted(self, passage: str) -> tuple[TimeExpression, ...]:
        from eventwire.nlp.model import load_model

        published, text = self.passages[passage]
        return tuple(find_times(text, published, load_model()(text)))

    def judge(self, row: Row) -> tuple[TimeExpression | None, str | None]:
        """The predicted expression overlapping the gold one, and its TimeML value."""
        text = self.passages[row.passage][1]
        start = locate(row.expression, text)
        gold = GoldTime(start, start + len(row.expression), row.type, row.value)
        found = next((p for p in self.predicted(row.passage)
                      if (p.start or 0) < gold.end and gold.start < (p.end or 0)), None)
        if found is None:
            return None, None
        return found, part_value(found, gold) or timeml_value(found)

    def figures(self, kinds: tuple[str, ...]) -> dict[str, float | int]:
        rows = [row for row in self.gold_rows if row.type in kinds]
        judged = [(row, *self.judge(row)) for row in rows]
        found = [(row, value) for row, expr, value in judged if expr is not None]
        correct = sum(right(value, row.value) for row, value in found)
        return {"gold": len(rows), "found": len(found), "right": correct,
                "span_recall": round(len(found) / len(rows), 3) if rows else 0.0,
                "value_accuracy": round(correct / len(found), 3) if found else 0.0}

    def params(self, xfail: Mapping[tuple[str, str], str]) -> list[object]:
        """One pytest param per gold row; rows of `xfail` are strict xfails with the reason."""
        params: list[object] = []
        for row in self.gold_rows:
            reason = xfail.get((row.passage, row.expression))
            marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
            params.append(pytest.param(row, id=f"{row.passage}:{row.expression}", marks=marks))
        return params

    def check(self, row: Row) -> None:
        """Assert that the stage finds the row's expression with its value, or, for a NONE
        row, finds nothing over its words."""
        expr, value = self.judge(row)
        if row.type == "NONE":
            assert expr is None, f"{row.expression!r} is no time, found {expr.text if expr else ''!r}"
            return
        assert expr is not None, f"not found: {row.expression!r}"
        assert right(value, row.value), f"{row.expression!r}: {value} (gold {row.value})"

    def consistent(self, row: Row) -> bool:
        published, text = self.passages[row.passage]
        return published == row.dct and locate(row.expression, text) >= 0

    def report(self, width: int) -> None:
        """Print the rows still wrong."""
        for row in self.gold_rows:
            expr, value = self.judge(row)
            if row.type == "NONE":
                if expr is not None:
                    print(f"  {row.passage} NONE     {row.expression!r:32} found {expr.text!r}")
                continue
            if expr is None or not right(value, row.value):
                found = f"{expr.text!r} -> {value}" if expr else "not found"
                print(f"  {row.passage} {row.type:8} {row.expression!r:32} gold {row.value:{width}} {found}")


class InlineSet(WrittenSet):
    """A written set held in its test module: passages ``{id: (publication date, text)}`` and gold
    rows ``(passage, expression, type, value)`` as literals instead of files in ``data/``."""

    def __init__(self, name: str, passages: Mapping[str, tuple[str, str]],
                 gold: Iterable[tuple[str, str, str, str]]) -> None:
        super().__init__(name)
        self._passages = passages
        self._gold = tuple(gold)

    @functools.cached_property
    def passages(self) -> dict[str, tuple[dt.date | None, str]]:
        return {pid: (_date(dct), text) for pid, (dct, text) in self._passages.items()}

    @functools.cached_property
    def gold_rows(self) -> tuple[Row, ...]:
        return tuple(Row(pid, _date(self._passages[pid][0]), expression, kind, value)
                     for pid, expression, kind, value in self._gold)


def value_of(nlp: Any, text: str, words: str, published: dt.date) -> str | None:
    """The TimeML value of the first time expression found in `text` (published on
    `published`) whose text holds `words`; fails listing every expression found when none does."""
    values = {t.text: timeml_value(t) for t in find_times(text, published, nlp(text))}
    found = [value for key, value in values.items() if key and words in key]
    assert found, values
    return found[0]
