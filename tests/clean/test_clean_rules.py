"""clean_article: each kind of clutter is removed and recorded; article text is kept."""

from __future__ import annotations

import pytest

from eventwire.clean import clean_article
from eventwire.records import Article

BODY = ("Ministers from both countries met in the capital on Tuesday to discuss trade, "
        "security and the return of refugees, officials said.")
MORE = ("The talks were the first at this level since the government took office, and "
        "both sides agreed to meet again next month.")


def cleaned(raw: str, **fields) -> Article:
    article = Article(id=fields.pop("id", "doc"), raw_text=raw, **fields)
    clean_article(article)
    return article


def kinds(article: Article) -> list[str]:
    return [removal.kind for removal in article.removed]


def test_a_title_line_at_the_top_becomes_the_title():
    article = cleaned(f"Ministers meet for trade talks\n\n{BODY}\n\n{MORE}")
    assert article.title == "Ministers meet for trade talks"
    assert article.text == f"{BODY}\n\n{MORE}"
    assert kinds(article) == ["title"]


def test_a_top_line_repeating_a_known_title_is_removed():
    article = cleaned(f"Trade talks held\n{BODY}", title="Trade Talks Held")
    assert article.title == "Trade Talks Held"
    assert article.text == BODY


def test_a_first_sentence_line_is_not_mistaken_for_a_title():
    article = cleaned(f"{BODY}\n\n{MORE}")
    assert article.title is None and article.text == f"{BODY}\n\n{MORE}"


@pytest.mark.parametrize("dateline, parts", [
    ("New Delhi: ", {"place": "New Delhi", "date": None, "agency": None}),
    ("KABUL, Aug 31 (Reuters) - ", {"place": "KABUL", "date": "Aug 31", "agency": "Reuters"}),
    ("WASHINGTON — ", {"place": "WASHINGTON", "date": None, "agency": None}),
    ("KABUL, Afghanistan (AP) — ", {"place": "KABUL, Afghanistan", "date": None,
                                   "agency": "AP"}),
])
def test_a_dateline_is_cut_off_and_kept_as_metadata(dateline, parts):
    article = cleaned(f"{dateline}{BODY}\n\n{MORE}")
    assert article.text == f"{BODY}\n\n{MORE}"
    assert article.meta["dateline"] == parts
    assert [(r.kind, r.text) for r in article.removed] == [("dateline", dateline.strip())]


@pytest.mark.parametrize("opening", ["Mr Smith - who chairs the panel - said the talks went well.",
                                     "Note that the talks went well, officials said."])
def test_an_opening_that_is_no_dateline_is_kept(opening):
    article = cleaned(f"{opening}\n\n{BODY}")
    assert article.text.startswith(opening) and "dateline" not in article.meta


def test_a_byline_becomes_the_author():
    article = cleaned(f"By Jane Smith\n\n{BODY}")
    assert article.meta["author"] == "Jane Smith" and article.text == BODY


@pytest.mark.parametrize("prompt", [
    "What are your thoughts on this? Please share with us in the comment section below.",
    "Leave a comment",
    "Let us know your views in the comments below.",
    "12 Comments",
])
def test_a_comment_prompt_and_the_comments_after_it_are_removed(prompt):
    comments = "• Great article, thanks for sharing it.\n  I disagree with every word here."
    article = cleaned(f"{BODY}\n\n{MORE}\n\n{prompt}\n\n{comments}")
    assert article.text == f"{BODY}\n\n{MORE}"
    assert kinds(article) == ["comments"] * 3


def test_comments_in_another_language_after_a_prompt_are_removed():
    comment = ("Taliban bus ye yaad rakhein, na hum americans hein na british, hum b issi "
               "mitti k bete hein aur hum mein b utna he imaan hai")
    article = cleaned(f"{BODY}\n\nWhat do you think?\n\n{comment}")
    assert article.text == BODY and kinds(article) == ["comments", "comments"]


def test_article_text_after_a_comment_prompt_is_kept():
    article = cleaned(f"{BODY}\n\nLeave a comment\n\n{MORE}")
    assert article.text == f"{BODY}\n\n{MORE}"


