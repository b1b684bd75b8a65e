"""Review of round 24's second-round role and type rules (code.py, roles.py, roles_syntax.py,
syntax.py, triggers.tsv): sentences a reviewer wrote to probe where a new rule had grown too wide,
and siblings of them written for the mend. Sentences are invented for these tests.

Each row is coded by the whole pipeline (dated) and only events at or above the ``min_confidence``
setting count. ``gold`` is a type that must be coded (``None`` with no ``banned``: no event at all);
``banned`` lists types that must not be coded; ``sides`` holds words checked on the events' sides:
``src``/``tgt`` words one ``gold`` event's source/target must cover, ``nosrc``/``notgt`` words no
event's source/target may cover, ``trigger`` a word the ``gold`` event's trigger must hold.

1. a pronoun subject of a reported past act is no speaker; 2. power seized is an assault only for
an armed doer or in a coup, and an act in a relative clause does not swallow the main clause's act;
3. a crowd noun is its own protest's source only as an active subject or under a quantity word;
4. "between" over a noun's verb only for reciprocal acts, never through "take place"; 5. a carried
subject is not joined by the object as doer; 7. "kill off" is no event only for stories; 8. calling
up the police is no mobilisation; 9. the force used is the doer's means, never the target.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.events.conftest import covers, sides

XF = pytest.mark.xfail
PUBLISHED = "2026-03-02"

ROWS: list[Any] = [
    # 1. a pronoun subject of a reported past act is not the speaker
    ("The prosecutor said she attacked her neighbour with an axe.", None, (), {"nosrc": ["prosecutor"]}),
    ("A cyclone struck the coast overnight. Kenya said it destroyed 300 homes in Mombasa.", None, (),
     {"nosrc": ["Kenya"]}),
    ("Police said he stabbed two villagers with a machete.", None, (), {"nosrc": ["Police"]}),
    ("The army said it killed 20 militants in the north.", "ASSAULT", (), {"src": ["army"]}),       # stay
    ("The official said she had beaten the guard before fleeing.", None, (), {"nosrc": ["official"]}),
    ("Finland said it was ready to host talks between the two rivals.", "AGREE", (),
     {"src": ["Finland"]}),                                                                          # stay
    ("The senator announced that she would resign.", "RETREAT", ("AGREE",), {"src": ["senator"]}),  # 25b
    # 2. power seized: armed doers or coups only; a relative clause's act keeps the main act
    ("The rebel leader who seized power in 2019 was killed in an ambush.", "ASSAULT", (),
     {"trigger": "killed"}),
    ("The opposition hopes to seize power at the ballot box next year.", None, ("ASSAULT",), {}),
    ("The president tried to grab power by extending his term in office.", None, ("ASSAULT",), {}),
    ("The party seized power in a landslide election victory.", None, ("ASSAULT",), {}),
    ("The general who grabbed power in 2015 was arrested on Friday.", "COERCE", (), {}),
    ("The army seized power in a coup on Tuesday.", "ASSAULT", (), {}),                              # stay
    # 3. a crowd noun as its own protest's source: active subjects, quantity heads
    ("The arrest of protesters sparked outrage across the country.", None, ("PROTEST",), {}),
    ("Dozens of protesters were arrested by police in Lagos on Monday.", None, ("PROTEST",), {}),
    ("The general warned that troops would use force if protesters did not leave the square.", None,
     ("PROTEST",), {}),
    ("The detention of demonstrators drew criticism from the United Nations.", None, ("PROTEST",), {}),
    ("Hundreds of marchers were detained by soldiers in Harare.", None, ("PROTEST",), {}),
    ("Protesters turned violent in the old town.", "PROTEST", (), {"src": ["Protesters"]}),          # stay
    ("Thousands of protesters marched through the capital.", "PROTEST", (), {"src": ["protesters"]}),  # stay
    # 4. "between" on a noun's verb: never through take place/occur/happen
    ("The attack took place between Mosul and Kirkuk on Sunday.", "ASSAULT", (),
     {"nosrc": ["Mosul", "Kirkuk"], "notgt": ["Mosul", "Kirkuk"]}),
    ("The ambush happened between Goma and Rutshuru late on Friday.", None, (),
     {"nosrc": ["Goma", "Rutshuru"], "notgt": ["Goma", "Rutshuru"]}),
    ("The bombing occurred between Aleppo and Idlib at dawn.", None, (),
     {"nosrc": ["Aleppo", "Idlib"], "notgt": ["Aleppo", "Idlib"]}),
    ("Fierce fighting raged between the army and the insurgents near the dam.", "ASSAULT", (),
     {"src": ["army"]}),                                                                             # stay
    # 5. a carried subject keeps the object from the doer side
    ("Two journalists were detained and accused the police of torture.", "ACCUSE", (),
     {"src": ["journalists"], "tgt": ["police"], "nosrc": ["police"]}),
    ("Two journalists accused the police of torture.", "ACCUSE", (),
     {"src": ["journalists"], "tgt": ["police"], "nosrc": ["police"]}),
    ("Three activists were released and accused the army of abuse.", "ACCUSE", (),
     {"src": ["activists"], "nosrc": ["army"]}),
    ("The envoy was expelled by Ghana and then criticized the government.", None, (),
     {"nosrc": ["government"]}),                                                                     # stay
    # 7. "kill off" is no event only for stories
    ("Soldiers killed off the wounded prisoners after the battle, the report said.", "ASSAULT", (), {}),
    ("The militia killed off the remaining hostages in the camp.", "ASSAULT", (), {}),
    ("The writers killed off the main character in the final season.", None, (), {}),                # stay
    # 8. calling up the police is no mobilisation
    ("Residents called up police to report gunfire in the village.", None, ("MOBILIZE",), {}),
    ("A shopkeeper called up the police after the robbery.", None, ("MOBILIZE",), {}),
    ("The army called up 10,000 reservists ahead of the drills.", "MOBILIZE", (), {}),               # stay
    # 9. the force used is the doer's means, never the target
    ("Police used force to disperse the crowd outside the court in Dhaka.", "ASSAULT", (),
     {"notgt": ["force"], "tgt": ["crowd"]}),
    ("Police should use force only as a last resort.", None, (), {"notgt": ["force"]}),
    ("Soldiers used force to clear the protesters from the bridge.", "ASSAULT", (),
     {"notgt": ["force"], "tgt": ["protesters"]}),
    ("North Korea fired a test missile into the sea.", "MOBILIZE", ("ASSAULT",), {}),
]
XFAIL: dict[str, str] = {
    "A cyclone struck the coast overnight. Kenya said it destroyed 300 homes in Mombasa.":
        "not the speaker rule (no event model input): the role model takes the say verb's subject "
        "for an uncoded 'it' as it does in 'the army said it killed ...'; telling the two apart needs "
        "the pronoun's antecedent (a storm in the sentence before), which coref does not resolve for 'it'",
}
# the event model decides these acts' confidence (refitted at the end of the round): checked before the cut
BEFORE_CUT = {"The senator announced that she would resign."}


def _params() -> list[Any]:
    found = []
    for text, gold, banned, checks in ROWS:
        marks = [XF(strict=True, reason=XFAIL[text])] if text in XFAIL else []
        found.append(pytest.param(text, gold, banned, checks, marks=marks, id=text[:50]))
    return found


def _kept(text: str) -> Any:
    from eventwire.api import code_text
    from eventwire.link.events import min_confidence

    threshold = 0.0 if text in BEFORE_CUT else min_confidence()
    article = code_text(text, PUBLISHED, clean=False, id="review-24b")
    article.events = [e for e in article.events if e.confidence >= threshold]
    return article


@pytest.mark.parametrize(("text", "gold", "banned", "checks"), _params())
def test_review_24b(nlp: Any, text: str, gold: str | None, banned: tuple[str, ...],
                    checks: dict[str, Any]) -> None:
    article = _kept(text)
    described = [(e.type, e.trigger.text if e.trigger else None, round(e.confidence, 2))
                 for e in article.events] + sides(article)
    types = {e.type for e in article.events}
    if gold is not None:
        assert gold in types, described
        golds = [e for e in article.events if e.type == gold]
        if "trigger" in checks:
            golds = [e for e in golds if e.trigger and checks["trigger"] in e.trigger.text]
            assert golds, described
        for word in checks.get("src", []):
            assert any(covers(e.actor, text, word) for e in golds), described
        for word in checks.get("tgt", []):
            assert any(covers(e.recipient, text, word) for e in golds), described
    elif not banned and not checks:
        assert not types, described
    assert not types & set(banned), described
    for word in checks.get("nosrc", []):
        assert not any(covers(e.actor, text, word) for e in article.events), described
    for word in checks.get("notgt", []):
        assert not any(covers(e.recipient, text, word) for e in article.events), described


@pytest.mark.parametrize("text", [
    "The rebel leader who seized power in a coup in 2019 was killed in an ambush on Monday.",
    "The colonel who stormed the palace in the coup was shot dead by gunmen in the capital.",
])
def test_two_acts_of_one_type_do_not_merge_into_one_party_on_both_sides(nlp: Any, text: str) -> None:
    # merged, the doer of the first act would also be the target of the second (rules._crossed)
    from eventwire.api import code_text

    article = code_text(text, PUBLISHED, clean=False, id="review-24b-merge")
    for event in article.events:
        doers = {(e.start, e.end) for e in event.actor}
        assert not doers & {(e.start, e.end) for e in event.recipient}, event
