"""The PolNeAR scorer: brat attribution relations against predicted quotes."""

from __future__ import annotations

import pytest

from eventwire.evaluate.polnear import first_annotations, read_brat, score
from eventwire.records import Quote, Span

TEXT = "“We will win. We always do,” said Kim. Lee said that taxes would rise."
BRAT = """T1\tContent 1 13;14 26\tWe will win. We always do
T2\tCue 29 33\tsaid
T3\tSource 34 37\tKim
T4\tAttribution 29 33\tsaid
E1\tAttribution:T4 Content:T1 Cue:T2 Source:T3
T5\tSource 39 42\tLee
T6\tCue 43 47\tsaid
T7\tContent 48 69\tthat taxes would rise
T8\tAttribution 43 47\tsaid
E2\tAttribution:T8 Source:T5 Cue:T6 Content:T7
"""


def quote(speaker: str | None, cue: str, content: str) -> Quote:
    def span(part: str) -> Span:
        start = TEXT.index(part)
        return Span(part, start, start + len(part))

    return Quote(span(speaker) if speaker else None, span(cue), span(content))


def test_brat_relations_keep_discontinuous_content_and_source():
    gold = read_brat(BRAT)
    assert [(g.content, g.source) for g in gold] == [([(1, 13), (14, 26)], [(34, 37)]),
                                                     ([(48, 69)], [(39, 42)])]


def test_perfect_quotes_score_one():
    predicted = [quote("Kim", "said", "We will win. We always do"),
                 quote("Lee", "said", "that taxes would rise")]
    figures = score([(read_brat(BRAT), predicted, TEXT)])
    assert (figures["content_f1"], figures["exact_f1"], figures["speaker_accuracy"]) == (1.0, 1.0, 1.0)


def test_half_overlap_matches_but_is_not_exact():
    predicted = [quote("Lee", "said", "taxes would rise"), quote("Kim", "said", "We always do")]
    figures = score([(read_brat(BRAT), predicted, TEXT)])
    assert figures["content_f1"] == 1.0 and figures["exact_f1"] == 0.0


def test_wrong_speaker_and_missed_quote():
    figures = score([(read_brat(BRAT), [quote("Kim", "said", "that taxes would rise")], TEXT)])
    assert figures["content_precision"] == 1.0 and figures["content_recall"] == 0.5
    assert figures["speaker_accuracy"] == 0.0


def test_small_overlap_does_not_match():
    figures = score([(read_brat(BRAT), [quote(None, "said", "Lee said that")], TEXT)])
    assert figures["matched_quotes"] == 0


def test_first_annotator_file_per_article(tmp_path):
    for name in ("a_2016_ff01.ann", "a_2016_0a02.ann", "b_2016_0c03.ann"):
        (tmp_path / name).write_text("")
    assert {k: v.name for k, v in first_annotations(tmp_path).items()} == {
        "a_2016": "a_2016_0a02.ann", "b_2016": "b_2016_0c03.ann"}


@pytest.mark.slow
@pytest.mark.gold
def test_polnear_runs_on_a_few_dev_articles(shared):
    from eventwire.evaluate import SETS, evaluate

    figures = evaluate("polnear", shared / "gold" / "dev" / SETS["polnear"][1], limit=2)
    assert figures["articles"] == 2 and 0.0 <= figures["content_f1"] <= 1.0
