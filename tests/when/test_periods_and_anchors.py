"""Reporting periods, year-ago comparisons, anchors that move through the text, and texts
without a publication date (issue #21, "Every date resolved")."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.records import TimeExpression
from eventwire.when import find_times
from eventwire.when.tempeval import same_value, timeml_value

REPORTED = dt.date(1995, 11, 2)   # a Thursday, in the fourth quarter
PUBLISHED = dt.date(2025, 1, 9)   # a Thursday


def times(text: str, published: dt.date | None = REPORTED, doc=None) -> dict[str, str | None]:
    """Each expression's text and its value written the TimeML way."""
    return {t.text: timeml_value(t) for t in find_times(text, published, doc)}


@pytest.mark.parametrize(("text", "span", "value"), [
    ("Third-quarter sales rose to $9 million from $7 million a year earlier.",
     "a year earlier", "1994-Q3"),
    ("Net income in the third quarter was $4 million, against $3 million a year ago.",
     "a year ago", "1994-Q3"),
    ("Second-quarter profit fell. In the year-ago quarter the firm lost money.",
     "the year-ago quarter", "1994-Q2"),
    ("Third-quarter profit fell, and year-earlier results were restated.",
     "year-earlier", "1994-Q3"),
])
def test_a_year_earlier_after_a_quarter_is_that_quarter_a_year_back(text, span, value):
    assert times(text)[span] == value


def test_a_comparison_does_not_change_the_quarter_reported_on():
    text = ("Third-quarter revenue grew, up from a year earlier. Costs were lower than "
            "a year earlier.")
    found = [timeml_value(t) for t in find_times(text, REPORTED)]
    assert found == ["1995-Q3", "1994-Q3", "1994-Q3"]


@pytest.mark.parametrize(("text", "span", "value"), [
    ("He founded the firm a year ago.", "a year ago", "1994"),
    ("Prices rose a year earlier.", "a year earlier", "1994"),
    ("Year-earlier profit was higher.", "Year-earlier", "1994"),
])
def test_a_year_earlier_with_no_quarter_named_is_a_year(text, span, value):
    assert times(text)[span] == value


@pytest.mark.parametrize(("text", "span", "value"), [
    ("Second-quarter sales rose. During the quarter the plant closed.", "During the quarter",
     "1995-Q2"),
    ("Sales in the latest quarter fell.", "in the latest quarter", "1995-Q3"),
    ("The current quarter began well.", "The current quarter", "1995-Q4"),
    ("Growth slowed last quarter.", "last quarter", "1995-Q3"),
    ("Sales for this year's second quarter fell.", "this year's second quarter", "1995-Q2"),
    ("It took a charge in the 1993 fourth quarter.", "in the 1993 fourth quarter", "1993-Q4"),
    ("First-quarter sales fell; the 1994 period had been better.", "the 1994 period",
     "1994-Q1"),
])
def test_quarters_named_by_reference(text, span, value):
    assert times(text)[span] == value


@pytest.mark.parametrize("text", [
    "A quarter of the voters stayed home.",
    "Shops in the old quarter of the city reopened.",
    "The period of martial law ended.",
    "She was named Player of the Year.",
])
def test_quarter_period_and_year_words_that_are_no_time(text):
    assert times(text) == {}


@pytest.mark.parametrize(("text", "span", "value"), [
    ("Output will rise in the first half of 1996.", "in the first half of 1996", "1996-H1"),
    ("Earnings fell in the last half of 1995.", "in the last half of 1995", "1995-H2"),
    ("Demand was weak through the first two quarters of 1996.",
     "the first two quarters of 1996", "1996-H1"),
    ("The stock hit a high for the year in May.", "the year", "1995"),
    ("Sales in the current fiscal year will rise.", "in the current fiscal year", "1995"),
    ("Sales in the latest fiscal year fell.", "in the latest fiscal year", "1994"),
    ("The sale should close by year-end.", "year-end", "1995"),
    ("Jobs will be cut by the end of the year.", "the end of the year", "1995"),
])
def test_halves_fiscal_years_and_year_end(text, span, value):
    assert times(text)[span] == value


