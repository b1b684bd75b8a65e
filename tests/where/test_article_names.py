"""Areas named by a word that is a place only after "the" ("the West", article_names.tsv)."""

from __future__ import annotations

import pytest

from tests.where.conftest import place_of, places_of


@pytest.mark.parametrize("text", [
    "Moscow accused the West of meddling in the vote, officials said on Monday.",
    "Relations between Russia and the West have soured since the summit.",
    "The minister said the West's sanctions had failed.",
])
def test_the_west_is_a_region_of_no_country(nlp, gazetteer, text):
    place = place_of(places_of(nlp, gazetteer, text), "West")
    assert place is not None
    assert (place.name, place.resolution, place.country) == ("Western world", "region", None)


@pytest.mark.parametrize("text", [
    "Aides in the West Wing met the president's lawyers on Friday.",
    "Fog closed airports along the West Coast on Friday.",
    "Storms battered the West of Scotland overnight, police said.",
    "The tornado flattened West, a small town north of Waco.",
])
def test_west_in_a_longer_name_or_without_the_article_is_not_the_western_world(
        nlp, gazetteer, text):
    assert all(p.name != "Western world" for p in places_of(nlp, gazetteer, text))
