"""Round 23, second pass: towns named by the first part of a longer name ("Southend" for
Southend-on-Sea), natural features known by their own names (parks, mountains), venues put in
the town the text names, a demonym of a region across borders, and cases that were right
before. The passages in data/places_23b.jsonl were written for this test (imagined or general
news); each maps a toponym as written to the country a reader would give it (a list when
several are right; "" for a region across borders). Every place found over the toponym's span
must carry an allowed country, and at least one must be found.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.where.conftest import places_of

DATA = Path(__file__).parent / "data" / "places_23b.jsonl"

# (toponym, first words of the passage) -> why it is not fixed in this pass
NOT_YET: dict[tuple[str, str], str] = {
    ("Bexhill", "Bexhill councillors voted"): "a town known only by an alternate name, untagged and "
                                              "opening the sentence: nothing offers it to the gazetteer",
    ("Kruger", "Tourists returned to"): "the park by its short name: \"Kruger\" alone is mostly a "
                                        "surname, so natural_features.tsv keeps only the long forms",
}


def _cases() -> list:
    params = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        for name, country in case["places"].items():
            allowed = [country] if isinstance(country, str) else country
            key = (name, " ".join(case["text"].split()[:3]))
            marks = [pytest.mark.xfail(strict=True, reason=NOT_YET[key])] if key in NOT_YET else []
            params.append(pytest.param(case["text"], name, allowed, marks=marks,
                                       id=f"{case['kind']}-{name}-{key[1]}"))
    return params


def _overlapping(places, text, name):
    start = text.index(name)
    return [p for p in places if p.start < start + len(name) and start < p.end]


@pytest.mark.parametrize(("text", "name", "allowed"), _cases())
def test_toponym_in_country(nlp, gazetteer, text, name, allowed):
    found = _overlapping(places_of(nlp, gazetteer, text), text, name)
    assert found, f"{name} not found"
    assert all((p.country or "") in allowed for p in found), [(p.text, p.country) for p in found]


# (text, name): a capitalised name after "the" that names no region or natural feature
NOT_PLACES = [
    pytest.param("The museum bought the Victoria Cross at an auction in the spring.", "Victoria",
                 id="Victoria", marks=pytest.mark.xfail(strict=True, reason=(
                     "a medal tagged ORG: the hidden-place finders take the town from inside it"))),
    pytest.param("Shoppers ordered more from the Amazon app during the sale than ever before.",
                 "Amazon", id="Amazon"),
]


@pytest.mark.parametrize(("text", "name"), NOT_PLACES)
def test_a_name_after_the_alone_is_no_place(nlp, gazetteer, text, name):
    assert not _overlapping(places_of(nlp, gazetteer, text), text, name)
