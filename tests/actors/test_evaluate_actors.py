"""`eventwire eval actors`: the figures, on a tiny hand-made gold folder (issue 4)."""

from __future__ import annotations

import json

import pytest

from eventwire.evaluate import actors as evaluation

RECORD = {"id": "x-1", "date": "2000-01-01", "event": "CONSULT", "text":
          "Israeli Prime Minister Ehud Barak met Jordanian officials in Amman.",
          "source": [{"actorText": "Israeli Prime Minister Ehud Barak", "code": "ISR", "sector": "GOV"}],
          "target": [{"actorText": "Jordanian officials", "code": "JOR", "sector": "GOV"}]}
NER = "Israeli B-S\ntroops I-S\nattacked O\nPalestinian B-T\nprotesters I-T\n. O\n"


@pytest.fixture
def gold(tmp_path):
    (tmp_path / "plover_gsr").mkdir()
    (tmp_path / "plover_gsr" / "dev.json").write_text(json.dumps([{"event": "DOCUMENT"}, RECORD]))
    ner = tmp_path / "conflibert_cameo" / "cameo_ner"
    ner.mkdir(parents=True)
    (ner / "train.txt").write_text(NER)
    return tmp_path


def test_the_realistic_mentions_are_many_and_well_formed():
    rows = evaluation.load_mentions()
    assert len(rows) >= 150
    assert len({row["country"] for row in rows}) >= 80


@pytest.mark.slow
def test_figures_on_a_tiny_gold_folder(gold):
    figures = evaluation.run(gold, limit=4)
    assert figures["plover_sentences"] == 1
    assert (figures["source_country_accuracy"], figures["target_country_accuracy"]) == (1.0, 1.0)
    assert (figures["sector_accuracy"], figures["sector_support"]) == (1.0, 2)
    assert (figures["span_sentences"], figures["span_recall"]) == (1, 1.0)
    assert figures["mentions"] == 4 and 0.0 <= figures["mentions_sector_accuracy"] <= 1.0
