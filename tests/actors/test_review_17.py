"""Review findings on rounds 17-18's actors (issue #20).

A person arrested or charged for acting in a public role keeps that role's sector
(docs/annotation.md, "Sectors of offenders, suspects and victims"): an activist or a protester
arrested stays CVL, as a journalist stays JRN; only a person the text describes by no public
role, or charges with an ordinary crime, becomes CRM. And a surname a company of the document
also bears, beside "shares" or "stock", is the company's, not the person's.

The sentences are our own; the names are invented.
"""

from __future__ import annotations

import pytest
from tests.actors.coding import coded as _coded
from tests.actors.coding import coding as _coding

# (text, name whose last mention is checked, sector)
PUBLIC_ROLES = [
    # the review's probe
    ("Police in Cairo arrested Maria Chen, a prominent human rights activist.",
     "Maria Chen", "CVL"),
    ("Police in Cairo arrested Maria Chen, an activist.", "Maria Chen", "CVL"),
    ("Maria Chen, a democracy activist, was arrested on Monday.", "Maria Chen", "CVL"),
    ("Climate activist Tomas Varek was arrested outside parliament in Prague.",
     "Tomas Varek", "CVL"),
    ("Police detained Lina Sorour, a protester, and charged her with illegal assembly.",
     "Lina Sorour", "CVL"),
    # the surname named again keeps the activist's sector
    ("Rights activist Mariam Diallo spoke in Bamako. Diallo was arrested on Monday.",
     "Diallo", "CVL"),
    ("Maria Chen, a pro-democracy activist, spoke in Hong Kong. Police arrested Chen a day "
     "later.", "Chen", "CVL"),
    # other public roles keep theirs, as before
    ("Police in Cairo arrested Maria Chen, a journalist.", "Maria Chen", "JRN"),
    # described by no public role, or charged with an ordinary crime: a criminal
    ("Police in Cairo arrested Maria Chen on Friday.", "Maria Chen", "CRM"),
    ("Police in Cairo arrested Maria Chen, a 41-year-old resident.", "Maria Chen", "CRM"),
    ("Former college football player Tomas Orlik was sentenced on Saturday.", "Tomas Orlik", "CRM"),
    ("Maria Chen, a human rights activist, was charged with murder on Monday.",
     "Maria Chen", "CRM"),
    ("Rights activist Mariam Diallo spoke in Bamako. Diallo was charged with fraud on Monday.",
     "Diallo", "CRM"),
    ("Maria Chen, a human rights activist, was charged with illegal assembly.", "Maria Chen", "CVL"),
    ("Climate activist Tomas Varek was arrested on murder charges.", "Tomas Varek", "CRM"),
    ("Climate activist Tomas Varek was arrested on suspicion of drug trafficking.",
     "Tomas Varek", "CRM"),
]


@pytest.mark.parametrize(("text", "name", "sector"), PUBLIC_ROLES)
def test_a_public_role_arrested_keeps_its_sector(nlp, knowledge, text, name, sector) -> None:
    assert _coding(nlp, knowledge, text, name)[1] == sector


def test_a_surname_a_company_bears_is_not_the_person(nlp, knowledge) -> None:
    text = ("Mr. Ford, chairman of the party, said Ford Motor would close a plant. "
            "Ford shares fell.")
    last = [e for e in _coded(nlp, knowledge, text) if e.text == "Ford"]
    assert [(e.country, e.sector) for e in last] == [("USA", "BUS")]


@pytest.mark.parametrize(("text", "name"), [
    ("Mr. Ford, chairman of the party, spoke on Monday. Ford shares fell.", "Ford"),
    ("Mr. Ford, chairman of the party, spoke on Monday. Ford stock fell by a tenth.", "Ford"),
    ("Ms. Ford, a party spokeswoman, said Ford Motor would cut jobs. Ford said sales fell.",
     "Ford"),
])
def test_a_surname_a_company_bears_is_not_the_person_again(nlp, knowledge, text, name) -> None:
    last = [e for e in _coded(nlp, knowledge, text) if e.text == name]
    assert last and all(e.sector not in ("GOV", "PTY") for e in last)


def test_a_surname_named_again_is_still_the_person(nlp, knowledge) -> None:
    text = ("Tarek Benhamoudi, a professor at Algiers University, said the law was flawed. "
            "Benhamoudi said students would protest.")
    assert _coding(nlp, knowledge, text, "Benhamoudi")[1] == "EDU"
