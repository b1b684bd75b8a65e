"""Refactoring keeps the coding: the VOA stories and the seeds code to the recorded digests
(see tests/golden/snapshot.py for what is compared and how to update on purpose)."""

from __future__ import annotations

import json

import pytest

from tests.golden import snapshot


@pytest.mark.slow
def test_coded_records_match_the_recorded_digests(shared):
    expected = json.loads(snapshot.DIGESTS.read_text(encoding="utf-8"))
    changed = snapshot.changed(snapshot.coded_digests(shared), expected)
    assert not changed, (f"{len(changed)} of {len(expected)} documents code differently: {changed[:10]}; "
                         "if that is intended, run tests/golden/snapshot.py --update and say why")
