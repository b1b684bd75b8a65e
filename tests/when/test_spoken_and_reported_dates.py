"""Spoken years, "last <month>" next to publication, "as soon as", dates a verb names
"as" something, reported quarters and period ends (issue #21, "Every date resolved")."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.when import find_times
from eventwire.when.tempeval import timeml_value

SPRING = dt.date(2004, 3, 2)      # early March
AUTUMN = dt.date(1995, 10, 25)    # late October, in the fourth quarter


def times(text: str, published: dt.date = SPRING, doc=None) -> dict[str, str | None]:
    """Each expression's text and its value written the TimeML way."""
    return {t.text: timeml_value(t) for t in find_times(text, published, doc)}


@pytest.mark.parametrize(("text", "span", "value"), [
    ("The border was closed in nineteen eighty-one after the coup.",
     "in nineteen eighty-one", "1981"),
    ("Her grandfather settled there in nineteen oh seven.", "in nineteen oh seven", "1907"),
    ("Fears grew as the year two thousand drew near.", "the year two thousand", "2000"),
    ("The treaty lapses in two thousand and nine, officials say.",
     "in two thousand and nine", "2009"),
])
def test_a_year_said_in_words_is_that_year(text, span, value):
    assert times(text)[span] == value


@pytest.mark.parametrize("text", [
    "The manuscripts survived for two thousand years.",
    "Some two thousand farmers blocked the road.",
    "In two thousand villages the vote went ahead.",
])
def test_two_thousand_as_a_count_is_no_year(text):
    assert times(text) == {}


def test_last_month_named_next_to_publication_is_a_year_back():
    found = times("Storms flooded the valley last February, and again last January.")
    assert found["last February"] == "2003-02"
    assert found["last January"] == "2004-01"


def test_next_month_named_next_to_publication_is_a_year_ahead():
    found = times("The museum reopens next April, and the library next June.")
    assert found["next April"] == "2005-04"
    assert found["next June"] == "2004-06"


def test_as_soon_as_is_a_conjunction_not_a_time():
    found = times("Aid will flow as soon as the bridge reopens. Talks resume soon.")
    assert "soon" in found and list(found) == ["soon"]
    assert find_times("Aid will flow as soon as the bridge reopens.", SPRING) == []


def test_as_soon_as_possible_still_says_soon():
    assert times("The ministry wants the vote held as soon as possible.") == \
        {"soon": "FUTURE_REF"}


def test_a_day_named_as_a_deadline_is_not_dated_by_the_announcement(nlp):
    text = "The agency has set March 20 as the cutoff for new applications."
    assert times(text, doc=nlp(text))["March 20"] == "2004-03-20"


def test_a_day_the_announcement_happened_on_still_looks_back(nlp):
    text = "The agency announced its cutoff on March 20 to little notice."
    assert times(text, dt.date(2004, 3, 10), nlp(text))["on March 20"] == "2003-03-20"


@pytest.mark.parametrize(("text", "span", "value"), [
    ("The first quarter was slow. For the quarter ended Sept. 30, the chain earned $4 million.",
     "the quarter", "1995-Q3"),
    ("In the quarter ending Dec. 31, the chain expects a loss.", "In the quarter", "1995-Q4"),
    ("In the quarter ended Dec. 31, the chain lost money.", "In the quarter", "1994-Q4"),
])
def test_a_quarter_ended_on_a_quarter_end_is_that_calendar_quarter(text, span, value):
    assert times(text, AUTUMN)[span] == value


def test_a_fiscal_quarter_ending_mid_quarter_is_not_forced_to_a_calendar_one():
    found = times("In the quarter ended July 31, sales rose.", AUTUMN)
    assert found["In the quarter"] == "1995-Q3"   # the last quarter completed, as before


def test_the_latest_period_without_a_quarter_is_the_last_one_completed():
    assert times("Profit in the latest period was $2 million.", AUTUMN) == \
        {"in the latest period": "1995-Q3"}


def test_the_period_of_something_is_still_no_time():
    assert times("The period of martial law ended.", AUTUMN) == {}


@pytest.mark.parametrize(("text", "span", "value"), [
    ("Troops should arrive by the end of the month.", "the end of the month", "1995-10"),
    ("A ruling is expected by the end of the week.", "the end of the week", "1995-W43"),
])
def test_the_end_of_the_month_or_week_is_that_period(text, span, value):
    assert times(text, AUTUMN)[span] == value


@pytest.mark.parametrize(("text", "span", "value"), [
    ("The talks are meant to finish by May.", "May", "2004-05"),
    ("Rationing lasts until March, the ministry said.", "March", "2004-03"),
])
def test_a_month_that_is_also_a_word_after_a_deadline_preposition(text, span, value):
    assert times(text)[span] == value


@pytest.mark.parametrize("text", [
    "Protesters will march until dawn.",
    "The vote came before May's speech to parliament.",
    "Nothing may change by may.",
])
def test_the_word_is_no_month_without_the_deadline_reading(text):
    assert not any(v and v.startswith("2004-0") for v in times(text).values())
