"""Event codes by families of constructions (issue #19, round 13), on hand-written sentences.

- A statement about an act: an act that a party claims ("claimed responsibility for the
  bombing", "admitted that they had shelled the town") or that a party mourns ("expressed
  condolences over the attack that killed ...") keeps its PLOVER type, and its parties, but
  takes CAMEO's code of the statement (015 claim responsibility, 018 empathetic comment):
  the sentence reports what was said about the act. A claim about someone else's act
  ("claimed that the army is shelling the town") is no claim of responsibility.
- Giving property back ("returned the stolen statues to Greece", "restituted the paintings")
  is CAMEO 0842, a RETREAT; "returned home" and "returned fire" are not.
- Fighting an illness or a social ill ("donated vaccines to fight the measles epidemic",
  "battling poverty") is no armed clash: "fight", "battle", "combat", "tackle" with an object
  of ``word_classes.tsv``'s class ``ill`` make no ASSAULT; fighting forces does.

Each case names the type expected among the sentence's events and the CAMEO code (or its
first digits) of that event.
"""

from __future__ import annotations

import pytest


def _open(*case, reason):
    """A case that fails for a known reason: a strict xfail."""
    return pytest.param(*case, marks=pytest.mark.xfail(strict=True, reason=reason))


# (sentence, {mention: country}, type, CAMEO prefix)
STATEMENTS = [
    ("The Taliban claimed responsibility for the bombing of the market in Kandahar.",
     {"The Taliban": "AFG"}, "ASSAULT", "015"),
    ("The Somali militants accepted responsibility for the attack on the hotel in Mogadishu.",
     {"The Somali militants": "SOM"}, "ASSAULT", "015"),
    ("The rebel group took responsibility for the ambush that killed four Chadian soldiers.",
     {"The rebel group": "TCD", "four Chadian soldiers": "TCD"}, "ASSAULT", "015"),
    _open("A militant faction in Niger admitted responsibility for the kidnapping of two engineers.",
          {"A militant faction": "NER"}, "ASSAULT", "015",
          reason="open: the rules attach no claimant to a claimed act noun "
                 "(only the role model does); partyless, its confidence (0.48) is under the floor"),
    _open("The separatists claimed credit for the shelling of the airport in Donetsk.",
          {"The separatists": "UKR"}, "ASSAULT", "015",
          reason="after coder.18's refit the claimed act noun, with the parties "
                 "given alone, falls under the floor (the whole pipeline keeps it, at 0.74)"),
    ("The insurgents claimed that they had bombed the police station in Mosul.",
     {"The insurgents": "IRQ"}, "ASSAULT", "015"),
    ("The Houthis boasted that they had struck an oil facility in Jeddah with drones.",
     {"The Houthis": "YEM"}, "ASSAULT", "015"),
    ("The militia admitted that it had shelled the village near Goma.",
     {"The militia": "COD"}, "ASSAULT", "015"),
    _open("The President of Chile expressed condolences to the families of the miners killed in "
          "the explosion.", {"The President of Chile": "CHL"}, "ASSAULT", "018",
          reason="after coder.24's refit the ASSAULT on 'killed', with the parties "
                 "given alone (partyless), scores 0.49 (0.55 before), under the floor 0.5"),
    ("Japan sent a condolence message to Turkey after the bombing that killed twelve "
     "Turkish policemen.", {"Japan": "JPN", "Turkey": "TUR", "twelve Turkish policemen": "TUR"},
     "ASSAULT", "018"),
    ("The Canadian prime minister offered his condolences over the shooting of two police "
     "officers by gunmen.",
     {"The Canadian prime minister": "CAN", "two police officers": "CAN", "gunmen": "CAN"}, "ASSAULT", "018"),
    ("Kenya extended its sympathy to Uganda after the attack on a school that killed "
     "Ugandan pupils.",
     {"Kenya": "KEN", "Uganda": "UGA", "Ugandan pupils": "UGA"}, "ASSAULT", "018"),
    _open("The Indian ambassador paid his respects to the soldiers killed in the ambush.",
          {"The Indian ambassador": "IND"}, "ASSAULT", "018",
          reason="after coder.23's refit the ASSAULT on 'killed', with the parties "
                 "given alone (partyless), scores 0.485 (0.506 before), under the floor 0.5"),
    _open("The Pope conveyed his condolences to the victims of the bombing in Colombo.",
          {"The Pope": "VAT"}, "ASSAULT", "018",
          reason="after coder.23's refit the ASSAULT on 'bombing', with the parties "
                 "given alone (partyless), scores 0.49 (0.543 before), under the floor 0.5"),
]

