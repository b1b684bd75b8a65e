"""find_times: every kind of expression, its offsets and its normalised value."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.when import find_times

PUBLISHED = dt.date(2025, 1, 9)  # a Thursday


def only(text: str, published: dt.date | None = PUBLISHED, doc=None):
    times = find_times(text, published, doc)
    assert len(times) == 1, times
    return times[0]


@pytest.mark.parametrize(("text", "span", "value", "value_end", "granularity"), [
    ("They met in Dubai on Wednesday.", "on Wednesday", "2025-01-08", None, "day"),
    ("They met on Thursday.", "on Thursday", "2025-01-09", None, "day"),
    ("They met on Friday.", "on Friday", "2025-01-03", None, "day"),
    ("He left last Friday.", "last Friday", "2025-01-03", None, "day"),
    ("He leaves next Tuesday.", "next Tuesday", "2025-01-14", None, "day"),
    ("He arrived yesterday.", "yesterday", "2025-01-08", None, "day"),
    ("He arrives today.", "today", "2025-01-09", None, "day"),
    ("He arrives tomorrow.", "tomorrow", "2025-01-10", None, "day"),
    ("Talks were held last week.", "last week", "2024-12-30", "2025-01-05", "range"),
    ("Talks are held next week.", "next week", "2025-01-13", "2025-01-19", "range"),
    ("Prices rose this month.", "this month", "2025-01", None, "month"),
    ("Prices rose last month.", "last month", "2024-12", None, "month"),
    ("Prices rose last year.", "last year", "2024", None, "year"),
    ("Prices rose earlier this year.", "earlier this year", "2025", None, "year"),
    ("It happened two weeks ago.", "two weeks ago", "2024-12-23", "2024-12-29", "range"),
    ("It happened three days ago.", "three days ago", "2025-01-06", None, "day"),
    ("It killed 46 in late December.", "in late December", "2024-12-21", "2024-12-31", "range"),
    ("It began in early December.", "in early December", "2024-12-01", "2024-12-10", "range"),
    ("It began in mid-December.", "in mid-December", "2024-12-11", "2024-12-20", "range"),
    ("It began at the end of November.", "the end of November", "2024-11-21", "2024-11-30",
     "range"),
    ("Contacts began in January.", "in January", "2025-01", None, "month"),
    ("Contacts began in June 2022.", "in June 2022", "2022-06", None, "month"),
    ("A team arrived in 2022.", "in 2022", "2022", None, "year"),
    ("Aid has flowed since 2021.", "since 2021", "2021", None, "year"),
    ("He trained in the 1980s.", "in the 1980s", "1980-01-01", "1989-12-31", "range"),
    ("He trained in the early 1990s.", "in the early 1990s", "1990-01-01", "1993-12-31",
     "range"),
    ("It ended on 31 August 2021.", "on 31 August 2021", "2021-08-31", None, "day"),
    ("It ended August 31, 2021.", "August 31, 2021", "2021-08-31", None, "day"),
    ("It ended Aug. 31.", "Aug. 31", "2024-08-31", None, "day"),
    ("It ended 2021-08-31.", "2021-08-31", "2021-08-31", None, "day"),
    ("It ended 31/08/2021.", "31/08/2021", "2021-08-31", None, "day"),
    ("It ended 08/31/2021.", "08/31/2021", "2021-08-31", None, "day"),
    ("It ended 05/04/2021.", "05/04/2021", "2021-04-05", None, "day"),
    ("They met on 8 January.", "on 8 January", "2025-01-08", None, "day"),
    ("Talks ran between 1 and 3 March.", "between 1 and 3 March", "2025-03-01", "2025-03-03",
     "range"),
    ("Talks ran March 1-3, 2023.", "March 1-3, 2023", "2023-03-01", "2023-03-03", "range"),
    ("It lasted from March to May 2024.", "from March to May 2024", "2024-03-01", "2024-05-31",
     "range"),
    ("Fighting grew between 2019 and 2021.", "between 2019 and 2021", "2019-01-01",
     "2021-12-31", "range"),
    ("Floods came this summer.", "this summer", "2025-06-01", "2025-08-31", "range"),
    ("Floods came last summer.", "last summer", "2024-06-01", "2024-08-31", "range"),
    ("Snow fell in winter 2022.", "in winter 2022", "2021-12-01", "2022-02-28", "range"),
    ("Profit fell in the third quarter.", "in the third quarter", "2024-07-01", "2024-09-30",
     "range"),
    ("Profit fell in Q1 2023.", "in Q1 2023", "2023-01-01", "2023-03-31", "range"),
    ("Sales in fiscal 1989 fell.", "in fiscal 1989", "1989", None, "year"),
])
def test_expression_is_found_and_resolved(text, span, value, value_end, granularity):
    expr = only(text)
    assert (expr.text, expr.value, expr.value_end, expr.granularity) == (
        span, value, value_end, granularity)
    assert text[expr.start:expr.end] == expr.text


@pytest.mark.parametrize(("published", "value"), [
    (dt.date(2021, 9, 1), "2021-09-01"),   # a Wednesday
    (dt.date(2025, 1, 8), "2025-01-08"),
])
def test_same_weekday_means_same_day(published, value):
    assert only("The envoy met him on Wednesday.", published).value == value


@pytest.mark.parametrize(("text", "value"), [
    ("The ministers will meet on Friday.", "2025-01-10"),
    ("The ministers are going to meet on Monday.", "2025-01-13"),
    ("Elections will be held in June.", "2025-06"),
    ("The court will rule on 3 January.", "2026-01-03"),
])
def test_future_tense_looks_forward(text, value):
    assert only(text).value == value


@pytest.mark.parametrize(("text", "value"), [
    ("The ministers will meet on Friday.", "2025-01-10"),
    ("The ministers met on Friday and will meet again.", "2025-01-03"),
    ("Contacts began in June.", "2024-06"),
    ("They met on 10 January.", "2024-01-10"),
    ("Talks ran between 1 and 3 March.", "2024-03-01"),
])
def test_future_tense_comes_from_the_parse_when_a_doc_is_given(nlp, text, value):
    assert only(text, doc=nlp(text)).value == value


@pytest.mark.parametrize(("text", "value"), [
    ("Contacts began in April.", "2025-04"),    # 3 months ahead, 9 back
    ("Contacts began in June.", "2024-06"),     # 5 ahead count as 7.5: more than 7 back
    ("Contacts began in August.", "2024-08"),
    ("They met on 10 January.", "2025-01-10"),
    ("They met on 1 December.", "2024-12-01"),
])
def test_without_a_parse_a_yearless_date_takes_the_nearer_year_leaning_past(text, value):
    assert only(text).value == value


@pytest.mark.parametrize(("text", "values"), [
    ("They met on 5 March 2020. Two days later they signed.", ["2020-03-05", "2020-03-07"]),
    ("They met on 5 March 2020. The next day they signed.", ["2020-03-05", "2020-03-06"]),
    ("They met on 5 March 2020. The following week they signed.",
     ["2020-03-05", "2020-03-09"]),
    ("They met on 5 March 2020. On the same day they signed.", ["2020-03-05", "2020-03-05"]),
    ("A year earlier they had met.", ["2024"]),
])
def test_anaphoric_expressions_count_from_the_latest_day(text, values):
    assert [t.value for t in find_times(text, PUBLISHED)] == values


@pytest.mark.parametrize("text", [
    "They met on Wednesday.", "It happened in June.", "Two days later it ended.",
    "It happened last week.", "It happened yesterday.",
])
def test_relative_expression_without_publication_is_unknown(text):
    expr = only(text, published=None)
    assert (expr.value, expr.granularity) == (None, "unknown")


@pytest.mark.parametrize(("text", "value"), [
    ("It ended on 31 August 2021.", "2021-08-31"),
    ("A team arrived in 2022.", "2022"),
    ("He trained in the 1980s.", "1980-01-01"),
])
def test_absolute_expression_resolves_without_publication(text, value):
    assert only(text, published=None).value == value


@pytest.mark.parametrize("text", [
    "The talks may resume.", "Protesters march on the capital.", "It cost $2021 million.",
    "Turnout was 2021 percent.", "Spring water is scarce.",
])
def test_words_that_only_look_like_times_are_skipped(text):
    assert find_times(text, PUBLISHED) == []


@pytest.mark.parametrize(("text", "ref"), [
    ("Prices are now higher.", "now"), ("He recently resigned.", "recently"),
])
def test_vague_references_are_kept_without_a_value(text, ref):
    expr = only(text)
    assert (expr.text, expr.value, expr.granularity) == (ref, None, "unknown")


def test_expressions_come_in_text_order():
    times = find_times("Yesterday they met; in 2022 a team came; on Monday talks.", PUBLISHED)
    assert [t.start for t in times] == sorted(t.start for t in times)


PIECES = st.sampled_from(list("0123456789 -/.,'abcdefhilmnorstuyADJFMSOWT") + [
    "May ", "June ", "on ", "in ", "late ", "the ", "Friday ", "ago ", "2021", "1980s",
    "later ", "two days ", "Q3 ", "winter ", "between ", " and "])


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=30).map("".join),
       st.one_of(st.none(), st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))))
def test_find_times_never_raises_and_offsets_lie_inside_the_text(text, published):
    for expr in find_times(text, published):
        assert 0 <= expr.start < expr.end <= len(text)
        assert text[expr.start:expr.end] == expr.text


@pytest.mark.parametrize(("text", "span", "value"), [
    ("Diplomats left following the Taliban's rise to power.",
     "following the Taliban's rise to power", "2021-08-15"),
    ("Diplomats left after the Taliban took power.", "after the Taliban took power",
     "2021-08-15"),
    ("Prices doubled since Russia's full-scale invasion of Ukraine.",
     "since Russia's full-scale invasion of Ukraine", "2022-02-24"),
    ("Security tightened after the 9/11 attacks.", "after the 9/11 attacks", "2001-09-11"),
])
def test_an_anchor_phrase_runs_from_the_happening_to_publication(text, span, value):
    time = only(text)
    assert (time.text, time.value, time.value_end, time.granularity) == (
        span, value, PUBLISHED.isoformat(), "range")


def test_the_anchor_table_loads_with_dates():
    from eventwire.when.anchors import load_anchors

    anchors = load_anchors()
    assert len(anchors) >= 25 and all(a.date.year > 1900 for a in anchors)


def test_a_weekday_after_a_relational_noun_is_not_read_in_the_outer_future_issue_6(nlp):
    text = ("The envoy has assured India that its worries will be taken care of, after a "
            "meeting with the ambassador in Doha on Tuesday.")
    time = only(text, dt.date(2021, 9, 1), nlp(text))
    assert time.value == "2021-08-31"


def test_a_bad_anchor_row_fails_the_schema_check():
    from eventwire.errors import ConfigError
    from eventwire.when.anchors import _anchor

    with pytest.raises(ConfigError):
        _anchor({"name": "nothing", "date": "not a date", "patterns": ["the thing"]})


def _each_rule_alone(text):
    from eventwire.when.rules import RULES

    return [(m.span(), m.groupdict(), r.name) for r in RULES for m in r.pattern.finditer(text)]


def test_one_pass_finds_what_each_rule_finds_alone(shared):
    import json

    from eventwire.when.find import _candidates

    lines = (shared / "corpora" / "voa" / "voa_stories.jsonl").read_text().splitlines()
    texts = [json.loads(line)["text"] for line in lines[:40]] + [
        "On Monday, January 8, 2025, two days later, in the 1990s and '80s, Q3 2024, last week; "
        "3 years ago, the next day, that same day, from March to May 2023, 12-14 June, 2024-01-08.",
        "",
    ]
    found = 0
    for text in texts:
        expected = _each_rule_alone(text)
        assert [(m.span(), m.groupdict(), r.name) for m, r in _candidates(text)] == expected
        found += len(expected)
    assert found > 300
