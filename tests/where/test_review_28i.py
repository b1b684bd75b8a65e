"""Review 28i: a state's resident who went abroad does not make the country a local town.

In a story that names one US state and no town, a country's name that is also a town of that
state ("Lebanon", Pennsylvania; "Poland", Ohio) stays the country when the text takes the reader
there ("returning from", "visited", "flew to", "a trip to"), or when the only local word of the
sentence is placed by the state itself ("an Ohio farmer", "a Pennsylvania resident"): that word
says where the person lives, not that the country's name is a town. A local word tied to the name
("a dairy farmer in Poland", "the town of Lebanon") still reads it as the in-state town. Every
passage is our own (imagined events); each maps a toponym as written to (country, lat, lon).
"""

from __future__ import annotations

import pytest

from eventwire.where.gazetteer import distance_km
from tests.where.conftest import overlapping, places_of

WITHIN_KM = 161.0

# (kind, passage, toponym as written, (country, lat, lon))
CASES: list[tuple[str, str, str, tuple[str, float | None, float | None]]] = [
    ("probe", "A Pennsylvania resident was arrested after returning from Lebanon.",
     "Lebanon", ("LBN", None, None)),
    ("probe", "An Ohio resident said he visited Poland last year.", "Poland", ("POL", None, None)),
    ("abroad", "A Missouri farmer took a trip to Mexico with his two sons last spring.",
     "Mexico", ("MEX", None, None)),
    ("abroad", "A New Hampshire restaurant owner returned from Berlin on Sunday after a week of talks.",
     "Berlin", ("DEU", None, None)),
    ("abroad", "A Pennsylvania bakery owner said she visited Lebanon to see her cousins.",
     "Lebanon", ("LBN", None, None)),
    ("abroad", "An Ohio farmer said grain prices in Poland had fallen by a third.",
     "Poland", ("POL", None, None)),
    ("abroad", "Two Ohio residents flew to Poland on Friday to attend a wedding.",
     "Poland", ("POL", None, None)),
    ("abroad", "A Pennsylvania restaurant chain said it would open its first branch in Lebanon.",
     "Lebanon", ("LBN", None, None)),
    # must stay: a local word tied to the name, or a settlement noun
    ("local", "Pennsylvania has lost many dairy herds. A farmer in Lebanon said feed costs had doubled.",
     "Lebanon", ("USA", 40.34, -76.41)),
    ("local", "Ohio officials met restaurant owners in the town of Poland on Monday.",
     "Poland", ("USA", 41.02, -80.61)),
    ("local", "Missouri police said a fire destroyed a barn outside Mexico on Tuesday.",
     "Mexico", ("USA", 39.17, -91.88)),
    ("local", "New Hampshire's north is losing jobs. A bakery in Berlin will close in March.",
     "Berlin", ("USA", 44.47, -71.18)),
    ("must-stay", "Pennsylvania sent 40 nurses to Lebanon after the earthquake.",
     "Lebanon", ("LBN", None, None)),
    ("must-stay", "Lebanon's cabinet met on Monday to discuss fuel prices.", "Lebanon", ("LBN", None, None)),
]


@pytest.mark.parametrize(("text", "name", "country", "lat", "lon"),
                         [pytest.param(t, n, *where, id=f"{k}-{n}-{' '.join(t.split()[:3])}")
                          for k, t, n, where in CASES])
def test_namesake_reading(nlp, gazetteer, text, name, country, lat, lon):
    found = overlapping(places_of(nlp, gazetteer, text), text, name)
    assert found, f"{name} not found"
    shown = [(p.text, p.name, p.country, p.lat, p.lon, p.resolution) for p in found]
    assert all(p.country == country for p in found), shown
    if lat is not None:
        assert all(p.lat is not None and p.lon is not None
                   and distance_km(p.lat, p.lon, lat, lon) <= WITHIN_KM for p in found), shown
