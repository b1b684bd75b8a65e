"""Round 7 of the rules for actors nobody listed (issue #20): what the shape of the text says.
The people of a town are its country's people ("New Yorkers", "Brooklynites", "Hong
Kongers"); countries the parser set in apposition are a list, not one actor; a name in
apposition with a person's occupation is a person however the recogniser tagged it; a
country's own body after "a dig at" is aimed at, not a place.

The sentences are our own; the names are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.actors.document import code_doc
from eventwire.records import Entity

DATE = dt.date(2024, 5, 3)


def _coded(nlp, knowledge, text: str) -> list[Entity]:
    return code_doc(nlp(text), text, knowledge, DATE)


def _by_text(nlp, knowledge, text: str) -> dict[str, tuple[str | None, str | None]]:
    return {e.text: (e.country, e.sector) for e in _coded(nlp, knowledge, text)}


@pytest.mark.parametrize(("text", "name", "country"), [
    ("The 29 New Yorkers wounded by the bomb were treated overnight.", "The 29 New Yorkers", "USA"),
    ("Hong Kongers are also among those moving to Japan.", "Hong Kongers", "HKG"),
    ("Brooklynites marched through the rain on Sunday.", "Brooklynites", "USA"),
    ("Parisians queued for bread after the strike.", "Parisians", "FRA"),
])
def test_the_people_of_a_town_are_civilians_of_its_country(nlp, knowledge, text, name,
                                                           country) -> None:
    assert _by_text(nlp, knowledge, text)[name] == (country, "CVL")


def test_a_club_named_like_a_demonym_is_no_demonym(nlp, knowledge) -> None:
    coded = _by_text(nlp, knowledge, "The Mariners beat the Rangers on Sunday.")
    assert all(sector != "CVL" for _, sector in coded.values())


def test_countries_in_apposition_are_a_list(nlp, knowledge) -> None:
    coded = _by_text(nlp, knowledge, "Brunei, Malaysia, the Philippines and Vietnam claim parts "
                                     "of the sea.")
    assert coded["Brunei"] == ("BRN", "GOV")
    assert coded["Malaysia"] == ("MYS", "GOV")


def test_a_country_before_a_person_is_not_their_country(nlp, knowledge) -> None:
    coded = _by_text(nlp, knowledge, "Lawmakers would allow families to sue Saudi Arabia, "
                                     "Republican nominee Mitt Romney apparently disagrees with them.")
    assert coded["Saudi Arabia"] == ("SAU", "GOV")
    assert coded["Republican nominee Mitt Romney"] == ("USA", "PTY")


def test_a_town_before_its_country_stays_one_place(nlp, knowledge) -> None:
    texts = [e.text for e in _coded(nlp, knowledge, "Officials in Perth, Australia said the "
                                                    "port would close.")]
    assert "Perth" not in texts


@pytest.mark.parametrize(("text", "name"), [
    ("Another passenger, Allah Rakha, told reporters that he ran for his life.", "Allah Rakha"),
    ("Another villager, Allah Ditta, said the soldiers fled.", "Allah Ditta"),
    ('"I feel sorry for the young," said 40-year-old Tsikala Stephania, a public sector worker.',
     "Tsikala Stephania"),
])
def test_a_name_in_apposition_with_an_occupation_is_a_person(nlp, knowledge, text,
                                                             name) -> None:
    assert any(name in e.text for e in _coded(nlp, knowledge, text))


def test_a_club_in_apposition_is_no_person(nlp, knowledge) -> None:
    coded = _coded(nlp, knowledge, "Its largest shareholder, Tarrant Bank, sold the stake.")
    assert all(e.kind != "person" for e in coded)


def test_a_dig_at_a_countrys_military_is_aimed_at_the_military(nlp, knowledge) -> None:
    coded = _by_text(nlp, knowledge, "Some saw the remark as a dig at China’s military.")
    assert coded["China’s military"] == ("CHN", "MIL")


def test_a_meeting_held_at_a_ministry_is_where_it_happened(nlp, knowledge) -> None:
    coded = _by_text(nlp, knowledge, "The talks were held at Kenya's foreign ministry in Nairobi.")
    assert "Kenya's foreign ministry" not in coded
