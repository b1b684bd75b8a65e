"""No event where nothing political happened (round 30, news precision, issue #19): a held-out set
of news-style sentences written for this round before any rule was changed.

The rows of ``data/news_negatives_30.jsonl`` cover the classes of false events independent judges
found on unseen news: sport and celebrity news (an injury, a transfer, an award or a casting),
courtroom and interview procedure (a plea, a question put to someone), document releases, lobbying,
figurative and generic language (a poll lead, a habit, an appeal to voters), natural disasters,
accidents and epidemics, weather, markets and the economy, obituaries, product launches and reviews;
and classes of our own: animals attacking people, games, medicine and science, auctions and
exams. The "must stay" rows report a real event of the given type in similar wording (fans
beating a player, a state's honour to another state's president, a court ordering a release, an
army attack during a flood). The rows whose kind says "added after probing" were written after the
first rules of the round, from sentences of our own that still leaked. Each row is coded by the
whole pipeline and only the events at or above the ``min_confidence`` setting count, as in the
news evaluation.

A row's ``gold`` type must be coded and the types in its ``forbid`` must not be coded as asserted;
a row without ``gold`` must give no kept event at all (with ``background``, no event that is not
recalled history). Rows listed in XFAIL were still wrong when the round ended; they are strict, so
a fix shows.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.events.conftest import check_news_row, row_params

ROWS = [json.loads(line) for line in
        (Path(__file__).parent / "data" / "news_negatives_30.jsonl").read_text(encoding="utf-8").splitlines()]
PUBLISHED = "2026-03-02"    # news is dated: a year long past is then recalled, not new
XFAIL: dict[str, str] = {
    "The Australian opener was struck on the helmet by a bouncer and retired hurt on the first morning.":
        "no sport-only word: 'bouncer' is as often a doorman who strikes someone, and 'opener' and "
        "'retired hurt' are not read as cricket",
    "Morocco awarded its highest honour to the president of Senegal during a state visit.":
        "no trigger for a state conferring an honour on another state's leader (SUPPORT): the trigger "
        "lexicon (another helper's files this round) has no entry for 'awarded ... honour'",
    "Real Madrid agreed a fee with Chelsea for the Belgian goalkeeper.":
        "a club named after a city is tagged GPE, a state: a state's deal is kept even in a sentence of "
        "sport",
}


def test_the_set_covers_every_class_with_four_rows() -> None:
    kinds = [row["kind"] for row in ROWS]
    negatives = [row for row in ROWS if row["gold"] is None]
    assert len(negatives) >= 60 and len(ROWS) - len(negatives) >= 20
    for group in (("sport", "celebrity"), ("court", "interview"), ("document",), ("lobbying",),
                  ("figurative", "generic"), ("disaster", "epidemic", "accident"), ("weather",),
                  ("market", "economy"), ("obituary",), ("product",), ("review",)):
        assert sum(kind in group for kind in kinds) >= 4, group


@pytest.mark.parametrize("row", list(row_params(ROWS, XFAIL)))
def test_no_event_that_did_not_happen(nlp: Any, row: dict[str, Any]) -> None:
    check_news_row(row, PUBLISHED, "news-negatives-30")
