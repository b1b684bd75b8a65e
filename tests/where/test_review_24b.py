"""Round 24b review: probes of the reading rules of round 24 that over-reached, in our own words.

1. a compass word ("western Kabul") does not turn a town into the division named after it;
2. "the state's" elsewhere in a sentence does not make a town a division;
3. a national story is not local: a town is not moved to a namesake known only by another name;
4. a street lies in the town of its own clause, not in a town named after it;
5. the first half of a phrase cue ("Washington attorney") is no division cue;
6. "the Quebec government" is the province, "the state of Mexico" the state;
7. a national capital yields to a namesake inside the local cluster of a dateline town.

The sentences are invented for this test. The "must stay" cases already passed and must stay.
"""

from __future__ import annotations

import pytest

from eventwire.where.toponyms import find_places
from tests.conftest import make_article
from tests.where.conftest import overlapping
from tests.where.test_places_24 import folded


def _places(nlp, gazetteer, dateline, text):
    meta = {"dateline": {"place": dateline}} if dateline else {}
    article = make_article(nlp, text, meta=meta)
    find_places(article, gazetteer)
    return article.places


# (point, dateline, text, toponym, gazetteer name, country, resolution or None)
CASES = [
    # 1: compass words on a town sharing its division's name
    (1, None, "Gunmen attacked a mosque in western Kabul on Friday, killing six worshippers.",
     "Kabul", "Kabul", "AFG", "city"),
    (1, None, "Shelling hit homes in eastern Aleppo overnight, rescuers said.", "Aleppo", "Aleppo",
     "SYR", "city"),
    (1, None, "Traders in central Lagos shut their shops on Monday to protest the new tax.", "Lagos",
     "Lagos", "NGA", "city"),
    (1, None, "A car bomb exploded in northern Baghdad on Sunday, police said.", "Baghdad", "Baghdad",
     "IRQ", "city"),
    # 2: "the state's" elsewhere in the sentence
    (2, None, "Protesters in Tehran condemned the state's crackdown on journalists on Monday.",
     "Tehran", "Tehran", "IRN", "city"),
    (2, None, "The governor of Texas met protesters in New York on Tuesday as the state's budget talks "
     "stalled.", "New York", "New York City", "USA", "city"),
    (2, None, "Students in Cairo marched against the state's new media law on Sunday.", "Cairo", "Cairo",
     "EGY", "city"),
    # 3: a national story is not local
    (3, None, "Voters in Ohio, Ohio's rivals and Missouri went to the polls. Lawmakers in Columbus met while "
     "protesters gathered in Springfield and Columbia.", "Columbia", "Columbia", "USA", None),
    (3, None, "Voters in Ohio and Missouri went to the polls on Tuesday. Lawmakers in Columbus met while "
     "protesters gathered in Springfield and Columbia.", "Columbia", "Columbia", "USA", None),
    (3, None, "Floods hit Ohio and South Carolina on Monday. Officials in Columbus and Columbia closed "
     "schools while residents of Dayton were evacuated.", "Columbia", "Columbia", "USA", None),
    # 4: a street in the town of its own clause
    (4, None, "Police in London arrested 40 people on Saturday. Marchers walked down Oxford Street, a day "
     "after a smaller rally in Manchester. London officials said shops in Camden closed.", "Oxford Street",
     "London", "GBR", None),
    (4, None, "Police in London arrested 40 people on Saturday. London officials said shops in Camden and "
     "Hackney closed. Marchers walked down Oxford Street on Saturday, a week after a rally in Manchester.",
     "Oxford Street", "London", "GBR", None),
    (4, None, "Police in London held 12 people on Sunday. London officials said shops in Camden closed. "
     "Crowds filled Oxford Street, hours before a rally in Birmingham.", "Oxford Street", "London", "GBR",
     None),
    # 5: first halves of phrase cues
    (5, None, "A Washington attorney filed a lawsuit against the city on Monday.", "Washington",
     "Washington", "USA", "city"),
    (5, None, "Hundreds of mourners gathered at the Washington National Cathedral on Sunday.",
     "Washington", "Washington", "USA", "city"),
    (5, None, "A Washington lieutenant in the army was charged on Friday.", "Washington", "Washington",
     "USA", "city"),
    # 6: division cues not yet read
    (6, None, "Thousands marched in Montreal on Saturday. The Quebec government said it would not back "
     "down.", "Quebec", "Quebec", "CAN", "admin1"),
    pytest.param(6, None, "Gunmen killed five people in the state of Mexico on Monday, prosecutors said.",
                 "Mexico", "Mexico", "MEX", "admin1", marks=pytest.mark.xfail(strict=True, reason=(
                     "the gazetteer holds no record of the State of Mexico: a division named like its "
                     "country is not indexed (divisions._admin1_keys); the country→division rule "
                     "(readings._country_division) waits for one"))),
    # 7: a capital yields to a namesake inside the local cluster
    (7, "AUSTIN, Texas", "Police in Round Rock, Pflugerville and Georgetown closed roads after "
     "the storm on Monday.", "Georgetown", "Georgetown", "USA", None),
    (7, "ATLANTA", "Storms hit Marietta, Decatur and Roswell on Monday, and later Athens and Rome.",
     "Rome", "Rome", "USA", None),
    # must stay
    (0, None, "Heavy snow closed schools across upstate New York on Monday.", "New York", "New York",
     "USA", "admin1"),
    (0, None, "The New York governor signed a bill banning protests near clinics on Friday.", "New York",
     "New York", "USA", "admin1"),
    (0, None, "The New York Times reported that shares fell sharply on Monday.", "New York", "New York City",
     "USA", "city"),
    (0, None, "Washington imposed sanctions on Iranian officials on Monday, a move Tehran condemned.",
     "Washington", "Washington", "USA", "city"),
    (0, None, "Tens of thousands marched in Tbilisi, Georgia, against a foreign agents law.", "Georgia",
     "Georgia", "GEO", None),
    (0, None, "Police in Georgia arrested a man accused of shooting two officers in Atlanta on Sunday.",
     "Georgia", "Georgia", "USA", "admin1"),
    (0, None, "Flood warnings were issued across Lincolnshire on Monday. Residents in Boston and Spalding "
     "were told to move to higher ground.", "Boston", "Boston", "GBR", None),
    (0, None, "Gunmen attacked a market in Kano on Sunday, killing three traders.", "Kano", "Kano", "NGA",
     "city"),
    (0, None, "Police in Kabul province arrested three men on Friday.", "Kabul", "Kabul Province", "AFG",
     "admin1"),
]


def _case_id(i, case) -> str:
    values = getattr(case, "values", case)
    return f"{values[0]}-{values[3]}-{i}"


@pytest.mark.parametrize(("point", "dateline", "text", "name", "where", "country", "resolution"), CASES,
                         ids=[_case_id(i, c) for i, c in enumerate(CASES)])
def test_reading(nlp, gazetteer, point, dateline, text, name, where, country, resolution):
    found = overlapping(_places(nlp, gazetteer, dateline, text), text, name)
    assert found and all(folded(p.name) == where and p.country == country
                         and (resolution is None or p.resolution == resolution) for p in found), \
        [(p.text, p.name, p.country, p.resolution, p.admin1) for p in found]
