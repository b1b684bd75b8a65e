"""One story per happening: a fifth record set, written before the linker was changed for it.

``data/stories_25.jsonl`` has the format of ``data/stories_22.jsonl`` (see
:mod:`tests.link.test_stories_22`), in our own words, about imagined or general happenings.
Its *same* records tell one happening as two outlets do: a toll or count updated, a magnitude
revised, a town in one and its region in the other, a suspect's age or name given only later,
a seized ship named in one title only. Its *different* records are two happenings of one kind
(two earthquakes, two arrests of different officials, two bank robberies by robbers of other
ages, two school shootings, two ship seizures by different states, two floods months apart)
told apart by their days, places, named people, figures, victims' ages or parties. Its
*chain* records hold a vague third report that resembles both happenings.

    PYTHONPATH=. python tests/link/test_stories_25.py     # prints each record's verdict and the tally
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.link.conftest import check_record_set, link_records, print_verdicts, read_records, record_params

RECORDS = Path(__file__).parent / "data" / "stories_25.jsonl"
# records the linker still gets wrong (each a strict xfail), wrong before this set's change too
# (no learned linker ships, so the cosine still decides): a flood whose later report gives only
# a higher toll and a weekday ("toll rises to 9 on Thursday") against the first report's day and
# toll (s11); two ferry fires chained by a vague third report that names neither sea (c03)
STILL_WRONG = {"s11", "c03"}


@pytest.fixture(scope="module")
def joined(nlp: Any, tmp_path_factory: pytest.TempPathFactory) -> dict[str, bool]:
    return link_records(read_records(RECORDS), tmp_path_factory.mktemp("stories25"))


def test_the_record_set_is_large_balanced_and_well_formed() -> None:
    check_record_set(read_records(RECORDS))


def test_the_learned_decision_sees_who_and_where_each_report_is_about() -> None:
    from eventwire.link import decide

    # two arrests of a kind: the kind's words and the country shared, each report's own
    # official not named by the other
    first = {"arrested": 1.0, "bribes": 1.0, "@varga": 2.0, "@hungary": 2.0, "55-year-old": 2.5, "%HU": 1.0}
    second = {"arrested": 1.0, "bribes": 1.0, "@nemeth": 2.0, "@hungary": 2.0, "38-year-old": 2.5, "%HU": 1.0}
    again = {"detained": 1.0, "bribes": 1.0, "@varga": 2.0, "@hungary": 2.0, "%HU": 1.0}
    df = {"arrested": 2, "detained": 1, "bribes": 3, "@varga": 2, "@nemeth": 1, "@hungary": 3,
          "55-year-old": 1, "38-year-old": 1}
    apart = decide.features(first, second, 0.3, df, 3)
    same = decide.features(first, again, 0.3, df, 3)
    assert apart["top_name_held"] == 0.0 and same["top_name_held"] == 1.0
    assert apart["telling_max"] < same["telling_max"]
    assert apart["ages_apart"] == 1.0 and same["ages_apart"] == 0.0
    assert apart["country_conflict"] == 0.0 and "region_conflict" not in apart
    assert decide.features(first, first, 1.0, df, 3)["days_apart"] == 0.0


@pytest.mark.parametrize("record", record_params(read_records(RECORDS), STILL_WRONG))
def test_a_story_holds_one_happening(record: dict[str, Any], joined: dict[str, bool]) -> None:
    assert joined[record["id"]] is (record["relation"] == "same")


if __name__ == "__main__":
    print_verdicts(RECORDS, 70)
