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

from tests.events.conftest import row_params

ROWS = [json.loads(line) for line in
        (Path(__file__).parent / "data" / "types_23.jsonl").read_text(encoding="utf-8").splitlines()]
XFAIL: dict[str, str] = {
    "The militia warned of reprisals if the raids continued.":
        "THREATEN is found but the current confidence model puts it at 0.2",
    "Arvania imposed sanctions on three Selonian banks.":
        "COERCE restrict is found but invented names are no actors and the confidence stays under 0.5",
    "Selonia put its forces on high alert.":
        "MOBILIZE is found (0.61 with a real country) but an invented name is no actor: 0.47",
    "Arvania and Selonia signed a ceasefire deal on Friday.":
        "signing is found with real countries (SUPPORT 057); with two invented names no event is kept",
    "The government offered to hold new elections next year.":
        "AGREE is found but the current confidence model puts it just under the threshold",
}


def _kept(text: str) -> list[Any]:
    from eventwire.api import code_text
    from eventwire.link.events import min_confidence

    threshold = min_confidence()
    return [e for e in code_text(text, clean=False, id="types-23").events if e.confidence >= threshold]


def _all_types(text: str) -> set[str]:
    from eventwire.api import code_text

    return {e.type for e in code_text(text, clean=False, id="types-23").events}


@pytest.mark.parametrize(("text", "gold"), list(row_params(ROWS, XFAIL, "text", "gold")))
def test_type_of_the_act(nlp: Any, text: str, gold: str | None) -> None:
    described = [(e.type, e.trigger.text if e.trigger else None, round(e.confidence, 2))
                 for e in _kept(text)]
    if gold is None:
        assert not described, described
    else:
        assert gold in {d[0] for d in described}, described


@pytest.mark.parametrize(("text", "never"),
                         list(row_params([r for r in ROWS if r.get("never")], XFAIL, "text", "never")))
def test_wrong_reading_is_not_made(nlp: Any, text: str, never: list[str]) -> None:
    found = _all_types(text)
    assert not found & set(never), found
