"""Review round 23b: event rules of round 23 probed with new sentences, coded by ``code_text``.

Each case is (sentence, type, CAMEO code, source head, target heads). A case with a type says the
pipeline must find that event (any confidence) with that code, a source that holds the source head
and a target that holds every target head (an empty list: the target is empty). A case with type
None says no event of any of the ``never`` types may be found. The cases cover a firm's act that is
a state's sanction, words that name a disaster rather than condemn, praise of what is no party's
act, "charge" followed by a time or reason phrase, a light verb over "a series of" acts, verdicts
that judge a game, a nested speaker or an empty "it", and a place of refuge that is no party.
Sentences are invented for these tests.
"""

from __future__ import annotations

from typing import Any

import pytest

Found = tuple[str, str, str, str | None, list[str]]

# (sentence, type, cameo, source head, target heads); the source head is a word of the source
FOUND: list[Any] = [
    # a state or national firm acts for its state
    ("The state energy company cut off gas supplies to Ukraine.", "SANCTION", "162", "company",
     ["Ukraine"]),
    # (the actors stage codes "state" of "state-owned" as the source: no check of it here)
    ("The state-owned airline suspended all flights to Israel on the government's orders.", "COERCE",
     "163", None, ["Israel"]),
    ("The national carrier suspended flights to Moscow after the EU imposed sanctions.", "COERCE",
     "163", "carrier", ["Moscow"]),
    ("The national oil company halted crude deliveries to Belarus.", "SANCTION", None, "company",
     ["Belarus"]),
    # a verdict named by "called" stays
    ("Poland called the arrest of its consul an outrage.", "ACCUSE", "111", "Poland", []),
    # charge with a time or reason phrase before the crime
    ("The court charged him back in 2019 with treason.", "ACCUSE", "112", "court", []),
    ("Prosecutors charged him over the killings across the region.", "ACCUSE", "112", "Prosecutors", []),
    ("Prosecutors charged the mayor with fraud.", "ACCUSE", "112", "Prosecutors", ["mayor"]),
    # a light verb over "a series of" acts: the act noun's own type and target
    ("Militants launched a spate of bombings in Kabul last week.", "ASSAULT", "183", "Militants", []),
    ("Rebels carried out a string of attacks on army posts.", "ASSAULT", None, "Rebels", ["posts"]),
    ("Insurgents staged a wave of suicide bombings in the capital.", "ASSAULT", "1831", "Insurgents", []),
    ("The army launched a series of airstrikes on rebel bases.", "ASSAULT", None, "army", ["bases"]),
    # verdicts that must stay, from their own speaker
    ("The ambassador said critics had called the policy shameful, but he rejected that view.", "ACCUSE",
     "111", "critics", []),
    ("Amnesty said the government's treatment of migrants was inhumane.", "ACCUSE", "111", "Amnesty",
     ["government"]),
    ("'The shelling of the market was barbaric,' the Ukrainian foreign minister said.", "ACCUSE", "111",
     "minister", []),
]

# (sentence, never these types)
NONE: list[Any] = [
    ("The president called the earthquake a catastrophe.", ["ACCUSE"]),
    ("The governor called the floods a disaster for the farmers.", ["ACCUSE"]),
    ("Analysts called the election result historic.", ["SUPPORT"]),
    ("The general called the attack a success.", ["SUPPORT"]),
    ("The coach called the victory a triumph.", ["SUPPORT"]),
    ("'Losing to Brazil was shameful,' the Argentine coach said.", ["ACCUSE"]),
    ("'The defeat against Italy was a disgrace,' the Spanish captain said.", ["ACCUSE"]),
    ("'It is unacceptable that the hospital has no water,' the minister said.", ["ACCUSE"]),
    ("'It is a disgrace that the roads are still closed,' the mayor said.", ["ACCUSE"]),
    # a firm's own operational act stays no sanction
    ("The airline suspended flights to Lisbon because of a pilots' strike.", ["SANCTION"]),
    ("The airline suspended flights to Lagos in order to repair its fleet.", ["SANCTION", "COERCE"]),
]

# (sentence, trigger word, target heads that must NOT be read)
NOT_TARGET: list[Any] = [
    ("Hamas called the raid an attack on all Palestinians.", "called", ["Palestinians"]),
    ("Amnesty said the government's treatment of migrants was inhumane.", "inhumane", ["migrants"]),
    ("Civilians sought refuge in a church as soldiers fired on the town.", "sought", ["church"]),
    ("Villagers took shelter in a school during the shelling.", "took", ["school"]),
    ("The ambassador said critics had called the policy shameful, but he rejected that view.",
     "called", []),
]

# (sentence, trigger word, target heads that must stay)
STAY_TARGET: list[Any] = [
    ("Two opposition deputies sought refuge in the Swiss embassy.", "sought", ["embassy"]),
    ("The deposed governor sought refuge in Bolivia.", "sought", ["Bolivia"]),
]


def _events(text: str) -> list[Any]:
    from eventwire.api import code_text

    return code_text(text, clean=False, id="review-23b").events


def _sides(events: list[Any]) -> list[Any]:
    return [(e.type, e.cameo, e.trigger.text if e.trigger else None, [a.text for a in e.actor],
             [r.text for r in e.recipient]) for e in events]


def _words(spans: list[Any]) -> set[str]:
    return {w for s in spans for w in s.text.split()}


@pytest.mark.parametrize(("text", "kind", "cameo", "source", "targets"), FOUND)
def test_event_is_found(nlp: Any, text: str, kind: str, cameo: str | None, source: str | None,
                        targets: list[str]) -> None:
    events = _events(text)
    found = [e for e in events if e.type == kind and (cameo is None or e.cameo == cameo)]
    assert found, _sides(events)
    event = found[0]
    assert source is None or source in _words(event.actor), _sides(events)
    if targets:
        assert set(targets) <= _words(event.recipient), _sides(events)


@pytest.mark.parametrize(("text", "never"), NONE)
def test_no_event_is_read(nlp: Any, text: str, never: list[str]) -> None:
    events = _events(text)
    assert not [e for e in events if e.type in never], _sides(events)


@pytest.mark.parametrize(("text", "trigger", "heads"), NOT_TARGET)
def test_target_is_not_read(nlp: Any, text: str, trigger: str, heads: list[str]) -> None:
    events = [e for e in _events(text) if e.trigger and trigger in e.trigger.text.split()]
    for event in events:
        assert not set(heads) & _words(event.recipient), _sides(events)
        if trigger == "called":
            assert "ambassador" not in _words(event.actor), _sides(events)


@pytest.mark.parametrize(("text", "trigger", "heads"), STAY_TARGET)
def test_target_stays(nlp: Any, text: str, trigger: str, heads: list[str]) -> None:
    events = [e for e in _events(text) if e.trigger and trigger in e.trigger.text.split()]
    assert events and set(heads) <= _words(events[0].recipient), _sides(events)
