"""Round 8 of the actor sectors (issue #20): economic intergovernmental bodies are GOV; a
member title "for" a body takes the body's sector ("staff attorney for the prosecutor's
office"); a name first written bare and later with an office is that office holder in every
mention.

The sentences and Phoenix lines are our own; the names are invented.
"""

from __future__ import annotations

import datetime as dt

from eventwire.actors import phoenix
from eventwire.actors.document import code_doc
from eventwire.actors.tabari import read_entries
from eventwire.records import Entity

DATE = dt.date(2024, 5, 3)

# our own Phoenix-format lines: an economic IGO, a UN agency with a function, an IGO head
PHOENIX_LINES = """\
HARBOUR_TRADE_COMMUNITY_ [IGOBUS]
UNITED_NATIONS_GRAIN_OFFICE_ [IGOUNOAGR]
LENA_VOSKUIJLEN_ [IGOBUS 20100101-20150101]
"""


def _convert(name: str) -> phoenix.Converted | None:
    entries = {e.names[0]: e for e in read_entries(PHOENIX_LINES.splitlines())}
    countries = set(phoenix.NON_STATE) | {"UNO"}
    return phoenix.convert(entries[name], "International", phoenix.Drops(), countries)


def test_an_economic_igo_is_gov_but_a_un_agency_and_people_keep_their_sector() -> None:
    bloc = _convert("HARBOUR_TRADE_COMMUNITY_")
    agency = _convert("UNITED_NATIONS_GRAIN_OFFICE_")
    head = _convert("LENA_VOSKUIJLEN_")
    assert bloc is not None and agency is not None and head is not None
    assert [(t.country, t.sector) for t in bloc.terms] == [("IGO", "GOV")]
    assert [(t.country, t.sector) for t in agency.terms] == [("UNO", "AGR")]
    assert [(t.country, t.sector) for t in head.terms] == [("IGO", "BUS")]


def _coded(nlp, knowledge, text: str) -> list[Entity]:
    return code_doc(nlp(text), text, knowledge, DATE)


def test_the_oecd_is_an_intergovernmental_government_body(nlp, knowledge) -> None:
    for text in ("The report was released by the OECD on Monday.",
                 "The Organisation for Economic Cooperation and Development cut its forecast."):
        [oecd] = [e for e in _coded(nlp, knowledge, text) if e.kind == "organisation"]
        assert (oecd.country, oecd.sector) == ("IGO", "GOV")


def test_a_member_title_for_an_unnamed_body_takes_its_sector(nlp, knowledge) -> None:
    coded = _coded(nlp, knowledge, "Matthew Lindqvist, executive staff attorney for the "
                                   "prosecutor's office, said his office had not been told.")
    [person] = [e for e in coded if e.kind == "person"]
    assert person.sector == "JUD"


def test_a_later_mention_with_an_office_corrects_the_bare_first_one(nlp, knowledge) -> None:
    text = ("The government of Nikos Andreadis did not anticipate the protests. Andreadis was "
            "silent. Greek Prime Minister Nikos Andreadis has dismissed calls for elections. "
            "Andreadis left.")
    people = [e for e in _coded(nlp, knowledge, text) if e.kind == "person"]
    assert len(people) == 4
    assert [(e.country, e.sector) for e in people] == [("GRC", "GOV")] * 4


def test_a_private_person_without_an_office_stays_a_civilian(nlp, knowledge) -> None:
    text = ("Ana Lindqvist sold her bakery on Monday. Television icon Ana Lindqvist said she "
            "would travel.")
    people = [e for e in _coded(nlp, knowledge, text) if e.kind == "person"]
    assert people and people[0].sector in ("CVL", None)
