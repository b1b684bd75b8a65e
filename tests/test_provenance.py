"""Every tabular export says where each event is reported (article, URL, source, title,
publication date, sentence and its offsets), sources are named after the URL's domain when a
document gives none, and docs/codebook.md defines every column actually written."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import cli
from eventwire.cli import commands as _commands  # noqa: F401 - registers the commands
from eventwire.export import (
    CSV_COLUMNS,
    GDELT_COLUMNS,
    POLECAT_COLUMNS,
    PROVENANCE_COLUMNS,
    write_csv,
    write_events,
)
from eventwire.read.documents import url_domain
from eventwire.run.dask import event_rows, parquet_schema
from eventwire.store import EventFilter, Store
from tests.factories import article, event

CODEBOOK = Path(__file__).resolve().parents[1] / "docs" / "codebook.md"
TEXT = "India met the Taliban in Dubai. Pakistan will strike the border next week."
# the tabular formats of `eventwire events` and how pandas opens each (ids, offsets and
# dates as they are written: no type guessing)
_AS_WRITTEN = {"dtype": str, "keep_default_na": False}
READERS = {"csv": ("read_csv", _AS_WRITTEN), "parquet": ("read_parquet", {}),
           "gdelt": ("read_csv", {"sep": "\t", **_AS_WRITTEN}),
           "polecat": ("read_csv", {"sep": "\t", **_AS_WRITTEN}),
           "plover": ("read_json", {"lines": True, "dtype": False})}


@pytest.fixture
def store(db_url):
    """Two articles: a meeting (an event) and a future strike (a report in no event)."""
    strike = event("b", 1, type_="ASSAULT", actor=("PAK",), modality="future")
    strike.sentence.start, strike.sentence.end = 32, 74
    with Store(db_url) as store:
        store.add_article(article("a", [event("a", 1, place="Dubai")], text=TEXT,
                                  title="Talks in Dubai", source="Delhi Dispatch"))
        store.add_article(article("b", [strike], text=TEXT))
        yield store


def _expected_meeting() -> dict:
    return {"doc_id": "a", "url": "https://news.example.com/a", "source": "Delhi Dispatch",
            "title": "Talks in Dubai", "published": "2025-01-09",
            "sentence_text": TEXT[:20], "sentence_start": 0, "sentence_end": 20}


def _export(db: str, fmt: str, out: Path, *extra: str) -> None:
    result = CliRunner().invoke(cli, ["events", "--db", db, "--format", fmt, "-o", str(out),
                                      "--quiet", *extra])
    assert result.exit_code == 0, result.output


def _open(fmt: str, path: Path):
    import pandas as pd

    reader, options = READERS[fmt]
    return getattr(pd, reader)(path, **options)


def _cell(value) -> str:
    """A cell as text, "" for an empty one (None, NaN or an empty string)."""
    return "" if value is None or value != value else str(value)


@pytest.mark.parametrize("fmt", sorted(READERS))
def test_every_tabular_format_ends_with_the_chosen_reports_provenance(store, tmp_path, fmt):
    out = tmp_path / f"events.{fmt}"
    _export(store.url, fmt, out)
    frame = _open(fmt, out)
    assert len(frame) == 1
    row = {name: _cell(frame[name].iloc[0]) for name in PROVENANCE_COLUMNS}
    assert row == {k: _cell(v) for k, v in _expected_meeting().items()}


def test_fixed_columns_come_first_and_in_their_order(store, tmp_path):
    for fmt, fixed in (("gdelt", GDELT_COLUMNS), ("polecat", POLECAT_COLUMNS), ("csv", CSV_COLUMNS)):
        out = tmp_path / f"events.{fmt}"
        _export(store.url, fmt, out)
        header = out.read_text(encoding="utf-8").splitlines()[0].split("," if fmt == "csv" else "\t")
        assert tuple(header[:len(fixed)]) == fixed
        assert set(PROVENANCE_COLUMNS) <= set(header)


def test_reports_in_no_event_carry_their_own_provenance_with_all(store, tmp_path):
    out = tmp_path / "all.csv"
    _export(store.url, "csv", out, "--all")
    rows = {r["type"]: r for r in csv.DictReader(out.open(encoding="utf-8"))}
    assert rows["ASSAULT"]["doc_id"] == "b" and rows["ASSAULT"]["source"] == "source-b"
    assert rows["ASSAULT"]["sentence_text"] == TEXT[32:74]
    assert (rows["ASSAULT"]["sentence_start"], rows["ASSAULT"]["sentence_end"]) == ("32", "74")


def test_frames_carry_provenance_without_asking(store):
    frame = store.events().to_pandas()
    assert list(frame.columns) == list(CSV_COLUMNS)
    assert frame.iloc[0][list(PROVENANCE_COLUMNS)].to_dict() == _expected_meeting()
    assert str(frame["sentence_start"].dtype) == "int64"
    polars = store.events().to_polars()
    assert polars["title"].to_list() == ["Talks in Dubai"]
    assert store.events().to_arrow().column("url").to_pylist() == ["https://news.example.com/a"]
    # iterating stays as lean as before: the text only when asked for
    assert "title" not in next(iter(store.events()))


def test_an_empty_frame_still_has_every_column(store):
    frame = store.events(EventFilter(types=["PROTEST"])).to_pandas()
    assert len(frame) == 0 and list(frame.columns) == list(CSV_COLUMNS)


def test_write_csv_writes_to_a_text_stream(store):
    out = io.StringIO()
    assert write_csv(store.events(with_text=True), out) == 1
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert rows[0]["title"] == "Talks in Dubai" and tuple(rows[0]) == CSV_COLUMNS


def test_provenance_is_batched_not_one_query_per_event(db_url):
    from sqlalchemy import event as sa_event

    with Store(db_url) as store:
        for n in range(30):
            store.add_article(article(f"d{n}", [event(f"d{n}", 1, date=f"2024-01-{n % 28 + 1:02d}",
                                                      actor=("IND", f"A{n:02d}"))]))
        statements: list[str] = []
        sa_event.listen(store.engine, "before_cursor_execute",
                        lambda *args: statements.append(args[2]))
        assert len(store.events().to_pandas()) == 30
    assert sum("FROM articles" in s and "articles.text" in s for s in statements) == 1


def test_dask_parquet_rows_have_the_flat_columns_and_the_articles_provenance():
    coded = article("a", [event("a", 1)], text=TEXT, title="Talks in Dubai")
    [row] = event_rows(coded)
    assert [name for name in row if name != "month"] == list(CSV_COLUMNS)
    assert parquet_schema().names == list(CSV_COLUMNS)
    assert {name: row[name] for name in PROVENANCE_COLUMNS} == {
        **_expected_meeting(), "source": "source-a"}


# ---------------------------------------------------------------- sources from the URL

@pytest.mark.parametrize(("url", "domain"), [
    ("https://www.voanews.com/a/x.html", "voanews.com"),
    ("https://news.bbc.co.uk/2/hi/1.stm", "bbc.co.uk"),
    ("https://WWW.Dawn.COM:443/news/1", "dawn.com"),
    ("http://localhost:8000/story", "localhost"),
    ("not a url", None),
    ("", None),
])
def test_url_domain_is_the_registered_domain(url, domain):
    assert url_domain(url) == domain


def _documents() -> str:
    """Three JSONL documents (three texts: one content is one article): a URL without a
    source, a URL with one, neither."""
    return "".join(json.dumps({
        "id": name, "published": "2025-05-12", **extra,
        "text": f"Pakistani troops attacked Indian border posts on {day}, the army said."})
        + "\n" for name, day, extra in (
            ("no-source", "Monday", {"url": "https://www.voanews.com/a/border.html"}),
            ("given", "Sunday", {"url": "https://www.voanews.com/a/border.html", "source": "VOA"}),
            ("neither", "Saturday", {}),
        ))


@pytest.mark.slow
def test_code_names_a_source_after_the_url_domain_and_keeps_a_given_one():
    import subprocess
    import sys

    result = subprocess.run([str(Path(sys.executable).parent / "eventwire"), "code", "-"],
                            input=_documents(), capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    sources = {line["id"]: line["source"] for line in map(json.loads, result.stdout.splitlines())}
    assert sources == {"no-source": "voanews.com", "given": "VOA", "neither": None}


@pytest.mark.slow
def test_ingest_stores_the_url_domain_as_source_and_exports_it(tmp_path):
    from eventwire.api import ingest

    (tmp_path / "docs.jsonl").write_text(_documents(), encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'e.db'}"
    with Store(db) as store:
        report = ingest([str(tmp_path / "docs.jsonl")], store, workers=1)
        assert report.failed == 0, report.errors
        sources = {a["id"]: a["source"] for a in store.articles()}
        exported = store.events(with_text=True).to_list()
    assert (sources["given"], sources["neither"]) == ("VOA", None)
    assert sources["no-source"] == "voanews.com"
    assert {e["reports"][0]["doc_id"]: e["source"] for e in exported}["no-source"] == "voanews.com"


# ---------------------------------------------------------------- the codebook

# formats whose codebook section defines only what they add to another format's columns
INHERITS = {"parquet://FOLDER": "csv", "reports": "csv"}


def _codebook_sections() -> dict[str, str]:
    """The codebook's "## " sections by the export format named in backticks in their title;
    "provenance" for the section of the columns every format ends with."""
    sections = re.split(r"^## ", CODEBOOK.read_text(encoding="utf-8"), flags=re.M)[1:]
    named = {}
    for section in sections:
        title = section.splitlines()[0]
        for name in re.findall(r"`([^`]+)`", title):
            named[name] = section
        if title.startswith("Provenance"):
            named["provenance"] = section
    return named


def _defined(section: str) -> set[str]:
    """The names a section defines: the backticked names in the first cell of its table rows."""
    names = set()
    for line in section.splitlines():
        cell = line.split("|")[1] if line.startswith("|") and line.count("|") > 2 else ""
        names |= set(re.findall(r"`([^`]+)`", cell))
    return names


def _written_columns(store: Store, tmp_path: Path) -> dict[str, list[str]]:
    """Each format's columns (top-level keys for JSON lines), as the exports really write them."""
    from eventwire.store.reports import report_columns

    written: dict[str, list[str]] = {}
    everything = EventFilter(include_unreal=True)   # events and the reports in none
    for fmt in ("csv", "gdelt", "polecat"):
        out = tmp_path / fmt
        write_events(store.events(everything, with_text=True), fmt, str(out))
        written[fmt] = out.read_text(encoding="utf-8").splitlines()[0].split("," if fmt == "csv" else "\t")
    for fmt in ("jsonl", "plover"):
        out = tmp_path / fmt
        write_events(store.events(everything, with_text=True), fmt, str(out))
        lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        written[fmt] = list(dict.fromkeys(key for line in lines for key in line))
    out = tmp_path / "parquet"
    write_events(store.events(with_text=True), "parquet", str(out))
    import pyarrow.parquet as pq

    written["parquet"] = pq.read_schema(out).names
    written["parquet://FOLDER"] = [*parquet_schema().names, "month"]
    written["reports"] = list(report_columns())
    return written


