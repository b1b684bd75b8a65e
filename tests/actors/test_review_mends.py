"""Mends after a review of rounds 9 and 10 of the actor codes (issue #20): misfires a reader
would notice on ordinary news. The sentences are our own."""

from __future__ import annotations

import datetime as dt

from eventwire.actors.document import code_doc

DATE = dt.date(2024, 5, 3)


def _first(nlp, knowledge, text: str) -> tuple[str | None, str | None]:
    actor = code_doc(nlp(text), text, knowledge, DATE)[0]
    return actor.country, actor.sector


def test_a_newcomer_is_not_of_the_place_they_are_in(nlp, knowledge):
    tourist = "John Mbeki, a tourist in Bali, was arrested on Monday."
    officer = "Ana Ruiz, a police officer in Mumbai, was arrested on Monday."
    assert _first(nlp, knowledge, tourist)[0] is None
    assert _first(nlp, knowledge, officer) == ("IND", "COP")


def test_a_state_body_dealing_with_rights_is_no_rights_group(nlp, knowledge):
    commission = "The National Human Rights Commission said the detentions were unlawful."
    centre = "The Harbour Rights Centre said the detentions were unlawful."
    assert _first(nlp, knowledge, commission)[1] != "SOC"
    assert _first(nlp, knowledge, centre)[1] == "SOC"


def test_a_hyphenated_vice_president_takes_the_sector_of_their_company(nlp, knowledge):
    assert _first(nlp, knowledge, "The Toyota vice-president said sales would rise.")[1] == "BUS"
