"""No asserted event where nothing political happened (round 28, news precision, issue #19): a
held-out set of news-style sentences written for this round before any rule was changed.

The rows of ``data/news_negatives_28.jsonl`` cover statistics and survey findings, historical
background ("since the coup in ..."), conditionals and counterfactuals, questions and headlines,
obituaries and profiles, market and business news (a takeover bid is COOPERATE hypothetical), sport,
weather and disease, deaths in accidents, opinion pieces' "should", and "must stay" rows that report
a real event of the given type in similar wording. Each row is coded by the whole pipeline and only
the events at or above the ``min_confidence`` setting count, as in the news evaluation.

A row's ``gold`` type must be coded; a row without ``gold`` and without ``forbid`` must give no event
at all; the types in ``forbid`` must not be coded as asserted. A row with ``background`` may code
events only as recalled history. Rows listed in XFAIL were still wrong when the round ended; they
are strict, so a fix shows.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.events.conftest import check_news_row, row_params

ROWS = [json.loads(line) for line in
        (Path(__file__).parent / "data" / "news_negatives_28.jsonl").read_text(encoding="utf-8").splitlines()]
PUBLISHED = "2026-03-02"    # news is dated: a year long past is then recalled, not new
XFAIL: dict[str, str] = {
    "The mining group launched a hostile takeover bid for its smaller rival on Monday.":
        "the 'takeover bid' noun is now coded COOPERATE hypothetical (review rf28a), but a hypothetical "
        "event with no party's country stays below the kept confidence until the event model is refitted",
}



@pytest.mark.parametrize("row", list(row_params(ROWS, XFAIL)))
def test_no_asserted_event_that_did_not_happen(nlp: Any, row: dict[str, Any]) -> None:
    check_news_row(row, PUBLISHED, "news-negatives-28")
