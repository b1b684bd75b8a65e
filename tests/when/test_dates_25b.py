"""Anchors that move through an article, into the past and into the future, and words that
are no date: a sixth TimeML test set of our own (issue #21, round 5b).

``data/dates_25b_passages.tsv`` holds 26 short news passages written for this test (creation
times from 2009 to 2026, three documents without one) and ``data/dates_25b.tsv`` their TIMEX3,
written by the TimeML guidelines before the time stage was changed for them: "the next day",
"three days later", "the day before", "that evening", "the following week/month/year", "the
previous week" and "the week after" counted from the date the text last put its story at (a
day, a month or a year, before or after publication), "today" and "yesterday" still from
publication, "the final quarter", "the spring of last year", "the first week of January",
"four-month-old", "decades-long" and "years-old" as durations, and "a 30-year-old", "may" and
"march" as no time at all.

Scored as ``when.tempeval`` scores TBAQ, per TIMEX3 type. Run ``python -m
tests.when.test_dates_25b`` for the figures; rows still wrong are strict xfails with the
reason, so a fix shows up as an unexpected pass.
"""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.when import date_events
from tests.conftest import make_article
from tests.when.test_date_events import event_at
from tests.when.written import Row, WrittenSet

pytestmark = pytest.mark.slow   # parses every passage with the spaCy model

TYPES = ("DATE", "TIME", "DURATION", "SET")
WRITTEN = WrittenSet("dates_25b")

# What the stage still gets wrong, with the reason (strict: a fix makes the row pass).
XFAIL: dict[tuple[str, str], str] = {
    ("e06", "A week later"): "a count of weeks from a named day is read as the week it reaches "
                             "(2020-W46), not the day a week on",
}


def test_the_set_is_large_and_consistent() -> None:
    rows = [row for row in WRITTEN.gold_rows if row.type != "NONE"]
    assert len(WRITTEN.passages) >= 25 and len(rows) >= 50
    assert any(dct is None for dct, _ in WRITTEN.passages.values())
    for row in WRITTEN.gold_rows:
        assert WRITTEN.consistent(row), row


@pytest.mark.parametrize("row", WRITTEN.params(XFAIL))
def test_each_expression(row: Row) -> None:
    WRITTEN.check(row)


# each event takes the date of its own clause, and a later relative expression counts from
# the date the text last told (past or future), none without a publication date
EVENTS = [
    ("The rebels, who seized the town on Monday, vowed on Wednesday to hold it.", "2025-01-09",
     {"seized": "2025-01-06", "vowed": "2025-01-08"}),
    ("Troops shelled the port on Dec. 28. Two days later, the rebels withdrew.", "2025-01-09",
     {"shelled": "2024-12-28", "withdrew": "2024-12-30"}),
    ("The talks will open on Feb. 3. The next day, the envoys will sign a deal.", "2025-01-09",
     {"open": "2025-02-03", "sign": "2025-02-04"}),
    ("Police arrested the man on Tuesday. He appeared in court the next day.", None,
     {"arrested": None, "appeared": None}),
    ("Militants attacked a convoy on Jan. 3, a week after they had bombed a market on Dec. 27.",
     "2025-01-09", {"attacked": "2025-01-03", "bombed": "2024-12-27"}),
    ("Guards found the tunnel on Aug. 2. That evening, the warden was dismissed.", "2024-08-10",
     {"found": "2024-08-02", "dismissed": "2024-08-02"}),
    # added while fixing: a month with no day told moves the story there; an aside does not
    ("The jury ruled on Thursday. The first doctor was shot last October. His name was struck "
     "from the list that same day.", "1999-02-06",
     {"ruled": "1999-02-04", "shot": "1998-10", "struck": "1998-10"}),
    ("The mayor spoke on Monday. The city was founded in 1850. Later that day, she resigned.",
     "2021-01-06", {"spoke": "2021-01-04", "resigned": "2021-01-04"}),
]


@pytest.mark.parametrize(("text", "published", "dates"), EVENTS)
def test_event_dates(nlp: Any, text: str, published: str | None, dates: dict[str, str | None]) -> None:
    article = make_article(nlp, text, published)
    article.events = [event_at(article, word) for word in dates]
    date_events(article)
    assert {event.id: event.date.value for event in article.events} == dates
    if published is None:
        assert all(event.date.granularity == "unknown" for event in article.events)


if __name__ == "__main__":
    for kinds in (("DATE",), ("TIME",), ("DURATION",), ("SET",), TYPES):
        print(f"{'+'.join(kinds):24}", WRITTEN.figures(kinds))
    WRITTEN.report(16)
