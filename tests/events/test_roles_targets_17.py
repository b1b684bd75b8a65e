"""Both sides of the dyad, roles round 7 (issue 19): the target a refusal, threat or promise
names through the clause it controls, though no actor stands for it ("threatened to shell *the
old bridge*", "refused to allow *a tanker* to dock"); whom a refusal waits on ("will not end the
strike until *the ministry* raises wages"); no target in an "in" phrase that tells why ("in *a
bid* to ...", "in *case* of ..."); and no target in the multi-word name of the act itself
("lifted *a state* of emergency")."""

from __future__ import annotations

import pytest

from tests.events.conftest import countries, first_of, sides, token


@pytest.mark.parametrize(("sentence", "verb", "raised"), [
    ("The port refused to allow a Greek tanker to dock on Friday.", "allow", ["tanker"]),
    ("The port refused to allow the tanker.", "allow", []),
])
def test_the_object_of_letting_is_parsed_as_the_infinitive_subject(nlp, sentence, verb, raised):
    from eventwire.events.roles_syntax import raised_objects

    doc = nlp(sentence)
    assert [t.text for t in raised_objects(token(doc, verb))] == raised


@pytest.mark.parametrize(("sentence", "word", "expected"), [
    ("The army declared a curfew in a bid to stop the looting.", "bid", True),
    ("Troops remained on alert in case of new clashes.", "case", True),
    ("The rebels declared a ceasefire in an effort to end the war.", "effort", True),
    ("The army imposed a curfew in parts of the capital.", "parts", False),
    ("The army imposed a curfew in the northern provinces.", "provinces", False),
])
def test_an_in_phrase_telling_why_is_a_circumstance(nlp, sentence, word, expected):
    from eventwire.events.roles_syntax import circumstance

    assert circumstance(token(nlp(sentence), word)) is expected


@pytest.mark.parametrize(("sentence", "spelled"), [
    ("The president lifted a state of emergency in the north.", True),
    ("The junta declared a state of siege in the east.", True),
    ("Libya freed 37 prisoners on Tuesday.", False),
])
def test_a_trigger_going_on_past_its_noun_names_the_act(nlp, sentence, spelled):
    from eventwire.events import load_triggers
    from eventwire.events.match import find_matches
    from eventwire.events.roles_syntax import spelled_out

    doc = nlp(sentence)
    matches = [m for m in find_matches(next(doc.sents), load_triggers()) if m.noun is not None]
    assert matches and spelled_out(matches[0], matches[0].noun) is spelled


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "parties", "types", "target"), [
    ("The rebels threatened to shell the old bridge.", {}, ("THREATEN",), "the old bridge"),
    ("The militia threatened to storm the compound.", {}, ("THREATEN",), "the compound"),
    ("The port refused to allow a Greek tanker to dock on Friday.", {}, ("REJECT",), "a Greek tanker"),
    ("The junta agreed to allow food convoys into the besieged districts.", {}, ("AGREE",),
     "the besieged districts"),
])
def test_the_object_of_a_controlled_act_is_the_uncoded_target(coded, sentence, parties, types, target):
    article = coded(sentence, parties)
    assert [r.text for r in first_of(article, *types).recipient] == [target], sides(article)


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "thing"), [
    ("The government threatened to withdraw trade preferences.", "trade preferences"),
    ("The minister refused to respond to a request from the senators.", "a request"),
    ("The guard admitted killing two coworkers at the plant.", "two coworkers"),
])
def test_a_thing_act_or_past_victim_in_the_controlled_clause_is_no_target(coded, sentence, thing):
    article = coded(sentence)
    act = first_of(article, "THREATEN", "REJECT", "CONCEDE")
    assert thing not in [r.text for r in act.recipient], sides(article)


@pytest.mark.slow
def test_whom_a_refusal_waits_on_is_the_uncoded_target(coded):
    article = coded("The unions will not end the strike until the ministry raises wages.")
    assert [r.text for r in first_of(article, "REJECT").recipient] == ["the ministry"], sides(article)


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "parties"), [
    ("Kenya refused to reopen the border until Somalia releases the crew.",
     {"Kenya": "KEN", "Somalia": "SOM"}),
    ("Kenyan truckers will not end the blockade until Ugandan officials cut the fees.",
     {"Kenyan truckers": "KEN", "Ugandan officials": "UGA"}),
])
def test_whom_a_refusal_waits_on_is_the_coded_target(coded, sentence, parties):
    article = coded(sentence, parties)
    rejected = first_of(article, "REJECT")
    assert (countries(rejected.actor), countries(rejected.recipient)) == (
        {parties[next(iter(parties))]}, {list(parties.values())[1]}), sides(article)


@pytest.mark.slow
def test_who_ends_a_wait_is_no_target_of_an_act_not_refused(coded):
    article = coded("Protesters marched until the police arrived.")
    assert "the police" not in [r.text for r in first_of(article, "PROTEST").recipient], sides(article)


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "parties", "types", "circumstance"), [
    ("The army declared a curfew in a bid to stop the looting.", {"The army": "KEN"}, ("COERCE",), "a bid"),
    ("Kenyan troops remained on alert in case of new clashes.", {"Kenyan troops": "KEN"}, ("MOBILIZE",),
     "case of new clashes"),
])
def test_an_in_phrase_telling_why_is_no_target(coded, sentence, parties, types, circumstance):
    article = coded(sentence, parties)
    assert circumstance not in [r.text for r in first_of(article, *types).recipient], sides(article)


@pytest.mark.slow
def test_the_place_of_a_curfew_stays_its_target(coded):
    article = coded("The army imposed a curfew in parts of the capital.", {"The army": "KEN"})
    assert [r.text for r in first_of(article, "COERCE").recipient] == ["parts of the capital"], sides(article)


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "types"), [
    ("The president lifted a state of emergency in the northern provinces.", ("CONCEDE", "RETREAT")),
    ("The president declared a state of siege in the eastern provinces.", ("COERCE",)),
])
def test_the_name_of_the_act_is_no_target_though_coded(coded, sentence, types):
    # the actors stage may code "a state" as a government
    article = coded(sentence, {"a state": "KEN"})
    act = first_of(article, *types)
    assert "a state" not in [r.text for r in act.recipient], sides(article)
