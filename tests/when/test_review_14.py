"""The review of the second dates round (issue #21): counts forward with nothing told before
them, and a year in focus against a sentence dated near publication. Sentences written for
these tests, not taken from any dev set."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.when import find_times
from eventwire.when.tempeval import timeml_value

PUBLISHED = dt.date(2024, 5, 1)   # a Wednesday


def times(text: str, nlp=None) -> dict[str, str | None]:
    """Each expression's text and its value written the TimeML way (parsed when ``nlp``)."""
    doc = nlp(text) if nlp is not None else None
    return {t.text: timeml_value(t) for t in find_times(text, PUBLISHED, doc)}


# --- 1. a count forward with no date told before it ----------------------------------

@pytest.mark.parametrize(("text", "span"), [
    ("Three days after that, the army withdrew.", "Three days after that"),
    ("Two weeks later, the rebels retreated to the hills.", "Two weeks later"),
    ("Militants stormed the village. The next day, troops arrived.", "The next day"),
    ("The factory burned down. The next year, it was rebuilt.", "The next year"),
    ("Rents soared. The following month, tenants marched on city hall.", "The following month"),
    ("The mayor resigned. The following March, voters chose a successor.", "The following March"),
    # a year told is no day to count days from
    ("In 1990, Iraq invaded Kuwait. Three days later, the UN met.", "Three days later"),
])
def test_a_past_count_forward_from_nothing_told_has_no_value(nlp, text, span):
    """A past clause cannot lie after publication: counted from it, the date would be in the
    future; with no date told before, the count has nothing to count from."""
    assert times(text, nlp)[span] is None


def test_an_unanchored_count_does_not_drag_the_next_one_forward(nlp):
    found = times("Three days after that, the army withdrew. The next year, fighting resumed.", nlp)
    assert found["Three days after that"] is None and found["The next year"] is None


@pytest.mark.parametrize(("text", "span", "value"), [
    # a real anchor still counts
    ("In 1990, Iraq invaded Kuwait. The next year, a coalition drove it out.",
     "The next year", "1991"),
    ("The strike began on Feb. 3. Four days after that, the mines closed.",
     "Four days after that", "2024-02-07"),
    ("The mayor resigned in 2016. The following March, voters chose a successor.",
     "The following March", "2017-03"),
    ("The mayor resigned in 2016. The previous October, he had lost a vote.",
     "The previous October", "2015-10"),
    # a future clause counts from publication: the count lies ahead
    ("Two days later, the envoys will meet again.", "Two days later", "2024-05-03"),
    # counting back lies before publication, as a past clause does
    ("A year earlier, the company had been profitable.", "A year earlier", "2023"),
])
def test_a_count_with_an_anchor_or_a_fitting_tense_keeps_its_value(nlp, text, span, value):
    assert times(text, nlp)[span] == value


def test_without_a_parse_the_count_still_reads_from_publication():
    """The regex fallback knows only the future: an unparsed past clause is not known past."""
    assert times("Two days later it ended.")["Two days later"] == "2024-05-03"


# --- 2. a year in focus, and a sentence dated near publication -----------------------

@pytest.mark.parametrize(("text", "span", "value"), [
    # the month's sentence is reported on a day near publication: the month is near it too
    ("In 2019, he was convicted of fraud. In March, he was released, his lawyer said on Monday.",
     "In March", "2024-03"),
    ("In 2019, the company moved to Lyon. Sales rose in March, the firm said Tuesday.",
     "in March", "2024-03"),
    ("In 2018, the dam was finished. In February, it cracked, engineers said yesterday.",
     "In February", "2024-02"),
    # nothing near publication in the sentence: the year in focus holds
    ("In 2019, he was convicted of fraud. In March, he was released, his lawyer said.",
     "In March", "2019-03"),
    ("In 2019, he was convicted of fraud. In March, he was released.", "In March", "2019-03"),
    # a day near publication in another sentence leaves the month's sentence to the focus
    ("In 2019, he was convicted of fraud. In March, he was released. His lawyer spoke on Monday.",
     "In March", "2019-03"),
])
def test_a_year_in_focus_yields_to_a_sentence_dated_near_publication(nlp, text, span, value):
    assert times(text, nlp)[span] == value


def test_the_sentence_near_publication_needs_no_parse():
    text = "In 2019, the company moved to Lyon. Sales rose in March, the firm said Tuesday."
    assert times(text)["in March"] == "2024-03"
    assert times("In 2019, the company moved to Lyon. Sales rose in March.")["in March"] == "2019-03"
