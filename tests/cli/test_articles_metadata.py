"""Correcting metadata (issue 22, item 4): `eventwire articles set/list`, the re-coding it
does, its log lines, and ingest's warnings about undated and uncoded documents."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.api import IngestReport
from eventwire.cli import cli
from eventwire.store import Store

pytestmark = pytest.mark.slow

TEXT = ("Pakistani troops attacked Indian border posts in Kashmir on Tuesday, Indian officials "
        "said. India condemned the attack on Wednesday.")


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args))


@pytest.fixture
def undated(db_url, tmp_path) -> str:
    """A store holding one article ingested without a publication date."""
    (tmp_path / "a.txt").write_text(TEXT)
    result = invoke("ingest", str(tmp_path / "a.txt"), "--db", db_url, "--workers", "1")
    assert result.exit_code == 0, result.output
    assert ("warning: 1 of 1 documents have no publication date; their events cannot be dated — "
            "pass --published or fix later with `eventwire articles set --published`") in result.output
    return db_url


def _article_id(db: str) -> str:
    with Store(db) as store:
        [item] = store.articles()
    return str(item["id"])


def test_setting_the_date_recodes_the_article_and_dates_its_events(undated):
    with Store(undated) as store:
        assert store.count_events() == 0
    doc = _article_id(undated)
    result = invoke("articles", "set", doc, "--published", "June 26, 2024", "--source", "Dawn",
                    "--db", undated)
    assert result.exit_code == 0, result.output
    assert f"{doc}: published (none) → 2024-06-26; source (none) → Dawn; events " in result.output
    with Store(undated) as store:
        dates = sorted((e["type"], e["date"]["value"]) for e in store.events())
        assert ("ASSAULT", "2024-06-25") in dates
        assert store.article(doc)["published"] == "2024-06-26"
        assert store.article(doc)["source"] == "Dawn"
        [logged] = [line for line in store.ingest_log() if line["status"] == "metadata"]
    assert logged["doc_id"] == doc
    assert logged["message"] == "published: (none) → 2024-06-26; source: (none) → Dawn"


def test_a_second_identical_correction_changes_nothing(undated):
    doc = _article_id(undated)
    assert invoke("articles", "set", "--where-unpublished", "--published", "2024-06-26",
                  "--db", undated).exit_code == 0
    again = invoke("articles", "set", "--all", "--published", "2024-06-26", "--json", "--db", undated)
    assert again.exit_code == 0 and again.output == ""
    with Store(undated) as store:
        assert [line["doc_id"] for line in store.ingest_log() if line["status"] == "metadata"] == [doc]


def test_json_lines_name_old_and_new_values(undated):
    doc = _article_id(undated)
    result = invoke("articles", "set", doc, "--title", "Border clash", "--json", "--db", undated)
    [line] = [json.loads(x) for x in result.output.splitlines()]
    assert line["id"] == doc and line["changed"] == {"title": {"old": None, "new": "Border clash"}}
    assert line["events"]["error"] is None


@pytest.mark.parametrize(("args", "code", "says"), [
    (["nope", "--published", "2024-06-26"], 1, "eventwire: no article 'nope' in the store"),
    (["--where-source", "Dawm", "--published", "2024-06-26"], 1, "no article of source 'Dawm'"),
    (["--published", "2024-06-26"], 2, "say which articles"),
    (["--all", "--where-unpublished", "--published", "2024-06-26"], 2, "say which articles"),
    (["--all"], 2, "nothing to set"),
    (["--all", "--published", "soon"], 2, "'soon' is not a date (YYYY-MM-DD, \"June 26, 2024\""),
    (["--all", "--source", " "], 2, "must not be empty"),
])
def test_bad_selections_and_values_are_refused(undated, args, code, says):
    result = invoke("articles", "set", *args, "--db", undated)
    assert result.exit_code == code and says in result.output, result.output


def test_a_near_source_is_suggested(undated):
    invoke("articles", "set", "--all", "--source", "Dawn", "--db", undated)
    result = invoke("articles", "set", "--where-source", "Dawm", "--published", "2024-06-26",
                    "--db", undated)
    assert "did you mean 'Dawn'?" in result.output


def test_articles_list_shows_id_title_date_source_and_events(undated):
    doc = _article_id(undated)
    table = invoke("articles", "list", "--db", undated)
    assert table.exit_code == 0 and doc in table.output and "(none)" in table.output
    [line] = [json.loads(x) for x in invoke("articles", "list", "--format", "jsonl",
                                            "--db", undated).output.splitlines()]
    assert (line["id"], line["published"], line["events"]) == (doc, None, 3)


def test_ingest_warns_once_about_a_language_with_no_coder(tmp_path):
    (tmp_path / "fr.txt").write_text(
        "Le président français a rencontré le chancelier allemand à Berlin mardi pour discuter de "
        "la guerre en Ukraine. Les deux dirigeants ont signé un accord sur la défense commune.")
    (tmp_path / "fr2.txt").write_text(
        "Le gouvernement a annoncé mercredi de nouvelles mesures contre la hausse des prix de "
        "l'énergie, après plusieurs semaines de manifestations dans les grandes villes du pays.")
    result = invoke("ingest", str(tmp_path), "--language", "fr", "--published", "2024-06-26",
                    "--workers", "1", "--db", str(tmp_path / "x.db"))
    assert result.exit_code == 0, result.output
    line = "no coder for language 'fr': 2 documents stored without events (eventwire codes English)"
    assert result.output.count(line) == 1


def test_warnings_need_most_documents_undated():
    assert IngestReport(run_id="r", stored=4, undated=2).warnings() == []
    assert IngestReport(run_id="r", stored=21, undated=15).warnings()[0].startswith(
        "15 of 21 documents have no publication date")
    assert "warnings" in IngestReport(run_id="r").to_dict()


def test_the_published_option_takes_written_dates(tmp_path: Path):
    (tmp_path / "a.txt").write_text(TEXT)
    result = invoke("ingest", str(tmp_path / "a.txt"), "--published", "Wed, 26 Jun 2024 10:00:00 GMT",
                    "--workers", "1", "--db", str(tmp_path / "x.db"))
    assert result.exit_code == 0, result.output
    with Store(str(tmp_path / "x.db")) as store:
        assert [a["published"] for a in store.articles()] == ["2024-06-26"]
