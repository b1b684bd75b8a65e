"""Review of round 26's role commits (syntax.py, roles_syntax.py) and of owners that become
parties: sentences a reviewer wrote to probe rules grown too wide, siblings written for the mend,
and cases that must stay as they were (marked "stay").

1. a passive participle borrows the "by" agent of its conjunct only when the two acts go
   together, not across a later step ("arrested and *later* released by a judge");
2. a relative "who" after an of-phrase stands for the noun that agrees with its verb and can be
   a person ("the leader of *the rebels* who were killed", "the inhabitants of the islands who");
3. time nouns are no party, but names that hold one are;
4. the owner of a thing a joint act uses or talks about is no party ("agreed to use *Iran's*
   port", "held talks on *China's* fleet"), while the owner of a thing criticised is its target.
"""

from __future__ import annotations

from typing import Any

import pytest


def _events(text: str) -> list[Any]:
    from eventwire.api import code_text

    return list(code_text(text, clean=False, id="review-26b").events)


def _event(text: str, trigger: str) -> Any:
    found = [e for e in _events(text) if trigger in e.trigger.text]
    assert found, [(e.type, e.trigger.text) for e in _events(text)]
    return found[0]


def _joined(entities: list[Any]) -> str:
    return " | ".join(e.text for e in entities)


# (sentence, trigger, words the source must hold, words it must not hold, words the target must hold,
#  words it must not hold); "" holds nothing to check
CASES = [
    # 1. conjoined passive participles
    ("The journalist was arrested and later released by a judge.", "arrested", "", "judge", "journalist", ""),
    ("The activist was detained and then freed by the high court.", "detained", "", "court", "activist", ""),
    # stay: the next four
    ("Two reporters were arrested and questioned by police.", "arrested", "police", "", "reporters", ""),
    ("The Kenyan trader was kidnapped and beaten by gunmen.", "kidnapped", "gunmen", "", "trader", ""),
    ("The port was shelled by the army and retaken by rebels.", "shelled", "army", "rebels", "port", ""),
    ("The ship was seized by pirates and later rescued by the navy.", "seized", "pirates", "navy", "", ""),
    # 2. relative pronouns
    ("The minister, who was criticised by the opposition, resigned.", "criticised", "opposition", "",
     "minister", ""),                                                                              # stay
    ("Police arrested the leader of the rebels who were killed last week.", "killed", "", "", "rebels",
     "leader"),
    ("Police questioned the families of the miners who were killed in the blast.", "killed", "", "",
     "miners", "families"),
    ("Police questioned the leader of the gang who was shot by a rival.", "shot", "rival", "", "leader", ""),
    ("The inhabitants of the valley who were expelled by the army returned.", "expelled", "army", "",
     "inhabitants", ""),                                                                           # stay
    ("Aircraft hit the people of the town that was bombed by Russia.", "bombed", "Russia", "", "town",
     "people"),                                                                                    # stay
    ("The villagers who were attacked by militants fled to Kenya.", "attacked", "militants", "",
     "villagers", ""),                                                                             # stay
    # 3. time nouns
    ("The Times criticised the government of Peru.", "criticised", "Times", "", "Peru", ""),       # stay
    # stay: the next one
    ("The prime minister met in the past with the Chinese president.", "met", "president", "", "", ""),
    ("The court sentenced the blogger to five years in prison.", "sentenced", "court", "", "blogger",
     "years"),                                                                                     # stay
    ("Gunmen shot the officer three times.", "shot", "Gunmen", "", "officer", "times"),           # stay
    # 4. owners of a thing used or talked about
    ("The two sides agreed to use Iran's port.", "agreed", "sides", "Iran", "", "Iran"),
    ("The rival factions agreed to rebuild Syria's railway.", "agreed", "factions", "Syria", "", "Syria"),
    ("Japanese and Korean officials held talks on China's fishing fleet.", "talks", "Japanese", "China",
     "", "China"),
    ("German and Dutch ministers held talks about Poland's border.", "talks", "German", "Poland", "",
     "Poland"),
    ("France criticised Iran's missile test.", "criticised", "France", "", "Iran", ""),            # stay
    # a joint act's counterpart joins its doers (docs/annotation.md, reciprocal events)
    ("India held talks with Pakistan's foreign minister.", "talks", "Pakistan", "", "", ""),       # stay
    ("The two countries agreed to meet Chile's president.", "agreed", "Chile", "", "", ""),         # stay
    ("The envoys failed to reach agreement on Laos's disarmament.", "agreement", "Laos", "", "", ""),
    ("Iran threatened to seize Britain's tanker.", "threatened", "Iran", "", "Britain", ""),         # stay
    ("The two navies agreed to use Greece's naval station.", "agreed", "navies", "Greece", "", "Greece"),
    ("The rivals agreed to discuss Serbia's withdrawal.", "agreed", "rivals", "", "Serbia", ""),
]

SPAN = "the actors stage makes 'the leader of the rebels' one entity: the patient token is right (test below)"
XFAILS = {
    "The port was shelled by the army and retaken by rebels.":
        "another path than passive_agent adds the second conjunct's agent (there before round 26)",
    "Police arrested the leader of the rebels who were killed last week.": SPAN,
    "Police questioned the families of the miners who were killed in the blast.": SPAN,
}
PARAMS = [pytest.param(*c, marks=pytest.mark.xfail(strict=True, reason=XFAILS[c[0]])) if c[0] in XFAILS
          else pytest.param(*c) for c in CASES]


@pytest.mark.parametrize(("text", "trigger", "src", "not_src", "tgt", "not_tgt"), PARAMS,
                         ids=[c[0][:45] for c in CASES])
def test_roles(nlp: Any, text: str, trigger: str, src: str, not_src: str, tgt: str, not_tgt: str) -> None:
    event = _event(text, trigger)
    actors, targets = _joined(event.actor), _joined(event.recipient)
    assert src in actors and (not not_src or not_src not in actors), (actors, targets)
    assert tgt in targets and (not not_tgt or not_tgt not in targets), (actors, targets)


# (sentence, the word the passive subject "who" stands for)
ANTECEDENTS = [
    ("Police arrested the leader of the rebels who were killed last week.", "rebels"),
    ("Police questioned the families of the miners who were killed in the blast.", "miners"),
    ("Police questioned the leader of the gang who was shot by a rival.", "leader"),
    ("The inhabitants of the valley who were expelled by the army returned.", "inhabitants"),   # stay
    ("The minister, who was criticised by the opposition, resigned.", "minister"),              # stay
]


@pytest.mark.parametrize(("text", "word"), ANTECEDENTS, ids=[c[0][:45] for c in ANTECEDENTS])
def test_relative_antecedent(nlp: Any, text: str, word: str) -> None:
    from eventwire.events.syntax import passive_subject

    verb = next(t for t in nlp(text) if t.dep_ == "relcl")
    found = passive_subject(verb)
    assert found is not None and found.text == word, found
