"""Kinds of act the lexicon missed (issue 19, event types round 3): property burned or wrecked
(a {property} class), sexual violence named by a noun, ground taken by driving a force out
of it or by wresting control, stones pelted, bases set up (a plural the lemmatizer misreads),
a past verb the tagger took for an adjective and arms depots found; coded on sentences of our
own. Property a storm, a quake or a fire wrecks stays no event."""

from __future__ import annotations

import pytest

from eventwire.events import load_triggers
from eventwire.events.match import find_matches, word_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, parties, wanted", [
    ("Rioters torched three buses and a church in the town on Friday.",
     {"Rioters": "NGA"}, ("ASSAULT", "destroy")),
    ("The gang burned down two shops owned by traders.", {"The gang": "KEN"}, ("ASSAULT", "destroy")),
    ("Villagers pelted stones at the police convoy.", {"Villagers": "IND"}, ("PROTEST", "riot")),
    ("The army drove the rebels out of three districts on Monday.",
     {"The army": "MMR", "the rebels": "MMRREB"}, ("ASSAULT", None)),
    ("Government troops wrested control of the port from the militia.",
     {"Government troops": "YEM"}, ("COERCE", "seize")),
    ("The separatists ceded two districts to the central government.",
     {"The separatists": "UKRREB"}, ("RETREAT", None)),
    ("Police discovered an arms depot hidden under a farmhouse.", {"Police": "KEN"}, ("COERCE", "seize")),
    ("Turkish forces have set up three new bases in the north of the province.",
     {"Turkish forces": "TUR"}, ("MOBILIZE", "troops")),
])
def test_new_kinds_are_coded(coded, text, parties, wanted):
    events = coded(text, parties).events
    assert wanted in {(e.type, e.mode) for e in events}, [(e.type, e.mode, e.trigger.text) for e in events]


@pytest.mark.parametrize("text, unwanted", [
    ("The company will demolish the old building to make room for a park.", "ASSAULT"),
    ("He burned his fingers on the stove.", "COERCE"),
])
def test_property_words_stay_out_of_other_senses(coded, text, unwanted):
    """A storm is no party that wrecks property; a fire on one's fingers is no property."""
    assert unwanted not in {e.type for e in coded(text).events}


def test_a_regular_plural_matches_its_singular(nlp):
    doc = nlp("They set up two bases.")
    assert "base" in word_of(doc[4])
    assert "new" not in word_of(nlp("The news spread.")[1])   # only plural nouns, and not "news"


@pytest.mark.parametrize("text", [
    "The report describes the rape of dozens of women by soldiers.",
    "Militiamen were accused of the sexual abuse of girls in the camps.",
])
def test_sexual_violence_nouns_are_candidates(nlp, text):
    """The nouns are candidates of the sexual mode; the confidence model, retrained on them,
    decides which to keep."""
    matches = [m for s in nlp(text).sents for m in find_matches(s, load_triggers())]
    assert ("ASSAULT", "sexual") in {(m.trigger.type, m.trigger.mode) for m in matches}


@pytest.mark.parametrize("text", [
    "An electrical fire destroyed the old mosque on Monday, officials said.",
    "The earthquake damaged schools and destroyed 300 homes.",
    "Dozens of shops were destroyed by the floods.",
])
def test_property_wrecked_by_a_hazard_is_no_event(coded, text):
    assert not coded(text).events, [(e.type, e.trigger.text) for e in coded(text).events]
