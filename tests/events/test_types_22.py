"""The type of the event between two parties (issue #19, round 22), on hand-written sentences.

`data/types_22.jsonl` was written for this round before any rule was changed. Rows with a
``gold`` type report an act of that PLOVER type: aid given by providing, delivering, lending
or granting; sanctions; mobilization; retreats and concessions; rejections; accusations; and
some types that must keep working. Rows with a null ``gold`` report no political event
at all: sport, courtroom procedure, business deals and terms, interviews. Each row is coded
by the whole pipeline and only events at or above the ``min_confidence`` setting count.

Three rows first said SANCTION for sanctions imposed, an asset freeze and an import ban; they
say COERCE since the trigger lexicon follows CAMEO2PLOVER for CAMEO 163 (COERCE restrict), as
our own cameo.tsv already did. SANCTION stays cutting ties, aid or talks, and expelling.

Rows listed in XFAIL were still wrong when the round ended; they are strict, so a fix shows.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.events.conftest import check_kept_type, row_params

ROWS = [json.loads(line) for line in
        (Path(__file__).parent / "data" / "types_22.jsonl").read_text(encoding="utf-8").splitlines()]
XFAIL: dict[str, str] = {
    "The club rejected a $50 million bid for its captain.":
        "a bid with a sum for a player is commerce; only named takeover/transfer bids are covered",
    "The striker signed a five-year contract with the Spanish club.":
        "after coder.19's refit SUPPORT on 'signed a five-year contract' scores 0.59, above the threshold",
}


@pytest.mark.parametrize(("text", "gold"), list(row_params(ROWS, XFAIL, "text", "gold")))
def test_type_between_parties(nlp: Any, text: str, gold: str | None) -> None:
    check_kept_type(text, gold, "types-22")
