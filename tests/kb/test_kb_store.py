"""The store's knowledge table: learned facts with provenance, merged into the next ingest
(issue 4). Curated > user > learned; disagreements are listed as conflicts."""

from __future__ import annotations

import pytest

from eventwire.actors.facts import Fact
from eventwire.actors.knowledge import default_actor_knowledge
from eventwire.api import ingest
from eventwire.run.facts import add_facts, conflicts, facts_about, stored_facts
from eventwire.store import Store
from tests.factories import article


@pytest.fixture
def store(db_url):
    with Store(db_url) as opened:
        yield opened


def _learned(name, country, office="Interior Minister"):
    return {"kind": "person", "name": name, "aliases": [name.split()[-1]], "country": country,
            "sector": "GOV", "office": office, "date": "2025-02-01", "text": f"{name}",
            "start": 0, "end": len(name), "sentence_start": 0, "sentence_end": 30}


def _stored_with(store, article_id, *learned):
    stored = article(article_id)
    stored.meta["learned"] = list(learned)
    assert store.add_article(stored) == "stored"


def test_learned_facts_are_stored_with_their_provenance(store):
    _stored_with(store, "a", _learned("Amrit Rai", "NPL"))
    [fact] = stored_facts(store)
    assert (fact.source, fact.name, fact.country, fact.start) == ("learned", "Amrit Rai", "NPL", "2025-02-01")
    assert fact.provenance == {"row": 1, "article_id": "a", "sentence_start": 0, "sentence_end": 30,
                               "text": "Amrit Rai"}


def test_a_learned_fact_that_contradicts_curated_data_is_a_conflict(store):
    _stored_with(store, "a", _learned("Vikram Misri", "KEN"), _learned("Amrit Rai", "NPL"))
    [found] = conflicts(store, default_actor_knowledge())
    assert (found["learned"]["country"], found["against"]["country"]) == ("KEN", "IND")
    assert found["against"]["source"] == "curated"


def test_a_learned_fact_that_contradicts_a_user_fact_is_a_conflict(store):
    add_facts(store, [Fact(kind="person", name="Amrit Rai", country="NPL", sector="GOV",
                           start="2024-01-01")])
    _stored_with(store, "a", _learned("Amrit Rai", "IND"))
    [found] = conflicts(store, default_actor_knowledge())
    assert found["against"]["source"] == "user"


def test_show_lists_curated_then_user_then_learned(store):
    add_facts(store, [Fact(kind="person", name="Vikram Misri", country="IND", sector="GOV",
                           office="Ambassador", start="2019-01-01", end="2019-12-31")])
    _stored_with(store, "a", _learned("Vikram Misri", "KEN"))
    sources = [f.source for f in facts_about(store, "Misri", default_actor_knowledge())]
    assert sources == ["curated", "user", "learned"]


@pytest.mark.slow
def test_a_later_ingest_codes_a_bare_surname_from_an_earlier_article(store, tmp_path):
    (tmp_path / "a.txt").write_text("Nepal's Foreign Secretary Amrit Rai met officials in "
                                    "Kathmandu on Monday. The talks covered trade.\n")
    (tmp_path / "b.txt").write_text("Rai said the border would reopen soon.\n")
    ingest([str(tmp_path / "a.txt")], store, "2025-02-01", clean=False, workers=1)
    ingest([str(tmp_path / "b.txt")], store, "2025-03-01", clean=False, workers=1)
    coded = [store.article(row["doc_id"]) for row in store.ingest_log()]
    [rai] = [a for a in coded[1]["actors"] if a["text"] == "Rai"]
    assert (rai["name"], rai["country"], rai["sector"]) == ("Amrit Rai", "NPL", "GOV")


def test_a_learned_fact_with_a_name_longer_than_its_columns_is_stored(store):
    """PostgreSQL enforces VARCHAR(200) on kb_id and name_key; the article must still store."""
    name = "Amrit " + "Rai" * 80
    _stored_with(store, "a", _learned(name, "NPL"))
    [fact] = stored_facts(store, name)
    assert fact.name == name
