"""The store's modules by concern (issue 25): the pieces `Store` is a facade over, and the
names other packages still import from `eventwire.store.store`."""

from __future__ import annotations

import pytest

from eventwire.store import happenings, reading, store


@pytest.mark.parametrize(("text", "pattern"), [
    ("cease-fire", "%cease-fire%"),
    ("100%", "%100\\%%"),
    ("a_b", "%a\\_b%"),
    ("back\\slash", "%back\\\\slash%"),
])
def test_a_search_text_becomes_a_like_pattern_with_its_wildcards_escaped(text, pattern):
    assert reading.like_pattern(text) == pattern


def test_a_sentence_matches_a_search_in_any_case_and_script():
    event = {"sentence_text": "Talks with ERDOĞAN resumed in Ankara."}
    assert reading.sentence_matches(event, "erdoğan")
    assert not reading.sentence_matches(event, "Istanbul")
    assert not reading.sentence_matches({}, "talks")


@pytest.mark.parametrize(("current", "new", "kept"), [
    ({"resolution": "country"}, {"resolution": "city"}, "new"),
    ({"resolution": "city"}, {"resolution": "admin1"}, "current"),
    ({"resolution": "region"}, {"resolution": "region"}, "current"),
    (None, {"resolution": "country"}, "new"),
    ({"resolution": "country"}, None, "current"),
])
def test_a_merged_event_keeps_the_most_precise_place(current, new, kept):
    assert happenings._better_place(current, new) is (new if kept == "new" else current)


@pytest.mark.parametrize("name", ["Store", "EventFilter", "StoreMissing", "store_url", "store_location",
                                  "check_exists", "open_engine", "cause", "conflict_message",
                                  "MIGRATIONS"])
def test_the_names_callers_import_from_the_store_module_are_still_there(name):
    assert name in store.__all__ and hasattr(store, name)


def test_a_merged_event_carries_every_claim_its_reports_make():
    from types import SimpleNamespace

    def report(event_id, confidence, claims):
        data = {"type": "CONSULT", "actor": [], "recipient": [], "claims": claims,
                "date": {"value": "2021-08-31", "granularity": "day"}}
        return (SimpleNamespace(id=event_id, article_id=f"a-{event_id}", granularity="day",
                                confidence=confidence, data=data), "outlet")

    first = {"kind": "first", "text": "the first formal contact"}
    merged = happenings._merge_reports("h-1", [report("e-1", 0.9, []), report("e-2", 0.6, [first]),
                                               report("e-3", 0.5, [dict(first)])])
    assert merged["reports"][0]["event_id"] == "e-1"   # the most confident report is shown
    assert merged["claims"] == [first]                 # ... and the other's claim kept, once
