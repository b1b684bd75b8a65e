"""Writing our readings as TimeML values (the TempEval-3 gate is tests/quality)."""

from __future__ import annotations

import pytest

from eventwire.records import TimeExpression
from eventwire.when.tempeval import timeml_value


@pytest.mark.parametrize(("value", "value_end", "granularity", "text", "expected"), [
    ("1980-01-01", "1989-12-31", "range", "the 1980s", "198"),
    ("1989-07-01", "1989-09-30", "range", "the third quarter", "1989-Q3"),
    ("2024-12-30", "2025-01-05", "range", "last week", "2025-W01"),
    ("2024-12-21", "2024-12-31", "range", "late December", "2024-12"),
    ("2025-06-01", "2025-08-31", "range", "this summer", "2025-SU"),
    ("2025-01-08", None, "day", "on Wednesday", "2025-01-08"),
    (None, None, "unknown", "now", "PRESENT_REF"),
])
def test_readings_are_written_the_timeml_way(value, value_end, granularity, text, expected):
    expr = TimeExpression(text, 0, len(text), value, value_end, granularity)
    assert timeml_value(expr) == expected


def test_a_gold_endpoint_of_our_range_takes_that_endpoints_value():
    from eventwire.when.tempeval import GoldTime, part_value

    text = "He served from 1991 to 1997 as mayor."
    ours = TimeExpression(text="from 1991 to 1997", start=10, end=27, value="1991-01-01",
                          value_end="1997-12-31", granularity="range")
    assert part_value(ours, GoldTime(15, 19, "DATE", "1991")) == "1991"
    assert part_value(ours, GoldTime(23, 27, "DATE", "1997")) == "1997"
    assert text[15:19] == "1991" and text[23:27] == "1997"
    # a gold expression covering all of ours is scored as a whole ("the 1990s" is "199")
    assert part_value(ours, GoldTime(10, 27, "DATE", "199")) is None
    assert part_value(TimeExpression(text="1991", start=15, end=19, value="1991",
                                     granularity="year"), GoldTime(15, 19, "DATE", "1991")) is None
