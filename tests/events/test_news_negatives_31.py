"""No event where nothing political happened (round 31, news precision and CASE disaster alarms):
a held-out set of news-style sentences written for this round before any rule was changed.

The rows of ``data/news_negatives_31.jsonl`` cover what a day of world news holds that is not a
political event: weather and climate reports, natural disasters (quakes, floods, fires, storms,
eruptions, with death tolls, rescuers and people fleeing), epidemics, accidents (crashes,
derailments, a ferry evacuated by its crew), business results and markets, science, health advice,
culture, sport, celebrity, commemorations and anniversaries, polls and surveys, obituaries and
profiles, figurative language, products and animals, and history told as background (with
``background``, only events not flagged as recalled count). The "must stay" rows report a real
event in the same settings: a government's evacuation order or quarantine (COERCE), troops
deployed after a quake (MOBILIZE), real appeals and calls to do something (REQUEST, "appealed to X
to VERB" as against the negative "appealed to voters through ..."), police firing on flood
protesters, relief sent by a government (AID).

Each row is coded by the whole pipeline and only the events at or above the ``min_confidence``
setting count, as in the news evaluation. Rows in XFAIL were still wrong when the round ended
(strict, so a fix shows); rows in RETRAIN are expected to be fixed only by the end-of-round retrain
of the learned detector on the round's new examples (non-strict).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.events.conftest import check_news_classes, check_news_row, news_row_params

ROWS = [json.loads(line) for line in
        (Path(__file__).parent / "data" / "news_negatives_31.jsonl").read_text(encoding="utf-8").splitlines()]
PUBLISHED = "2026-11-20"    # news is dated: a year long past is then recalled, not new
XFAIL: dict[str, str] = {
    "The Swiss food group agreed to buy a Brazilian coffee roaster for 1.2 billion dollars.":
        "a company's agreed purchase is coded AGREE: the coding guide counts a business deal carried out "
        "or a merger as COOPERATE, so a deal between companies is not told from a pact by a general rule",
    "The striker was attacked on social media after missing the decisive penalty.":
        "an attack 'on social media' is not read as one in words, and 'striker' and 'penalty' are no "
        "sport-only words (a labour striker, a legal penalty)",
    "The Philippine government ordered the evacuation of coastal villages ahead of the typhoon.":
        "'ordered the evacuation' is coded REQUEST (0.40), not COERCE restrict: the trigger lexicon "
        "(another helper's files this round) has no evacuation-order entry",
    "Chile's interior ministry ordered residents of three towns to leave their homes as the fires spread.":
        "'ordered residents to leave' is coded REQUEST (0.22), not COERCE restrict: the trigger lexicon "
        "(another helper's files this round) reads an order to leave as a request",
    "Authorities imposed a quarantine on two villages in Uganda after the Ebola outbreak.":
        "no trigger for a quarantine imposed on people (COERCE restrict) in the trigger lexicon "
        "(another helper's files this round)",
}
RETRAIN: dict[str, str] = {}     # the retrain at 19:13 lifted both appeals over the floor (0.59, 0.65)


def test_the_set_covers_the_classes() -> None:
    check_news_classes(ROWS)


@pytest.mark.parametrize("row", list(news_row_params(ROWS, XFAIL, RETRAIN)))
def test_no_event_that_did_not_happen(nlp: Any, row: dict[str, Any]) -> None:
    check_news_row(row, PUBLISHED, "news-negatives-31")
