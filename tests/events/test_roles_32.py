"""Source and target between parties, roles round 32: both sides of the dyad, wherever the sentence
puts the second party.

Probes the places the second party of an act sits that round 31 left open: coordinated verbs of one
type with a target each ("troops shelled X and bombed Y": both targets survive), a fight told as a
noun with a "with" party whose other side is the subject of the clause it is hung on ("the gunman
was wounded in a shootout with police"), a participle with a "by" agent hung on its patient ("an
officer gunned down by the gang"), coordinated patients of a passive, nominal events with "on" and
"by", frames of accusing, relative clauses, appositives, prepositional second parties, acts merged
into their outcome, a possessor's proposal rejected in the passive, and things that are no party.
Each case names the trigger word (None: the first event of the type), the PLOVER type (None: any),
the words expected on the source side and those expected on the target side, coded by the whole
pipeline (``code_text``). Sentences are invented for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.events.conftest import check_not_a_party, check_sources_and_targets


def _xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


# (sentence, trigger word or None, type or None, source words, target words)
COORDINATED_ACTS = [
    # two verbs of one type with a target each: neither target is lost (two events or one with both;
    # the first event of the type is looked at: coordinated verbs of one type merge into the first)
    ("Government troops shelled Kidal and bombed Tessalit on Sunday.", None, "ASSAULT", ["troops"],
     ["Tessalit"]),
    ("Government troops shelled Kidal and bombed Tessalit on Sunday.", None, "ASSAULT", ["troops"],
     ["Kidal"]),
    ("Police detained the organisers and arrested twelve students in Harare.", None, "COERCE",
     ["Police"], ["students"]),
    pytest.param("Police detained the organisers and arrested twelve students in Harare.", None, "COERCE",
                 ["Police"], ["organisers"],
                 marks=_xfail("'organisers' is no party noun: the actors stage codes nothing there and the "
                              "verb's object is no target candidate")),
    # added after the build (failed before it too): both coded objects of coordinated arrests stay
    ("Police detained the activists and arrested twelve students.", None, "COERCE", ["Police"],
     ["activists", "students"]),
    pytest.param("The militia attacked a patrol and ambushed an army convoy near Gao.", None, "ASSAULT",
                 ["militia"], ["convoy"],
                 marks=_xfail("'an army convoy' is coded by no stage, so the merged event keeps the "
                              "model's one target, the patrol")),
    ("Rebel fighters raided the town and battled soldiers for hours.", "battled", "ASSAULT", ["fighters"],
     ["soldiers"]),
    ("Navy commandos seized the port and fought pirates along the coast.", "fought", "ASSAULT",
     ["commandos"], ["pirates"]),
]

MUTUAL_FIGHTS = [
    # a fight told as a noun with a "with" party: the subject of the clause it hangs on is the other side
    ("The gunman was wounded in a shootout with police in Lagos.", "shootout", None, ["gunman"],
     ["police"]),
    ("Two smugglers died after a gunfight with border guards on Tuesday.", "gunfight", None,
     ["smugglers"], ["guards"]),
    ("The fugitive was arrested after a shootout with officers near Durban.", "shootout", None,
     ["fugitive"], ["officers"]),
    # (the clash merges into the killing it tells: the killing carries the dyad)
    ("The bandit leader, who was killed in a clash with soldiers, had led raids for years.", None,
     "ASSAULT", ["soldiers"], ["leader"]),
    ("Three insurgents were captured after a firefight with marines outside Ramadi.", "firefight", None,
     ["insurgents"], ["marines"]),
    ("The suspect is in hospital after a shootout with detectives in Toronto.", "shootout", None,
     ["suspect"], ["detectives"]),
]

PASSIVE_PARTICIPLES = [
    # a participle with a "by" agent hung on its patient: the agent is the source, never the main subject
    ("The mayor attended the funeral of a policeman shot dead by the gang last week.", "shot", "ASSAULT",
     ["gang"], ["policeman"]),
    ("Officials mourned a teacher gunned down by militants in Peshawar.", "gunned", "ASSAULT",
     ["militants"], ["teacher"]),
    ("The minister visited villagers beaten by soldiers during the raid.", "beaten", "ASSAULT",
     ["soldiers"], ["villagers"]),
    ("Activists detained by the secret police were freed on Monday.", "detained", "COERCE", ["police"],
     ["Activists"]),
    ("A journalist was killed by the rebels near the border.", "killed", "ASSAULT", ["rebels"],
     ["journalist"]),
]

# added after the first build (each failed before it): the "by" agent of a participle whose patient
# hangs on another clause is the source, not that clause's subject
PASSIVE_AGENTS_ELSEWHERE = [
    ("The governor laid a wreath for a ranger allegedly shot by the poachers.", "shot", "ASSAULT",
     ["poachers"], ["ranger"]),
    ("Hundreds gathered at the grave of a student reportedly beaten by the guards.", "beaten", "ASSAULT",
     ["guards"], ["student"]),
]

# added after the first build: whoever died in an act of force told as a noun underwent it
DIED_IN_ACTS = [
    ("Five civilians died in the Israeli airstrike.", None, "ASSAULT", ["Israeli"], ["civilians"]),
    ("The reporter, who died in a Russian missile strike, was buried on Monday.", None, "ASSAULT",
     ["Russian"], ["reporter"]),
    ("Local officials said 14 of the miners died in the Sudanese army's shelling.", None, "ASSAULT",
     ["army"], ["miners"]),
]

PASSIVE_COORDINATED = [
    # every conjunct of a passive subject undergoes the act
    ("Shell, Chevron and two other firms were sued by the villagers.", "sued", None, ["villagers"],
     ["Shell", "Chevron", "firms"]),
    pytest.param("Kamau and Otieno were arrested by the police in Nakuru.", "arrested", "COERCE", ["police"],
                 ["Kamau", "Otieno"],
                 marks=_xfail("the first conjunct of the passive subject is lost: 'Kamau' is not coded as "
                              "a person, and the conjunct is not added as a phrase")),
    ("The envoy and his aides were expelled by Moldova.", "expelled", None, ["Moldova"],
     ["envoy", "aides"]),
    ("Two priests and a nun were kidnapped by gunmen in Zamfara.", "kidnapped", None, ["gunmen"],
     ["priests", "nun"]),
]

NOMINALS = [
    # a nominal event's "on" and "by" arguments
    ("The attack on the convoy by the insurgents was condemned.", "attack", "ASSAULT", ["insurgents"],
     ["convoy"]),
    ("The arrest of the editor by security agents drew protests.", "arrest", "COERCE", ["agents"],
     ["editor"]),
    ("The abduction of the governor by the rebels shocked the region.", "abduction", None, ["rebels"],
     ["governor"]),
    ("Brazil's expulsion of the Venezuelan ambassador angered Caracas.", "expulsion", None, ["Brazil"],
     ["ambassador"]),
    ("Army's shelling of rebel positions continued overnight in Idlib.", "shelling", "ASSAULT",
     ["Army"], ["rebel"]),
]

ACCUSING_FRAMES = [
    # the accuser is the source, the accused the target
    ("Ukraine accused Russia of shelling the plant.", "accused", "ACCUSE", ["Ukraine"], ["Russia"]),
    ("The opposition blamed the police for the deaths of the protesters.", "blamed", "ACCUSE",
     ["opposition"], ["police"]),
    ("Kenya charged two Somali men with plotting an attack.", "charged", "ACCUSE", ["Kenya"], ["men"]),
    ("Prosecutors indicted the former minister on graft charges.", "indicted", "ACCUSE", ["Prosecutors"],
     ["minister"]),
]

RELATIVES = [
    # a relative pronoun stands for the noun it describes
    ("The rebels, who attacked the garrison on Monday, withdrew into the hills.", "attacked", "ASSAULT",
     ["rebels"], ["garrison"]),
    ("Officials named the soldier who shot the protester.", "shot", "ASSAULT", ["soldier"], ["protester"]),
    ("The judge who sentenced the activist received threats.", "sentenced", None, ["judge"],
     ["activist"]),
]

APPOSITIVES = [
    # an appositive stays with its party
    ("Al-Shabaab, the Somali militant group, attacked a hotel in Mogadishu.", "attacked", "ASSAULT",
     ["Al-Shabaab"], ["hotel"]),
    ("Judge Maria Santos sentenced Pedro Alves to ten years in prison.", "sentenced", None,
     ["Santos"], ["Alves"]),
    ("A court in Ankara sentenced the journalist to six years.", "sentenced", None, ["court"],
     ["journalist"]),
]

PREPOSITIONS = [
    # the second party as the object of a preposition the trigger takes
    ("Soldiers opened fire on protesters in the capital.", None, "ASSAULT", ["Soldiers"], ["protesters"]),
    ("Gunmen fired at a police patrol near Quetta.", None, "ASSAULT", ["Gunmen"], ["patrol"]),
    ("Insurgents launched attacks on an army base near Tikrit.", None, "ASSAULT", ["Insurgents"],
     ["base"]),
    ("Jets carried out strikes against militants in Sirte.", None, "ASSAULT", ["Jets"], ["militants"]),
]

MERGED_OUTCOMES = [
    # an act merged into its outcome keeps its own target beside the dead
    pytest.param("Militants torched a village in the north, killing eleven farmers.", None, "ASSAULT",
                 ["Militants"], ["village"],
                 marks=_xfail("'torch' is no ASSAULT trigger in the lexicon (another helper's area): only "
                              "the killing is coded, with its victims")),
    pytest.param("Gunmen raided a police station in Kano, killing three officers.", None, "ASSAULT",
                 ["Gunmen"], ["station"],
                 marks=_xfail("'raid' is coded COERCE, so the ASSAULT is the killing alone, whose target "
                              "is its victims; the station stays the COERCE's target")),
    ("The air force's bombing of the depot killed four guards.", None, "ASSAULT", ["force"], ["depot"]),
    ("Rebels attacked an army post near Beni, wounding six soldiers.", None, "ASSAULT", ["Rebels"],
     ["post"]),
]

PASSIVE_OWNERS = [
    # a possessor's proposal rejected in the passive: the agent is the source, the owner the target
    ("Kenya's proposal was rejected by the bloc.", "rejected", "REJECT", ["bloc"], ["Kenya"]),
    ("Chile's request was turned down by the tribunal.", "turned", "REJECT", ["tribunal"], ["Chile"]),
    ("The mayor's offer was refused by the unions.", "refused", None, ["unions"], ["mayor"]),
]

PRONOUNS = [
    # a pronoun subject reported by a speaker stands for the speaker, who is coded as the source
    ("Police said they arrested the two suspects in Mombasa.", "arrested", "COERCE", ["Police"],
     ["suspects"]),
    ("The army said it had killed twenty militants in Borno.", "killed", "ASSAULT", ["army"], ["militants"]),
]

CASES = COORDINATED_ACTS + MUTUAL_FIGHTS + PASSIVE_PARTICIPLES + PASSIVE_AGENTS_ELSEWHERE + DIED_IN_ACTS \
    + PASSIVE_COORDINATED + NOMINALS \
    + ACCUSING_FRAMES + RELATIVES + APPOSITIVES + PREPOSITIONS + MERGED_OUTCOMES + PASSIVE_OWNERS + PRONOUNS

# (sentence, word on neither side of any event coded): an abstract noun or a reporter is no party
NOT_A_PARTY = [
    ("The council condemned Iran over its missile tests.", "tests"),
    pytest.param("Rebels abandoned strong positions near the river.", "positions",
                 marks=_xfail("'abandon' is no RETREAT trigger: no event is coded (and 'withdrew from strong "
                              "positions' still codes the positions as its target)")),
    ("The ministry said troops had seized weapons caches in the valley.", "caches"),
]


def _ids(cases: list[Any]) -> list[str]:
    return [str((c.values if hasattr(c, "values") else c)[0])[:40] + "/" + str(
        (c.values if hasattr(c, "values") else c)[1]) for c in cases]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "trigger", "event_type", "sources", "targets"), CASES, ids=_ids(CASES))
def test_source_and_target(code: Callable[[str], Any], sentence: str, trigger: str | None,
                           event_type: str | None, sources: list[str], targets: list[str]) -> None:
    check_sources_and_targets(code, sentence, trigger, event_type, sources, targets)


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "word"), NOT_A_PARTY, ids=_ids(NOT_A_PARTY))
def test_not_a_party(code: Callable[[str], Any], sentence: str, word: str) -> None:
    check_not_a_party(code, sentence, word)
