"""What was done, what is planned, what is only said (round 25): sentences written for this round
(``data/modality_25.jsonl``) about imagined states and parties, each with one event whose type,
modality and negation docs/annotation.md fixes ("Intentions, plans, threats and plots", "Modality
of intentions", "Accusations, allegations, denials and admissions").

A row names the expected type (``A|B``: either), the modality, whether the event is negated, and
a word of its trigger; it passes when the whole pipeline codes an event of that type whose trigger
holds that word with that modality and negation. A row of no type is a question: no event at all
(a question asks, docs/annotation.md; its modality would be hypothetical). Rows of kind
``must_stay`` passed before any rule of this round was changed; rows of kind ``probe`` are the
constructions the round looked at:
decisions reported with "would" ("announced she would resign": future, where "could", "might" and
"if" stay hypothetical), schedules ("is due to", "is scheduled to"), vows, aims and attempts,
failures and prevention, denials of reports, questions, present-tense headlines, conditionals in
quotes and the scope of a negation.

Rows listed in XFAIL would be still wrong when the round ends; they are strict, so a fix shows.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

ROWS = [json.loads(line) for line in
        (Path(__file__).parent / "data" / "modality_25.jsonl").read_text(encoding="utf-8").splitlines()]
XFAIL: dict[str, str] = {
    "\"If they cross the river, we will shell their positions,\" the colonel said.":
        "no event is coded for the quoted conditional act (detection, outside the modality files)",
    "The rebel commander vowed to attack government positions across the valley.":
        "rules.future_codes/match code the vow as AGREE (a pledge); the guide codes a vow of force THREATEN",
    "Arland is seeking to expel the Carovian envoy.":
        "'seeking' is coded REQUEST and the expulsion gets no event of its own (types, outside these files)",
    "Carovia expels Arlandian diplomats over spying row":
        "a present-tense headline with no full stop gets no event (detection, outside these files)",
    "The rebels violated the ceasefire by shelling the town.":
        "the means 'by shelling' gets no ASSAULT of its own beside 'violated the ceasefire' (detection)",
    "\"Our troops will leave the island by June,\" the defence minister said.":
        "no event for 'leave the island' (detection, outside these files)",
    "The engineer was kidnapped and presumed killed by the rebels.":
        "modality_of says hypothetical for 'killed', but the conjoined verb gets no ASSAULT of its own",
}


def _events(text: str) -> list[tuple[str, str, str, bool]]:
    from eventwire.api import code_text

    return [(e.type, e.trigger.text if e.trigger else "", e.modality, e.negated)
            for e in code_text(text, clean=False, id="modality-25").events]


def test_rows_are_well_formed() -> None:
    assert len(ROWS) >= 50
    assert all(row["trigger"] in row["text"] for row in ROWS)
    assert {row["modality"] for row in ROWS} == {"asserted", "future", "hypothetical", "reported_denied"}


def _params() -> list[Any]:
    """One param per row; a row XFAIL names is a strict xfail with its reason."""
    def marks(text: str) -> list[Any]:
        return [pytest.mark.xfail(strict=True, reason=XFAIL[text])] if text in XFAIL else []

    return [pytest.param(row, id=row["text"][:48], marks=marks(row["text"])) for row in ROWS]


@pytest.mark.parametrize("row", _params())
def test_modality_of_the_event(nlp: Any, row: dict[str, Any]) -> None:
    described = _events(row["text"])
    if row["type"] is None:     # a question: no event (events.rules.skip_sentence)
        assert not described
        return
    types = set(row["type"].split("|"))
    found = [(m, n) for t, trigger, m, n in described if t in types and row["trigger"] in trigger]
    assert (row["modality"], row["negated"]) in found, described
