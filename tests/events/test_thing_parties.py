"""A side holds parties, not things (issue 19): a phrase heading an act or a thing said or
done is no target ("condemned *the bombings*", "vetoed *the legislation*"), while people
named by a role noun stay; and a personal pronoun subject is the source the sentence names."""

from __future__ import annotations

import pytest

from tests.events.conftest import typed

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "event_type"), [
    ("The Chilean minister condemned the bombings.", "ACCUSE"),
    ("The Peruvian president vetoed the legislation on Friday.", "REJECT"),
    ("The Chilean minister welcomed the announcement.", "SUPPORT"),
])
def test_a_thing_is_no_target(coded, text, event_type):
    actor = "The Chilean minister" if "Chilean" in text else "The Peruvian president"
    event = typed(coded(text, {actor: "CHL" if "Chilean" in text else "PER"}), event_type)
    assert [e.text for e in event.actor] == [actor]
    assert event.recipient == []


def test_people_named_by_a_role_noun_stay_a_party(coded):
    text = "Riot police arrested the demonstrators outside the Chilean parliament."
    event = typed(coded(text, {"Riot police": "CHL"}), "COERCE")
    assert [e.text for e in event.recipient] == ["the demonstrators"]


def test_a_pronoun_subject_is_the_source(coded):
    text = "She shot the Chilean guard and fled."
    event = typed(coded(text, {"the Chilean guard": "CHL"}), "ASSAULT")
    assert [(e.text, e.start) for e in event.actor] == [("She", 0)]


def test_a_pronoun_after_its_named_speaker_is_left_to_the_roles(coded):
    text = "The rebels claimed that they attacked the Chilean convoy."
    event = typed(coded(text, {"the Chilean convoy": "CHL"}), "ASSAULT")
    assert "they" not in [e.text for e in event.actor]
