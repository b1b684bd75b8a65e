"""In-document coreference of titles and pronouns (issue 4)."""

from __future__ import annotations

import pytest
from tests.conftest import make_article

from eventwire.actors import code_actors, load_actor_knowledge

MEETING = ("India's Foreign Secretary Vikram Misri met Afghan Taliban's acting foreign minister, "
           "Amir Khan Muttaqi, in Dubai on Wednesday. ")


@pytest.fixture(scope="module")
def knowledge():
    return load_actor_knowledge()


def _actors(nlp, knowledge, text):
    article = make_article(nlp, text)
    code_actors(article, knowledge)
    return article.actors


@pytest.mark.parametrize(("follow", "title", "name"), [
    ("The minister thanked India for its aid.", "The minister", "Amir Khan Muttaqi"),
    ("The foreign secretary raised India's concerns.", "The foreign secretary", "Vikram Misri"),
])
def test_title_takes_the_latest_person_with_that_office(nlp, knowledge, follow, title, name):
    [entity] = [e for e in _actors(nlp, knowledge, MEETING + follow) if e.text == title]
    assert (entity.name, entity.kind) == (name, "person")


def test_ambassador_title_takes_the_ambassador(nlp, knowledge):
    text = "India's ambassador to Qatar, Deepak Mittal, met Stanekzai. The ambassador raised concerns."
    [entity] = [e for e in _actors(nlp, knowledge, text) if e.text == "The ambassador"]
    assert (entity.name, entity.country, entity.sector) == ("Deepak Mittal", "IND", "GOV")


def test_title_without_an_earlier_holder_stays_uncoded_by_person(nlp, knowledge):
    [entity] = [e for e in _actors(nlp, knowledge, "The minister arrived in Kabul.")
                if e.text == "The minister"]
    assert entity.name is None and entity.kind != "person"


def test_subject_pronoun_takes_the_previous_subject_person(nlp, knowledge):
    text = "India's Foreign Secretary Vikram Misri arrived in Dubai. He met officials."
    [pronoun] = [e for e in _actors(nlp, knowledge, text) if e.kind == "pronoun"]
    assert (pronoun.text, pronoun.name, pronoun.country, pronoun.sector) == (
        "He", "Vikram Misri", "IND", "GOV")
    assert text[pronoun.start:pronoun.end] == "He"


def test_pronoun_is_left_alone_when_the_previous_subject_is_no_person(nlp, knowledge):
    text = "India condemned the attack. He said little."
    assert not [e for e in _actors(nlp, knowledge, text) if e.kind == "pronoun"]


def test_they_takes_a_previous_subject_group(nlp, knowledge):
    text = "The Taliban seized Kabul on Sunday. They promised an amnesty."
    [pronoun] = [e for e in _actors(nlp, knowledge, text) if e.kind == "pronoun"]
    assert (pronoun.text, pronoun.country) == ("They", "AFG")
