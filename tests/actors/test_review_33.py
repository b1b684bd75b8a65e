"""Review of round 33's actors change (rv33a): five regressions it brought, and guards of its gains.

Probes of the review, reworded, and variants of our own, written before mending:
(1) a goods word ending a name ("Gold", "Cotton", "Timber") makes no company of a person's name,
    of a prize ("Olympic Gold") or of a currency;
(2) a known leader whose given name is written in parts or spelt otherwise keeps the match
    ("Lai Ching Te", "Hwang Kyo Ahn"), and so does a known one-word name before a place;
(3) a given name standing alone later is not the person it opened when it is a company's name
    the text refers to with "it";
(4) a demonym before a capitalised plural is one people group only when the plural names a
    people: not a sports team, an outlet or an ideology's followers ("Indian Maoists");
(5) a party's congress is no labour union.
"""

from __future__ import annotations

import pytest
from tests.actors.coding import coded, coding_params
from tests.actors.coding import coding as _coding

# (text, name whose last mention is checked, country, sector)
CODED = [
    # (1) a person named like a commodity keeps the appositive's coding
    ("Daniel Gold, a lawyer in Israel, said the verdict was unjust.", "Daniel Gold", "ISR", "JUD"),
    ("Samuel Timber, a pastor in Uganda, was detained on Sunday.", "Samuel Timber", "UGA", "REL"),
    ("Grace Sugar, a nurse in Ghana, said the wards were full.", "Grace Sugar", "GHA", "MED"),
    # (1) guard: a producer the recogniser tags an organisation and the text calls "it" stays a company
    ("Mopani Copper said it would cut 300 jobs in Kitwe.", "Mopani Copper", None, "BUS"),
    # (2) leaders known to the knowledge base, their given names spelt in parts
    ("Lai Ching Te told reporters that Taiwan wanted peace.", "Lai Ching Te", "TWN", "GOV"),
    ("Leung Chun Ying said the city would stay calm.", "Leung Chun Ying", "HKG", "ELI"),
    ("Hwang Kyo Ahn urged the party to unite.", "Hwang Kyo Ahn", "KOR", None),
    ("Prayut Chan O Cha promised an election next year.", "Prayut Chan O Cha", "THA", None),
    ("Yoon Seok-youl met business leaders in Busan.", "Yoon Seok-youl", "KOR", None),
    # guard: an unknown full name sharing a known one-word name is not that person
    ("Hassan Nour, a member of parliament in Egypt, asked for an inquiry into fuel prices.",
     "Hassan Nour", "EGY", "LEG"),
    # (4) guard: a people in a country
    ("Iraqi Kurds queued to vote in the referendum.", "Iraqi Kurds", "IRQ", "CVL"),
    pytest.param("Afghan Hazaras fled the fighting in the west.", "Afghan Hazaras", "AFG", "CVL",
                 id="Afghan Hazaras", marks=pytest.mark.xfail(strict=True, reason=(
                     'the recogniser tags the two words one PERSON name, which the mention rules take '
                     'for an unknown person before the people-name rule sees a demonym'))),
    # (5) labour bodies keep their lift; soldiers of a junta are the country's
    ("The Ghana Trades Union Congress called a general strike.", "Trades Union Congress", "GHA", "LAB"),
    ("Junta troops in Niger opened fire on a crowd.", "Junta troops", "NER", "MIL"),
]


@pytest.mark.parametrize(("text", "name", "country", "sector"), coding_params(CODED))
def test_coded(nlp, knowledge, text, name, country, sector):
    got = _coding(nlp, knowledge, text, name)
    if sector is None:   # only the country is checked
        assert got[0] == country, got
    else:
        assert got == (country, sector)


# (1) a goods word ending a name is no company's here: (text, name, the sector it must not get)
NOT_COMPANY = [
    ("Peter Cotton was detained in Mombasa on Friday.", "Peter Cotton"),
    ("Police arrested Ruth Sugar, 41, at her home in Kumasi.", "Ruth Sugar"),
    ("Daniel Gold said the talks had collapsed.", "Daniel Gold"),
    ("Zimbabwe Gold slid against the dollar this week.", "Zimbabwe Gold"),
]


@pytest.mark.parametrize(("text", "name"), NOT_COMPANY, ids=[c[1] for c in NOT_COMPANY])
def test_goods_word_makes_no_company(nlp, knowledge, text, name):
    found = [e for e in coded(nlp, knowledge, text) if name in e.text]
    assert all(e.sector != "BUS" for e in found), [(e.text, e.country, e.sector) for e in found]
    if name == "Zimbabwe Gold":
        assert all(e.country is None for e in found), [(e.text, e.country) for e in found]


def test_prize_is_no_company(nlp, knowledge):
    found = coded(nlp, knowledge, "She took Olympic Gold in Tokyo three years ago.")
    assert all(e.sector != "BUS" for e in found), [(e.text, e.sector) for e in found]


# (2) a known one-word name before a place: still the known person
def test_known_name_before_place(nlp, knowledge):
    found = [e for e in coded(nlp, knowledge, "Nawaz Lahore rally drew huge crowds.") if "Nawaz" in e.text]
    assert found and found[0].country == "PAK", [(e.text, e.country, e.sector) for e in found]


# (3) a given name that is a company's, referred to with "it"
def test_first_name_that_is_a_brand(nlp, knowledge):
    text = ("Mercedes Ortega, a nurse in Valencia, joined the walkout. "
            "Mercedes said it would recall 8,000 vans.")
    last = [e for e in coded(nlp, knowledge, text) if e.text == "Mercedes"]
    assert last and (last[-1].country, last[-1].sector) != ("ESP", "MED"), \
        [(e.text, e.country, e.sector) for e in last]


def test_first_name_alone_is_the_person(nlp, knowledge):
    text = ("Kasem Boonmee, a protest leader in Thailand, was arrested. "
            "Kasem said he would not stop.")
    last = [e for e in coded(nlp, knowledge, text) if e.text == "Kasem"]
    assert last and last[-1].sector == "OPP", [(e.text, e.country, e.sector) for e in last]


# (4) a demonym before a plural that names no people: no people group
NO_PEOPLE = [
    ("The Argentine Pumas lost to France in Lyon on Sunday.", "Pumas"),
    ("South African Springboks lifted the trophy in Paris.", "Springboks"),
    ("Egyptian Streets published the names of the detained.", "Streets"),
    ("Chinese Communists marked the anniversary in Shanghai.", "Communists"),
    ("Indian Maoists ambushed a police patrol in Jharkhand.", "Maoists"),
    ("Iraqi Baathists were banned from standing.", "Baathists"),
]


@pytest.mark.parametrize(("text", "word"), NO_PEOPLE, ids=[c[1] for c in NO_PEOPLE])
def test_no_people_group(nlp, knowledge, text, word):
    found = [e for e in coded(nlp, knowledge, text) if word in e.text]
    assert all(e.sector != "CVL" for e in found), [(e.text, e.country, e.sector) for e in found]


# (5) a party's congress is no union
def test_party_congress_is_no_union(nlp, knowledge):
    found = [e for e in coded(nlp, knowledge, "The Labour Party Congress voted on the manifesto in Leeds.")
             if "Congress" in e.text]
    assert found and all(e.sector != "LAB" for e in found), [(e.text, e.sector) for e in found]
