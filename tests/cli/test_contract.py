"""The CONTRACT.md commands, run through the installed console script."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.cli, pytest.mark.slow]

EVENTWIRE = Path(sys.executable).parent / "eventwire"
MEETING = ("India's foreign secretary met the Taliban's acting foreign minister in Dubai on "
           "Wednesday. The two sides discussed trade and humanitarian aid.\n")


def run(*args: str, stdin: str | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "EVENTWIRE_DB": "sqlite:///" + str((cwd or Path.cwd()) / "default.db")}
    return subprocess.run([str(EVENTWIRE), *args], input=stdin, capture_output=True, text=True,
                          timeout=300, env=env, cwd=cwd)


def lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(MEETING)
    (folder / "sub" / "b.html").write_text(
        "<html><head><title>Ceasefire</title></head><body><article><h1>Ceasefire agreed</h1>"
        "<p>India and Pakistan agreed to a ceasefire on Saturday after four days of fighting, "
        "officials in both countries said.</p><p>The agreement was announced in the evening.</p>"
        "</article></body></html>")
    with gzip.open(folder / "c.jsonl.gz", "wt") as fh:
        fh.write(json.dumps({"id": "kenya-1", "text": "Kenyan police arrested dozens of protesters "
                             "in Nairobi on Tuesday.", "published": "2024-06-26"}) + "\n")
    return folder


def test_code_writes_one_contract_line_per_document_in_input_order(corpus):
    result = run("code", str(corpus / "a.txt"), str(corpus / "c.jsonl.gz"), "--published", "2025-01-09")
    assert result.returncode == 0, result.stderr
    docs = lines(result.stdout)
    assert [d["id"] for d in docs][1] == "kenya-1"
    for key in ("id", "title", "published", "language", "source", "text", "removed", "events",
                "actors", "places", "times", "quotes", "errors"):
        assert key in docs[0]
    assert docs[0]["published"] == "2025-01-09"
    assert docs[1]["published"] == "2024-06-26"


def test_code_reads_folders_recursively(corpus):
    result = run("code", str(corpus), "--published", "2025-05-10")
    assert result.returncode == 0, result.stderr
    assert len(lines(result.stdout)) == 3


def test_code_reads_jsonl_from_stdin():
    doc = {"id": "x1", "text": MEETING, "published": "2025-01-09"}
    result = run("code", stdin=json.dumps(doc) + "\n")
    assert result.returncode == 0, result.stderr
    [line] = lines(result.stdout)
    assert line["id"] == "x1"


def test_offsets_point_into_the_output_text(corpus):
    [doc] = lines(run("code", str(corpus / "a.txt"), "--published", "2025-01-09").stdout)
    for event in doc["events"]:
        for span in [event["trigger"], event["sentence"], *event["actor"], *event["recipient"]]:
            assert 0 <= span["start"] <= span["end"] <= len(doc["text"])
        assert doc["text"][event["trigger"]["start"]:event["trigger"]["end"]] == event["trigger"]["text"]


def test_no_clean_keeps_the_text_character_for_character(tmp_path):
    raw = "Title line\n\nPolice arrested   five men in Lagos.\n\n\nRead more: other news\n"
    (tmp_path / "raw.txt").write_text(raw)
    [doc] = lines(run("code", str(tmp_path / "raw.txt"), "--no-clean").stdout)
    assert doc["text"] == raw


def test_a_bad_path_and_a_broken_line_fail_alone_with_exit_code_1(corpus, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "ok", "text": "Police arrested five men in Lagos."}\n{not json\n')
    result = run("code", str(tmp_path / "missing.txt"), str(bad), str(corpus / "a.txt"))
    assert result.returncode == 1
    docs = lines(result.stdout)
    assert len(docs) == 4
    assert docs[0]["errors"] and docs[0]["events"] == []
    assert docs[1]["id"] == "ok" and not docs[1]["errors"]
    assert docs[2]["errors"]
    assert "Traceback" not in result.stderr
    assert len([x for x in result.stderr.splitlines() if x.startswith("eventwire:")]) == 2


def test_a_usage_error_exits_with_code_2():
    assert run("code", "--published", "yesterday").returncode == 2
    assert run("events", "--format", "xml").returncode == 2


def test_actors_writes_one_entity_per_input_line():
    stdin = "\n".join(json.dumps(r) for r in [
        {"mention": "Kenyan police", "context": None, "date": None},
        {"mention": "Taliban", "context": None, "date": "2022-01-01"},
    ]) + "\n"
    result = run("actors", "--jsonl", stdin=stdin)
    assert result.returncode == 0, result.stderr
    kenya, taliban = lines(result.stdout)
    assert (kenya["country"], kenya["sector"]) == ("KEN", "COP")
    assert (taliban["country"], taliban["sector"]) == ("AFG", "GOV")
    assert "wiki" in kenya


def test_ingest_events_and_stories_round_trip(corpus, tmp_path):
    db = f"sqlite:///{tmp_path / 'store.db'}"
    first = run("ingest", str(corpus), "--db", db, "--published", "2025-01-09", "--json")
    assert first.returncode == 0, first.stderr
    # a run into a young store settles the stories of what it stored
    assert json.loads(first.stdout.splitlines()[-1])["settled"] == 3
    again = run("ingest", str(corpus), "--db", db, "--published", "2025-01-09", "--json")
    summary = json.loads(again.stdout.splitlines()[-1])
    assert summary["stored"] == 0 and summary["unchanged"] == 3 and summary["settled"] == 0
    events = lines(run("events", "--db", db, "--format", "jsonl").stdout)
    assert events and all({"reports", "num_articles", "num_sources"} <= set(e) for e in events)
    stories = lines(run("stories", "--db", db, "--format", "jsonl").stdout)
    in_stories = [d for s in stories for d in s["doc_ids"]]
    assert sorted(in_stories) == sorted(set(in_stories)) == sorted(_stored_ids(db))


def _stored_ids(db: str) -> set[str]:
    from eventwire.store import Store

    with Store(db) as store:
        return {row["doc_id"] for row in store.ingest_log() if row["status"] == "stored"}


def test_events_output_file_and_formats(corpus, tmp_path):
    db = f"sqlite:///{tmp_path / 'store.db'}"
    run("ingest", str(corpus), "--db", db, "--published", "2025-01-09")
    for fmt in ("csv", "gdelt", "plover", "parquet"):
        out = tmp_path / f"events.{fmt}"
        result = run("events", "--db", db, "--format", fmt, "--output", str(out))
        assert result.returncode == 0, result.stderr
        assert out.stat().st_size > 0


def test_ingest_keeps_what_was_stored_when_a_later_input_fails(corpus, tmp_path):
    db = f"sqlite:///{tmp_path / 'store.db'}"
    result = run("ingest", str(corpus / "a.txt"), str(tmp_path / "nope.txt"), "--db", db)
    assert result.returncode == 1
    assert "nope.txt" in result.stderr
    from eventwire.store import Store

    with Store(db) as store:
        assert store.counts()["articles"] == 1
        assert [r["status"] for r in store.ingest_log()] == ["stored", "failed"]


def test_demo_prints_the_india_afghanistan_timeline(tmp_path):
    result = run("demo", "--db", f"sqlite:///{tmp_path / 'demo.db'}", "--workers", "1", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "India–Afghanistan timeline" in result.stdout
    assert "2021-08-31" in result.stdout and "2025-01-08" in result.stdout
    assert "not read" not in result.stderr  # the samples' README is no article to warn about


def test_claims_lists_each_first_claim_with_earlier_events(tmp_path):
    folder = tmp_path / "claims"
    folder.mkdir()
    (folder / "a.json").write_text(json.dumps({"published": "2021-09-01"}))
    (folder / "a.txt").write_text("India's ambassador held talks with Taliban leaders in Doha on Tuesday.\n")
    (folder / "b.json").write_text(json.dumps({"published": "2025-01-09"}))
    (folder / "b.txt").write_text("India's foreign secretary held talks with Taliban leaders in Dubai on "
                                  "Wednesday, the first meeting between the two sides at this level.\n")
    db = f"sqlite:///{tmp_path / 'store.db'}"
    assert run("ingest", str(folder), "--db", db).returncode == 0
    result = run("claims", "--db", db, "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    [claim] = [c for c in lines(result.stdout) if c["event"]["date"] == "2025-01-08"]
    assert claim["claim"]["kind"] == "first"
    assert [e["date"] for e in claim["earlier"]] == ["2021-08-31"]
    assert claim["assessment"].startswith("qualified")


def test_code_repairs_surrogates_and_refuses_deep_json_line_by_line():
    # issue #23: either line aborted the whole run with an internal error
    stdin = (json.dumps({"id": "s", "text": MEETING.replace("Dubai", "Dubai \ud800")}) + "\n"
             + "[" * 200_000 + "]" * 200_000 + "\n"
             + json.dumps({"id": "ok", "text": MEETING}) + "\n")
    result = run("code", stdin=stdin)
    assert result.returncode == 1 and "internal error" not in result.stderr
    repaired, deep, good = lines(result.stdout)
    assert "Dubai \ufffd" in repaired["text"] and not repaired["errors"]
    assert deep["errors"] == ["<stdin>:2: JSON nested 200000 levels deep, more than 100"]
    assert good["id"] == "ok" and not good["errors"]
    assert "<stdin>:1: lone surrogates in text replaced with U+FFFD (1)" in result.stderr


def test_code_follows_a_link_out_of_the_folder_only_with_follow_symlinks(corpus, tmp_path):
    (tmp_path / "outside.txt").write_text(MEETING.replace("Dubai", "Doha"))
    (corpus / "linked.txt").symlink_to(tmp_path / "outside.txt")
    refused = run("code", str(corpus), "--published", "2025-05-10")
    assert refused.returncode == 1
    assert (f"eventwire: {corpus / 'linked.txt'}: symbolic link to {tmp_path / 'outside.txt'}, "
            "outside the input folder; pass --follow-symlinks to read it") in refused.stderr
    followed = run("code", str(corpus), "--published", "2025-05-10", "--follow-symlinks")
    assert followed.returncode == 0, followed.stderr
    assert any("Doha" in doc["text"] for doc in lines(followed.stdout))


def test_actors_refuses_a_deep_line_and_repairs_a_surrogate_line_by_line():
    # issue #23: either line aborted the whole run with an internal error
    stdin = (json.dumps({"mention": "Kenyan police \ud800", "context": None, "date": None}) + "\n"
             + "[" * 200_000 + "]" * 200_000 + "\n"
             + json.dumps({"mention": "Taliban", "context": None, "date": "2022-01-01"}) + "\n")
    result = run("actors", "--jsonl", stdin=stdin)
    assert result.returncode == 1 and "internal error" not in result.stderr
    kenya, deep, taliban = lines(result.stdout)
    assert kenya["country"] == "KEN" and taliban["country"] == "AFG" and deep["country"] is None
    assert "eventwire: <stdin>:2: JSON nested 200000 levels deep, more than 100" in result.stderr
    assert "<stdin>:1: lone surrogates in mention replaced with U+FFFD (1)" in result.stderr
