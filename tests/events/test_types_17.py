"""Type boundaries by the PLOVER codebook (issue #19, round 17), on hand-written sentences.

- Breaking a rule someone else set ("violated a ban on ...", "breached the sanctions",
  "defied the curfew") is CAMEO 128, defy norms or law: a REJECT by the one who breaks it.
  The measure broken is no new ban, embargo or curfew of the breaker's (CAMEO 196, violating
  a ceasefire, stays ASSAULT).
- An authority ordering a news outlet to stop printing or broadcasting is censorship
  (COERCE censor), not a demand.
- Holding or using people as human shields is CAMEO 184 (ASSAULT abduct); launching "cyber
  warfare" is a cyber attack (COERCE cyber).
- A prosecutor seeking a sentence or the death penalty brings a case against the accused:
  ACCUSE, no appeal.
- An attack noun said to be made in words ("a scathing attack on the government") is
  criticism (ACCUSE 111), as is an attack on someone that goes on with a verb of saying,
  naming or blaming ("attacked the president, saying ...", "and blamed them"), not one on a
  place ("attacked the town, saying it sheltered troops"); a pardon releases the pardoned
  (RETREAT 0841), no forgiveness; a deadline given to a party is a threat, as one set is;
  opening borders to refugees takes them in (AID 075).
- A participle hung on a disaster told in a headline-like clause ("a landslide buried dozens
  of homes, killing 14") is no attack even where the parser takes the disaster verb for a
  modifier of its noun, nor one hung on a clause whose subject is failing brakes, snow or a
  plural hazard the tagger took for a name ("Wildfires tore through").
"""

from __future__ import annotations

import pytest

# (sentence, {mention: country}, type expected, CAMEO prefix, types that must be absent)
CASES = [
    ("Carovia has violated a ban on the sale of rifles to the militia.",
     {"Carovia": "CAR"}, "REJECT", "128", {"COERCE"}),
    ("The shipping firm breached the sanctions on Ruritania last year.",
     {"Ruritania": "RUR"}, "REJECT", "128", {"SANCTION"}),
    ("Hundreds of Carovian students defied the curfew in the capital on Friday.",
     {"Carovian students": "CAR"}, "REJECT", "128", {"COERCE"}),
    ("The Ruritanian government flouted the arms embargo on Carovia.",
     {"The Ruritanian government": "RUR", "Carovia": "CAR"}, "REJECT", "128", {"SANCTION"}),
    ("Carovia violated the Security Council resolution on missile tests.",
     {"Carovia": "CAR"}, "REJECT", "128", set()),
    ("The Carovian rebels violated the ceasefire near Port Aris on Sunday.",
     {"The Carovian rebels": "CAR"}, "ASSAULT", "196", {"REJECT"}),
    ("The interior ministry ordered two opposition newspapers to suspend publication for a month.",
     {"The interior ministry": "CAR"}, "COERCE", "1721", {"REQUEST"}),
    ("Ruritania's military government ordered the independent radio station to stop broadcasting.",
     {"Ruritania's military government": "RUR"}, "COERCE", "1721", {"REQUEST"}),
    ("The militia held hundreds of villagers as human shields in the town of Kelo.",
     {"The militia": "CAR"}, "ASSAULT", "184", set()),
    ("Carovian insurgents used civilians as human shields during the battle for Port Aris.",
     {"Carovian insurgents": "CAR"}, "ASSAULT", "184", set()),
    ("Ruritania has launched cyber warfare against Carovia.",
     {"Ruritania": "RUR", "Carovia": "CAR"}, "COERCE", "172", set()),
    ("The Carovian prosecutor is seeking a life sentence for the former minister.",
     {"The Carovian prosecutor": "CAR"}, "ACCUSE", "115", {"REQUEST"}),
    ("Ruritanian prosecutors sought the death penalty for the two men accused of the bombing.",
     {"Ruritanian prosecutors": "RUR"}, "ACCUSE", "115", {"REQUEST"}),
    ("Gunmen stormed the village of Mareta, killing at least 14 people.",
     {}, "ASSAULT", "19", set()),
    ("The Carovian opposition leader launched a scathing attack on the Ruritanian government.",
     {"The Carovian opposition leader": "CAR", "the Ruritanian government": "RUR"}, "ACCUSE", "111",
     {"ASSAULT"}),
    ("The Carovian senator attacked the Ruritanian president for his trade policy, saying he had "
     "betrayed workers.", {"The Carovian senator": "CAR", "the Ruritanian president": "RUR"},
     "ACCUSE", "111", {"ASSAULT"}),
    ("The Carovian minister attacked the opposition leaders and blamed them for the crisis.",
     {"The Carovian minister": "CAR"}, "ACCUSE", "111", {"ASSAULT"}),
    ("Carovian rebels attacked the town, saying it sheltered Ruritanian troops.",
     {"Carovian rebels": "CAR"}, "ASSAULT", "19", {"ACCUSE"}),
    ("The Carovian rebels launched a deadly attack on the Ruritanian army base.",
     {"The Carovian rebels": "CAR", "the Ruritanian army base": "RUR"}, "ASSAULT", "19", {"ACCUSE"}),
    ("The Carovian president pardoned the former Ruritanian minister.",
     {"The Carovian president": "CAR", "the former Ruritanian minister": "RUR"}, "RETREAT", "0841",
     {"SUPPORT"}),
    ("The Ruritanian government gave Carovia a Friday deadline to remove the troops.",
     {"The Ruritanian government": "RUR", "Carovia": "CAR"}, "THREATEN", "13", {"AID"}),
    ("Carovia opened its borders to refugees fleeing the war in Ruritania.",
     {"Carovia": "CAR", "Ruritania": "RUR"}, "AID", "075", set()),
    ("Carovia's refusal to cave in to Ruritania's demands angered the council.",
     {"Carovia": "CAR", "Ruritania": "RUR"}, "REJECT", "12", set()),
    ("The Ruritanian government ordered the army to withdraw from the border.",
     {"The Ruritanian government": "RUR"}, "REQUEST", "10", {"COERCE"}),
]

