"""The cue lexicon loads with its schema check."""

from __future__ import annotations

import pytest

from eventwire.errors import ConfigError
from eventwire.quotes.lexicon import check, load_cues


def test_lexicon_holds_reporting_verbs_and_phrases():
    cues = load_cues()
    assert cues.direct("say") and cues.complement("learn") and not cues.direct("learn")
    assert ("according", "to") in cues.phrases


@pytest.mark.parametrize("rows", [
    [("say", "loud")],
    [("Say", "speech")],
    [("say", "speech"), ("say", "clause")],
])
def test_malformed_lexicon_is_a_config_error(rows):
    with pytest.raises(ConfigError):
        check("cues.tsv", rows)
