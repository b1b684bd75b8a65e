"""Durations, sets, a year in focus and anchors that move (issue #21, round 2): sentences
written for these tests, not taken from any dev set."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.when import find_times
from eventwire.when.durations import measure
from eventwire.when.tempeval import same_value, timeml_value, timex_type

PUBLISHED = dt.date(2024, 5, 14)   # a Tuesday


def times(text: str, published: dt.date = PUBLISHED, doc=None) -> dict[str, str | None]:
    """Each expression's text and its value written the TimeML way."""
    return {t.text: timeml_value(t) for t in find_times(text, published, doc)}


@pytest.mark.parametrize(("text", "span", "value"), [
    ("The pilots flew for eleven hours without a break.", "for eleven hours", "PT11H"),
    ("Aid has reached the valley in the past 48 hours.", "in the past 48 hours", "PT48H"),
    ("She starts a three-day tour of the coast.", "three-day", "P3D"),
    ("The canal has been silted up for decades.", "for decades", "PXDE"),
    ("The talks dragged on for several weeks.", "for several weeks", "PXW"),
    ("The plant will need at least a year to restart.", "at least a year", "P1Y"),
    ("The fleet will grow for a couple of years.", "for a couple of years", "P2Y"),
    ("He returned to the village a month after the flood.", "a month", "P1M"),
])
def test_durations_take_timeml_periods(text, span, value):
    assert times(text)[span] == value


@pytest.mark.parametrize(("text", "span", "value"), [
    ("The ferry sails twice a week in winter.", "twice a week", "P1W"),
    ("The census is held every ten years.", "every ten years", "P10Y"),
    ("The choir rehearses each Thursday.", "each Thursday", "XXXX-WXX-4"),
    ("Farmers burn the stubble every autumn.", "every autumn", "XXXX-FA"),
    ("The market is closed on Sundays.", "Sundays", "XXXX-WXX-7"),
    ("Readings are logged hourly.", "hourly", "PT1H"),
    ("Guards check the gates every night.", "every night", "XXXX-XX-XXTNI"),
])
def test_sets_take_timeml_values(text, span, value):
    assert times(text)[span] == value


@pytest.mark.parametrize("text", [
    "The firm pays $2 million a year in rent.",     # a rate, not a length
    "He hopes to one day run the company.",          # some day
    "About three-quarters of the seats were filled.",  # a share
    "The weekly magazine printed a correction.",     # an adjective before its noun
    "She wrote for the Harbour Weekly, a local paper.",  # a name
    "Roughly a quarter came from the north.",        # a share
    "Rebels were driven from the city almost two years ago.",  # a point: dated by 'ago'
])
def test_what_is_no_duration_or_set(text):
    assert not any(timex_type(t) in {"DURATION", "SET"} for t in find_times(text, PUBLISHED))


def test_a_count_before_ago_keeps_its_date():
    assert times("The dam burst almost two years ago.")["two years ago"] == "2022"


def test_durations_and_sets_are_no_dates():
    """A duration does not say when anything happened: no value, so no event is dated by it."""
    found = find_times("The siege lasted five months and shells fell daily.", PUBLISHED)
    assert [(t.text, t.value, t.granularity) for t in found] == [
        ("five months", None, "unknown"), ("daily", None, "unknown")]
    assert measure("five months") == ("DURATION", "P5M") and measure("daily") == ("SET", "P1D")
    assert measure("last week") is None
    # a length in minutes is found, and dates nothing
    assert [(t.text, t.value) for t in find_times("He spoke for 30 minutes.", PUBLISHED)] == [
        ("for 30 minutes", None)]


def test_a_duration_in_decades_is_the_same_length_in_years():
    assert same_value("P2DE", "P20Y") and same_value("P2DE", "P2DE")
    assert not same_value("P2DE", "P2Y")


def test_a_month_named_alone_takes_the_year_in_focus():
    text = ("In 2016 the mine changed hands. In May, the new owners laid off 200 miners, "
            "and by October the pits were idle.")
    found = times(text)
    assert found["In May"] == "2016-05" and found["October"] == "2016-10"


@pytest.mark.parametrize("text", [
    "The port has been shut since 2019. Officials hope it will reopen in June.",   # a span's start
    "Prices rose two years ago. Work begins in June.",                             # no year named
    "In 2019 the port closed.\n\nIn June, a new operator took over the terminal.",  # new paragraph
    "The ban was lifted in 2019. The season, which ended in June, drew few hunters.",  # background
])
def test_no_year_in_focus(text):
    assert times(text)[next(k for k in times(text) if k.endswith("June"))] == "2024-06"


@pytest.mark.slow
def test_a_later_year_in_focus_needs_a_future_clause(nlp):
    text = "The bridge will be finished in 2026, the minister said in March."
    assert times(text, doc=nlp(text))["in March"] == "2024-03"
    text = "In 2026 the new line opens. In March, trains will run every hour."
    assert times(text, doc=nlp(text))["In March"] == "2026-03"


def test_anchors_that_move():
    text = ("The refinery caught fire in 2015. That winter it stayed shut; the following "
            "April it reopened. The next year, it was sold.")
    found = times(text)
    assert found["That winter"] == "2015-WI"
    assert found["the following April"] == "2016-04"
    assert found["The next year"] == "2017"


def test_a_count_after_that_counts_from_the_last_date_told():
    text = "The strike began on Feb. 3. Four days after that, the mines closed."
    assert times(text)["Four days after that"] == "2024-02-07"


def test_overnight_is_the_night_into_the_day_told():
    assert times("Storms swept the coast overnight, officials said.")["overnight"] == "2024-05-14TNI"
    assert "overnight" not in times("The overnight train was cancelled.")
