"""Two reports that share no name and whose places lie in no common country tell of two
happenings of a kind (link/stories.py PLACE_CONTRAST, off as shipped, set here); reports that
share a country, or where one names no place, are not contrasted."""

import pytest

from eventwire.link import stories, topic_cv


def _coded(title: str, text: str, places: list[tuple[str, str]]) -> dict:
    return {"title": title, "text": text, "actors": [], "events": [],
            "places": [{"name": name, "country": country} for name, country in places]}


SUMATRA = _coded("Strong quake shakes Sumatra",
                 "A strong earthquake toppled houses and a hotel in Padang; rescuers searched the rubble.",
                 [("Padang", "IDN"), ("Sumatra", "IDN")])
CHILE = _coded("Strong quake shakes Chile",
               "A strong earthquake toppled houses and a bridge in Concepcion; rescuers searched the rubble.",
               [("Concepcion", "CHL")])
# another outlet's report of the Sumatra quake: the island and the country, not the city
SUMATRA_AGAIN = _coded("Indonesia quake topples houses",
                       "Rescuers searched the rubble of houses the strong earthquake toppled on Sumatra.",
                       [("Sumatra", "IDN"), ("Indonesia", "IDN")])
NO_PLACE = _coded("Strong quake topples houses",
                  "A strong earthquake toppled houses; rescuers searched the rubble.", [])


def test_the_signature_holds_the_countries_of_the_places_outside_the_cosine():
    signature = stories.signature(SUMATRA)
    assert signature[f"{stories.PLACE_PREFIX}IDN"] == 1.0
    assert stories.is_fact(f"{stories.PLACE_PREFIX}IDN")
    assert f"{stories.PLACE_PREFIX}IDN" not in stories.index_terms(signature, {}, 1)


def test_happenings_in_two_countries_are_contrasted():
    a, b = stories.signature(SUMATRA), stories.signature(CHILE)
    with topic_cv.setting({"PLACE_CONTRAST": 1.0}):
        plain = stories.similarity(a, b)
    assert plain > 0
    with topic_cv.setting({"PLACE_CONTRAST": 0.5}):
        assert stories.similarity(a, b) == pytest.approx(0.5 * plain)
        assert stories.similarities([a, b], {}, 2)[0, 1] == pytest.approx(0.5 * plain)


@pytest.mark.parametrize("other", [SUMATRA_AGAIN, NO_PLACE], ids=["same country", "no place"])
def test_a_shared_country_or_a_report_without_places_is_not_contrasted(other):
    a, b = stories.signature(SUMATRA), stories.signature(other)
    with topic_cv.setting({"PLACE_CONTRAST": 1.0}):
        plain = stories.similarity(a, b)
    with topic_cv.setting({"PLACE_CONTRAST": 0.5}):
        assert stories.similarity(a, b) == pytest.approx(plain)
