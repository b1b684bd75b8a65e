"""The trigger lexicon loads, passes its schema check and covers every PLOVER type."""

from __future__ import annotations

import pytest

from eventwire import ontology
from eventwire.errors import ConfigError
from eventwire.events import load_triggers
from eventwire.events.lexicon import check_row


def test_lexicon_covers_all_sixteen_types():
    sizes = load_triggers().size_by_type()
    assert set(ontology.plover_types()) <= set(sizes)
    assert sum(sizes.values()) > 500


def test_lexicon_is_versioned():
    assert load_triggers().version == "v1"


@pytest.mark.parametrize("field, value", [("type", "FIGHT"), ("cameo", "999"), ("mode", "arrest"),
                                          ("weight", "2")])
def test_bad_rows_are_rejected(field, value):
    row = {"type": "CONSULT", "mode": "", "cameo": "040", "kind": "verb", "pattern": "meet",
           "contexts": "diplomatic", "weight": "0.8", "flags": "recip"}
    row[field] = value
    with pytest.raises(ConfigError):
        check_row(row, 2)
