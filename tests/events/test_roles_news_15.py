"""Both sides of the dyad, roles round 5 (issue 19): where the people an act moves are sent
("deported 40 refugees *to Somalia*", "forced back *to China*") is a destination, not the
target; what a joint act is about ("a meeting *on Somalia*", "talks *about Ukraine*") is its
topic, not a party; the giver of support, aid or a demand named after "from" ("with support
*from France*", "a request from X") is the source; and whoever reports a gerund that heads a
reported clause ("X says *fighting* in Y has forced ...") is not its doer."""

from __future__ import annotations

import pytest

from tests.events.conftest import countries


def _token(doc, word: str):
    return next(t for t in doc if t.lower_ == word)


def _event(article, trigger: str):
    found = [e for e in article.events if e.trigger.text.lower().startswith(trigger)]
    assert found, [(e.type, e.trigger.text) for e in article.events]
    return found[0]


def _sides(article):
    return [(e.type, e.trigger.text, [a.text for a in e.actor], [r.text for r in e.recipient])
            for e in article.events]


@pytest.mark.parametrize(("sentence", "verb", "where"), [
    ("Kenya deported 40 refugees to Somalia on Monday.", "deported", ["Somalia"]),
    ("Thailand deported 173 women and children to Turkey in 2015.", "deported", ["Turkey"]),
    ("The detainees were deported to Honduras and Venezuela.", "deported", ["Honduras", "Venezuela"]),
    ("Police sent the migrants back to Libya.", "sent", ["Libya"]),
    ("Myanmar banished the monks to Sagaing.", "banished", ["Sagaing"]),
])
def test_where_the_moved_are_sent_is_a_destination(nlp, sentence, verb, where):
    from eventwire.events.roles_syntax import destinations

    doc = nlp(sentence)
    assert [t.text for t in destinations(_token(doc, verb))] == where


@pytest.mark.parametrize(("sentence", "verb"), [
    ("Germany sent troops to Mali.", "sent"),
    ("The minister sent a letter to Kenya.", "sent"),
    ("Chad returned the border town to Niger.", "returned"),
    ("Germany extradited the suspect to Poland.", "extradited"),
])
def test_a_sending_or_giving_verb_has_no_destination(nlp, sentence, verb):
    from eventwire.events.roles_syntax import destinations

    doc = nlp(sentence)
    assert destinations(_token(doc, verb)) == []


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "parties", "source", "place"), [
    ("Kenya deported 40 refugees to Somalia on Monday.", {"Kenya": "KEN", "Somalia": "SOM"}, "KEN", "SOM"),
    ("Thailand deported 173 women and children to Turkey in 2015.",
     {"Thailand": "THA", "Turkey": "TUR"}, "THA", "TUR"),
    ("Malaysia expelled the two activists to Myanmar.", {"Malaysia": "MYS", "Myanmar": "MMR"}, "MYS", "MMR"),
    ("Pakistani police deported 300 Afghans to Afghanistan.",
     {"Pakistani police": "PAK", "Afghanistan": "AFG"}, "PAK", "AFG"),
    ("Italian police sent the migrants back to Libya.", {"Italian police": "ITA", "Libya": "LBY"},
     "ITA", "LBY"),
])
def test_a_destination_of_deportation_is_no_target(coded, sentence, parties, source, place):
    article = coded(sentence, parties)
    moved = [e for e in article.events if source in countries(e.actor)]
    assert moved, _sides(article)
    assert all(place not in countries(e.recipient) for e in moved), _sides(article)


@pytest.mark.slow
def test_an_extradition_goes_to_its_counterpart(coded):
    article = coded("Germany extradited the suspect to Poland.", {"Germany": "DEU", "Poland": "POL"})
    assert "POL" in countries(_event(article, "extradited").recipient), _sides(article)


@pytest.mark.slow
def test_the_deported_stay_the_target(coded):
    article = coded("Kenya deported 40 refugees to Somalia on Monday.", {"Kenya": "KEN", "Somalia": "SOM"})
    assert [r.text for r in _event(article, "deported").recipient] == ["40 refugees"]


