"""`eventwire demo` re-codes a demo store kept from an older coder version instead of
calling its samples "already coded" and showing the old release's events."""

from __future__ import annotations

import pytest
from tests.reliability import helpers

from eventwire import version
from eventwire.api import ingest
from eventwire.cli.demo import _recode_stale
from eventwire.store import Store

pytestmark = pytest.mark.slow

MEETING = ("India's foreign secretary met the Taliban's acting foreign minister in Dubai on "
           "Wednesday. The two sides discussed trade and humanitarian aid.\n")


def test_a_store_from_an_older_coder_is_recoded_and_said_so(tmp_path, monkeypatch, nlp):
    (tmp_path / "a.txt").write_text(MEETING)
    db = f"sqlite:///{tmp_path / 'demo.db'}"
    with Store(db) as store:
        assert ingest([str(tmp_path / "a.txt")], store, workers=1).stored == 1
        assert _recode_stale(store) == ""   # coded by this very coder: nothing to do
    monkeypatch.setattr(version, "CODER_VERSION", "0.1.0+coder.newer")
    with Store(db) as store:
        said = _recode_stale(store)
    assert said == ("The store held articles coded by another coder version: re-coded all 1 "
                    "with coder 0.1.0+coder.newer.")
    assert helpers.column(db, "SELECT DISTINCT coder_version FROM articles") == ["0.1.0+coder.newer"]
