"""Review probes for round 28's type and modality changes (helper rf28a), on new sentences.

Each probe is one sentence written for this review (no dev or corpus text) with what must be coded:
``has`` a type (and, when given, its modality) among all events coded, whatever their confidence (the
event model is refitted at the end of the round); ``never`` types no event may have; ``not_asserted``
types no kept event may have as an asserted, non-background act; ``none`` no kept event at all;
``background`` a type coded only as recalled history; ``real`` a type coded as a real act (asserted,
not negated), ``done`` one that is not background either. The probes look first for over-reach of the
round's rules ("X of Y" act nouns, phrasal verbs, decisions to yield, the {measure} class taking in
"order", inverted conditionals, "Say"/"Imagine" openings, tallies, gapped participles), then for
under-reach in other words. Rows in XFAIL were still wrong when the review ended; they are strict.
"""

from __future__ import annotations

from typing import Any

import pytest

# (sentence, check, types, modality)
PROBES: list[tuple[str, str, tuple[str, ...], str | None]] = [
    # "X of Y" act nouns and the {measure} class: no act where Y is no measure
    ("The lifting of weights at the gym left a young athlete with a back injury.", "never",
     ("CONCEDE", "RETREAT"), None),
    ("The withdrawal of cash from banks surged after the announcement.",
     "never", ("CONCEDE", "RETREAT"), None),
    ("Savers rushed to make withdrawals of their deposits.", "never", ("RETREAT",), None),
    ("The withdrawal of troops from the border began on Monday.", "has", ("RETREAT",), None),
    ("Factory orders fell by two percent in March, the statistics office said.", "none", (), None),
    ("Troops were sent to the border in order to deter smugglers.", "never", ("CONCEDE", "RETREAT"), None),
    ("The court order barred the union from holding the rally.", "never", ("CONCEDE", "RETREAT"), None),
    ("Acting on the president's orders, soldiers arrested the mayor of the town.", "has", ("COERCE",), None),
    ("Acting on the president's orders, soldiers arrested the mayor of the town.", "never",
     ("CONCEDE", "RETREAT"), None),
    ("The easing of monetary policy lifted share prices in Asia.", "never", ("CONCEDE", "RETREAT"), None),
    # the act nouns themselves (must stay or newly found)
    ("The junta announced the lifting of the nationwide state of emergency on Friday.", "has",
     ("CONCEDE", "RETREAT"), None),
    ("Rebels welcomed the easing of the naval blockade by the government.",
     "has", ("CONCEDE", "RETREAT"), None),
    # phrasal verbs
    ("The teachers' union called off the general strike after the government raised pay.", "has",
     ("CONCEDE",), None),
    ("The teachers' union called off the general strike after the government raised pay.", "never",
     ("PROTEST",), None),
    ("The union called a general strike for next Monday to protest the budget.", "has", ("PROTEST",), None),
    ("Dock workers carried out a 24-hour strike at the port on Tuesday.", "has", ("PROTEST",), None),
    ("Gunmen carried out an attack on a police station in the north on Sunday.", "has", ("ASSAULT",), None),
    ("The army sent in troops to restore order in the capital.", "has", ("MOBILIZE",), None),
    # decisions to yield
    ("The government has decided to lift the ban on the opposition newspaper.",
     "has", ("CONCEDE",), "future"),
    ("The government has decided to lift the ban on the opposition newspaper.", "never", ("AGREE",), None),
    ("The army has decided to withdraw its troops from the border town.", "has", ("RETREAT",), None),
    ("The army has decided to withdraw its troops from the border town.", "never", ("AGREE",), None),
    ("The cabinet decided to impose a curfew on the eastern province.",
     "never", ("CONCEDE", "RETREAT"), None),
    # the new lexicon rows and their look-alikes
    ("Prosecutors dropped the charges against the opposition journalist on Tuesday.",
     "has", ("CONCEDE",), None),
    ("Parliament repealed the decree restricting foreign media on Wednesday.", "has", ("CONCEDE",), None),
    ("The president paid tribute to the firefighters who died in the blaze.", "has", ("SUPPORT",), None),
    ("France voted in favour of the resolution condemning the attack.", "has", ("SUPPORT",), None),
    ("Oil prices dropped after the plan was announced.", "none", (), None),
    ("The carmaker scrapped plans for a new plant in the north, citing weak demand.", "never",
     ("CONCEDE",), None),
    ("The government scrapped plans for a fuel tax after weeks of protests.", "has", ("CONCEDE",), None),
    ("The ministry withdrew the bill after protests by farmers.", "has", ("CONCEDE",), None),
    # inverted auxiliaries: only a clause opened by its auxiliary is conditional
    ("Police had opened fire before the crowd dispersed.", "has", ("ASSAULT",), "asserted"),
    ("Rebels had seized the airport by the time the troops arrived.", "has", ("COERCE",), "asserted"),
    ("Were the army to withdraw from the city, the rebels would take it within days.", "not_asserted",
     ("RETREAT",), None),
    ("Had the police arrested the leaders, the movement would have collapsed.",
     "not_asserted", ("COERCE",), None),
    ("Should the talks fail, the union will call a strike.", "not_asserted", ("PROTEST",), None),
    ("The protesters fled after police had fired tear gas into the square.", "has", ("ASSAULT",), "asserted"),
    ("Had troops not fired on the crowd, nobody would have died.", "done", ("ASSAULT",), None),
    ("Had troops not fired on the crowd, nobody would have died.", "real", ("ASSAULT",), None),
    ("If the guards had not opened fire, the prisoners would have escaped.", "real", ("ASSAULT",), None),
    ("Had the police not arrested the leaders, the movement would have grown.", "real", ("COERCE",), None),
    ("If the rebels do not withdraw, the army will attack.", "not_asserted", ("RETREAT", "ASSAULT"), None),
    # "Say" / "Imagine" openings vs "say" as a verb of reporting
    ("Witnesses say troops opened fire on the crowd on Sunday.", "has", ("ASSAULT",), "asserted"),
    ("Officials say rebels seized the town of Marla overnight.", "has", ("ASSAULT",), "asserted"),
    ("Say the government raises fuel prices again: the unions will strike.",
     "not_asserted", ("PROTEST",), None),
    ("Imagine the army seized power tomorrow.", "not_asserted", ("ASSAULT", "COERCE"), None),
    # tallies and findings
    ("A survey found that police had detained 3,000 people since 2020.", "background", ("COERCE",), None),
    ("The death toll rose after rebels attacked a village in the east on Monday.", "has", ("ASSAULT",),
     "asserted"),
    ("Satellite images show troops massing on the border.", "has", ("MOBILIZE",), None),
    ("Data released on Monday show the army shelled the town overnight.", "has", ("ASSAULT",), "asserted"),
    ("Investigators found soldiers beating a man outside the station.", "has", ("ASSAULT",), "asserted"),
    ("A UN analysis found that government troops fired on protesters on Sunday.", "done", ("ASSAULT",), None),
    ("Hospital figures show that soldiers shot dead 12 people in the capital on Saturday.", "done",
     ("ASSAULT",), None),
    ("A tally shows police have killed 37 people this year.", "background", ("ASSAULT",), None),
    # gapped participles: accident and attack
    ("A pedestrian was killed and two cyclists injured when a bus skidded on ice.", "none", (), None),
    ("Two soldiers were killed and four civilians wounded when rebels ambushed their convoy.", "has",
     ("ASSAULT",), None),
    # requested rows: "walk out" (strike) and a takeover bid
    ("Nurses walked out at four hospitals on Tuesday over unpaid wages.", "has", ("PROTEST",), None),
    ("Dock workers walked off the job on Monday.", "has", ("PROTEST",), None),
    ("The rebels walked out of negotiations with the government.", "has", ("SANCTION",), None),
    ("The opposition delegation walked out of the talks in protest.", "has", ("SANCTION",), None),
    ("The opposition delegation walked out of the talks in protest.", "never", ("PROTEST",), None),
    ("The president walked out of the hospital two days after his surgery.", "none", (), None),
    ("A steel maker launched a takeover bid for its German rival on Monday.", "has", ("COOPERATE",),
     "hypothetical"),
    ("The city's bid to host the next Olympics failed.", "not_asserted", ("COOPERATE",), None),
    ("The opposition leader announced his bid for the presidency.", "never", ("COOPERATE",), None),
]
XFAIL: dict[tuple[str, str], str] = {
    ("The junta announced the lifting of the nationwide state of emergency on Friday.", "has"):
        "a 'lifting of state of emergency' row codes it, but roles take 'the nationwide state' for its "
        "actor (roles*.py, not this review's files), so no such row was added",
    ("Dock workers carried out a 24-hour strike at the port on Tuesday.", "has"):
        "a strike noun with a length ('24-hour') and a workforce subject of 'carry out' is still the "
        "attack strike: match.by_workers reads only the noun's own owners (older than round 28)",
    ("A pedestrian was killed and two cyclists injured when a bus skidded on ice.", "none"):
        "the parser reads 'a bus skidded on ice' as a noun with a participle, so no cause clause reaches "
        "the gapped 'injured' (older than round 28's gapped participles, which need a verb there)",
}


