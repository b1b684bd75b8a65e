"""Both sides of the dyad, roles round 8 (issue 19): what a withdrawal takes away is the
actor's own means, and where from is the target ("withdrew *peacekeepers* from the border
zone"); what a verb of creating makes is no party, where it is made is ("agreed to set up a
plant *in Mombasa*"); a trigger's own preposition of place takes the place visited ("arrive
*in* Kisumu"); where shelter is sought is whom it is asked of ("sought refuge *in* Kenya"); a
party the actors stage coded together with its destination stays the patient ("deported
*40 migrants to Kenya*")."""

from __future__ import annotations

import pytest

from tests.events.conftest import countries, first_of, sides, token


@pytest.mark.parametrize(("sentence", "verb", "places"), [
    ("The ministry agreed to set up a new plant in Mombasa.", "set", ["Mombasa"]),
    ("The council will build a clinic at Kisumu.", "build", ["Kisumu"]),
    ("The bank agreed to establish an office in Nairobi in May.", "establish", ["Nairobi"]),
])
def test_where_a_thing_is_made_is_the_creation_place(nlp, sentence, verb, places):
    from eventwire.events.roles_syntax import creating, creation_places

    verb_token = token(nlp(sentence), verb)
    assert creating(verb_token)
    assert [t.text for t in creation_places(verb_token)] == places


def test_setting_without_up_creates_nothing(nlp):
    from eventwire.events.roles_syntax import creating

    assert not creating(token(nlp("The court set a deadline for the talks."), "set"))


@pytest.mark.parametrize(("sentence", "verb", "places"), [
    ("Hundreds of families sought refuge in Kenya last year.", "sought", ["Kenya"]),
    ("The dissident is seeking asylum in Sweden.", "seeking", ["Sweden"]),
    ("The agency is seeking aid for victims in the region.", "seeking", []),
])
def test_where_shelter_is_sought(nlp, sentence, verb, places):
    from eventwire.events.roles_syntax import shelter_places

    assert [t.text for t in shelter_places(token(nlp(sentence), verb))] == places


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "parties", "kept", "gone"), [
    ("Kenya withdrew peacekeepers from Somalia on Monday.",
     {"Kenya": "KEN", "peacekeepers": "KEN", "Somalia": "SOM"}, "Somalia", "peacekeepers"),
    ("Uganda completed its withdrawal of troops from Somalia in May.",
     {"Uganda": "UGA", "troops": "UGA", "Somalia": "SOM"}, "Somalia", "troops"),
])
def test_what_a_withdrawal_takes_away_is_no_target(coded, sentence, parties, kept, gone):
    article = coded(sentence, parties)
    act = first_of(article, "SANCTION", "RETREAT")
    targets = [r.text for r in act.recipient]
    assert kept in targets and gone not in targets, sides(article)


@pytest.mark.slow
def test_whose_withdrawal_is_demanded_stays_the_target(coded):
    article = coded("Kenya demanded the withdrawal of Ugandan forces from the border.",
                    {"Kenya": "KEN", "Ugandan forces": "UGA"})
    assert countries(first_of(article, "REQUEST").recipient) == {"UGA"}, sides(article)


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "doer", "target"), [
    ("The ministry agreed to set up a new plant in Mombasa.", "The ministry", "Mombasa"),
    ("The county agreed to build a cable station at Malindi.", "The county", "Malindi"),
])
def test_the_place_of_a_creation_is_the_target(coded, sentence, doer, target):
    article = coded(sentence, {doer: "KEN"})
    assert [r.text for r in first_of(article, "AGREE").recipient] == [target], sides(article)


@pytest.mark.slow
def test_the_thing_created_is_no_target(coded):
    article = coded("The ministry agreed to establish a new research institute.", {"The ministry": "KEN"})
    assert "a new research institute" not in [r.text for r in first_of(article, "AGREE").recipient], \
        sides(article)


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "doer"), [
    ("Ugandan peacekeeping troops arrive in Kisumu.", "Ugandan peacekeeping troops"),
    ("A team of Ugandan engineers arrived in Kisumu on Monday.", "A team of Ugandan engineers"),
])
def test_the_place_a_trigger_arrives_in_is_its_target(coded, sentence, doer):
    article = coded(sentence, {doer: "UGA"})
    # troops arriving are deployed (AID for peacekeepers, round 30), a team of engineers visits
    assert [r.text for r in first_of(article, "CONSULT", "AID").recipient] == ["Kisumu"], sides(article)


@pytest.mark.slow
def test_a_trigger_asking_for_something_takes_no_target_by_its_preposition(coded):
    article = coded("The bishop called for calm in the capital.", {"The bishop": "KEN"})
    assert "calm" not in [r.text for r in first_of(article, "REQUEST").recipient], sides(article)


@pytest.mark.slow
def test_where_refuge_is_sought_is_the_target(coded):
    article = coded("Thousands of Somali families sought refuge in Kenya last year.",
                    {"Thousands of Somali families": "SOM", "Kenya": "KEN"})
    assert countries(first_of(article, "REQUEST").recipient) == {"KEN"}, sides(article)


@pytest.mark.slow
def test_a_patient_coded_with_its_destination_stays(coded):
    text = "Kenyan police deported 40 migrants to Somalia on Friday."
    article = coded(text, {"Kenyan police": "KEN", "40 migrants to Somalia": "SOM"})
    deported = first_of(article, "COERCE")
    assert [r.text for r in deported.recipient] == ["40 migrants to Somalia"], sides(article)


@pytest.mark.slow
def test_the_destination_alone_stays_no_target(coded):
    article = coded("Kenyan police deported 40 migrants to Somalia on Friday.",
                    {"Kenyan police": "KEN", "Somalia": "SOM"})
    assert "SOM" not in countries(first_of(article, "COERCE").recipient), sides(article)


@pytest.mark.slow
def test_the_forces_withdrawn_stand_for_a_missing_withdrawer(coded):
    text = "The deal signed in Nairobi aims to pull all Kenyan troops from Somalia."
    article = coded(text, {"all Kenyan troops": "KEN", "Somalia": "SOM"})
    retreat = first_of(article, "RETREAT")
    assert (countries(retreat.actor), countries(retreat.recipient)) == ({"KEN"}, {"SOM"}), sides(article)
