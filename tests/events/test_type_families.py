"""Trigger families added from the CAMEO/PLOVER definitions: verdicts (CAMEO 116, "found X
guilty"), restitution after a long object (0842), pardons (0841), property burned or wrecked
(171/1712, the {property} class) and sexual violence named by a noun (1821); sentences of our
own."""

from __future__ import annotations

import pytest

from eventwire.events import load_triggers
from eventwire.events.match import find_matches


def matched(nlp, text: str) -> set[tuple[str, str | None]]:
    """(type, mode) of every lexicon match in the text's sentences."""
    lexicon = load_triggers()
    return {(m.trigger.type, m.trigger.mode) for sent in nlp(text).sents for m in find_matches(sent, lexicon)}


@pytest.mark.parametrize("text, wanted", [
    # the small clause of "find X guilty" is parsed as a clausal complement of "find"
    ("A court in Oslo found the former mayor guilty of fraud.", ("ACCUSE", "disapprove")),
    # the "to" of restitution hangs on a word inside the long object
    ("The museum returned a bronze mask carved with the face of a king to Nepal on Tuesday.",
     ("RETREAT", None)),
    ("The president granted a full pardon to the jailed journalist.", ("RETREAT", "release")),
    ("The governor pardoned two hundred prisoners on Sunday.", ("RETREAT", "release")),
    ("Rioters set fire to a church and destroyed cars in the market.", ("COERCE", "seize")),
    ("Shops were vandalized during the unrest.", ("COERCE", "seize")),
    ("Survivors described rape and sexual abuse by the militia.", ("ASSAULT", "sexual")),
])
def test_family_members_match(nlp, text, wanted):
    assert wanted in matched(nlp, text)


def test_returning_home_is_no_restitution(nlp):
    assert ("RETREAT", None) not in matched(nlp, "The minister returned to Athens after the summit.")


@pytest.mark.parametrize("text, wanted", [
    ("A court in Oslo found the former mayor guilty of fraud on Monday.", "ACCUSE"),
    ("The president granted a full pardon to the jailed journalist on Friday.", "RETREAT"),
])
def test_family_members_are_coded(coded, text, wanted):
    events = coded(text).events
    assert wanted in {e.type for e in events}, [(e.type, e.trigger.text) for e in events]


def test_property_destroyed_by_a_hazard_is_no_event(coded):
    events = coded("Floods destroyed homes and shops across the valley on Monday.").events
    assert "COERCE" not in {e.type for e in events}
