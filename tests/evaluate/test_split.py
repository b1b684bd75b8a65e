"""Tune and check parts: deterministic, about 70/30, the same sentence in the same part
however it is tokenized, and the figures of `eval` for both parts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.cli import evaluation
from eventwire.evaluate import SETS
from eventwire.evaluate.split import document_key, keeper, kept, part_of, sentence_key


def test_a_key_always_falls_in_the_same_part():
    # pinned: a change of the hash or the bucket rule would move items between parts
    assert [part_of(k) for k in ("ecbplus:4", "ecbplus:1", "geo:0", "geo:1", "s:abc")] == \
        ["check", "tune", "tune", "check", "tune"]


def test_about_three_in_ten_keys_are_check_keys():
    share = sum(part_of(f"doc:{n}") == "check" for n in range(10_000)) / 10_000
    assert 0.28 < share < 0.32


def test_a_sentence_has_one_key_tokenized_or_not():
    plain = "The minister's visit to Kabul, on Monday, was cancelled."
    tokens = "The minister 's visit to Kabul , on Monday , was cancelled ."
    assert sentence_key(plain) == sentence_key(tokens)
    assert sentence_key(plain) != sentence_key("The minister's visit to Kandahar was cancelled.")


def test_keepers_select_complementary_parts():
    keys = [document_key("polnear", f"article-{n}") for n in range(200)]
    tune, check = keeper("tune"), keeper("check")
    assert all(kept(tune, k) != kept(check, k) for k in keys)
    assert all(kept(keeper("all"), k) and kept(None, k) for k in keys)


def test_an_unknown_part_is_refused():
    with pytest.raises(ValueError, match="unknown part 'dev'"):
        keeper("dev")


def _fake_run(path: Path, limit=None, keep=None):
    keys = [f"item-{n}" for n in range(limit or 40)]
    chosen = [k for k in keys if kept(keep, k)]
    return {"items": len(chosen), "share": len(chosen) / len(keys), "nested": {"a": 1},
            "per_type": {"ASSAULT": {"precision": 0.5, "support": 4},
                         "AGREE": {"precision": None, "support": 0}}}


@pytest.fixture
def fake_set(monkeypatch, tmp_path):
    import sys
    import types

    module = types.ModuleType("fake_eval_set")
    module.run = _fake_run  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "fake_eval_set", module)
    monkeypatch.setattr("eventwire.evaluate.SETS", {"fake": ("fake_eval_set", ".")})
    monkeypatch.setattr("eventwire.cli.evaluation.SETS", {"fake": ("fake_eval_set", ".")})
    return tmp_path


def test_eval_prints_tune_and_check_side_by_side(fake_set, capsys):
    evaluation.run_eval("fake", str(fake_set), as_json=True)
    figures = json.loads(capsys.readouterr().out)
    assert figures["part"] == "both"
    assert figures["tune"]["items"] + figures["check"]["items"] == 40
    assert figures["check"]["items"] == sum(part_of(f"item-{n}") == "check" for n in range(40))


def test_eval_all_writes_one_markdown_and_one_json_report(fake_set):
    out = fake_set / "report"
    evaluation.run_all(str(fake_set), str(out))
    report = json.loads(out.with_suffix(".json").read_text())
    assert set(report["sets"]["fake"]) == {"tune", "check"}
    markdown = out.with_suffix(".md").read_text()
    check_items = report["sets"]["fake"]["check"]["items"]
    assert f"| items | {40 - check_items} | {check_items} |" in markdown
    assert "nested" not in markdown
    assert "### fake: per_type (check)" in markdown
    assert "| ASSAULT | 0.500 | 4 |" in markdown and "| AGREE | – | 0 |" in markdown


def test_every_registered_set_has_a_default_path_under_gold_dev():
    assert {"plover_gsr", "conflibert_cameo", "news"} <= set(SETS)
    assert all(not default.startswith("/") for _, default in SETS.values())
