"""Two signatures that agree on no name and no figure are less alike (link/stories.py)."""

import pytest

from eventwire.link import stories, topic_cv

OHIO = {"gunman": 1.0, "school": 1.0, "17-year-old": 2.5, "@ohio": 2.0, "@dan reed": 2.0}
COLORADO = {"gunman": 1.0, "school": 1.0, "18-year-old": 2.5, "@colorado": 2.0, "@ann gray": 2.0}


def test_reports_that_agree_on_no_name_and_no_figure_are_contrasted():
    with topic_cv.setting({"CONTRADICTION": 1.0}):
        plain = stories.similarity(OHIO, COLORADO)
    assert plain > 0
    assert stories.similarity(OHIO, COLORADO) < plain
    assert stories.similarity(OHIO, COLORADO) == pytest.approx(stories.CONTRADICTION * plain)
    assert stories.similarities([OHIO, COLORADO], {}, 2)[0, 1] == pytest.approx(stories.CONTRADICTION * plain)


@pytest.mark.parametrize("change", [
    {"@ohio": 2.0},            # a name in common
    {"17-year-old": 2.5},      # a figure in common
])
def test_one_shared_name_or_figure_is_no_contradiction(change):
    with topic_cv.setting({"CONTRADICTION": 1.0}):
        plain = stories.similarity(OHIO, COLORADO | change)
    assert stories.similarity(OHIO, COLORADO | change) == pytest.approx(plain)


def test_a_single_name_or_no_figure_is_too_little_to_contradict():
    lone = {k: v for k, v in COLORADO.items() if k != "@ann gray"}
    bare = {k: v for k, v in COLORADO.items() if k != "18-year-old"}
    for other in (lone, bare):
        with topic_cv.setting({"CONTRADICTION": 1.0}):
            plain = stories.similarity(OHIO, other)
        assert stories.similarity(OHIO, other) == pytest.approx(plain)


def test_years_and_dates_are_no_figures():
    assert stories.figures({"2012": 2.5, "#2012-05-01": 1.5, "@m5": 2.0, "6.1": 2.5, "!14": 1.0}) == {"6.1"}


def test_named_reads_years_names_and_figures_in_one_pass():
    signature = {**COLORADO, **OHIO, "2012": 2.5, "#2012-05-01": 1.5, "@m5": 2.0, "6.1": 2.5, "!14": 1.0,
                 "$USA": 1.0, "1999": 1.0, "%USA": 1.0}
    assert stories.named(signature) == (stories.years(signature), stories.names(signature),
                                        stories.figures(signature), {"%USA"})
    assert all(stories.named(signature))
