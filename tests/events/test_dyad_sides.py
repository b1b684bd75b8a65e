"""Both sides of a dyad after the role model (issue 19): an act with a target but no source
takes the phrase that does it, the place where it is done stays its location and no target,
and the role model reads the preposition that governs a candidate."""

from __future__ import annotations

import pytest

from tests.events.conftest import countries, typed


def test_the_doer_of_a_passive_is_its_agent(nlp):
    from eventwire.events.syntax import doer

    doc = nlp("The ministry was sued by farmers over the new tariff.")
    verb = next(t for t in doc if t.lower_ == "sued")
    assert doer(verb, nominal=False).text == "farmers"


def test_the_doer_of_a_noun_trigger_is_its_by_phrase_not_its_subject(nlp):
    from eventwire.events.syntax import doer

    doc = nlp("The raid by smugglers left two guards wounded.")
    noun = next(t for t in doc if t.lower_ == "raid")
    assert doer(noun, nominal=True).text == "smugglers"
    # an unmarked subject is what the role model already weighed: no doer of its own
    doc = nlp("A car bomb killing six civilians shook the town.")
    verb = next(t for t in doc if t.lower_ == "killing")
    assert doer(verb, nominal=False) is None


def test_a_date_is_no_doer(nlp):
    from eventwire.events.syntax import doer

    doc = nlp("Monday saw the convoy attacked.")
    verb = next(t for t in doc if t.lower_ == "saw")
    assert doer(verb, nominal=False) is None


@pytest.mark.slow
def test_the_place_of_an_attack_is_no_target(coded):
    text = "Ugandan rebels killed four Congolese traders in Nairobi on Tuesday."
    article = coded(text, {"Ugandan rebels": "UGA", "four Congolese traders": "COD", "Nairobi": "KEN"})
    event = typed(article, "ASSAULT")
    assert countries(event.actor) == {"UGA"}
    assert countries(event.recipient) == {"COD"}


def test_the_role_model_reads_the_governing_preposition(nlp):
    from eventwire.events.roles import features

    doc = nlp("The army launched an offensive against the rebels.")

    class Match:
        head = next(t for t in doc if t.lower_ == "launched")
        tokens = [head.i]

    class Event:
        type = "ASSAULT"
        actor: list = []
        recipient: list = []

    class Draft:
        match, event, nominal = Match, Event, False

    from eventwire.records import Entity

    rebels = next(t for t in doc if t.lower_ == "rebels")
    found = features(Draft, rebels, Entity("the rebels", 0, 1, kind="phrase"))  # type: ignore[arg-type]
    assert found["prep=against"] == 1.0
    assert found["type=ASSAULT|prep=against"] == 1.0
