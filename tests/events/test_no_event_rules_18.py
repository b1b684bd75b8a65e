"""Trigger senses that report no political event (issue #19, round 18), on sentences written for
these rules (the held-out set of ``test_no_event_18`` is kept apart from them).

- Commerce, work and sport: offering, seeking, giving or agreeing a contract, a salary or a job.
- Words given or delivered: insights, estimates, speeches.
- The press and the public: meeting or speaking to reporters; urging, inviting or talking
  with readers and customers.
- Errands: visiting a doctor or a website; calling a witness or a timeout.
- "Insist" with a clause told as fact is a claim; with a subjunctive or "must", a demand.
- Questions: "asked if / whether / about ..." puts a question, and what it asks about is not
  told as done.
- Means as doers: levies, software, plans and rates that "help" or "call for" something.
"""

from __future__ import annotations

import pytest

NO_EVENT = [
    ("The Mexican club offered the Brazilian forward a four-year contract.",
     {"The Mexican club": "MEX"}, "AGREE"),
    ("The Kenyan runner is seeking a new contract with his sponsor.",
     {"The Kenyan runner": "KEN"}, "REQUEST"),
    ("The Indian minister offered insights into the ministry's budget process.",
     {"The Indian minister": "IND"}, "AGREE"),
    ("The Brazilian president was delivering a speech to farmers in Goias.",
     {"The Brazilian president": "BRA"}, "AID"),
    ("The Iranian foreign minister spoke to reporters in Tehran on Monday.",
     {"The Iranian foreign minister": "IRN"}, "CONSULT"),
    ("The Chinese premier met journalists after the close of the congress.",
     {"The Chinese premier": "CHN"}, "CONSULT"),
    ("The former Peruvian president visited several doctors last year.",
     {"The former Peruvian president": "PER"}, "CONSULT"),
    ("The Nigerian state television urged its viewers to send in their stories.",
     {"The Nigerian state television": "NGA"}, "REQUEST"),
    ("The Russian coach was asked whether the Turkish team deserved the win.",
     {"The Russian coach": "RUS", "the Turkish team": "TUR"}, "REQUEST"),
    ("Asked about the Chilean elections, the Argentine minister smiled.",
     {"the Argentine minister": "ARG"}, "REQUEST"),
    ("Germany's new tax credits help Polish workers buy homes.",
     {"Germany": "DEU", "Polish workers": "POL"}, "AID"),
    ("The Japanese prime minister insists the Chinese economy is recovering.",
     {"The Japanese prime minister": "JPN"}, "REQUEST"),
    ("The Cuban minister spent the morning talking with customers at the market.",
     {"The Cuban minister": "CUB"}, "CONSULT"),
]

STILL_EVENTS = [
    ("The Mexican government offered the Brazilian envoy a meeting.",
     {"The Mexican government": "MEX", "the Brazilian envoy": "BRA"}, "AGREE"),
    ("The Iranian foreign minister spoke to his Iraqi counterpart on Monday.",
     {"The Iranian foreign minister": "IRN", "his Iraqi counterpart": "IRQ"}, "CONSULT"),
    ("The Nigerian government urged residents to leave the flooded area.",
     {"The Nigerian government": "NGA"}, "REQUEST"),
    ("The Russian government asked Turkey to close the straits.",
     {"The Russian government": "RUS", "Turkey": "TUR"}, "REQUEST"),
    ("Germany helped Poland rebuild the bridge.", {"Germany": "DEU", "Poland": "POL"}, "AID"),
    ("The Japanese prime minister insisted that China withdraw its coast guard ships.",
     {"The Japanese prime minister": "JPN", "China": "CHN"}, "REQUEST"),
    ("Egypt called for the withdrawal of Israeli troops from the corridor.",
     {"Egypt": "EGY", "Israeli troops": "ISR"},
     "REQUEST"),
]


@pytest.mark.parametrize(("text", "parties", "kind"), NO_EVENT)
def test_sense_without_event(coded, text, parties, kind):
    events = coded(text, parties).events
    assert kind not in {e.type for e in events}, [(e.type, e.trigger.text) for e in events]


@pytest.mark.parametrize(("text", "parties", "kind"), STILL_EVENTS)
def test_political_sense_kept(coded, text, parties, kind):
    events = coded(text, parties).events
    assert kind in {e.type for e in events}, [(e.type, e.trigger.text) for e in events]


def test_what_a_question_asks_about_is_not_told(coded):
    text = "The Indian minister declined to comment when asked about the state of the negotiations."
    events = coded(text, {"The Indian minister": "IND"}).events
    assert not events, [(e.type, e.trigger.text) for e in events]
