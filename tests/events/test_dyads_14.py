"""Both sides of the dyad, roles round 4 (issue 19): the destination the parser hangs on the
last noun of a long object of sending ("sent vehicles and a team of paratroopers *to X*") is
the recipient, not the means; and an act listed after the object of a judging verb ("condemned
the shelling and the threats *made by X*") gives its maker as the target."""

from __future__ import annotations

import pytest

from tests.events.conftest import countries


def _recipients(article, actor: str) -> set[str]:
    """The recipient countries of the article's events whose actor side holds `actor`."""
    return {c for e in article.events if actor in countries(e.actor) for c in countries(e.recipient)}


def _token(doc, word: str):
    return next(t for t in doc if t.lower_ == word)


@pytest.mark.parametrize(("sentence", "verb", "where"), [
    ("Britain has sent armoured vehicles and a team of paratroopers to Lebanon.", "sent", "Lebanon"),
    ("Canada deployed two frigates and a squadron of jets to Latvia.", "deployed", "Latvia"),
    ("France has sent armoured trucks and a unit of engineers to Chad.", "sent", "Chad"),
    ("Japan shipped tents and a batch of medical kits to Nepal.", "shipped", "Nepal"),
])
def test_a_destination_hung_on_the_means_is_found(nlp, sentence, verb, where):
    from eventwire.events.roles_syntax import misattached_destinations

    doc = nlp(sentence)
    obj = next(c for c in _token(doc, verb).children if c.dep_ == "dobj")
    assert [t.text for t in misattached_destinations(obj)] == [where]


def test_a_to_phrase_deeper_in_the_object_is_no_destination(nlp):
    from eventwire.events.roles_syntax import misattached_destinations

    doc = nlp("The embassy gave its view on recent events concerning aid to Venezuela.")
    obj = next(c for c in _token(doc, "gave").children if c.dep_ == "dobj")
    assert misattached_destinations(obj) == []


def test_an_object_with_a_misattached_destination_is_the_means(nlp):
    from eventwire.events.roles_syntax import is_means

    doc = nlp("Britain has sent armoured vehicles and a team of paratroopers to Lebanon.")
    verb = _token(doc, "sent")
    obj = next(c for c in verb.children if c.dep_ == "dobj")
    assert is_means(verb, obj, "AID") and is_means(verb, obj, "MOBILIZE")
    assert not is_means(verb, obj, "ASSAULT")


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "parties", "source", "target"), [
    ("Britain has sent armoured vehicles and a team of paratroopers to Lebanon.",
     {"Britain": "GBR", "Lebanon": "LBN"}, "GBR", "LBN"),
    ("Canada deployed two frigates and a squadron of jets to Latvia.",
     {"Canada": "CAN", "Latvia": "LVA"}, "CAN", "LVA"),
    ("France has sent armoured trucks and a unit of engineers to Chad.",
     {"France": "FRA", "Chad": "TCD"}, "FRA", "TCD"),
    ("Turkey sent food parcels and a convoy of trucks to Syria.",
     {"Turkey": "TUR", "Syria": "SYR"}, "TUR", "SYR"),
    ("Japan shipped tents and a batch of medical kits to Nepal.",
     {"Japan": "JPN", "Nepal": "NPL"}, "JPN", "NPL"),
])
def test_the_destination_of_the_means_is_the_recipient(coded, sentence, parties, source, target):
    article = coded(sentence, parties)
    assert target in _recipients(article, source), [
        (e.type, e.trigger.text, [a.text for a in e.actor], [r.text for r in e.recipient])
        for e in article.events]


@pytest.mark.slow
def test_a_coded_team_in_the_means_is_no_recipient(coded):
    text = "Britain has sent armoured vehicles and a team of paratroopers to Lebanon."
    article = coded(text, {"Britain": "GBR", "Lebanon": "LBN", "a team of paratroopers": "GBR"})
    sent = next(e for e in article.events if e.trigger.text.startswith("sent"))
    assert [r.text for r in sent.recipient] == ["Lebanon"]


@pytest.mark.slow
def test_an_uncoded_destination_is_the_phrase_recipient(coded):
    article = coded("The charity has sent armoured trucks and a unit of engineers to the flooded villages.",
                    {"The charity": "GBR"})
    sent = next(e for e in article.events if e.trigger.text.startswith("sent"))
    assert [r.text for r in sent.recipient] == ["the flooded villages"]


@pytest.mark.slow
def test_a_destination_on_the_verb_still_counts(coded):
    article = coded("Germany sent troops to Mali.", {"Germany": "DEU", "Mali": "MLI"})
    assert "MLI" in _recipients(article, "DEU")


def test_the_maker_of_a_listed_act_is_found(nlp):
    from eventwire.events.roles_syntax import act_agents
    from eventwire.records import Entity

    text = "The ministers condemned the shelling of the town and the threats made by Syria."
    doc = nlp(text)
    syria = Entity("Syria", text.index("Syria"), text.index("Syria") + 5, country="SYR")
    obj = next(c for c in _token(doc, "condemned").children if c.dep_ == "dobj")
    assert act_agents(obj, [syria]) == [syria]


def test_an_earlier_act_is_not_the_later_ones_maker(nlp):
    from eventwire.events.roles_syntax import act_agents
    from eventwire.records import Entity

    text = "The ministers condemned the threats made by Syria and the shelling."
    doc = nlp(text)
    syria = Entity("Syria", text.index("Syria"), text.index("Syria") + 5, country="SYR")
    shelling = _token(doc, "shelling")
    assert act_agents(shelling, [syria]) == []


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "parties", "source", "target"), [
    ("The ministers condemned the shelling of the town and the threats made by Syria.",
     {"The ministers": "ARE", "Syria": "SYR"}, "ARE", "SYR"),
    ("Chile rejected the demands and the offer made by Peru.",
     {"Chile": "CHL", "Peru": "PER"}, "CHL", "PER"),
    ("The council denounced the act of sabotage and the threats issued by Syria.",
     {"The council": "LBN", "Syria": "SYR"}, "LBN", "SYR"),
    ("Iran rejected the accusations and the warnings issued by Israel.",
     {"Iran": "IRN", "Israel": "ISR"}, "IRN", "ISR"),
    ("Kenya rejected the offer made by Uganda.",
     {"Kenya": "KEN", "Uganda": "UGA"}, "KEN", "UGA"),
])
def test_the_maker_of_a_listed_act_is_the_target(coded, sentence, parties, source, target):
    article = coded(sentence, parties)
    assert target in _recipients(article, source), [
        (e.type, e.trigger.text, [a.text for a in e.actor], [r.text for r in e.recipient])
        for e in article.events]