DISASTERS = [
    "A landslide buried dozens of homes in the village of Mareta, killing at least 14 people.",
    "A mudslide swept away three houses near the river, killing nine villagers.",
    "Floodwaters swept away a bridge and destroyed 200 houses in the eastern district on Monday.",
    "A cyclone battered the coast, destroying crops and killing 12 fishermen.",
    "A stampede at the temple festival killed seven pilgrims.",
    "A truck rammed into a crowded market after its brakes failed, killing six people.",
    "Wildfires tore through the hills, destroying 300 homes and killing eight residents.",
    "Heavy snow brought down the roof of the market, killing three traders.",
]


@pytest.mark.parametrize(("text", "parties", "kind", "cameo", "absent"), CASES)
def test_type_by_codebook(coded, text, parties, kind, cameo, absent):
    events = coded(text, parties).events
    assert any(e.type == kind and e.cameo.startswith(cameo) for e in events), \
        [(e.type, e.cameo, e.trigger.text if e.trigger else None) for e in events]
    assert not {e.type for e in events} & absent, [(e.type, e.cameo) for e in events]


@pytest.mark.parametrize("text", DISASTERS)
def test_disaster_is_no_attack(nlp, text):
    from eventwire.api import code_text

    events = code_text(text, clean=False, id="disaster").events
    assert not [e for e in events if e.type in ("ASSAULT", "COERCE")], \
        [(e.type, e.cameo, e.trigger.text if e.trigger else None) for e in events]


def test_measure_as_shared_subject_attacks_no_one(coded):
    """A measure is the doer of a coordinated verb that has no subject of its own."""
    text = ("Carovian officials said the new tariffs, which are paid by importers, are passed on to "
            "shoppers and are targeting products from states run by Ruritanian rebels.")
    events = coded(text, {"Carovian officials": "CAR", "states": "RUR", "Ruritanian rebels": "RUR"}).events
    assert not [e for e in events if e.type == "ASSAULT"], [(e.type, e.cameo) for e in events]


def test_ordered_outlet_is_one_censorship(coded):
    """The outlet's own "suspend publication" under the order is no second act of its own."""
    text = "The interior ministry ordered two opposition newspapers to suspend publication for a month."
    events = coded(text, {"The interior ministry": "CAR"}).events
    assert [e.type for e in events] == ["COERCE"], [(e.type, e.cameo) for e in events]