@pytest.mark.parametrize("line", [
    "Featured Content⭐",
    "• Featured Content",
    "Read more: Ministers to meet again in March",
    "Also read | Trade deal signed",
    "Share this article",
    "Subscribe to our newsletter",
    "Facebook Twitter WhatsApp Email",
    "Photo: Reuters",
    "(File photo)",
    "Ministers arrive for the talks in the capital. (Photo: AP)",
    "© 2025 Example News. All rights reserved.",
    "Credit: Reuters",
    "Image source: Getty Images",
    "Taliban fighters patrol a street in Kabul. (AP Photo/Rahmat Gul)",
    "Taliban fighters patrol a street in Kabul. REUTERS/Stringer",
    "Taliban fighters patrol a street in Kabul. AFP via Getty Images",
])
def test_a_boilerplate_line_is_removed(line):
    article = cleaned(f"{BODY}\n\n{line}\n\n{MORE}")
    assert article.text == f"{BODY}\n\n{MORE}"
    assert [(r.kind, r.text) for r in article.removed] == [("boilerplate", line)]


@pytest.mark.parametrize("crumbs", [
    "Home > World > Asia",
    "News » Asia » Afghanistan",
    "Home / World / Asia",
    "World | Asia | Business | Sport",
])
def test_navigation_crumbs_are_removed(crumbs):
    article = cleaned(f"{crumbs}\n\n{BODY}\n\n{MORE}")
    assert article.text == f"{BODY}\n\n{MORE}"
    assert [(r.kind, r.text) for r in article.removed] == [("boilerplate", crumbs)]


@pytest.mark.parametrize("line", [
    "| 1 | Kyle Busch | 5040 | 5 | 1 |",
    "Prices rose by 5% > expected, officials said | analysts agreed.",
    "He said talks would resume; AP and Reuters reported it.",
])
def test_table_rows_and_sentences_with_separators_are_not_crumbs(line):
    assert cleaned(f"{BODY}\n\n{line}").text == f"{BODY}\n\n{line}"


def test_a_related_stories_block_is_removed_with_its_links():
    block = "Related stories\nTrade deal signed in March\nMinisters hold talks in Doha"
    article = cleaned(f"{BODY}\n\n{block}\n\n{MORE}")
    assert article.text == f"{BODY}\n\n{MORE}"
    assert kinds(article) == ["boilerplate"] * 3


def test_an_exact_repeated_paragraph_is_removed_once():
    article = cleaned(f"{BODY}\n\n{MORE}\n\n{BODY}")
    assert article.text == f"{BODY}\n\n{MORE}"
    assert [(r.kind, r.text) for r in article.removed] == [("duplicate", BODY)]


@pytest.mark.parametrize("separator", ["\n", "\n\n"])
def test_a_paragraph_cut_mid_sentence_before_its_full_copy_is_removed(separator):
    cut = BODY[:60].rstrip()
    article = cleaned(f"{cut}{separator}{BODY}\n\n{MORE}")
    assert article.text == f"{BODY}\n\n{MORE}"
    assert [(r.kind, r.text) for r in article.removed] == [("truncated", cut)]


def test_a_truncated_copy_after_the_full_paragraph_is_removed_too():
    article = cleaned(f"{BODY}\n\n{MORE}\n\n{BODY[:70]}")
    assert article.text == f"{BODY}\n\n{MORE}" and kinds(article) == ["truncated"]


def test_a_short_line_repeated_like_an_interview_question_is_kept():
    question = "What made you start cooking at home?"
    raw = f"{BODY}\n\n{question}\n\n{MORE}\n\n{question}\n\n{BODY[:40]} again."
    assert cleaned(raw).text == raw


def test_a_standfirst_repeated_as_the_start_of_a_paragraph_is_a_duplicate():
    first = "The ministry called it the ‘first formal engagement’ since the takeover."
    later = "The ministry called it the 'first formal engagement' since the takeover. More."
    article = cleaned(f"{first}\n\n{BODY}\n\n{later}")
    assert article.text == f"{BODY}\n\n{later}" and kinds(article) == ["duplicate"]


