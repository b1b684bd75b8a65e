"""One story per happening: a fourth record set, written before the linker was changed for it.

``data/stories_24.jsonl`` has the format of ``data/stories_22.jsonl`` (see
:mod:`tests.link.test_stories_22`), in our own words, about imagined or general happenings.
Its *same* records tell one happening as two outlets do: a toll or count that was updated, a
town in one and only its province, district or country in the other, an airport for its
city, rounded percentages, a suspect's age in one and not the other. Its *different* records
carry the evidence that tells two happenings of one kind apart: happening dates months apart
(written out in full, as no publication date is given), other towns or regions, tolls far
apart, other named people, "another" or "a separate" wording, one report recalling the other
as past. Its *chain* records hold a vague third report that resembles both happenings.

    PYTHONPATH=. python tests/link/test_stories_24.py     # prints each record's verdict and the tally
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from tests.link.conftest import check_record_set, link_records, print_verdicts, read_records, record_params

RECORDS = Path(__file__).parent / "data" / "stories_24.jsonl"
# records the linker still gets wrong (each a strict xfail): reports of one happening whose
# best neighbour is a report of another record that shares a bare number, a day of the month
# read as a figure ("on 14 September" and "14 dead", "30 dead" and "30 of the students", "on 11
# May" and "killed 11": s01 s04 s06; reading the day with its month as one word, or leaving it
# out, lowered ECB+ tune CV B-cubed F1 0.979 -> 0.970); two hospital cyberattacks in two
# countries whose later report recalls the earlier one by name, the earlier undated to the day
# (d06: nothing reads "the one on a Bremen hospital in March" as past)
# d04 (two ministers of one cabinet resigning seven months apart) is kept apart by DAY_CONTRAST
STILL_WRONG = {"d06", "s01", "s04", "s06"}


@pytest.fixture(scope="module")
def joined(nlp: Any, tmp_path_factory: pytest.TempPathFactory) -> dict[str, bool]:
    return link_records(read_records(RECORDS), tmp_path_factory.mktemp("stories24"))


def test_the_record_set_is_large_balanced_and_well_formed() -> None:
    check_record_set(read_records(RECORDS))


def test_events_dated_months_apart_lower_the_similarity() -> None:
    from eventwire.link import stories, topic_cv

    def signature(*days: str) -> dict[str, float]:
        return dict.fromkeys(["resigned", "minister", "@cabinet", *(f"#{day}" for day in days)], 1.0)

    feb, sep = signature("2025-02-03"), signature("2025-09-19")
    assert stories.dated(feb) == {dt.date(2025, 2, 3)}
    assert stories.DAY_CONTRAST < 1.0
    apart = stories.similarity(feb, sep)
    with topic_cv.setting({"DAY_CONTRAST": 1.0}):
        plain = stories.similarity(feb, sep)
    assert apart == pytest.approx(stories.DAY_CONTRAST * plain)
    assert stories.similarities([feb, sep], {}, 2)[0, 1] == pytest.approx(apart)
    # a day within DAY_GAP of one of the other's, or one side with no day: no contrast
    near = signature("2025-02-20", "2025-09-19")
    assert stories.day_contrast(stories.dated(feb), stories.dated(near)) == 1.0
    assert stories.day_contrast(stories.dated(feb), set()) == 1.0


@pytest.mark.parametrize("record", record_params(read_records(RECORDS), STILL_WRONG))
def test_a_story_holds_one_happening(record: dict[str, Any], joined: dict[str, bool]) -> None:
    assert joined[record["id"]] is (record["relation"] == "same")


if __name__ == "__main__":
    print_verdicts(RECORDS, 60)
