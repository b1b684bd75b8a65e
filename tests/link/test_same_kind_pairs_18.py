"""A second, harder set of pairs, written before the linker was changed for it: reports of
different happenings of one kind stay in two stories; two outlets' reports of one happening
share one.

``data/same_kind_pairs_18.jsonl`` has the format of ``data/same_kind_pairs.jsonl`` (see
``test_same_kind_pairs.py``), in our own words, and is shaped like the topics of a news
corpus: the two happenings of a *different* pair share the kind's vocabulary and often the
same sort of actors (two earthquakes, two police shootings in two American cities, two
launches or two purchases by one company, two managers of one club sacked years apart), and
only some reports carry a year. The two reports of a *same* pair tell one happening with
different words, details and emphasis, as two outlets do: one gives the toll, the other the
town; one the date, the other a weekday; their figures may disagree (a toll that rose).
Linked the same way, all 130 articles into one store through the store's own path.

    PYTHONPATH=. python tests/link/test_same_kind_pairs_18.py     # prints each pair's verdict and the tally
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.link.test_same_kind_pairs import link_pairs, print_tally

PAIRS = Path(__file__).parent / "data" / "same_kind_pairs_18.jsonl"
# pairs the linker still gets wrong (each a strict xfail): different happenings merged when
# they share the company, club, pope or summit and differ only in years, figures or places
# (d03 d07 d20 d22 d23), or share no name but the kind's words (d06 d19 d21); reports
# of one happening kept apart when they share almost no word or name (s56 s58 s61 s62 s64) or
# the coder misplaces a town or reads a name wrongly (s48; s49 linked since round 30)
# d06, d19 and d24 were kept apart by NAME_CONTRAST 0.75 with a chain guard, taken out again
# in coder.16 (link/stories.py); d09 and d24 were kept apart by REGION_CONTRAST, off since coder.17
STILL_WRONG = {"d03", "d06", "d07", "d09", "d19", "d20", "d21", "d22", "d23", "d24",
               "s48", "s56", "s58", "s61", "s62", "s64"}


def load_pairs() -> list[dict[str, Any]]:
    return [json.loads(line) for line in PAIRS.read_text("utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def joined(nlp, tmp_path_factory: pytest.TempPathFactory) -> dict[str, bool]:
    return link_pairs(load_pairs(), tmp_path_factory.mktemp("pairs18"))


def test_the_pair_set_is_large_and_well_formed():
    pairs = load_pairs()
    assert len({p["id"] for p in pairs}) == len(pairs)
    assert sum(p["relation"] == "different" for p in pairs) >= 30
    assert sum(p["relation"] == "same" for p in pairs) >= 30
    for pair in pairs:
        assert pair["relation"] in ("same", "different")
        assert all(pair[side]["title"] and pair[side]["text"] for side in ("a", "b"))


@pytest.mark.parametrize("pair", [
    pytest.param(p, marks=pytest.mark.xfail(strict=True, reason="linked wrongly")) if p["id"] in STILL_WRONG
    else p for p in load_pairs()], ids=lambda p: f"{p['id']}-{p['relation']}-{p['kind']}")
def test_a_pair_is_one_story_exactly_when_it_reports_one_happening(pair, joined):
    assert joined[pair["id"]] is (pair["relation"] == "same")


if __name__ == "__main__":
    print_tally(load_pairs())
