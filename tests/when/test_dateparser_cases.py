"""Why our rules and not dateparser alone: the cases dateparser 1.x gets wrong for news
(measured; the table in docs/time-and-place.md is this test's data). Issue 6."""

from __future__ import annotations

import datetime as dt
import warnings

import pytest

from eventwire.when import find_times

PUBLISHED = dt.date(2025, 1, 9)   # a Thursday
BASE = dt.datetime(2025, 1, 9, 12)

# expression, the right value (ours), dateparser's answer (PREFER_DATES_FROM="past")
CASES = [
    ("03/04/2021", "2021-04-03", "2021-03-04"),          # day first outside the US
    ("on Thursday", "2025-01-09", "2025-01-02"),         # same weekday = publication day
    ("in December", "2024-12", "2024-12-09"),            # a month, not a made-up day
    ("in 2022", "2022", "2022-01-09"),                   # a year, not a made-up day
    ("this month", "2025-01", "2025-01-09"),
    ("last week", "2024-12-30", "2025-01-02"),           # a week range, not a day
    ("late December", "2024-12-21", None),               # not parsed at all
    ("between 1 and 3 March", "2024-03-01", None),
    ("this summer", "2025-06-01", None),
]


def _dateparser(text: str) -> str | None:
    dateparser = pytest.importorskip("dateparser")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        got = dateparser.parse(text, settings={"RELATIVE_BASE": BASE,
                                               "PREFER_DATES_FROM": "past"})
    return got.date().isoformat() if got else None


@pytest.mark.parametrize(("text", "right", "theirs"), CASES)
def test_dateparser_is_wrong_where_our_rules_are_used(nlp, text, right, theirs):
    sentence = f"It happened {text}."
    ours = find_times(sentence, PUBLISHED, nlp(sentence))
    assert ours and ours[0].value == right
    assert _dateparser(text) == theirs
