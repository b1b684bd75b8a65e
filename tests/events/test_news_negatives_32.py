"""No event where nothing political happened (round 32, news precision and CASE disaster alarms):
a held-out set of news-style sentences written for this round before any rule was changed.

The rows of ``data/news_negatives_32.jsonl`` cover what a day of world news holds that is not a
political event: weather and climate reports, natural disasters (quakes, floods, fires, storms,
landslides, eruptions, tsunamis, with death tolls, rescuers and people fleeing), epidemics,
accidents (crashes, collisions, explosions), business results, lawsuits and settlements between
companies, markets, science, health advice, culture, sport (wins, defeats, a sacked manager),
celebrity, commemorations and anniversaries, polls and surveys, obituaries and profiles (a general
who once led a war), figurative language (price wars, taking a city by storm), products, animals
(locusts invading, elephants storming a village) and history told as background (with
``background``, only events not flagged as recalled count). The "must stay" rows report a real
event in the same settings: a government's evacuation order, a lockdown or an arrest (COERCE),
soldiers sent to a quake zone (MOBILIZE), relief sent or pledged by a government (AID), real
appeals and demands (REQUEST), police firing on protesters in a heatwave, rebels attacking an aid
convoy (ASSAULT), protests over a flood response, a leader's accusation, visit or meeting, a pact
and sanctions.

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
        (Path(__file__).parent / "data" / "news_negatives_32.jsonl").read_text(encoding="utf-8").splitlines()]
PUBLISHED = "2026-12-07"    # news is dated: a year long past is then recalled, not new
XFAIL: dict[str, str] = {
    "Bangladesh's government ordered 800,000 people to evacuate coastal districts before the cyclone.":
        "'ordered N people to evacuate' is coded REQUEST (0.58), not COERCE restrict: the trigger lexicon "
        "(another helper's files this round) reads an order to leave as a request",
    "Health authorities in Guangzhou locked down a district of 1.2 million people after the outbreak.":
        "no trigger for 'locked down' (COERCE restrict) in the trigger lexicon (another helper's files this "
        "round)",
}
RETRAIN: dict[str, str] = {}


def test_the_set_covers_the_classes() -> None:
    check_news_classes(ROWS)


@pytest.mark.parametrize("row", list(news_row_params(ROWS, XFAIL, RETRAIN)))
def test_no_event_that_did_not_happen(nlp: Any, row: dict[str, Any]) -> None:
    check_news_row(row, PUBLISHED, "news-negatives-32")
