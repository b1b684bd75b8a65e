"""Seed 004: the two block quotes after a colon, with their speakers."""

from __future__ import annotations

import pytest

from eventwire.api import code_text

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def seed_quotes(shared):
    text = (shared / "seeds" / "004_51f723bb8042b2c4.txt").read_text(encoding="utf-8")
    return code_text(text, published="2021-09-01").quotes


@pytest.mark.gold
@pytest.mark.parametrize("speaker, content", [
    ("Suhail Shaheen", "I have no idea of any such meeting."),
    ("Stanekzai", "The Taliban want political and economic ties with India."),
])
def test_seed_block_quote_has_its_speaker(seed_quotes, speaker, content):
    quote = next(q for q in seed_quotes if q.content.text == content)
    assert speaker in quote.speaker.text and quote.cue.text in ("said", "saying")