# the act itself, or someone else's act reported: the act's own code stays
ACTS = [
    ("The Taliban bombed the market in Kandahar.", {"The Taliban": "AFG"}, "ASSAULT", "19"),
    ("President Lopez claimed that the army is shelling the villages in the north.",
     {"President Lopez": "PHL", "the army": "PHL"}, "ASSAULT", "19"),
    ("The insurgents attacked the police station in Mosul.",
     {"The insurgents": "IRQ"}, "ASSAULT", "19"),
    ("Police in Lagos said the gunmen killed six villagers.",
     {"Police": "NGA", "the gunmen": "NGA"}, "ASSAULT", "1"),
    ("The rebels claim that they protect herders from attacks by militias from Chad.",
     {"The rebels": "CAF", "militias from Chad": "TCD"}, "ASSAULT", "19"),
]

RETURNS = [
    ("Germany returned the stolen bronzes to Nigeria.",
     {"Germany": "DEU", "Nigeria": "NGA"}, "RETREAT", "0842"),
    ("The museum in Berlin handed back the looted artefacts to Benin.",
     {"The museum in Berlin": "DEU", "Benin": "BEN"}, "RETREAT", "084"),
    ("Italian police returned twenty ancient vases to Greece last week.",
     {"Italian police": "ITA", "Greece": "GRC"}, "RETREAT", "0842"),
    ("France restituted the royal treasures to Benin.",
     {"France": "FRA", "Benin": "BEN"}, "RETREAT", "0842"),
    ("Austria restituted the stolen manuscripts to Mexico.",
     {"Austria": "AUT", "Mexico": "MEX"}, "RETREAT", "0842"),
    ("Thailand will return the confiscated tiger cubs to Laos.",
     {"Thailand": "THA", "Laos": "LAO"}, "AGREE", "03"),
]

# "return" without property handed over: no RETREAT
NOT_RETURNS = [
    ("The Afghan refugees returned home from Iran.", {"Iran": "IRN"}),
    ("The president of Peru returned to Lima after the summit.", {"The president of Peru": "PER"}),
    ("Indian troops returned fire on the Pakistani post.", {"Indian troops": "IND"}),
]


def _event(article, event_type):
    return next((e for e in article.events if e.type == event_type), None)


@pytest.mark.parametrize(("text", "parties", "event_type", "cameo"), STATEMENTS + ACTS + RETURNS)
def test_family_code(coded, text, parties, event_type, cameo):
    article = coded(text, parties)
    event = _event(article, event_type)
    assert event is not None, (text, [(e.type, e.cameo, e.trigger.text) for e in article.events])
    assert event.cameo is not None and event.cameo.startswith(cameo), (
        text, [(e.type, e.cameo, e.trigger.text) for e in article.events])


@pytest.mark.parametrize(("text", "parties"), NOT_RETURNS)
def test_return_without_property(coded, text, parties):
    article = coded(text, parties)
    assert not any(e.type == "RETREAT" and e.cameo == "0842" for e in article.events), text


# fighting an ill: no ASSAULT (the other acts of the sentence stay)
ILLS = [
    ("Canada donated vaccines to Kenya to fight the measles epidemic.",
     {"Canada": "CAN", "Kenya": "KEN"}, "AID"),
    ("The government of Brazil is fighting the spread of malaria in the Amazon.",
     {"The government of Brazil": "BRA"}, None),
    ("India vowed to battle poverty in its villages with help from the World Bank.",
     {"India": "IND", "the World Bank": "IGOWBK"}, None),
    ("Nigeria is fighting corruption in its ports with the help of Britain.",
     {"Nigeria": "NGA", "Britain": "GBR"}, None),
    ("Japan sent doctors to Liberia to combat the Ebola outbreak.",
     {"Japan": "JPN", "Liberia": "LBR"}, None),
]

FORCES = [
    ("Ethiopian troops fought Eritrean forces near the border.",
     {"Ethiopian troops": "ETH", "Eritrean forces": "ERI"}),
    ("The Sudanese army battled the rebels in Darfur.",
     {"The Sudanese army": "SDN", "the rebels": "SDN"}),
]


@pytest.mark.parametrize(("text", "parties", "other"), ILLS)
def test_fighting_an_ill(coded, text, parties, other):
    article = coded(text, parties)
    assert not any(e.type == "ASSAULT" for e in article.events), (
        text, [(e.type, e.trigger.text) for e in article.events])
    if other:
        assert any(e.type == other for e in article.events), text


@pytest.mark.parametrize(("text", "parties"), FORCES)
def test_fighting_forces(coded, text, parties):
    assert any(e.type == "ASSAULT" for e in coded(text, parties).events), text
