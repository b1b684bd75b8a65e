"""Export formats round-trip through the libraries their users read them with."""

from __future__ import annotations

import csv
import dataclasses
import json

import pytest
from click.testing import CliRunner

from eventwire.cli import cli
from eventwire.cli import commands as _commands  # noqa: F401 - registers `events`
from eventwire.export import (
    CSV_COLUMNS,
    GDELT_COLUMNS,
    POLECAT_COLUMNS,
    PROVENANCE_COLUMNS,
    write_events,
)
from eventwire.store import EventFilter, Store
from tests.factories import article, entity, event


@pytest.fixture
def events(db_url):
    with Store(db_url) as store:
        store.add_article(article("a", [event("a", 1, place="Dubai")]))
        store.add_article(article("b", [_assault("b")], text="Pakistani jets struck a market.",
                                  source="Frontier Post"))
        return list(store.events(with_text=True))


def _assault(article_id: str):
    """A material-conflict event whose recipient is military."""
    base = event(article_id, 1, type_="ASSAULT", actor=("PAK",), recipient=("AFG",), dead=46)
    return dataclasses.replace(base, quad=4, cameo="190", recipient=[entity("AFG", sector="MIL")])


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
    assert tuple(rows[0].keys()) == GDELT_COLUMNS + PROVENANCE_COLUMNS
    assault = next(r for r in rows if r["Actor1CountryCode"] == "PAK")
    assert assault["Actor2CountryCode"] == "AFG" and assault["EventRootCode"] == "19"
    assert assault["QuadClass"] == "4" and float(assault["GoldsteinScale"]) < 0


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


def test_gdelt_and_polecat_tsv_read_back_with_pandas(events, tmp_path):
    import pandas as pd

    for fmt, columns in (("gdelt", GDELT_COLUMNS), ("polecat", POLECAT_COLUMNS)):
        out = tmp_path / f"e.{fmt}.tsv"
        write_events(events, fmt, str(out))
        frame = pd.read_csv(out, sep="\t", keep_default_na=False)
        assert tuple(frame.columns) == columns + PROVENANCE_COLUMNS and len(frame) == 2


def test_polecat_rows_carry_names_sectors_place_and_source(events, tmp_path):
    out = tmp_path / "e.tsv"
    write_events(events, "polecat", str(out))
    rows = {r["Event Type"]: r for r in csv.DictReader(out.open(), delimiter="\t")}
    assault, talks = rows["ASSAULT"], rows["CONSULT"]
    assert (assault["Actor Country"], assault["Recipient Country"]) == ("PAK", "AFG")
    assert assault["Primary Recipient Sector"] == "MIL" and assault["Quad Code"] == "4"
    assert assault["Source"] == "Frontier Post" and assault["Publication Date"] == "2025-01-09"
    assert talks["Placename"] == talks["City"] == "Dubai" and talks["Feature Type"] == "PPL"
    assert talks["Actor Name Raw"] == "IND;AFG"


@pytest.mark.parametrize(("where", "types"), [
    (EventFilter(quad=[4]), {"ASSAULT"}),
    (EventFilter(quad=[1, 2]), {"CONSULT"}),
    (EventFilter(recipient_sector=["MIL"]), {"ASSAULT"}),
    (EventFilter(actor_sector=["GOV"]), {"ASSAULT", "CONSULT"}),
    (EventFilter(actor_sector=["MIL"]), set()),
    (EventFilter(source="Frontier Post"), {"ASSAULT"}),
    (EventFilter(q="MET THE"), {"CONSULT"}),
    (EventFilter(q="50%_"), set()),
])
def test_event_filters(db_url, where, types):
    with Store(db_url) as store:
        store.add_article(article("a", [event("a", 1, place="Dubai")]))
        store.add_article(article("b", [_assault("b")], text="Pakistani jets struck a market.",
                                  source="Frontier Post"))
        assert {e["type"] for e in store.events(where)} == types
        assert all("sentence_text" not in e for e in store.events(where))
        if not where.q:
            assert store.count_events(where) == len(types)


def test_cli_export_filters_and_json_summary(tmp_path):
    db = f"sqlite:///{tmp_path / 'e.db'}"
    with Store(db) as store:
        store.add_article(article("a", [event("a", 1, place="Dubai")]))
        store.add_article(article("b", [_assault("b")], text="Pakistani jets struck a market."))
    out = tmp_path / "conflict.tsv"
    result = CliRunner().invoke(cli, ["events", "--db", db, "--format", "polecat", "--quad", "4",
                                      "--recipient-sector", "mil", "-o", str(out), "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stderr.strip().splitlines()[-1])
    assert summary["events"] == 1 and summary["format"] == "polecat"
    assert [r["Event Type"] for r in csv.DictReader(out.open(), delimiter="\t")] == ["ASSAULT"]
    quiet = CliRunner().invoke(cli, ["events", "--db", db, "--text", "met the", "--quiet"])
    assert quiet.exit_code == 0 and quiet.stderr == ""
    assert [json.loads(line)["type"] for line in quiet.stdout.splitlines()] == ["CONSULT"]
