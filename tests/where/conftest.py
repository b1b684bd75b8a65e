"""The gazetteer once per session, cached in a temporary folder; helpers the place tests share."""

from __future__ import annotations

import pytest

from eventwire.where.toponyms import find_places
from tests.conftest import make_article


@pytest.fixture(scope="session")
def gazetteer(tmp_path_factory):
    from eventwire.where import load_gazetteer

    return load_gazetteer(tmp_path_factory.mktemp("gazetteer-cache"))


def places_of(nlp, gazetteer, text):
    """The places find_places gives `text`."""
    article = make_article(nlp, text)
    find_places(article, gazetteer)
    return article.places


def place_of(places, text):
    """The place whose mention is exactly `text`, or None."""
    return next((p for p in places if p.text == text), None)
