"""Source and target between parties, roles round 30: the event whose type is found must run from
its doer to the party it is done to, wherever the sentence puts them.

Probes the general places a party sits: a prepositional object as the target ("fired *on* the
crowd"), a possessor as the source ("*Norway's* aid to Somalia"), a passive agent ("was beaten *by*
police"), an appositive beside a party ("Omar Diallo, *a former minister*"), a coordinated party
("*police and soldiers* attacked"), the "with" party of a reciprocal act ("clashed *with* the army"),
a nominal event's "by"/"of"/"against"/"on" arguments ("the arrest *of* the editor *by* police"),
the subject of a clause under a verb of reporting ("officials said *the army* shelled the village"),
and the two open cases of the round: a reporter above a joint act noun ("Officials said the talks
with the strikers had failed") and a meeting counterpart taken from a sentence too far off. Each
case names the trigger word, the expected PLOVER type (None: any), the word expected on the source
side and those expected on the target side, coded by the whole pipeline (``code_text``).
Sentences are invented for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.events.conftest import (
    check_not_the_target,
    check_type_source_and_target,
    covers,
    event_of,
    sides,
    trigger_ids,
)


def _xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


# (sentence, trigger word, type or None, source head, target heads)
PREPOSITIONS = [
    # the target is the object of a preposition the verb takes
    ("Soldiers fired on the crowd outside the governor's office.", "fired", "ASSAULT", "Soldiers",
     ["crowd"]),
    ("Rebels opened fire at a police patrol near Goma.", "fire", "ASSAULT", "Rebels", ["patrol"]),
    ("Brazil sent emergency aid to Haiti after the storm.", "sent", "AID", "Brazil", ["Haiti"]),
    ("The Ghanaian president lashed out at the opposition over the budget.", "lashed", "ACCUSE",
     "president", ["opposition"]),
    ("Kenya imposed fresh sanctions on Eritrea on Monday.", "sanctions", None, "Kenya", ["Eritrea"]),
    ("Farmers protested against the trade minister in Santiago.", "protested", "PROTEST", "Farmers",
     ["minister"]),
    ("The Czech foreign minister appealed to the donors for more help.", "appealed", "REQUEST",
     "minister", ["donors"]),
    # a place the parser hangs on the object hit is where, not whom: the object is the target
    ("Rebels attacked the convoy in southern Sudan.", "attacked", "ASSAULT", "Rebels", ["convoy"]),
    ("Soldiers arrested the editor of the weekly in Harare.", "arrested", "COERCE", "Soldiers", ["editor"]),
    # ... or of the "to" a trigger of giving back ends with, in place of what is given
    ("The museum returned a bronze statue of a dancer to its owner after sixty years.", "returned", None,
     "museum", ["owner"]),
    ("The customs agency returned the confiscated passports to their holders.", "returned", None, "agency",
     ["holders"]),
    # ... or of the verb its purpose infinitive hangs on ("to help *the army*")
    ("Estonia has offered to send engineers to help the Ukrainian army.", "offered", None, "Estonia",
     ["army"]),
    ("The inspectors launched an investigation into the Zambian minister.", "investigation", "ACCUSE",
     "inspectors", ["minister"]),
]

POSSESSORS = [
    # the source is the possessor of the act noun
    ("Norway's aid to Somalia rose sharply last year.", "aid", "AID", "Norway", ["Somalia"]),
    ("Turkey's offensive against the Kurdish militia entered its third week.", "offensive", "ASSAULT",
     "Turkey", ["militia"]),
    # merged into the verb of its outcome, the act keeps its own patient (roles31)
    ("The army's shelling of the village killed four farmers.", "killed", "ASSAULT", "army", ["village"]),
    ("Ghana's criticism of Togo drew a sharp reply.", "criticism", "ACCUSE", "Ghana", ["Togo"]),
    ("Poland's expulsion of two Belarusian diplomats angered Minsk.", "expulsion", None, "Poland",
     ["diplomats"]),
    # a person owning an act noun of release or holding undergoes it
    ("A court in Lima ordered the Chilean captain's release on Friday.", "release", None, "court",
     ["captain"]),
    ("A Peruvian judge convicted Jorge Salas, a union leader, and ordered his arrest.", "arrest", "COERCE",
     "judge", ["his"]),
]

PASSIVES = [
    # the "by" object of a passive is the source, its subject the target
    ("The editor was beaten by police during the march.", "beaten", "ASSAULT", "police", ["editor"]),
    ("Sanctions were imposed on Iran by the European Union.", "imposed", None, "Union", ["Iran"]),
    ("Ecuador's proposal was rejected by the opposition on Tuesday.", "rejected", "REJECT", "opposition",
     ["Ecuador"]),
    ("The embassy was attacked by a mob in the capital.", "attacked", "ASSAULT", "mob", ["embassy"]),
    ("Three aid workers were abducted by gunmen in Darfur.", "abducted", "ASSAULT", "gunmen",
     ["workers"]),
]

APPOSITIVES = [
    # a party's appositive stays with it, on its side
    ("The court sentenced Omar Diallo, a former minister, to five years.", "sentenced", None, "court",
     ["Diallo"]),
    ("Rebels kidnapped a nurse, Maria Lopez, near the border.", "kidnapped", "ASSAULT", "Rebels",
     ["nurse"]),
    ("Hassan Ali, the Somali defence minister, accused Kenya of arming the militia.", "accused", "ACCUSE",
     "Hassan", ["Kenya"]),
    ("Police arrested Lina Petrova, a local reporter, and charged her with treason.", "arrested", "COERCE",
     "Police", ["Petrova"]),
    ("The tribunal acquitted one of the officers, Captain Ruiz, and sentenced him to a fine.", "sentenced",
     None, "tribunal", ["Ruiz"]),
]

COORDINATED = [
    # a coordinated party takes its conjunct's side
    ("Police and soldiers attacked the protesters in the square.", "attacked", "ASSAULT", "Police",
     ["protesters"]),
    ("The army shelled Marib and Taiz overnight.", "shelled", "ASSAULT", "army", ["Marib", "Taiz"]),
    ("The rebels ambushed the convoy and its escorts.", "ambushed", "ASSAULT", "rebels", ["convoy"]),
    ("Germany urged Serbia and Kosovo to resume talks.", "urged", "REQUEST", "Germany",
     ["Serbia", "Kosovo"]),
    ("France and Italy condemned the junta in Niger over the coup.", "condemned", "ACCUSE", "France",
     ["junta"]),
]

RECIPROCAL = [
    # the "with" party of a reciprocal act is its counterpart
    ("Kenya held talks with Somalia on border security.", "talks", "CONSULT", "Kenya", ["Somalia"]),
    ("The rebels clashed with the army near the river.", "clashed", "ASSAULT", "rebels", ["army"]),
    ("Vietnam signed a maritime deal with Japan on Friday.", "signed", None, "Vietnam", ["Japan"]),
    ("The premier met with the protest leaders in Dhaka.", "met", "CONSULT", "premier", ["leaders"]),
    ("Colombia resumed negotiations with the guerrillas in Havana.", "negotiations", "CONSULT", "Colombia",
     ["guerrillas"]),
]

NOMINALS = [
    # a nominal event's "by", "of", "against" and "on" arguments
    ("The arrest of the editor by the police angered reporters.", "arrest", "COERCE", "police", ["editor"]),
    ("The attack on the convoy by insurgents killed four soldiers.", "killed", "ASSAULT", "insurgents",
     ["convoy"]),
    ("The expulsion of two diplomats by Moscow drew protests.", "expulsion", None, "Moscow",
     ["diplomats"]),
    ("An assault by the army on the rebel camp began at dawn.", "assault", "ASSAULT", "army", ["camp"]),
    ("Protests by students against the university board spread to three cities.", "Protests", "PROTEST",
     "students", ["board"]),
    ("The investigation into the senator by federal prosecutors lasted two years.", "investigation",
     "ACCUSE", "prosecutors", ["senator"]),
]

REPORTED = [
    # the subject of a clause under a verb of reporting does the act the clause tells
    ("The ministry said police had arrested three activists.", "arrested", "COERCE", "police",
     ["activists"]),
    ("Officials said the army shelled the village at night.", "shelled", "ASSAULT", "army", ["village"]),
    ("Witnesses said soldiers beat the protesters with batons.", "beat", "ASSAULT", "soldiers",
     ["protesters"]),
    pytest.param("Peru said Chilean jets had violated its airspace.", "violated", None, "jets", ["airspace"],
                 marks=_xfail("no event for 'violated its airspace' (trigger lexicon, not roles)")),
    ("Local media reported that gunmen abducted a priest in the north.", "abducted", "ASSAULT", "gunmen",
     ["priest"]),
    # a pronoun subject of the reported clause stands for the reporter
    pytest.param("A spokesman for the coalition said they support the call for a truce.", "support",
                 "SUPPORT", "spokesman", ["call"], marks=_xfail(
                     "no SUPPORT is coded here (only the REQUEST 'call'); with a named caller ('the UN "
                     "call') the source is the pronoun 'they', which syntax.reporting_speaker leaves "
                     "unresolved after a singular speaker (it may stand for the speaker's body)")),
]

CASES = PREPOSITIONS + POSSESSORS + PASSIVES + APPOSITIVES + COORDINATED + RECIPROCAL + NOMINALS + REPORTED

# (sentence, trigger word, target head, word that must not be the target): one sent or held "to face
# charges" is the charges' target, not who sends them nor where
FACING = [
    ("Peru extradited the banker to the United States to face fraud charges.", "charges", "banker", "Peru"),
    ("A judge approved the extradition of the former mayor to face charges of bribery.", "charges", "mayor",
     "judge"),
    ("Panama extradited the smuggler to Colombia to face drug charges.", "charges", "smuggler", "Colombia"),
]

# (sentence, trigger word, counterpart head, reporter head): a joint act noun under a reporter keeps
# its "with" party as the target, and the reporter is on neither side
JOINT_UNDER_REPORTER = [
    ("Officials said the talks with the strikers had failed.", "talks", "strikers", "Officials"),
    ("Diplomats said the negotiations with the pirates had stalled.", "negotiations", "pirates",
     "Diplomats"),
    ("The spokesman said the meeting with the rebel leaders went well.", "meeting", "leaders", "spokesman"),
    ("Aides said the talks with the teachers' union would resume on Monday.", "talks", "union", "Aides"),
]

# (text, trigger word, party that must not be its target): a meeting counterpart is not taken from a
# meeting several sentences back
FAR_COUNTERPARTS = [
    ("Brazil held talks with Argentina in Buenos Aires on Monday. The talks covered trade and energy. "
     "Analysts expect little progress this year. Brazil later warned that it would retaliate against "
     "any new tariffs.", "warned", "Argentina"),
    ("Norway has widened its contacts with Iran in recent months. Critics in Oslo question the policy. "
     "Officials in Tehran declined to comment. Norway has demanded the release of two detained "
     "sailors.", "demanded", "Iran"),
]

# (text, trigger word, party that must be its target): a counterpart in the next sentence, or of
# the meeting the sentence names, stays
NEAR_COUNTERPARTS = [
    ("Chile held talks with Peru on Monday. Officials say that Peru requested the meeting.", "requested",
     "Chile"),
    ("Ghana held talks with Togo in Accra on Monday. Ghana conveyed its fears about the border at the "
     "meeting.", "fears", "Togo"),
]

# (sentence, trigger word, word on neither side of that event)
NOT_A_PARTY = [
    ("The ministry said police had arrested three activists.", "arrested", "ministry"),
    ("Officials said the army shelled the village at night.", "shelled", "Officials"),
    ("Hassan Ali, the Somali defence minister, accused Kenya of arming the militia.", "accused", "militia"),
    ("Police arrested Lina Petrova, a local reporter, and charged her with treason.", "arrested", "treason"),
    # who judges an act noun, with the body the judge heads, is no party of the act
    ("The head of the West African Lawyers Union Kofi Mensah has condemned the raids, which left several "
     "shops looted in Kumasi.", "raids", "Union"),
    ("The president of the Bolivian Bar Association Luis Arce Mendez condemned the bombings in Cochabamba.",
     "bombings", "Association"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "trigger", "event_type", "source", "targets"), CASES,
                         ids=trigger_ids(CASES))
def test_type_source_and_target(code: Callable[[str], Any], sentence: str, trigger: str,
                                event_type: str | None, source: str, targets: list[str]) -> None:
    check_type_source_and_target(code, sentence, trigger, event_type, source, targets)


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "trigger", "target", "other"), FACING, ids=trigger_ids(FACING))
def test_who_faces_charges_is_their_target(code: Callable[[str], Any], sentence: str, trigger: str,
                                          target: str, other: str) -> None:
    check_not_the_target(code, sentence, trigger, target, other)


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "trigger", "party", "reporter"), JOINT_UNDER_REPORTER,
                         ids=trigger_ids(JOINT_UNDER_REPORTER))
def test_joint_noun_under_a_reporter_keeps_its_counterpart(code: Callable[[str], Any], sentence: str,
                                                          trigger: str, party: str, reporter: str) -> None:
    article = code(sentence)
    event = event_of(article, trigger)
    assert covers(event.recipient, sentence, party), sides(article)
    assert not covers(event.actor, sentence, party), sides(article)
    assert not covers(event.actor + event.recipient, sentence, reporter), sides(article)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "party"), FAR_COUNTERPARTS, ids=trigger_ids(FAR_COUNTERPARTS))
def test_no_counterpart_from_a_meeting_far_back(code: Callable[[str], Any], text: str, trigger: str,
                                                party: str) -> None:
    article = code(text)
    event = event_of(article, trigger)
    assert not any(party in e.text for e in event.recipient), sides(article)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "party"), NEAR_COUNTERPARTS, ids=trigger_ids(NEAR_COUNTERPARTS))
def test_counterpart_of_a_meeting_close_by(code: Callable[[str], Any], text: str, trigger: str,
                                           party: str) -> None:
    article = code(text)
    event = event_of(article, trigger)
    assert any(party in e.text for e in event.recipient), sides(article)


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "trigger", "word"), NOT_A_PARTY, ids=trigger_ids(NOT_A_PARTY))
def test_not_a_party(code: Callable[[str], Any], sentence: str, trigger: str, word: str) -> None:
    article = code(sentence)
    event = event_of(article, trigger)
    assert not covers(event.actor, sentence, word), sides(article)
    assert not covers(event.recipient, sentence, word), sides(article)
