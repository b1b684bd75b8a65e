"""Review of round 26's type and news-precision commits (rules.py, code.py, match.py, figurative.py,
modality.py and their tables): sentences a reviewer wrote to probe rules grown too wide (vows of
force, dismissing an office holder, crushing a protest, "found X guilty", "attacked X for",
appeals for votes, quoted commands, "Imagine/Say" clauses, goals reached), and cases that must
stay as they were.
"""

from __future__ import annotations

from typing import Any

import pytest

XF = pytest.mark.xfail


def _events(text: str) -> list[Any]:
    from eventwire.pipeline import code_article
    from eventwire.records import Article

    return list(code_article(Article(id="review-26a", text=text, published="2024-03-04")).events)


def _codes(text: str) -> set[tuple[str, str]]:
    """(type, modality) of each event, negated ones marked with a leading "-"."""
    return {(("-" if e.negated else "") + e.type, e.modality) for e in _events(text)}


def _types(text: str) -> set[str]:
    return {("-" if e.negated else "") + e.type for e in _events(text)}


# (sentence, type that must be there, type that must not be there); "" for none
CASES = [
    # over-reach: vows of things that are no force stay pledges
    ("The rebels vowed to release the hostages.", "AGREE", "THREATEN"),
    ("The governor promised to protect civilians.", "", "THREATEN"),
    ("NATO pledged to defend Estonia.", "", "THREATEN"),
    # stay: a vow of force is a threat
    ("Indian troops vowed to attack the militants.", "THREATEN", "AGREE"),
    # over-reach: firing, removing, relieving what is no office holder
    ("The coach was fired on Monday.", "", "RETREAT"),
    ("The club sacked its head coach after the defeat.", "", "RETREAT"),
    ("The army fired the missile at the base.", "ASSAULT", "RETREAT"),
    ("Soldiers removed the roadblock near the border.", "", "RETREAT"),
    ("Government troops relieved the besieged town.", "", "RETREAT"),
    ("The board dismissed the chief executive of the bank.", "", "RETREAT"),
    ("The company fired its head of marketing.", "", "RETREAT"),
    # stay: an official dismissed
    ("The president sacked the defence minister.", "RETREAT", ""),
    ("The president removed the army chief from his post.", "RETREAT", ""),
    # over-reach: found + adjective that is no verdict
    ("The court found the law unconstitutional.", "", "SANCTION"),
    ("Villagers found him dead near the river.", "", "SANCTION"),
    ("The jury found him not guilty of murder.", "", "SANCTION"),
    # stay: a verdict
    ("The court found the mayor guilty of bribery.", "SANCTION", "ACCUSE"),
    # over-reach: a force attacking for a time is an attack
    ("Rebels attacked the convoy for three hours.", "ASSAULT", "ACCUSE"),
    ("Rebels attacked the town for the second time this week.", "ASSAULT", "ACCUSE"),
    # stay: an office holder attacking in words
    ("The prime minister attacked the opposition for blocking the budget.", "ACCUSE", "ASSAULT"),
    # appeals: for another act stays a request
    ("The bishop appealed to voters to reject violence.", "REQUEST", ""),
    ("The team crushed the opposition in the final.", "", "ASSAULT"),
    ("Police crushed the protest in the capital.", "ASSAULT", ""),
    # refusing demands is no meeting refused
    ("The government refused to meet the demands of the strikers.", "REJECT", "-CONSULT"),
    ("The government refused to meet the opposition leader.", "-CONSULT", "CONSULT"),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_types(text: str, present: str, absent: str) -> None:
    types = _types(text)
    if present:
        assert present in types, types
    if absent:
        assert absent not in types, types


def test_imagine_dragons_is_no_supposition() -> None:
    assert all(e.modality == "asserted" for e in _events("Imagine Dragons played a concert in Berlin."))


def test_say_after_its_subject_keeps_the_arrest_asserted() -> None:
    """Only a bare "Say" opening the clause supposes; "officials say" reports (a subjectless
    headline "Say officials arrested ..." is read as a supposition: kept, see the report)."""
    assert ("COERCE", "asserted") in _codes("Officials say police in Kenya arrested three protesters.")


def test_imagine_clause_is_hypothetical() -> None:
    assert ("ASSAULT", "hypothetical") in _codes("Imagine the rebels attacked the capital tomorrow.")


@XF(strict=True, reason="the gerund under the goal noun gets no party (roles_syntax: the subject of"
    " 'reached' is not carried to 'capturing'), so rules.keep drops it; modality is already asserted")
def test_goal_reached_keeps_the_act() -> None:
    codes = _codes("The army reached its goal of capturing the city.")
    assert any(t == "ASSAULT" and m == "asserted" for t, m in codes), codes


def test_quoted_command_is_hypothetical() -> None:
    codes = _codes('Protesters carried banners reading "Arrest the ministers" outside parliament.')
    assert ("COERCE", "asserted") not in codes, codes


def test_rejected_claims_code_only_the_denied_act() -> None:
    """docs/annotation.md: a denial that names the act is not coded separately; the act claimed is
    coded reported_denied."""
    codes = _codes("The ministry rejected claims that its troops shot protesters.")
    assert ("ASSAULT", "reported_denied") in codes, codes
    assert not any(t == "REJECT" for t, _ in codes), codes


def test_rejecting_a_plan_stays() -> None:
    assert "REJECT" in _types("The government rejected the proposal to hold talks with the rebels.")


def test_criticized_for_refusing_to_support_asserts_no_support() -> None:
    codes = _codes("The senator criticized the governor for refusing to support the aid bill.")
    assert ("SUPPORT", "asserted") not in codes, codes
    assert ("ACCUSE", "asserted") in codes, codes


@XF(strict=True, reason="'told' is no REQUEST trigger, and roles give the judge as doer of the jury's"
    " 'disregard' (roles_syntax, not this review's files)")
def test_judge_telling_the_jury_is_procedure() -> None:
    types = _types("The judge told the jury to disregard the testimony.")
    assert not types & {"REQUEST", "REJECT"}, types


def test_judge_ordering_a_witness_is_procedure() -> None:
    types = _types("The judge ordered the witness to leave the courtroom.")
    assert "REQUEST" not in types, types


def test_court_ordering_a_party_stays() -> None:
    assert "REQUEST" in _types("The court ordered the government to release the activists.")


def test_judge_ordering_a_defendant_stays() -> None:
    assert "REQUEST" in _types("The judge ordered the defendant to pay the victims.")


def test_goal_reached_keeps_a_resettlement() -> None:
    codes = _codes("The agency reached its goal of resettling 10,000 refugees.")
    assert ("AID", "asserted") in codes, codes


def test_rejected_accusations_stay_a_reject() -> None:
    """A denial that names no act is a REJECT (docs/annotation.md)."""
    assert "REJECT" in _types("The ministry rejected the accusations made by the opposition party.")


def test_dismissed_reports_code_only_the_denied_act() -> None:
    codes = _codes("The ministry dismissed reports that its jets bombed the village.")
    assert ("ASSAULT", "reported_denied") in codes, codes
    assert not any(t == "REJECT" for t, _ in codes), codes


def test_rejected_claims_naming_no_act_stay_a_reject() -> None:
    assert "REJECT" in _types("The ministry rejected claims that the economy is weak.")


def test_praised_for_agreeing_to_release_codes_no_release() -> None:
    codes = _codes("The envoy praised the rebels for agreeing to release the hostages.")
    assert not any(t in ("RETREAT", "AGREE") and m == "asserted" for t, m in codes), codes


@XF(strict=True, reason="'head' left out of {officeholder}: firms fire heads as often ('fired its head of"
    " marketing') and a light entry cannot ask that the firer be a government")
def test_head_of_the_army_sacked_is_a_resignation() -> None:
    assert "RETREAT" in _types("The president sacked the head of the army.")


def test_denied_claim_with_no_act_kept_stays_a_reject() -> None:
    """The REJECT goes only when the act its report names is itself coded (reported_denied)."""
    types = _types("The two governments rejected claims that their mining firms are robbing local farmers of"
                   " their land.")
    assert "REJECT" in types, types


def test_a_meeting_in_a_denied_claim_does_not_drop_the_reject() -> None:
    types = _types("The envoy dismissed accusations that his country buys drones from Iran at the summit.")
    assert "REJECT" in types, types
