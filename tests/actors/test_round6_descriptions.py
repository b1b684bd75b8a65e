"""Round 6 of the rules for people nobody listed (issue #20): what the text says of a named
person gives their sector. A copula says what they are ("Ana Ruiz is a reporter for ...") as
an apposition does; a relative clause says what they lead ("who heads the ... Foundation")
or that they are accused ("who is suspected of arson"); a named gunman is no unidentified
one; the wider vocabulary of occupations is coded as docs/annotation.md §3 places it; and the
sector carries to the person's later mentions.

The sentences are our own; the names are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.actors.document import code_doc
from eventwire.records import Entity

DATE = dt.date(2024, 5, 3)


def _coded(nlp, knowledge, text: str) -> list[Entity]:
    return [e for e in code_doc(nlp(text), text, knowledge, DATE) if e.kind == "person"]


def _sectors(nlp, knowledge, text: str) -> list[str | None]:
    return [e.sector for e in _coded(nlp, knowledge, text)]


@pytest.mark.parametrize(("text", "sector"), [
    ("Sara Quill is a reporter for the Harlow Globe. Quill said the vote was delayed.", "JRN"),
    ("Sara Quill is a spokeswoman for Tarrant Bank. Quill declined to comment.", "BUS"),
])
def test_a_copular_description_gives_the_sector_to_every_mention(nlp, knowledge, text,
                                                                 sector) -> None:
    assert _sectors(nlp, knowledge, text) == [sector, sector]


def test_a_relative_clause_naming_what_the_person_heads(nlp, knowledge) -> None:
    text = ("Ali Hassan, who heads the Greenway Foundation, urged calm. Mr. Hassan said donors "
            "were worried.")
    assert _sectors(nlp, knowledge, text) == ["SOC", "SOC"]


@pytest.mark.parametrize("clause", ["who is accused of killing two people",
                                    "who is suspected of arson"])
def test_a_relative_clause_accusing_the_person(nlp, knowledge, clause) -> None:
    text = f"Jake Milner, {clause}, appeared in court on Monday. Milner said nothing."
    assert _sectors(nlp, knowledge, text) == ["CRM", "CRM"]


def test_a_named_gunman_is_a_criminal(nlp, knowledge) -> None:
    text = "Gunman Jake Milner opened fire at the mall. Milner was caught an hour later."
    assert _sectors(nlp, knowledge, text) == ["CRM", "CRM"]


@pytest.mark.parametrize(("description", "sector"), [
    ("a columnist", "JRN"),
    ("a pollster", "BUS"),
    ("a lobbyist", "BUS"),
    ("a trade unionist", "LAB"),
    ("a retiree", "CVL"),
    ("a newscaster", "JRN"),
])
def test_occupations_in_apposition(nlp, knowledge, description, sector) -> None:
    text = f"Sara Quill, {description}, spoke at the rally on Monday."
    assert _sectors(nlp, knowledge, text) == [sector]


def test_a_strategist_of_a_party(nlp, knowledge) -> None:
    text = "Paul Garnet, a Republican strategist, said the bill was weak."
    assert _sectors(nlp, knowledge, text) == ["PTY"]
