"""The seed articles' expected actors (../shared/seeds/expected.json, `actors` rows)."""

from __future__ import annotations

import json

import pytest
from tests.conftest import make_article

from eventwire.actors import code_actors, load_actor_knowledge

pytestmark = pytest.mark.slow


def _seed_rows(shared):
    expected = json.loads((shared / "seeds" / "expected.json").read_text(encoding="utf-8"))
    for document in expected["documents"]:
        for row in document.get("actors", []):
            yield document, row


def test_seed_actors_are_coded(nlp, shared):
    knowledge = load_actor_knowledge()
    rows = list(_seed_rows(shared))
    assert rows, "expected.json has no actors rows: this test would check nothing"
    coded = {}
    for document, row in rows:
        if document["file"] not in coded:
            text = (shared / "seeds" / document["file"]).read_text(encoding="utf-8")
            article = make_article(nlp, text, published=document["published"])
            code_actors(article, knowledge)
            coded[document["file"]] = article.actors
        sectors = row["sector"] if isinstance(row["sector"], list) else [row["sector"]]
        found = [e for e in coded[document["file"]]
                 if e.name and row["name_contains"] in e.name]
        assert found, f"{row['name_contains']} not found in {document['file']}"
        assert all(e.country == row["country"] and e.sector in sectors for e in found), (
            row, [(e.text, e.country, e.sector) for e in found])
