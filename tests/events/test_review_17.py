"""What review found in round 17's event types and roles (issue #19), on sentences of our own.

- A force that attacks and then says why ("attacked a convoy, *saying* it carried weapons")
  makes an attack, not criticism: an armed doer (by its sector) or a target that is a place, a
  force or its kit (``{armed}``, ``{ground}``, ... in ``word_classes.tsv``) keeps ASSAULT. An
  attack on someone's record, an outlet or a rival by one who bears no arms stays ACCUSE 111.
- Those who speak for the accused accuse no one by seeking a penalty: the defence seeking a
  lighter or suspended sentence for its client (``{defence}``; a ``{lenient}`` penalty sought by
  any but a prosecutor) is no ACCUSE 115; a prosecutor's, a family's or an activist's is.
- Ordering an outlet is censorship only when a stop is ordered ("to stop printing").
- A negated act told in the past ("did not withdraw until X arrived") tells when, no refusal
  that waits on X; an ill fought ("fight corruption") or a strait closed is no party.
"""

from __future__ import annotations

import pytest

# (sentence, type expected, CAMEO prefix, types that must be absent)
TYPES = [
    # an attack by force that goes on with a verb of saying, naming or blaming
    ("Israeli jets attacked Hamas targets in Gaza, saying the sites stored rockets.", "ASSAULT", "19",
     {"ACCUSE"}),
    ("Rebels attacked an army convoy, saying it carried weapons.", "ASSAULT", "19", {"ACCUSE"}),
    ("The army attacked rebel fighters on Monday, describing them as terrorists.", "ASSAULT", "19",
     {"ACCUSE"}),
    ("Gunmen attacked a police patrol in Kano and called it revenge.", "ASSAULT", "19", {"ACCUSE"}),
    ("Soldiers attacked the militants' hideout near the border, saying it held explosives.", "ASSAULT",
     "19", {"ACCUSE"}),
    ("Carovian insurgents attacked government positions in the hills and called the raid a warning.",
     "ASSAULT", "19", {"ACCUSE"}),
    # attacks in words stay criticism
    ("The senator attacked his rival's record, calling it a disgrace.", "ACCUSE", "111", {"ASSAULT"}),
    ("The opposition leader attacked the prime minister, calling him a liar.", "ACCUSE", "111",
     {"ASSAULT"}),
    ("The finance minister attacked the newspaper, saying its reports were full of lies.", "ACCUSE",
     "111", {"ASSAULT"}),
    ("The union leader attacked the governor's policies, describing them as cruel.", "ACCUSE", "111",
     {"ASSAULT"}),
    # a penalty sought
    ("The prosecutor sought a life sentence for the former minister.", "ACCUSE", "115", set()),
    ("The state is seeking the death penalty for the gunman.", "ACCUSE", "115", set()),
    ("The defence sought a suspended sentence for the journalist.", None, None, {"ACCUSE"}),
    ("Lawyers for the defendant sought a lighter sentence.", None, None, {"ACCUSE"}),
    ("His lawyers sought a reduced sentence for the former mayor.", None, None, {"ACCUSE"}),
    ("The victims' families sought the death penalty for the bomber.", "ACCUSE", "115", set()),
    ("The activist sought a conviction of the officers who beat him.", "ACCUSE", "115", set()),
    # an outlet ordered
    ("The ministry ordered the newspaper to stop printing.", "COERCE", "1721", set()),
    ("The military council ordered the radio station to cease broadcasting.", "COERCE", "1721", set()),
    ("The government ordered a paper on pension reform.", None, None, {"COERCE"}),
    ("The regulator ordered the channel to air the president's speech.", None, None, {"COERCE"}),
    ("The court ordered the website to publish a correction.", None, None, {"COERCE"}),
]

# (sentence, recipient text that must be there or None, recipient text that must be absent)
ROLES = [
    ("Government troops did not withdraw until UN peacekeepers arrived.", None, "peacekeepers"),
    ("The army did not leave the town until the rebels surrendered.", None, "rebels"),
    ("The president vowed to fight corruption.", None, "corruption"),
    ("The governor promised to battle poverty in the north.", None, "poverty"),
    ("Iran threatened to close the Strait of Hormuz.", None, "Strait"),
    ("The rebels refused to withdraw until the government released prisoners.", "government", None),
    ("The union will not end the strike until the ministry raises wages.", "ministry", None),
    ("Carovia threatened to attack Ruritania.", "Ruritania", None),
]


def _code(text):
    from eventwire.api import code_text

    return code_text(text, clean=False, id="review17").events


def _shown(events):
    return [(e.type, e.cameo, e.trigger.text if e.trigger else None,
             [a.text for a in e.actor], [r.text for r in e.recipient]) for e in events]


@pytest.mark.parametrize(("text", "kind", "cameo", "absent"), TYPES)
def test_type_of_reviewed_probe(nlp, text, kind, cameo, absent):
    events = _code(text)
    if kind is not None:
        assert any(e.type == kind and e.cameo.startswith(cameo) for e in events), _shown(events)
    assert not {e.type for e in events} & absent, _shown(events)


@pytest.mark.parametrize(("text", "present", "absent"), ROLES)
def test_recipient_of_reviewed_probe(nlp, text, present, absent):
    events = _code(text)
    recipients = [r.text for e in events for r in e.recipient]
    if present is not None:
        assert any(present in r for r in recipients), _shown(events)
    if absent is not None:
        assert not any(absent in r for r in recipients), _shown(events)


def test_armed_attack_keeps_its_own_recipient_and_the_blame_is_its_own(nlp):
    """"Attacked X and blamed Y": the attack stays one on X; Y is blamed, not attacked."""
    events = _code("Russian forces attacked Ukrainian positions and blamed Kyiv for the escalation.")
    attacks = [e for e in events if e.type == "ASSAULT"]
    assert attacks, _shown(events)
    assert not any("Kyiv" in r.text for e in attacks for r in e.recipient), _shown(events)
