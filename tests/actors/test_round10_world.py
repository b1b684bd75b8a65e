"""Round 10 of the actor codes (issue #20): armed forces, intergovernmental bodies, officials
and group nouns at world scale.

The sentences are our own. The demonym sweep codes one sentence per demonym of
``where/data/demonyms.tsv`` through the actors' own tables.
"""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import datafiles
from eventwire.actors.document import code_doc
from eventwire.records import Entity

DATE = dt.date(2024, 5, 3)


def _coded(nlp, knowledge, text: str, date: dt.date = DATE) -> list[Entity]:
    return code_doc(nlp(text), text, knowledge, date)


def _first(nlp, knowledge, text: str, date: dt.date = DATE) -> tuple[str, str | None, str | None]:
    actor = _coded(nlp, knowledge, text, date)[0]
    return actor.text, actor.country, actor.sector


def _demonyms() -> list[tuple[str, str]]:
    rows = []
    for line in datafiles.path("where", "demonyms.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        demonym, place = line.split("\t")[:2]
        if len(place) == 3 and place.isupper():
            rows.append((demonym, place))
    return rows


# ---- every demonym's armed forces, officials and people --------------------------------------

@pytest.mark.parametrize("template, sector", [
    ("The {} Army said it had repelled the attack.", "MIL"),
    ("{} troops shelled the town on Monday.", "MIL"),
    ("A senior {} official said talks would resume.", "GOV"),
    ("{} farmers protested in the capital.", "AGR"),
])
def test_every_demonym_codes_its_forces_officials_and_people(nlp, knowledge, template: str,
                                                             sector: str) -> None:
    wrong = []
    for demonym, code in _demonyms():
        text = template.format(demonym)
        span, country, coded = _first(nlp, knowledge, text)
        if demonym.lower() not in span.lower() or (country, coded) != (code, sector):
            wrong.append((text, span, country, coded))
    assert not wrong


def test_a_dissolved_bodys_generic_name_is_read_word_by_word(nlp, knowledge) -> None:
    """"Afghan police" named the republic's police until 2021; after it the words still say
    the country's police."""
    assert _first(nlp, knowledge, "Afghan police arrested three men in Herat.")[1:] == ("AFG", "COP")
    assert _first(nlp, knowledge, "The Afghan army shelled the valley.")[1:] == ("AFG", "MIL")
    assert _first(nlp, knowledge, "Afghan police arrested three men in Herat.",
                  dt.date(2019, 5, 3))[1:] == ("AFG", "COP")
    # a party's proper name is no role noun: Sudan's dissolved party is not India's Congress
    assert _first(nlp, knowledge, "Protesters demanded that the National Congress Party be "
                                  "dissolved.", dt.date(2020, 5, 3))[1] != "IND"


def test_a_general_staff_and_mercenaries(nlp, knowledge) -> None:
    assert _first(nlp, knowledge, "Ukraine's General Staff said it repelled 50 attacks.")[1:] \
        == ("UKR", "MIL")
    coded = _coded(nlp, knowledge, "The Malian army and Russian mercenaries killed civilians.")
    assert ("Russian mercenaries", "RUS", "PRM") in [(e.text, e.country, e.sector) for e in coded]


# ---- intergovernmental bodies ---------------------------------------------------------------

def test_a_known_body_named_through_its_owner_is_itself(nlp, knowledge) -> None:
    """"The UN's World Food Programme" is the WFP (as "the World Food Programme" is), not the UN."""
    alone = _first(nlp, knowledge, "The World Food Programme cut rations in Yemen.")[1:]
    assert _first(nlp, knowledge, "The UN's World Food Programme cut rations in Yemen.")[1:] == alone


def test_the_bloc_and_the_alliance_are_the_body_named_before(nlp, knowledge) -> None:
    coded = _coded(nlp, knowledge, "The European Union agreed new sanctions on Monday. The "
                                   "bloc's foreign ministers met in Brussels.")
    assert [(e.country, e.sector) for e in coded] == [("EUR", "GOV"), ("EUR", "GOV")]
    coded = _coded(nlp, knowledge, "NATO said it would respond. The alliance sent jets to Poland.")
    assert coded[1].text == "The alliance" and coded[1].country == coded[0].country == "IGO"
    coded = _coded(nlp, knowledge, "The opposition alliance won the vote. The alliance said it "
                                   "would form a government.")
    assert all(e.country != "IGO" for e in coded)
    coded = _coded(nlp, knowledge, "NATO met on Monday. He founded the Alliance of Democracies.")
    assert all(e.country != "IGO" for e in coded if "Alliance" in e.text)


# ---- officials and people placed by the text ------------------------------------------------

def test_police_courts_and_officials_in_a_city_are_its_countrys(nlp, knowledge) -> None:
    assert _first(nlp, knowledge, "Police in Karachi arrested three men.")[1:] == ("PAK", "COP")
    assert _first(nlp, knowledge, "Officials in Lagos closed the markets.")[1:] == ("NGA", "GOV")
    # diplomats are often posted abroad, migrants and tourists came from elsewhere
    assert _first(nlp, knowledge, "Diplomats in Kabul met the minister.")[1] is None
    assert _first(nlp, knowledge, "Migrants in Libya were detained.")[1] != "LBY"
    assert _first(nlp, knowledge, "Tourists in Bali were evacuated.")[1] != "IDN"


def test_believers_migrants_and_ethnic_names_are_people(nlp, knowledge) -> None:
    for text, expected in (("Rohingya Muslims fled to Bangladesh.", ("MMR", "CVL")),
                           ("Indian Muslims protested the law.", ("IND", "CVL")),
                           ("Chinese migrants say life in Japan is good.", ("CHN", "CVL")),
                           ("They are depriving ethnic Baloch of jobs.", ("PAK", "CVL")),
                           ("Zimbabweans crossed into South Africa.", ("ZWE", "CVL"))):
        actor = next(e for e in _coded(nlp, knowledge, text) if e.country == expected[0])
        assert (actor.country, actor.sector) == expected, text
    assert _first(nlp, knowledge, "Syrian refugees crossed into Turkey.")[1:] == ("SYR", "REF")
