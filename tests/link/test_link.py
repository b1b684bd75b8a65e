"""Pure linking logic: blocking keys, date windows, story similarity."""

from __future__ import annotations

import pytest

from eventwire import link


def _event(actor=("IND",), recipient=("AFG",), type_="CONSULT", modality="asserted", negated=False):
    return {"type": type_, "modality": modality, "negated": negated,
            "actor": [{"country": c} for c in actor], "recipient": [{"country": c} for c in recipient]}


def test_the_blocking_key_ignores_who_is_actor_and_who_recipient():
    assert link.happening_key(_event(("IND",), ("AFG",))) == link.happening_key(_event(("AFG", "IND"), ()))


def test_an_event_without_coded_parties_has_no_key():
    assert link.happening_key(_event((), ())) is None


@pytest.mark.parametrize("modality, negated, real", [
    ("asserted", False, True), ("future", False, False), ("hypothetical", False, False),
    ("asserted", True, False), ("reported_denied", False, False),
])
def test_only_asserted_unnegated_events_are_real(modality, negated, real):
    assert link.is_real(_event(modality=modality, negated=negated)) is real


@pytest.mark.parametrize("date, expected", [
    ({"value": "2025-01-08", "granularity": "day"}, ("2025-01-08", "2025-01-08")),
    ({"value": "2024-02", "granularity": "month"}, ("2024-02-01", "2024-02-29")),
    ({"value": "2022", "granularity": "year"}, ("2022-01-01", "2022-12-31")),
    ({"value": "2024-12-21", "value_end": "2024-12-31", "granularity": "range"},
     ("2024-12-21", "2024-12-31")),
    ({"value": "2025-01-09", "granularity": "unknown"}, ("2025-01-02", "2025-01-09")),
    (None, (None, None)),
])
def test_a_date_window_follows_its_granularity(date, expected):
    assert link.window(date) == expected


def test_the_more_precise_date_wins_a_merge():
    month = {"value": "2025-01", "granularity": "month"}
    day = {"value": "2025-01-08", "granularity": "day"}
    assert link.merge_date(month, day) == day
    assert link.merge_date(day, month) == day


def test_similar_articles_score_higher_than_unrelated_ones():
    a = link.signature("India and the Taliban held talks in Dubai on aid and trade.")
    b = link.signature("Taliban and Indian officials met in Dubai to discuss aid and trade.")
    c = link.signature("Kenyan police fired tear gas at protesters in Nairobi.")
    assert link.similarity(a, b) > link.similarity(a, c)
    assert link.similarity(a, a) == pytest.approx(1.0)
