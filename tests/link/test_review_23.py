"""Round 23 review of the story linker (link/stories.py), in our own words: a possessive age
stays an age, and one storm told from two neighbouring states is not two happenings."""

from __future__ import annotations

import pytest

from eventwire.link import stories


def test_a_possessive_age_stays_an_age():
    assert "17-year-old" in stories._words("Police spoke to the 17-year-old's mother on Friday.")


def test_an_age_without_possessive_stays_an_age():
    assert "42-year-old" in stories._words("A 42-year-old driver was hurt.")


def test_a_unit_still_gives_its_figure():
    words = stories._words("A 6.8-magnitude quake and a 48-hour curfew; the 48-hour's end.")
    assert "48" in words
    assert "48-hour" not in words


def test_the_ages_of_a_possessive_are_compared():
    mine = stories.named(stories.signature({"text": "The 17-year-old's mother spoke to reporters."}))
    theirs = stories.named(stories.signature({"text": "The mother of the 45-year-old spoke to reporters."}))
    assert stories.ages_apart(mine[2], theirs[2])


def _storm(text: str, town: str, state: str, lat: float, lon: float) -> dict:
    return {"text": text, "places": [{"name": town, "country": "USA", "admin1": state,
                                      "resolution": "city", "lat": lat, "lon": lon}]}


def test_one_storm_over_two_neighbouring_states_is_not_contrasted():
    landfall = _storm("Hurricane winds tore roofs off homes near Mobile as the storm came ashore.",
                      "Mobile", "Alabama", 30.69, -88.04)
    flooding = _storm("The same hurricane flooded streets in Pensacola overnight.",
                      "Pensacola", "Florida", 30.42, -87.22)
    mine, theirs = (stories.named(stories.signature(c)) for c in (landfall, flooding))
    assert stories.contrast(mine, theirs) == pytest.approx(1.0)


@pytest.mark.xfail(strict=True, reason="REGION_CONTRAST is off since coder.17 (link/stories.py)")
def test_two_floods_in_far_states_are_still_contrasted():
    one = _storm("Floods swept homes away in Sacramento after the levee broke.", "Sacramento",
                 "California", 38.58, -121.49)
    other = _storm("Floods swept homes away in Savannah after the river rose.", "Savannah",
                   "Georgia", 32.08, -81.09)
    mine, theirs = (stories.named(stories.signature(c)) for c in (one, other))
    assert stories.contrast(mine, theirs) < 1.0