def _params() -> list[Any]:
    out = []
    for text, check, types, modality in PROBES:
        reason = XFAIL.get((text, check))
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        out.append(pytest.param(text, check, types, modality, marks=marks, id=f"{check}: {text[:45]}"))
    return out


@pytest.mark.parametrize(("text", "check", "types", "modality"), _params())
def test_probe(nlp: Any, text: str, check: str, types: tuple[str, ...], modality: str | None) -> None:
    from eventwire.api import code_text
    from eventwire.link.events import min_confidence

    events = code_text(text, "2026-03-02", clean=False, id="review-28a").events
    kept = [e for e in events if e.confidence >= min_confidence()]
    described = [(e.type, e.trigger.text if e.trigger else None, e.modality, round(e.confidence, 2),
                  e.background) for e in events]
    if check in ("done", "real"):     # a real act: asserted, not negated (and, done, not history)
        assert any(e.type in types and e.modality == "asserted" and not e.negated
                   and not (check == "done" and e.background) for e in events), described
    elif check == "has":
        assert any(e.type in types and modality in (None, e.modality) for e in events), described
    elif check == "never":
        assert not [e for e in events if e.type in types], described
    elif check == "not_asserted":
        assert not [e for e in kept if e.type in types and e.modality == "asserted" and not e.background], \
            described
    elif check == "none":
        assert not kept, described
    elif check == "background":
        assert [e for e in events if e.type in types], described
        assert all(e.background for e in kept if e.type in types), described
