"""No asserted event where nothing new happened (round 24, news precision): a held-out set of
news-style sentences written for this round before any rule was changed.

The rows of ``data/news_negatives_24.jsonl`` cover plans and schedules ("will meet next week",
"plans to sign": the planned act is coded with the future modality, not as done), accusations
("accused the militia of burning homes": ACCUSE, never the accused act as asserted), denials and
rumours ("denied that it had attacked"), history and anniversaries ("in 1994 troops stormed",
"marked the anniversary of the massacre"), obituaries and ceremonies, and "must stay" rows that
report a real event of the given type. Each row is coded by the whole pipeline and only the events
at or above the ``min_confidence`` setting count, as in the news evaluation.

A row's ``gold`` type must be coded (with the row's ``modality`` when it has one); a row without
``gold`` and without ``forbid`` must give no event at all; the types in ``forbid`` must not be coded
as asserted. On a ``background`` row (history, anniversaries, obituaries) an event recalled from the
past may be coded, flagged background (docs/annotation.md, "History and background"); only events
not so flagged count. Rows listed in XFAIL were still wrong when the round ended; they are strict, so a fix
shows.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.events.conftest import check_news_row, row_params

ROWS = [json.loads(line) for line in
        (Path(__file__).parent / "data" / "news_negatives_24.jsonl").read_text(encoding="utf-8").splitlines()]
PUBLISHED = "2026-03-02"    # news is dated: a year long past is then recalled, not new
FUTURE = ("rules.future_codes recodes a planned act as AGREE or THREATEN (PLOVER), where docs/annotation.md "
          "codes the planned type with modality future; that coding then falls under the threshold")
XFAIL: dict[str, str] = {
    "The union intends to stage a nationwide strike at the end of the month.": FUTURE,
    "The minister is due to travel to Beijing for talks with his Chinese counterpart.":
    "the purpose ('for talks') of a planned trip is not governed by the plan (modality.governor stops at "
    "'for'), so the talks are asserted; the trip is CONSULT future but under the threshold (0.16)",
    "The two governments signed a water-sharing agreement on Wednesday.":
    "typing (match.py): 'signed an agreement' with a compound object is coded SUPPORT",
    "The European Union imposed sanctions on five officials over the crackdown.":
    "typing (match.py): 'imposed sanctions' is coded COERCE",
    "Mourners gathered for the funeral of the veteran diplomat who negotiated the ceasefire decades ago.":
        "after coder.19's refit CONSULT on 'negotiated', not flagged background, scores 0.53, above the "
        "threshold",
}



@pytest.mark.parametrize("row", list(row_params(ROWS, XFAIL)))
def test_no_asserted_event_that_did_not_happen(nlp: Any, row: dict[str, Any]) -> None:
    check_news_row(row, PUBLISHED, "news-negatives-24")
