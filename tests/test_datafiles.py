"""The shared data-file reader: header checks, row checks, and the user's overlay folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire import datafiles, version
from eventwire.errors import ConfigError


@pytest.fixture
def package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A stand-in package folder with one stage, ``demo``, whose data the tests write."""
    monkeypatch.setattr(datafiles, "PACKAGE", tmp_path / "pkg")
    monkeypatch.delenv("EVENTWIRE_DATA_OVERLAY", raising=False)
    datafiles._read.cache_clear()
    (tmp_path / "pkg" / "demo" / "data").mkdir(parents=True)
    return tmp_path / "pkg" / "demo" / "data"


def write(folder: Path, name: str, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


def test_rows_are_keyed_by_the_header_and_comments_are_ignored(package):
    write(package, "w.tsv", "# what the file is for\nword\tkind\nalpha\tx\n\n# note\nbeta\n")
    assert datafiles.table("demo", "w.tsv", ("word", "kind")) == [
        {"word": "alpha", "kind": "x"}, {"word": "beta", "kind": ""}]


def test_a_wrong_header_names_the_file_and_what_was_expected(package):
    write(package, "w.tsv", "word\tsort\nalpha\tx\n")
    with pytest.raises(ConfigError, match=r"demo/data/w.tsv: the header must be 'word kind'"):
        datafiles.table("demo", "w.tsv", ("word", "kind"))


def test_a_row_with_too_many_cells_names_its_line(package):
    write(package, "w.tsv", "word\tkind\nalpha\tx\ty\n")
    with pytest.raises(ConfigError, match=r"w.tsv line 2: 3 cells"):
        datafiles.table("demo", "w.tsv", ("word", "kind"))


def test_a_required_cell_may_not_be_empty(package):
    write(package, "w.tsv", "word\tkind\n\tx\n")
    with pytest.raises(ConfigError, match=r"line 2: empty word"):
        datafiles.table("demo", "w.tsv", ("word", "kind"), required=("word",))


def test_a_missing_file_is_a_config_error(package):
    with pytest.raises(ConfigError, match="cannot read demo/data/none.tsv"):
        datafiles.table("demo", "none.tsv", ("word",))


def test_words_reads_one_column_in_order_without_repeats(package):
    write(package, "w.tsv", "term\nb\na\nb\n")
    assert datafiles.words("demo", "w.tsv") == ("b", "a")


def test_overlay_rows_come_after_the_packaged_ones(package, tmp_path, monkeypatch):
    write(package, "w.tsv", "word\tkind\nalpha\tx\n")
    write(tmp_path / "mine" / "demo" / "data", "w.tsv", "word\tkind\nomega\ty\n")
    monkeypatch.setenv("EVENTWIRE_DATA_OVERLAY", str(tmp_path / "mine"))
    assert [row["word"] for row in datafiles.table("demo", "w.tsv", ("word", "kind"))] == ["alpha", "omega"]
    packaged = datafiles.table("demo", "w.tsv", ("word", "kind"), overlay=False)
    assert [row["word"] for row in packaged] == ["alpha"]


def test_an_overlay_with_another_header_is_refused(package, tmp_path, monkeypatch):
    write(package, "w.tsv", "word\tkind\nalpha\tx\n")
    write(tmp_path / "mine" / "demo" / "data", "w.tsv", "word\nomega\n")
    monkeypatch.setenv("EVENTWIRE_DATA_OVERLAY", str(tmp_path / "mine"))
    with pytest.raises(ConfigError, match="the header must be"):
        datafiles.table("demo", "w.tsv", ("word", "kind"))


def test_the_overlay_enters_the_coder_version(tmp_path, monkeypatch):
    monkeypatch.delenv("EVENTWIRE_DATA_OVERLAY", raising=False)
    plain = version.data_digest()
    write(tmp_path / "mine" / "events" / "data", "triggers.tsv", "type\nCONSULT\n")
    monkeypatch.setenv("EVENTWIRE_DATA_OVERLAY", str(tmp_path / "mine"))
    assert version.data_digest() != plain


def test_an_overlay_setting_that_is_not_a_folder_is_a_config_error(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTWIRE_DATA_OVERLAY", str(tmp_path / "absent"))
    with pytest.raises(ConfigError, match="not a folder"):
        version.data_digest()


@pytest.mark.slow
def test_an_overlay_teaches_the_actor_knowledge_base_a_new_office_holder(tmp_path):
    """The example of docs/data.md: a minister the packaged knowledge base does not know."""
    import json
    import os
    import subprocess
    import sys

    write(tmp_path / "mine" / "actors" / "data", "people.tsv",
          "id\tname\taliases\tcountry\tsector\toffice\tstart\tend\n"
          "person:ana-quispe-example\tAna Quispe Example\t\tPER\tGOV\tInterior Minister\t2026-02-01\t\n")
    mention = json.dumps({"mention": "Interior Minister Ana Quispe Example", "date": "2026-06-25"})

    def resolve(**env: str) -> dict:
        command = [str(Path(sys.executable).parent / "eventwire"), "actors"]
        done = subprocess.run(command, input=mention, text=True, capture_output=True, check=True,
                              env={**os.environ, **env})
        return json.loads(done.stdout)

    assert resolve(EVENTWIRE_DATA_OVERLAY=str(tmp_path / "mine"))["known_as"] == "person:ana-quispe-example"
    assert resolve(EVENTWIRE_DATA_OVERLAY="")["known_as"] != "person:ana-quispe-example"
