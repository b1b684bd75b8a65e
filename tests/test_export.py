"""Export formats round-trip through the libraries their users read them with."""

from __future__ import annotations

import csv
import json

import pytest

from eventwire.export import CSV_COLUMNS, GDELT_COLUMNS, write_events
from eventwire.store import Store
from tests.factories import article, event


@pytest.fixture
def events(db_url):
    with Store(db_url) as store:
        store.add_article(article("a", [event("a", 1, place="Dubai")]))
        store.add_article(article("b", [event("b", 1, type_="ASSAULT", actor=("PAK",),
                                              recipient=("AFG",), dead=46)]))
        return list(store.events(with_text=True))


def test_jsonl_lines_are_contract_events_with_reports(events, tmp_path):
    out = tmp_path / "e.jsonl"
    write_events(events, "jsonl", str(out))
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert {line["type"] for line in lines} == {"CONSULT", "ASSAULT"}
    assert all("reports" in line and "num_articles" in line for line in lines)


def test_csv_has_the_documented_columns(events, tmp_path):
    out = tmp_path / "e.csv"
    write_events(events, "csv", str(out))
    rows = list(csv.DictReader(out.open()))
    assert tuple(rows[0].keys()) == CSV_COLUMNS
    assert {r["actor_country"] for r in rows} == {"IND;AFG", "PAK"}


def test_gdelt_rows_have_every_gdelt_column(events, tmp_path):
    out = tmp_path / "e.tsv"
    write_events(events, "gdelt", str(out))
    rows = list(csv.DictReader(out.open(), delimiter="\t"))
    assert tuple(rows[0].keys()) == GDELT_COLUMNS
    assault = next(r for r in rows if r["QuadClass"] == "4" or r["Actor1CountryCode"] == "PAK")
    assert assault["Actor2CountryCode"] == "AFG" and assault["EventRootCode"] == "04"


def test_plover_lines_use_the_manual_field_names(events, tmp_path):
    out = tmp_path / "e.plover.jsonl"
    write_events(events, "plover", str(out))
    line = json.loads(out.read_text().splitlines()[0])
    assert {"id", "date", "actor", "recipient", "event", "mode", "context", "event_loc", "text",
            "event_text"} <= set(line)


def test_parquet_reads_back_with_pyarrow(events, tmp_path):
    import pyarrow.parquet as pq

    out = tmp_path / "e.parquet"
    write_events(events, "parquet", str(out))
    table = pq.read_table(out)
    assert table.num_rows == 2 and "actor_country" in table.column_names
