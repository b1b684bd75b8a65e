"""The Zyte benchmark score: token 4-gram shingles, per-page normalised counts, mean P/R."""

from __future__ import annotations

import gzip
import json

import pytest

from eventwire.evaluate.zyte import run, scores, shingle_counts, shingles


def test_shingles_are_word_token_four_grams_counted_with_repeats():
    assert shingles("a b c d a b c d") == {("a", "b", "c", "d"): 2, ("b", "c", "d", "a"): 1,
                                           ("c", "d", "a", "b"): 1, ("d", "a", "b", "c"): 1}


def test_a_text_shorter_than_four_tokens_is_one_shingle():
    assert shingles("Talks, resumed!") == {("Talks", "resumed"): 1}


def test_page_counts_are_normalised_to_sum_one():
    tp, fp, fn = shingle_counts("one two three four five", "one two three four six seven")
    assert (tp, fp, fn) == pytest.approx((1 / 4, 2 / 4, 1 / 4))


def test_a_perfect_page_scores_one_and_an_empty_prediction_scores_zero_recall():
    assert scores([shingle_counts("a b c d e", "a b c d e")])["f1"] == 1.0
    assert scores([shingle_counts("a b c d e", "")]) == {"precision": 0.0, "recall": 0.0,
                                                         "f1": 0.0}


def test_precision_is_averaged_only_over_pages_that_predicted_something():
    pages = [shingle_counts("a b c d e", "a b c d e"), shingle_counts("a b c d e", "")]
    assert scores(pages) == {"precision": 1.0, "recall": 0.5, "f1": round(2 / 3, 4)}


def test_run_scores_our_text_and_trafilaturas_on_the_same_pages(tmp_path):
    body = ("India's ambassador to Qatar met the head of the Taliban's political office on "
            "Tuesday, the foreign ministry said in a statement released in New Delhi.")
    more = ("The two sides discussed the safety of Indians left behind in Afghanistan and the "
            "early return of stranded nationals, officials said.")
    page = f"<html><body><article><p>{body}</p><p>{more}</p></article></body></html>"
    (tmp_path / "html").mkdir()
    (tmp_path / "html" / "k1.html.gz").write_bytes(gzip.compress(page.encode("utf-8")))
    truth = {"k1": {"articleBody": f"{body}\n{more}", "url": "https://e.org/1"}}
    (tmp_path / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")
    figures = run(tmp_path)
    assert figures["pages"] == 1
    assert figures["f1"] > 0.9 and figures["trafilatura_f1"] > 0.9


@pytest.mark.slow
@pytest.mark.gold
def test_our_text_scores_at_least_trafilatura_on_the_zyte_dev_pages(shared):
    figures = run(shared / "gold" / "dev" / "zyte")
    assert figures["f1"] >= max(figures["trafilatura_f1"], 0.90)
