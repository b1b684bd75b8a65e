"""Attaching a place to each event: by syntax, sentence, continuation and participant."""

from __future__ import annotations

import pytest

from eventwire.records import Event, SentenceRef, Span
from eventwire.where import locate_events
from tests.conftest import make_article


def event_at(article, word: str, nth: int = 0) -> Event:
    """An event whose trigger is the `nth` token spelled `word`."""
    token = [t for t in article.doc if t.text == word][nth]
    sent = token.sent
    event = Event(id=f"e{token.i}", type="CONSULT", mode=None, contexts=[], actor=[],
                  recipient=[], date=None, location=None, cameo=None, quad=None,
                  intensity=None, trigger=Span(token.text, token.idx, token.idx + len(token)),
                  sentence=SentenceRef(index=0, start=sent.start_char, end=sent.end_char))
    event.trigger_token = token.i
    return event


def locate(nlp, gazetteer, text, *triggers):
    article = make_article(nlp, text)
    article.events = [event_at(article, *t) if isinstance(t, tuple) else event_at(article, t)
                      for t in triggers]
    locate_events(article, gazetteer)
    return article


@pytest.mark.parametrize(("text", "trigger", "place"), [
    ("During a historic meeting in Dubai on Wednesday, the minister met the secretary.",
     "met", "Dubai"),
    ("Pakistan's airstrikes in Afghanistan killed 46 civilians.", "airstrikes", "Afghanistan"),
    ("The envoy held talks with the minister in Doha on Tuesday.", "talks", "Doha"),
    ("Protesters gathered at the Indian embassy in Doha.", "gathered", "Doha"),
])
def test_a_locative_phrase_of_the_trigger_locates_it(nlp, gazetteer, text, trigger, place):
    event = locate(nlp, gazetteer, text, trigger).events[0]
    assert event.location is not None and event.location.text == place


def test_the_location_has_exact_offsets(nlp, gazetteer):
    text = "The two ministers met in Dubai on Wednesday."
    location = locate(nlp, gazetteer, text, "met").events[0].location
    assert text[location.start:location.end] == "Dubai"
    assert (location.country, location.resolution) == ("ARE", "city")


def test_the_subject_country_is_not_the_location(nlp, gazetteer):
    event = locate(nlp, gazetteer, "India condemned the attack.", "condemned").events[0]
    assert event.location is None


def test_a_country_only_location_has_country_resolution(nlp, gazetteer):
    event = locate(nlp, gazetteer, "Fighting broke out in Sudan.", "Fighting").events[0]
    assert (event.location.country, event.location.resolution) == ("SDN", "country")


def test_a_definite_back_reference_continues_an_earlier_event(nlp, gazetteer):
    text = ("The two sides held a meeting in Dubai on Wednesday.\n"
            "Exports grew last year.\n"
            "During the meeting, both sides discussed trade.")
    article = locate(nlp, gazetteer, text, "meeting", "discussed")
    assert article.events[1].location.text == "Dubai"


def test_the_dateline_place_is_not_the_event_location(nlp, gazetteer):
    text = "New Delhi: The two sides discussed trade on Monday."
    article = locate(nlp, gazetteer, text, "discussed")
    assert article.events[0].location is None


def test_a_participant_sentence_with_one_place_locates_the_talks(nlp, gazetteer):
    text = ("India's ambassador, Deepak Mittal, held talks with the Taliban leader, Sher "
            "Mohammad Abbas Stanekzai, on Tuesday. Stanekzai is the head of the Taliban's "
            "Political Office in Doha.")
    event = locate(nlp, gazetteer, text, "talks").events[0]
    assert (event.location.text, event.location.country) == ("Doha", "QAT")


def test_a_place_in_a_neighbouring_sentence_about_someone_else_is_not_used(nlp, gazetteer):
    text = ("The ambassador held talks with the leader on Tuesday. "
            "Reporters later gathered in Doha.")
    assert locate(nlp, gazetteer, text, "talks").events[0].location is None


@pytest.mark.gold
@pytest.mark.parametrize(("name", "trigger", "country", "city"), [
    ("000_75a9f5a7441c5fc0.txt", "met", "ARE", "Dubai"),
    ("004_51f723bb8042b2c4.txt", "talks", "QAT", "Doha"),
])
def test_seed_meetings_are_located(nlp, gazetteer, shared, name, trigger, country, city):
    text = (shared / "seeds" / name).read_text(encoding="utf-8")
    event = locate(nlp, gazetteer, text, trigger).events[0]
    assert (event.location.country, event.location.name) == (country, city)


def test_a_place_inside_an_organisation_name_locates_nothing_issue_6(nlp, gazetteer):
    text = "The minister told the Washington Post that talks had failed."
    event = locate(nlp, gazetteer, text, "told").events[0]
    assert event.location is None


def test_a_dateline_place_is_not_the_event_location_issue_6(nlp, gazetteer):
    text = "BEIRUT (AP) - Kurdish fighters clashed with militiamen."
    event = locate(nlp, gazetteer, text, "clashed").events[0]
    assert event.location is None or event.location.text != "BEIRUT"


def test_an_embassy_does_not_locate_an_event_in_the_sending_country_issue_6(nlp, gazetteer):
    text = "Officials met at India's embassy in Kabul on Friday."
    event = locate(nlp, gazetteer, text, "met").events[0]
    assert event.location.country == "AFG"


def test_a_country_after_on_is_a_target_not_a_location_issue_6(nlp, gazetteer):
    text = "Militants could plan attacks on India from the hills."
    event = locate(nlp, gazetteer, text, "attacks").events[0]
    assert event.location is None


def test_a_country_before_a_persons_title_is_an_affiliation_not_a_location(nlp, gazetteer):
    text = "Ruto met US President Donald Trump in Nairobi on Monday."
    event = locate(nlp, gazetteer, text, "met").events[0]
    assert event.location is not None and event.location.text == "Nairobi"


def test_a_place_naming_the_topic_of_talks_is_not_their_location(nlp, gazetteer):
    text = "The envoys held talks on Friday about a Darfur ceasefire."
    event = locate(nlp, gazetteer, text, "talks").events[0]
    assert event.location is None


def test_a_place_modifying_the_scene_still_locates(nlp, gazetteer):
    text = "The delegations met at a Mombasa hotel on Friday."
    event = locate(nlp, gazetteer, text, "met").events[0]
    assert event.location is not None and event.location.text == "Mombasa"
