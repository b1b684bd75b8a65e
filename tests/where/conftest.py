"""The gazetteer once per session, cached in a temporary folder; helpers the place tests share."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

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


def toponym_cases(data: Path, not_yet: dict[tuple[str, str], str]) -> list[Any]:
    """One pytest param (text, toponym, allowed countries) per toponym of each passage in the
    jsonl file `data`; a toponym whose (name, first three words of the passage) `not_yet` names
    is a strict xfail with the reason."""
    params = []
    for line in data.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        for name, country in case["places"].items():
            allowed = [country] if isinstance(country, str) else country
            key = (name, " ".join(case["text"].split()[:3]))
            marks = [pytest.mark.xfail(strict=True, reason=not_yet[key])] if key in not_yet else []
            params.append(pytest.param(case["text"], name, allowed, marks=marks,
                                       id=f"{case['kind']}-{name}-{key[1]}"))
    return params


def overlapping(places: list[Any], text: str, name: str) -> list[Any]:
    """The places whose span overlaps the first occurrence of `name` in `text`."""
    start = text.index(name)
    return [p for p in places if p.start < start + len(name) and start < p.end]
