"""Review of round 29's private-person test (fix28k): a capitalised word right before a lone
surname counts as a given name ("a la Jon Stewart" tagged "Stewart"), but an honorific
("Mr", "Mrs", "Dr") or a kin noun ("Uncle", "Grandma") before it is no given name, so the
surname alone is no full name and no private person (CVL, or CRM when arrested).

Probes of our own, written before mending; the names are invented. The last cases are shapes
already coded that must stay so (a full name split by the recogniser stays a private person).
"""

from __future__ import annotations

import pytest
from tests.actors.coding import coding as _coding
from tests.actors.coding import coding_params

# (text, name whose last mention is checked, country, sector)
CASES = [
    # ---- the review's probes: an honorific or a kin word is no given name
    ("Mr Stewart was arrested by police.", "Stewart", None, None),
    ("Uncle Stewart was arrested by police.", "Stewart", None, None),
    # ---- the same family in other words
    ("Mrs Dalworth was detained by police after the raid on the warehouse.", "Dalworth", None, None),
    ("Police said Ms Harrowgate was held overnight in the cells.", "Harrowgate", None, None),
    ("Aunt Morwenna was arrested at the border with two bags of cash.", "Morwenna", None, None),
    ("Grandma Tillbrook was charged with theft after the fair.", "Tillbrook", None, None),
    ("The boy said Cousin Pelgrave had been taken away by officers.", "Pelgrave", None, None),
    # ---- must stay: full names, also when the recogniser splits them
    ("Brenna Tolvard was arrested by police on Monday.", "Brenna Tolvard", None, "CRM"),
    ("Keith Dorran Pell's wife pleads for his life. The wife of a man shot by police spoke.",
     "Keith Dorran Pell", None, "CVL"),
    ("Keep the jokes short, a la Dan Whitcombe. Whitcombe did that well last year.",
     "Whitcombe", None, "CVL"),
    ("Oren Tavisky, an analyst at a bank in Tel Aviv, said rates would fall.",
     "Oren Tavisky", "ISR", "BUS"),
    # ---- must stay (_affiliated, as its comments now say): a named person's noun with no
    # sector takes the workplace's; a noun with its own sector keeps it
    ("Ilsa Varrow, an analyst at a bank, said rates would fall.", "Ilsa Varrow", None, "BUS"),
    ("Ilsa Varrow, a researcher at a hospital, said the virus was spreading.", "Ilsa Varrow", None, "EDU"),
]

# the invented names the knowledge base must not know
UNKNOWN = ["Stewart", "Dalworth", "Harrowgate", "Morwenna", "Tillbrook", "Pelgrave", "Brenna Tolvard",
           "Keith Dorran Pell", "Dan Whitcombe", "Oren Tavisky", "Ilsa Varrow"]


@pytest.mark.parametrize("name", UNKNOWN[1:])
def test_names_are_unknown(ids_of, name):
    assert not ids_of(name)


@pytest.mark.parametrize(("text", "name", "country", "sector"), coding_params(CASES))
def test_honorific_or_kin_word_is_no_given_name(nlp, knowledge, text, name, country, sector):
    assert _coding(nlp, knowledge, text, name) == (country, sector)
