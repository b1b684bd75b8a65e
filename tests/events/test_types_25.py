"""The PLOVER type and mode of an event, by word class and syntax (round 25), on hand-written sentences.

`data/types_25.jsonl` was written for this round before any rule was changed. A row with a
``gold`` type reports an act of that type; a ``mode`` row says which weapon family the act was
done with when a weapon noun stands in the trigger's own phrase ("a *grenade* attack", "*mortar
shells* struck", "a *suicide bomber* killed", "attacked ... with *chlorine gas*"), and a
``nomode`` row names a mode that a weapon elsewhere in the sentence must not give. A report
verb "protest" after the clause it reports ("..., a union protested") is a complaint (ACCUSE),
no demonstration. A firm's own board or shareholders meeting is no event (no two parties).
A null ``gold`` reports no event at all (natural or accidental harm, a firm's internal
meeting). Rows marked "must stay" passed before the change. Rows listed in XFAIL were still
wrong when the round ended; they are strict, so a fix shows.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.events.conftest import check_kept_type, kept_events, row_params

ROWS = [json.loads(line) for line in
        (Path(__file__).parent / "data" / "types_25.jsonl").read_text(encoding="utf-8").splitlines()]
_GO_OFF = ("\"went off\" is no trigger: a weapon going off needs a doer-less verb entry that an alarm "
            "or a gas cylinder going off must not take")
XFAIL: dict[str, str] = {
    "Three people were hurt when a hand grenade went off outside a bakery in Tegucigalpa.": _GO_OFF,
}
MODE_XFAIL: dict[str, str] = dict(XFAIL)
NEVER_XFAIL: dict[str, str] = {}


def _all_types(text: str) -> set[str]:
    from eventwire.api import code_text

    return {e.type for e in code_text(text, clean=False, id="types-25").events}


@pytest.mark.parametrize("row", list(row_params(ROWS, XFAIL)))
def test_type_of_the_act(nlp: Any, row: dict[str, Any]) -> None:
    check_kept_type(row["text"], row["gold"], "types-25")


@pytest.mark.parametrize("row", list(row_params([r for r in ROWS if r.get("mode") or r.get("nomode")],
                                                MODE_XFAIL)))
def test_mode_of_the_act(nlp: Any, row: dict[str, Any]) -> None:
    """The mode is found, and a weapon mode carries its CAMEO code (weapon_modes.tsv)."""
    from eventwire.events.rules import WEAPON_MODES

    codes = {mode: cameo for _, mode, cameo in WEAPON_MODES}
    events = kept_events(row["text"], "types-25")
    found = [(e.type, e.mode) for e in events]
    if row.get("mode"):
        assert (row["gold"], row["mode"]) in found, found
        cameos = [e.cameo for e in events if (e.type, e.mode) == (row["gold"], row["mode"])]
        if row["mode"] in codes:
            assert codes[row["mode"]] in cameos, cameos
    for mode in row.get("nomode", []):
        assert (row["gold"], mode) not in found, found


@pytest.mark.parametrize(("text", "never"),
                         list(row_params([r for r in ROWS if r.get("never")], NEVER_XFAIL, "text", "never")))
def test_wrong_reading_is_not_made(nlp: Any, text: str, never: list[str]) -> None:
    found = _all_types(text)
    assert not found & set(never), found
