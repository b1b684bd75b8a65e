"""A local run leaves the slow tests out (deselected, with a line saying how to run them);
CI, --all and an explicit -m run them. A test asking for the model's fixture is slow without
saying so (tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

CONFTEST = Path(__file__).with_name("conftest.py")

TESTS = """
import pytest

@pytest.fixture
def nlp():
    return "a stand-in: asking for a fixture of this name makes a test slow"

def test_quick():
    pass

@pytest.mark.slow
def test_marked_slow():
    pass

def test_with_the_model(nlp):
    pass
"""


@pytest.fixture
def suite(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> pytest.Pytester:
    monkeypatch.delenv("CI", raising=False)
    pytester.makeconftest(CONFTEST.read_text(encoding="utf-8"))
    pytester.makeini("[pytest]\nmarkers =\n    slow: slow\n")
    pytester.makepyfile(test_three=TESTS)
    return pytester


def test_a_local_run_deselects_the_slow_tests_and_says_how_to_run_them(suite):
    result = suite.runpytest()
    result.assert_outcomes(passed=1, deselected=2)
    result.stdout.fnmatch_lines(
        ["2 slow, PostgreSQL or console-script tests left out *: run them with --all, as CI does"])


@pytest.mark.parametrize("asked", [["--all"], ["-m", "slow or not slow"]])
def test_all_or_a_mark_expression_runs_them(suite, asked):
    result = suite.runpytest(*asked)
    result.assert_outcomes(passed=3)
    assert "left out" not in result.stdout.str()


def test_the_fixture_marks_before_the_mark_expression_is_applied(suite):
    suite.runpytest("-m", "not slow").assert_outcomes(passed=1, deselected=2)


def test_ci_runs_them(suite, monkeypatch):
    monkeypatch.setenv("CI", "true")
    suite.runpytest().assert_outcomes(passed=3)
