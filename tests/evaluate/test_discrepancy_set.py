"""The discrepancy test set (issue 24): our pairs of reports load, hold what the README says,
and split stably; the scorer counts flags as the README says."""

from __future__ import annotations

import json

import pytest

from eventwire.coverage.model import KINDS
from eventwire.errors import GoldDataError
from eventwire.evaluate import SETS
from eventwire.evaluate import discrepancies as scorer
from eventwire.evaluate.split import document_key, part_of


@pytest.fixture(scope="module")
def pairs():
    return scorer.load_pairs()


def test_the_set_has_60_pairs_and_20_without_discrepancy(pairs):
    assert len(pairs) >= 60
    assert sum(not p["kinds"] for p in pairs) >= 20
    assert len({p["id"] for p in pairs}) == len(pairs)


def test_every_kind_is_known_and_exercised(pairs):
    used = {k for p in pairs for k in p["kinds"]}
    assert used == set(KINDS)


def test_the_split_is_by_pair_id_and_has_both_parts(pairs):
    parts = {p["id"]: part_of(document_key("discrepancy", p["id"])) for p in pairs}
    assert parts == {p["id"]: part_of(scorer.part_key(p)) for p in pairs}
    assert part_of("discrepancy:d001") == part_of(document_key("discrepancy", "d001"))
    assert set(parts.values()) == {"tune", "check"}


def test_a_pair_with_an_unknown_kind_is_refused(tmp_path):
    bad = {"id": "x", "type": "ASSAULT", "kinds": ["tone"],
           "a": {"text": "t", "published": "2024-01-01"}, "b": {"text": "t", "published": "2024-01-01"}}
    path = tmp_path / "pairs.jsonl"
    path.write_text(json.dumps(bad) + "\n", encoding="utf-8")
    with pytest.raises(GoldDataError, match="unknown kinds"):
        scorer.load_pairs(path)


def test_the_set_is_registered_for_eval():
    assert SETS["discrepancies"][0] == "eventwire.evaluate.discrepancies"


def test_flags_are_scored_as_sets_of_kinds():
    results = [({"kinds": ["toll"]}, {"toll", "place"}),   # one right, one false flag
               ({"kinds": []}, set()),                     # clean and unflagged
               ({"kinds": []}, {"date"}),                  # clean but flagged
               ({"kinds": ["role"]}, None)]                # not coded: a miss
    figures = scorer.score(results)
    assert figures["precision"] == pytest.approx(1 / 3)
    assert figures["recall"] == pytest.approx(1 / 2)
    assert figures["no_false_flag"] == pytest.approx(1 / 2)
    assert figures["coded"] == pytest.approx(3 / 4)
    assert figures["by_kind"]["role"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 1}
