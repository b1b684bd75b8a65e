"""clean_article never raises, and its text is made of pieces of the raw text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.clean import clean_article
from eventwire.records import Article

PIECES = st.sampled_from([
    "Ministers met in Doha on Tuesday.", "New Delhi: ", "KABUL, Aug 31 (Reuters) - ",
    "Leave a comment", "• ", "Featured Content⭐", "Related stories", "Photo: AP",
    "Taliban ne 20 years", "What are your thoughts on this?", "\n", "\n\n", "  ", "By Jo",
])
TEXTS = st.one_of(st.text(), st.lists(st.one_of(PIECES, st.text(max_size=20))).map("".join))


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_cleaning_never_raises_and_keeps_only_pieces_of_the_raw_text(raw):
    article = Article(id="doc", raw_text=raw)
    clean_article(article)
    for paragraph in article.text.split("\n"):
        assert paragraph in raw
    assert article.language is not None or article.errors
