"""The run package (issue 25): it alone both codes and stores. The store keeps fact rows and
rebuilds articles from their rows; run turns rows into facts, codes, and writes the new
coding back through the store. No model is loaded here: coding is replaced by hand."""

from __future__ import annotations

import pytest

from eventwire import api, pipeline, records
from eventwire.actors.facts import Fact
from eventwire.actors.knowledge import normalise
from eventwire.records import Article
from eventwire.run import ingest as run_ingest
from eventwire.run import pool
from eventwire.run import recode as run_recode
from eventwire.run.facts import add_facts, stored_facts
from eventwire.run.metadata import correct
from eventwire.store import Store
from eventwire.store.recode import recode_ids, stored_coding
from tests.factories import article, event


@pytest.fixture
def store(db_url):
    with Store(db_url) as store:
        yield store


def _uncoded(item: Article, *_args, **_kwargs) -> Article:
    """A coder that finds no events (stands in for the pipeline)."""
    item.events = []
    return item


def test_the_api_names_are_those_of_run():
    assert api.ingest is run_ingest.ingest and api.ingest_documents is run_ingest.ingest_documents
    assert api.IngestReport is run_ingest.IngestReport and api.code_stream is pool.code_stream
    assert api.Snapshot is pipeline.Snapshot


def test_the_actor_stage_and_the_store_key_names_alike():
    assert normalise is records.normalise
    assert records.make_id("organisation", "Ḥamās Movement") == "org:hamas-movement"


def test_user_facts_come_back_as_facts_and_are_found_by_an_alias(store):
    fact = Fact(kind="person", name="Ama Mensah", country="GHA", sector="GOV", office="Minister",
                start="2024-01-01", aliases=("Madam Mensah",))
    assert add_facts(store, [fact]) == 1
    [back] = stored_facts(store)
    assert (back.name, back.kb_id, back.source, back.aliases) == (
        "Ama Mensah", "person:ama-mensah", "user", ("Madam Mensah",))
    assert [f.name for f in stored_facts(store, "MADAM  mensah")] == ["Ama Mensah"]
    assert stored_facts(store, "Kofi Boateng") == []


def test_learned_facts_are_stored_under_the_actor_ids_with_their_article(store):
    taught = article("a")
    taught.meta["learned"] = [{"kind": "person", "name": "Kofi Boateng", "country": "GHA",
                               "sector": "GOV", "date": "2025-01-09", "sentence_start": 0,
                               "sentence_end": 20, "text": "Kofi Boateng, Ghana's envoy"}]
    store.add_article(taught)
    [learned] = stored_facts(store, "Kofi Boateng")
    assert learned.source == "learned" and learned.kb_id == "person:kofi-boateng"
    assert learned.provenance["article_id"] == "a" and learned.start == "2025-01-09"


def test_the_store_gives_back_an_article_to_recode(store):
    store.add_article(article("a", [event("a", 1)]))
    rebuilt, old_events = stored_coding(store, "a")
    assert rebuilt.text == "India met the Taliban in Dubai." and rebuilt.events == []
    assert [e["type"] for e in old_events] == ["CONSULT"]
    assert stored_coding(store, "gone") is None
    assert recode_ids(store, everything=False) == [] and recode_ids(store, everything=True) == ["a"]


def test_a_recode_writes_the_new_coding_through_the_store(store, monkeypatch):
    monkeypatch.setattr(run_recode, "code_article", _uncoded)
    store.add_article(article("a", [event("a", 1)]))
    report = run_recode.recode(store, dry_run=True, everything=True)
    assert (report.selected, report.events_removed) == (1, 1) and store.article("a")["events"]
    report = run_recode.recode(store, everything=True)
    assert (report.recoded, report.events_removed) == (1, 1) and store.article("a")["events"] == []


def test_a_correction_sets_the_value_recodes_and_logs(store, monkeypatch):
    monkeypatch.setattr(run_recode, "code_article", _uncoded)
    store.add_article(article("a", [event("a", 1)]))
    [done] = correct(store, ["a"], {"source": "Daily Graphic"})
    assert done.fields == {"source": ("source-a", "Daily Graphic")} and done.events.removed == 1
    assert store.article("a")["source"] == "Daily Graphic"
    assert [row["status"] for row in store.ingest_log()][-1] == "metadata"
    assert correct(store, ["a"], {"source": "Daily Graphic"}) == []
