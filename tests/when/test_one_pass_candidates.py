"""The one-pass candidate search (``find._candidates``): its candidates are those of each time
rule's own pass over the text, whatever opens the expression, so a faster search cannot lose one."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.when import find_times
from eventwire.when.find import _candidates
from eventwire.when.rules import RULES

PUBLISHED = dt.date(2031, 4, 16)  # a Wednesday

# invented sentences that open a time expression in many ways: a digit, a preposition, a
# month or weekday name in any case, an abbreviation with a stop, a hyphenated part, a
# quote or bracket before it, text that starts or ends with the expression, letters outside
# ASCII right before or inside the window the prefilter reads
TEXTS = [
    "The ferry line to the outer islands reopened on Monday after the storm.",
    "THE ORCHARD FAIR OPENS ON SATURDAY AND CLOSES IN OCTOBER.",
    "the orchard fair opens on saturday and closes in october.",
    "Sept. 3 was the day the glassworks shut; by mid-November the kilns were cold.",
    "In 1987 the canal was drained, and in the 1990s it was filled again.",
    "2029 was dry. 12 May 2030 brought rain to the valley.",
    "The vote, held 3/14/2031, was annulled two weeks later.",
    "Trains run at 7:45 a.m. and at 6 p.m. on weekdays.",
    "(Tuesday) Crews worked through the night and into early Thursday.",
    "“Last year we planted 400 trees,” the warden said this week.",
    "Prices fell 4% in Q3 and rose in the fourth quarter of 2030.",
    "A decade ago the square had no lights; now it has forty.",
    "Ça a commencé en mai. Ümit arrived yesterday; Ödön leaves tomorrow.",
    "The Kelvin sign \u212a and the long s \u017f sit near today's date, 5 June.",
    "Since the spring of 2028 the bakery has opened at dawn every day.",
    "From Jan. 2 until Feb. 28 the museum is closed for repairs.",
    "The 21st of March marks the end of the fishing season.",
    "Recently the council met twice, most recently on the 9th.",
    "xylophones, zebras and kites were sold on Friday-morning markets",
    "tomorrow",
    "Tonight",
    "in 2031",
    "",
    "   \n\n Wednesday",
    "$2030 is a price, not a year; €1999 too, but 1999 is a year.",
    "He was born in the '80s and moved abroad mid-2019.",
]


def _own_passes(text: str) -> list[tuple[str, int, int]]:
    return [(rule.name, m.start(), m.end()) for rule in RULES for m in rule.pattern.finditer(text)]


@pytest.mark.parametrize("text", TEXTS)
def test_candidates_are_those_of_each_rules_own_pass(text):
    found = [(rule.name, m.start(), m.end()) for m, rule in _candidates(text)]
    assert sorted(found) == sorted(_own_passes(text))


@pytest.mark.parametrize(("text", "span"), [
    ("The harbour froze on Monday.", "on Monday"),
    ("THE HARBOUR FROZE ON MONDAY.", "ON MONDAY"),
    ("Sept. 3 was cold.", "Sept. 3"),
    ("By mid-November the lake was frozen.", "mid-November"),
    ("(Tuesday) was quiet.", "Tuesday"),
    ("The kilns were lit in 1987.", "in 1987"),
    ("tomorrow", "tomorrow"),
])
def test_a_date_that_opens_anywhere_is_still_found(text, span):
    assert span in [t.text for t in find_times(text, PUBLISHED)]


@pytest.mark.parametrize("text", [
    "xylophones, zebras and kites",
    "Kites zoom over the quay.",
])
def test_words_no_rule_starts_with_give_no_time(text):
    assert find_times(text, PUBLISHED) == []


# pieces of time expressions and of plain prose, joined by spaces of every kind: the
# prefilter reads every digit as one and every space as one, which must only let more through
_PIECES = ["in", "on", "at", "by", "since", "the", "The", "THE", "last", "next", "this", "early", "mid-",
           "March", "march", "Sept.", "Dec", "Monday", "tues", "2031", "1999", "07", "3", "21st", "12:30",
           "a.m.", "p.m.", "noon", "day", "days", "weeks", "ago", "later", "year", "decade", "'90s",
           "quarter", "Q2", "spring", "tonight", "yesterday", "now", "then", "kite", "zone", "xenon",
           "é", "Ünal", "\u212a", ",", ".", "(", ")", "“", "”", "-", "/", "$", "€"]
_SPACES = st.sampled_from([" ", "  ", "\t", "\n", "\n\n", "\x0b", "\x1f", "\xa0", ""])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES), _SPACES), max_size=14))
def test_candidates_of_any_mix_of_pieces_are_those_of_the_rules_own_passes(pieces):
    text = "".join(piece + space for piece, space in pieces)
    found = [(rule.name, m.start(), m.end()) for m, rule in _candidates(text)]
    assert sorted(found) == sorted(_own_passes(text))
