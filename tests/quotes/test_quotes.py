"""find_quotes: block quotes after a colon, direct quotes, "said that", "according to"."""

from __future__ import annotations


def test_colon_line_quotes_the_next_paragraph(coded):
    text = "Suhail Shaheen, the spokesman, said:\n\nI have no idea of any such meeting.\n"
    quote = coded(text, {"Suhail Shaheen": "AFG"}).quotes[0]
    assert quote.content.text == "I have no idea of any such meeting."
    assert "Shaheen" in quote.speaker.text and quote.cue.text == "said"


def test_quoted_as_saying_speaker_is_the_subject(coded):
    text = "Stanekzai was quoted in the local press as saying:\n\nThe Taliban want ties with India.\n"
    quote = coded(text, {"Stanekzai": "AFG"}).quotes[0]
    assert quote.speaker.text == "Stanekzai" and "ties with India" in quote.content.text


def test_direct_quote_with_said(coded):
    text = "“We will not give up,” the minister said."
    quote = coded(text).quotes[0]
    assert quote.content.text == "We will not give up," or quote.content.text == "We will not give up"
    assert quote.speaker.text == "the minister"


def test_said_that_is_an_indirect_quote(coded):
    quote = coded("India said that the talks were useful.", {"India": "IND"}).quotes[0]
    assert quote.content.text == "the talks were useful" and quote.speaker.text == "India"


def test_according_to_names_the_speaker(coded):
    quote = coded("According to media reports, the envoy held talks in Doha.").quotes[0]
    assert quote.speaker.text == "media reports" and quote.cue.text == "According to"
