"""Trigger recall that generalizes (#19): adjectives of intent, particles far from their verb,
dates that are no particles, and the lexicon families added with them."""

from __future__ import annotations

import pytest

from eventwire.events import load_triggers, rules
from eventwire.events.match import find_matches


def matched(nlp, text: str) -> list[tuple[str, str]]:
    """(type, pattern) of every trigger found in the text's sentences."""
    doc = nlp(text)
    return [(m.trigger.type, " ".join(m.trigger.words))
            for sentence in doc.sents for m in find_matches(sentence, load_triggers())]


def test_willing_to_frames_the_offered_act(coded):
    text = "Norway is willing to send troops to Iraq."
    events = coded(text, {"Norway": "NOR", "Iraq": "IRQ"}).events
    assert [(e.type, e.trigger.text) for e in events] == [("AGREE", "willing")]


def test_unwilling_to_is_a_refusal(coded):
    text = "Greece is unwilling to lift the ban on Turkish imports."
    events = coded(text, {"Greece": "GRC", "Turkish": "TUR"}).events
    assert "REJECT" in {e.type for e in events}


def test_an_adjective_without_an_act_is_no_trigger(nlp):
    assert matched(nlp, "The troops are ready.") == []


def test_particle_after_a_long_object(nlp):
    text = "Kenya forced the UN refugee agency and its foreign staff out of the country."
    assert ("SANCTION", "force out") in matched(nlp, text)


def test_particle_after_a_passive_verb(nlp):
    assert ("CONCEDE", "call off strike") in matched(nlp, "The strike was called off by the union.")


def test_preposition_with_its_own_object_is_no_late_particle(nlp):
    text = "The minister called for new elections and lower taxes, but on that point he said little."
    assert ("REQUEST", "call on") not in matched(nlp, text)


def test_preposition_of_a_date_is_no_particle(nlp):
    found = matched(nlp, "Macron called the Kenyan president on Tuesday.")
    assert ("REQUEST", "call on") not in found
    assert ("CONSULT", "call") in found


@pytest.mark.parametrize("text, expected", [
    ("The government cut tariffs on steel imports from Mexico.", ("RETREAT", "cut tariff")),
    ("Turkey suspended food supplies to the rebel enclave.", ("SANCTION", "suspend supply")),
    ("A judge ordered the release of the two journalists.", ("RETREAT", "order release")),
    ("The ministry permitted access to the detention camp.", ("RETREAT", "permit access")),
    ("The police shared evidence with their Italian counterparts.", ("COOPERATE", "share evidence")),
    ("The army beefed up its troop presence along the border.", ("MOBILIZE", "beef up troop presence")),
    ("A court in Lima ordered the arrest of the former mayor.", ("COERCE", "order arrest")),
    ("The two militias agreed to a truce on Monday.", ("AGREE", "agree truce")),
])
def test_lexicon_families(nlp, text, expected):
    assert expected in matched(nlp, text)


def test_announced_boycott_is_a_threat():
    boycott = next(e for e in load_triggers().lookup("verb", "boycott") if e.words == ("boycott",))
    assert rules.codes(boycott, [], "future", "will")[0] == "THREATEN"
    assert rules.codes(boycott, [], "asserted", None)[0] == "PROTEST"


def test_forced_out_of_business_is_no_expulsion(nlp):
    text = "The drought forced hundreds of small cattle farmers and their suppliers out of business."
    assert [t for t, _ in matched(nlp, text)] == ["NONE"]


def test_ready_for_a_passive_act_is_no_offer(nlp):
    found = matched(nlp, "The refugees are not ready to be sent back to the camps.")
    assert ("AGREE", "ready") not in found


def test_object_noun_phrase_may_run_through_of(nlp):
    found = matched(nlp, "The president declared a state of emergency in the northern province.")
    assert ("COERCE", "declare state of emergency") in found


def test_an_of_object_fits_only_a_pattern_that_spans_the_of(nlp):
    found = matched(nlp, "The council lifted the threat of a ban on street vendors.")
    assert ("CONCEDE", "lift ban") not in found


def test_protest_with_a_clause_is_a_complaint(nlp):
    assert ("ACCUSE", "protest to") in matched(nlp, "The miners' union protested that the audit was unfair.")
    assert ("PROTEST", "protest") in matched(nlp, "Thousands of miners protested in the capital on Sunday.")