def test_a_paragraph_in_another_language_inside_an_english_article_is_removed():
    urdu = ("Pakistan aur India ke darmiyan ye masla bohat purana hai aur hum sab ko "
            "mil ker iska hal nikalna parey ga")
    article = cleaned(f"{BODY}\n\n{urdu}\n\n{MORE}")
    assert article.text == f"{BODY}\n\n{MORE}" and kinds(article) == ["language"]


@pytest.mark.parametrize("paragraph", [
    "Delhi’s air wasn’t always bad. A water conservation law helped fuel the rise in pollution.",
    "Copper CMCU3 rose 0.86% to $5,880.00 a tonne.",
    "A: Bob Marley, Bruno Mars, Drake, The Eagles, Jay Z, Frank Sinatra",
])
def test_english_with_few_frequent_words_or_mostly_names_is_not_taken_for_another_language(
        paragraph):
    assert cleaned(f"{BODY}\n\n{paragraph}\n\n{MORE}").text == f"{BODY}\n\n{paragraph}\n\n{MORE}"


@pytest.mark.parametrize("text", [
    "Israeli jets struck a Hezbollah weapons depot in southern Lebanon.",
    "Senegalese troops seized smuggled timber near Ziguinchor.",
    "Rebel gunmen torched seven trucks outside Goma overnight.\n\nLocal officials blamed M23 fighters.",
])
def test_a_short_text_of_content_words_is_not_cut_as_a_foreign_block(text):
    # few frequent function words and a weak n-gram verdict: with no English block beside
    # them, these are the article, judged by the article's language check, not cut away
    article = cleaned(text)
    assert article.text == text and article.removed == [] and article.language == "en"


def test_a_lead_of_content_words_before_english_paragraphs_is_kept():
    # a weak "English" verdict on a line of names and content words: its lower-case words are
    # dictionary words, so it is no foreign block
    lead = "Israeli jets struck Hezbollah rocket depots near Tyre overnight."
    article = cleaned(f"{lead}\n\n{BODY}")
    assert article.text == f"{lead}\n\n{BODY}" and article.removed == []


def test_an_english_story_followed_by_longer_comments_in_another_language_keeps_the_story():
    comments = ["Pakistan aur India ke darmiyan ye masla bohat purana hai aur hum sab ko mil ker iska "
                "hal nikalna parey ga",
                "yeh sab drama hai bhai kuch nahi hoga, sab log jaante hain ke asal masla kya hai aur "
                "kaun zimmedar hai",
                "Modi ji ne bahut acha kaam kiya hai desh ke liye aur hum sab unke saath hain hamesha"]
    story = "The foreign ministers of India and Pakistan met in Astana on Tuesday."
    article = cleaned("\n\n".join([story, *comments]))
    assert article.errors == [] and article.language == "en"
    assert article.text == story and kinds(article) == ["language"] * 3


def test_a_french_article_quoting_one_english_line_is_still_french():
    french = ["Le ministre a annoncé mardi une nouvelle réforme de la justice pénale dans le pays.",
              '"We will not accept this reform," the union leader told reporters on Tuesday.',
              "Les syndicats ont appelé à une grève générale pour la semaine prochaine à Paris."]
    article = cleaned("\n\n".join(french))
    assert article.language == "fr" and article.errors


def test_paragraph_separators_of_the_input_are_kept():
    article = cleaned(f"{BODY}\n{MORE}\n\nShare this article\n\n{BODY[:40]} again.")
    assert article.text == f"{BODY}\n{MORE}\n\n{BODY[:40]} again."


@pytest.mark.parametrize("raw", [
    f"Ministers meet\n\nNew Delhi: {BODY}\n\nShare this article\n\n{BODY}",
    f"  {BODY}  \r\n{MORE}\n",
])
def test_without_cleaning_the_text_is_the_raw_text_exactly(raw):
    article = Article(id="doc", raw_text=raw)
    clean_article(article, enabled=False)
    assert article.text == raw and article.removed == [] and article.language == "en"


def test_text_is_cleaned_from_the_text_field_when_there_is_no_raw_text():
    article = Article(id="doc", text=f"{BODY}\n\nShare this article")
    clean_article(article)
    assert article.text == BODY
