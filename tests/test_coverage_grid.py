"""How coverage reads in the surfaces (coverage/grid.py): facts in rows, one cell per report,
and the cells each discrepancy names (issue 24)."""

from __future__ import annotations

import pytest

from eventwire.coverage import grid
from eventwire.coverage.model import Coverage, Discrepancy, Party, Quote, ReportFacts


def _report(event_id: str, source: str | None, dead: int | None, **fields: object) -> ReportFacts:
    values: dict = {"event_id": event_id, "article_id": event_id.split(":")[0], "source": source,
                    "domain": None, "url": None, "published": "2025-01-09", "lag_days": 0,
                    "first": True, "sentence": "Shells hit  Khost.", "type": "ASSAULT", "mode": None,
                    "parties": [Party("actor", "Pakistani forces", None, "PAK", "MIL")],
                    "dead": dead}
    return ReportFacts(**{**values, **fields})


@pytest.fixture
def coverage() -> Coverage:
    late = _report("b:ev-1", None, 9, domain="daily.example", first=False, lag_days=1,
                   published="2025-01-10", quotes=[Quote("a governor", "AFG", "We counted nine.")])
    toll = Discrepancy("toll", "dead", {"12": ["a:ev-1"], "9": ["b:ev-1"]}, "Wire says 12, daily 9")
    return Coverage("h-1", "ASSAULT", "s-1", [_report("a:ev-1", "Wire", 12), late], [toll])


def test_each_fact_is_a_row_with_a_cell_per_report(coverage):
    rows = {row.key: row for row in grid.rows(coverage)}
    assert rows["dead"].cells == ["12", "9"]
    assert rows["published"].cells == ["2025-01-09 (first)", "2025-01-10 (+1 d)"]
    assert rows["actor"].cells == ["PAK MIL (Pakistani forces)"] * 2
    assert rows["sentence"].cells[0] == "Shells hit Khost."
    assert rows["quotes"].cells == ["", "“We counted nine.” — a governor (AFG)"]


def test_rows_no_report_fills_are_left_out_but_the_main_ones(coverage):
    keys = [row.key for row in grid.rows(coverage)]
    assert "injured" not in keys and "quantities" not in keys
    assert keys[:7] == list(grid.ALWAYS_SHOWN) and "place" in keys


def test_the_cells_of_a_discrepancy_are_flagged_and_no_others(coverage):
    flagged = {(row.key, i) for row in grid.rows(coverage) for i, f in enumerate(row.flagged) if f}
    assert flagged == {("dead", 0), ("dead", 1)}


@pytest.mark.parametrize("kind, field, rows", [
    ("toll", "injured", ("injured",)), ("party", "recipient country", ("recipient",)),
    ("role", "role of CHN", ("actor", "recipient")), ("only_one", "party USA", ("actor", "recipient")),
    ("quote_speaker", "speaker", ("quotes",)), ("quantity", "tonne", ("quantities",)),
    ("only_one", "date", ("date",)), ("modality", "negated", ("modality",)),
])
def test_a_discrepancy_is_about_the_rows_its_field_or_kind_names(kind, field, rows):
    assert grid.rows_of(Discrepancy(kind, field, {})) == rows


def test_an_outlet_is_the_source_else_the_domain_else_the_article(coverage):
    assert [grid.outlet(r) for r in coverage.reports] == ["Wire", "daily.example"]
    assert grid.outlet(_report("x:ev-1", None, None)) == "x"


def test_discrepancy_rows_have_one_row_per_side_with_its_outlets(coverage):
    rows = list(grid.discrepancy_rows(coverage))
    assert [(r["value"], r["event_ids"], r["outlets"]) for r in rows] == [
        ("12", ["a:ev-1"], ["Wire"]), ("9", ["b:ev-1"], ["daily.example"])]
    assert set(rows[0]) == set(grid.DISCREPANCY_COLUMNS) and rows[0]["happening_id"] == "h-1"


def test_a_flat_discrepancy_row_joins_its_lists():
    assert grid.flat_discrepancy({"event_ids": ["a", "b"], "kind": "toll"}) == {
        "event_ids": "a;b", "kind": "toll"}


def test_a_country_only_one_outlet_names_flags_the_row_it_is_named_in(coverage):
    coverage.reports[1].parties.append(Party("recipient", "Iraq", None, "IRQ", "GOV"))
    coverage.discrepancies = [Discrepancy("only_one", "party IRQ",
                                          {"IRQ": ["b:ev-1"], "not given": ["a:ev-1"]})]
    flagged = {(row.key, i) for row in grid.rows(coverage) for i, f in enumerate(row.flagged) if f}
    assert flagged == {("recipient", 0), ("recipient", 1)}
