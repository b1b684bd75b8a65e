"""find_quotes: every quote form gives speaker, cue and content with exact offsets."""

from __future__ import annotations

import pytest

from tests.quotes.conftest import at, spans


def test_said_colon_quotes_the_rest_of_the_sentence(quotes):
    text = "Ahmed Khan said: the talks will resume next week."
    assert spans(quotes(text, ("Ahmed Khan",))[0]) == (
        at(text, "Ahmed Khan"), at(text, "said"), at(text, "the talks will resume next week."))


def test_line_ending_in_a_colon_quotes_the_next_paragraph(quotes):
    text = "Suhail Shaheen, the spokesman, said:\n\nI have no idea of any such meeting.\n\nNo talks followed."
    assert spans(quotes(text, ("Suhail Shaheen",))[0]) == (
        at(text, "Suhail Shaheen"), at(text, "said"), at(text, "I have no idea of any such meeting."))


def test_quoted_as_saying_is_attributed_to_the_subject(quotes):
    text = ("The talks came after Stanekzai was quoted in the local press as saying:\n\n"
            "The Taliban want ties with India.\n")
    quote = quotes(text, ("Stanekzai",))[0]
    assert quote.speaker.text == "Stanekzai" and quote.content.text == "The Taliban want ties with India."


def test_quoted_words_before_said_x(quotes):
    text = "“We will not give up,” the minister said."
    assert spans(quotes(text)[0]) == (
        at(text, "the minister"), at(text, "said"), at(text, "We will not give up"))


def test_said_x_after_quoted_words(quotes):
    text = "“The talks were useful and frank,” said Ahmed Khan."
    assert spans(quotes(text, ("Ahmed Khan",))[0]) == (
        at(text, "Ahmed Khan"), at(text, "said"), at(text, "The talks were useful and frank"))


def test_x_said_before_quoted_words(quotes):
    text = "The minister said, “We will not give up on the talks.”"
    assert spans(quotes(text)[0]) == (
        at(text, "The minister"), at(text, "said"), at(text, "We will not give up on the talks."))


def test_quote_over_several_sentences_is_one_content(quotes):
    text = "“We came to talk. We will stay until there is a deal,” she said."
    assert quotes(text)[0].content.text == "We came to talk. We will stay until there is a deal"


def test_quote_going_on_after_its_cue_runs_to_the_last_mark(quotes):
    text = "“We came to talk,” said Ahmed Khan. “We will stay until there is a deal.”"
    found = quotes(text, ("Ahmed Khan",))
    assert len(found) == 1
    assert (found[0].content.start, found[0].content.end) == (1, len(text) - 1)


def test_quote_over_several_paragraphs(quotes):
    text = "The envoy said:\n\n“We came to talk.\n\n“We will stay until there is a deal.”\n\nThey left."
    quote = quotes(text)[0]
    assert quote.content.text == "We came to talk.\n\n“We will stay until there is a deal."
    assert quote.speaker.text == "The envoy"


@pytest.mark.parametrize("marks", [("“", "”"), ('"', '"'), ("''", "''")])
def test_every_kind_of_quotation_mark(quotes, marks):
    text = f"{marks[0]}We will not give up the fight,{marks[1]} the minister said."
    assert quotes(text)[0].content.text == "We will not give up the fight"


def test_said_that_content_is_the_complement_clause(quotes):
    text = "India said that the talks were useful."
    assert spans(quotes(text, ("India",))[0]) == (
        at(text, "India"), at(text, "said"), at(text, "that the talks were useful"))


def test_said_without_that(quotes):
    text = "The minister said the talks were useful."
    assert quotes(text)[0].content.text == "the talks were useful"


def test_clause_then_said_x(quotes):
    text = "The talks were useful, the minister said."
    quote = quotes(text)[0]
    assert quote.content.text == "The talks were useful" and quote.speaker.text == "the minister"


def test_said_x_inside_the_clause(quotes):
    text = "The talks, the minister said, were useful."
    quote = quotes(text)[0]
    assert quote.content.text == "The talks, the minister said, were useful"
    assert quote.speaker.text == "the minister"


def test_told_reporters(quotes):
    text = "Ahmed Khan told reporters in Doha that the group wanted peace."
    assert spans(quotes(text, ("Ahmed Khan",))[0]) == (
        at(text, "Ahmed Khan"), at(text, "told"), at(text, "that the group wanted peace"))


@pytest.mark.parametrize("verb", ["added", "noted", "warned", "stressed", "insisted", "claimed",
                                  "argued", "denied", "reported"])
def test_reporting_verbs_cue_their_complement(quotes, verb):
    text = f"The spokesman {verb} that the ceasefire was holding."
    assert spans(quotes(text)[0]) == (
        at(text, "The spokesman"), at(text, verb), at(text, "that the ceasefire was holding"))


def test_has_learned(quotes):
    text = "Reuters has learned that the envoy will resign."
    quote = quotes(text)[0]
    assert quote.speaker.text == "Reuters" and quote.content.text == "that the envoy will resign"


