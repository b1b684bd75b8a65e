"""Word classes in the trigger lexicon: a verb's object family written once ("seize {weapon}"),
and the acts it brings in (weapons seized or found, bases set up, ground retaken, prisoner
exchanges) coded on sentences of our own."""

from __future__ import annotations

import pytest

from eventwire.errors import ConfigError
from eventwire.events import load_triggers
from eventwire.events.lexicon import expand_pattern, word_classes


def test_class_words_expand_to_each_member():
    classes = {"arm": ("rifle", "mortar shell")}
    assert expand_pattern("seize {arm}", classes, "row 2") == ["seize rifle", "seize mortar shell"]
    with pytest.raises(ConfigError):
        expand_pattern("seize {nothing}", classes, "row 2")


def test_lexicon_holds_the_expanded_entries_once():
    lexicon = load_triggers()
    assert "rifle" in word_classes()["weapon"]
    found = [e for e in lexicon.lookup("light", "intercept") if e.words == ("intercept", "rifle")]
    assert len(found) == 1 and (found[0].type, found[0].mode) == ("COERCE", "seize")
    assert len({(e.kind, e.words) for e in lexicon.entries}) == len(lexicon.entries)


@pytest.mark.parametrize("text, parties, wanted", [
    ("Customs officers intercepted 40 rifles at the Kenyan border on Monday.",
     {"Customs officers": "KEN"}, ("COERCE", "seize")),
    ("Soldiers discovered a cache of mortar rounds near the village, the army said.",
     {"Soldiers": "MLI"}, ("COERCE", "seize")),
    ("The Malian army set up a new checkpoint outside Gao on Sunday.",
     {"The Malian army": "MLI"}, ("MOBILIZE", "troops")),
    ("Iraqi forces retook the town of Baiji from Islamic State fighters.",
     {"Iraqi forces": "IRQ", "Islamic State fighters": "IMGSUNISI"}, ("ASSAULT", None)),
    ("Canada took in 25,000 Syrian refugees last year.", {"Canada": "CAN"}, ("AID", None)),
    ("Ghana deployed 400 peacekeepers to the UN mission in Lebanon.",
     {"Ghana": "GHA", "Lebanon": "LBN"}, ("AID", None)),
    ("The truce opened the way for an exchange of prisoners between Armenia and Azerbaijan.",
     {"Armenia": "ARM", "Azerbaijan": "AZE"}, ("RETREAT", "release")),
])
def test_family_members_are_coded(coded, text, parties, wanted):
    events = coded(text, parties).events
    assert wanted in {(e.type, e.mode) for e in events}, [(e.type, e.mode, e.trigger.text) for e in events]


@pytest.mark.parametrize("text, unwanted", [
    ("Investigators said the messages were found on his phones and devices.", "COERCE"),
    ("Aid workers set up a camp for the flood victims near the river.", "MOBILIZE"),
])
def test_ambiguous_members_stay_out(coded, text, unwanted):
    """A "device" may be a phone, and a camp may shelter refugees: neither is in a class."""
    assert unwanted not in {e.type for e in coded(text).events}


@pytest.mark.parametrize("text", [
    "Italy returned a stolen Roman statue to Greece on Friday.",
    "A looted bronze head was returned to Nigeria by the British Museum.",
])
def test_returning_property_to_a_party_is_restitution(coded, text):
    parties = {p: c for p, c in (("Italy", "ITA"), ("Greece", "GRC"), ("Nigeria", "NGA"),
                                 ("the British Museum", "GBR")) if p in text}
    found = {(e.type, e.cameo) for e in coded(text, parties).events}
    assert ("RETREAT", "0842") in found, found


@pytest.mark.parametrize("text", [
    "The Greek minister returned to Athens on Friday.",
    "Officials fear that Greece could return to the austerity of the past decade.",
])
def test_returning_somewhere_is_no_restitution(coded, text):
    """Without a direct object "return to" is going back, no act on anyone (the "that" of a
    relative clause, parsed as the verb's object before it, is none)."""
    parties = {p: "GRC" for p in ("Athens", "Greece") if p in text}
    assert "RETREAT" not in {e.type for e in coded(text, parties).events}


@pytest.mark.parametrize("text, parties, cameo", [
    ("The FARC will release the two kidnapped engineers next week.", {"The FARC": "COL"}, "0353"),
    ("Russia will withdraw its troops from Syria.", {"Russia": "RUS", "Syria": "SYR"}, "0356"),
])
def test_announced_retreat_is_an_intent_to_yield(coded, text, parties, cameo):
    """CAMEO2PLOVER codes "express intent to yield" (035x) AGREE: the retreat has not happened."""
    found = {(e.type, e.cameo) for e in coded(text, parties).events}
    assert ("AGREE", cameo) in found, found


def test_a_relative_that_before_the_verb_is_no_object():
    """The parser may take a relative "that" for the verb's object ("concerns *that* he could
    return to threats"): an object before the verb makes no restitution."""
    import spacy
    from spacy.tokens import Doc

    from eventwire.events.match import match_transitive

    vocab = spacy.blank("en").vocab

    entry = next(e for e in load_triggers().lookup("verb", "return") if e.needs_object)
    words = ["concerns", "that", "he", "could", "return", "to", "threats"]
    heads = [0, 4, 4, 4, 0, 4, 5]
    deps = ["ROOT", "dobj", "nsubj", "aux", "relcl", "prep", "pobj"]
    assert match_transitive(entry, Doc(vocab, words=words, heads=heads, deps=deps)[4]) is None
    words = ["they", "returned", "the", "statue", "to", "Greece"]
    heads = [1, 1, 3, 1, 1, 4]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", "pobj"]
    assert match_transitive(entry, Doc(vocab, words=words, heads=heads, deps=deps)[1]) is not None
