"""Review of round 31 (figurative language, hazards): regressions a read-only review confirmed,
and variants of our own.

A hazard word on people ("flood victims", "a traffic policeman") does not make them a scourge;
volunteers who fight beside troops are fighters, not rescuers; a sport word somewhere in a
sentence does not make a charge or a rights group's criticism sport talk; a "probe" into solar
contracts is an inquiry; a named armed group that targets voters attacks them; and blame laid on
a government's measure by people who suffer it accuses. What the round gained stays: clashing with
flood waters, rescuers fighting through the night, a coach blasting the referee, a space probe,
a firm targeting customers or fighting plastic with a product, and blame laid on a market are no
events.
"""

from __future__ import annotations

import functools

import pytest

from eventwire.pipeline import code_articles
from eventwire.records import Article

pytestmark = pytest.mark.slow

PUBLISHED = "2025-01-09"


@functools.cache
def _types(text: str) -> tuple[tuple[str, str, str], ...]:
    [doc] = code_articles([Article(id="r31", text=text, published=PUBLISHED)], clean=False)
    return tuple((e.type, e.modality, e.trigger.text if e.trigger else "") for e in doc.events)


def _asserted(text: str) -> set[str]:
    return {t for t, m, _ in _types(text) if m == "asserted"}


KEEPS = [
    # 1. a hazard compound on people or a person does not make them a scourge
    ("Police attacked flood victims who had gathered outside the governor's office.", "ASSAULT"),
    ("Gunmen shot dead a traffic policeman in Peshawar on Monday.", "ASSAULT"),
    ("Soldiers beat earthquake survivors queuing for food in the town of Antakya.", "ASSAULT"),
    ("Militants killed two traffic wardens in Quetta on Tuesday.", "ASSAULT"),
    # 2. clashing "with" such people
    ("Police clashed with flood victims demanding aid in Lahore.", "ASSAULT"),
    ("Security forces clashed with earthquake survivors demanding tents.", "ASSAULT"),
    ("Riot police clashed with drought refugees outside the ministry in Nairobi.", "ASSAULT"),
    # 3. volunteers who fight beside troops or against rebels are fighters
    ("Foreign volunteers fought alongside Ukrainian troops near Bakhmut.", "ASSAULT"),
    ("Volunteers fought for hours before the town fell to the rebels.", "ASSAULT"),
    ("Georgian volunteers fought beside Kurdish forces near Raqqa last year.", "ASSAULT"),
    # 4. a sport word elsewhere in a charge or a rights group's criticism
    ("Prosecutors charged the former footballer with sexual assault.", "ACCUSE"),
    ("Rights groups criticised FIFA for ignoring abuses of migrant workers building football stadiums.",
     "ACCUSE"),
    ("Prosecutors accused a former cricket captain of taking bribes from a betting syndicate.", "ACCUSE"),
    # 5. a probe into solar or moon-named things is an inquiry
    ("Prosecutors widened their probe into the solar energy contracts awarded by the ministry.", "ACCUSE"),
    ("Police opened a probe into the theft of moon rock samples from the national museum.", "ACCUSE"),
    # 6. a named armed group that targets voters or shoppers attacks them
    ("The Taliban targeted voters at polling stations in Kandahar.", "ASSAULT"),
    pytest.param("Al-Shabaab targeted shoppers at a crowded market in Mogadishu.", "ASSAULT",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "the parser takes 'Al-Shabaab targeted shoppers' for one name, so no verb 'targeted' is "
                     "matched (nothing before the round either)"))),
    # 6b. a firm's attack by its guards or with blades is still an attack
    ("The mining company attacked protesters with armed guards.", "ASSAULT"),
    ("A logging firm attacked villagers with machetes, police said.", "ASSAULT"),
    # suspected: blame on a government's measure by those who suffer it
    ("Farmers blamed the new fuel tax for their losses.", "ACCUSE"),
]


@pytest.mark.parametrize(("text", "gold"), KEEPS)
def test_real_event_kept(text: str, gold: str) -> None:
    assert gold in _asserted(text), _types(text)


GAINS = [
    ("Firefighters clashed with the flood waters for a third day.", "ASSAULT"),
    ("Rescuers fought through the night to free the miners.", "ASSAULT"),
    ("Volunteers fought for hours to contain the blaze near the village.", "ASSAULT"),
    ("The coach blasted the referee after the defeat.", "ACCUSE"),
    ("NASA's probe captured images of a storm on Jupiter.", "ACCUSE"),
    ("The firm targeted younger customers with its new app.", "ASSAULT"),
    ("Economists blamed the slump on high interest rates.", "ACCUSE"),
    ("The startup declared war on plastic packaging with a new biodegradable wrapper.", "ASSAULT"),
    pytest.param("The drinks maker declared war on plastic bottles with a paper carton.", "ASSAULT",
                 marks=pytest.mark.xfail(strict=True, reason="after coder.24's refit the partyless ASSAULT "
                                         "on 'declared war' scores 0.533 (0.44 before), over the partyless "
                                         "floor 0.5")),
    ("Apple targeted younger customers in India with a cheaper phone.", "ASSAULT"),
    ("Commuters were stuck for hours as traffic battled the snow on the motorway.", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "forbidden"), GAINS)
def test_round_gains_stay(text: str, forbidden: str) -> None:
    assert forbidden not in _asserted(text), _types(text)


def test_clashing_with_flood_waters_is_no_criticism() -> None:
    """Office holders (firefighters are coded GOV) who clash with a hazard clash in no words."""
    text = "Firefighters clashed with the flood waters for a third day."
    assert not _asserted(text), _types(text)