@pytest.mark.parametrize(("text", "span", "value"), [
    ("Membership fell through the nineties.", "the nineties", "199"),
    ("The movement began in the late sixties.", "in the late sixties", "196"),
    ("Orders recovered over the summer.", "the summer", "1995-SU"),
    ("Orders were low in the early summer.", "in the early summer", "1995-SU"),
    ("They spoke a week or so ago.", "a week or so ago", "1995-W43"),
])
def test_spelled_decades_seasons_and_loose_counts(text, span, value):
    assert times(text)[span] == value


def test_the_fall_of_a_city_is_no_season():
    assert times("Aid slowed after the fall of the capital.") == {}


@pytest.mark.parametrize(("text", "span", "value"), [
    # a later expression counts from the one before it, at the precision it needs
    ("Shares closed lower on Oct. 27, down 3% from the previous Friday.",
     "the previous Friday", "1995-10-20"),
    ("They met on Monday, Oct. 2, and again the following Thursday.",
     "the following Thursday", "1995-10-05"),
    ("The offer came in March 1993. The following month, the firm was sold.",
     "The following month", "1993-04"),
    ("The dam was finished in 1961. Two years later it failed.", "Two years later", "1963"),
])
def test_anchors_move_through_the_text(text, span, value):
    assert times(text)[span] == value


def test_a_weekday_given_with_a_yearless_date_picks_the_year():
    # 25 April fell on a Saturday in 1998, not in 1997
    text = "The editorial ran on Saturday, April 25."
    assert times(text, dt.date(1998, 4, 24))["on Saturday, April 25"] == "1998-04-25"


@pytest.mark.parametrize(("text", "span", "value"), [
    # what is planned lies ahead, though the planning is past
    ("Protesters planned a march on Saturday.", "on Saturday", "2025-01-11"),
    ("The mayor has scheduled a briefing Monday.", "Monday", "2025-01-13"),
    # a day that is a noun's modifier in a past clause takes the nearer year
    ("The board declared a dividend payable Feb. 7.", "Feb. 7", "2025-02-07"),
    # a day that dates the past verb is past
    ("Talks ran between 1 and 3 March.", "between 1 and 3 March", "2024-03-01"),
])
def test_what_a_past_clause_says_about_the_year(nlp, text, span, value):
    found = {t.text: t.value for t in find_times(text, PUBLISHED, nlp(text))}
    assert found[span] == value


@pytest.mark.parametrize(("text", "span", "value", "granularity"), [
    ("The last flight left on 31 August 2021.", "on 31 August 2021", "2021-08-31", "day"),
    ("It left on 31 August 2021. Two days later the border shut.", "Two days later",
     "2021-09-02", "day"),
    ("Talks began in June.", "in June", None, "unknown"),
    ("He grew up in the '80s.", "in the '80s", None, "unknown"),
    ("Aid slowed following the Taliban takeover.", "following the Taliban takeover", None,
     "unknown"),
    ("Officials met last week.", "last week", None, "unknown"),
    ("The plant closed in 2022.", "in 2022", "2022", "year"),
])
def test_without_a_publication_date_nothing_is_guessed(text, span, value, granularity):
    found = {t.text: t for t in find_times(text, None)}
    assert (found[span].value, found[span].granularity) == (value, granularity)


@pytest.mark.parametrize(("ours", "gold"), [("196", "196X"), ("19", "19XX")])
def test_open_digits_of_a_year_are_the_decade_or_century(ours, gold):
    assert same_value(ours, gold)


@pytest.mark.parametrize(("ours", "gold"), [
    ("1989", "1989-QX"), ("1989", "1989-WXX"), ("1948", "1948-XX"), ("1998", "1998-XX-XX"),
    ("1998-10", "1998-10-XX")])
def test_an_unknown_smaller_unit_is_not_the_larger_one(ours, gold):
    assert not same_value(ours, gold)


def test_a_half_year_is_written_h1():
    half = TimeExpression(text="x", start=0, end=1, value="1996-01-01",
                          value_end="1996-06-30", granularity="range")
    assert timeml_value(half) == "1996-H1"