@pytest.mark.parametrize("text, content", [
    ("According to media reports, the envoy held talks in Doha.", "the envoy held talks in Doha"),
    ("The envoy held talks in Doha, according to media reports.", "The envoy held talks in Doha"),
])
def test_according_to_names_the_speaker(quotes, text, content):
    cue = text[text.index("ccording") - 1:][:12]
    assert spans(quotes(text)[0]) == (at(text, "media reports"), at(text, cue), at(text, content))


def test_speaker_is_the_actor_entity(quotes):
    text = "India's ambassador Deepak Mittal said the talks were useful."
    speaker = quotes(text, ("India's ambassador Deepak Mittal",))[0].speaker
    assert speaker.name == "India's ambassador Deepak Mittal"


def test_speaker_through_apposition(quotes):
    text = "The group's spokesman, Suhail Shaheen, said the talks were useful."
    speaker = quotes(text, ("Suhail Shaheen",))[0].speaker
    assert (speaker.text, speaker.start, speaker.end) == at(text, "Suhail Shaheen")


def test_pronoun_speaker_is_coded_as_the_person_before_it(quotes):
    text = "Ahmed Khan arrived in Doha on Monday. “We came to talk about peace,” he said."
    speaker = quotes(text, ("Ahmed Khan",))[0].speaker
    assert (speaker.text, speaker.start) == ("he", text.index("he said"))
    assert speaker.name == "Ahmed Khan"


def test_pronoun_entity_from_the_actors_stage_is_the_speaker(nlp):
    from eventwire.quotes import find_quotes
    from eventwire.records import Entity
    from tests.conftest import make_article

    text = "Ahmed Khan arrived. “We came to talk about peace,” he said."
    article = make_article(nlp, text)
    pronoun = Entity("he", text.index("he said"), text.index("he said") + 2, name="Ahmed Khan",
                     country="AFG", kind="pronoun")
    article.actors = [pronoun]
    find_quotes(article)
    assert article.quotes[0].speaker is pronoun


def test_quote_signed_with_a_dash(quotes):
    text = "“He does not speak for us and never will.” ― Sonya Herridge\n"
    quote = quotes(text)[0]
    assert quote.speaker.text == "Sonya Herridge" and quote.cue.text == "―"


def test_transcript_label_is_the_speaker(quotes):
    text = "WALLACE: Will Gennifer Flowers be there?\n\nPENCE: She will not be attending the debate.\n"
    found = quotes(text)
    assert [q.speaker.text for q in found] == ["WALLACE", "PENCE"]
    assert found[1].content.text == "She will not be attending the debate."


@pytest.mark.parametrize("text", [
    "“We came to talk about peace and nothing else.”",
    "The talks were useful.",
    "The minister spoke about the talks in Doha.",
    "They watched “Fox News Sunday” together and said nothing.",
    "Time: 12:05 p.m. on Tuesday.",
    "It should be noted that the talks were useful.",
    "I think the talks were useful, you know.",
    "They crossed a stream called Miracle Run.",
    "Correction: An earlier version of this article misstated the date.",
])
def test_no_quote_without_a_cue_and_content(quotes, text):
    assert quotes(text) == []


def test_quotes_are_in_text_order_and_each_span_is_the_text(quotes):
    text = ("Ahmed Khan said the talks were useful. “We will come back,” he added. "
            "According to officials, a second round is planned.")
    found = quotes(text, ("Ahmed Khan",))
    assert [q.cue.text for q in found] == ["said", "added", "According to"]
    for quote in found:
        for part in (quote.speaker, quote.cue, quote.content):
            assert text[part.start:part.end] == part.text


def test_passive_cue_speaks_through_its_agent(quotes):
    text = "It was reported by state media that the talks were useful."
    assert quotes(text)[0].speaker.text == "state media"


@pytest.mark.parametrize("text, cue, content", [
    ("The minister vowed to rebuild the bridge.", "vowed", "to rebuild the bridge"),
    ("The envoy urged both sides to return to the talks.", "urged", "both sides to return to the talks"),
    ("The opposition called for a recount of the votes.", "called", "for a recount of the votes"),
    ("The senator described the deal as a betrayal.", "described", "the deal as a betrayal"),
])
def test_pledges_and_demands_are_attributed(quotes, text, cue, content):
    quote = quotes(text)[0]
    assert (quote.cue.text, quote.content.text) == (cue, content)


def test_time_stamp_line_above_is_not_the_speaker(quotes):
    text = "5:45 p.m.\n\nThe minister said the talks were useful."
    assert quotes(text)[0].speaker.text == "The minister"


def test_a_short_quoted_object_of_a_verb_of_judgement_is_the_subjects_words(quotes):
    text = "Later the interior ministry condemned “reckless border provocations” by its neighbour."
    assert spans(quotes(text)[0]) == (
        at(text, "the interior ministry"), at(text, "condemned"), at(text, "reckless border provocations"))


def test_short_scare_quotes_without_a_verb_of_judgement_are_no_quote(quotes):
    assert quotes("The committee studied the “new normal” of border trade for a week.") == []
