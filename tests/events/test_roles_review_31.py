"""Review 31 of the roles stage: regressions the round brought to the sides of an act, each turned
into a case with variants.

The owner a possessive pronoun names on an act noun stays its doer when the act noun is the subject
of a casualty verb ("Hamas said *its* rocket attack killed ..."); the object of a sanction or an
expulsion "over" a wrong is no doer of that wrong ("the US sanctioned banks over the invasion");
an act an arrest or a sentence is "for" keeps its score; a possessive pronoun goes back to the
subject of its verb, not to the addressee ("Israel briefed the UN on its strikes"); a pronoun
patient with two persons before it goes to neither the victim nor a wrong one. Each case names the
trigger word, the PLOVER type (None: any), words expected on the source side and words that must
not be there, coded by the whole pipeline (``code_text``). Sentences are invented for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.events.conftest import covers, sides


def _xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


# (sentence, trigger word, type or None, words on the source side, words not on the source side)
CASES = [
    # 7: the owner a possessive pronoun names stays the doer of an act noun with a casualty verb (one
    # event, at the casualty verb)
    ("Hamas said its rocket attack killed two Israeli soldiers.", "killed", "ASSAULT", ["Hamas"], []),
    ("The Pentagon told Congress that its drone strike in Kabul killed ten civilians.", "killed", "ASSAULT",
     ["Pentagon"], ["Congress"]),
    ("Al-Shabaab claimed the attack, saying its assault on the base killed 40 soldiers.", "killed",
     "ASSAULT", ["Al-Shabaab"], []),
    ("The army admitted that its shelling of the village killed seven farmers.", "killed", "ASSAULT",
     ["army"], []),
    # 8: the object of a sanction or an expulsion "over" a wrong is not its doer
    ("The US sanctioned three Chinese companies over the crackdown on protesters in Xinjiang.", "crackdown",
     None, [], ["companies"]),
    ("Britain expelled four Russian diplomats over the poisoning of the former spy.", "poisoning", None, [],
     ["diplomats"]),
    ("The United States sanctioned Russian banks over the invasion of Ukraine.", "invasion", None, [],
     ["banks"]),
    ("The European Union sanctioned five Iranian officials over the killing of protesters.", "killing",
     None, [], ["officials"]),
    # ... while the one arrested or accused "over" an act stays its doer
    ("Police arrested two men over the bombing of the bus station in Quetta.", "bombing", None, ["men"], []),
    # 10: a possessive pronoun goes back to the subject, not to the one addressed
    ("Israel briefed the United Nations on its strikes in Gaza.", "strikes", None, ["Israel"],
     ["United Nations"]),
    ("Turkey informed NATO about its air raids in northern Syria.", "raids", None, ["Turkey"], ["NATO"]),
    # ... or to the party its noun is coordinated with
    ("Ministers discussed Belarus and its crackdown on opposition figures.", "crackdown", None, ["Belarus"],
     ["Ministers"]),
    # ... but to the object of a verb of blaming
    ("The Security Council condemned Iran over its missile tests.", "tests", None, ["Iran"], ["Council"]),
]

# (sentence, type of an event that must stay)
KEPT = [
    # 9: an act an arrest or a sentence is "for" keeps its score
    ("A teenager was arrested for the attack on the synagogue.", "ASSAULT"),
    ("The judge jailed the activist for the protest outside parliament.", "PROTEST"),
    ("Two men were detained for the bombing of the bus station.", "ASSAULT"),
]

# (sentence, trigger word, word not on the target side)
PRONOUN_PATIENTS = [
    # 11: a pronoun patient with two persons before it is not the victim
    ("Police said Hassan Ali stabbed Omar Farah before he was arrested by detectives.", "arrested",
     "Omar Farah"),
    ("Witnesses said Kofi Mensah shot Yaw Boateng before he was detained by soldiers.", "detained",
     "Yaw Boateng"),
]


def _event(article: Any, trigger: str, event_type: str | None) -> Any:
    found = [e for e in article.events if trigger in e.trigger.text and event_type in (None, e.type)]
    assert found, sides(article)
    return found[0]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "trigger", "event_type", "sources", "not_sources"), CASES,
                         ids=[c[0][:44] for c in CASES])
def test_source(code: Callable[[str], Any], sentence: str, trigger: str, event_type: str | None,
                sources: list[str], not_sources: list[str]) -> None:
    article = code(sentence)
    event = _event(article, trigger, event_type)
    assert all(covers(event.actor, sentence, s) for s in sources), sides(article)
    assert not any(covers(event.actor, sentence, s) for s in not_sources), sides(article)


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "event_type"), KEPT, ids=[c[0][:44] for c in KEPT])
def test_act_kept(code: Callable[[str], Any], sentence: str, event_type: str) -> None:
    article = code(sentence)
    assert any(e.type == event_type for e in article.events), sides(article)


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "trigger", "victim"), PRONOUN_PATIENTS,
                         ids=[c[0][:44] for c in PRONOUN_PATIENTS])
def test_pronoun_patient_not_the_victim(code: Callable[[str], Any], sentence: str, trigger: str,
                                        victim: str) -> None:
    article = code(sentence)
    event = _event(article, trigger, None)
    assert not covers(event.recipient, sentence, victim), sides(article)
