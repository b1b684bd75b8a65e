"""Round 24: toponyms resolved end to end, to the right town and not only the right country.

Streets, venues and buildings put in the town the text names with them ("the Grand Hotel in
Brighton"), or in the town of the dateline or of the article (a local paper's town); towns
that share their name with a bigger one abroad, resolved by the state, county or district
named beside them; and cases that were right before this round. The passages in
data/places_24.jsonl were written for this test (imagined local news of a US county, a British
town, an Indian district); each maps a toponym as written to [country, town] where town is the
gazetteer name of the town the place must lie in, or null when only the country is checked.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from eventwire.where.toponyms import find_places
from tests.conftest import make_article
from tests.where.conftest import overlapping, places_of

DATA = Path(__file__).parent / "data" / "places_24.jsonl"

# (toponym, first words of the passage) -> why it is not fixed in round 24
NOT_YET: dict[tuple[str, str], str] = {}


def folded(name: str | None) -> str:
    """`name` without its accents ("Sītāpur" reads "Sitapur")."""
    return unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode()


def cases() -> list:
    params = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        for name, (country, town) in case["places"].items():
            key = (name, " ".join(case["text"].split()[:3]))
            marks = [pytest.mark.xfail(strict=True, reason=NOT_YET[key])] if key in NOT_YET else []
            params.append(pytest.param(case["text"], name, country, town, marks=marks,
                                       id=f"{case['kind']}-{name}-{key[1]}"))
    return params


@pytest.mark.parametrize(("text", "name", "country", "town"), cases())
def test_toponym_in_town(nlp, gazetteer, text, name, country, town):
    found = overlapping(places_of(nlp, gazetteer, text), text, name)
    assert found, f"{name} not found"
    assert all(p.country == country for p in found), [(p.text, p.country) for p in found]
    if town is not None:
        assert all(folded(p.name) == town and p.lat is not None for p in found), \
            [(p.text, p.name, p.country, p.lat, p.lon) for p in found]


# (dateline as the cleaner cuts it, text after it, facility, town, country): a local paper's
# street or venue with no town in its sentence lies in the dateline's town ("SPRINGFIELD,
# Ill." is Illinois's Springfield), never in a country's centroid or a town the story is not in
DATELINES = [
    pytest.param("SPRINGFIELD, Ill.", "The council voted on Tuesday to repave Maple Avenue, closed "
                 "since the spring floods.", "Maple Avenue", "Springfield", "USA", id="Springfield-Ill"),
    pytest.param("DURHAM, N.C.", "Hundreds of fans lined Ninth Street on Sunday to greet the team.",
                 "Ninth Street", "Durham", "USA", id="Durham-NC"),
    pytest.param("KENDAL", "A fire closed the Queens Hotel overnight, and guests were moved to a school.",
                 "Queens Hotel", "Kendal", "GBR", id="Kendal"),
]


@pytest.mark.parametrize(("dateline", "text", "name", "town", "country"), DATELINES)
def test_facility_in_dateline_town(nlp, gazetteer, dateline, text, name, town, country):
    article = make_article(nlp, text, meta={"dateline": {"place": dateline}})
    find_places(article, gazetteer)
    found = overlapping(article.places, text, name)
    assert found and all(p.name == town and p.country == country for p in found), \
        [(p.text, p.name, p.country) for p in found]


@pytest.mark.parametrize("text", [
    "Gunmen stormed the Crescent Hotel on Friday, officials in Kabul said, and Afghanistan's "
    "interior ministry blamed insurgents."])
def test_foreign_story_keeps_dateline_out(nlp, gazetteer, text):
    article = make_article(nlp, text, meta={"dateline": {"place": "WASHINGTON"}})
    find_places(article, gazetteer)
    assert all(p.country == "AFG" for p in article.places), \
        [(p.text, p.name, p.country) for p in article.places]


# an unknown name in an article that names another country, or only one town, is no
# neighbourhood of the article's town: it may be a region, an island, a misread person
NOT_IN_HOME = [
    pytest.param("Ministers in New Delhi and Port Louis discussed the airstrip on Agalega Island. "
                 "Mauritius said New Delhi would pay for the work.", "Agalega Island", "IND",
                 id="island-abroad"),
]


@pytest.mark.parametrize(("text", "name", "wrong"), NOT_IN_HOME)
def test_unknown_abroad_stays_out_of_home_town(nlp, gazetteer, text, name, wrong):
    found = overlapping(places_of(nlp, gazetteer, text), text, name)
    assert all(p.country != wrong for p in found), [(p.text, p.name, p.country) for p in found]
