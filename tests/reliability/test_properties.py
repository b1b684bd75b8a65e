"""Property-based tests (issue #10, part 3): for any text (unicode, whitespace, punctuation,
long tokens, mixed scripts), cleaning, date resolution, actor coding and event coding raise
nothing and every offset they record lies inside the text, its slice equal to the recorded
text."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.clean import clean_article
from eventwire.records import Article
from eventwire.when import find_times

NEWS = st.sampled_from([
    "Kenyan police arrested dozens of protesters in Nairobi on Tuesday.",
    "President Ruto met Prime Minister Modi in New Delhi last week.",
    "\"We will not back down,\" the minister said on 3 March 2024.",
    "Rebels attacked a convoy near Goma, killing 12 soldiers, officials said.",
    "The talks, which began in Doha in January, will resume next month.",
    "Pakistan and Afghanistan agreed to reopen the Torkham border crossing.",
    "KABUL, Aug 31 (Reuters) - ", "Leave a comment", "By Jo Smith", "Photo: AP",
])
ODD = st.sampled_from([
    "\n", "\n\n", "\t", "  ", "\u00a0", "\u200b", "\u2028", "\r\n", "\ufeff", "\x00", "...", "“”",
    "—", "'s", "(", ")", "§", "🙂", "x" * 400, "Mr.", "U.S.", "Jan.", "1999", "31/12", "١٢٣",
    "Москва", "北京", "القاهرة", "नई दिल्ली", "İstanbul", "e\u0301",
])
TEXTS = st.lists(st.one_of(NEWS, ODD, st.text(max_size=30)), max_size=12).map(" ".join)
DATES = st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def spans(value: Any) -> list[dict[str, Any]]:
    """Every dict with integer "start" and "end" inside a record's JSON form."""
    found = []
    if isinstance(value, dict):
        if isinstance(value.get("start"), int) and isinstance(value.get("end"), int):
            found.append(value)
        for item in value.values():
            found += spans(item)
    elif isinstance(value, list):
        for item in value:
            found += spans(item)
    return found


def assert_inside(text: str, found: list[dict[str, Any]]) -> None:
    for span in found:
        assert 0 <= span["start"] <= span["end"] <= len(text), span
        if isinstance(span.get("text"), str):
            assert text[span["start"]:span["end"]] == span["text"], span


@FAST
@given(TEXTS)
def test_cleaning_never_raises_and_keeps_text_from_the_input(raw):
    article = Article(id="doc", raw_text=raw)
    clean_article(article, languages=None)
    for paragraph in article.text.split("\n"):
        assert paragraph in raw
    for removal in article.removed:
        assert removal.text in raw


@FAST
@given(TEXTS)
def test_cleaning_disabled_keeps_the_text_exactly(raw):
    article = Article(id="doc", raw_text=raw)
    clean_article(article, enabled=False, languages=None)
    assert article.text == raw


@settings(max_examples=200, deadline=None)
@given(TEXTS, DATES)
def test_every_time_expression_lies_inside_the_text(text, published):
    times = find_times(text, published)
    assert_inside(text, [t.to_dict() for t in times])


@FAST
@given(st.one_of(st.sampled_from(["Ruto", "the Kenyan police", "Taliban", "Modi's government"]),
                 st.text(min_size=1, max_size=40)), st.one_of(st.none(), TEXTS), DATES)
def test_a_resolved_mention_lies_inside_the_mention(nlp, mention, context, date):
    from eventwire.actors import resolve_mention

    entity = resolve_mention(mention, context, date, nlp=nlp).to_dict()
    assert_inside(mention, [entity])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(TEXTS, DATES)
def test_every_coded_offset_lies_inside_the_coded_text(nlp, text, published):
    from eventwire import code_text
    from eventwire.pipeline import Snapshot

    knowledge = Snapshot()
    knowledge.nlp = nlp
    article = code_text(text, published.isoformat() if published else None, knowledge=knowledge)
    coded = article.to_dict()
    assert isinstance(coded["errors"], list)
    assert_inside(article.text, spans(coded))
    for event in coded["events"]:
        sentence = event["sentence"]
        assert sentence["start"] <= event["trigger"]["start"] <= event["trigger"]["end"] <= sentence["end"]
