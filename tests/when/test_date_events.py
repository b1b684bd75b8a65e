"""date_events: which expression governs each event, and which events are background."""

from __future__ import annotations

import pytest

from eventwire.records import Event, SentenceRef, Span
from eventwire.when import date_events
from tests.conftest import make_article


def event_at(article, word: str, background: bool = False) -> Event:
    """An Event whose trigger is the first `word` of the article (sentence from the doc)."""
    start = article.text.index(word)
    end = start + len(word)
    sentence = SentenceRef(0, 0, len(article.text))
    token = None
    if article.doc is not None:
        span = article.doc.char_span(start, end, alignment_mode="expand")
        sentence = SentenceRef(0, span.sent.start_char, span.sent.end_char)
        token = span.root.i
    else:
        left = max(article.text.rfind(". ", 0, start) + 2, 0)
        right = article.text.find(".", end)
        sentence = SentenceRef(0, left if left > 1 else 0, right + 1)
    return Event(id=word, type="CONSULT", mode=None, contexts=[], actor=[], recipient=[],
                 date=None, location=None, cameo=None, quad=None, intensity=None,
                 trigger=Span(word, start, end), sentence=sentence, background=background,
                 trigger_token=token)


def dated(nlp, text: str, *words: str, published: str | None = "2025-01-09", parse=True):
    article = make_article(nlp, text, published)
    if not parse:
        article.doc = None
    article.events = [event_at(article, word) for word in words]
    date_events(article)
    return article


def test_times_lists_every_expression(nlp):
    article = dated(nlp, "They met on Wednesday. A team came in 2022.", "met")
    assert [t.text for t in article.times] == ["on Wednesday", "in 2022"]


@pytest.mark.parametrize("parse", [True, False])
def test_event_takes_the_expression_of_its_sentence(nlp, parse):
    article = dated(nlp, "In Dubai on Wednesday, Muttaqi met Misri.", "met", parse=parse)
    date = article.events[0].date
    assert (date.value, date.text, date.granularity) == ("2025-01-08", "on Wednesday", "day")


def test_same_clause_wins_over_a_nearer_expression_in_the_sentence(nlp):
    text = "Misri met Muttaqi on Wednesday after the airstrikes which killed 46 in late December."
    article = dated(nlp, text, "met", "killed")
    met, killed = article.events
    assert met.date.value == "2025-01-08"
    assert (killed.date.value, killed.date.value_end) == ("2024-12-21", "2024-12-31")


def test_relative_clause_time_does_not_date_the_main_event(nlp):
    text = ("The meeting followed India's condemnation of Pakistan's airstrikes, "
            "which killed at least 46 civilians in late December.")
    article = dated(nlp, text, "followed")
    assert article.events[0].date.text is None


def test_event_without_any_expression_gets_the_publication_date(nlp):
    article = dated(nlp, "India condemned the attacks.", "condemned")
    date = article.events[0].date
    assert (date.value, date.granularity, date.text, date.start, date.end) == (
        "2025-01-09", "unknown", None, None, None)


def test_event_without_publication_or_expression_has_no_value(nlp):
    article = dated(nlp, "India condemned the attacks.", "condemned", published=None)
    assert (article.events[0].date.value, article.events[0].date.granularity) == (
        None, "unknown")


def test_continuation_inherits_the_paragraph_date(nlp):
    text = "The envoys met in Dubai on Wednesday. During the meeting, both sides discussed trade."
    article = dated(nlp, text, "met", "discussed")
    assert article.events[1].date.value == "2025-01-08"


def test_continuation_inherits_the_previous_paragraph_date(nlp):
    text = "The envoys met in Dubai on Wednesday.\nBoth sides also discussed trade."
    article = dated(nlp, text, "met", "discussed")
    assert article.events[1].date.value == "2025-01-08"


