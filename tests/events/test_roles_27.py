"""The source and target of an event, roles round 27: the right mention on each side of a news record.

Probes the general causes of wrong sides on news records: the speaker of a report taken for the
doer of the act it reports ("police said gunmen killed ..."), a place or a time taken for a party,
an appositive or a possessor chosen instead of the party's head, a pronoun standing for a party
named in the same sentence, nominal triggers with "by" and "on/against" phrases, a passive with no
agent (no source at all), and plain shapes that must stay. Each case names the trigger word, the
expected PLOVER type (None: any) and the head words expected on the source and target sides, coded
by the whole pipeline (``code_text``). Sentences are invented for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.events.conftest import (
    check_type_source_and_target,
    covers,
    event_of,
    sides,
    trigger_ids,
)

# (sentence, trigger word, type or None, source head, target heads)
CASES = [
    # the speaker of a report is not the doer of the reported act
    ("Officials said rebels attacked a police station overnight.", "attacked", "ASSAULT", "rebels",
     ["station"]),
    ("The ministry said that Syldavian troops had shelled the border villages.", "shelled", "ASSAULT",
     "troops", ["villages"]),
    ("Witnesses told reporters that soldiers beat the students.", "beat", "ASSAULT", "soldiers",
     ["students"]),
    ("According to the governor, gunmen abducted two engineers.", "abducted", "ASSAULT", "gunmen",
     ["engineers"]),
    # a place or a time is no party
    ("Police in the capital detained a prominent blogger on Friday.", "detained", None, "Police",
     ["blogger"]),
    ("On Tuesday the navy seized an oil tanker in the strait.", "seized", None, "navy", ["tanker"]),
    ("Militants in the northern province attacked an army base.", "attacked", "ASSAULT", "Militants",
     ["base"]),
    # appositives and titles: the party's head noun
    ("Ruritania's foreign minister, Anna Kessel, met her Syldavian counterpart.", "met", "CONSULT",
     "minister", ["counterpart"]),
    ("The president, a former general, pardoned the jailed journalists.", "pardoned", None, "president",
     ["journalists"]),
    ("The union leader criticised the transport minister.", "criticised", None, "leader", ["minister"]),
    # a possessor of the target
    ("Rebels shot down a Syldavian army helicopter.", "shot", "ASSAULT", "Rebels", ["helicopter"]),
    ("The senators urged the minister to punish Iran.", "urged", "REQUEST", "senators", ["minister"]),
    # nominal triggers
    ("An attack by insurgents on the convoy was reported on Monday.", "attack", "ASSAULT", "insurgents",
     ["convoy"]),
    ("Canada imposed new sanctions on Belarus.", "sanctions", None, "Canada", ["Belarus"]),
    # passives with an agent
    ("The protesters were dispersed by riot police.", "dispersed", None, "police", ["protesters"]),
    ("The ambassador was summoned by the foreign ministry.", "summoned", None, "ministry", ["ambassador"]),
    # a request, an accusation and a threat: the one addressed is the target
    ("The opposition urged the government to release political prisoners.", "urged", "REQUEST",
     "opposition", ["government"]),
    ("Syldavia accused Borduria of violating the ceasefire.", "accused", "ACCUSE", "Syldavia",
     ["Borduria"]),
    ("The general warned the rebels that the army would retaliate.", "warned", "THREATEN", "general",
     ["rebels"]),
    ("The union called on the employers to raise wages.", "called", None, "union", ["employers"]),
    # the one addressed, not the object of the act asked for, is the target
    ("In May, the Texas senator called on fellow Republicans to oppose Johnson.", "called", "REQUEST",
     "senator", ["Republicans"]),
    ("The envoys wrote to the minister, urging him to work with partners of Canada.", "urging",
     "REQUEST", "envoys", ["him"]),
    # reciprocal acts: the first named is the source
    pytest.param("Syldavian and Bordurian negotiators met in Geneva.", "met", "CONSULT", "Syldavian",
                 ["negotiators"], marks=pytest.mark.xfail(strict=True, reason=(
                     "coordinated nationality adjectives on one noun: only the second is kept as a party"))),
    ("The prime minister held talks with the visiting Ruritanian president.", "talks", "CONSULT",
     "minister", ["president"]),
    # must stay: plain subjects and objects
    ("Rebels ambushed a military convoy.", "ambushed", "ASSAULT", "Rebels", ["convoy"]),
    ("Borduria expelled two Syldavian diplomats.", "expelled", None, "Borduria", ["diplomats"]),
    ("The police arrested the mayor.", "arrested", None, "police", ["mayor"]),
    ("Norway sent food aid to the refugees.", "aid", "AID", "Norway", ["refugees"]),
    ("Students protested against the new tuition fees.", "protested", "PROTEST", "Students", ["fees"]),
    ("The senator praised the firefighters.", "praised", None, "senator", ["firefighters"]),
    ("The minister rejected the union's demands.", "rejected", "REJECT", "minister", ["union"]),
]

# (sentence, trigger word, word on neither side): a speaker, a place or a time is no party
NO_PARTY = [
    ("Officials said rebels attacked a police station overnight.", "attacked", "Officials"),
    ("Witnesses told reporters that soldiers beat the students.", "beat", "Witnesses"),
    ("According to the governor, gunmen abducted two engineers.", "abducted", "governor"),
    ("Police in the capital detained a prominent blogger on Friday.", "detained", "capital"),
    ("On Tuesday the navy seized an oil tanker in the strait.", "seized", "Tuesday"),
    ("Militants in the northern province attacked an army base.", "attacked", "province"),
]

# (sentence, trigger word, target word): a person owning an act of holding or violence undergoes it
OWNER_UNDERGOES = [
    ("Ahmed Musa's arrest drew international condemnation.", "arrest", "Musa"),
    ("The journalist's arrest drew condemnation.", "arrest", "journalist"),
    ("Police have charged two men over the mayor's murder.", "murder", "mayor"),
]

# (sentence, trigger word, word on neither side): the idiom "took place" names no party
NO_PARTY += [
    ("The bombing took place at night.", "bombing", "place"),
    ("In May, the Texas senator called on fellow Republicans to oppose Johnson.", "called", "Johnson"),
    ("The envoys wrote to the minister, urging him to work with partners of Canada.", "urging", "Canada"),
]

# (sentence, trigger word): a passive with no agent names no source
NO_SOURCE = [
    ("Two aid workers were kidnapped near the border.", "kidnapped"),
    ("A journalist was shot dead outside his home.", "shot"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "trigger", "event_type", "source", "targets"), CASES,
                         ids=trigger_ids(CASES))
def test_type_source_and_target(code: Callable[[str], Any], sentence: str, trigger: str,
                                event_type: str | None, source: str, targets: list[str]) -> None:
    check_type_source_and_target(code, sentence, trigger, event_type, source, targets)


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "trigger", "word"), NO_PARTY, ids=trigger_ids(NO_PARTY))
def test_speaker_place_and_time_are_no_party(code: Callable[[str], Any], sentence: str, trigger: str,
                                            word: str) -> None:
    article = code(sentence)
    event = event_of(article, trigger)
    assert not covers(event.actor, sentence, word), sides(article)
    assert not covers(event.recipient, sentence, word), sides(article)


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "trigger"), NO_SOURCE, ids=trigger_ids(NO_SOURCE))
def test_passive_without_agent_has_no_source(code: Callable[[str], Any], sentence: str,
                                             trigger: str) -> None:
    article = code(sentence)
    event = event_of(article, trigger)
    assert not event.actor, sides(article)


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "trigger", "target"), OWNER_UNDERGOES, ids=trigger_ids(OWNER_UNDERGOES))
def test_owner_undergoes_the_act(code: Callable[[str], Any], sentence: str, trigger: str,
                                 target: str) -> None:
    article = code(sentence)
    event = event_of(article, trigger)
    assert covers(event.recipient, sentence, target), sides(article)
    assert not covers(event.actor, sentence, target), sides(article)


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "trigger", "owner", "target"), [
    ("Russia's attack on Ukraine continued.", "attack", "Russia", "Ukraine"),
    ("The president's tariffs targeting Canada and Mexico took effect.", "tariffs", "president", "Canada"),
])
def test_an_owner_who_acts_stays_the_source(code: Callable[[str], Any], sentence: str, trigger: str,
                                            owner: str, target: str) -> None:
    article = code(sentence)
    event = event_of(article, trigger)
    assert covers(event.actor, sentence, owner), sides(article)
    assert covers(event.recipient, sentence, target), sides(article)
