"""The PLOVER type of an event, by word class and syntax (round 23), on hand-written sentences.

`data/types_23.jsonl` was written for this round before any rule was changed. A row with a
``gold`` type reports an act of that type, often through a nominal trigger ("the arrests",
"an airstrike"), a light verb ("held talks", "carried out strikes", "gave support") or a phrasal
verb ("pulled out", "turned down"); its ``never`` types must not be read. A row with a null
``gold`` reports no political event: a firm's or a venue's operational suspension is no
sanction, a striker scoring is no strike, a chef charging into a kitchen is no accusation.
Each row is coded by the whole pipeline and only events at or above ``min_confidence`` count.

One row first said AGREE for signing a ceasefire deal; it says SUPPORT, since the lexicon follows
CAMEO2PLOVER for CAMEO 057 (sign formal agreement). Rows listed in XFAIL were still wrong when the
round ended; they are strict, so a fix shows.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.events.conftest import check_kept_type, row_params

ROWS = [json.loads(line) for line in
        (Path(__file__).parent / "data" / "types_23.jsonl").read_text(encoding="utf-8").splitlines()]
XFAIL: dict[str, str] = {
    "The talks between Arvania and Selonia ended without a statement.":
        "after coder.24's refit the partyless CONSULT on 'talks' scores 0.498 (0.654 before), under the "
        "partyless floor 0.5",
    "The militia warned of reprisals if the raids continued.":
        "THREATEN is found but the current confidence model puts it at 0.2",
    "Cavalry charged across the valley.":
        "the rush is ASSAULT by a force (forces_charging), but coder.17's retrained confidence puts it "
        "under the threshold",
    "The government offered to hold new elections next year.":
        "AGREE is found but the current confidence model puts it just under the threshold",
}
# the readings a row must never give hold even where its type is still missed (the cavalry's
# rush is no accusation)
NEVER_XFAIL = {text: why for text, why in XFAIL.items() if text != "Cavalry charged across the valley."}


def _all_types(text: str) -> set[str]:
    from eventwire.api import code_text

    return {e.type for e in code_text(text, clean=False, id="types-23").events}


@pytest.mark.parametrize(("text", "gold"), list(row_params(ROWS, XFAIL, "text", "gold")))
def test_type_of_the_act(nlp: Any, text: str, gold: str | None) -> None:
    check_kept_type(text, gold, "types-23")


@pytest.mark.parametrize(("text", "never"),
                         list(row_params([r for r in ROWS if r.get("never")], NEVER_XFAIL, "text", "never")))
def test_wrong_reading_is_not_made(nlp: Any, text: str, never: list[str]) -> None:
    found = _all_types(text)
    assert not found & set(never), found