def test_the_codebook_defines_every_column_every_format_writes(store, tmp_path):
    sections = _codebook_sections()
    for fmt, columns in _written_columns(store, tmp_path).items():
        assert fmt in sections, f"docs/codebook.md has no section naming `{fmt}`"
        defined = _defined(sections[fmt]) | _defined(sections["provenance"])
        if fmt in INHERITS:
            defined |= _defined(sections[INHERITS[fmt]])
        missing = [c for c in columns if c not in defined]
        assert not missing, f"docs/codebook.md does not define the {fmt} columns {missing}"


def test_the_codebook_is_linked_from_the_readme_and_the_cli_reference():
    root = CODEBOOK.parents[1]
    assert "docs/codebook.md" in (root / "README.md").read_text(encoding="utf-8")
    assert "codebook.md" in (root / "docs" / "cli.md").read_text(encoding="utf-8")


# ---------------------------------------------------------------- done when: real articles

SEEDS = {"000_75a9f5a7441c5fc0.txt": "2025-01-09", "004_51f723bb8042b2c4.txt": "2021-09-01"}
SEED_IDS: set[str] = set()   # filled by samples_store


@pytest.fixture(scope="module")
def samples_store(tmp_path_factory):
    """The bundled samples and the seeds (with their publication dates), ingested."""
    from eventwire.api import ingest
    from eventwire.cli.demo import samples_folder
    from tests.conftest import SHARED

    db = f"sqlite:///{tmp_path_factory.mktemp('samples') / 'e.db'}"
    with Store(db) as store:
        reports = [ingest([str(samples_folder())], store, workers=1)]
        if (SHARED / "seeds").is_dir():
            samples = {a["id"] for a in store.articles()}
            reports += [ingest([str(SHARED / "seeds" / name)], store, published, workers=1)
                        for name, published in SEEDS.items()]
            SEED_IDS.update({a["id"] for a in store.articles()} - samples)
        assert all(r.failed == 0 for r in reports), [r.errors for r in reports]
        articles = {a["id"]: {**a, "text": store.article(a["id"])["text"]} for a in store.articles()}
    return db, articles


@pytest.mark.slow
@pytest.mark.parametrize("fmt", sorted(READERS))
@pytest.mark.parametrize("extra", [(), ("--all",)], ids=["events", "all"])
def test_every_export_of_the_samples_opens_in_pandas_with_provenance(samples_store, tmp_path,
                                                                     fmt, extra):
    db, articles = samples_store
    out = tmp_path / f"events.{fmt}"
    _export(db, fmt, out, *extra)
    frame = _open(fmt, out)
    assert len(frame) > 10
    for row in frame[list(PROVENANCE_COLUMNS)].to_dict("records"):
        row = {name: _cell(value) for name, value in row.items()}
        found = articles[row["doc_id"]]
        # each article field as stored: empty only where the article has none
        assert [row[k] for k in ("url", "source", "title", "published")] == \
            [_cell(found[k]) for k in ("url", "source", "title", "published")]
        start, end = int(row["sentence_start"]), int(row["sentence_end"])
        assert row["sentence_text"] == found["text"][start:end] and end > start
        if found["id"] not in SEED_IDS:   # the samples name their URL, source and title
            assert all(row[k] for k in PROVENANCE_COLUMNS), row
