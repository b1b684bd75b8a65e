"""Review of round 30 (figurative language): regressions a read-only review confirmed, and
variants of our own.

Sport words that are also common words ("stage", "jersey", "derby", "pawn"), an "interest" that is
a state's assets, a general noun that a "work" row caught ("the collection of biometric data", "the
show of force"), and courtroom procedure ("asked the jury to convict") must not hide a real event or
leave the act asked for standing as if it happened.
"""

from __future__ import annotations

import functools

import pytest

from eventwire.pipeline import code_articles
from eventwire.records import Article

PUBLISHED = "2025-01-09"


@functools.cache
def _types(text: str) -> tuple[tuple[str, str], ...]:
    [doc] = code_articles([Article(id="r30a", text=text, published=PUBLISHED)], clean=False)
    return tuple((e.type, e.modality) for e in doc.events)


def _asserted(text: str) -> set[str]:
    return {t for t, m in _types(text) if m == "asserted"}


KEEPS = [
    # 1. "stage" and "jersey" are no sport's contest
    ("Hamas released three hostages on Saturday in the first stage of the ceasefire deal.", "RETREAT"),
    ("Israel freed 90 Palestinian prisoners in the first stage of the truce.", "RETREAT"),
    ("Israel withdrew from the Netzarim corridor in the first stage of the agreement.", "RETREAT"),
    ("Turkey withdrew from the negotiations at a late stage.", "RETREAT"),
    ("A man attacked a synagogue in New Jersey on Saturday.", "ASSAULT"),
    ("The rebels released forty soldiers at the second stage of the prisoner exchange.", "RETREAT"),
    ("Gunmen attacked a church in Jersey City on Sunday.", "ASSAULT"),
    # 2. Derby the city, a pawn of a state
    ("Protesters attacked a police station in Derby on Saturday.", "ASSAULT"),
    ("The opposition accused the prime minister of being a pawn of Beijing. "
     "Protesters attacked his office on Friday.", "ASSAULT"),
    ("Critics called the minister a pawn of Moscow. Demonstrators attacked the party headquarters "
     "on Monday.", "ASSAULT"),
    # 3. a state's interests
    ("Iran-backed militias struck American interests across Iraq.", "ASSAULT"),
    ("Houthi rebels attacked Saudi interests in the Red Sea.", "ASSAULT"),
    # 4. general nouns with an "of" phrase
    ("Rights groups condemned the collection of biometric data from refugees.", "ACCUSE"),
    ("Amnesty International criticised the performance of the security forces during the protests.",
     "ACCUSE"),
    ("The union condemned the show of force by police at the picket line.", "ACCUSE"),
    ("Hackers attacked the app of the state broadcaster.", "ASSAULT"),
    ("Human Rights Watch denounced the collection of fingerprints from asylum seekers.", "ACCUSE"),
]


@pytest.mark.parametrize(("text", "gold"), KEEPS)
def test_real_event_kept(text: str, gold: str) -> None:
    assert gold in _asserted(text), _types(text)


def test_threat_to_strike_interests_is_a_threat_of_force() -> None:
    text = "Iran threatened to strike US interests in the region."
    assert "THREATEN" in _asserted(text), _types(text)


TRIAL = [
    # 5. the act a courtroom request asks for did not happen
    ("Prosecutors asked the jury to convict the former minister of corruption.", "SANCTION"),
    ("The defence lawyer asked the jurors to acquit the general of war crimes.", "SANCTION"),
    ("Witnesses were asked to come forward by police investigating the shooting.", "ASSAULT"),
    ("The judge asked the jurors to find the general guilty of the massacre.", "SANCTION"),
]


@pytest.mark.parametrize(("text", "forbidden"), TRIAL)
def test_trial_procedure_asserts_no_act(text: str, forbidden: str) -> None:
    assert forbidden not in {t for t, _ in _types(text)}, _types(text)


def test_jury_request_still_procedure() -> None:
    text = "The prosecutor asked the jury to read the letters again."
    assert "REQUEST" not in _asserted(text), _types(text)


def test_sport_still_sport() -> None:
    text = "The grandmaster attacked his opponent's king and won the chess final."
    assert "ASSAULT" not in _asserted(text), _types(text)


def test_harm_after_a_hazard_is_the_hazards() -> None:
    text = "A strong earthquake struck the island on Tuesday. Dozens of homes were destroyed."
    assert not {"ASSAULT", "COERCE"} & {t for t, _ in _types(text)}, _types(text)


def test_harm_with_a_cause_of_its_own_stays() -> None:
    text = "Floods hit the province on Monday. Two police posts were destroyed in an air strike by rebels."
    assert "ASSAULT" in _asserted(text), _types(text)


def test_interest_lost_is_no_attack() -> None:
    text = "The two champions have ruled the division and killed any interest in a rematch."
    assert "ASSAULT" not in _asserted(text), _types(text)


def test_state_interest_struck_is_an_attack() -> None:
    text = "Militias struck US interest in Syria with drones on Sunday."
    assert "ASSAULT" in _asserted(text), _types(text)
