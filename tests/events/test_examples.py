"""Our own example sentences: checked on load, spans turned into offsets in our text."""

from __future__ import annotations

import json

import pytest

from eventwire.errors import GoldDataError
from eventwire.events.examples import check, load_examples

ARREST = {"id": "t-1", "text": "Kenyan police arrested dozens of protesters.", "category": "positive",
          "events": [{"type": "COERCE", "mode": "arrest", "source": "Kenyan police",
                      "target": "dozens of protesters", "trigger": "arrested"}]}


def test_spans_become_offsets_in_the_sentence():
    [example], problems = check([ARREST, ])
    assert problems == []
    [event] = example.events
    assert (event.source, event.target, event.trigger) == ((0, 13), (23, 43), (14, 22))


def test_problems_name_the_sentence():
    bad = {**ARREST, "id": "t-2", "events": [{"type": "COERCE", "source": "the army"}]}
    _, problems = check([ARREST, bad, {"id": "t-1", "text": "Again."}, {"text": ""}])
    assert "t-2: source 'the army' is not in the sentence" in problems
    assert "t-1: id used twice" in problems
    assert "None: needs a string id and a non-empty text" in problems


def test_a_folder_with_a_bad_file_is_refused(tmp_path):
    (tmp_path / "a.jsonl").write_text(json.dumps(ARREST) + "\n", encoding="utf-8")
    assert [e.id for e in load_examples(tmp_path)] == ["t-1"]
    (tmp_path / "b.jsonl").write_text('{"id": "x", "text": "Hi.", "events": [{"type": "WAR"}]}\n')
    with pytest.raises(GoldDataError, match=r"b.jsonl: x: type 'WAR' is not a PLOVER type"):
        load_examples(tmp_path)


def test_the_shipped_examples_are_clean_and_cover_every_type():
    from eventwire.ontology import plover_types

    examples = load_examples()
    assert len(examples) >= 400
    types = {e.type for x in examples for e in x.events}
    assert types == set(plover_types())
    assert sum(not x.events for x in examples) >= 100          # hard negatives
