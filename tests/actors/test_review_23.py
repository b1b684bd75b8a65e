"""Review of round 23's actor rules (issue #20): what those rules must not do.

- a natural feature is no actor, nor a country or capital named inside one ("Lake Chad",
  "the Jordan River");
- an outlet named after a capital shared by a bigger town elsewhere takes no capital's country;
- an apposition gives a company a country only when its noun names a kind of organisation
  ("a clinic in Ohio"), not a role ("an investor in Kenya");
- a fronted "In X," gives no country to officials or judges in a seat of international bodies;
- "worked at the Board" names a workplace, no sitting body;
- "the opposition daily" is an outlet.

The sentences are our own, about imagined events. The last cases already passed and must stay.
"""

from __future__ import annotations

import pytest
from tests.actors.coding import coded, coding


def _texts(nlp, knowledge, text: str) -> list[str]:
    return [e.text for e in coded(nlp, knowledge, text)]


# (text, a word no actor may contain)
NO_ACTOR = [
    ("Climbers died on Mount Everest, the Nepalese government said.", "Everest"),
    ("Climbers on Mount Everest were stranded in Nepal.", "Everest"),
    ("Boats capsized on the Nile, Sudanese officials said.", "Nile"),
    ("Boats on the Nile sank near Khartoum.", "Nile"),
    ("Fishermen on the Niger River lost their nets.", "Niger"),
    ("The Jordan River is drying up.", "Jordan"),
    ("Fighting near Lake Chad displaced thousands.", "Chad"),
    ("Ferries sank on Lake Victoria last week.", "Victoria"),
    ("Hikers were rescued from Mount Kilimanjaro on Monday.", "Kilimanjaro"),
    ("He worked at the Planning Commission for twenty years.", "Planning Commission"),
    ("She worked at the Tariff Board until her retirement.", "Tariff Board"),
]


@pytest.mark.parametrize(("text", "word"), NO_ACTOR, ids=[w for _, w in NO_ACTOR])
def test_no_actor_holds(nlp, knowledge, text, word):
    assert not [t for t in _texts(nlp, knowledge, text) if word in t]


# (text, name whose last mention is checked, country, sector)
CODED = [
    ("The San Jose Evening Courier reported the shooting.", "San Jose Evening Courier", None, "JRN"),
    ("The Victoria Daily Colonist published the letter.", "Victoria Daily Colonist", None, "JRN"),
    ("Mirov Group, a major investor in Kenya, said it would sell its stake.", "Mirov Group", None, "BUS"),
    ("Tavlin Holdings, the biggest player in Ghana, cut its prices.", "Tavlin Holdings", None, "BUS"),
    ("In Geneva, officials said the talks on the ceasefire had stalled.", "officials", None, "GOV"),
    ("In The Hague, judges ruled that the seizure was unlawful.", "judges", None, "JUD"),
    ("In Strasbourg, judges ruled that the ban was unlawful.", "judges", None, "JUD"),
    ("The opposition daily said the vote was rigged.", "opposition daily", None, "JRN"),
    # must stay
    ("Troops from Chad crossed the border.", "Chad", "TCD", "GOV"),
    ("Jordan said it would close the border.", "Jordan", "JOR", "GOV"),
    ("The Kingston Evening Post reported the fire.", "Kingston Evening Post", "JAM", "JRN"),
    ("The Lusaka Post said the minister had left the country.", "Lusaka Post", "ZMB", "JRN"),
    ("Morningdale Recovery, a treatment clinic in Ohio, admitted the singer.",
     "Morningdale Recovery", "USA", "MED"),
    ("Sartoni Bank, the largest lender in Italy, sold its bond portfolio.", "Sartoni Bank", "ITA", "BUS"),
    ("In Lagos, police said three men were arrested.", "police", "NGA", "COP"),
    ("In Kano, police said the curfew would be lifted.", "police", "NGA", "COP"),
    ("The opposition weekly said the count was rigged.", "opposition weekly", None, "JRN"),
    ("Ghanaian lawmakers voted down the budget.", "Ghanaian lawmakers", "GHA", "LEG"),
    ("The governor of Blue Nile state said the clinics would reopen.", "governor", "SDN", "GOV"),
    ("Herders of the Golan Heights sold their cattle at a loss.", "Herders", "SYR", "AGR"),
]


@pytest.mark.parametrize(("text", "name", "country", "sector"), CODED, ids=[c[1] for c in CODED])
def test_actor_coding(nlp, knowledge, text, name, country, sector):
    assert coding(nlp, knowledge, text, name) == (country, sector)
