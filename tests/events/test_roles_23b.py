"""The source and target of an event, roles round 23b: targets the coder left empty or swapped.
Where a party seeks shelter ("sought refuge *in X*"), the destination of what is given when the
parser reads "to" as a dative ("gave tents and a field hospital *to X*"), the party a refusal
waits on ("will not end the strike *before X* ..."), and plain subjects and objects that must
stay. Each case names the trigger word and the head words expected on the source and target
sides, coded by the whole pipeline (``code_text``). Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import check_not_the_target, covers, event_of, sides, trigger_ids

# (sentence, trigger word, source head, target heads)
CASES = [
    # where shelter is sought is whom it is asked of
    ("The deposed governor sought refuge in Bolivia.", "sought", "governor", ["Bolivia"]),
    ("Hundreds of villagers sought refuge in the neighbouring republic.", "sought", "villagers",
     ["republic"]),
    ("The dissident journalist sought asylum in Norway last month.", "sought", "journalist", ["Norway"]),
    ("Two opposition deputies sought refuge in the Swiss embassy.", "sought", "deputies", ["embassy"]),
    ("The former minister is seeking asylum in Canada.", "seeking", "minister", ["Canada"]),
    # what is given goes to the party named after "to"
    ("Germany gave armoured vehicles and a field hospital to Moldova.", "gave", "Germany", ["Moldova"]),
    ("Japan donated rice and medicine to the flood victims.", "donated", "Japan", ["victims"]),
    ("Canada sent blankets, tents and water pumps to the refugees.", "sent", "Canada", ["refugees"]),
    ("The European Union sent two planes and a medical team to Libya.", "sent", "Union", ["Libya"]),
    ("Norway provided food and shelter to the displaced families.", "provided", "Norway", ["families"]),
    ("Turkey delivered generators and fuel to the besieged town.", "delivered", "Turkey", ["town"]),
    ("Sweden granted asylum to the Belarusian activist.", "granted", "Sweden", ["activist"]),
    # a refusal that waits on another party
    ("The union will not end the strike until the minister resigns.", "end", "union", ["minister"]),
    ("The union will not end the strike before the minister is sacked.", "end", "union", ["minister"]),
    ("The rebels refused to free the hostages before the army leaves the valley.", "refused", "rebels",
     ["army"]),
    ("The farmers will not lift the blockade unless the government cuts fuel prices.", "lift",
     "farmers", ["government"]),
    ("The nurses will not end the strike until salaries are paid and the health minister resigns.", "end",
     "nurses", ["minister"]),
    ("The rebels refused to release the prisoners until the curfew is lifted and the army leaves the valley.",
     "refused", "rebels", ["army"]),
    ("The dock workers will not end the strike before a new wage scale is reviewed and the port director "
     "is sacked.", "end", "workers", ["director"]),
    # addressees and patients of plain verbs
    ("Brazil condemned Venezuela over the border incident.", "condemned", "Brazil", ["Venezuela"]),
    ("The rebels ambushed a police patrol outside the town.", "ambushed", "rebels", ["patrol"]),
    ("Nigeria accused Cameroon of harbouring the separatists.", "accused", "Nigeria", ["Cameroon"]),
    ("The prime minister criticized the central bank for raising rates.", "criticized", "minister",
     ["bank"]),
    ("Police detained three journalists in the capital.", "detained", "Police", ["journalists"]),
    ("The army shelled rebel positions near the border.", "shelled", "army", ["positions"]),
    ("Ghana expelled the Nigerian traders from the market.", "expelled", "Ghana", ["traders"]),
    ("The president pardoned two opposition activists.", "pardoned", "president", ["activists"]),
    ("India urged Nepal to reopen the trade route.", "urged", "India", ["Nepal"]),
    ("The minister praised the firefighters for their courage.", "praised", "minister", ["firefighters"]),
    ("Protesters attacked the parliament building on Friday.", "attacked", "Protesters", ["building"]),
    ("The United States imposed sanctions on Myanmar's generals.", "imposed", "States", ["generals"]),
    ("The Kenyan government deported the British activist.", "deported", "government", ["activist"]),
    ("Greece sent firefighters to help Albania.", "sent", "Greece", ["Albania"]),
    ("The court jailed the former mayor for fraud.", "jailed", "court", ["mayor"]),
    ("Egypt hosted the Sudanese delegation in Cairo.", "hosted", "Egypt", ["delegation"]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "trigger", "source", "targets"), CASES,
                         ids=trigger_ids(CASES))
def test_source_and_target(code, sentence, trigger, source, targets):
    article = code(sentence)
    event = event_of(article, trigger)
    assert covers(event.actor, sentence, source), sides(article)
    assert all(covers(event.recipient, sentence, t) for t in targets), sides(article)
    assert not covers(event.actor, sentence, targets[0]), sides(article)


# (sentence, trigger word, target head, head that must not be a target): what is given or sought
# is no target
NOT_TARGETS = [
    ("Germany gave armoured vehicles and a field hospital to Moldova.", "gave", "Moldova", "vehicles"),
    ("Hundreds of villagers sought refuge in the neighbouring republic.", "sought", "republic", "refuge"),
    ("The European Union sent two planes and a medical team to Libya.", "sent", "Libya", "planes"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "trigger", "target", "other"), NOT_TARGETS,
                         ids=trigger_ids(NOT_TARGETS))
def test_not_the_target(code, sentence, trigger, target, other):
    check_not_the_target(code, sentence, trigger, target, other)