def test_past_perfect_event_takes_the_older_earlier_year_and_is_background(nlp):
    text = ("The envoys met on Wednesday, years after the takeover of Kabul in 2021.\n"
            "India had previously withdrawn all diplomats, re-establishing a presence "
            "through a technical team in 2022.")
    article = dated(nlp, text, "met", "withdrawn", "establishing")
    met, withdrawn, established = article.events
    assert (met.date.value, met.background) == ("2025-01-08", False)
    assert (withdrawn.date.value, withdrawn.background) == ("2021", True)
    assert (established.date.value, established.background) == ("2022", True)


@pytest.mark.parametrize(("text", "background"), [
    ("The envoys met on Wednesday. Contacts began in June.", True),
    ("The envoys met on Wednesday. Strikes killed 46 in late December.", False),
])
def test_events_long_before_the_main_happening_are_background(nlp, text, background):
    article = dated(nlp, text, "met", "began" if "began" in text else "killed")
    assert article.events[1].background is background


def test_background_marked_by_the_events_stage_is_kept(nlp):
    article = make_article(nlp, "The envoys met on Wednesday.")
    article.events = [event_at(article, "met", background=True)]
    date_events(article)
    assert article.events[0].background is True


def test_event_date_is_a_copy_of_the_expression(nlp):
    article = dated(nlp, "They met on Wednesday.", "met")
    assert article.events[0].date == article.times[0]
    assert article.events[0].date is not article.times[0]


@pytest.mark.gold
@pytest.mark.parametrize(("name", "published", "trigger", "value", "value_end"), [
    ("000_75a9f5a7441c5fc0.txt", "2025-01-09", " met ", "2025-01-08", None),
    ("000_75a9f5a7441c5fc0.txt", "2025-01-09", "killed", "2024-12-21", "2024-12-31"),
    ("000_75a9f5a7441c5fc0.txt", "2025-01-09", "airstrikes", "2024-12-21", "2024-12-31"),
    ("000_75a9f5a7441c5fc0.txt", "2025-01-09", "establishing", "2022", None),
    ("000_75a9f5a7441c5fc0.txt", "2025-01-09", "withdrawn", "2021-08-15", "2025-01-09"),
    ("004_51f723bb8042b2c4.txt", "2021-09-01", "held talks", "2021-08-31", None),
    ("004_51f723bb8042b2c4.txt", "2021-09-01", "established", "2021-06", None),
    ("004_51f723bb8042b2c4.txt", "2021-09-01", "training", "1980-01-01", "1989-12-31"),
])
def test_seed_events_get_their_dates(nlp, shared, name, published, trigger, value, value_end):
    text = (shared / "seeds" / name).read_text(encoding="utf-8")
    article = make_article(nlp, text, published)
    event = event_at(article, trigger.strip() if trigger != " met " else "met")
    if trigger == " met ":  # the first " met " is the Dubai meeting
        start = text.index(" met ") + 1
        event = _retarget(article, event, start)
    article.events = [event]
    date_events(article)
    assert (event.date.value, event.date.value_end) == (value, value_end)


def _retarget(article, event: Event, start: int) -> Event:
    span = article.doc.char_span(start, start + 3)
    event.trigger = Span("met", start, start + 3)
    event.sentence = SentenceRef(0, span.sent.start_char, span.sent.end_char)
    event.trigger_token = span.root.i
    return event


def test_a_relative_clause_dates_the_noun_it_describes_issue_6(nlp):
    text = ("The meeting followed India's condemnation of Pakistan's airstrikes in "
            "Afghanistan, which killed at least 46 civilians in late December.")
    article = dated(nlp, text, "airstrikes")
    assert (article.events[0].date.value, article.events[0].date.value_end) == (
        "2024-12-21", "2024-12-31")


def test_an_anchor_phrase_dates_the_event_it_governs_issue_6(nlp):
    text = ("India had previously withdrawn all diplomats following the Taliban's rise "
            "to power.")
    article = dated(nlp, text, "withdrawn")
    date = article.events[0].date
    assert (date.value, date.value_end, date.granularity) == ("2021-08-15", "2025-01-09",
                                                               "range")
