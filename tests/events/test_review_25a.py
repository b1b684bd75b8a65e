"""Review of round 25's events commits (roles_syntax.py, roles.py, rules.py, code.py, match.py,
figurative.py): sentences a reviewer wrote to probe rules grown too wide, siblings written for the
mend, and cases that must stay as they were (marked "stay").

1. the object of in/at is no source only when it is a place, never an event noun a party modifies
   ("a Hamas ambush"); 2. an unrest word gives a riot only in the protest's own clause and not as a
   modifier of another noun ("riot police"), nor in a time phrase, nor with "peacefully"; 3. an
   attack during a vote is an attack (a contest needs a rival or beat/defeat); 4. a weapon mode
   carries its CAMEO code; 5. a weapon word in a place name ("the rocket base") gives no mode;
   6. rallying "for" an assault is no reaction to it, and "its own" points back to the subject;
   7. a place after "in" is no target either; 8. the shareholders of two firms meeting consult.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.events.conftest import kept_events

XF = pytest.mark.xfail


def _events(text: str) -> list[Any]:
    from eventwire.api import code_text

    return list(code_text(text, clean=False, id="review-25a").events)


def _event(text: str, trigger: str) -> Any:
    found = [e for e in _events(text) if trigger in e.trigger.text]
    assert found, [(e.type, e.trigger.text) for e in _events(text)]
    return found[0]


def _texts(entities: list[Any]) -> list[str]:
    return [e.text for e in entities]


# (sentence, trigger, words the source must hold (None: must be empty), words the target must not hold)
SOURCES = [
    ("Five soldiers were killed in a Hamas ambush near the border.", "killed", "Hamas", ()),
    ("Two villagers died in a Taliban attack on the market.", "attack", "Taliban", ()),
    ("Three guards were wounded in an Israeli strike at the crossing.", "wounded", "Israeli", ()),
    ("Hamas claimed the attack.", "attack", "Hamas", ()),                                    # stay
    ("Two men were arrested in a police raid in the city.", "raid", "police", ()),           # stay
    ("Rebels rallied for a fresh assault on the town.", "assault", "Rebels", ()),
    ("Fighters marched for a night attack on the garrison.", "attack", "Fighters", ()),
    ("Villagers protested against the attack on the school.", "attack", None, ()),                # stay
    ("The army condemned its own airstrike on the hospital.", "airstrike", "army", ()),
    ("The editor remains jailed in Istanbul.", "jailed", None, ("Istanbul",)),
    ("The activist was detained at Heathrow on Friday.", "detained", None, ("Heathrow",)),
    ("The driver, in his 40s, was detained at the checkpoint.", "detained", None, ()),           # stay
]


SOURCES_XFAIL: dict[str, str] = {
}


def _sources() -> list[Any]:
    found = []
    for case in SOURCES:
        marks = [XF(strict=True, reason=SOURCES_XFAIL[case[0]])] if case[0] in SOURCES_XFAIL else []
        found.append(pytest.param(*case, marks=marks, id=case[0][:40]))
    return found


@pytest.mark.parametrize(("text", "trigger", "source", "not_target"), _sources())
def test_sides(nlp: Any, text: str, trigger: str, source: str | None, not_target: tuple[str, ...]) -> None:
    event = _event(text, trigger)
    actors = " ".join(_texts(event.actor))
    if source is None:
        assert not event.actor, _texts(event.actor)
    else:
        assert source in actors, _texts(event.actor)
    for word in not_target:
        assert word not in " ".join(_texts(event.recipient)), _texts(event.recipient)


def test_joint_statement_keeps_its_sides(nlp: Any) -> None:                                     # stay
    event = _event("The minister condemned the attack in a joint statement with the president.", "condemned")
    assert "The minister" in _texts(event.actor)


# (sentence, type, mode, CAMEO code or None for any, modes that must not be given)
MODES = [
    ("Riot police watched as students marched to the ministry.", "PROTEST", "demo", "141", ()),
    ("Workers demonstrated outside the factory as riot police stood by.", "PROTEST", "demo", "141", ()),
    ("Thousands marched peacefully through the capital, a day after deadly clashes between rival gangs "
     "in the south.", "PROTEST", "demo", "141", ()),
    ("Pensioners rallied outside parliament while officers in riot gear looked on.", "PROTEST", "demo",
     "141", ()),
    ("Protesters rioted in the capital, torching cars.", "PROTEST", "riot", "145", ()),          # stay
    ("Thousands joined a gun control protest in the capital.", "PROTEST", "demo", None, ("firearms",)),
    ("Rebels attacked the town with rockets.", "ASSAULT", "heavy-weapons", "194", ()),
    ("Rebels attacked the town with a car bomb, killing four.", "ASSAULT", "explosives", "183", ()),
    ("Gunmen attacked the convoy with rifles.", "ASSAULT", "firearms", "193", ()),
    ("Gunmen attacked soldiers in the air terminal.", "ASSAULT", None, None, ("aerial",)),
    ("Rebels attacked government troops from the rocket base on Monday.", "ASSAULT", None, None,
     ("heavy-weapons",)),
    ("Militants attacked workers at the bomb factory.", "ASSAULT", None, None, ("explosives",)),
    ("Two soldiers were killed in an air raid on the village.", "ASSAULT", "aerial", None, ()),   # stay
    ("Youths hurled molotov cocktails as protesters marched to the palace.", "PROTEST", "riot", "145",
     ()),                                                                                      # stay
    ("Gunmen massacred villagers with rifles.", "ASSAULT", "firearms", "1823", ()),
]


@pytest.mark.parametrize(("text", "kind", "mode", "cameo", "nomode"), MODES, ids=[c[0][:40] for c in MODES])
def test_mode_and_code(nlp: Any, text: str, kind: str, mode: str | None, cameo: str | None,
                       nomode: tuple[str, ...]) -> None:
    found = [(e.type, e.mode, e.cameo) for e in kept_events(text, "review-25a") if e.type == kind]
    assert found, [(e.type, e.mode, e.cameo) for e in kept_events(text, "review-25a")]
    if mode:
        assert any(m == mode and (cameo is None or c == cameo) for _, m, c in found), found
    assert not any(m in nomode for _, m, _ in found), found


def test_weapon_codes_match_the_lexicon(nlp: Any) -> None:
    """Each weapon mode's code is the one the trigger lexicon gives most acts of that mode."""
    from collections import Counter

    from eventwire.events.lexicon import load_triggers
    from eventwire.events.rules import WEAPON_MODES

    lexicon = load_triggers()
    for _, mode, cameo in WEAPON_MODES:
        codes = Counter(e.cameo for e in lexicon.entries if e.type == "ASSAULT" and e.mode == mode)
        assert codes.most_common(1)[0][0] == cameo, (mode, codes)


