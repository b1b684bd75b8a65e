"""The target of an event, roles round 22: whom an act is done to when the text names it
through a light or phrasal verb ("carried out raids *on X*", "launched an offensive *against
X*"), a preposition on an act noun ("the arrest *of X*", "sanctions *against X*", "aid *to X*"),
a passive agent ("X was attacked *by Y*"), a coordination ("*X and Y*") or a noun modifier
("struck *rebel* positions"). Each case names the trigger word and the head words expected on
the source and target sides, coded by the whole pipeline (``code_text``). Sentences are
invented for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import check_not_the_target, check_source_and_target, sentence_ids

# (sentence, trigger word, source head, target heads)
CASES = [
    # light and phrasal verbs
    ("Government troops carried out raids on the rebels near the border.", "raids", "troops", ["rebels"]),
    ("The army launched an offensive against the insurgents last spring.", "offensive", "army",
     ["insurgents"]),
    ("Kenyan officials took part in talks with Ethiopian diplomats.", "talks", "officials", ["diplomats"]),
    ("Rebels staged an attack on police officers in the town.", "attack", "Rebels", ["officers"]),
    ("The coalition mounted airstrikes against the militants overnight.", "airstrikes", "coalition",
     ["militants"]),
    ("Egypt held talks with Sudan on Tuesday.", "talks", "Egypt", ["Sudan"]),
    ("The Italian minister paid a visit to Nigeria last week.", "visit", "minister", ["Nigeria"]),
    ("Brazil imposed sanctions on Venezuela in March.", "sanctions", "Brazil", ["Venezuela"]),
    ("The rebels opened fire on the soldiers at dawn.", "fire", "rebels", ["soldiers"]),
    ("Police cracked down on protesters in the capital.", "cracked", "Police", ["protesters"]),
    ("Japan lashed out at China over the island dispute.", "lashed", "Japan", ["China"]),
    ("France gave financial aid to Mali after the floods.", "aid", "France", ["Mali"]),
    ("The envoy met with the Iranian foreign minister in Geneva.", "met", "envoy", ["minister"]),
    ("Ghana reached out to Togo over the border dispute.", "reached", "Ghana", ["Togo"]),
    ("Militants carried out an assault on a police station in the north.", "assault", "Militants",
     ["station"]),
    ("The army pounded the rebel hideouts with heavy artillery.", "pounded", "army", ["hideouts"]),
    ("Troops shelled the town with mortars overnight.", "shelled", "Troops", ["town"]),
    ("The militia attacked the convoy with rockets and machine guns.", "attacked", "militia", ["convoy"]),
    ("Police dispersed the crowd with water cannon.", "dispersed", "Police", ["crowd"]),
    ("The prosecutor launched an investigation into the senator.", "investigation", "prosecutor",
     ["senator"]),
    # prepositional phrases of act nouns
    ("The detention of the reporter by soldiers drew criticism.", "detention", "soldiers", ["reporter"]),
    ("The arrest of the opposition leader by police sparked protests.", "arrest", "police", ["leader"]),
    ("Attacks on aid workers by armed men have increased.", "Attacks", "men", ["workers"]),
    ("New sanctions against Iran were announced by the European Union.", "sanctions", "Union", ["Iran"]),
    ("Germany's criticism of Turkey angered officials in Ankara.", "criticism", "Germany", ["Turkey"]),
    ("The killing of three journalists by soldiers was widely condemned.", "killing", "soldiers",
     ["journalists"]),
    ("Russia's invasion of Georgia began in August.", "invasion", "Russia", ["Georgia"]),
    ("Canada's support for Ukraine has not wavered.", "support", "Canada", ["Ukraine"]),
    # passive agents
    ("The village was attacked by gunmen on Sunday.", "attacked", "gunmen", ["village"]),
    ("Two activists were arrested by police in Lagos.", "arrested", "police", ["activists"]),
    ("The ambassador was expelled by the Moroccan government.", "expelled", "government", ["ambassador"]),
    ("Pakistan was criticized by India for the attack.", "criticized", "India", ["Pakistan"]),
    ("The protesters were dispersed by riot police.", "dispersed", "police", ["protesters"]),
    # coordinated targets
    ("Turkey accused Greece and Cyprus of provocation.", "accused", "Turkey", ["Greece", "Cyprus"]),
    ("Police arrested the mayor and his deputy on Friday.", "arrested", "Police", ["mayor", "deputy"]),
    ("The United States sanctioned Iran and Syria.", "sanctioned", "States", ["Iran", "Syria"]),
    ("Soldiers attacked farmers and herders in the valley.", "attacked", "Soldiers", ["farmers", "herders"]),
    # targets on a noun modifier
    ("Israeli jets struck Hamas positions in Gaza.", "struck", "jets", ["Hamas"]),
    ("Rebels ambushed an army convoy near the town.", "ambushed", "Rebels", ["army"]),
    ("Protesters stormed the Chinese embassy in Hanoi.", "stormed", "Protesters", ["embassy"]),
    ("Gunmen kidnapped a Kenyan aid worker in Somalia.", "kidnapped", "Gunmen", ["worker"]),
    # span boundaries: appositions, titles, relative clauses
    ("Police detained Ahmed Ali, a local journalist, on Monday.", "detained", "Police", ["Ali"]),
    ("Soldiers shot the man who had organized the march.", "shot", "Soldiers", ["man"]),
    ("Interior Minister John Doe condemned the rebels.", "condemned", "Doe", ["rebels"]),
    # must stay: plain subjects and objects
    ("China condemned Japan for the visit.", "condemned", "China", ["Japan"]),
    ("Iran threatened Israel with retaliation.", "threatened", "Iran", ["Israel"]),
    ("The army killed five rebels in the hills.", "killed", "army", ["rebels"]),
    ("Russia expelled two British diplomats.", "expelled", "Russia", ["diplomats"]),
    ("The president praised the peacekeepers.", "praised", "president", ["peacekeepers"]),
    ("The Nigerian government accused Cameroon of shelling border villages.", "accused", "government",
     ["Cameroon"]),
    ("Uganda sent troops to Somalia.", "sent", "Uganda", ["Somalia"]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "trigger", "source", "targets"), CASES,
                         ids=sentence_ids(CASES))
def test_source_and_target(code, sentence, trigger, source, targets):
    check_source_and_target(code, sentence, trigger, source, targets)


# (sentence, trigger word, target head, head that must not be a target). The instrument an act of
# force is done with, and whom a clause the trigger goes on with is done to, are no targets of it
# when a coded party of the trigger's own is (test_roles_news_16 keeps "stormed the town, killing
# five Somali soldiers": an uncoded place does not push a coded party off).
NOT_TARGETS = [
    ("The army pounded the rebel hideouts with heavy artillery.", "pounded", "hideouts", "artillery"),
    ("The militia attacked the convoy with rockets and machine guns.", "attacked", "convoy", "rockets"),
    ("Rebel fighters stormed the Kenyan embassy, killing three guards.", "stormed", "Kenyan", "guards"),
    ("The militants attacked a Nigerian army base and killed twelve soldiers.", "attacked", "Nigerian",
     "soldiers"),
    ("Ghana closed its borders with Togo on Sunday.", "closed", "Togo", "borders"),
    ("Gunmen attacked and killed two farmers near the river.", "attacked", "farmers", "river"),
    ("Armed inmates exchanged gunfire with guards at the prison.", "exchanged", "guards", "prison"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "trigger", "target", "other"), NOT_TARGETS,
                         ids=sentence_ids(NOT_TARGETS))
def test_not_the_target(code, sentence, trigger, target, other):
    check_not_the_target(code, sentence, trigger, target, other)
