"""PLOVER type, mode and modality on hand-written sentences (round 24b): confusions of type seen on
our own written examples, each rewritten here in other words.

`data/types_24b.jsonl` was written before any rule was changed. A row with a ``gold`` type
reports an act of that type: signing an accord or a memorandum is SUPPORT (CAMEO 057, as PLOVER's
CAMEO mapping and the PLOVER gold sets code it; no AGREE, which is for promises); a missile
test-fired or test-launched is MOBILIZE weapons (no ASSAULT); calling up reservists is MOBILIZE (no
CONSULT phone call); "denied kidnapping X" codes the act with modality ``reported_denied`` (no
REJECT), as "denied that ..." does; a coup is ASSAULT (docs/annotation.md); refusing food in
protest is a hunger strike, PROTEST (no REJECT); stones thrown at a named target are ASSAULT; an
admission by a party in public life is CONCEDE plus the admitted act (``also``). A row with a null
``gold`` is sport, entertainment, business or weather that uses an attack word: no event. The
last rows must stay as they were. Each row is coded by the whole pipeline and only events at or
above ``min_confidence`` count for ``gold``; ``never`` types must not be read at any confidence.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.events.conftest import check_kept_type, kept_events, row_params

ROWS = [json.loads(line) for line in
        (Path(__file__).parent / "data" / "types_24b.jsonl").read_text(encoding="utf-8").splitlines()]
_STONES = ("one match gives one type: stones thrown are PROTEST riot (CAMEO 145, kept for crowds and "
           "CASE); an ASSAULT beside it needs a second event from code.py")
_TEST_LAUNCH = ("\"test-launched\" is parsed test/dep, not an object of \"launch\"; a \"launch test\" row "
                "would read \"launched a test of its app\" as MOBILIZE; needs a hyphen rule in match.py")
_FIRE = "\"fire\" is kind death in figurative.tsv (one kind a word), so it is no play verb for _sporting"
# rows whose type is both wrong and read as one never expected (NEVER_XFAIL too)
_BOTH: dict[str, str] = {
    "Iran test-launched a new cruise missile during naval drills.": _TEST_LAUNCH,
}
XFAIL: dict[str, str] = {
    **_BOTH,
    "Settlers threw stones at Palestinian cars near Nablus.": _STONES,
    "Youths hurled rocks at police vehicles in the township.": _STONES,
    "A mob pelted the bus of the visiting minister with stones.": _STONES,
    "The government acknowledged that its air strike hit a wedding party.":
        "\"acknowledge\" as CONCEDE also reads \"acknowledged the crowd\" and \"acknowledged defeat\"",
    "A lightning strike killed two herders in Kenya.":
        "hazards.is_hazard reads no hazard compound on a doer noun (\"lightning strike\"): hazards.py",
    "The young winger fired a shot over the bar in the second half.": _FIRE,
    "The striker fired a low shot past the goalkeeper.": _FIRE,
    "The two neighbours signed a memorandum of understanding on border trade in Hanoi.":
        "after coder.19's refit SUPPORT on 'signed a memorandum' scores 0.47, under the threshold",
}
NEVER_XFAIL: dict[str, str] = {
    **_BOTH,
}


def _all_types(text: str) -> set[str]:
    from eventwire.api import code_text

    return {e.type for e in code_text(text, clean=False, id="types-24b").events}


@pytest.mark.parametrize("row", list(row_params(ROWS, XFAIL)))
def test_type_of_the_act(nlp: Any, row: dict[str, Any]) -> None:
    check_kept_type(row["text"], row["gold"], "types-24b")
    kept = kept_events(row["text"], "types-24b")
    if row.get("also"):
        assert row["also"] in {e.type for e in kept}, [(e.type, e.modality) for e in kept]
    if row.get("modality"):
        assert any(e.type == row["gold"] and e.modality == row["modality"] for e in kept), \
            [(e.type, e.modality) for e in kept]


@pytest.mark.parametrize(("text", "never"),
                         list(row_params([r for r in ROWS if r.get("never")], NEVER_XFAIL, "text", "never")))
def test_wrong_reading_is_not_made(nlp: Any, text: str, never: list[str]) -> None:
    found = _all_types(text)
    assert not found & set(never), found
