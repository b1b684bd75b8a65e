"""The source and target of an event, roles round 24b: parties the coder finds the act for but not
the party. The subject of a raising or control verb ("are set to", "agreed to") does the
infinitive's act; a pronoun subject of a reported clause is the speaker when it agrees in kind;
a passive verb's subject carries to its coordinated active verb; a noun-only act takes its parties
from "between X and Y", "by X" or "X's"; and "sent A and B to C" has C for destination. Plain
cases must stay. Each case names the trigger word and the head words expected on the source and
target sides, coded by the whole pipeline (``code_text``). Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import check_source_and_target, covers, sides, trigger_ids

# (sentence, trigger word, source head, target heads)
CASES = [
    # 1. raising and control: the subject of the raising/control verb does the infinitive's act
    ("The two ministers are set to meet in Vienna next week.", "meet", "ministers", ["ministers"]),
    ("The Chilean and Bolivian presidents are expected to hold talks in Lima.", "talks", "presidents",
     ["presidents"]),
    ("The foreign minister is due to visit Ghana on Tuesday.", "visit", "minister", ["Ghana"]),
    ("The rebel commanders are scheduled to meet the mediators on Friday.", "meet", "commanders",
     ["mediators"]),
    ("The army is poised to attack the rebel stronghold.", "attack", "army", ["stronghold"]),
    ("The soldiers were told to shell the village.", "shell", "soldiers", ["village"]),
    ("The delegates are expected to sign a truce with the government.", "sign", "delegates",
     ["government"]),
    ("The militia seems to have abducted the village chief.", "abducted", "militia", ["chief"]),
    ("The union leaders agreed to meet the employers next month.", "agreed", "leaders", ["employers"]),
    ("The opposition party decided to boycott the parliament.", "boycott", "party", ["parliament"]),
    ("The police tried to detain the journalist at the airport.", "detain", "police", ["journalist"]),
    ("The prime minister is likely to visit the flooded province.", "visit", "minister", ["province"]),
    # 2. a pronoun subject of a reported clause is the speaker when it agrees in kind
    ("Finland said it was ready to host talks between the two rivals.", "ready", "Finland", ["Finland"]),
    ("The senator announced that she would resign.", "resign", "senator", ["senator"]),
    ("The defence minister said he would visit the troops in the north.", "visit", "minister",
     ["troops"]),
    ("Chile announced that it would expel two Peruvian diplomats.", "expel", "Chile", ["diplomats"]),
    ("The company said it would sue the regulator.", "sue", "company", ["regulator"]),
    # 3. the subject of a passive verb carries to its coordinated active verb
    ("The governor was accused of bribery and will resign next week.", "resign", "governor",
     ["governor"]),
    ("The mayor was arrested last month and later resigned.", "resigned", "mayor", ["mayor"]),
    ("The envoy was expelled by Ghana and then criticized the government.", "criticized", "envoy",
     ["government"]),
    ("The envoy was summoned by the ministry and later criticized the minister.", "criticized", "envoy",
     ["minister"]),
    # 4. noun-only acts: "between X and Y", "by X", "X's"
    ("Clashes between the police and the students lasted all night.", "Clashes", "police", ["students"]),
    ("Fierce fighting raged between the army and the insurgents near the dam.", "fighting", "army",
     ["insurgents"]),
    ("The truce between Ethiopia and Eritrea held for a year.", "truce", "Ethiopia", ["Eritrea"]),
    ("The ceasefire deal between Chad and Niger took effect on Monday.", "ceasefire", "Chad", ["Niger"]),
    ("Angry protesters filled the streets of the capital.", "protesters", "protesters", ["protesters"]),
    ("Demonstrators gathered outside the parliament on Sunday.", "Demonstrators", "Demonstrators",
     ["parliament"]),
    ("Protesters turned violent in the old town.", "Protesters", "Protesters", ["Protesters"]),
    ("Heavy fighting between the army and the militants resumed near the dam.", "fighting", "army",
     ["militants"]),
    ("The talks between Serbia and Kosovo ended without a deal.", "talks", "Serbia", ["Kosovo"]),
    ("The attack by the rebels on the convoy killed four drivers.", "attack", "rebels", ["convoy"]),
    ("The government's crackdown on the students drew criticism.", "crackdown", "government",
     ["students"]),
    # 5. "sent A and B to C": C is the destination
    ("Spain sent food and medicine to Haiti after the storm.", "sent", "Spain", ["Haiti"]),
    ("The agency delivered tents and blankets to the refugees.", "delivered", "agency", ["refugees"]),
    ("Japan sent rescue teams and doctors to Turkey.", "sent", "Japan", ["Turkey"]),
    # must stay: plain subjects and objects, named raising subjects
    ("Italy and France are set to hold talks in Rome.", "talks", "Italy", ["France"]),
    ("Police arrested two protesters outside the embassy.", "arrested", "Police", ["protesters"]),
    ("The army shelled the rebel town at dawn.", "shelled", "army", ["town"]),
    ("Egypt condemned Israel over the raid.", "condemned", "Egypt", ["Israel"]),
    ("The president met the Kenyan ambassador in Nairobi.", "met", "president", ["ambassador"]),
    ("The militants were accused by Kenya of attacking the border post.", "accused", "Kenya",
     ["militants"]),
    ("Germany sent troops to Lithuania.", "sent", "Germany", ["Lithuania"]),
    ("The prisoners were beaten and then released by the police.", "released", "police", ["prisoners"]),
    # the pronoun patient stands for the person named before it in the sentence (roles31)
    ("Omar said he was attacked by soldiers at the border.", "attacked", "soldiers", ["Omar"]),
    ("The minister said it was time to sanction the regime.", "sanction", "minister", ["regime"]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "trigger", "source", "targets"), CASES, ids=trigger_ids(CASES))
def test_source_and_target(code, sentence, trigger, source, targets):
    check_source_and_target(code, sentence, trigger, source, targets)


FESTIVE = [
    pytest.param("Demonstrators celebrated the fall of the governor in the main square.", "Demonstrators",
                 marks=pytest.mark.xfail(strict=True, reason="after coder.24's refit the partyless "
                                         "PROTEST on 'Demonstrators' scores 0.488 (0.543 before), under "
                                         "the partyless floor 0.5")),
    ("Demonstrators mourned the victims in silence outside the mosque.", "Demonstrators"),
    pytest.param("Protesters flooded the avenue in celebration when the result was announced.", "Protesters",
                 marks=pytest.mark.xfail(strict=True, reason="after coder.19's refit the partyless "
                                         "PROTEST on 'Protesters' scores 0.47, under the partyless floor")),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "crowd"), FESTIVE)
def test_a_crowd_celebrating_is_no_source_of_a_protest(code, sentence, crowd):
    # a crowd noun is its own protest's source only when its clause tells of no joy or grief: the
    # crowd noun's own PROTEST event is coded, without the crowd as its source
    article = code(sentence)
    own = [e for e in article.events if e.type == "PROTEST" and e.trigger.text == crowd]
    assert own, sides(article)
    assert not any(covers(e.actor, sentence, crowd) for e in own), sides(article)