# (sentence, type that must be kept, or None for no event of `banned`, banned)
TYPES = [
    ("Militiamen attacked opposition supporters during the referendum on Sunday.", "ASSAULT", ()),
    ("Gunmen attacked voters during the election in the north.", "ASSAULT", ()),
    ("Shareholders of Acme and Beta met on Tuesday to discuss the merger.", "CONSULT", ()),
    ("The boards of the two companies met on Friday.", "CONSULT", ()),
    ("The shareholders of Acme met on Tuesday.", None, ("CONSULT",)),                          # stay
    ("The board met with the minister on Monday.", "CONSULT", ()),                             # stay
    ("The museum returned the statues to Nigeria.", "RETREAT", ()),                            # stay
    ("The ruling party crushed the opposition in the election.", None, ("ASSAULT",)),          # stay
    ("The incumbent beat his rival in a landslide.", None, ("ASSAULT",)),                      # stay
    ("The senator attacked his rival during the televised debate.", None, ("ASSAULT",)),       # stay
]


@pytest.mark.parametrize(("text", "kind", "banned"), TYPES, ids=[c[0][:40] for c in TYPES])
def test_types(nlp: Any, text: str, kind: str | None, banned: tuple[str, ...]) -> None:
    found = {e.type for e in kept_events(text, "review-25a")}
    if kind:
        assert kind in found, found
    assert not found & set(banned), found


# a present relative clause on a bare plural names a kind of party, unless the clause the noun
# stands in is itself a narrative or headline present (then the relative clause tells an act);
# (sentence, trigger, whether an event is kept on that trigger)
KINDS = [
    ("Troops fire on demonstrators who block the main highway.", "block", True),
    ("Residents who flee the shelling say troops fired on their cars.", "shelling", True),
    ("The court jailed journalists who criticise the president.", "criticise", False),          # stay
    ("The tycoon often threatens lawsuits against reporters who criticise him.", "criticise", False),
]


@pytest.mark.parametrize(("text", "trigger", "kept"), KINDS, ids=[c[0][:40] for c in KINDS])
def test_kind_described_or_told(nlp: Any, text: str, trigger: str, kept: bool) -> None:
    found = [e for e in _events(text) if trigger in e.trigger.text]
    assert bool(found) is kept, [(e.type, e.trigger.text, e.modality) for e in _events(text)]


def test_weapon_mode_classes_exist() -> None:
    """A misspelt class in weapon_modes.tsv would match no word and turn its mode off unseen."""
    from eventwire.events.lexicon import word_classes
    from eventwire.events.rules import WEAPON_MODES

    known = word_classes()
    assert WEAPON_MODES and all(name in known and known[name] for name, _, _ in WEAPON_MODES)


def test_firm_meeting_with_an_outsider_is_consult(nlp: Any) -> None:
    """A firm body's meeting "with" someone else is a meeting of two parties, noun or verb."""
    found = [e for e in _events("The shareholder meeting with the finance minister ended on Tuesday in Oslo.")
             if e.type == "CONSULT"]
    assert found


def test_cue_lemma_strips_only_real_endings() -> None:
    """The lemmatizer's misses are mended only from a real -s or -ing: "plant" is no "plan"."""
    from types import SimpleNamespace

    from eventwire.events.modality import cue_lemma

    assert cue_lemma(SimpleNamespace(pos_="VERB", lemma_="plant", lower_="plant", tag_="VB")) == "plant"
    assert cue_lemma(SimpleNamespace(pos_="VERB", lemma_="get", lower_="got", tag_="VBD")) == "get"
    assert cue_lemma(SimpleNamespace(pos_="VERB", lemma_="hop", lower_="hopes", tag_="VBZ")) == "hope"
    assert cue_lemma(SimpleNamespace(pos_="VERB", lemma_="hop", lower_="hoped", tag_="VBD")) == "hope"
