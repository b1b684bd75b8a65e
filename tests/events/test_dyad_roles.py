"""Both sides of a dyad (issue 19): passive participles without a subject of their own, the
subject of a gerund in a prepositional phrase, the agent of a participle on an act noun, and
a noun trigger's own possessor, which the role model cannot replace."""

from __future__ import annotations

import pytest

from tests.events.conftest import countries, typed

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "codes", "actor", "recipient"), [
    # a participle with an agent makes the noun it hangs on its patient
    ("The smuggler, shot dead by Malian soldiers, had crossed the river at night.",
     {"The smuggler": "NER", "Malian soldiers": "MLI"}, "MLI", "NER"),
    # a coordinated passive takes the shared subject as its patient
    ("The Kenyan trader tried to flee but was gunned down by Somali gunmen.",
     {"The Kenyan trader": "KEN", "Somali gunmen": "SOM"}, "SOM", "KEN"),
])
def test_a_passive_without_its_own_subject_has_the_agent_as_actor(coded, text, codes, actor,
                                                                  recipient):
    event = typed(coded(text, codes), "ASSAULT")
    assert countries(event.actor) == {actor}
    assert countries(event.recipient) == {recipient}


def test_the_gerund_after_by_has_the_verb_subject(nlp):
    from eventwire.events.syntax import subject_of

    doc = nlp("Chad retaliated by attacking Libyan positions near the border.")
    gerund = next(t for t in doc if t.lower_ == "attacking")
    assert subject_of(gerund).text == "Chad"


def test_the_gerund_of_a_charge_has_the_object_as_subject(nlp):
    from eventwire.events.syntax import subject_of

    doc = nlp("Nigeria accused Cameroon of shelling the villages.")
    gerund = next(t for t in doc if t.lower_ == "shelling")
    assert subject_of(gerund).text == "Cameroon"


def test_the_agent_of_a_participle_on_an_act_noun_acts(coded):
    text = "Officials in Kabul condemned the attacks carried out by Pakistani militants on Friday."
    article = coded(text, {"Officials in Kabul": "AFG", "Pakistani militants": "PAK"})
    assert countries(typed(article, "ASSAULT").actor) == {"PAK"}


def test_the_possessor_of_a_noun_trigger_stays_its_actor(coded, monkeypatch):
    from eventwire.events import code
    from eventwire.events.roles import CLASSES, RoleModel

    # a model that finds every candidate a likely source: it may not displace the possessor,
    # which is none of its candidates
    eager = RoleModel({c: {} for c in CLASSES}, {"none": 0.0, "source": 5.0, "target": 0.0})
    monkeypatch.setattr(code, "roles_model", lambda: eager)
    text = "The council imposed sanctions after Eritrea's invasion of Djibouti."
    article = coded(text, {"The council": "UNO", "Eritrea": "ERI", "Djibouti": "DJI"})
    assert countries(typed(article, "ASSAULT").actor) == {"ERI"}
