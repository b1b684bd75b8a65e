"""Parties are coded as they stood on the event's date, when the text dates the event."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import code_text
from eventwire.actors.dated import coding_on, event_days
from eventwire.actors.knowledge import default_actor_knowledge
from eventwire.records import TimeExpression

pytestmark = pytest.mark.slow


def _party(text: str, published: str, name: str) -> tuple[str | None, str | None]:
    article = code_text(text, published=published)
    found = [entity for event in article.events for entity in (*event.actor, *event.recipient)
             if name in entity.text]
    assert found, [event.to_dict() for event in article.events]
    return found[0].country, found[0].sector


def test_a_group_is_coded_with_its_status_on_the_event_date() -> None:
    text = "Indian diplomats held talks with the Taliban in Doha on June 14, 2021."
    assert _party(text, "2021-09-10", "Taliban") == ("AFG", "REB")


def test_an_event_on_the_publication_date_keeps_the_status_of_that_date() -> None:
    text = "Indian diplomats held talks with the Taliban in Doha on Tuesday."
    assert _party(text, "2021-09-10", "Taliban") == ("AFG", "GOV")


def test_a_former_office_holder_held_office_on_the_event_date() -> None:
    text = "Imran Khan met Chinese President Xi Jinping in Beijing on October 9, 2019."
    assert _party(text, "2024-05-01", "Imran Khan") == ("PAK", "GOV")


def test_a_year_that_spans_a_change_of_status_changes_nothing() -> None:
    knowledge = default_actor_knowledge()
    year = event_days(TimeExpression("in 2021", 0, 7, "2021", None, "year"))
    assert year == (dt.date(2021, 1, 1), dt.date(2021, 12, 31))
    assert coding_on("org:taliban", year[0], knowledge) != coding_on("org:taliban", year[1],
                                                                     knowledge)
    text = "Indian diplomats held talks with the Taliban in Doha in 2021."
    assert _party(text, "2021-09-10", "Taliban") == ("AFG", "GOV")


@pytest.mark.parametrize("granularity", ["unknown"])
def test_an_undated_event_is_not_recoded(granularity: str) -> None:
    assert event_days(TimeExpression(None, None, None, "2021-09-10", None, granularity)) is None