@pytest.mark.slow
def test_a_passive_deportation_keeps_its_patient_not_its_destinations(coded):
    article = coded("Many of the detainees were deported to Honduras and Venezuela.",
                    {"Honduras": "HND", "Venezuela": "VEN"})
    deported = _event(article, "deported")
    assert not countries(deported.recipient) & {"HND", "VEN"}, _sides(article)


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "parties", "topic"), [
    ("Ethiopian officials held a meeting on Somalia with Kenyan officials.",
     {"Ethiopian officials": "ETH", "Somalia": "SOM", "Kenyan officials": "KEN"}, "SOM"),
    ("The council held a meeting on Afghanistan this week.",
     {"The council": "UNO", "Afghanistan": "AFG"}, "AFG"),
    ("French and German ministers held talks about Ukraine on Friday.",
     {"French": "FRA", "German": "DEU", "Ukraine": "UKR"}, "UKR"),
    ("Egypt and Qatar met over Gaza in Cairo.", {"Egypt": "EGY", "Qatar": "QAT", "Gaza": "PSE"}, "PSE"),
])
def test_the_topic_of_a_joint_act_is_no_party(coded, sentence, parties, topic):
    article = coded(sentence, parties)
    joint = [e for e in article.events if e.type == "CONSULT"]
    assert joint, _sides(article)
    assert all(topic not in countries(e.actor + e.recipient) for e in joint), _sides(article)


@pytest.mark.slow
def test_a_joint_act_with_a_party_keeps_it(coded):
    article = coded("Ethiopian officials held talks with Kenya on Monday.",
                    {"Ethiopian officials": "ETH", "Kenya": "KEN"})
    talks = _event(article, "held talks")
    assert countries(talks.actor + talks.recipient) == {"ETH", "KEN"}, _sides(article)


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "parties", "givers"), [
    ("The bill has enough votes to pass, with support from France, Greece and Italy.",
     {"France": "FRA", "Greece": "GRC", "Italy": "ITA"}, {"FRA", "GRC", "ITA"}),
    ("The plan has strong support from Japan.", {"Japan": "JPN"}, {"JPN"}),
    ("The measure passed with support from Japan.", {"Japan": "JPN"}, {"JPN"}),
])
def test_the_giver_after_from_is_the_source(coded, sentence, parties, givers):
    article = coded(sentence, parties)
    given = [e for e in article.events if e.type in ("SUPPORT", "AID")]
    assert given and countries(given[0].actor) == givers, _sides(article)
    assert not countries(given[0].recipient) & givers, _sides(article)


@pytest.mark.slow
def test_threats_from_a_party_are_its_own(coded):
    article = coded("Threats from Iran worry Israel.", {"Iran": "IRN", "Israel": "ISR"})
    assert countries(_event(article, "threats").actor) == {"IRN"}, _sides(article)


@pytest.mark.slow
def test_who_receives_a_request_is_its_target(coded):
    article = coded("Kenya received a request from Uganda.", {"Kenya": "KEN", "Uganda": "UGA"})
    request = _event(article, "request")
    assert (countries(request.actor), countries(request.recipient)) == ({"UGA"}, {"KEN"}), _sides(article)


@pytest.mark.slow
def test_a_withdrawal_from_a_country_takes_no_source_from_it(coded):
    article = coded("The withdrawal of U.S. troops from Afghanistan ended in August.",
                    {"U.S. troops": "USA", "Afghanistan": "AFG"})
    withdrawal = _event(article, "withdrawal")
    assert "AFG" not in countries(withdrawal.actor), _sides(article)


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "parties", "reporter"), [
    # coder.15's confidence dropped the partyless 'fighting' candidate here; coder.16's keeps it
    pytest.param("The African Union says fighting in Darfur has forced thousands of Sudanese to flee to "
                 "Chad.",
                 {"The African Union": "AFR", "Sudanese": "SDN", "Chad": "TCD"}, "AFR",
                 marks=pytest.mark.xfail(strict=True, reason="after coder.20's refit the partyless ASSAULT "
                                         "on 'fighting', with the parties given alone, scores 0.469, under "
                                         "the partyless floor 0.5 (no AFR source either way)")),
])
def test_a_reporter_of_a_gerund_is_no_doer(coded, sentence, parties, reporter):
    article = coded(sentence, parties)
    fighting = _event(article, "fighting")
    assert reporter not in countries(fighting.actor), _sides(article)


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "parties", "source", "target"), [
    ("The U.S. will move a missile battery to counter threats from Iran.",
     {"The U.S.": "USA", "Iran": "IRN"}, "IRN", "USA"),
    ("Kenyan troops repelled an attack by Somali militants.",
     {"Kenyan troops": "KEN", "Somali militants": "SOM"}, "SOM", "KEN"),
])
def test_who_resists_an_act_is_its_target(coded, sentence, parties, source, target):
    article = coded(sentence, parties)
    act = next(e for e in article.events if e.type in ("THREATEN", "ASSAULT"))
    assert (countries(act.actor), countries(act.recipient)) == ({source}, {target}), _sides(article)


@pytest.mark.slow
def test_whose_affair_the_topic_is_stays_a_party(coded):
    article = coded("Trump failed to reach agreement on North Korea's denuclearisation.",
                    {"Trump": "USA", "North Korea": "PRK"})
    assert {"USA", "PRK"} <= countries(article.events[0].actor + article.events[0].recipient), _sides(article)
