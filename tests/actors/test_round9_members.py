"""Round 9 of the actor sectors (issue #20): people by the organisation the text says they work
for, organisations by the shape of their names, and broad curated knowledge (trade union
centres, national outlets, a war monitor); later mentions of a name of three words or more.

The sentences are our own; the people and the small organisations are invented.
"""

from __future__ import annotations

import datetime as dt

from eventwire.actors.document import code_doc
from eventwire.records import Entity

DATE = dt.date(2024, 5, 3)


def _coded(nlp, knowledge, text: str) -> list[Entity]:
    return code_doc(nlp(text), text, knowledge, DATE)


def _people(nlp, knowledge, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.text, e.country, e.sector) for e in _coded(nlp, knowledge, text)
            if e.kind == "person"]


def _organisation(nlp, knowledge, text: str) -> tuple[str | None, str | None]:
    """Country and sector of the sentence's first actor, its subject."""
    org = _coded(nlp, knowledge, text)[0]
    return org.country, org.sector


# ---- a president or a researcher belongs to the organisation named beside the title ---------

def test_a_president_of_a_named_body_takes_its_sector(nlp, knowledge) -> None:
    people = _people(nlp, knowledge, "John Okafor, president of the Nigeria Labour Congress, "
                                     "said the strike would go ahead. Okafor met the minister.")
    assert [(c, s) for _, c, s in people] == [("NGA", "LAB"), ("NGA", "LAB")]
    [(_, country, sector)] = _people(nlp, knowledge,
                                     "Toyota president Kenji Mori apologised for the recall.")
    assert (country, sector) == ("JPN", "BUS")


def test_a_president_beside_a_country_or_alone_stays_the_government(nlp, knowledge) -> None:
    coded = _coded(nlp, knowledge, "Chilean President Ana Ruiz flew to Lima. The president "
                                   "said trade would grow.")
    assert [e.sector for e in coded if e.text.lower().startswith(("chilean", "the president"))] \
        == ["GOV", "GOV"]


def test_a_member_title_takes_the_sector_an_unknown_organisation_states(nlp, knowledge) -> None:
    for text in ("Mark Dunn, chairman of Harbour Holdings, resigned on Friday.",
                 "Mark Dunn, chairman of Harbour Shipping Group, resigned on Friday.",
                 "Acme Logistics spokesman Bill Harris declined to comment."):
        [(_, _, sector)] = _people(nlp, knowledge, text)
        assert sector == "BUS", text


def test_a_researcher_at_an_ngo_is_civil_society(nlp, knowledge) -> None:
    [(_, country, sector)] = _people(nlp, knowledge, "Anna Meyer, a researcher at Human Rights "
                                                     "Watch, said the trial was unfair.")
    assert (country, sector) == ("NGO", "SOC")
    [(_, _, sector)] = _people(nlp, knowledge, "Anna Meyer, a researcher at Cairo University, "
                                               "said the drought was worsening.")
    assert sector == "EDU"


def test_an_unknown_outlet_owning_a_name_makes_a_journalist(nlp, knowledge) -> None:
    people = _people(nlp, knowledge, "The Harbour Courier's Anna Meyer reported from Kyiv on "
                                     "Tuesday. Meyer said shelling continued.")
    assert [s for _, _, s in people] == ["JRN", "JRN"]
    [(_, _, sector)] = _people(nlp, knowledge, "Greenway Foundation's Anna Meyer said the law "
                                               "was unfair.")
    assert sector == "SOC"


# ---- where the text places a person -----------------------------------------------------------

def test_a_person_placed_in_a_city_is_of_its_country(nlp, knowledge) -> None:
    people = _people(nlp, knowledge, "Rajesh Kumar, a police officer in Mumbai, said the "
                                     "suspects fled. Kumar said the search continued.")
    assert [(c, s) for _, c, s in people] == [("IND", "COP"), ("IND", "COP")]
    [(_, country, sector)] = _people(nlp, knowledge, "Maria Santos, a nurse at the Central "
                                                     "Hospital in Manila, treated the wounded.")
    assert (country, sector) == ("PHL", "MED")


def test_a_correspondent_or_diplomat_abroad_is_not_placed(nlp, knowledge) -> None:
    for text in ("Anna Meyer, a correspondent in Moscow, was expelled.",
                 "Ivan Petrov, a diplomat in Kabul, was recalled."):
        [(_, country, _)] = _people(nlp, knowledge, text)
        assert country is None, text


# ---- names of three words or more -------------------------------------------------------------

def test_a_surname_of_two_words_is_the_earlier_full_name(nlp, knowledge) -> None:
    people = _people(nlp, knowledge, "Omar Abdel Karim, a teacher in Cairo, was detained on "
                                     "Monday. Abdel Karim was freed on Friday.")
    assert [(c, s) for _, c, s in people] == [("EGY", "EDU"), ("EGY", "EDU")]


def test_a_known_name_the_recogniser_goes_on_past_is_someone_else(nlp, knowledge) -> None:
    coded = [e for e in _coded(nlp, knowledge, "Juan Carlos de la Cruz, a police officer in "
                               "Manila, was shot. De la Cruz died in hospital.")
             if e.kind == "person"]
    assert [e.known_as for e in coded] == [None, None]
    assert [(e.country, e.sector) for e in coded] == [("PHL", "COP"), ("PHL", "COP")]


# ---- organisations by name and by curated knowledge -------------------------------------------

def test_company_and_paper_words_in_unknown_names(nlp, knowledge) -> None:
    assert _organisation(nlp, knowledge, "The Lagos Chamber of Commerce criticised the "
                                         "tax.") == ("NGA", "BUS")
    assert _organisation(nlp, knowledge, "Harbour Shipping Group said it would cut "
                                         "jobs.")[1] == "BUS"
    assert _organisation(nlp, knowledge, "The Valley Chronicle reported the leak.")[1] == "JRN"
    assert _organisation(nlp, knowledge, "Capital Economics cut its forecast.")[1] == "BUS"


def test_trade_union_centres_outlets_and_a_war_monitor_are_known(nlp, knowledge) -> None:
    assert _organisation(nlp, knowledge, "The TUC called a strike.") == ("GBR", "LAB")
    assert _organisation(nlp, knowledge, "Histadrut called a general strike.") == ("ISR", "LAB")
    assert _organisation(nlp, knowledge, "The Guardian reported the leak.") == ("GBR", "JRN")
    assert _organisation(nlp, knowledge, "El Tiempo reported the attack.") == ("COL", "JRN")
    assert _organisation(nlp, knowledge, "Anduril won the drone contract.") == ("USA", "BUS")
    assert _organisation(nlp, knowledge, "The Syrian Observatory for Human Rights said 20 "
                                         "people died.") == ("SYR", "SOC")


def test_an_organisation_parted_from_the_title_by_punctuation_is_not_its_body(nlp, knowledge
                                                                              ) -> None:
    coded = _coded(nlp, knowledge, "CNN: France's President Emmanuel Macron visited Beijing "
                                   "last week. Why did he go?")
    [macron] = [e for e in coded if "Macron" in e.text]
    assert (macron.country, macron.sector) == ("FRA", "GOV")


def test_a_place_inside_what_a_person_studies_does_not_place_them(nlp, knowledge) -> None:
    [(_, country, _)] = _people(nlp, knowledge, "Anna Meyer, the author of a book on trade "
                                                "in Russia, said sanctions would stay.")
    assert country is None
