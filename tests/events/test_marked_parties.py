"""Both marked mentions among one event's parties (issue 19, Zero-Shot-PLOVER AW): the doer
and the one an act is done to, named or not, as the whole coder reads plain sentences. The
sentences are our own; each names a source and a target that an asserted event must link,
in either direction, as ``evaluate.zsp_plover.links`` reads it."""

from __future__ import annotations

import functools

import pytest

from eventwire.api import code_text
from eventwire.evaluate.zsp_aw import linked
from eventwire.evaluate.zsp_plover import MarkedRow
from eventwire.records import Article


@functools.cache
def coded(text: str) -> Article:
    return code_text(text, clean=False, id="marked")


def row(text: str, source: str, target: str) -> MarkedRow:
    def at(word: str) -> tuple[tuple[int, int], ...]:
        start = text.index(word)
        return ((start, start + len(word)),)

    return MarkedRow(text, (at(source), at(target)), "1")


def links(text: str, source: str, target: str) -> bool:
    return linked(row(text, source, target), coded(text).events)


LINKED = [
    # "fire on", "fire at": the shooting aimed at someone (lexicon flag ``aimed``)
    ("Soldiers fired on the crowd outside the ministry.", "Soldiers", "the crowd"),
    ("Troops fired at protesters in the capital.", "Troops", "protesters"),
    ("Police fired on a car that did not stop at the checkpoint.", "Police", "a car"),
    # a conjunct of an uncoded patient is a patient too (``code.coordinated_parties``)
    ("The militia attacked the village and the market.", "The militia", "the market"),
    ("Rebels stormed a police station and two army barracks.", "Rebels", "two army barracks"),
    ("American troops stormed a presidential palace and other key buildings.",
     "American troops", "other key buildings"),
    ("The gang kidnapped a teacher and her two children.", "The gang", "her two children"),
    ("Unknown assailants abducted the aid workers and their driver.", "Unknown assailants",
     "their driver"),
    # what the coder already links, kept so
    ("Police arrested three men in Leeds.", "Police", "three men"),
    ("A gunman shot a security guard at the bank.", "A gunman", "a security guard"),
    ("He shot one man and wounded another.", "He", "one man"),
    ("The army shelled the town overnight.", "The army", "the town"),
    ("Gunmen killed two policemen in Karachi on Sunday.", "Gunmen", "two policemen"),
    ("The soldiers beat the prisoners.", "The soldiers", "the prisoners"),
    ("The court sentenced the former mayor to ten years in prison.", "The court", "the former mayor"),
    ("Prosecutors charged the company with fraud.", "Prosecutors", "the company"),
    ("The rebels were attacked by government forces.", "government forces", "The rebels"),
    ("Two journalists were arrested by the security services.", "the security services",
     "Two journalists"),
    ("Border guards opened fire on the migrants.", "Border guards", "the migrants"),
    ("The police detained the opposition leader and his aides.", "The police", "his aides"),
    ("Demonstrators threw stones at the police.", "Demonstrators", "the police"),
]


@pytest.mark.parametrize(("text", "source", "target"), LINKED)
def test_an_event_links_the_marked_pair(text: str, source: str, target: str):
    assert links(text, source, target)


def test_a_dismissal_is_no_shooting():
    for text in ("The company fired at least 20 workers.", "The coach was fired at the end of the season.",
                 "The minister was fired on the spot."):
        assert not any(e.type == "ASSAULT" for e in coded(text).events), text


def test_a_stranded_preposition_keeps_the_shooting():
    assert any(e.type == "ASSAULT" for e in coded("The convoy was fired on near the border.").events)


def test_means_listed_with_a_coded_patient_stay_no_parties():
    text = "The United States provided Egypt with aircraft, vehicles and weapons."
    recipients = {e.text for event in coded(text).events for e in event.recipient}
    assert not recipients & {"vehicles", "weapons"}


@pytest.mark.parametrize(("text", "thing"), [
    ("Police seized the smugglers and their boats.", "their boats"),
    ("Police detained the protesters and their banners.", "their banners"),
    ("The minister praised the teachers and their dedication.", "their dedication"),
])
def test_things_listed_with_people_stay_no_parties(text: str, thing: str):
    """Beside people, only nouns of people or bodies join the side (like_party)."""
    parties = {e.text for event in coded(text).events for e in event.actor + event.recipient}
    assert thing not in parties
